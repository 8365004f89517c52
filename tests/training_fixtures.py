"""Fixtures for the training tests: a tiny gold corpus of three families, and a model trained on it once.

Loaded through ``pytest_plugins`` by ``test_train.py`` and ``test_training.py``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.cli import cli
from annotate.corpus import Corpus
from annotate.export import DEFAULT_SPLITS, split_of
from annotate.model import ANNOTATION, Document, Review

EPOCHS = 25
LABELS = {
    "entities": {"PERSON": "people", "GPE": "places", "ORG": "organisations"},
    "quantities": {"MONEY": "an amount of money"},
    "policy": {"POLICY_MEASURE": "a measure an authority adopts"},
}
PEOPLE = ["Yan Yue", "Erkin Tuniyaz", "Fu Xuejun", "Liu Shijie", "Hu Huhu", "Cai Zengle"]
PLACES = ["Xinjiang", "Urumqi", "Kazakhstan", "Horgos", "Kashgar", "Almaty"]
ORGS = ["Urumqi Customs", "SAIC Volkswagen", "GAC Motors", "Dongfeng Motor", "XCMG", "Xinhua"]
AMOUNTS = ["5 million yuan", "2,000 yuan", "300 million dollars", "12 billion yuan", "40,000 yuan", "9 million dollars"]
MEASURES = [
    "a tax rebate for exporters", "eight measures to support foreign trade", "a subsidy scheme for farmers",
    "a green channel for fresh produce", "a one-time relocation grant", "a pilot for direct settlement in tenge",
]
TEMPLATES = [
    "{place} introduced {measure} worth {money}, said {person} of {org}.",
    "{person} of {org} said that {place} will fund {measure} with {money}.",
    "Under {measure}, {org} in {place} received {money}, {person} said.",
    "{org} welcomed {measure} as {person} visited {place}.",
]
FAMILY = {"person": "entities", "place": "entities", "org": "entities", "money": "quantities", "measure": "policy"}
LABEL = {"person": "PERSON", "place": "GPE", "org": "ORG", "money": "MONEY", "measure": "POLICY_MEASURE"}
ANNOTATOR = "alice"


def reviewed_document(doc_id: str, template: str, **values: str) -> Document:
    text = template.format(**values)
    document = Document(id=doc_id, text=text, reviews=[Review(ANNOTATOR, "completed", "2026-01-01T00:00:00")])
    for slot, value in values.items():
        if "{" + slot + "}" in template:
            start = text.index(value)
            document.spans.append(document.make_span(start, start + len(value), LABEL[slot], FAMILY[slot],
                                                     ANNOTATION, ANNOTATOR))
    return document


def gold_documents() -> list[Document]:
    return [
        reviewed_document(f"doc{len(PEOPLE) * t + i:02d}", template, person=PEOPLE[i], place=PLACES[(i + t) % 6],
                          org=ORGS[(i + 2 * t) % 6], money=AMOUNTS[(i + 3 * t) % 6], measure=MEASURES[(i + t) % 6])
        for t, template in enumerate(TEMPLATES) for i in range(len(PEOPLE))
    ]


def make_gold_corpus(path: Path) -> Path:
    corpus = Corpus.create(path, name="tiny")
    corpus.declare(LABELS)
    corpus.save(gold_documents())
    return corpus.path


def ids_in(split: str) -> set[str]:
    return {d.id for d in gold_documents() if split_of(d.id, DEFAULT_SPLITS, 0) == split}


@pytest.fixture(scope="session")
def trained(tmp_path_factory):
    """The tiny gold corpus and a blank-pipeline model trained on it by `annotate train`."""
    root = tmp_path_factory.mktemp("training")
    corpus = make_gold_corpus(root / "corpus")
    model = root / "model"
    result = CliRunner().invoke(cli, ["train", str(corpus), str(model), "--epochs", str(EPOCHS)])
    return {"corpus": corpus, "model": model, "result": result,
            "meta": json.loads((model / "meta.json").read_text()) if (model / "meta.json").is_file() else None}


@pytest.fixture
def corpus_copy(trained, tmp_path):
    return Path(shutil.copytree(trained["corpus"], tmp_path / "corpus"))
