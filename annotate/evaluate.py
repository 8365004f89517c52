"""Evaluation: each plugin's predictions against the human annotations of a corpus.

Scores come from nervaluate (MUC-style counting): ``exact`` is its ``strict``
scheme (same boundaries and label), ``overlap`` its ``ent_type`` scheme (the
spans overlap and the labels agree). Attribute accuracy is measured on the
exactly matched spans.
"""

from __future__ import annotations

import math
import os
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import spacy
from nervaluate import Evaluator

from .adjudicate import ADJUDICATED, has_adjudicated_set
from .corpus import Corpus
from .errors import CorpusError, SettingsError
from .model import Document, Span
from .pipeline import Annotator
from .settings import Settings
from .train import model_labels, seen_texts, text_digest

SCHEMES = {"exact": "strict", "overlap": "ent_type"}
ALL = "ALL"
RULES, MODEL, UNION = "rules", "model", "rules+model"  # MODEL is also the name of the model plugin


@dataclass
class Score:
    correct: int
    incorrect: int
    partial: int
    missed: int
    spurious: int
    precision: float
    recall: float
    f1: float
    possible: int
    actual: int


@dataclass
class FamilyEvaluation:
    """One plugin's predictions in one label family: scores per label and overall (``ALL``)."""

    plugin: str
    versions: list[str]
    family: str
    documents: int
    scores: dict[str, dict[str, Score]] = field(default_factory=dict)  # scheme -> label -> score
    attributes: dict[str, dict[str, int]] = field(default_factory=dict)  # attr -> {"correct", "total"}

    def attribute_accuracy(self, name: str) -> float:
        counts = self.attributes[name]
        return counts["correct"] / counts["total"] if counts["total"] else 0.0


@dataclass
class EvaluationReport:
    corpus: str
    documents: int
    gold_documents: int
    families: list[FamilyEvaluation]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for family, evaluation in zip(data["families"], self.families):
            family["attribute_accuracy"] = {a: evaluation.attribute_accuracy(a) for a in evaluation.attributes}
        return data


def gold_spans(document: Document, annotator: str | None = None) -> list[Span] | None:
    """The document's adjudicated set, else the spans of the person whose completed review is the latest
    (or the spans of ``annotator``)."""
    completed = [r for r in document.reviews if r.status == "completed"]
    if annotator is None:
        if has_adjudicated_set(document):
            annotator = ADJUDICATED
        elif completed:
            annotator = max(completed, key=lambda r: r.at or "").annotator
        elif document.annotations():
            annotator = document.annotations()[0].by
        else:
            return None
    elif not any(r.annotator == annotator for r in completed) and not document.annotations(annotator):
        return None
    return document.annotations(annotator)


def _as_entities(spans: list[Span]) -> list[dict[str, Any]]:
    return [{"label": s.label, "start": s.start, "end": s.end - 1} for s in spans]  # nervaluate ends are inclusive


def _same_value(gold: Any, predicted: Any) -> bool:
    if isinstance(gold, (int, float)) and isinstance(predicted, (int, float)):
        return math.isclose(gold, predicted, rel_tol=1e-6)
    return gold == predicted


def _score(result: Any) -> Score:
    return Score(**{name: getattr(result, name) for name in Score.__dataclass_fields__})


def _evaluate_family(plugin: str, family: str, pairs: list[tuple[list[Span], list[Span]]], versions: set[str]) -> FamilyEvaluation:
    labels = sorted({s.label for gold, predicted in pairs for s in gold + predicted})
    evaluation = FamilyEvaluation(plugin, sorted(versions), family, len(pairs))
    results = Evaluator(
        [_as_entities(g) for g, _ in pairs], [_as_entities(p) for _, p in pairs], tags=labels, loader="default"
    ).evaluate()
    for ours, theirs in SCHEMES.items():
        per_label = {ALL: _score(results["overall"][theirs])}
        per_label.update({label: _score(results["entities"][label][theirs]) for label in labels})
        evaluation.scores[ours] = per_label
    attributes: dict[str, dict[str, int]] = defaultdict(lambda: {"correct": 0, "total": 0})
    for gold, predicted in pairs:
        predicted_by_key = {s.key(): s for s in predicted}
        for span in gold:
            match = predicted_by_key.get(span.key())
            if match is None:
                continue
            for name, value in span.attrs.items():
                attributes[name]["total"] += 1
                attributes[name]["correct"] += _same_value(value, match.attrs.get(name))
    evaluation.attributes = dict(sorted(attributes.items()))
    return evaluation


def evaluate_corpus(path: str | os.PathLike, annotator: str | None = None) -> EvaluationReport:
    """Compare every plugin's predictions with the gold spans of each annotated document.

    Only the families a plugin predicts are compared, so each plugin is scored on
    its own job. Documents without a person's annotations are left out, and so are
    the predictions of the ``model`` plugin: the corpus does not say which documents
    that model learned from (:func:`compare_with_model` scores a model on the others).
    """
    corpus = Corpus.open(path)
    pairs: dict[tuple[str, str], list[tuple[list[Span], list[Span]]]] = defaultdict(list)
    versions: dict[str, set[str]] = defaultdict(set)
    documents = gold_documents = 0
    plugin_families = {(p, family) for p in corpus.plugins if p != MODEL for family in corpus.labels}
    for document in corpus:
        documents += 1
        gold = gold_spans(document, annotator)
        if gold is None:
            continue
        gold_documents += 1
        for plugin, family in plugin_families:
            if plugin not in document.predicted_by:
                continue
            predicted = [s for s in document.predictions(plugin) if s.family == family]
            pairs[(plugin, family)].append(([s for s in gold if s.family == family], predicted))
            versions[plugin].update(s.by.rsplit("@", 1)[1] for s in predicted)
    if not gold_documents:
        who = f" by {annotator}" if annotator else ""
        raise CorpusError(f"{path} has no documents annotated{who} by a person, so there is nothing to evaluate against")
    families = [
        _evaluate_family(plugin, family, family_pairs, versions[plugin])
        for (plugin, family), family_pairs in sorted(pairs.items())
        if any(predicted for _, predicted in family_pairs)
    ]
    return EvaluationReport(str(path), documents, gold_documents, families)


# Rules, a trained model and their union on the same gold


@dataclass
class ModelComparison:
    """Rules, a trained model and their union, scored per family on the gold documents the model never saw.

    ``families`` holds one :class:`FamilyEvaluation` per family and system (its ``plugin``
    is ``rules``, ``model`` or ``rules+model``); ``trained_on`` counts the gold documents
    left out because the model learned from them or was selected on them; ``rules_failed``
    counts, per plugin, the compared documents it failed on (its rules found nothing there).
    """

    corpus: str
    model: str
    documents: int
    trained_on: int
    rules: list[str]
    families: list[FamilyEvaluation]
    rules_failed: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for family, evaluation in zip(data["families"], self.families):
            family["attribute_accuracy"] = {a: evaluation.attribute_accuracy(a) for a in evaluation.attributes}
        return data


def union_spans(rules: list[Span], model: list[Span]) -> list[Span]:
    """The rules' spans plus the model's spans that overlap none of the rules' spans of their family."""
    added = [s for s in model if not any(r.family == s.family and r.start < s.end and s.start < r.end for r in rules)]
    return sorted(rules + added, key=lambda s: (s.start, s.end, s.label))


def compare_with_model(path: str | os.PathLike, model_path: str | os.PathLike, annotator: str | None = None,
                       settings: Any = None, progress: Any = None) -> ModelComparison:
    """Score the rules (the other plugins' predictions stored in the corpus), the model at
    ``model_path`` (run now through the ``model`` plugin) and their union (:func:`union_spans`)
    on every gold document of the corpus whose text the model did not train on.
    """
    model_path = Path(model_path)
    try:
        meta = spacy.util.load_meta(model_path / "meta.json")
    except (OSError, ValueError):
        raise SettingsError(f"{model_path} is not a saved spaCy pipeline: it has no readable meta.json") from None
    seen = seen_texts(meta)
    corpus = Corpus.open(path)
    unseen: list[tuple[Document, list[Span]]] = []
    trained_on = 0
    for document in corpus:
        gold = gold_spans(document, annotator)
        if gold is None:
            continue
        if text_digest(document.text) in seen:
            trained_on += 1
        else:
            unseen.append((document, gold))
    if not unseen:
        who = f" by {annotator}" if annotator else ""
        if trained_on:
            raise CorpusError(f"the model {model_path} trained on all {trained_on} documents of {path} annotated{who} "
                              f"by a person; compare it on gold documents it did not see")
        raise CorpusError(f"{path} has no documents annotated{who} by a person, so there is nothing to evaluate against")
    base = settings or Settings()
    run = Settings(pipeline=base.pipeline, batch_size=base.batch_size, n_process=base.n_process, plugins=(MODEL,),
                   options={**base.options, MODEL: {"path": str(model_path)}})
    model = Annotator.load(run)
    predicted: list[list[Span]] = []
    for start in range(0, len(unseen), run.batch_size):
        batch = [document for document, _ in unseen[start:start + run.batch_size]]
        predicted += [spans[MODEL] for spans in model.predict(batch)]
        if progress:
            progress(len(batch))
    trained = model_labels(meta)
    families = sorted(trained) if trained else sorted({s.family for spans in predicted for s in spans})
    pairs: dict[tuple[str, str], list[tuple[list[Span], list[Span]]]] = defaultdict(list)
    rule_versions: set[str] = set()
    rules_failed: Counter = Counter()
    for (document, gold), model_spans in zip(unseen, predicted):
        rules_failed.update(plugin for plugin in document.failures if plugin != MODEL)
        rules = [s for s in document.predictions() if s.plugin != MODEL]
        rule_versions.update(s.by for s in rules if s.family in families)
        for family in families:
            family_gold = [s for s in gold if s.family == family]
            family_rules = [s for s in rules if s.family == family]
            family_model = [s for s in model_spans if s.family == family]
            pairs[(RULES, family)].append((family_gold, family_rules))
            pairs[(MODEL, family)].append((family_gold, family_model))
            pairs[(UNION, family)].append((family_gold, union_spans(family_rules, family_model)))
    version = model.versions.get(MODEL, "")
    evaluations = [
        _evaluate_family(system, family, pairs[(system, family)], {version} if system != RULES else set())
        for family in families for system in (RULES, MODEL, UNION)
    ]
    return ModelComparison(str(path), version, len(unseen), trained_on, sorted(rule_versions), evaluations,
                           dict(sorted(rules_failed.items())))
