"""Benchmark: exporting a 10,000-document corpus.

Builds a corpus from the gold seed corpus in ``corpus/`` (its five documents, with
their gold annotations, review and predictions, copied under new ids until there are
N documents), then times each export and the first ``load_dataset`` of the result:
  - hf, one tokens row per document;
  - hf, one tokens row per sentence;
  - spacy DocBin files;
  - reading the corpus alone (every document is validated when read), for scale.
Prints seconds, documents/s and spans/s.

    python bench/bench_export.py --docs 10000
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent


def build_corpus(count: int, path: Path) -> tuple[int, int]:
    """A corpus of ``count`` copies of the seed documents under new ids; returns (documents, gold spans)."""
    from annotate.corpus import Corpus

    seeds = Corpus.open(ROOT / "corpus")
    documents = list(seeds)
    corpus = Corpus.create(path, name=f"seeds-x{count}")
    corpus.declare(seeds.labels, seeds.plugins)
    copies = [replace(documents[i % len(documents)], id=f"{documents[i % len(documents)].id}-{i:05d}")
              for i in range(count)]
    corpus.save(copies)
    return count, sum(len(d.annotations()) for d in copies)


def timed(function, *args, **kwargs) -> float:
    started = time.perf_counter()
    function(*args, **kwargs)
    return time.perf_counter() - started


def read_all(path: Path) -> None:
    from annotate.corpus import Corpus

    for _ in Corpus.open(path):
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    args = parser.parse_args()

    import datasets

    from annotate.export import export_dataset, export_docbin

    datasets.disable_progress_bars()
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        started = time.perf_counter()
        documents, spans = build_corpus(args.docs, work / "corpus")
        print(f"corpus: {documents} documents, {spans} gold spans, built in {time.perf_counter() - started:.1f} s")
        runs = [
            ("read the corpus (validated)", lambda: read_all(work / "corpus")),
            ("export hf, unit=document", lambda: export_dataset(work / "corpus", work / "hf-doc")),
            ("export hf, unit=sentence", lambda: export_dataset(work / "corpus", work / "hf-sent", unit="sentence")),
            ("export spacy DocBin", lambda: export_docbin(work / "corpus", work / "docbin")),
            ("load_dataset(hf-doc, 'tokens'), first load",
             lambda: datasets.load_dataset(str(work / "hf-doc"), "tokens", cache_dir=str(work / "cache"))),
        ]
        print(f"{'step':<45} {'seconds':>8} {'docs/s':>8} {'spans/s':>9}")
        for name, run in runs:
            seconds = timed(run)
            print(f"{name:<45} {seconds:>8.1f} {documents / seconds:>8.0f} {spans / seconds:>9.0f}", flush=True)


if __name__ == "__main__":
    main()
