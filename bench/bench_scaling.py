"""Benchmark: `annotate run` and `annotate export` on 1 and 2 Dask workers, side by side in one run.

Each measurement starts a local Dask cluster of single-threaded worker processes, loads
what the workers need once (the pipeline and plugins for a run: a worker does this once,
whatever the corpus; it is not timed), then times the command:
  - run:    --docs documents generated from the seeds as bench_run.py makes them, in shards
            of --shard-size documents (the shard is the unit of work, so a corpus needs at
            least as many shards as workers), with every plugin (or --plugin ...);
  - export: the hf export (with predictions) of --export-docs copies of the gold seed corpus
            (as bench_export.py makes them; about 280 spans a document), in shards of 500.
The throughput ratio of 2 workers to 1 is printed for each, beside what the machine gives two
processes in the same run (two busy loops at once against one, before and after: 2.00x on
two idle cores, less when other work shares them). Then, for each size of
--memory-docs, the run and the export of a corpus of that size on 2 workers report each
worker's peak memory (the high-water resident set of the worker process, VmHWM), which should not
grow with the corpus: a worker holds one shard at a time.

    python bench/bench_scaling.py --docs 400 --export-docs 4000 --memory-docs 1000 10000 --memory-paragraphs 2
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_export import build_corpus  # noqa: E402
from bench_run import generate  # noqa: E402

from distributed import get_task_stream  # noqa: E402

import annotate.corpus  # noqa: E402
from annotate.engine import (  # noqa: E402
    DaskEngine, annotate_corpus_on_dask, describe_annotator, export_on_dask, worker_tokenizer,
)
from annotate.ingest import ingest  # noqa: E402
from annotate.settings import Settings  # noqa: E402


def busy(_: object = None) -> float:
    """Seconds of a fixed pure-Python loop."""
    started = time.perf_counter()
    total = 0
    for i in range(20_000_000):
        total += i
    return time.perf_counter() - started


def machine_ceiling() -> float:
    """What the machine gives two processes right now: the throughput of two busy loops at once over one."""
    one = busy()
    processes = [multiprocessing.get_context("fork").Process(target=busy) for _ in range(2)]
    started = time.perf_counter()
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    return 2 * one / (time.perf_counter() - started)


def peak_rss_mb() -> float:
    """The process's own peak resident set: Linux's VmHWM, which starts anew at exec. (``ru_maxrss``
    keeps the high-water mark of the process a worker was forked from, here the driver, so it
    grows with whatever the driver holds.)"""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def warm(engine: DaskEngine, settings: Settings) -> None:
    """Load the pipeline and plugins on every worker."""
    client = engine.client
    client.wait_for_workers(engine.workers)
    client.gather([client.submit(describe_annotator, settings, False, workers=[address], allow_other_workers=False,
                                 pure=False) for address in client.nthreads()])


def warm_export(engine: DaskEngine) -> None:
    """Make the export tokenizer on every worker, and import what the dataset card needs here."""
    import datasets  # noqa: F401

    client = engine.client
    client.wait_for_workers(engine.workers)
    client.gather([client.submit(lambda: worker_tokenizer("document") and None, workers=[address],
                                 allow_other_workers=False, pure=False) for address in client.nthreads()])


def timed(command, workers: int, settings: Settings | None = None) -> tuple[float, list[float], float]:
    """Seconds of ``command(engine)`` on a new local cluster, each worker's peak memory in MB, and the
    share of the time the workers spent in tasks (the rest they waited for the driver or the scheduler).

    With ``settings`` the workers load that pipeline first, else the export tokenizer."""
    with DaskEngine(workers=workers) as engine:
        if settings is not None:
            warm(engine, settings)
        else:
            warm_export(engine)
        with get_task_stream(engine.client) as stream:
            started = time.perf_counter()
            command(engine)
            seconds = time.perf_counter() - started
        in_tasks = sum(part["stop"] - part["start"] for task in stream.data for part in task["startstops"]
                       if part["action"] == "compute")
        return seconds, sorted(engine.client.run(peak_rss_mb).values()), in_tasks / (workers * seconds)


def run_corpus(workdir: Path, count: int, shard_size: int, paragraphs: int | None = None) -> tuple[Path, int]:
    """A corpus of ``count`` generated documents (cut to their first ``paragraphs``) in shards of
    ``shard_size``; and its words."""
    source = workdir / f"docs-{count}.jsonl"
    _, words = generate(count, source)
    if paragraphs:
        rows = [json.loads(line) for line in source.read_text("utf-8").splitlines()]
        for row in rows:
            row["text"] = "\n\n".join(row["text"].split("\n\n")[:paragraphs])
        source.write_text("".join(json.dumps(row) + "\n" for row in rows), "utf-8")
        words = sum(len(row["text"].split()) for row in rows)
    annotate.corpus.SHARD_SIZE = shard_size
    ingest([source], workdir / f"run-{count}-{shard_size}")
    annotate.corpus.SHARD_SIZE = 500
    return workdir / f"run-{count}-{shard_size}", words


def time_run(corpus: Path, workers: int, settings: Settings) -> tuple[float, list[float], float]:
    return timed(lambda engine: annotate_corpus_on_dask(corpus, engine, settings, force=True), workers, settings)


def time_export(corpus: Path, out: Path, workers: int) -> tuple[float, list[float], float]:
    return timed(lambda engine: export_on_dask(corpus, out, engine, include_predictions=True), workers)


def compare(name: str, count: int, measure) -> None:
    """Time ``measure(workers)`` on 1 and 2 workers; print both, their ratio and the machine's ceiling."""
    ceiling = machine_ceiling()
    results = {workers: measure(workers) for workers in (1, 2)}
    ceiling = (ceiling + machine_ceiling()) / 2
    seconds = {workers: result[0] for workers, result in results.items()}
    rates = "   ".join(f"{w} worker{'s' if w > 1 else ' '} {s:7.1f} s ({count / s:6.2f} docs/s, "
                       f"{results[w][2]:.0%} in tasks)" for w, s in seconds.items())
    print(f"{name:<7} {count:>6} docs   {rates}   2 workers / 1: {seconds[1] / seconds[2]:.2f}x "
          f"(two busy loops / one, before and after: {ceiling:.2f}x)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=400, help="Documents of the run comparison (0: none).")
    parser.add_argument("--shard-size", type=int, default=50, help="Shard size of the run comparison.")
    parser.add_argument("--export-docs", type=int, default=4000, help="Documents of the export comparison (0: none).")
    parser.add_argument("--memory-docs", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--memory-paragraphs", type=int, default=2,
                        help="Cut the documents of the memory runs to their first paragraphs (0: whole): memory is "
                             "about how many documents a worker holds, and short ones keep the runs short.")
    parser.add_argument("--plugin", action="append", default=[], help="Run only this plugin (repeatable).")
    args = parser.parse_args()
    settings = Settings(plugins=tuple(args.plugin))

    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        corpus, words = run_corpus(workdir, args.docs, args.shard_size) if args.docs else (None, 0)
        print(f"run: {args.docs} documents ({words:,} words) in shards of {args.shard_size}, plugins: "
              f"{', '.join(args.plugin) or 'all'}; export: {args.export_docs} gold documents in shards of 500",
              flush=True)
        if args.docs:
            compare("run", args.docs, lambda workers: time_run(corpus, workers, settings))
        if args.export_docs:
            build_corpus(args.export_docs, workdir / "export")
            compare("export", args.export_docs,
                    lambda workers: time_export(workdir / "export", workdir / f"out-{workers}", workers))

        for count in args.memory_docs:
            corpus, words = run_corpus(workdir, count, 500, args.memory_paragraphs)
            seconds, memory, _ = time_run(corpus, 2, settings)
            print(f"run     {count:>6} docs ({words:,} words) on 2 workers: {seconds:7.1f} s; peak memory per worker "
                  f"{' / '.join(f'{mb:,.0f}' for mb in memory)} MB", flush=True)
            build_corpus(count, workdir / f"export-{count}")
            seconds, memory, _ = time_export(workdir / f"export-{count}", workdir / f"out-{count}", 2)
            print(f"export  {count:>6} docs on 2 workers: {seconds:7.1f} s; peak memory per worker "
                  f"{' / '.join(f'{mb:,.0f}' for mb in memory)} MB", flush=True)


if __name__ == "__main__":
    main()
