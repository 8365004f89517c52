"""The trained model in use: the `model` plugin, and `annotate eval --model` (rules, model and their union)."""

import json
import shutil

import pytest
import spacy
from click.testing import CliRunner
from spacy.tokens import SpanGroup

import annotate_plugins.model as model_plugin
from annotate.cli import cli
from annotate.corpus import Corpus
from annotate.errors import CorpusError, SettingsError
from annotate.evaluate import ALL, MODEL, RULES, UNION, compare_with_model, evaluate_corpus, union_spans
from annotate.model import ANNOTATION, PREDICTION, Span
from annotate.pipeline import annotate_corpus
from annotate.settings import Settings
from training_fixtures import LABELS, corpus_copy, gold_documents, ids_in, trained  # noqa: F401


def predictions(predictor, nlp, text):
    doc = nlp(text)
    found = []
    predictor([doc], lambda d, start, end, label, attrs=None, score=None: found.append((d.text[start:end], label)))
    return doc, found


def predictor_for(path, nlp=None):
    return model_plugin.annotate_predictor(nlp=nlp or spacy.blank("en"),
                                           settings=Settings(options={"model": {"path": str(path)}}))


def test_the_model_runs_on_the_shared_tokens_and_leaves_the_shared_doc_untouched(trained):
    nlp = spacy.blank("en")
    predictor = predictor_for(trained["model"], nlp)

    doc, found = predictions(predictor, nlp, "Xinjiang introduced a tax rebate for exporters worth 5 million yuan, "
                                             "said Yan Yue of Urumqi Customs.")

    assert predictor.shares_tokens and predictor.version == f"{trained['meta']['name']}-{trained['meta']['version']}"
    assert {("Yan Yue", "PERSON"), ("5 million yuan", "MONEY"), ("a tax rebate for exporters", "POLICY_MEASURE")} <= set(found)
    assert doc.ents == ()


def test_a_model_with_other_tokenizer_rules_processes_the_texts_itself(trained, tmp_path):
    model = spacy.load(trained["model"])
    model.tokenizer.add_special_case("XCMG", [{"ORTH": "XCMG"}])
    model.to_disk(tmp_path / "model")
    nlp = spacy.blank("en")
    shared, own = predictor_for(trained["model"], nlp), predictor_for(tmp_path / "model", nlp)
    text = "Under a green channel for fresh produce, XCMG in Kashgar received 2,000 yuan, Hu Huhu said."

    assert not own.shares_tokens
    assert predictions(own, nlp, text)[1] == predictions(shared, nlp, text)[1]


def test_the_model_plugin_does_nothing_without_a_path_and_names_a_bad_one(tmp_path):
    nlp = spacy.blank("en")

    assert model_plugin.annotate_predictor(nlp=nlp, settings=Settings()) is None
    with pytest.raises(SettingsError, match="is not a saved spaCy pipeline"):
        predictor_for(tmp_path, nlp)


def test_the_model_emits_only_the_labels_it_was_trained_on_that_a_plugin_declares(trained, tmp_path):
    narrowed = tmp_path / "model"
    shutil.copytree(trained["model"], narrowed)
    meta = json.loads((narrowed / "meta.json").read_text())
    meta["annotate"]["labels"] = {"entities": ["PERSON"]}
    (narrowed / "meta.json").write_text(json.dumps(meta))
    foreign = spacy.load(trained["model"])
    foreign.meta.pop("annotate")

    _, found = predictions(predictor_for(narrowed), spacy.blank("en"),
                           "Xinjiang introduced a tax rebate for exporters worth 5 million yuan, said Yan Yue of XCMG.")

    assert found == [("Yan Yue", "PERSON")]
    plain = model_plugin.ModelPredictor(foreign, shares_tokens=True)
    assert (plain.family_of("MONEY"), plain.family_of("CARDINAL")) == ("quantities", None)


def test_span_categorizer_spans_are_the_best_non_overlapping_ones_after_the_ner_spans():
    doc = spacy.blank("en")("the Xinjiang Uygur Autonomous Region fund")
    group = SpanGroup(doc, spans=[doc[1:2], doc[1:5], doc[3:6]], attrs={"scores": [[0.6], [0.9], [0.7]]})

    kept = model_plugin.best_non_overlapping(model_plugin.scored(group))
    with_ner = model_plugin.best_non_overlapping([(doc[5:6], None), *model_plugin.scored(group)])

    assert [(span.text, score) for span, score in kept] == [("Xinjiang Uygur Autonomous Region", 0.9)]
    assert [(span.text, score) for span, score in with_ner] == [
        ("Xinjiang Uygur Autonomous Region", 0.9), ("fund", None)]


def span(start, end, family="policy", by="policy@1"):
    return Span(start, end, "POLICY_MEASURE", family, "x" * (end - start), PREDICTION, by)


def test_the_union_adds_the_model_spans_that_overlap_no_rule_span_of_their_family():
    rules = [span(0, 10), span(20, 30)]
    model = [span(5, 12, by="model@m"), span(12, 18, by="model@m"), span(25, 40, family="entities", by="model@m")]

    union = union_spans(rules, model)

    assert [(s.start, s.end, s.by) for s in union] == [
        (0, 10, "policy@1"), (12, 18, "model@m"), (20, 30, "policy@1"), (25, 40, "model@m")]


@pytest.fixture(scope="module")
def ruled(tmp_path_factory, trained):
    """The tiny corpus pre-annotated by the built-in rule plugins."""
    path = shutil.copytree(trained["corpus"], tmp_path_factory.mktemp("ruled") / "corpus")
    annotate_corpus(path, Settings(plugins=("entities", "quantities", "policy")))
    return path


def test_eval_with_a_model_compares_rules_model_and_union_on_documents_it_did_not_train_on(trained, ruled, tmp_path):
    result = CliRunner().invoke(cli, ["eval", str(ruled), "--model", str(trained["model"]),
                                      "--report", str(tmp_path / "report.json")])

    assert result.exit_code == 0, result.output
    unseen = len(ids_in("test"))
    assert f"on {unseen} gold documents the model did not train on ({len(gold_documents()) - unseen} it trained on" \
           in " ".join(result.output.split())
    comparison = json.loads((tmp_path / "report.json").read_text())["model_comparison"]
    assert comparison["documents"] == unseen
    rows = {(f["family"], f["plugin"]): f["scores"]["exact"][ALL] for f in comparison["families"]}
    assert set(rows) == {(family, system) for family in LABELS for system in (RULES, MODEL, UNION)}
    test_gold = sum(len(d.spans) for d in gold_documents() if d.id in ids_in("test"))
    assert sum(rows[(family, MODEL)]["possible"] for family in LABELS) == test_gold
    for family in LABELS:
        rules, model, union = rows[(family, RULES)], rows[(family, MODEL)], rows[(family, UNION)]
        assert max(rules["actual"], model["actual"]) <= union["actual"] <= rules["actual"] + model["actual"]
        assert union["recall"] >= rules["recall"]
    assert rows[("entities", MODEL)]["f1"] > 0.5


def test_comparing_a_model_on_the_documents_it_trained_on_is_refused(trained, tmp_path):
    corpus = Corpus.create(tmp_path / "seen", name="seen")
    corpus.declare(LABELS)
    corpus.save(d for d in gold_documents() if d.id in ids_in("train"))

    with pytest.raises(CorpusError, match=r"the model .* trained on all \d+ documents .* annotated by a person"):
        compare_with_model(corpus.path, trained["model"])
    result = CliRunner().invoke(cli, ["eval", str(corpus.path), "--model", str(tmp_path)])
    assert result.exit_code == 1 and "is not a saved spaCy pipeline" in result.output


def test_annotate_run_with_model_skips_what_is_up_to_date_and_plain_eval_leaves_it_out(trained, corpus_copy):
    arguments = ["run", str(corpus_copy), "--model", str(trained["model"]), "--plugin", "model"]

    first = CliRunner().invoke(cli, arguments)
    again = CliRunner().invoke(cli, arguments)

    assert first.exit_code == 0, first.output
    assert f"0 documents pre-annotated, {len(gold_documents())} already up to date" in " ".join(again.output.split())
    assert all(s.source == ANNOTATION or s.by.startswith("model@") for d in Corpus.open(corpus_copy) for s in d.spans)
    assert evaluate_corpus(corpus_copy).families == []  # it trained on most of these documents
