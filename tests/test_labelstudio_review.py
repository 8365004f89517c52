"""Several annotators and a reviewer on the real Label Studio server.

Two annotator accounts made by ``studio up --user`` take tasks from the label stream and
submit annotations with their own API tokens, as the labeling page does; then pull,
agree, ``adjudicate --to-studio``, a reviewer's decision, pull again and export.
"""

from __future__ import annotations

import json

import datasets
import httpx
import pytest
from click.testing import CliRunner
from conftest import snapshot

from annotate.adjudicate import ADJUDICATED
from annotate.agreement import agreement
from annotate.cli import cli
from annotate.corpus import Corpus
from annotate.evaluate import evaluate_corpus
from annotate.labelstudio import StudioError
from annotate.labelstudio.server import LocalServer, Login
from annotate.labelstudio.sync import Sidecar, Studio, pull_history, span_to_region

pytest_plugins = ["labelstudio_fixtures"]
pytestmark = pytest.mark.labelstudio

ANN, BEA = "ann@example.com", "bea@example.com"


def next_task(person: Login, url: str, project: int) -> dict:
    """The task the label stream gives a person next, as the labeling page asks for it."""
    response = httpx.get(f"{url}/api/projects/{project}/next", headers={"Authorization": f"Token {person.token}"},
                         timeout=60)
    assert response.status_code == 200, response.text
    return response.json()


def regions(spans):
    return [{key: value for key, value in span_to_region(span).items() if key != "meta"} for span in spans]


def keys(spans):
    return sorted((s.family, s.start, s.end, s.label) for s in spans)


def test_annotator_accounts_overlap_agreement_review_and_export(studio_server, studio, seed_corpus, tmp_path):
    runner = CliRunner()
    data_dir = str(studio_server.data_dir)
    up = runner.invoke(cli, ["studio", "up", str(seed_corpus), "--data-dir", data_dir, "--user", ANN,
                             "--user", BEA.upper(), "--annotators-per-task", "2"])
    assert up.exit_code == 0, up.output
    logins = {login.email: login for login in LocalServer(studio_server.data_dir).annotators()}
    assert {ANN, BEA} <= set(logins) and all(logins[e].password in up.output for e in (ANN, BEA))
    assert "Each task is annotated by 2 people" in up.output and up.output.count("made now") == 2
    again = runner.invoke(cli, ["studio", "up", str(seed_corpus), "--data-dir", data_dir, "--user", ANN])
    assert again.exit_code == 0 and "made before" in again.output, again.output
    refused = runner.invoke(cli, ["studio", "up", str(seed_corpus), "--data-dir", data_dir, "--user", "not-an-email"])
    assert refused.exit_code == 1 and refused.output.splitlines()[-1].startswith("Error: ")
    assert "refused the account not-an-email: Enter a valid email address" in refused.output.splitlines()[-1]

    project = Sidecar.load(seed_corpus).link(studio.url)["project"]
    assert studio.project(project)["maximum_annotations"] == 2
    ann, bea = Studio(studio.url, logins[ANN].token), Studio(studio.url, logins[BEA].token)
    assert (ann.user.email, bea.user.email) == (ANN, BEA)
    documents = {d.id: d for d in Corpus.open(seed_corpus)}

    # Two documents: on the first the annotators differ, on the second they agree.
    first = next_task(logins[ANN], studio.url, project)
    document = documents[first["data"]["doc_id"]]
    predictions = sorted(document.predictions(), key=lambda s: s.key())
    dropped = next(s for s in predictions if s.label == "DATE")
    relabelled = next(s for s in predictions if s.label == "GPE")
    ann_version = [s for s in predictions if s is not dropped]
    with ann.talking("annotating"):
        ann.client.annotations.create(first["id"], result=regions(ann_version))
    assert next_task(logins[BEA], studio.url, project)["id"] == first["id"], "with two annotators per task bea gets ann's task too"
    bea_spans = [*predictions]
    bea_spans[bea_spans.index(relabelled)] = document.make_span(relabelled.start, relabelled.end, "LOC", "entities",
                                                               "annotation", BEA)
    with bea.talking("annotating"):
        bea.client.annotations.create(first["id"], result=regions(bea_spans))
    second = next_task(logins[ANN], studio.url, project)
    assert second["id"] != first["id"] and next_task(logins[BEA], studio.url, project)["id"] == second["id"]
    agreed = documents[second["data"]["doc_id"]].predictions()
    for person in (ann, bea):
        with person.talking("annotating"):
            person.client.annotations.create(second["id"], result=regions(agreed))

    pulled = runner.invoke(cli, ["studio", "pull", str(seed_corpus), "--data-dir", data_dir])
    assert pulled.exit_code == 0 and "2 documents updated, 4 annotations completed" in pulled.output, pulled.output
    corpus = Corpus.open(seed_corpus)
    assert keys(corpus.get(document.id).annotations(ANN)) == keys(ann_version)
    assert keys(corpus.get(document.id).annotations(BEA)) == keys(bea_spans)

    report = agreement(seed_corpus)
    assert report.annotators == [ANN, BEA] and report.documents == 2
    (pair,) = report.pairs
    total = len(ann_version) + len(agreed) + len(bea_spans) + len(agreed)
    shared = len(predictions) - 2 + len(agreed)
    assert pair.exact_f1 == pytest.approx(2 * shared / total)
    assert [d.id for d in report.ranked_documents] == [document.id, second["data"]["doc_id"]]
    agree = runner.invoke(cli, ["agree", str(seed_corpus)])
    assert agree.exit_code == 0 and ANN in agree.output and "Krippendorff" in agree.output

    adjudicated = runner.invoke(cli, ["adjudicate", str(seed_corpus), "--to-studio", "--data-dir", data_dir])
    assert adjudicated.exit_code == 0, adjudicated.output
    assert "1 adjudicated by majority (1 unanimous" in adjudicated.output
    assert "1 left for a reviewer" in adjudicated.output and "1 documents to review (1 new" in adjudicated.output
    review = Sidecar.load(seed_corpus).link(studio.url)["review"]
    assert list(review["documents"]) == [document.id]
    (task,) = studio.tasks(review["project"], with_annotations=True)
    assert task["data"]["doc_id"] == document.id and task["data"]["annotators"] == f"{ANN}, {BEA}"
    shown = {p["model_version"]: sorted((r["value"]["start"], r["value"]["end"], r["value"]["labels"][0])
                                        for r in p["result"]) for p in task["predictions"]}
    assert shown == {
        ANN: sorted(s.key() for s in ann_version),
        BEA: sorted(s.key() for s in bea_spans),
        "adjudicate majority": sorted(s.key() for s in ann_version if s is not relabelled),
    }

    resent = runner.invoke(cli, ["adjudicate", str(seed_corpus), "--to-studio", "--data-dir", data_dir])
    assert "1 documents to review (0 new, 0 with new versions, 1 unchanged)" in resent.output, resent.output
    assert len(studio.tasks(review["project"], with_annotations=False)) == 1

    # The reviewer keeps ann's version but takes bea's LOC and the DATE ann left out.
    decided = [s for s in ann_version if s is not relabelled] + [bea_spans[predictions.index(relabelled)], dropped]
    with studio.talking("reviewing"):
        studio.client.annotations.create(task["id"], result=regions(decided))
    before = len(pull_history(seed_corpus))
    pulled = runner.invoke(cli, ["studio", "pull", str(seed_corpus), "--data-dir", data_dir])
    assert pulled.exit_code == 0, pulled.output
    assert f"1 adjudicated sets stored (reviewed by {studio.user.email})" in pulled.output
    settled = Corpus.open(seed_corpus).get(document.id)
    assert keys(settled.annotations(ADJUDICATED)) == keys(decided)
    who = {(s.start, s.end, s.label): s.annotators for s in settled.annotations(ADJUDICATED)}
    assert who[(relabelled.start, relabelled.end, "LOC")] == [BEA]
    assert who[dropped.key()] == [BEA]
    assert all(who[s.key()] == [ANN, BEA] for s in ann_version if s is not relabelled)
    assert any(r.annotator == ADJUDICATED and r.status == "completed" for r in settled.reviews)
    history = pull_history(seed_corpus)
    assert len(history) == before + 1
    assert history[-1]["adjudicated"] == [{"document": document.id, "reviewer": studio.user.email}]

    unchanged = snapshot(seed_corpus)
    quiet = runner.invoke(cli, ["studio", "pull", str(seed_corpus), "--data-dir", data_dir])
    assert quiet.exit_code == 0 and "0 adjudicated sets stored" in quiet.output, quiet.output
    assert snapshot(seed_corpus) == unchanged

    out = tmp_path / "export"
    exported = runner.invoke(cli, ["export", str(seed_corpus), str(out), "--split", "train=1"])
    assert exported.exit_code == 0, exported.output
    rows = {row["id"]: row for row in datasets.load_dataset(str(out), "spans", split="train")}
    assert sorted(rows) == sorted([document.id, second["data"]["doc_id"]])
    assert {s["by"] for row in rows.values() for s in row["spans"]} == {ADJUDICATED}
    assert sorted((s["start"], s["end"], s["label"]) for s in rows[document.id]["spans"]) == \
        sorted(s.key() for s in decided)
    gold = sum(f.scores["exact"]["ALL"].possible for f in evaluate_corpus(seed_corpus).families)
    assert gold == len(decided) + len(agreed)


def test_a_pull_of_a_corpus_never_pushed_is_one_sentence(studio, unicode_corpus):
    from annotate.labelstudio.sync import pull

    with pytest.raises(StudioError, match="has not been pushed"):
        pull(unicode_corpus, studio)
    assert json.loads((unicode_corpus / "annotate.json").read_text())["format"] == "annotate-corpus"
