"""The Label Studio sync against a real server: push, pull, idempotence and faults."""

from __future__ import annotations

import json
import re
from collections import Counter
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner
from conftest import snapshot

from annotate.cli import cli
from annotate.corpus import Corpus
from annotate.ingest import ingest
from annotate.labelstudio import StudioError
from annotate.labelstudio.config import labeling_config
from annotate.labelstudio.server import free_port
from annotate.labelstudio.sync import PREDICTIONS_VERSION, SIDECAR_NAME, Sidecar, Studio, pull, push
from annotate.pipeline import load_pipeline
from annotate.plugins import PluginHost
from annotate.settings import Settings

pytest_plugins = ["labelstudio_fixtures"]
pytestmark = pytest.mark.labelstudio


@pytest.fixture(scope="module")
def host():
    return PluginHost.discover()


def corpus_files(path):
    """The corpus's own files, without the sync's mapping."""
    return {name: content for name, content in snapshot(path).items() if name != SIDECAR_NAME}


def tasks_by_doc(studio, project):
    found = {}
    for task in studio.tasks(project, with_annotations=True):
        found.setdefault(task["data"]["doc_id"], []).append(task)
    return found


def region(start, end, label, family, text):
    return {"from_name": family, "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]}}


def keys(spans):
    return sorted((s.start, s.end, s.label) for s in spans)


def pick(spans, condition, what):
    found = [span for span in spans if condition(span)]
    assert found, f"the seed predictions have no {what} to correct"
    return found[0]


def test_labeling_config_has_a_labels_control_per_family_with_hints(host):
    view = ElementTree.fromstring(labeling_config(host.labels()))
    (text,) = view.findall("Text")
    controls = {control.get("name"): control for control in view.findall("Labels")}
    assert set(controls) == set(host.labels())
    for family, names in host.labels().items():
        assert controls[family].get("toName") == text.get("name")
        assert {label.get("value"): label.get("hint") for label in controls[family]} == names


def test_push_imports_every_document_once_with_its_predictions(studio, seed_corpus):
    report = push(seed_corpus, studio, batch_size=2)
    documents = {d.id: d for d in Corpus.open(seed_corpus)}
    assert report.project_created and sorted(report.imported) == sorted(documents)
    assert studio.project(report.project)["model_version"] == PREDICTIONS_VERSION, "else the label stream hides them"

    tasks = tasks_by_doc(studio, report.project)
    assert sorted(tasks) == sorted(documents) and all(len(found) == 1 for found in tasks.values())
    for doc_id, (task,) in tasks.items():
        document = documents[doc_id]
        assert task["data"]["text"] == document.text
        (prediction,) = task["predictions"]
        assert prediction["model_version"] == PREDICTIONS_VERSION
        pushed = sorted((r["value"]["start"], r["value"]["end"], r["value"]["labels"][0], r["from_name"],
                         r["value"]["text"], r["meta"]["by"], json.dumps(r["meta"]["attrs"], sort_keys=True))
                        for r in prediction["result"])
        assert pushed == sorted((s.start, s.end, s.label, s.family, s.text, s.by, json.dumps(s.attrs, sort_keys=True))
                                for s in document.predictions())

    again = push(seed_corpus, studio)
    assert not again.project_created and again.project == report.project
    assert (again.imported, again.predictions_replaced, again.unchanged) == ([], [], len(documents))
    assert sum(len(found) for found in tasks_by_doc(studio, report.project).values()) == len(documents)


def test_round_trip_of_a_persons_corrections(studio, seed_corpus, host):
    """Annotations made through the API as the labeling page makes them, pulled back exactly."""
    report = push(seed_corpus, studio)
    documents = {d.id: d for d in Corpus.open(seed_corpus)}
    first, skipped, mismatched = sorted(documents)[:3]
    document = documents[first]
    text = document.text
    predictions = sorted(document.predictions(), key=lambda s: s.key())
    tasks = {doc_id: found[0]["id"] for doc_id, found in tasks_by_doc(studio, report.project).items()}

    # The page starts from the prediction; the corrector then edits it.
    moved = pick(predictions, lambda s: s.family == "quantities" and re.match(r"[a-z]+ [$\d]", s.text),
                 "a quantity with an approximating word")
    relabelled = pick(predictions, lambda s: s.label == "GPE", "a GPE")
    deleted = pick(predictions, lambda s: s.label == "DATE", "a DATE")
    entity_ranges = [(s.start, s.end) for s in predictions if s.family == "entities"]
    added_start, added_end = next(
        (m.start(), m.end()) for m in re.finditer(r"\b[A-Z][a-z]+\b", text)
        if not any(a < m.end() and m.start() < b for a, b in entity_ranges)
    )
    moved_start = moved.start + moved.text.index(" ") + 1

    corrected, expected = [], []
    for span in predictions:
        start, label = span.start, span.label
        if span is deleted:
            continue
        if span is moved:
            start = moved_start
        if span is relabelled:
            label = "LOC"
        corrected.append(region(start, span.end, label, span.family, text))
        expected.append((start, span.end, label))
    corrected.append(region(added_start, added_end, "ORG", "entities", text))
    expected.append((added_start, added_end, "ORG"))

    other = documents[mismatched]
    kept = other.predictions()[0]
    bad = region(10, 20, "ORG", "entities", other.text)
    bad["value"]["text"] = "not the text"
    second = studio.client.users.create(username="second", email="second@example.com", password="second-pass-123")
    with studio.talking("annotating as a person would"):
        studio.client.annotations.create(tasks[first], result=corrected)
        studio.client.annotations.create(tasks[first], completed_by=second.id,
                                         result=[region(s.start, s.end, s.label, s.family, text) for s in predictions])
        studio.client.annotations.create(tasks[skipped], result=[], was_cancelled=True)
        studio.client.annotations.create(tasks[mismatched], result=[
            bad, region(kept.start, kept.end, kept.label, kept.family, other.text)])

    pulled = pull(seed_corpus, studio, host=host)
    me = studio.user.email
    after = {d.id: d for d in Corpus.open(seed_corpus)}
    assert keys(after[first].annotations(me)) == sorted(expected)
    assert keys(after[first].annotations("second@example.com")) == keys(predictions)
    assert keys(after[first].predictions()) == keys(predictions)
    assert all(s.text == text[s.start:s.end] for s in after[first].annotations())
    assert [(r.annotator, r.status) for r in after[first].reviews] == [(me, "completed"), ("second@example.com", "completed")]
    assert [(r.annotator, r.status) for r in after[skipped].reviews] == [(me, "cancelled")]
    assert after[skipped].annotations() == []
    assert keys(after[mismatched].annotations(me)) == [kept.key()]
    assert any("says it covers 'not the text'" in problem for problem in pulled.problems)

    nlp = load_pipeline(Settings().pipeline, host.spacy_components(host.plugins.values()))
    moved_span = next(s for s in after[first].annotations(me) if s.start == moved_start)
    assert moved_span.attrs == host.normalize(nlp(text), moved_start, moved.end, moved.label, Settings())
    assert moved_span.attrs["value"] == moved.attrs["value"] and moved_span.attrs["change"] != moved.attrs["change"]
    assert all(s.attrs == {} for s in after[first].annotations() if s.family != "quantities")

    expected_changes = Counter({(moved.label, "rebounded"): 1, ("GPE", "relabelled"): 1, ("ORG", "added"): 1})
    expected_changes[(deleted.label, "removed")] += 1
    for span in other.predictions()[1:]:
        expected_changes[(span.label, "removed")] += 1
    assert Counter({(label, kind): n for label, counts in pulled.per_label().items()
                    for kind, n in counts.items()}) == expected_changes

    before_again = snapshot(seed_corpus)
    again = pull(seed_corpus, studio, host=host)
    assert again.changes == [] and again.documents_updated == []
    assert snapshot(seed_corpus) == before_again

    # New predictions for one document: pushed again, the people's annotations stay on both sides.
    corpus = Corpus.open(seed_corpus)
    changed = corpus.get(first)
    changed.replace_predictions("quantities", "9.9", [s for s in changed.predictions("quantities")][1:])
    corpus.save([changed])
    repushed = push(seed_corpus, studio)
    assert repushed.predictions_replaced == [first] and repushed.imported == []
    task = next(t for t in studio.tasks(report.project, with_annotations=True) if t["id"] == tasks[first])
    assert len(task["annotations"]) == 2
    (prediction,) = task["predictions"]
    assert len(prediction["result"]) == len(changed.predictions())
    final = pull(seed_corpus, studio, host=host)
    assert final.changes == []
    assert keys(Corpus.open(seed_corpus).get(first).annotations(me)) == sorted(expected)


def test_pull_reports_a_document_whose_text_changed_since_push(studio, unicode_corpus, host):
    report = push(unicode_corpus, studio)
    corpus = Corpus.open(unicode_corpus)
    document = corpus.get("unicode")
    pushed_text = document.text
    task = tasks_by_doc(studio, report.project)["unicode"][0]
    start = pushed_text.index("Horgos")
    with studio.talking("annotating"):
        studio.client.annotations.create(task["id"], result=[region(start, start + 6, "GPE", "entities", pushed_text)])
    document.text = pushed_text.replace("every week", "every day")
    for span in document.spans:
        span.text = document.text[span.start:span.end]
    corpus.save([document])
    before = corpus_files(unicode_corpus)

    pulled = pull(unicode_corpus, studio, host=host)
    assert any("'unicode' changed since it was pushed" in problem for problem in pulled.problems)
    assert corpus_files(unicode_corpus) == before

    repushed = push(unicode_corpus, studio)
    assert repushed.text_conflicts == ["unicode"]
    assert tasks_by_doc(studio, report.project)["unicode"][0]["data"]["text"] == pushed_text


def test_wrong_token_is_one_sentence(studio_server):
    with pytest.raises(StudioError) as error:
        Studio(studio_server.url, "0" * 40)
    assert "refused the API token" in str(error.value) and "\n" not in str(error.value)


def test_no_server_and_wrong_url_are_one_sentence(studio_server):
    with pytest.raises(StudioError, match="no Label Studio server answers at http://127.0.0.1:"):
        Studio(f"http://127.0.0.1:{free_port()}", studio_server.login().token)
    with pytest.raises(StudioError, match="not an http"):
        Studio("127.0.0.1:8080", studio_server.login().token)


def test_deleted_project_fails_the_pull_and_is_made_again_by_push(studio, unicode_corpus, host):
    first = push(unicode_corpus, studio)
    with studio.talking("deleting the project"):
        studio.client.projects.delete(first.project)
    before = snapshot(unicode_corpus)
    with pytest.raises(StudioError, match=f"project {first.project} no longer exists"):
        pull(unicode_corpus, studio, host=host)
    assert snapshot(unicode_corpus) == before

    second = push(unicode_corpus, studio)
    assert second.vanished_project == first.project and second.project != first.project
    assert sorted(second.imported) == sorted(d.id for d in Corpus.open(unicode_corpus))
    assert all(len(found) == 1 for found in tasks_by_doc(studio, second.project).values())


def test_repush_after_a_partial_import_adopts_the_imported_tasks(studio, seed_corpus):
    """Tasks imported by a push that died before it saved the mapping are found, not imported again."""
    first = push(seed_corpus, studio, batch_size=2)
    sidecar = Sidecar.load(seed_corpus)
    documents = sidecar.link(studio.url)["documents"]
    lost = sorted(documents)[2:]
    for doc_id in lost:
        del documents[doc_id]
    sidecar.save()

    second = push(seed_corpus, studio)
    assert second.project == first.project
    assert sorted(second.adopted) == lost and second.imported == []
    assert sorted(second.predictions_replaced) == lost
    tasks = tasks_by_doc(studio, first.project)
    assert all(len(found) == 1 for found in tasks.values()) and len(tasks) == 5
    assert all(len(found[0]["predictions"]) == 1 for found in tasks.values())


def test_server_stopped_mid_push_then_push_again_finishes(throwaway_server, seed_corpus):
    studio = Studio(throwaway_server.url, throwaway_server.login().token)
    before = corpus_files(seed_corpus)
    sent = []

    def stop_after_first_batch(count):
        sent.append(count)
        throwaway_server.stop()

    with pytest.raises(StudioError) as error:
        push(seed_corpus, studio, batch_size=2, progress=stop_after_first_batch)
    assert "no Label Studio server answers" in str(error.value) and "\n" not in str(error.value)
    assert sent == [2]
    assert corpus_files(seed_corpus) == before
    assert len(Sidecar.load(seed_corpus).link(studio.url)["documents"]) == 2

    throwaway_server.start()
    report = push(seed_corpus, Studio(throwaway_server.url, throwaway_server.login().token))
    assert len(report.imported) == 3 and report.adopted == []
    tasks = tasks_by_doc(studio, report.project)
    assert len(tasks) == 5 and all(len(found) == 1 for found in tasks.values())


def test_cli_up_reuses_the_running_server_then_push_pull_status(studio_server, studio, unicode_corpus):
    runner = CliRunner()
    up = runner.invoke(cli, ["studio", "up", str(unicode_corpus), "--data-dir", str(studio_server.data_dir)])
    assert up.exit_code == 0, up.output
    assert "already running" in up.output and studio_server.login().password in up.output
    assert "3 tasks imported" in up.output

    pushed = runner.invoke(cli, ["studio", "push", str(unicode_corpus), "--url", studio_server.url,
                                 "--token", studio_server.login().token])
    assert pushed.exit_code == 0 and "3 unchanged" in pushed.output, pushed.output
    pulled = runner.invoke(cli, ["studio", "pull", str(unicode_corpus), "--data-dir", str(studio_server.data_dir)])
    assert pulled.exit_code == 0 and "0 documents updated" in pulled.output, pulled.output
    status = runner.invoke(cli, ["studio", "status", str(unicode_corpus), "--data-dir", str(studio_server.data_dir)])
    assert f"runs at {studio_server.url}" in status.output and "3 tasks" in status.output

    refused = runner.invoke(cli, ["studio", "push", str(unicode_corpus), "--url", studio_server.url, "--token", "x" * 40])
    assert refused.exit_code == 1
    assert refused.output.count("\n") == 1 and "refused the API token" in refused.output


def test_a_corpus_without_predictions_is_pushed(studio, tmp_path):
    source = tmp_path / "plain.jsonl"
    source.write_text('{"id": "plain", "text": "Nothing was run on this text about Horgos."}\n', "utf-8")
    ingest([source], tmp_path / "unpredicted")
    report = push(tmp_path / "unpredicted", studio)
    assert report.imported == ["plain"]
    task = tasks_by_doc(studio, report.project)["plain"][0]
    assert task["data"]["text"].startswith("Nothing was run")
