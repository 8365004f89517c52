"""Agreement between annotators on the documents they both completed.

Who counts: every person with a completed review of a document, except the
adjudicated set (:data:`annotate.adjudicate.ADJUDICATED`), or only the annotators asked for.

- **Span F1**, per pair of annotators, family and label, over the documents both
  completed. ``exact`` is nervaluate's ``strict`` scheme (same boundaries and label),
  which is symmetric; ``overlap`` is its ``ent_type`` scheme (overlapping spans of the
  same label), which counts matches per predicted span, so the two directions can
  differ slightly: the overlap F1 of a pair is the mean of both directions. With more
  than two annotators a label's figure is the mean over the pairs that have spans of it.
- **Krippendorff's alpha** (nominal, from the ``krippendorff`` package) over the
  non-space tokens of every document that two or more of the annotators completed:
  each annotator gives each token the label of their span of the family covering it,
  or none; documents an annotator did not complete are missing values. Per label the
  data is binary (inside a span of the label or not). Alpha is ``None`` where it is
  undefined (no token carries the label).
- **Attributes** of exactly matched spans (quantities: value, unit, change, ...):
  per family and attribute, how many pairs of matched spans give the same value.
- **Documents** with their mean pairwise exact F1 over all spans, lowest first.
"""

from __future__ import annotations

import itertools
import math
import os
import warnings
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from functools import cache
from statistics import mean
from typing import Any

import krippendorff
import numpy as np
import spacy
from nervaluate import Evaluator

from .adjudicate import completed_annotators
from .corpus import Corpus
from .errors import CorpusError
from .model import Document, Span

ALL = "ALL"


@dataclass
class PairAgreement:
    """Two annotators on the documents both completed: F1 overall and per family."""

    annotators: tuple[str, str]
    documents: int
    exact_f1: float | None
    overlap_f1: float | None
    families: dict[str, dict[str, float | None]] = field(default_factory=dict)  # family -> {"exact_f1", ...}


@dataclass
class LabelAgreement:
    """A label (or a whole family, label ``ALL``) over every pair of annotators."""

    family: str
    label: str
    spans: dict[str, int]  # annotator -> spans on the documents they share with another annotator
    exact_f1: float | None
    overlap_f1: float | None
    alpha: float | None


@dataclass
class AttributeAgreement:
    family: str
    attribute: str
    agreed: int
    compared: int

    @property
    def rate(self) -> float | None:
        return self.agreed / self.compared if self.compared else None


@dataclass
class DocumentAgreement:
    id: str
    title: str
    annotators: list[str]
    exact_f1: float
    disagreements: int  # spans that not every annotator of the document has


@dataclass
class AgreementReport:
    corpus: str
    annotators: list[str]
    documents: int  # documents completed by two or more of the annotators
    pairs: list[PairAgreement]
    labels: list[LabelAgreement]  # per family: the labels, then ALL
    attributes: list[AttributeAgreement]
    ranked_documents: list[DocumentAgreement]  # lowest agreement first

    def family_rows(self) -> list[LabelAgreement]:
        return [row for row in self.labels if row.label == ALL]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for item, attribute in zip(data["attributes"], self.attributes):
            item["rate"] = attribute.rate
        return data


def _f1(correct: int, possible: int, actual: int) -> float | None:
    return 2 * correct / (possible + actual) if possible + actual else None


def _as_entities(spans: list[Span]) -> list[dict[str, Any]]:
    return [{"label": s.label, "start": s.start, "end": s.end - 1} for s in spans]  # nervaluate ends are inclusive


def _pair_scores(first: list[list[Span]], second: list[list[Span]], labels: list[str]) -> dict[str, dict[str, float | None]]:
    """label (and ALL) -> {"exact_f1", "overlap_f1"} of two annotators' spans of one family, document by document."""
    one_way = Evaluator([_as_entities(s) for s in first], [_as_entities(s) for s in second], tags=labels,
                        loader="default").evaluate()
    other_way = Evaluator([_as_entities(s) for s in second], [_as_entities(s) for s in first], tags=labels,
                          loader="default").evaluate()
    scores = {}
    for label in [*labels, ALL]:
        results = [run["overall"] if label == ALL else run["entities"].get(label) for run in (one_way, other_way)]
        if None in results:  # neither annotator has the label
            scores[label] = {"exact_f1": None, "overlap_f1": None}
            continue
        exact = results[0]["strict"]
        overlaps = [_f1(r["ent_type"].correct, r["ent_type"].possible, r["ent_type"].actual) for r in results]
        scores[label] = {
            "exact_f1": _f1(exact.correct, exact.possible, exact.actual),
            "overlap_f1": None if None in overlaps else mean(overlaps),
        }
    return scores


def _same_value(one: Any, other: Any) -> bool:
    if isinstance(one, (int, float)) and isinstance(other, (int, float)):
        return math.isclose(one, other, rel_tol=1e-6)
    return one == other


@cache
def _tokenizer() -> spacy.Language:
    return spacy.blank("en")


def _token_starts(text: str) -> list[int]:
    return [token.idx for token in _tokenizer()(text) if not token.is_space]


def _alpha(data: np.ndarray, domain: list[int]) -> float | None:
    """Nominal Krippendorff's alpha of annotators x units (NaN = missing); None where undefined."""
    if data.shape[1] == 0:
        return None
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore", RuntimeWarning)
        try:
            value = krippendorff.alpha(reliability_data=data, value_domain=domain, level_of_measurement="nominal")
        except ValueError:
            return None
    return None if math.isnan(value) else float(value)


class _TokenLabels:
    """Per family: the label code of every token for every annotator (NaN where not completed)."""

    def __init__(self, annotators: list[str], labels: dict[str, list[str]]):
        self.annotators = annotators
        self.labels = labels
        self.columns: dict[str, list[np.ndarray]] = {family: [] for family in labels}

    def add(self, document: Document, people: list[str]) -> None:
        starts = np.array(_token_starts(document.text), dtype=int)
        for family, names in self.labels.items():
            code_of = {label: i + 1 for i, label in enumerate(names)}
            block = np.full((len(self.annotators), len(starts)), np.nan)
            for row, annotator in enumerate(self.annotators):
                if annotator not in people:
                    continue
                chars = np.zeros(len(document.text) + 1, dtype=int)
                for span in document.annotations(annotator):
                    if span.family == family:
                        chars[span.start:span.end] = code_of[span.label]
                if len(starts):  # a token (with the whitespace after it) takes the label of its characters in a span
                    block[row] = np.maximum.reduceat(chars, starts)
            self.columns[family].append(block)

    def alphas(self, family: str, rows: list[int] | None = None) -> dict[str, float | None]:
        """label (and ALL) -> alpha, over all annotators or the given rows."""
        if not self.columns[family]:
            return {}
        data = np.concatenate(self.columns[family], axis=1)
        if rows is not None:
            data = data[rows]
        data = data[:, (~np.isnan(data)).sum(axis=0) >= 2]  # units two annotators coded
        names = self.labels[family]
        found = {ALL: _alpha(data, list(range(len(names) + 1)))}
        for code, label in enumerate(names, start=1):
            binary = np.where(np.isnan(data), np.nan, (data == code).astype(float))
            found[label] = _alpha(binary, [0, 1])
        return found


def agreement(path: str | os.PathLike, annotators: list[str] | None = None) -> AgreementReport:
    """Agreement between the annotators of a corpus; see the module docstring."""
    corpus = Corpus.open(path)
    shared: list[tuple[Document, list[str]]] = []
    for document in corpus:
        people = completed_annotators(document, annotators)
        if len(people) >= 2:
            shared.append((document, people))
    if not shared:
        who = f" among {', '.join(annotators)}" if annotators else ""
        raise CorpusError(f"{path} has no document completed by two or more annotators{who}, "
                          f"so there is no agreement to measure")
    everyone = sorted({person for _, people in shared for person in people})
    used = {(span.family, span.label) for document, people in shared for person in people
            for span in document.annotations(person)}
    labels = {family: sorted(label for f, label in used if f == family) for family in sorted({f for f, _ in used})}

    tokens = _TokenLabels(everyone, labels)
    for document, people in shared:
        tokens.add(document, people)

    pairs: list[PairAgreement] = []
    per_label: dict[tuple[str, str], dict[str, list[float]]] = defaultdict(lambda: {"exact_f1": [], "overlap_f1": []})
    span_counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    attributes: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for first, second in itertools.combinations(everyone, 2):
        together = [document for document, people in shared if first in people and second in people]
        if not together:
            continue
        pair = PairAgreement((first, second), len(together), None, None)
        for family, names in labels.items():
            ones = [[s for s in d.annotations(first) if s.family == family] for d in together]
            others = [[s for s in d.annotations(second) if s.family == family] for d in together]
            scores = _pair_scores(ones, others, names)
            for label, score in scores.items():
                for measure, value in score.items():
                    if value is not None:
                        per_label[(family, label)][measure].append(value)
            pair.families[family] = dict(scores[ALL])
            pair.families[family]["alpha"] = tokens.alphas(family, [everyone.index(first), everyone.index(second)]).get(ALL)
            for one, other in zip(ones, others):
                matched = {span.key(): span for span in other}
                for span in one:
                    partner = matched.get(span.key())
                    if partner is None:
                        continue
                    for name in sorted(set(span.attrs) | set(partner.attrs)):
                        tally = attributes[(family, name)]
                        tally[0] += _same_value(span.attrs.get(name), partner.attrs.get(name))
                        tally[1] += 1
        everything = _pair_scores([d.annotations(first) for d in together], [d.annotations(second) for d in together],
                                  sorted({label for names in labels.values() for label in names}))[ALL]
        pair.exact_f1, pair.overlap_f1 = everything["exact_f1"], everything["overlap_f1"]
        pairs.append(pair)

    for document, people in shared:
        for person in people:
            for span in document.annotations(person):
                span_counts[(span.family, span.label)][person] += 1
                span_counts[(span.family, ALL)][person] += 1

    rows = []
    for family, names in labels.items():
        alphas = tokens.alphas(family)
        for label in [*names, ALL]:
            measures = per_label.get((family, label), {"exact_f1": [], "overlap_f1": []})
            rows.append(LabelAgreement(
                family, label, {person: span_counts[(family, label)].get(person, 0) for person in everyone},
                mean(measures["exact_f1"]) if measures["exact_f1"] else None,
                mean(measures["overlap_f1"]) if measures["overlap_f1"] else None,
                alphas.get(label),
            ))
    attribute_rows = [AttributeAgreement(family, name, agreed, compared)
                      for (family, name), (agreed, compared) in sorted(attributes.items())]
    return AgreementReport(str(path), everyone, len(shared), pairs, rows, attribute_rows,
                           rank_documents(shared))


def rank_documents(shared: list[tuple[Document, list[str]]]) -> list[DocumentAgreement]:
    """Each document with its mean pairwise exact F1 over all spans and its disagreements, lowest first."""
    ranked = []
    for document, people in shared:
        keys = {person: {(s.family, *s.key()) for s in document.annotations(person)} for person in people}
        scores = []
        for first, second in itertools.combinations(people, 2):
            total = len(keys[first]) + len(keys[second])
            scores.append(2 * len(keys[first] & keys[second]) / total if total else 1.0)
        union = set().union(*keys.values())
        common = set.intersection(*keys.values())
        ranked.append(DocumentAgreement(document.id, str(document.meta.get("title") or ""), people, mean(scores),
                                        len(union - common)))
    ranked.sort(key=lambda d: (d.exact_f1, -d.disagreements, d.id))
    return ranked
