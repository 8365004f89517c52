import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner
from spacy.tokens import SpanGroup

import annotate_plugins.model as model_plugin
from annotate.cli import cli
from annotate.corpus import Corpus
from annotate.errors import SettingsError
from annotate.export import export_dataset
from annotate.model import ANNOTATION, Document, Review
from annotate.pipeline import annotate_corpus
from annotate.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "examples" / "train_extractor.py"
EPOCHS = 15
MODEL_PROVENANCE = "model@annotate_entities-0.1.0"

PEOPLE = ["Yan Yue", "Erkin Tuniyaz", "Fu Xuejun", "Liu Shijie", "Hu Huhu", "Cai Zengle"]
PLACES = ["Xinjiang", "Urumqi", "Kazakhstan", "Türkiye", "Horgos", "Kashgar"]
ORGS = ["Urumqi Customs", "SAIC Volkswagen", "GAC Motors", "Dongfeng Motor", "XCMG", "Xinhua"]
TEMPLATES = [
    "{person} visited {place} on behalf of {org}.",
    "In {place}, {person} met the director of {org}.",
    "{org} opened a plant in {place}, said {person}.",
]
LABELS = {"entities": {"PERSON": "people", "GPE": "places", "ORG": "organisations"}}


def reviewed_document(doc_id, template, person, place, org):
    text = template.format(person=person, place=place, org=org)
    document = Document(id=doc_id, text=text, reviews=[Review("alice", "completed")])
    for value, label in ((person, "PERSON"), (place, "GPE"), (org, "ORG")):
        start = text.index(value)
        document.spans.append(document.make_span(start, start + len(value), label, "entities", ANNOTATION, "alice"))
    return document


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A small corpus corrected by a person, its export, and the example script run on it."""
    root = tmp_path_factory.mktemp("training")
    corpus = Corpus.create(root / "corpus")
    corpus.declare(LABELS)
    corpus.save(
        reviewed_document(f"doc{len(TEMPLATES) * i + t:02d}", template, PEOPLE[i], PLACES[(i + 1) % 6], ORGS[(i + 2) % 6])
        for t, template in enumerate(TEMPLATES) for i in range(6)
    )
    export = root / "export"
    export_dataset(corpus.path, export, splits={"train": 0.8, "validation": 0.2})
    env = {**os.environ, "HF_DATASETS_OFFLINE": "1", "HF_HUB_OFFLINE": "1", "HF_HOME": str(root / "hf")}
    started = time.perf_counter()
    run = subprocess.run(
        [sys.executable, str(SCRIPT), str(export), "--family", "entities", "--epochs", str(EPOCHS),
         "--out", str(root / "model")],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )
    seconds = time.perf_counter() - started
    train_file = next((export / "spans").glob("train-*.jsonl"))
    train_ids = {json.loads(line)["id"] for line in train_file.read_text("utf-8").splitlines()}
    return {"root": root, "corpus": corpus.path, "model": root / "model", "run": run, "seconds": seconds,
            "train_ids": train_ids}


@pytest.fixture
def corpus_copy(trained, tmp_path):
    return Path(shutil.copytree(trained["corpus"], tmp_path / "corpus"))


def test_the_example_trains_from_load_dataset_in_seconds_and_prints_a_loss_per_epoch(trained):
    run = trained["run"]
    assert run.returncode == 0, run.stderr
    header, table = run.stdout.split("seconds\n", 1)
    assert header.split("\n")[-1].split() == ["epoch", "loss", "P", "R", "F"]
    rows = [line.split() for line in table.split("saved to")[0].splitlines()]
    assert [int(row[0]) for row in rows] == list(range(1, EPOCHS + 1))
    losses = [float(row[1]) for row in rows]
    assert losses[-1] < losses[0] / 10
    assert f"saved to {trained['model']} as annotate_entities-0.1.0" in run.stdout
    assert trained["seconds"] < 30
    meta = json.loads((trained["model"] / "meta.json").read_text())
    assert (meta["name"], meta["version"]) == ("annotate_entities", "0.1.0")


def spans_of(corpus, source, doc_ids):
    return {(d.id, s.start, s.end, s.label, s.family, s.by if source == "prediction" else "")
            for d in Corpus.open(corpus) if d.id in doc_ids for s in d.spans if s.source == source}


def test_the_trained_model_as_a_plugin_recovers_the_spans_it_was_trained_on(trained, corpus_copy):
    settings = Settings(plugins=("model",), options={"model": {"path": str(trained["model"])}})

    report = annotate_corpus(corpus_copy, settings)

    train_ids = trained["train_ids"]
    gold = {span[:5] for span in spans_of(corpus_copy, "annotation", train_ids)}
    predicted = spans_of(corpus_copy, "prediction", train_ids)
    assert {span[5] for span in predicted} == {MODEL_PROVENANCE}
    assert len(gold & {span[:5] for span in predicted}) >= 0.9 * len(gold)
    assert report.annotated == 18
    assert Corpus.open(corpus_copy).plugins["model"] == "annotate_entities-0.1.0"


def test_annotate_run_with_model_pre_annotates_and_skips_what_is_up_to_date(trained, corpus_copy):
    arguments = ["run", str(corpus_copy), "--model", str(trained["model"]), "--plugin", "model"]

    first = CliRunner().invoke(cli, arguments)
    again = CliRunner().invoke(cli, arguments)

    assert first.exit_code == 0, first.output
    assert MODEL_PROVENANCE in first.output
    assert "0 documents pre-annotated, 18 already up to date" in " ".join(again.output.split())
    assert spans_of(corpus_copy, "prediction", trained["train_ids"])


def predictions(predictor, nlp, text):
    doc = nlp(text)
    found = []
    predictor([doc], lambda d, start, end, label, attrs=None, score=None: found.append((d.text[start:end], label)))
    return doc, found


def test_the_model_runs_on_the_shared_tokens_and_leaves_the_shared_doc_untouched(trained):
    nlp = spacy.blank("en")
    predictor = model_plugin.annotate_predictor(nlp=nlp, settings=Settings(options={"model": {"path": str(trained["model"])}}))

    doc, found = predictions(predictor, nlp, "Yan Yue visited Urumqi on behalf of XCMG.")

    assert predictor.shares_tokens and predictor.version == "annotate_entities-0.1.0"
    assert ("Yan Yue", "PERSON") in found
    assert doc.ents == ()


def test_a_model_with_other_tokenizer_rules_processes_the_texts_itself(trained, tmp_path):
    model = spacy.load(trained["model"])
    model.tokenizer.add_special_case("XCMG", [{"ORTH": "XCMG"}])
    model.to_disk(tmp_path / "model")
    nlp = spacy.blank("en")
    settings = Settings(options={"model": {"path": str(tmp_path / "model")}})
    shared = model_plugin.annotate_predictor(nlp=nlp, settings=Settings(options={"model": {"path": str(trained["model"])}}))
    own = model_plugin.annotate_predictor(nlp=nlp, settings=settings)
    text = "In Kashgar, Hu Huhu met the director of Xinhua."

    assert not own.shares_tokens
    assert predictions(own, nlp, text)[1] == predictions(shared, nlp, text)[1]


def test_the_model_plugin_does_nothing_without_a_path_and_names_a_bad_one(tmp_path):
    nlp = spacy.blank("en")

    assert model_plugin.annotate_predictor(nlp=nlp, settings=Settings()) is None
    with pytest.raises(SettingsError, match="is not a saved spaCy pipeline"):
        model_plugin.annotate_predictor(nlp=nlp, settings=Settings(options={"model": {"path": str(tmp_path)}}))


def test_span_categorizer_spans_are_the_best_non_overlapping_ones():
    doc = spacy.blank("en")("the Xinjiang Uygur Autonomous Region")
    group = SpanGroup(doc, spans=[doc[1:2], doc[1:5], doc[3:5]], attrs={"scores": [0.6, 0.9, 0.7]})

    kept = model_plugin.best_non_overlapping(group)

    assert [(span.text, score) for span, score in kept] == [("Xinjiang Uygur Autonomous Region", 0.9)]
