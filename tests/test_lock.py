"""One writer at a time, checked with real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from annotate.corpus import Corpus, validate_corpus
from annotate.ingest import ingest
from annotate.lock import CorpusBusy, corpus_writer, holder

SLOW_PLUGIN = '''
import os, time
from annotate import hookimpl

__version__ = "1.0"

@hookimpl
def annotate_labels(register):
    register("caps", "CAP", "a capitalised word")

@hookimpl
def annotate_predictor(nlp, settings):
    def predict(docs, emit):
        open(os.environ["STARTED_MARKER"], "w").close()
        deadline = time.time() + 60
        while not os.path.exists(os.environ["RELEASE_MARKER"]) and time.time() < deadline:
            time.sleep(0.02)
        for doc in docs:
            for token in doc:
                if token.text[:1].isupper():
                    emit(doc, token.idx, token.idx + len(token), "CAP")
    return predict
'''


def read_until(stream, text: str, timeout: float = 120) -> str:
    """Lines of ``stream`` up to the first that contains ``text``."""
    import selectors

    selector = selectors.DefaultSelector()
    selector.register(stream, selectors.EVENT_READ)
    seen, deadline = "", time.time() + timeout
    while text not in seen and time.time() < deadline:
        if selector.select(timeout=1):
            line = stream.readline()
            if not line:
                break
            seen += line
    return seen


@pytest.fixture
def busy_corpus(tmp_path, install_plugin, blank_pipeline, monkeypatch):
    """A corpus, and a way to start an `annotate run` on it in another process that holds on
    until ``release()``."""
    install_plugin("slow", SLOW_PLUGIN)
    marker = tmp_path / "started"
    released = tmp_path / "released"
    monkeypatch.setenv("STARTED_MARKER", str(marker))
    monkeypatch.setenv("RELEASE_MARKER", str(released))
    source = tmp_path / "docs.jsonl"
    source.write_text("".join(f'{{"id": "d{i}", "text": "Doc {i} by Alice."}}\n' for i in range(160)), "utf-8")
    ingest([source], tmp_path / "corpus")
    corpus = tmp_path / "corpus"
    run = [sys.executable, "-m", "annotate", "run", str(corpus), "--plugin", "slow", "--pipeline", blank_pipeline,
           "--batch-size", "4"]
    started = []

    def start(*extra):
        marker.unlink(missing_ok=True)
        process = subprocess.Popen(run + list(extra), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        started.append(process)
        deadline = time.time() + 60
        while not marker.exists() and time.time() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the run did not start"
        return process

    def release():
        released.touch()

    yield corpus, run, start, release
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_a_second_run_stops_naming_the_process_that_writes(busy_corpus):
    corpus, run, start, release = busy_corpus
    first = start()
    second = subprocess.run(run, capture_output=True, text=True, timeout=60)
    assert second.returncode == 1 and "Traceback" not in second.stderr
    assert f"corpus {corpus} is being written by process {first.pid} (annotate run)" in second.stderr
    assert "--wait" in second.stderr
    release()
    first.communicate(timeout=120)
    assert first.returncode == 0 and validate_corpus(corpus) == (160, 320)


def test_ingest_during_a_run_stops_and_with_wait_it_goes_in_after(busy_corpus, tmp_path):
    corpus, run, start, release = busy_corpus
    more = tmp_path / "more.jsonl"
    more.write_text('{"id": "late", "text": "Late text by Bob."}\n', "utf-8")
    ingest_command = [sys.executable, "-m", "annotate", "ingest", str(more), str(corpus)]
    first = start()
    refused = subprocess.run(ingest_command, capture_output=True, text=True, timeout=60)
    assert refused.returncode == 1 and f"being written by process {first.pid} (annotate run)" in refused.stderr
    waiting = subprocess.Popen(ingest_command + ["--wait"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    told = read_until(waiting.stderr, "waiting for it to finish")
    assert f"being written by process {first.pid} (annotate run); waiting for it to finish" in told
    assert waiting.poll() is None
    release()
    waiting.communicate(timeout=120)
    assert waiting.returncode == 0
    assert first.wait(timeout=120) == 0
    documents = {d.id: d for d in Corpus.open(corpus)}
    assert len(documents) == 161 and "slow" not in documents["late"].predicted_by
    assert all("slow" in d.predicted_by for i, d in documents.items() if i != "late")


def test_two_runs_with_wait_never_interleave(busy_corpus):
    corpus, run, start, release = busy_corpus
    first = start()
    second = subprocess.Popen(run + ["--wait"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert "waiting for it to finish" in read_until(second.stderr, "waiting for it to finish")
    release()
    stdout, _ = second.communicate(timeout=180)
    second.stdout = stdout
    assert first.wait(timeout=120) == 0 and second.returncode == 0
    assert "160 already up to date" in second.stdout  # it read the corpus after the first run wrote it
    assert validate_corpus(corpus) == (160, 320)


def test_a_lock_left_by_a_killed_process_is_stale(busy_corpus):
    corpus, run, start, release = busy_corpus
    first = start()
    assert holder(corpus)["pid"] == first.pid
    first.send_signal(signal.SIGKILL)
    first.wait()
    assert holder(corpus) is None
    release()
    result = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert all("slow" in d.predicted_by for d in Corpus.open(corpus))


def test_the_lock_is_reentrant_in_one_process_and_refuses_another(tmp_path):
    with corpus_writer(tmp_path, "outer"):
        with corpus_writer(tmp_path, "inner"):
            assert holder(tmp_path) is not None
        other = subprocess.run(
            [sys.executable, "-c", "import sys; from annotate.lock import corpus_writer\n"
             f"with corpus_writer({str(tmp_path)!r}, 'other'): pass"],
            capture_output=True, text=True)
        assert other.returncode != 0 and "CorpusBusy" in other.stderr
        assert f"by process {os.getpid()} (outer)" in other.stderr
    assert holder(tmp_path) is None
    with corpus_writer(tmp_path, "again"):
        assert holder(tmp_path)["command"] == "again"
