"""Agreement between annotators: span F1, Krippendorff's alpha over tokens, attributes, ranking."""

from __future__ import annotations

import json

import krippendorff
import numpy as np
import pytest
from click.testing import CliRunner
from review_fixtures import ALICE_DIFFER, ANNOTATIONS, build_corpus, two_annotators  # noqa: F401 (a fixture)

from annotate.adjudicate import Strategy, adjudicate_corpus
from annotate.agreement import ALL, agreement
from annotate.cli import cli
from annotate.errors import CorpusError


def row(report, family, label):
    return next(r for r in report.labels if (r.family, r.label) == (family, label))


def test_pairwise_span_f1_exact_and_overlap(two_annotators):
    report = agreement(two_annotators)
    assert report.annotators == ["alice", "bob"] and report.documents == 2  # "alone" has one annotator
    (pair,) = report.pairs
    assert pair.annotators == ("alice", "bob") and pair.documents == 2
    # entities: alice 5 spans, bob 4; exactly shared: Beta Ltd, Spain
    entities = row(report, "entities", ALL)
    assert entities.spans == {"alice": 5, "bob": 4}
    assert entities.exact_f1 == pytest.approx(2 * 2 / 9)
    # overlapping with the same label: also Acme Corp / Acme (France is GPE against LOC, Paris is missed)
    assert entities.overlap_f1 == pytest.approx(2 * 3 / 9)
    assert row(report, "entities", "ORG").exact_f1 == pytest.approx(0.5)
    assert row(report, "entities", "ORG").overlap_f1 == pytest.approx(1.0)
    assert row(report, "entities", "GPE").exact_f1 == pytest.approx(2 * 1 / 4)
    assert row(report, "entities", "LOC").exact_f1 == 0
    assert row(report, "quantities", "MONEY").exact_f1 == pytest.approx(1.0)
    # all families together: 3 of alice's 6 and bob's 5 spans are shared exactly
    assert pair.exact_f1 == pytest.approx(2 * 3 / 11)
    assert pair.families["quantities"]["exact_f1"] == pytest.approx(1.0)


def test_alpha_over_tokens_matches_krippendorff_on_the_token_labels(two_annotators):
    report = agreement(two_annotators)
    # tokens of "differ" then "same"; codes: 0 none, then the labels used in the family in name order
    codes = {"GPE": 1, "LOC": 2, "ORG": 3}
    differ = "Acme Corp sold goods to France for 5 million dollars in Paris .".split()
    same = "Beta Ltd opened an office in Spain .".split()
    alice = [codes["ORG"], codes["ORG"]] + [0] * 3 + [codes["GPE"]] + [0] * 5 + [codes["GPE"], 0]
    bob = [codes["ORG"], 0, 0, 0, 0, codes["LOC"]] + [0] * 6 + [0]
    both_same = [codes["ORG"], codes["ORG"], 0, 0, 0, 0, codes["GPE"], 0]
    assert len(alice) == len(bob) == len(differ) and len(both_same) == len(same)
    data = np.array([alice + both_same, bob + both_same], dtype=float)
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal", value_domain=[0, 1, 2, 3])
    assert row(report, "entities", ALL).alpha == pytest.approx(expected)
    gpe = (data == codes["GPE"]).astype(float)
    assert row(report, "entities", "GPE").alpha == pytest.approx(
        krippendorff.alpha(reliability_data=gpe, level_of_measurement="nominal", value_domain=[0, 1]))
    assert row(report, "quantities", "MONEY").alpha == pytest.approx(1.0)
    assert 0 < row(report, "entities", ALL).alpha < 1


def test_attributes_of_exactly_matched_spans(two_annotators):
    report = agreement(two_annotators)
    attributes = {(a.family, a.attribute): (a.agreed, a.compared) for a in report.attributes}
    assert attributes == {("quantities", "value"): (0, 1), ("quantities", "unit"): (1, 1),
                          ("quantities", "change"): (1, 1), ("quantities", "surface_unit"): (1, 1)}


def test_documents_with_the_lowest_agreement_come_first(two_annotators):
    ranked = agreement(two_annotators).ranked_documents
    assert [d.id for d in ranked] == ["differ", "same"]
    assert ranked[0].exact_f1 == pytest.approx(2 * 1 / 7) and ranked[0].disagreements == 5
    assert ranked[1].exact_f1 == 1.0 and ranked[1].disagreements == 0


def test_the_adjudicated_set_is_not_an_annotator(two_annotators):
    before = agreement(two_annotators)
    adjudicate_corpus(two_annotators, Strategy.parse("union"))
    after = agreement(two_annotators)
    assert after.annotators == ["alice", "bob"] and after.to_dict() == before.to_dict()


def test_three_annotators_alpha_uses_missing_values(tmp_path):
    annotations = {doc: dict(people) for doc, people in ANNOTATIONS.items()}
    annotations["differ"]["carol"] = ALICE_DIFFER
    build_corpus(tmp_path / "three", annotations)
    report = agreement(tmp_path / "three")
    assert report.annotators == ["alice", "bob", "carol"]
    assert [pair.annotators for pair in report.pairs] == [("alice", "bob"), ("alice", "carol"), ("bob", "carol")]
    assert report.pairs[1].documents == 1 and report.pairs[1].exact_f1 == 1.0
    assert row(report, "entities", ALL).spans == {"alice": 5, "bob": 4, "carol": 3}
    only = agreement(tmp_path / "three", ["alice", "carol"])
    assert only.annotators == ["alice", "carol"] and row(only, "entities", ALL).alpha == pytest.approx(1.0)


def test_no_document_with_two_annotators_is_an_error(tmp_path):
    build_corpus(tmp_path / "one", {"alone": ANNOTATIONS["alone"]})
    with pytest.raises(CorpusError, match="no document completed by two or more annotators"):
        agreement(tmp_path / "one")


def test_cli_prints_tables_and_writes_the_json_report(two_annotators, tmp_path):
    out = tmp_path / "agreement.json"
    result = CliRunner().invoke(cli, ["agree", str(two_annotators), "--report", str(out)])
    assert result.exit_code == 0, result.output
    for text in ("alice", "bob", "Krippendorff", "MONEY", "value", "differ", f"report written to {out}"):
        assert text in result.output
    data = json.loads(out.read_text())
    assert data["annotators"] == ["alice", "bob"] and data["ranked_documents"][0]["id"] == "differ"
    assert {"family", "label", "spans", "exact_f1", "overlap_f1", "alpha"} <= data["labels"][0].keys()

    missing = CliRunner().invoke(cli, ["agree", str(tmp_path / "nowhere")])
    assert missing.exit_code == 1 and missing.output.count("\n") == 1 and "does not exist" in missing.output
