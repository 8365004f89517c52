"""Pre-annotation: one spaCy parse per document, shared by every plugin.

:class:`Annotator` holds what a process loads once (the spaCy pipeline and each
plugin's predictor). Its :meth:`Annotator.predict` is a plain function from a
batch of documents to their predicted spans, so it can run in any worker, e.g.
under ``datasets.Dataset.map(num_proc=...)``. :func:`annotate_corpus` runs it
over a corpus on disk, shard by shard, skipping work that is already done.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

import spacy

from .corpus import Corpus
from .errors import PluginError, SettingsError
from .model import PREDICTION, Document, Span
from .plugins import Plugin, PluginHost
from .settings import Settings

Progress = Callable[[int], None]


def load_pipeline(name: str, needed: set[str]) -> spacy.Language:
    """Load a spaCy pipeline with only the components in ``needed`` (and what feeds them)."""
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise SettingsError(
            f"the spaCy pipeline {name!r} cannot be loaded: it is neither an installed package nor a "
            f"pipeline directory ({str(error).splitlines()[0]})"
        ) from None
    keep = set(needed)
    for component_name in nlp.pipe_names:
        listeners = getattr(nlp.get_pipe(component_name), "listening_components", None) or []
        if keep.intersection(listeners):
            keep.add(component_name)
    for component_name in nlp.pipe_names:
        if component_name not in keep:
            nlp.disable_pipe(component_name)
    return nlp


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


@dataclass
class Annotator:
    """The loaded spaCy pipeline and plugin predictors of one process."""

    nlp: spacy.Language
    plugins: list[Plugin]
    predictors: dict[str, Callable]
    settings: Settings = field(default_factory=Settings)
    installed_labels: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, settings: Settings | None = None, host: PluginHost | None = None) -> Annotator:
        settings = settings or Settings()
        host = host or PluginHost.discover()
        plugins = [p for p in host.select(settings.plugins) if p.implements("annotate_predictor")]
        nlp = load_pipeline(settings.pipeline, host.spacy_components(plugins))
        predictors = host.predictors(plugins, nlp, settings)
        for plugin in plugins:
            plugin.version = str(getattr(predictors.get(plugin.name), "version", None) or plugin.version)
        return cls(nlp, [p for p in plugins if p.name in predictors], predictors, settings, host.labels())

    @property
    def versions(self) -> dict[str, str]:
        return {p.name: p.version for p in self.plugins}

    def labels(self) -> dict[str, dict[str, str]]:
        """The labels a plugin may emit: its own and any other installed plugin's."""
        merged = {family: dict(names) for family, names in self.installed_labels.items()}
        for plugin in self.plugins:
            for family, names in plugin.labels.items():
                merged.setdefault(family, {}).update(names)
        return merged

    def family_of(self, plugin: Plugin, label: str) -> str | None:
        return plugin.family_of(label) or next(
            (family for family, names in self.installed_labels.items() if label in names), None
        )

    def parse(self, texts: Iterable[str]) -> Iterator[Any]:
        return self.nlp.pipe(texts, batch_size=self.settings.batch_size, n_process=self.settings.n_process)

    def predict(self, documents: Sequence[Document]) -> list[dict[str, list[Span]]]:
        """Parse a batch once and return, per document, each plugin's predicted spans."""
        return self.predict_parsed(documents, list(self.parse(d.text for d in documents)))

    def predict_parsed(
        self, documents: Sequence[Document], parsed: Sequence[Any], plugins: Sequence[Plugin] | None = None
    ) -> list[dict[str, list[Span]]]:
        results: list[dict[str, list[Span]]] = [{} for _ in documents]
        for plugin in plugins if plugins is not None else self.plugins:
            spans = self._run_plugin(plugin, documents, parsed)
            for result, found in zip(results, spans):
                result[plugin.name] = found
        return results

    def _run_plugin(self, plugin: Plugin, documents: Sequence[Document], parsed: Sequence[Any]) -> list[list[Span]]:
        index_of = {id(doc): i for i, doc in enumerate(parsed)}
        found: list[list[Span]] = [[] for _ in documents]

        def emit(doc: Any, start: int, end: int, label: str, attrs: dict | None = None, score: float | None = None):
            i = index_of.get(id(doc))
            if i is None:
                raise PluginError(f"plugin {plugin.name!r} emitted a span for a Doc that is not in the batch")
            family = self.family_of(plugin, label)
            document = documents[i]
            if family is None:
                raise PluginError(
                    f"plugin {plugin.name!r} emitted the label {label!r}, which no installed plugin declares, "
                    f"in document {document.id!r}"
                )
            if not 0 <= start < end <= len(document.text):
                raise PluginError(
                    f"plugin {plugin.name!r} emitted span {start}-{end} out of range in document {document.id!r}"
                )
            found[i].append(document.make_span(start, end, label, family, PREDICTION, plugin.provenance, attrs, score))

        predict = self.predictors[plugin.name]
        try:
            predict(list(parsed), emit)
        except PluginError:
            raise
        except Exception as error:
            culprit = self._find_failing_document(predict, documents, parsed)
            raise PluginError(f"plugin {plugin.name!r} raised on document {culprit!r}: {error!r}") from error
        for document, spans in zip(documents, found):
            _check_no_overlap(plugin, document, spans)
        return found

    @staticmethod
    def _find_failing_document(predict: Callable, documents: Sequence[Document], parsed: Sequence[Any]) -> str:
        for document, doc in zip(documents, parsed):
            try:
                predict([doc], lambda *args, **kwargs: None)
            except Exception:
                return document.id
        return ", ".join(d.id for d in documents)


def _check_no_overlap(plugin: Plugin, document: Document, spans: list[Span]) -> None:
    ends: dict[str, Span] = {}
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        previous = ends.get(span.family)
        if previous is not None and span.start < previous.end:
            raise PluginError(
                f"plugin {plugin.name!r} emitted overlapping {span.family} spans {previous.start}-{previous.end} "
                f"and {span.start}-{span.end} in document {document.id!r}"
            )
        if previous is None or span.end > previous.end:
            ends[span.family] = span


@dataclass
class RunReport:
    documents: int = 0
    annotated: int = 0
    skipped: int = 0
    spans: dict[str, int] = field(default_factory=dict)


def _stale_plugins(document: Document, plugins: list[Plugin], force: bool) -> list[Plugin]:
    return [p for p in plugins if force or document.predicted_by.get(p.name) != p.version]


def annotate_corpus(
    path: str | os.PathLike,
    settings: Settings | None = None,
    force: bool = False,
    annotator: Annotator | None = None,
    progress: Progress | None = None,
) -> RunReport:
    """Pre-annotate a corpus in place with every selected plugin.

    A document is parsed only if some plugin has not yet predicted on it at its
    current version (or ``force``); only those plugins' predictions are replaced.
    Each shard is written when done, so an interrupted run keeps finished shards
    and the next run resumes where it stopped.
    """
    corpus = Corpus.open(path)
    annotator = annotator or Annotator.load(settings)
    corpus.declare(annotator.labels(), annotator.versions)
    report = RunReport()
    for shard in corpus.shards:
        documents = corpus.read_shard(shard)
        report.documents += len(documents)
        todo = [(d, _stale_plugins(d, annotator.plugins, force)) for d in documents]
        todo = [(d, stale) for d, stale in todo if stale]
        report.skipped += len(documents) - len(todo)
        if progress and len(documents) > len(todo):
            progress(len(documents) - len(todo))
        try:
            parsed = annotator.parse(d.text for d, _ in todo)
            for batch in _batches(zip(todo, parsed), annotator.settings.batch_size):
                _annotate_batch(annotator, batch, report)
                if progress:
                    progress(len(batch))
        finally:
            if todo:
                corpus.write_shard(shard, documents)
    return report


def _annotate_batch(annotator: Annotator, batch: list, report: RunReport) -> None:
    by_plugins: dict[tuple[str, ...], list] = {}
    for (document, stale), doc in batch:
        by_plugins.setdefault(tuple(p.name for p in stale), []).append((document, doc))
    for names, items in by_plugins.items():
        plugins = [p for p in annotator.plugins if p.name in names]
        documents = [d for d, _ in items]
        results = annotator.predict_parsed(documents, [doc for _, doc in items], plugins)
        for document, per_plugin in zip(documents, results):
            for plugin in plugins:
                spans = per_plugin[plugin.name]
                document.replace_predictions(plugin.name, plugin.version, spans)
                for span in spans:
                    report.spans[span.label] = report.spans.get(span.label, 0) + 1
            report.annotated += 1
