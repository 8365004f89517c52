"""Adjudication: one set of spans per document, settled from several annotators' versions.

The adjudicated set of a document is stored like a person's annotations: spans with
``source: "annotation"`` and ``by: "adjudicated"``, plus a completed review by
``adjudicated``; each span's ``annotators`` names the annotators who had it (same
offsets, label and family). Export and evaluation take it as the document's gold.

Strategies, over the annotators who completed the document (two or more):

- ``majority``: the spans more than half of them have (with two annotators: the spans both have);
- ``union``: every span any of them has; where spans of a family overlap, the one more
  annotators have wins, then the longer one, then the earlier one;
- ``prefer=ANNOTATOR``: the majority's spans, and ANNOTATOR's where there is no majority
  (with two annotators: ANNOTATOR's version, each span naming who had it).

Attributes of a settled span are those most of its annotators gave it (ties: the first
annotator by name, or the preferred one). An existing adjudicated set, made by a rule
or by a reviewer in Label Studio, is kept unless ``redo`` is asked for.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .corpus import Corpus
from .errors import SettingsError
from .lock import corpus_writer
from .model import ANNOTATION, Document, Review, Span

ADJUDICATED = "adjudicated"
STRATEGY_NAMES = ("majority", "union", "prefer=ANNOTATOR")

SpanKey = tuple[str, int, int, str]  # family, start, end, label


@dataclass(frozen=True)
class Strategy:
    name: str  # majority, union or prefer
    preferred: str | None = None

    @classmethod
    def parse(cls, text: str) -> Strategy:
        name, _, preferred = text.partition("=")
        if name in ("majority", "union") and not preferred:
            return cls(name)
        if name == "prefer" and preferred.strip():
            return cls(name, preferred.strip())
        raise SettingsError(f"strategy {text!r} is not one of {', '.join(STRATEGY_NAMES)}")

    def __str__(self) -> str:
        return f"prefer={self.preferred}" if self.preferred else self.name


def completed_annotators(document: Document, chosen: list[str] | None = None) -> list[str]:
    """The people who completed a review of the document (never the adjudicated set), in name order."""
    people = {r.annotator for r in document.reviews if r.status == "completed" and r.annotator != ADJUDICATED}
    if chosen:
        people &= set(chosen)
    return sorted(people)


def has_adjudicated_set(document: Document) -> bool:
    return any(r.annotator == ADJUDICATED and r.status == "completed" for r in document.reviews)


def span_key(span: Span) -> SpanKey:
    return (span.family, span.start, span.end, span.label)


def who_had(document: Document, annotators: list[str]) -> dict[SpanKey, list[str]]:
    """Each span key any of the annotators has, with the annotators who have it (in the given order)."""
    found: dict[SpanKey, list[str]] = {}
    for annotator in annotators:
        for span in document.annotations(annotator):
            found.setdefault(span_key(span), []).append(annotator)
    return found


def differ(document: Document, annotators: list[str]) -> bool:
    """True when the annotators' spans (offsets, labels and families) are not all the same."""
    return any(len(people) != len(annotators) for people in who_had(document, annotators).values())


def merge(document: Document, annotators: list[str], strategy: Strategy) -> list[Span]:
    """The adjudicated spans of a document by a strategy (see the module docstring)."""
    order = list(annotators)
    if strategy.preferred in order:
        order.remove(strategy.preferred)
        order.insert(0, strategy.preferred)
    votes = who_had(document, order)
    majority = [key for key, people in votes.items() if len(people) * 2 > len(annotators)]
    if strategy.name == "majority":
        candidates = majority
    elif strategy.name == "union":
        candidates = sorted(votes, key=lambda k: (-len(votes[k]), k[1] - k[2], k[1], k[0], k[3]))
    else:
        preferred = {span_key(s) for s in document.annotations(strategy.preferred)}
        candidates = majority + sorted(preferred - set(majority), key=lambda k: (k[1], k[0]))
    chosen: list[SpanKey] = []
    for key in candidates:
        if not any(other[0] == key[0] and other[1] < key[2] and key[1] < other[2] for other in chosen):
            chosen.append(key)
    spans = [settled_span(document, key, votes[key]) for key in chosen]
    return sorted(spans, key=lambda s: (s.start, s.end, s.family, s.label))


def settled_span(document: Document, key: SpanKey, people: list[str]) -> Span:
    """The adjudicated span of a key, with the attributes most of its annotators gave it."""
    family, start, end, label = key
    versions = [span for person in people for span in document.annotations(person) if span_key(span) == key]
    tally = Counter(json.dumps(span.attrs, sort_keys=True) for span in versions)
    attrs = json.loads(max(tally, key=tally.get))  # ties: the first in annotator order
    span = document.make_span(start, end, label, family, ANNOTATION, ADJUDICATED, attrs)
    span.annotators = sorted(people)
    return span


def set_adjudicated(document: Document, spans: list[Span], at: str | None) -> None:
    """Make ``spans`` the document's adjudicated set, replacing the one it had."""
    document.spans = [s for s in document.spans if s.is_prediction or s.by != ADJUDICATED] + spans
    document.spans.sort(key=lambda s: (s.start, s.end, s.family, s.label, s.by))
    document.reviews = [r for r in document.reviews if r.annotator != ADJUDICATED]
    document.reviews.append(Review(ADJUDICATED, "completed", at))
    document.reviews.sort(key=lambda r: r.annotator)


def name_annotators(document: Document, spans: list[Span], annotators: list[str]) -> None:
    """Set each span's ``annotators`` to the annotators who had it (none: left unset)."""
    votes = who_had(document, annotators)
    for span in spans:
        span.annotators = sorted(votes.get(span_key(span), [])) or None


@dataclass
class AdjudicationReport:
    strategy: str
    adjudicated: list[str] = field(default_factory=list)  # documents whose adjudicated set was written
    unanimous: list[str] = field(default_factory=list)  # ... of which every annotator agreed
    differing: list[str] = field(default_factory=list)  # documents where the annotators differ
    deferred: list[str] = field(default_factory=list)  # differing documents left for a reviewer
    kept: list[str] = field(default_factory=list)  # documents whose existing adjudicated set was kept
    single: int = 0  # documents completed by only one of the annotators
    spans: int = 0  # spans written
    annotators: dict[str, list[str]] = field(default_factory=dict)  # document -> its annotators


def adjudicate_corpus(path: str | os.PathLike, strategy: Strategy, annotators: list[str] | None = None,
                      defer_differing: bool = False, redo: bool = False, at: str | None = None,
                      wait: bool = False, waiting: Callable[[str], None] | None = None) -> AdjudicationReport:
    """Write the adjudicated set of every document completed by two or more of the annotators.

    ``defer_differing`` leaves the documents where the annotators differ to a reviewer
    (they are listed in the report's ``deferred``); ``redo`` replaces existing
    adjudicated sets. Only documents whose adjudicated set changes are written.
    """
    at = at or datetime.now(timezone.utc).isoformat(timespec="seconds")
    report = AdjudicationReport(str(strategy))
    with corpus_writer(path, "annotate adjudicate", wait=wait, waiting=waiting):
        corpus = Corpus.open(path)
        changed = []
        for document in corpus:
            people = completed_annotators(document, annotators)
            if len(people) < 2:
                report.single += len(people) == 1
                continue
            if strategy.preferred and strategy.preferred not in people:
                continue
            report.annotators[document.id] = people
            differing = differ(document, people)
            if differing:
                report.differing.append(document.id)
            if has_adjudicated_set(document) and not redo:
                report.kept.append(document.id)
                continue
            if differing and defer_differing:
                report.deferred.append(document.id)
                continue
            spans = merge(document, people, strategy)
            before = [s.to_dict() for s in document.annotations(ADJUDICATED)]
            if before != [s.to_dict() for s in spans] or not has_adjudicated_set(document):
                set_adjudicated(document, spans, at)
                changed.append(document)
            report.adjudicated.append(document.id)
            report.spans += len(spans)
            if not differing:
                report.unanimous.append(document.id)
        if strategy.preferred and not report.annotators:
            raise SettingsError(f"{path} has no document that {strategy.preferred} completed together with "
                                f"another annotator")
        if changed:
            corpus.save(changed)
    return report
