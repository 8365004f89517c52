"""Pre-annotation: one spaCy parse per document, shared by every plugin.

:class:`Annotator` holds what a process loads once (the spaCy pipeline and each
plugin's predictor). Its :meth:`Annotator.predict` is a plain function from a
batch of documents to their predicted spans, so it can run in any worker, e.g.
under ``datasets.Dataset.map(num_proc=...)``. :func:`annotate_shard` runs it over
one shard of a corpus on disk and :func:`annotate_corpus` over every shard,
skipping work that is already done.

A plugin that raises on a document, or emits an invalid span there (out of range,
an undeclared label, two overlapping spans of one family), fails on that document
only: its predictions for the document are dropped, the failure is recorded in the
document, and every other document and plugin goes on. The failing document of a
batch is found from the order in which the predictor took the documents, confirmed
by predicting it alone; only when that does not tell, by halving the batch.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

import spacy
from spacy.tokens import Doc

from .corpus import Corpus
from .errors import PluginError, SettingsError
from .lock import corpus_writer
from .model import PREDICTION, Document, PluginFailure, Span
from .plugins import Plugin, PluginHost
from .settings import Settings

Progress = Callable[[int], None]
PARSE_PIECE_CHARACTERS = 100_000  # longer texts are parsed in pieces at line breaks and joined
RUN_CHARACTERS = 256  # longer runs without whitespace are cut into tokens of this length
ERROR_CHARACTERS = 300


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


def one_line(error: BaseException) -> str:
    """An exception as one short line: its type and message."""
    message = " ".join(str(error).split())
    line = f"{type(error).__name__}: {message}" if message else type(error).__name__
    return line if len(line) <= ERROR_CHARACTERS else line[:ERROR_CHARACTERS - 1] + "…"


def text_pieces(text: str, size: int = PARSE_PIECE_CHARACTERS, run: int = RUN_CHARACTERS) -> list[str]:
    """``text`` cut into pieces that join back into it: after line breaks (or, failing that, after
    spaces) into pieces of about ``size``, and runs of more than ``run`` characters without
    whitespace every ``run`` characters (spaCy's tokenizer takes time quadratic in such a run)."""
    cuts, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        start += max(window.rfind("\n"), window.rfind(" ")) + 1 or size
        cuts.append(start)
    if len(text) > run:
        cuts.extend(cut for match in re.finditer(rf"\S{{{run + 1},}}", text)
                    for cut in range(match.start() + run, match.end(), run))
    bounds = [0, *sorted(set(cuts)), len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:]) if b > a] or [text]


class ParseFailure(Exception):
    """The spaCy pipeline raised on a document."""


class _TrackedBatch(list):
    """A batch that remembers how far a predictor iterated it."""

    taken = -1

    def __iter__(self) -> Iterator[Any]:
        for index, item in enumerate(list.__iter__(self)):
            self.taken = index
            yield item


def _ignore(*args: Any, **kwargs: Any) -> None:
    return None


class Predictions(dict):
    """One document's predicted spans per plugin, and ``failures``: plugin -> error line."""

    def __init__(self) -> None:
        super().__init__()
        self.failures: dict[str, str] = {}


@dataclass
class Annotator:
    """The loaded spaCy pipeline and plugin predictors of one process.

    With ``fail_fast`` the first failure of a plugin raises :class:`PluginError`
    instead of being recorded.
    """

    nlp: spacy.Language
    plugins: list[Plugin]
    predictors: dict[str, Callable]
    settings: Settings = field(default_factory=Settings)
    installed_labels: dict[str, dict[str, str]] = field(default_factory=dict)
    fail_fast: bool = False

    @classmethod
    def load(cls, settings: Settings | None = None, host: PluginHost | None = None,
             fail_fast: bool = False) -> Annotator:
        settings = settings or Settings()
        host = host or PluginHost.discover()
        plugins = [p for p in host.select(settings.plugins) if p.implements("annotate_predictor")]
        nlp = load_pipeline(settings.pipeline, host.spacy_components(plugins))
        predictors = host.predictors(plugins, nlp, settings)
        for plugin in plugins:
            plugin.version = str(getattr(predictors.get(plugin.name), "version", None) or plugin.version)
        return cls(nlp, [p for p in plugins if p.name in predictors], predictors, settings, host.labels(),
                   fail_fast)

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

    def parse(self, texts: Iterable[str]) -> Iterator[Doc | ParseFailure]:
        """Parse texts in order, with ``nlp.pipe``; a text the pipeline raises on gives a
        :class:`ParseFailure` in its place. Texts longer than ``PARSE_PIECE_CHARACTERS`` are
        parsed in pieces joined into one ``Doc`` (memory stays bounded; offsets are unchanged), and so
        are texts with runs of more than ``RUN_CHARACTERS`` characters without whitespace."""
        texts = list(texts)
        pieces = [text_pieces(text) for text in texts]
        flat = [piece for split in pieces for piece in split]
        parsed = self._parse_pieces(flat)
        for split in pieces:
            docs = [next(parsed) for _ in split]
            failure = next((doc for doc in docs if isinstance(doc, ParseFailure)), None)
            if failure is not None or len(docs) == 1:
                yield failure or docs[0]
                continue
            try:
                yield Doc.from_docs(docs, ensure_whitespace=False)
            except Exception as error:
                yield ParseFailure(one_line(error))

    def _parse_pieces(self, texts: list[str]) -> Iterator[Doc | ParseFailure]:
        done = 0
        while done < len(texts):
            try:
                for doc in self.nlp.pipe(texts[done:], batch_size=self.settings.batch_size,
                                         n_process=self.settings.n_process):
                    done += 1
                    yield doc
            except Exception:
                # The pipeline raised somewhere in its next batch: parse that batch text by text.
                for text in texts[done:done + self.settings.batch_size]:
                    try:
                        doc = self.nlp(text)
                    except Exception as error:
                        doc = ParseFailure(one_line(error))
                    done += 1
                    yield doc

    def predict(self, documents: Sequence[Document]) -> list[Predictions]:
        """Parse a batch once and return, per document, each plugin's predicted spans."""
        return self.predict_parsed(documents, list(self.parse(d.text for d in documents)))

    def predict_parsed(
        self, documents: Sequence[Document], parsed: Sequence[Doc | ParseFailure],
        plugins: Sequence[Plugin] | None = None,
    ) -> list[Predictions]:
        plugins = list(plugins if plugins is not None else self.plugins)
        results = [Predictions() for _ in documents]
        good = [i for i, doc in enumerate(parsed) if not isinstance(doc, ParseFailure)]
        for i, doc in enumerate(parsed):
            if isinstance(doc, ParseFailure):
                self._failed(None, documents[i], f"the spaCy pipeline failed: {doc}")
                results[i].failures = {plugin.name: f"the spaCy pipeline failed: {doc}" for plugin in plugins}
        for plugin in plugins:
            spans, failures = self._run_plugin(plugin, [documents[i] for i in good], [parsed[i] for i in good])
            for i, found in zip(good, spans):
                results[i][plugin.name] = found
            for position, error in failures.items():
                results[good[position]].failures[plugin.name] = error
                results[good[position]].pop(plugin.name, None)
        return results

    def _failed(self, plugin: Plugin | None, document: Document, error: str) -> None:
        if self.fail_fast:
            name = f"plugin {plugin.name!r}" if plugin else "the pipeline"
            raise PluginError(f"{name} failed on document {document.id!r}: {error}")

    def _span_problem(self, plugin: Plugin, document: Document, start: Any, end: Any, label: str,
                      attrs: dict | None, score: Any) -> str | None:
        if self.family_of(plugin, label) is None:
            return f"emitted the label {label!r}, which no installed plugin declares"
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(document.text)):
            return f"emitted span {start}-{end} out of range for a text of {len(document.text)} characters"
        if not _is_json(attrs or {}) or not (score is None or _is_json(score)):
            return f"emitted span {start}-{end} with attributes or a score that JSON cannot hold: {attrs!r}, {score!r}"
        return None

    def _run_plugin(self, plugin: Plugin, documents: Sequence[Document],
                    parsed: Sequence[Doc]) -> tuple[list[list[Span]], dict[int, str]]:
        """Each document's spans from one plugin, and the documents it failed on (index -> error)."""
        index_of = {id(doc): i for i, doc in enumerate(parsed)}
        found: list[list[Span]] = [[] for _ in documents]
        failed: dict[int, str] = {}

        def emit(doc: Any, start: int, end: int, label: str, attrs: dict | None = None, score: float | None = None):
            i = index_of.get(id(doc))
            if i is None:
                raise PluginError(f"plugin {plugin.name!r} emitted a span for a Doc that is not in the batch")
            if i in failed:
                return
            document = documents[i]
            problem = self._span_problem(plugin, document, start, end, label, attrs, score)
            if problem:
                self._failed(plugin, document, problem)
                failed[i] = problem
                return
            family = self.family_of(plugin, label)
            found[i].append(document.make_span(start, end, label, family, PREDICTION, plugin.provenance, attrs, score))

        predict = self.predictors[plugin.name]
        todo = list(range(len(parsed)))
        while todo:
            batch = _TrackedBatch(parsed[i] for i in todo)
            try:
                predict(batch, emit)
                break
            except Exception as error:
                if self.fail_fast and isinstance(error, PluginError):
                    raise
                culprit = todo[self._failing_position(predict, batch)]
                self._failed(plugin, documents[culprit], one_line(error))
                failed[culprit] = one_line(error)
                for i in todo:  # what this attempt emitted may be partial: predict again without the culprit
                    found[i] = []
                todo = [i for i in todo if i != culprit and i not in failed]
        for i, (document, spans) in enumerate(zip(documents, found)):
            problem = None if i in failed else _overlap(spans)
            if problem:
                self._failed(plugin, document, problem)
                failed[i] = problem
        for i in failed:
            found[i] = []
        return found, failed

    @staticmethod
    def _failing_position(predict: Callable, batch: _TrackedBatch) -> int:
        """The position in ``batch`` of a document the predictor raises on."""

        def raises(docs: list) -> bool:
            try:
                predict(list(docs), _ignore)
                return False
            except Exception:
                return True

        if 0 <= batch.taken < len(batch) and raises(batch[batch.taken:batch.taken + 1]):
            return batch.taken
        low, high = 0, len(batch)
        while high - low > 1:
            middle = (low + high) // 2
            if raises(batch[low:middle]):
                high = middle
            else:
                low = middle
        return low


def _is_json(value: Any) -> bool:
    """Whether ``value`` is plain JSON data: no NaN or infinity, no objects JSON has no form for."""
    if isinstance(value, float):
        return math.isfinite(value)
    if value is None or isinstance(value, (str, int, bool)):
        return True
    if isinstance(value, (list, tuple)):
        return all(map(_is_json, value))
    if isinstance(value, dict):
        return all(isinstance(key, str) and _is_json(item) for key, item in value.items())
    return False


def _overlap(spans: list[Span]) -> str | None:
    ends: dict[str, Span] = {}
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        previous = ends.get(span.family)
        if previous is not None and span.start < previous.end:
            return (f"emitted overlapping {span.family} spans {previous.start}-{previous.end} "
                    f"and {span.start}-{span.end}")
        if previous is None or span.end > previous.end:
            ends[span.family] = span
    return None


@dataclass
class RunReport:
    documents: int = 0
    annotated: int = 0
    skipped: int = 0
    spans: Counter = field(default_factory=Counter)  # label -> predicted spans
    failures: list[PluginFailure] = field(default_factory=list)
    versions: dict[str, str] = field(default_factory=dict)  # plugin -> version the run used

    def merge(self, other: RunReport) -> None:
        self.documents += other.documents
        self.annotated += other.annotated
        self.skipped += other.skipped
        self.spans.update(other.spans)
        self.failures.extend(other.failures)

    def failures_by_plugin(self) -> Counter:
        """plugin@version -> number of documents it failed on."""
        return Counter(failure.provenance for failure in self.failures)


def _stale_plugins(document: Document, plugins: list[Plugin], force: bool) -> list[Plugin]:
    return [p for p in plugins if force or document.predicted_by.get(p.name) != p.version]


def annotate_shard(corpus: Corpus, shard: str, annotator: Annotator, force: bool = False,
                   progress: Progress | None = None) -> RunReport:
    """Pre-annotate the documents of one shard and rewrite it atomically if anything changed.

    On an interruption the documents finished so far are written before it propagates.
    """
    documents = corpus.read_shard(shard)
    report = RunReport(documents=len(documents))
    todo = [(d, _stale_plugins(d, annotator.plugins, force)) for d in documents]
    todo = [(d, stale) for d, stale in todo if stale]
    report.skipped = len(documents) - len(todo)
    if progress and report.skipped:
        progress(report.skipped)
    try:
        # Strings the shard's texts add to the vocab are freed with its Docs: memory stays flat however
        # many shards a process (or a worker) goes through.
        with annotator.nlp.memory_zone():
            parsed = annotator.parse(d.text for d, _ in todo)
            for batch in _batches(zip(todo, parsed), annotator.settings.batch_size):
                _annotate_batch(annotator, batch, report)
                if progress:
                    progress(len(batch))
    finally:
        if todo:
            corpus.write_shard(shard, documents)
    return report


def annotate_corpus(
    path: str | os.PathLike,
    settings: Settings | None = None,
    force: bool = False,
    annotator: Annotator | None = None,
    progress: Progress | None = None,
    wait: bool = False,
    waiting: Callable[[str], None] | None = None,
) -> RunReport:
    """Pre-annotate a corpus in place with every selected plugin.

    A document is parsed only if some plugin has not yet predicted on it at its
    current version (or ``force``); only those plugins' predictions are replaced.
    Each shard is written when done, so an interrupted run keeps finished shards
    and the next run resumes where it stopped. The corpus is locked against other
    writers for the whole run (``wait``: wait for a running writer to finish).
    """
    with corpus_writer(path, "annotate run", wait=wait, waiting=waiting):
        corpus = Corpus.open(path)
        annotator = annotator or Annotator.load(settings)
        corpus.declare(annotator.labels(), annotator.versions)
        report = RunReport(versions=annotator.versions)
        for shard in corpus.shards:
            report.merge(annotate_shard(corpus, shard, annotator, force, progress))
    return report


def _annotate_batch(annotator: Annotator, batch: list, report: RunReport) -> None:
    by_plugins: dict[tuple[str, ...], list] = {}
    for (document, stale), doc in batch:
        by_plugins.setdefault(tuple(p.name for p in stale), []).append((document, doc))
    for names, items in by_plugins.items():
        plugins = [p for p in annotator.plugins if p.name in names]
        documents = [d for d, _ in items]
        results = annotator.predict_parsed(documents, [doc for _, doc in items], plugins)
        for document, predictions in zip(documents, results):
            for plugin in plugins:
                if plugin.name in predictions.failures:
                    error = predictions.failures[plugin.name]
                    document.record_failure(plugin.name, plugin.version, error)
                    report.failures.append(PluginFailure(document.id, plugin.name, plugin.version, error))
                    continue
                spans = predictions[plugin.name]
                document.replace_predictions(plugin.name, plugin.version, spans)
                report.spans.update(span.label for span in spans)
            report.annotated += 1
