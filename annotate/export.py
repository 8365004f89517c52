"""Export a corpus for training: a Hugging Face dataset directory or spaCy ``DocBin`` files.

A Hugging Face export is a directory that ``datasets.load_dataset(OUT)`` opens offline::

    README.md                       dataset card: YAML (configs, features, splits) and text
    spans/<split>-<digest>.jsonl    config "spans" (default): one row per document
    tokens/<split>-<digest>.jsonl   config "tokens": one row per document or sentence, BIO tags per family
    annotate-export.json            what was exported, counts, and every span that could not be tagged

Which spans go in (:func:`select_spans`): a document's gold is its adjudicated set
(:mod:`annotate.adjudicate`) where it has one, else the annotations of
one person, the annotator of its latest completed review (by ``at``, then by
order), or, without a completed review, the annotator who drew the most spans
(ties: the first name in sort order). Documents without human annotations are
left out, unless predictions are included: then the predictions of a document
that plugins have run on go in as silver, marked ``source: silver``.

Splits (:func:`split_of`) hash the seed and the document id to a point of
``[0, 1)`` cut by the cumulative ratios, so adding documents never moves one.

Tokens come from spaCy's rule-based English tokenizer (``spacy.blank("en")``),
split further at the boundaries of the exported spans (:func:`export_tokens`), so
every span starts and ends on a token boundary; sentences come from the sentencizer
plus line breaks. A span that cannot be tagged (it starts or ends on whitespace,
overlaps a span of its family, or crosses a sentence) stays in the ``spans`` config
and is listed in the report, never dropped silently or shifted.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import operator
import os
import re
import shutil
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import msgspec
import numpy as np
import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.tokens import Doc, DocBin
from spacy.tokens import Span as SpacySpan

from . import FORMAT_VERSION, __version__
from .adjudicate import ADJUDICATED, has_adjudicated_set
from .corpus import Corpus, paused_gc
from .errors import AnnotateError, SettingsError
from .model import Document, Span

EXPORT_FORMAT_VERSION = 1
REPORT_NAME = "annotate-export.json"
DEFAULT_SPLITS = {"train": 0.8, "validation": 0.1, "test": 0.1}
UNITS = ("document", "sentence")
GOLD, SILVER = "gold", "silver"
SPANS_CONFIG, TOKENS_CONFIG = "spans", "tokens"
TOKENIZER_LANGUAGE = "en"

NOT_ON_TOKEN_BOUNDARIES = "not on token boundaries"
ON_WHITESPACE = "starts or ends on whitespace"
OVERLAPS_FAMILY = "overlaps a span of its family"
CROSSES_SENTENCE = "crosses a sentence boundary"


class ExportError(AnnotateError):
    """An export that cannot be written as asked."""


@dataclass
class ExportOptions:
    """What an exporter needs besides the documents; built from a corpus by :meth:`for_corpus`."""

    labels: dict[str, dict[str, str]]
    splits: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_SPLITS))
    seed: int = 0
    include_predictions: bool = False
    unit: str = "document"
    corpus_name: str = "corpus"
    corpus_plugins: dict[str, str] = field(default_factory=dict)
    ents_family: str = "entities"

    @classmethod
    def for_corpus(cls, corpus: Corpus, **choices: Any) -> ExportOptions:
        choices = {key: value for key, value in choices.items() if value is not None}
        options = cls(labels=corpus.labels, corpus_name=corpus.name, corpus_plugins=corpus.plugins, **choices)
        check_splits(options.splits)
        if options.unit not in UNITS:
            raise SettingsError(f"unit {options.unit!r} is not one of {', '.join(UNITS)}")
        return options

    def tag_names(self, family: str) -> list[str]:
        """The BIO tag names of a family, in ``ClassLabel`` order: O, then B-/I- per label."""
        return ["O"] + [f"{prefix}-{label}" for label in sorted(self.labels[family]) for prefix in "BI"]

    @functools.cached_property
    def tag_ids(self) -> dict[str, dict[str, int]]:
        """family -> BIO tag name -> its ``ClassLabel`` id."""
        return {family: {name: i for i, name in enumerate(self.tag_names(family))} for family in self.labels}

    @functools.cached_property
    def bio_ids(self) -> dict[tuple[str, str], tuple[int, int, int]]:
        """(family, label) -> (the family's place in sorted order, the label's B- tag id, its I- tag id)."""
        return {(family, label): (row, self.tag_ids[family][f"B-{label}"], self.tag_ids[family][f"I-{label}"])
                for row, family in enumerate(sorted(self.labels)) for label in self.labels[family]}

    def choices(self) -> dict[str, Any]:
        return {"splits": self.splits, "seed": self.seed, "include_predictions": self.include_predictions,
                "unit": self.unit}


def parse_splits(text: str) -> dict[str, float]:
    """``"train=0.8,validation=0.1,test=0.1"`` as ``{"train": 0.8, ...}``."""
    splits = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, _, ratio = part.partition("=")
        try:
            splits[name.strip()] = float(ratio)
        except ValueError:
            raise SettingsError(f"split {part!r} is not of the form name=ratio") from None
    check_splits(splits)
    return splits


def check_splits(splits: dict[str, float]) -> None:
    if not splits:
        raise SettingsError("no split is given; write e.g. train=0.8,validation=0.1,test=0.1")
    for name, ratio in splits.items():
        if not re.fullmatch(r"\w+", name):
            raise SettingsError(f"split name {name!r} must be letters, digits and underscores")
        if not 0 <= ratio <= 1:
            raise SettingsError(f"split {name}={ratio} needs a ratio between 0 and 1")
    if abs(sum(splits.values()) - 1) > 1e-6:
        raise SettingsError(f"the split ratios add up to {sum(splits.values()):g}, not 1")


def split_of(doc_id: str, splits: dict[str, float], seed: int) -> str:
    """The split of a document: depends only on its id, the seed and the ratios."""
    digest = hashlib.sha256(f"{seed}\0{doc_id}".encode()).digest()
    point = int.from_bytes(digest[:8], "big") / 2**64
    cumulative = 0.0
    for name, ratio in splits.items():
        cumulative += ratio
        if point < cumulative:
            return name
    return next(name for name, ratio in reversed(splits.items()) if ratio > 0)


def gold_annotator(document: Document) -> str | None:
    """Whose annotations are the document's gold (see the module docstring), or None."""
    if has_adjudicated_set(document):
        return ADJUDICATED
    completed = [(r.at or "", i, r.annotator) for i, r in enumerate(document.reviews) if r.status == "completed"]
    if completed:
        return max(completed)[2]
    drawn = Counter(span.by for span in document.annotations())
    return min(drawn, key=lambda name: (-drawn[name], name)) if drawn else None


SELECTION_ORDER = operator.attrgetter("start", "end", "family", "label")
SPAN_LABEL = operator.attrgetter("family", "label")
SPAN_PROVENANCE = operator.attrgetter("source", "by")
SPAN_EDGES = operator.attrgetter("start", "end")


@dataclass
class Selection:
    source: str
    spans: list[Span]


def select_spans(document: Document, include_predictions: bool) -> Selection | None:
    """The spans a document contributes, or None when it is left out."""
    annotator = gold_annotator(document)
    if annotator is not None:
        spans = document.annotations(annotator)
        source = GOLD
    elif include_predictions and document.predicted_by:
        spans = document.predictions()
        source = SILVER
    else:
        return None
    return Selection(source, sorted(spans, key=SELECTION_ORDER))


@dataclass
class Untagged:
    """A span that could not be placed on tokens, and why."""

    document: str
    start: int
    end: int
    label: str
    family: str
    text: str
    reason: str


@dataclass
class ExportReport:
    out_dir: Path
    format: str
    splits: list[str]
    labels: dict[str, dict[str, str]]
    documents: Counter = field(default_factory=Counter)  # (split, gold|silver) -> documents
    rows: Counter = field(default_factory=Counter)  # split -> rows of the tokens config (or DocBin docs)
    spans: Counter = field(default_factory=Counter)  # (split, family, label) -> spans
    provenance: Counter = field(default_factory=Counter)  # (span source, by) -> spans
    left_out: int = 0
    untagged: list[Untagged] = field(default_factory=list)

    def add(self, split: str, selection: Selection) -> None:
        self.documents[(split, selection.source)] += 1
        for (family, label), count in Counter(map(SPAN_LABEL, selection.spans)).items():
            self.spans[(split, family, label)] += count
        self.provenance.update(map(SPAN_PROVENANCE, selection.spans))

    def merge(self, other: ExportReport) -> None:
        """Add the counts of another part of the same export (its documents come after these)."""
        for mine, theirs in ((self.documents, other.documents), (self.rows, other.rows), (self.spans, other.spans),
                             (self.provenance, other.provenance)):
            mine.update(theirs)
        self.left_out += other.left_out
        self.untagged.extend(other.untagged)

    @property
    def exported_documents(self) -> int:
        return sum(self.documents.values())

    def documents_in(self, split: str) -> int:
        return sum(n for (name, _), n in self.documents.items() if name == split)

    @property
    def exported_splits(self) -> list[str]:
        return [split for split in self.splits if self.documents_in(split)]

    def label_rows(self) -> list[tuple[str, str, list[int]]]:
        """(family, label, spans per split) for every declared label, in order."""
        return [
            (family, label, [self.spans[(split, family, label)] for split in self.splits])
            for family in sorted(self.labels) for label in sorted(self.labels[family])
        ]

    def untagged_by_reason(self) -> Counter:
        return Counter(item.reason for item in self.untagged)

    def to_dict(self, options: ExportOptions) -> dict[str, Any]:
        return {
            "format": self.format,
            "export_format_version": EXPORT_FORMAT_VERSION,
            "annotate_version": __version__,
            "corpus": options.corpus_name,
            "options": options.choices(),
            "documents": {split: {source: self.documents[(split, source)] for source in (GOLD, SILVER)}
                          for split in self.splits},
            "left_out": self.left_out,
            "spans": [{"family": family, "label": label, **dict(zip(self.splits, counts))}
                      for family, label, counts in self.label_rows()],
            "untagged": [asdict(item) for item in self.untagged],
        }


Exporter = Callable[[Iterable[Document], "str | os.PathLike", ExportOptions], ExportReport]


def export_corpus(corpus_path: str | os.PathLike, out_dir: str | os.PathLike, exporter: Exporter,
                  **choices: Any) -> ExportReport:
    """Export a corpus with an exporter (a registered export format); see :class:`ExportOptions`."""
    corpus = Corpus.open(corpus_path)
    return exporter(corpus, out_dir, ExportOptions.for_corpus(corpus, **choices))


def export_dataset(corpus_path: str | os.PathLike, out_dir: str | os.PathLike, *,
                   splits: dict[str, float] | None = None, seed: int = 0, include_predictions: bool = False,
                   unit: str = "document") -> ExportReport:
    """Write a corpus as a Hugging Face dataset directory."""
    return export_corpus(corpus_path, out_dir, write_hf_dataset, splits=splits, seed=seed,
                         include_predictions=include_predictions, unit=unit)


def export_docbin(corpus_path: str | os.PathLike, out_dir: str | os.PathLike, *,
                  splits: dict[str, float] | None = None, seed: int = 0, include_predictions: bool = False,
                  ents_family: str = "entities") -> ExportReport:
    """Write a corpus as one spaCy ``DocBin`` file per split."""
    return export_corpus(corpus_path, out_dir, write_docbin, splits=splits, seed=seed,
                         include_predictions=include_predictions, ents_family=ents_family)


# Tokens and alignment


@functools.cache
def make_tokenizer(unit: str) -> spacy.Language:
    nlp = spacy.blank(TOKENIZER_LANGUAGE)
    if unit == "sentence":
        nlp.add_pipe("sentencizer")
    return nlp


def tokenizer_of(nlp: spacy.Language) -> tuple[Callable[[str], Doc], bool]:
    """The function that makes a text's ``Doc`` with ``nlp`` (its components run when it has any), and
    whether a line break also ends a sentence (when ``nlp`` has a sentencizer): see :meth:`Tokens.of`."""
    return (nlp if nlp.pipe_names else nlp.make_doc), nlp.has_pipe("sentencizer")


def after_line_breaks(text: str, starts: np.ndarray, lengths: np.ndarray, space: np.ndarray) -> list[int]:
    """The tokens that follow a whitespace token holding a line break (they start a sentence)."""
    return [i + 1 for i in np.flatnonzero(space[:-1]).tolist()
            if "\n" in text[starts[i]:starts[i] + lengths[i]]]


@dataclass
class Tokens:
    """A text's tokens as character ranges ``[starts[i], ends[i])``: a ``Doc``'s tokens, possibly split.

    ``space`` marks whitespace tokens; ``sentence`` numbers each token's sentence (None when
    the ``Doc`` has no sentences). Between two tokens there is at most one space character,
    as in a ``Doc``. The columns are numpy arrays: a document has a thousand tokens.
    """

    text: str
    starts: np.ndarray
    ends: np.ndarray
    space: np.ndarray
    sentence: np.ndarray | None = None

    @classmethod
    def of(cls, doc: Doc, boundaries: Iterable[int] = (), text: str | None = None,
           line_breaks: bool = False) -> Tokens:
        """The tokens of ``doc`` (whose text is ``text``, when known), each split at the ``boundaries``
        (character offsets) that fall inside it. With ``line_breaks``, a token after whitespace holding
        a line break starts a sentence too (``doc`` itself is left as it is)."""
        text = doc.text if text is None else text  # a Doc joins its tokens to make its text
        sentences = doc.has_annotation("SENT_START")
        attributes = [IDX, LENGTH, IS_SPACE, SENT_START] if sentences else [IDX, LENGTH, IS_SPACE]
        columns = doc.to_array(attributes).reshape(-1, len(attributes)).astype(np.int64)
        starts, lengths, space = columns[:, 0], columns[:, 1], columns[:, 2]
        sentence = None
        if sentences:
            first = columns[:, 3] == 1
            if line_breaks:
                first[after_line_breaks(text, starts, lengths, space)] = True
            sentence = np.cumsum(first) - 1
        tokens = cls(text, starts, starts + lengths, space.astype(bool), sentence)
        return tokens._split(np.unique(np.fromiter(boundaries, dtype=np.int64)))

    def _split(self, cuts: np.ndarray) -> Tokens:
        containing = np.searchsorted(self.starts, cuts, side="right") - 1
        inside = (containing >= 0) & (self.starts[containing] < cuts) & (cuts < self.ends[np.maximum(containing, 0)])
        if not inside.any():
            return self
        # Cuts are sorted and fall strictly inside tokens: each goes right after its token's start
        # (as a start) and right before its token's end (as an end).
        cuts, containing = cuts[inside], containing[inside]
        starts = np.insert(self.starts, containing + 1, cuts)
        ends = np.insert(self.ends, containing, cuts)
        pieces = np.bincount(containing, minlength=len(self))
        parent = np.repeat(np.arange(len(self)), pieces + 1)
        space = self.space[parent]
        for i in np.flatnonzero(pieces[parent]).tolist():
            space[i] = self.text[starts[i]:ends[i]].isspace()
        return Tokens(self.text, starts, ends, space, None if self.sentence is None else self.sentence[parent])

    def __len__(self) -> int:
        return len(self.starts)

    def texts(self, starts: list[int], ends: list[int]) -> list[str]:
        return [self.text[start:end] for start, end in zip(starts, ends)]

    def to_doc(self, vocab) -> Doc:
        """A ``Doc`` with these tokens (and their sentences); its text is the same text."""
        spaces = (np.append(self.starts[1:], len(self.text)) > self.ends).tolist()
        sent_starts = None if self.sentence is None else self.sentence_starts().tolist()
        return Doc(vocab, words=self.texts(self.starts.tolist(), self.ends.tolist()), spaces=spaces,
                   sent_starts=sent_starts)

    def sentence_starts(self) -> np.ndarray:
        """True for the first token of each sentence."""
        return np.concatenate(([True], np.diff(self.sentence) != 0))[:len(self)]



def span_boundaries(spans: Iterable[Span]) -> list[int]:
    """The start and end offsets of the spans (an offset may come more than once)."""
    return list(itertools.chain.from_iterable(map(SPAN_EDGES, spans)))


def export_tokens(doc: Doc, spans: Iterable[Span], text: str | None = None, line_breaks: bool = False) -> Tokens:
    """The tokens of the export: ``doc``'s tokens split at the spans' boundaries, so that every span
    falls on token boundaries ("7 days/24 hours" with "7 days" and "24 hours" gives "days", "/", "24")."""
    return Tokens.of(doc, span_boundaries(spans), text, line_breaks)


Placement = tuple[Span, int, int]  # a span and the tokens [first, last) it covers


def place(tokens: Tokens, document_id: str, spans: list[Span]) -> tuple[list[Placement], list[Untagged]]:
    """Each span with the tokens it covers, and the spans that cannot be tagged on these tokens."""
    firsts = _token_at(tokens.starts, [span.start for span in spans])
    lasts = _token_at(tokens.ends, [span.end for span in spans])
    space = tokens.space.tolist()
    sentence = tokens.sentence.tolist() if tokens.sentence is not None else None
    placed, untagged = [], []
    count = len(tokens)
    taken: dict[str, bytearray] = defaultdict(lambda: bytearray(count))  # family -> 1 per token its spans cover
    for span, first, last in zip(spans, firsts, lasts):
        last = None if last is None else last + 1
        if first is None or last is None or first >= last:
            reason = NOT_ON_TOKEN_BOUNDARIES if tokens_around(tokens, span) else ON_WHITESPACE
        elif space[first] or space[last - 1]:
            reason = ON_WHITESPACE
        elif taken[span.family].find(1, first, last) >= 0:
            reason = OVERLAPS_FAMILY
        elif sentence and sentence[first] != sentence[last - 1]:
            reason = CROSSES_SENTENCE
        else:
            taken[span.family][first:last] = b"\x01" * (last - first)
            placed.append((span, first, last))
            continue
        untagged.append(Untagged(document_id, span.start, span.end, span.label, span.family, span.text, reason))
    return placed, untagged


def _token_at(offsets: np.ndarray, wanted: list[int]) -> list[int | None]:
    """For each wanted character offset, the index of the token whose (start or end) offset it is, or None."""
    found = np.searchsorted(offsets, wanted)
    exact = (found < len(offsets)) & (offsets[np.minimum(found, len(offsets) - 1)] == wanted) if len(offsets) else found < 0
    return [i if hit else None for i, hit in zip(found.tolist(), exact.tolist())]


def tokens_around(tokens: Tokens, span: Span) -> bool:
    """Whether an edge of ``span`` falls inside a token (rather than on the space between two)."""
    for offset in (span.start, span.end):
        i = int(np.searchsorted(tokens.starts, offset, side="right")) - 1
        if i >= 0 and tokens.starts[i] < offset < tokens.ends[i]:
            return True
    return False


def place_spans(doc: Doc, document_id: str, spans: list[Span]) -> tuple[list[tuple[Span, SpacySpan]], list[Untagged]]:
    """Each span with its labelled spaCy span on ``doc``'s own tokens, and the spans that cannot be placed."""
    placed, untagged = place(Tokens.of(doc), document_id, spans)
    return [(span, SpacySpan(doc, first, last, label=span.label)) for span, first, last in placed], untagged


def spans_from_tags(tags: list[str], starts: list[int], ends: list[int]) -> list[tuple[int, int, str]]:
    """Decode BIO tag names over tokens with character offsets into ``(start, end, label)`` spans.

    An ``I-`` tag that does not continue a span of its label starts one, as most decoders do.
    """
    found: list[tuple[int, int, str]] = []
    inside = False
    for tag, start, end in zip(tags, starts, ends):
        prefix, _, label = tag.partition("-")
        if prefix == "I" and inside and found[-1][2] == label:
            found[-1] = (found[-1][0], end, label)
        elif prefix in ("B", "I"):
            found.append((start, end, label))
            inside = True
        else:
            inside = False
    return found


# The Hugging Face dataset directory


def spans_row(document: Document, selection: Selection) -> dict[str, Any]:
    return {
        "id": document.id,
        "text": document.text,
        "meta": json_string(document.meta),
        "source": selection.source,
        "spans": [
            {"start": s.start, "end": s.end, "label": s.label, "family": s.family, "text": s.text,
             "attrs": json_string(s.attrs), "source": s.source, "by": s.by}
            for s in selection.spans
        ],
    }


SORTED_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # json.dumps(..., ensure_ascii=False, sort_keys=True)


def json_string(value: dict[str, Any]) -> str:
    """A dictionary as a JSON string with sorted keys (most attributes are empty)."""
    return SORTED_JSON.encode(value) if value else "{}"


def token_rows(tokens: Tokens, document: Document, source: str, placed: list[Placement],
               options: ExportOptions) -> Iterator[dict[str, Any]]:
    """One row per document or sentence: its non-space tokens and a BIO tag column per family."""
    families = sorted(options.labels)
    # One list of tag ids per family over the word (non-space) tokens: a placed span starts and ends on
    # words, and the spans of a family cover disjoint tokens.
    words = np.flatnonzero(~tokens.space)
    rank = (np.cumsum(~tokens.space) - 1).tolist() if len(words) < len(tokens) else range(len(tokens))
    columns = [[0] * len(words) for _ in families]
    for span, first, last in placed:
        family, begin_tag, inside_tag = options.bio_ids[(span.family, span.label)]
        first, last = rank[first], rank[last - 1] + 1
        columns[family][first] = begin_tag
        columns[family][first + 1:last] = [inside_tag] * (last - first - 1)
    tags = dict(zip(families, columns))
    # The word tokens' columns as lists, once; a row is a slice of them.
    starts, ends = tokens.starts[words].tolist(), tokens.ends[words].tolist()
    texts = tokens.texts(starts, ends)
    # The rows: the document, or each sentence, as ranges of the word tokens; those without a word are left out.
    by_sentence = options.unit == "sentence" and tokens.sentence is not None
    unit_starts = np.flatnonzero(tokens.sentence_starts()) if by_sentence else np.zeros(1, dtype=np.int64)
    bounds = np.searchsorted(words, np.append(unit_starts, len(tokens))).tolist()
    number = 0
    for low, high in zip(bounds, bounds[1:]):
        if low == high:
            continue
        row = {
            "id": document.id if options.unit == "document" else f"{document.id}:{number}",
            "document_id": document.id,
            "source": source,
            "tokens": texts[low:high],
            "token_starts": starts[low:high],
            "token_ends": ends[low:high],
        }
        for name in families:
            row[f"{name}_tags"] = tags[name][low:high]
        number += 1
        yield row


class JsonLinesFiles:
    """One JSON Lines file per (config, split), created when its first row arrives.

    Closing names each file after a digest of its content (``spans/train-<digest>.jsonl``):
    ``datasets`` keys its cache on the card's file names and sizes, so a new export of the
    same size under the same names would load the rows cached from the old one.
    """

    def __init__(self, directory: Path):
        self.directory = directory
        self.handles: dict[tuple[str, str], Any] = {}
        self.digests: dict[tuple[str, str], Any] = {}
        self.paths: dict[tuple[str, str], str] = {}
        self.rows: Counter = Counter()

    def write(self, config: str, split: str, row: dict[str, Any]) -> None:
        self.write_encoded(config, split, msgspec.json.encode(row) + b"\n")

    def write_encoded(self, config: str, split: str, lines: bytes, rows: int = 1) -> None:
        """Append ``rows`` rows already encoded as JSON Lines (e.g. another ``JsonLinesFiles``' file)."""
        key = (config, split)
        if key not in self.handles:
            path = self.directory / config / f"{split}.jsonl"
            path.parent.mkdir(parents=True, exist_ok=True)
            self.handles[key] = path.open("wb")
            self.digests[key] = hashlib.sha256()
        self.handles[key].write(lines)
        self.digests[key].update(lines)
        self.rows[key] += rows

    def relative_path(self, config: str, split: str) -> str:
        return self.paths[(config, split)]

    def size(self, config: str, split: str) -> int:
        return (self.directory / self.relative_path(config, split)).stat().st_size

    def __enter__(self) -> JsonLinesFiles:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        for (config, split), handle in self.handles.items():
            handle.close()
            final = f"{config}/{split}-{self.digests[(config, split)].hexdigest()[:16]}.jsonl"
            (self.directory / config / f"{split}.jsonl").rename(self.directory / final)
            self.paths[(config, split)] = final


def write_hf_dataset(documents: Iterable[Document], out_dir: str | os.PathLike,
                     options: ExportOptions) -> ExportReport:
    """The ``hf`` exporter: a dataset directory with the configs ``spans`` and ``tokens``."""
    report = ExportReport(Path(out_dir), "hf", list(options.splits), options.labels)
    nlp = make_tokenizer(options.unit)
    with replacing_directory(Path(out_dir)) as staging:
        with JsonLinesFiles(staging) as files, paused_gc():
            for config, split, row in hf_rows(documents, options, report, nlp):
                files.write(config, split, row)
        finish_hf_dataset(staging, report, options, files)
    return report


def hf_rows(documents: Iterable[Document], options: ExportOptions, report: ExportReport,
            nlp: spacy.Language) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(config, split, row)`` for every row of the ``hf`` export of ``documents``, counted in ``report``."""
    make_doc, line_breaks = tokenizer_of(nlp)
    for document, split, selection in _selected(documents, options, report):
        yield SPANS_CONFIG, split, spans_row(document, selection)
        tokens = export_tokens(make_doc(document.text), selection.spans, document.text, line_breaks)
        placed, untagged = place(tokens, document.id, selection.spans)
        report.untagged.extend(untagged)
        for row in token_rows(tokens, document, selection.source, placed, options):
            report.rows[split] += 1
            yield TOKENS_CONFIG, split, row


def finish_hf_dataset(staging: Path, report: ExportReport, options: ExportOptions, files: JsonLinesFiles) -> None:
    """Write the card and the report of an ``hf`` export whose data files are written and closed."""
    _require_documents(report, options)
    (staging / "README.md").write_text(dataset_card(report, options, files), encoding="utf-8")
    _write_report(staging, report, options)


def _selected(documents: Iterable[Document], options: ExportOptions,
              report: ExportReport) -> Iterator[tuple[Document, str, Selection]]:
    for document in documents:
        selection = select_spans(document, options.include_predictions)
        if selection is None:
            report.left_out += 1
            continue
        split = split_of(document.id, options.splits, options.seed)
        report.add(split, selection)
        yield document, split, selection


def _require_documents(report: ExportReport, options: ExportOptions) -> None:
    if report.exported_splits:
        return
    if options.include_predictions:
        raise ExportError(f"corpus {options.corpus_name!r} has no document to export: none carries human "
                          f"annotations or predictions")
    raise ExportError(f"corpus {options.corpus_name!r} has no document to export: none carries human annotations; "
                      f"export predictions as silver labels with --with-predictions")


def _write_report(directory: Path, report: ExportReport, options: ExportOptions) -> None:
    content = json.dumps(report.to_dict(options), ensure_ascii=False, indent=1)
    (directory / REPORT_NAME).write_text(content + "\n", encoding="utf-8")


@contextmanager
def replacing_directory(out_dir: Path) -> Iterator[Path]:
    """A staging directory that replaces ``out_dir`` only when the block succeeds.

    ``out_dir`` may be missing, empty or an earlier export (it has ``annotate-export.json``);
    anything else is refused rather than overwritten. The earlier export is moved aside, not
    deleted, until the new one is in place: an export killed between the two renames leaves
    the earlier one beside ``out_dir``, and the next export puts it back before it starts.
    """
    out_dir = out_dir.resolve()
    previous = out_dir.with_name(f".{out_dir.name}.previous")
    if previous.exists() and not out_dir.exists():
        previous.rename(out_dir)
    shutil.rmtree(previous, ignore_errors=True)
    if not _replaceable(out_dir):
        raise ExportError(f"{out_dir} exists and is not an earlier export; choose a new or empty directory")
    staging = out_dir.with_name(f".{out_dir.name}.partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if out_dir.exists():
        out_dir.rename(previous)
    staging.rename(out_dir)
    shutil.rmtree(previous, ignore_errors=True)


def _replaceable(out_dir: Path) -> bool:
    if not out_dir.exists():
        return True
    return out_dir.is_dir() and (not any(out_dir.iterdir()) or (out_dir / REPORT_NAME).is_file())


def dataset_features(options: ExportOptions) -> dict[str, Any]:
    """The ``datasets.Features`` of each config."""
    # datasets takes seconds to import: only exports and uploads need it, not every command.
    from datasets import ClassLabel, Features, Sequence, Value

    span = {name: Value("int32") for name in ("start", "end")}
    span.update({name: Value("string") for name in ("label", "family", "text", "attrs", "source", "by")})
    spans = Features({"id": Value("string"), "text": Value("string"), "meta": Value("string"),
                      "source": Value("string"), "spans": [span]})
    tokens = Features({
        "id": Value("string"), "document_id": Value("string"), "source": Value("string"),
        "tokens": Sequence(Value("string")), "token_starts": Sequence(Value("int32")),
        "token_ends": Sequence(Value("int32")),
        **{f"{family}_tags": Sequence(ClassLabel(names=options.tag_names(family))) for family in sorted(options.labels)},
    })
    return {SPANS_CONFIG: spans, TOKENS_CONFIG: tokens}


def card_metadata(report: ExportReport, options: ExportOptions, files: JsonLinesFiles) -> str:
    """The YAML header of the card: configs with their data files, features and splits."""
    from datasets.info import DatasetInfo, DatasetInfosDict
    from datasets.splits import SplitDict, SplitInfo
    from datasets.utils.metadata import MetadataConfigs
    from huggingface_hub import DatasetCardData

    card_data = DatasetCardData(pretty_name=options.corpus_name, task_categories=["token-classification"],
                                tags=["annotate", "span-annotation", "named-entity-recognition"])
    infos, configs = {}, {}
    for config, features in dataset_features(options).items():
        splits = SplitDict()
        for split in report.exported_splits:
            splits.add(SplitInfo(name=split, num_examples=files.rows[(config, split)],
                                 num_bytes=files.size(config, split)))
        infos[config] = DatasetInfo(features=features, splits=splits)
        configs[config] = {"data_files": [{"split": split, "path": files.relative_path(config, split)}
                                          for split in report.exported_splits]}
    configs[SPANS_CONFIG]["default"] = True
    DatasetInfosDict(infos).to_dataset_card_data(card_data)
    MetadataConfigs(configs).to_dataset_card_data(card_data)
    return card_data.to_yaml()


def dataset_card(report: ExportReport, options: ExportOptions, files: JsonLinesFiles) -> str:
    return f"---\n{card_metadata(report, options, files)}\n---\n\n{card_text(report, options)}"


def _markdown_table(header: list[str], rows: Iterable[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def card_text(report: ExportReport, options: ExportOptions) -> str:
    import datasets

    splits = report.splits
    families = sorted(options.labels)
    first_family = families[0] if families else "FAMILY"
    labels = _markdown_table(
        ["family", "label", "tag column", "description"],
        ([family, label, f"`{family}_tags`", description.replace("|", "\\|").replace("\n", " ")]
         for family in families for label, description in sorted(options.labels[family].items())),
    )
    documents = _markdown_table(
        ["documents", *splits, "all"],
        ([source, *(report.documents[(s, source)] for s in splits), sum(report.documents[(s, source)] for s in splits)]
         for source in (GOLD, SILVER)),
    )
    counts = _markdown_table(
        ["family", "label", *splits, "all"],
        [[family, label, *per_split, sum(per_split)] for family, label, per_split in report.label_rows()]
        + [["all", "", *(sum(n for (s, _, _), n in report.spans.items() if s == split) for split in splits),
            sum(report.spans.values())]],
    )
    provenance = _markdown_table(
        ["span source", "by", "spans"], ([source, by, n] for (source, by), n in sorted(report.provenance.items()))
    )
    plugins = ", ".join(f"`{name}@{version}`" for name, version in sorted(options.corpus_plugins.items())) or "none"
    untagged = report.untagged_by_reason()
    alignment = (
        "Every span was tagged." if not untagged else
        f"{len(report.untagged)} spans could not be tagged in the `tokens` config; they are in the `spans` "
        f"config and listed one by one under `untagged` in `{REPORT_NAME}`:\n\n"
        + _markdown_table(["reason", "spans"], sorted(untagged.items()))
    )
    ratios = ", ".join(f"{name}={ratio:g}" for name, ratio in options.splits.items())
    empty = [s for s in splits if s not in report.exported_splits]
    empty_note = (f" Splits without documents are not declared (`datasets` cannot load an empty split): "
                  f"{', '.join(empty)}." if empty else "")
    silver = ("Predictions are included: documents without human annotations carry their plugins' predictions "
              "as silver labels (`source: silver` on the row, `source: prediction` on each span)."
              if options.include_predictions else
              "Gold only: documents without human annotations are left out.")
    return f"""# {options.corpus_name}

Span annotations exported by annotate from the corpus `{options.corpus_name}`.
{report.exported_documents} documents exported, {report.left_out} left out.

## Loading

```python
from datasets import load_dataset

spans = load_dataset("path/to/this/directory")            # config "spans" (the default)
tokens = load_dataset("path/to/this/directory", "tokens")
id2label = dict(enumerate(tokens["train"].features["{first_family}_tags"].feature.names))
```

## Configs

- `spans`: one row per document: `id`, `text`, `meta` (a JSON string, because its keys vary between
  documents), `source` (`gold` or `silver`) and `spans`, a list of `{{start, end, label, family, text, attrs,
  source, by}}`. Offsets are `[start, end)` in Unicode code points of `text`; `attrs` is a JSON string
  (normalized attributes, e.g. `value`, `unit`, `change` for quantities).
- `tokens`: one row per {options.unit}: `id`, `document_id`, `source`, `tokens` with their character offsets
  `token_starts`/`token_ends` in the document text, and one BIO tag column per label family
  ({", ".join(f"`{f}_tags`" for f in families)}), typed `Sequence(ClassLabel)` so that
  `features[column].feature.names` gives the tag names. Tokens come from spaCy's rule-based English tokenizer
  (`spacy.blank("en")`, spaCy {spacy.__version__}), split further at the boundaries of the exported spans so
  that every span starts and ends on a token boundary: "7 days/24 hours" with the spans "7 days" and "24 hours"
  gives the tokens `7`, `days`, `/`, `24`, `hours`, and "Co., Ltd.:At" with an organisation ending in "Ltd."
  gives `Ltd.`, `:At`. A model applied to new text sees the tokenizer's tokens, without these splits.
  Whitespace tokens are left out{
  "; sentences come from the sentencizer and line breaks" if options.unit == "sentence" else ""}.

## Labels

{labels}

## Counts

Splits: {ratios}, seed {options.seed}. A document's split is a hash of the seed and its id cut by the
cumulative ratios, so adding documents never moves an existing one.{empty_note}

{documents}

Spans per split and label:

{counts}

## How the annotations were made

Plugins that ran on the corpus: {plugins}. {silver}
A document's gold is the annotations of one person: the annotator of its latest completed review, or,
without a completed review, the annotator who drew the most spans (ties: first in sort order). Spans per
provenance (`prediction` spans carry `plugin@version`, `annotation` spans the annotator):

{provenance}

## Token alignment

{alignment}

## Format

Export format version {EXPORT_FORMAT_VERSION}, from corpus format version {FORMAT_VERSION}, written by annotate
{__version__} for `datasets` {datasets.__version__}.
"""


# spaCy DocBin files


def write_docbin(documents: Iterable[Document], out_dir: str | os.PathLike, options: ExportOptions) -> ExportReport:
    """The ``spacy`` exporter: one ``<split>.spacy`` DocBin file per split, for ``spacy train``.

    ``doc.spans[family]`` holds each family's spans (for a span categorizer), ``doc.ents`` those
    of ``options.ents_family`` (for a NER); ``doc.user_data`` has the document ``id`` and ``source``.
    """
    if options.unit != "document":
        raise SettingsError("the spacy format exports whole documents; --unit sentence applies to the hf format")
    if options.ents_family not in options.labels:
        raise SettingsError(f"the corpus has no label family {options.ents_family!r} to put in doc.ents "
                            f"(families: {', '.join(sorted(options.labels)) or 'none'})")
    report = ExportReport(Path(out_dir), "spacy", list(options.splits), options.labels)
    nlp = make_tokenizer("document")
    bins = {split: DocBin(store_user_data=True) for split in options.splits}
    with paused_gc():
        for document, split, selection in _selected(documents, options, report):
            doc, untagged = docbin_doc(nlp, document, selection, options)
            report.untagged.extend(untagged)
            bins[split].add(doc)
            report.rows[split] += 1
    _require_documents(report, options)
    with replacing_directory(Path(out_dir)) as staging:
        for split in report.exported_splits:
            bins[split].to_disk(staging / f"{split}.spacy")
        _write_report(staging, report, options)
    return report


def docbin_doc(nlp: spacy.Language, document: Document, selection: Selection,
               options: ExportOptions) -> tuple[Doc, list[Untagged]]:
    """A document as a ``Doc`` on the export's tokens, with its spans, and the spans that could not be placed."""
    doc = nlp.make_doc(document.text)
    tokens = export_tokens(doc, selection.spans, document.text)
    if len(tokens) != len(doc):
        doc = tokens.to_doc(nlp.vocab)
    placed, untagged = place(tokens, document.id, selection.spans)
    on_doc = [(span, SpacySpan(doc, first, last, label=span.label)) for span, first, last in placed]
    for family in sorted(options.labels):
        doc.spans[family] = [labelled for span, labelled in on_doc if span.family == family]
    doc.ents = [labelled for span, labelled in on_doc if span.family == options.ents_family]
    doc.user_data.update(id=document.id, source=selection.source)
    return doc, untagged


# The Hugging Face Hub


def push_to_hub(out_dir: str | os.PathLike, repo_id: str, *, private: bool | None = None,
                token: str | None = None) -> None:
    """Upload a Hugging Face export: each config through ``datasets``, then the card's text."""
    from datasets import load_dataset
    from huggingface_hub import DatasetCard

    out_dir = Path(out_dir)
    for config in (SPANS_CONFIG, TOKENS_CONFIG):
        load_dataset(str(out_dir), config).push_to_hub(
            repo_id, config_name=config, set_default=config == SPANS_CONFIG, private=private, token=token)
    # datasets wrote the hub's data files into the card's YAML; keep that and put our text under it.
    card = DatasetCard.load(repo_id, repo_type="dataset", token=token)
    card.text = DatasetCard.load(out_dir / "README.md").text
    card.push_to_hub(repo_id, repo_type="dataset", token=token)
