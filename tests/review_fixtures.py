"""Fixtures for the review tests: tiny corpora annotated by several people.

Loaded through ``pytest_plugins`` by the agreement, adjudication and report tests.
"""

from __future__ import annotations

import pytest

from annotate.corpus import Corpus
from annotate.model import ANNOTATION, PREDICTION, Document, Review

LABELS = {
    "entities": {"ORG": "an organisation", "GPE": "a country or city", "LOC": "a place"},
    "quantities": {"MONEY": "an amount of money"},
}
TEXTS = {
    "differ": "Acme Corp sold goods to France for 5 million dollars in Paris.",
    "same": "Beta Ltd opened an office in Spain.",
    "alone": "Gamma Inc left Italy.",
}
MONEY = {"value": 5_000_000.0, "unit": "USD", "change": "=", "surface_unit": "dollars"}


def at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def add(document: Document, part: str, label: str, family: str, by: str, attrs=None, source=ANNOTATION) -> None:
    document.spans.append(document.make_span(*at(document.text, part), label, family, source, by, attrs))


def build_corpus(path, annotations: dict[str, dict[str, list[tuple]]], predictions=None) -> Corpus:
    """A corpus of :data:`TEXTS`; ``annotations``: doc -> annotator -> [(part, label, family[, attrs])]."""
    corpus = Corpus.create(path, name="review")
    corpus.declare(LABELS, {"fixture": "1.0"})
    documents = []
    for doc_id, text in TEXTS.items():
        document = Document(doc_id, text, {"title": f"About {doc_id}"})
        for part, label, family, *attrs in (predictions or {}).get(doc_id, []):
            add(document, part, label, family, "fixture@1.0", attrs[0] if attrs else None, PREDICTION)
        if predictions is not None:
            document.predicted_by["fixture"] = "1.0"
        for annotator, spans in annotations.get(doc_id, {}).items():
            for part, label, family, *attrs in spans:
                add(document, part, label, family, annotator, attrs[0] if attrs else None)
            document.reviews.append(Review(annotator, "completed", "2026-01-01T00:00:00"))
        documents.append(document)
    corpus.save(documents)
    return corpus


# alice and bob differ on "differ": a missed span (Paris), a relabel (France), a boundary
# (Acme Corp / Acme) and an attribute (the money's value); they agree on "same"; only
# alice did "alone".
ALICE_DIFFER = [("Acme Corp", "ORG", "entities"), ("France", "GPE", "entities"), ("Paris", "GPE", "entities"),
                ("5 million dollars", "MONEY", "quantities", MONEY)]
BOB_DIFFER = [("Acme", "ORG", "entities"), ("France", "LOC", "entities"),
              ("5 million dollars", "MONEY", "quantities", {**MONEY, "value": 5.0})]
BOTH_SAME = [("Beta Ltd", "ORG", "entities"), ("Spain", "GPE", "entities")]
ANNOTATIONS = {
    "differ": {"alice": ALICE_DIFFER, "bob": BOB_DIFFER},
    "same": {"alice": BOTH_SAME, "bob": BOTH_SAME},
    "alone": {"alice": [("Gamma Inc", "ORG", "entities"), ("Italy", "GPE", "entities")]},
}
PREDICTIONS = {
    "differ": [("Acme Corp", "ORG", "entities"), ("France", "GPE", "entities"),
               ("5 million dollars", "MONEY", "quantities", MONEY)],
    "same": [("Beta Ltd", "ORG", "entities"), ("Spain", "LOC", "entities")],
    "alone": [("Italy", "GPE", "entities")],
}


@pytest.fixture
def two_annotators(tmp_path):
    """The corpus of :data:`ANNOTATIONS` with the plugin ``fixture``'s :data:`PREDICTIONS`."""
    path = tmp_path / "review"
    build_corpus(path, ANNOTATIONS, PREDICTIONS)
    return path
