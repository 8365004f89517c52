"""Running a corpus's shards on Dask distributed: one task per shard, the pipeline loaded once per worker.

:class:`DaskEngine` starts a ``LocalCluster`` sized to the cores (one single-threaded
worker process per core: spaCy is CPU-bound) or attaches to a running scheduler
whose workers see the corpus path. :meth:`DaskEngine.map` runs a function over
shards with a bounded number of tasks in flight, hands each result to the driver as
it comes back, turns the workers' progress events into calls of ``progress(n)``, and
on Ctrl-C or an error stops the run: tasks not yet started return at once, a running
task writes the documents it finished and stops after its batch, and only then does
the exception propagate (so the corpus lock is released when no worker writes).

:func:`annotate_corpus_on_dask` is :func:`annotate.pipeline.annotate_corpus` on an
engine: the driver holds the corpus lock for the whole run and writes the manifest;
each worker predicts whole shards with :func:`annotate.pipeline.annotate_shard` and
writes them, atomically, exactly as the local path does. :func:`export_on_dask` has
the workers tokenize and write each shard's rows, which the driver joins in shard
order; :func:`ingest_on_dask` has them read and check JSON Lines files in chunks of a
shard, staged in the corpus until everything has been read.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import threading
import time
import uuid
import weakref
from collections import deque
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from distributed import Client, Event, LocalCluster, as_completed, get_worker, wait
from distributed.client import FutureCancelledError
from distributed.scheduler import KilledWorker

from annotate_plugins.readers import jsonl_documents  # the built-in JSON Lines reader, read in chunks

from . import FORMAT_VERSION
from . import corpus as corpus_format
from .corpus import MANIFEST_NAME, Corpus, paused_gc
from .errors import AnnotateError, SettingsError, SourceError
from .export import (
    ExportOptions, Exporter, ExportReport, JsonLinesFiles, finish_hf_dataset, hf_rows, make_tokenizer,
    replacing_directory, write_hf_dataset,
)
from .ingest import IngestReport, corpus_directory, source_files, text_changed, to_document
from .lock import corpus_writer
from .model import Document
from .pipeline import Annotator, Progress, RunReport, annotate_shard
from .plugins import PluginHost
from .settings import Settings

PROGRESS_TOPIC = "annotate-progress"
STOP_CHECK_SECONDS = 0.5  # how often a running task asks whether the driver stopped the run
DRAIN_SECONDS = 120  # how long a stopped run waits for running tasks to write their shard
CONNECT_SECONDS = 10


class EngineError(AnnotateError):
    """The cluster cannot be reached or lost the work of a shard."""


class Stopped(Exception):
    """Raised inside a task when the driver has stopped the run."""


class DaskEngine:
    """A Dask client, on a new ``LocalCluster`` or attached to ``scheduler`` (``tcp://HOST:PORT``).

    The cluster starts on first use and closes with the engine (an attached cluster
    keeps running). ``workers`` sizes a local cluster (default: the cores);
    ``processes=False`` runs its workers as threads of this process (for file
    systems that only this process sees, such as fsspec's ``memory://``).
    """

    def __init__(self, scheduler: str | None = None, workers: int | None = None, processes: bool = True,
                 connect_seconds: float = CONNECT_SECONDS):
        self.scheduler = scheduler
        self.connect_seconds = connect_seconds
        self.workers = workers or os.cpu_count() or 1
        self.processes = processes
        self._cluster: LocalCluster | None = None
        self._client: Client | None = None

    @property
    def client(self) -> Client:
        if self._client is None:
            self._client = self._connect()
        return self._client

    def _connect(self) -> Client:
        if self.scheduler:
            try:
                return Client(self.scheduler, timeout=self.connect_seconds, set_as_default=False)
            except (OSError, TimeoutError) as error:
                raise EngineError(f"the Dask scheduler at {self.scheduler} cannot be reached "
                                  f"({' '.join(str(error).split())[:200]})") from None
        with _ignoring_ctrl_c():  # the workers inherit it: Ctrl-C in a terminal reaches the driver only
            self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=self.processes,
                                         dashboard_address="127.0.0.1:0", silence_logs=40)
        return Client(self._cluster, set_as_default=False)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = self._cluster = None

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    @property
    def description(self) -> str:
        if self.scheduler:
            return f"the Dask cluster at {self.scheduler}"
        return f"a local Dask cluster of {self.workers} worker{'s' if self.workers != 1 else ''}"

    def call(self, function: Callable, *args: Any) -> Any:
        """``function(*args)`` on one worker."""
        return self.client.submit(function, *args, pure=False).result()

    def map(self, function: Callable, items: Sequence[Hashable], *args: Any,
            size_of: Callable[[Any], int] | None = None, progress: Progress | None = None,
            on_result: Callable[[Hashable, Any], None] | None = None, name: str = "annotate") -> list[Any]:
        """``function(item, *args, signals)`` for each item on the workers; the results in item order.

        The task reports progress through ``signals.progress(n)`` and is stopped through the
        same call. ``size_of(result)`` is an item's total, so that ``progress`` reaches it when
        the item's result arrives, whatever the task (or a retry after a worker died) reported.
        """
        client = self.client
        run = uuid.uuid4().hex[:12]
        stop = Event(f"{name}-stop-{run}", client=client)
        counts = _ProgressCounts(progress, size_of)
        if progress is not None:
            client.subscribe_topic(PROGRESS_TOPIC, lambda event: counts.event(run, event[1]))
        pending = deque(enumerate(items))
        running: dict[Any, tuple[int, Hashable]] = {}
        results: list[Any] = [None] * len(items)
        queue = as_completed(loop=client.loop)

        def submit_next() -> None:
            index, item = pending.popleft()
            signals = TaskSignals(run, index, stop.name)
            future = client.submit(function, item, *args, signals, pure=False, key=f"{name}-{index}-{run}")
            running[future] = (index, item)
            queue.add(future)

        def fill() -> None:
            window = max(2, 2 * sum(client.nthreads().values()))
            while pending and len(running) < window:
                submit_next()

        try:
            fill()
            for future in queue:
                index, item = running.pop(future)
                results[index] = _result(future, item)
                counts.finished(index, results[index])
                if on_result is not None:
                    on_result(item, results[index])
                fill()
        except BaseException:
            self._stop(stop, running)
            raise
        finally:
            if progress is not None:
                client.unsubscribe_topic(PROGRESS_TOPIC)
        return results

    def _stop(self, stop: Event, running: dict) -> None:
        """Tell the tasks to stop and wait until none is writing (a second Ctrl-C stops waiting)."""
        try:
            stop.set()
            wait(list(running), timeout=DRAIN_SECONDS)
        except BaseException:
            pass
        finally:
            try:
                self.client.cancel(list(running))
            except Exception:
                pass


@contextmanager
def _ignoring_ctrl_c() -> Iterator[None]:
    """SIGINT ignored in this process for the block (processes started meanwhile keep ignoring it)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _result(future: Any, item: Hashable) -> Any:
    try:
        return future.result()
    except KilledWorker as error:
        last = getattr(getattr(error, "last_worker", None), "address", "unknown")
        raise EngineError(f"the task for {item} was not done: each worker that ran it died (the last: {last}); "
                          f"see the workers' logs") from None
    except FutureCancelledError:
        raise EngineError(f"the task for {item} was cancelled on the cluster") from None


class _ProgressCounts:
    """Per-item progress from the workers' events, turned into increments of one bar."""

    def __init__(self, progress: Progress | None, size_of: Callable[[Any], int] | None):
        self.progress = progress
        self.size_of = size_of
        self.shown: dict[int, int] = {}
        self.lock = threading.Lock()

    def _advance(self, index: int, done: int) -> None:
        with self.lock:
            step = done - self.shown.get(index, 0)
            if step <= 0:
                return
            self.shown[index] = done
        self.progress(step)

    def event(self, run: str, message: Any) -> None:
        if self.progress is not None and isinstance(message, dict) and message.get("run") == run:
            self._advance(message["item"], message["done"])

    def finished(self, index: int, result: Any) -> None:
        if self.progress is not None and self.size_of is not None:
            self._advance(index, self.size_of(result))


class TaskSignals:
    """A task's line to its driver: progress events out, the stop flag in."""

    def __init__(self, run: str, index: int, stop_name: str):
        self.run = run
        self.index = index
        self.stop_name = stop_name
        self.done = 0
        self._checked = 0.0

    def check(self) -> None:
        """Raise :class:`Stopped` if the driver has stopped the run (asked at most every half second)."""
        now = time.monotonic()
        if now - self._checked < STOP_CHECK_SECONDS:
            return
        self._checked = now
        if Event(self.stop_name).is_set():
            raise Stopped(f"run {self.run} stopped")

    def progress(self, count: int) -> None:
        self.done += count
        get_worker().log_event(PROGRESS_TOPIC, {"run": self.run, "item": self.index, "done": self.done})
        self.check()


# Worker side: what a worker loads (the pipeline and plugins, a tokenizer) is loaded once and kept.

_loaded: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # worker -> key -> loaded object
_loading = threading.Lock()


def worker_cached(key: Hashable, load: Callable[[], Any]) -> Any:
    """``load()`` on this worker's first call with ``key``; the same object on every later call."""
    with _loading:
        cache = _loaded.setdefault(get_worker(), {})
        if key not in cache:
            cache[key] = load()
        return cache[key]


def worker_annotator(settings: Settings, fail_fast: bool) -> Annotator:
    """This worker's :class:`Annotator` for ``settings``: loaded on first use, then reused."""
    key = ("annotator", json.dumps(asdict(settings), sort_keys=True, default=str), fail_fast)
    return worker_cached(key, lambda: Annotator.load(settings, fail_fast=fail_fast))


def describe_annotator(settings: Settings, fail_fast: bool) -> tuple[dict, dict]:
    """The labels and plugin versions a worker's Annotator has."""
    annotator = worker_annotator(settings, fail_fast)
    return annotator.labels(), annotator.versions


def annotate_shard_task(shard: str, corpus_path: str, settings: Settings, fail_fast: bool, force: bool,
                        versions: dict[str, str], signals: TaskSignals) -> RunReport:
    """Pre-annotate one shard on a worker; runs with the driver's plugin versions only."""
    signals.check()
    annotator = worker_annotator(settings, fail_fast)
    if annotator.versions != versions:
        raise SettingsError(
            f"the worker {get_worker().address} has the plugins {_named(annotator.versions)} but the run uses "
            f"{_named(versions)}; install the same plugin versions on every worker")
    return annotate_shard(worker_corpus(corpus_path), shard, annotator, force, signals.progress)


def worker_corpus(corpus_path: str) -> Corpus:
    """Open the corpus on a worker; one that does not see it says so."""
    try:
        return Corpus.open(corpus_path)
    except AnnotateError as error:
        raise AnnotateError(f"the worker {get_worker().address} cannot read the corpus: {error}") from None


def _named(versions: dict[str, str]) -> str:
    return ", ".join(f"{name}@{version}" for name, version in sorted(versions.items())) or "none"


def shared_path(path: str | os.PathLike) -> str:
    """A corpus path as every worker should see it: absolute, or an fsspec URL as it is."""
    return str(path) if "://" in str(path) else str(Path(path).resolve())


def shared_settings(settings: Settings) -> Settings:
    """Settings as workers elsewhere should see them: a pipeline or option naming a path here, made absolute."""

    def shared(value: Any) -> Any:
        return str(Path(value).resolve()) if isinstance(value, str) and value and Path(value).exists() else value

    options = {plugin: {key: shared(value) for key, value in values.items()}
               for plugin, values in settings.options.items()}
    return replace(settings, pipeline=shared(settings.pipeline), options=options)


def annotate_corpus_on_dask(
    path: str | os.PathLike,
    engine: DaskEngine,
    settings: Settings | None = None,
    force: bool = False,
    fail_fast: bool = False,
    progress: Progress | None = None,
    wait: bool = False,
    waiting: Callable[[str], None] | None = None,
) -> RunReport:
    """:func:`annotate.pipeline.annotate_corpus` with one task per shard on ``engine``.

    The driver holds the corpus lock, declares the plugins' labels and versions (as a
    worker loaded them) and merges the shards' reports in shard order.
    """
    settings = shared_settings(settings or Settings())
    with corpus_writer(path, "annotate run", wait=wait, waiting=waiting):
        corpus = Corpus.open(path)
        labels, versions = engine.call(describe_annotator, settings, fail_fast)
        corpus.declare(labels, versions)
        reports = engine.map(annotate_shard_task, corpus.shards, shared_path(path), settings, fail_fast, force,
                             versions, size_of=lambda report: report.documents, progress=progress,
                             name="annotate-run")
    report = RunReport(versions=versions)
    for shard_report in reports:
        report.merge(shard_report)
    return report



# Ingest: each JSON Lines file in chunks of one shard's documents, read, checked and staged by the workers.

STAGING_PREFIX = ".ingest-"
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class Chunk:
    """Lines of a JSON Lines file: bytes ``[start, end)``, the first being line ``first_line``."""

    path: str  # as the user named it: in ids, meta and messages, as the local path has it
    location: str  # absolute: as the workers open it
    start: int
    end: int
    first_line: int
    number: int = 0  # its place among all the chunks of an ingest

    def __str__(self) -> str:
        return f"{self.path} from line {self.first_line}"


def jsonl_chunks(path: Path, documents_per_chunk: int) -> list[Chunk]:
    """A JSON Lines file cut at line ends into chunks of ``documents_per_chunk`` non-blank lines."""
    chunks, start, first_line, count, offset = [], 0, 1, 0, 0
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if count == documents_per_chunk and line.strip():
                chunks.append(Chunk(str(path), str(path.resolve()), start, offset, first_line))
                start, first_line, count = offset, number, 0
            offset += len(line)
            count += bool(line.strip())
    if count:
        chunks.append(Chunk(str(path), str(path.resolve()), start, offset, first_line))
    return chunks


def text_digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def stage_chunk(chunk: Chunk, staging: str, manifest: dict, signals: TaskSignals) -> list[tuple[str, str, str]]:
    """Read, check and write one chunk as a shard of the staging corpus; its documents' (id, where, digest)."""
    signals.check()
    host = worker_cached("plugins", PluginHost.discover)
    with open(chunk.location, "rb") as handle:
        handle.seek(chunk.start)
        data = handle.read(chunk.end - chunk.start)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SourceError(f"{chunk.path} is not UTF-8 text: byte 0x{data[error.start]:02x} at offset "
                          f"{chunk.start + error.start} cannot be decoded") from None
    if chunk.start == 0:
        text = text.removeprefix("\ufeff")
    documents, seen = [], []
    for raw in jsonl_documents(Path(chunk.path), text.split("\n"), chunk.first_line):
        where = raw.pop("where")
        documents.append(to_document(raw, where, host, manifest["labels"]))
        seen.append((documents[-1].id, where, text_digest(documents[-1].text)))
    name = staged_shard(chunk.number)
    Corpus(Path(staging), {**manifest, "shards": [name]}).write_shard(name, documents)
    signals.progress(len(documents))
    return seen


def staged_shard(index: int) -> str:
    return f"{index:05d}.jsonl"


def shard_digests(shard: str, corpus_path: str, signals: TaskSignals) -> dict[str, tuple[str, bool]]:
    """id -> (text digest, whether a person annotated it) for each document of a stored shard."""
    signals.check()
    corpus = worker_corpus(corpus_path)
    return {d.id: (text_digest(d.text), bool(d.annotations() or d.reviews)) for d in corpus.read_shard(shard)}


def ingest_on_dask(
    paths: Sequence[str | os.PathLike],
    corpus_path: str | os.PathLike,
    engine: DaskEngine,
    name: str | None = None,
    settings: Settings | None = None,
    progress: Progress | None = None,
    wait: bool = False,
    waiting: Callable[[str], None] | None = None,
) -> IngestReport:
    """:func:`annotate.ingest.ingest` with JSON Lines files read and checked on ``engine``.

    Each JSON Lines file is cut into chunks of one shard's documents; a worker reads,
    checks and writes each chunk as a shard of a staging directory inside the corpus.
    Other files are read here. Only when everything has been read and checked do the
    staged shards move into the corpus (new documents; an existing document whose text
    changed is replaced as the local path does); on any error the corpus is left as it was.
    """
    settings = settings or Settings()
    host = PluginHost.discover()
    labels = host.labels()
    chunks: list[Chunk] = []
    others: dict[str, tuple[Document, str]] = {}
    for file, raw_documents in source_files(paths, host, settings):
        if file.suffix.lower() in JSONL_SUFFIXES:
            chunks.extend(jsonl_chunks(file, corpus_format.SHARD_SIZE))  # the reader's generator is not started
            continue
        for raw in raw_documents:
            where = raw.pop("where", str(file))
            document = to_document(raw, where, host, labels)
            if document.id in others:
                raise SourceError(f"{where}: document id {document.id!r} is also used by {others[document.id][1]}")
            others[document.id] = (document, where)
    if not chunks and not others:
        raise SourceError(f"no documents found in {', '.join(map(str, paths))}")
    chunks = [replace(chunk, number=number) for number, chunk in enumerate(chunks)]

    path = corpus_directory(corpus_path)
    with corpus_writer(path, "annotate ingest", wait=wait, waiting=waiting):
        for stale in path.glob(f"{STAGING_PREFIX}*"):  # left by a killed ingest: nobody else writes now
            shutil.rmtree(stale, ignore_errors=True)
        staging = path / f"{STAGING_PREFIX}{uuid.uuid4().hex[:12]}"
        try:
            return _ingest_staged(path, staging, chunks, others, labels, name, engine, progress)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _ingest_staged(path: Path, staging: Path, chunks: list[Chunk], others: dict[str, tuple[Document, str]],
                   labels: dict, name: str | None, engine: DaskEngine, progress: Progress | None) -> IngestReport:
    manifest = {"format": "annotate-corpus", "format_version": FORMAT_VERSION, "name": "staging", "labels": labels,
                "plugins": {}, "shards": []}
    staged = engine.map(stage_chunk, chunks, str(staging.resolve()), manifest, progress=progress, size_of=len,
                        name="annotate-ingest") if chunks else []
    corpus = Corpus.open(path) if (path / MANIFEST_NAME).exists() else None
    stored: dict[str, tuple[str, bool]] = {}
    if corpus is not None and corpus.shards:
        for digests in engine.map(shard_digests, corpus.shards, shared_path(path), name="annotate-index"):
            stored.update(digests)

    report = IngestReport()
    origin = {doc_id: where for doc_id, (_, where) in others.items()}
    replaced: set[str] = set()
    for seen in staged:
        for doc_id, where, digest in seen:
            if doc_id in origin:
                raise SourceError(f"{where}: document id {doc_id!r} is also used by {origin[doc_id]}")
            origin[doc_id] = where
            _classify(doc_id, digest, where, stored, report, replaced)
    changed = []
    for doc_id, (document, where) in others.items():
        if _classify(doc_id, text_digest(document.text), where, stored, report, replaced):
            changed.append(document)

    corpus = corpus or Corpus.create(path, name)
    corpus.declare(labels)
    staging_corpus = Corpus(staging, {**manifest, "shards": [staged_shard(i) for i in range(len(staged))]})
    for index, seen in enumerate(staged):
        shard = staged_shard(index)
        if any(doc_id in stored for doc_id, _, _ in seen):  # rare: keep the new documents, replace the changed
            documents = staging_corpus.read_shard(shard)
            changed.extend(d for d in documents if d.id in replaced)
            staging_corpus.write_shard(shard, [d for d in documents if d.id not in stored])
            if all(doc_id in stored for doc_id, _, _ in seen):
                continue
        final = f"{len(corpus.shards):05d}.jsonl"
        corpus.shard_path(final).parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging_corpus.shard_path(shard), corpus.shard_path(final))
        corpus.manifest["shards"].append(final)
    corpus.save_manifest()
    if changed:
        corpus.save(changed)
    return report


def _classify(doc_id: str, digest: str, where: str, stored: dict[str, tuple[str, bool]], report: IngestReport,
              replaced: set[str]) -> bool:
    """Record a read document as added, updated or unchanged; True if it must be written."""
    if doc_id not in stored:
        report.added.append(doc_id)
        return True
    old_digest, annotated = stored[doc_id]
    if old_digest == digest:
        report.unchanged.append(doc_id)
        return False
    if annotated:
        raise SourceError(text_changed(where, doc_id))
    report.updated.append(doc_id)
    replaced.add(doc_id)
    return True



# Export: the rows of each shard tokenized and written on the workers, joined in shard order by the driver.


def export_shard(shard: str, corpus_path: str, parts: str, options: ExportOptions,
                 signals: TaskSignals) -> tuple[ExportReport, dict[tuple[str, str], tuple[str, int]], int]:
    """Write the hf rows of one shard under ``parts/SHARD/``: its report, its files and rows, its documents."""
    signals.check()
    documents = worker_corpus(corpus_path).read_shard(shard)
    report = ExportReport(Path(parts), "hf", list(options.splits), options.labels)
    nlp = worker_tokenizer(options.unit)
    with JsonLinesFiles(Path(parts) / shard) as files, paused_gc():
        for config, split, row in hf_rows(documents, options, report, nlp):
            files.write(config, split, row)
    signals.progress(len(documents))
    return report, {key: (files.relative_path(*key), files.rows[key]) for key in files.rows}, len(documents)


def worker_tokenizer(unit: str) -> Any:
    """This worker's export tokenizer for ``unit``, made on first use."""
    return worker_cached(("tokenizer", unit), lambda: make_tokenizer(unit))


def export_on_dask(corpus_path: str | os.PathLike, out_dir: str | os.PathLike, engine: DaskEngine,
                   exporter: Exporter | None = None, progress: Progress | None = None,
                   **choices: Any) -> ExportReport:
    """:func:`annotate.export.export_corpus` in the ``hf`` format with one task per shard on ``engine``.

    Each worker tokenizes its shard and writes its rows into the staging directory of
    the export; the driver joins them in shard order (so the files equal the local
    export's byte for byte) and writes the card and the report.
    """
    if exporter not in (None, write_hf_dataset):
        raise SettingsError("the dask engine exports the hf format; export other formats with --engine local")
    corpus = Corpus.open(corpus_path)
    options = ExportOptions.for_corpus(corpus, **choices)
    report = ExportReport(Path(out_dir), "hf", list(options.splits), options.labels)
    with replacing_directory(Path(out_dir)) as staging:
        parts = staging / ".parts"
        results = engine.map(export_shard, corpus.shards, shared_path(corpus_path), str(parts), options,
                             progress=progress, size_of=lambda result: result[2], name="annotate-export")
        with JsonLinesFiles(staging) as files:
            for shard, (shard_report, written, _) in zip(corpus.shards, results):
                report.merge(shard_report)
                for (config, split), (relative, rows) in written.items():
                    files.write_encoded(config, split, (parts / shard / relative).read_bytes(), rows)
        shutil.rmtree(parts)
        finish_hf_dataset(staging, report, options, files)
    return report
