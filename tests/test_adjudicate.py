"""Adjudication: strategies, provenance of the settled spans, and the adjudicated set as gold."""

from __future__ import annotations

import json

import datasets
import pytest
from click.testing import CliRunner
from conftest import snapshot
from review_fixtures import ALICE_DIFFER, ANNOTATIONS, MONEY, build_corpus, two_annotators  # noqa: F401

from annotate.adjudicate import ADJUDICATED, Strategy, adjudicate_corpus, merge
from annotate.cli import cli
from annotate.corpus import Corpus, validate_corpus
from annotate.errors import SettingsError
from annotate.evaluate import evaluate_corpus
from annotate.export import export_dataset


def adjudicated(path, doc_id):
    return sorted((s.text, s.label, tuple(s.annotators or ())) for s in Corpus.open(path).get(doc_id).annotations(ADJUDICATED))


def test_majority_of_two_keeps_what_both_have(two_annotators):
    report = adjudicate_corpus(two_annotators, Strategy.parse("majority"))
    assert sorted(report.adjudicated) == ["differ", "same"] and report.unanimous == ["same"]
    assert report.differing == ["differ"] and report.single == 1
    assert adjudicated(two_annotators, "differ") == [("5 million dollars", "MONEY", ("alice", "bob"))]
    assert adjudicated(two_annotators, "same") == [("Beta Ltd", "ORG", ("alice", "bob")), ("Spain", "GPE", ("alice", "bob"))]
    assert adjudicated(two_annotators, "alone") == []
    document = Corpus.open(two_annotators).get("differ")
    assert [(r.annotator, r.status) for r in document.reviews if r.annotator == ADJUDICATED] == [(ADJUDICATED, "completed")]
    (money,) = document.annotations(ADJUDICATED)
    assert money.attrs["value"] == MONEY["value"], "a tie between two values goes to the first annotator by name"
    validate_corpus(two_annotators)
    line = next(json.loads(line) for line in (two_annotators / "documents" / "00000.jsonl").read_text().splitlines()
                if json.loads(line)["id"] == "same")
    assert all(s["annotators"] == ["alice", "bob"] for s in line["spans"] if s["by"] == ADJUDICATED)


def test_union_takes_every_span_and_settles_overlaps(two_annotators):
    adjudicate_corpus(two_annotators, Strategy.parse("union"))
    assert adjudicated(two_annotators, "differ") == [
        ("5 million dollars", "MONEY", ("alice", "bob")),
        ("Acme Corp", "ORG", ("alice",)),  # overlaps bob's Acme: the longer one wins
        ("France", "GPE", ("alice",)),  # alice's GPE and bob's LOC: one vote each, the same length: GPE sorts first
        ("Paris", "GPE", ("alice",)),
    ]


def test_prefer_an_annotator(two_annotators):
    adjudicate_corpus(two_annotators, Strategy.parse("prefer=bob"))
    assert adjudicated(two_annotators, "differ") == [
        ("5 million dollars", "MONEY", ("alice", "bob")), ("Acme", "ORG", ("bob",)), ("France", "LOC", ("bob",))]
    money = next(s for s in Corpus.open(two_annotators).get("differ").annotations(ADJUDICATED) if s.label == "MONEY")
    assert money.attrs["value"] == 5.0, "the preferred annotator breaks a tie of attributes"


def test_three_annotators_majority_and_prefer(tmp_path):
    annotations = {"differ": {**ANNOTATIONS["differ"], "carol": ALICE_DIFFER[:2] + [("Paris", "LOC", "entities")]}}
    path = tmp_path / "three"
    build_corpus(path, annotations)
    document = Corpus.open(path).get("differ")
    people = ["alice", "bob", "carol"]
    majority = merge(document, people, Strategy("majority"))
    assert sorted((s.text, s.label, tuple(s.annotators)) for s in majority) == [
        ("5 million dollars", "MONEY", ("alice", "bob")), ("Acme Corp", "ORG", ("alice", "carol")),
        ("France", "GPE", ("alice", "carol"))]
    preferred = merge(document, people, Strategy("prefer", "carol"))
    assert sorted((s.text, s.label) for s in preferred) == [
        ("5 million dollars", "MONEY"), ("Acme Corp", "ORG"), ("France", "GPE"), ("Paris", "LOC")]


def test_an_existing_adjudicated_set_is_kept_unless_redone(two_annotators):
    adjudicate_corpus(two_annotators, Strategy.parse("majority"))
    before = snapshot(two_annotators)
    again = adjudicate_corpus(two_annotators, Strategy.parse("union"))
    assert sorted(again.kept) == ["differ", "same"] and again.adjudicated == []
    assert snapshot(two_annotators) == before
    redone = adjudicate_corpus(two_annotators, Strategy.parse("union"), redo=True)
    assert sorted(redone.adjudicated) == ["differ", "same"]
    assert len(adjudicated(two_annotators, "differ")) == 4


def test_documents_that_differ_can_be_left_for_a_reviewer(two_annotators):
    report = adjudicate_corpus(two_annotators, Strategy.parse("majority"), defer_differing=True)
    assert report.deferred == ["differ"] and report.adjudicated == ["same"]
    assert adjudicated(two_annotators, "differ") == []


def test_export_and_eval_take_the_adjudicated_set_as_gold(two_annotators, tmp_path):
    adjudicate_corpus(two_annotators, Strategy.parse("prefer=bob"))
    out = tmp_path / "export"
    export_dataset(two_annotators, out, splits={"train": 1.0})
    rows = {row["id"]: row for row in datasets.load_dataset(str(out), "spans", split="train")}
    assert sorted((s["text"], s["label"], s["by"]) for s in rows["differ"]["spans"]) == [
        ("5 million dollars", "MONEY", ADJUDICATED), ("Acme", "ORG", ADJUDICATED), ("France", "LOC", ADJUDICATED)]
    assert {s["by"] for s in rows["alone"]["spans"]} == {"alice"}, "without an adjudicated set: the annotator"

    report = evaluate_corpus(two_annotators)
    entities = next(f for f in report.families if f.family == "entities")
    # predictions on the adjudicated "differ" (Acme, France LOC) and "same", and on alice's "alone"
    assert entities.scores["exact"]["ORG"].possible == 3 and entities.scores["exact"]["ORG"].correct == 1
    assert entities.scores["exact"]["LOC"].possible == 1 and entities.scores["exact"]["LOC"].correct == 0


def test_strategy_names_are_checked(two_annotators):
    for bad in ("most", "prefer=", "union=alice"):
        with pytest.raises(SettingsError, match="is not one of majority, union, prefer=ANNOTATOR"):
            Strategy.parse(bad)
    with pytest.raises(SettingsError, match="no document that zoe completed"):
        adjudicate_corpus(two_annotators, Strategy.parse("prefer=zoe"))


def test_cli_adjudicate(two_annotators):
    runner = CliRunner()
    result = runner.invoke(cli, ["adjudicate", str(two_annotators), "--strategy", "union"])
    assert result.exit_code == 0, result.output
    assert "2 documents completed by two or more annotators, 1 of them with differences" in result.output
    assert "2 adjudicated by union (1 unanimous, 6 spans)" in result.output
    again = runner.invoke(cli, ["adjudicate", str(two_annotators)])
    assert "2 kept as they were" in again.output and "--redo" in again.output
    bad = runner.invoke(cli, ["adjudicate", str(two_annotators), "--strategy", "best"])
    assert bad.exit_code == 1 and bad.output.count("\n") == 1 and "strategy 'best'" in bad.output
