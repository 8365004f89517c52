import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from distributed import Client

import annotate.corpus
from annotate.corpus import Corpus, validate_corpus
from annotate.engine import DaskEngine, annotate_corpus_on_dask
from annotate.errors import PluginError, SettingsError
from annotate.ingest import ingest
from annotate.pipeline import Annotator, annotate_corpus
from annotate.settings import Settings

from conftest import snapshot
from test_pipeline import FRAGILE, word_plugin

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

LOGGING_PLUGIN = word_plugin().replace("seen.extend(docs)", (  # sleeps, and logs "PID NUMBER" per document
    "seen.extend(docs); import os, time; time.sleep(float(os.environ.get('PLUGIN_SLEEP', '0')) * len(docs)); "
    "open(os.environ['PLUGIN_LOG'], 'a').write(''.join(f'{os.getpid()} {d.text.split()[1]}\\n' for d in docs))"))


def make_corpus(path, count, shard_size, monkeypatch, text="Doc {i} by Alice for Bob."):
    """A corpus of ``count`` documents in shards of ``shard_size``; Carol's document comes in the middle."""
    source = path.parent / f"{path.name}.jsonl"
    lines = [text.format(i=i) for i in range(count)]
    lines[count // 2] = f"Doc {count // 2} by Carol to Dave."
    source.write_text("".join(f'{{"id": "d{i:04d}", "text": "{t}"}}\n' for i, t in enumerate(lines)), "utf-8")
    with monkeypatch.context() as patch:
        patch.setattr(annotate.corpus, "SHARD_SIZE", shard_size)
        ingest([source], path)
    return path


def copy_of(path, name):
    return Path(shutil.copytree(path, path.parent / name, ignore=shutil.ignore_patterns(".annotate.lock")))


def corpus_files(path):
    return {name: data for name, data in snapshot(path).items() if name != ".annotate.lock"}


def gold_corpus(path, shard_size, monkeypatch):
    """The gold seed corpus (annotations and predictions) in shards of ``shard_size`` documents."""
    with monkeypatch.context() as patch:
        patch.setattr(annotate.corpus, "SHARD_SIZE", shard_size)
        Corpus.create(path, name="corpus").declare(Corpus.open(ROOT / "corpus").labels)
        Corpus.open(path).save(Corpus.open(ROOT / "corpus"))
    return path


@pytest.fixture
def in_process():
    """A local Dask cluster of two workers in this process (threads): fast to start."""
    with DaskEngine(workers=2, processes=False) as engine:
        yield engine


def test_a_run_on_dask_writes_the_same_corpus_and_report_as_the_local_run(
    install_plugin, tmp_path, blank_pipeline, monkeypatch, in_process
):
    install_plugin("caps", word_plugin())
    install_plugin("fragile", word_plugin(family="fragile", label="FRAGILE", condition=FRAGILE))
    local = make_corpus(tmp_path / "local", 40, 7, monkeypatch)
    distributed = copy_of(local, "distributed")
    settings = Settings(pipeline=blank_pipeline, plugins=("caps", "fragile"), batch_size=4)

    expected = annotate_corpus(local, settings)
    seen = []
    report = annotate_corpus_on_dask(distributed, in_process, settings, progress=seen.append)

    assert corpus_files(distributed) == corpus_files(local)
    assert (report.documents, report.annotated, report.skipped) == (40, 40, 0)
    assert report.spans == expected.spans and report.versions == {"caps": "1.0", "fragile": "1.0"}
    assert [(f.document, f.provenance, f.error) for f in report.failures] == [
        (f.document, f.provenance, f.error) for f in expected.failures] == [
        ("d0020", "fragile@1.0", "ZeroDivisionError: division by zero")]
    assert sum(seen) == 40 and len(seen) > len(Corpus.open(local).shards)  # per batch, not per shard


def test_a_second_run_on_dask_skips_what_is_done_and_a_new_version_replaces_its_own(
    install_plugin, tmp_path, blank_pipeline, monkeypatch, in_process
):
    install_plugin("caps", word_plugin())
    path = make_corpus(tmp_path / "corpus", 12, 5, monkeypatch)
    settings = Settings(pipeline=blank_pipeline, plugins=("caps",))
    annotate_corpus_on_dask(path, in_process, settings)
    before = corpus_files(path)

    again = annotate_corpus_on_dask(path, in_process, settings)
    assert (again.annotated, again.skipped) == (0, 12) and corpus_files(path) == before

    install_plugin("caps", word_plugin(version="2.0", condition="token.text == 'Alice'"))
    with DaskEngine(workers=2, processes=False) as fresh:  # a new cluster loads the new plugin version
        upgraded = annotate_corpus_on_dask(path, fresh, settings)
    assert (upgraded.annotated, upgraded.skipped) == (12, 0)
    assert {s.text for d in Corpus.open(path) for s in d.spans} == {"Alice"}
    assert Corpus.open(path).plugins == {"caps": "2.0"}


def test_a_run_on_dask_reads_and_writes_a_corpus_through_fsspec(install_plugin, tmp_path, blank_pipeline,
                                                              monkeypatch, in_process):
    """fsspec's memory file system: only this process sees it, so the workers are threads of this process."""
    import uuid

    import fsspec

    install_plugin("caps", word_plugin())
    local = make_corpus(tmp_path / "local", 12, 5, monkeypatch)
    root = f"/corpus-{uuid.uuid4().hex}"
    with monkeypatch.context() as patch:
        patch.setattr(annotate.corpus, "SHARD_SIZE", 5)
        memory = Corpus.create(f"memory://{root}", name=Corpus.open(local).name)
        memory.declare(Corpus.open(local).labels)
        memory.save(list(Corpus.open(local)))
    settings = Settings(pipeline=blank_pipeline, plugins=("caps",), batch_size=2)

    annotate_corpus(local, settings)
    report = annotate_corpus_on_dask(f"memory://{root}", in_process, settings)

    fs = fsspec.filesystem("memory")
    assert report.annotated == 12 and len(memory.shards) == 3
    assert {path.removeprefix(f"{root}/"): fs.cat(path) for path in fs.find(root)} == corpus_files(local)
    assert validate_corpus(f"memory://{root}") == validate_corpus(local)


def test_fail_fast_on_dask_stops_with_the_plugin_and_the_document_and_keeps_a_valid_corpus(
    install_plugin, tmp_path, blank_pipeline, monkeypatch, in_process
):
    install_plugin("fragile", word_plugin(condition=FRAGILE))
    path = make_corpus(tmp_path / "corpus", 30, 5, monkeypatch)
    with pytest.raises(PluginError, match=r"plugin 'fragile' failed on document 'd0015': ZeroDivisionError"):
        annotate_corpus_on_dask(path, in_process, Settings(pipeline=blank_pipeline, plugins=("fragile",)),
                                fail_fast=True)
    assert validate_corpus(path)[0] == 30
    assert "d0015" not in {d.id for d in Corpus.open(path) if d.predicted_by}


def test_an_unreachable_scheduler_is_one_sentence(tmp_path, monkeypatch):
    from annotate.engine import EngineError

    path = make_corpus(tmp_path / "corpus", 2, 5, monkeypatch)
    with pytest.raises(EngineError, match="the Dask scheduler at tcp://127.0.0.1:9 cannot be reached") as raised:
        annotate_corpus_on_dask(path, DaskEngine(scheduler="tcp://127.0.0.1:9", connect_seconds=1))
    assert "\n" not in str(raised.value)



def jsonl_source(path, count, changed=()):
    texts = [f"Text {i} by Alice." if i not in changed else f"Text {i} changed." for i in range(count)]
    lines = [f'{{"id": "t{i:03d}", "text": "{text}", "meta": {{"n": {i}}}}}' for i, text in enumerate(texts)]
    lines.insert(9, "")  # a blank line: skipped, and line numbers still count it
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_ingest_on_dask_writes_the_same_corpus_as_the_local_ingest_and_a_changed_text_replaces(
    tmp_path, monkeypatch, in_process
):
    from annotate.engine import ingest_on_dask

    monkeypatch.setattr(annotate.corpus, "SHARD_SIZE", 7)
    source = jsonl_source(tmp_path / "docs.jsonl", 30)
    ingest([source], tmp_path / "local", name="docs")
    seen = []
    report = ingest_on_dask([source], tmp_path / "distributed", in_process, name="docs", progress=seen.append)

    assert len(report.added) == 30 and sum(seen) == 30
    assert len(Corpus.open(tmp_path / "local").shards) == 5
    assert corpus_files(tmp_path / "distributed") == corpus_files(tmp_path / "local")
    assert Corpus.open(tmp_path / "local").get("t012").meta == {"source": f"{source}:14", "n": 12}

    jsonl_source(source, 30, changed={3, 20})
    ingest([source], tmp_path / "local")
    again = ingest_on_dask([source], tmp_path / "distributed", in_process)
    assert (sorted(again.updated), len(again.unchanged), again.added) == (["t003", "t020"], 28, [])
    assert corpus_files(tmp_path / "distributed") == corpus_files(tmp_path / "local")


def test_ingest_on_dask_checks_everything_before_writing_anything(tmp_path, monkeypatch, in_process):
    from annotate.engine import ingest_on_dask
    from annotate.errors import SourceError

    monkeypatch.setattr(annotate.corpus, "SHARD_SIZE", 5)
    path = make_corpus(tmp_path / "corpus", 6, 5, monkeypatch)
    before = corpus_files(path)
    source = jsonl_source(tmp_path / "docs.jsonl", 30)
    lines = source.read_text().split("\n")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(lines[:17] + ['{"id": "broken", "text": '] + lines[17:]), "utf-8")
    with pytest.raises(SourceError, match=f"^{bad} line 18 is not valid JSON"):
        ingest_on_dask([bad], path, in_process)
    twice = tmp_path / "twice.jsonl"
    twice.write_text(source.read_text() + lines[25] + "\n", "utf-8")
    with pytest.raises(SourceError, match=f"^{twice} line 32: document id 't024' is also used by {twice} line 26"):
        ingest_on_dask([twice], path, in_process)
    assert corpus_files(path) == before and sorted(p.name for p in path.iterdir()) == [
        ".annotate.lock", "annotate.json", "documents"]



@pytest.mark.parametrize("unit", ["document", "sentence"])
def test_export_on_dask_writes_the_same_dataset_as_the_local_export(tmp_path, monkeypatch, in_process, unit):
    from annotate.engine import export_on_dask
    from annotate.export import export_dataset, write_docbin

    corpus = gold_corpus(tmp_path / "corpus", 2, monkeypatch)
    expected = export_dataset(corpus, tmp_path / "local", include_predictions=True, unit=unit, seed=3)
    seen = []
    report = export_on_dask(corpus, tmp_path / "distributed", in_process, include_predictions=True, unit=unit,
                            seed=3, progress=seen.append)

    assert len(Corpus.open(corpus).shards) == 3 and sum(seen) == 5
    assert snapshot(tmp_path / "distributed") == snapshot(tmp_path / "local")
    assert (report.documents, report.rows, report.untagged) == (expected.documents, expected.rows, expected.untagged)
    with pytest.raises(SettingsError, match="the dask engine exports the hf format"):
        export_on_dask(corpus, tmp_path / "docbin", in_process, write_docbin)


# A real cluster: `dask scheduler` and `dask worker` as separate OS processes on 127.0.0.1.


@pytest.fixture
def cluster(tmp_path):
    """Start a scheduler; ``start_worker()`` adds a single-threaded worker process (no nanny)."""
    scheduler_file = tmp_path / "scheduler.json"
    processes = [subprocess.Popen(
        [BIN / "dask", "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
         "--scheduler-file", scheduler_file], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    deadline = time.time() + 30
    while not scheduler_file.exists() and time.time() < deadline:
        time.sleep(0.1)
    client = Client(scheduler_file=str(scheduler_file), timeout=30)

    class Cluster:
        address = client.scheduler.address

        @staticmethod
        def start_worker():
            count = len(client.nthreads())
            worker = subprocess.Popen(
                [BIN / "dask", "worker", "--scheduler-file", scheduler_file, "--nthreads", "1", "--no-nanny",
                 "--no-dashboard", "--host", "127.0.0.1", "--local-directory", tmp_path / "scratch"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            processes.append(worker)
            client.wait_for_workers(count + 1, timeout=60)
            return worker

    yield Cluster
    client.close()
    for process in reversed(processes):
        process.kill()
        process.wait()


def annotate_command(*args, check=True):
    result = subprocess.run([BIN / "annotate", *map(str, args)], capture_output=True, text=True, timeout=120)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_run_and_export_on_a_cluster_of_two_equal_the_local_path_with_the_built_in_plugins(
    tmp_path, monkeypatch, cluster
):
    """The gold seed corpus, one document per shard, with every built-in plugin and the real pipeline."""
    cluster.start_worker()
    cluster.start_worker()
    local = gold_corpus(tmp_path / "local", 1, monkeypatch)
    distributed = copy_of(local, "distributed")

    annotate_command("run", local, "--force")  # a new process, like the workers: the plugins as they are now
    on_cluster = annotate_command("run", distributed, "--force", "--scheduler", cluster.address)

    assert "5 documents pre-annotated" in on_cluster.stdout
    assert len(Corpus.open(local).shards) == 5
    assert corpus_files(distributed) == corpus_files(local)
    annotate_command("export", local, tmp_path / "local-export", "--with-predictions")
    annotate_command("export", distributed, tmp_path / "cluster-export", "--with-predictions",
                     "--scheduler", cluster.address)
    assert snapshot(tmp_path / "cluster-export") == snapshot(tmp_path / "local-export")


def test_a_worker_killed_mid_run_loses_nothing_and_writes_nothing_twice(
    install_plugin, tmp_path, blank_pipeline, monkeypatch, cluster
):
    install_plugin("logged", LOGGING_PLUGIN)
    log = tmp_path / "predicted.log"
    monkeypatch.setenv("PLUGIN_LOG", str(log))
    monkeypatch.setenv("PLUGIN_SLEEP", "0.01")
    path = make_corpus(tmp_path / "corpus", 200, 20, monkeypatch)
    victim, survivor = cluster.start_worker(), cluster.start_worker()
    run = subprocess.Popen(
        [BIN / "annotate", "run", path, "--plugin", "logged", "--pipeline", blank_pipeline, "--batch-size", "1",
         "--scheduler", cluster.address], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def predicted_by(pid):
        lines = log.read_text().split("\n") if log.exists() else []
        return [line.split()[1] for line in lines if line.startswith(f"{pid} ")]

    deadline = time.time() + 60
    while len(predicted_by(victim.pid)) < 25 and time.time() < deadline:  # into its second shard
        time.sleep(0.02)
    victim.send_signal(signal.SIGKILL)
    stdout, stderr = run.communicate(timeout=120)

    assert run.returncode == 0, stderr
    assert "200 documents pre-annotated, 0 already up to date" in stdout  # no finished shard ran again
    killed, survived = predicted_by(victim.pid), predicted_by(survivor.pid)
    assert 25 <= len(killed) < 200 and set(killed) | set(survived) == {str(i) for i in range(200)}
    redone = set(killed) & set(survived)  # the victim's unfinished shard, predicted again on the survivor
    assert 0 < len(redone) <= 20 and len(survived) == 200 - len(killed) + len(redone)
    assert validate_corpus(path) == (200, 600)  # Doc, Alice or Carol, Bob or Dave
    assert all(d.predicted_by == {"logged": "1.0"} for d in Corpus.open(path))


def test_ctrl_c_on_dask_keeps_finished_shards_and_exits_130(
    install_plugin, tmp_path, blank_pipeline, monkeypatch
):
    install_plugin("logged", LOGGING_PLUGIN)
    log = tmp_path / "predicted.log"
    monkeypatch.setenv("PLUGIN_LOG", str(log))
    monkeypatch.setenv("PLUGIN_SLEEP", "0.02")
    path = make_corpus(tmp_path / "corpus", 200, 20, monkeypatch)
    # Ctrl-C is restored in the child: a test run started in the background has it ignored, and children inherit that.
    run = subprocess.Popen(
        [BIN / "annotate", "run", path, "--plugin", "logged", "--pipeline", blank_pipeline, "--batch-size", "2",
         "--engine", "dask", "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 60
    while (not log.exists() or len(log.read_text().splitlines()) < 30) and time.time() < deadline:
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGINT)  # as a terminal does: to the driver and its workers
    _, stderr = run.communicate(timeout=60)

    assert run.returncode == 130, stderr
    assert "Interrupted: finished shards are saved" in stderr and "Traceback" not in stderr
    documents, spans = validate_corpus(path)
    done = [d for d in Corpus.open(path) if d.predicted_by]
    assert documents == 200 and 30 <= len(done) < 200 and spans == 3 * len(done)
    predicted = {line.split()[1] for line in log.read_text().splitlines()}
    assert {d.id for d in done} == {f"d{int(i):04d}" for i in predicted}  # what a worker finished was written
