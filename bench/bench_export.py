"""Benchmark: reading and exporting a corpus of seed-sized documents, against baselines in the same run.

Builds a corpus from the gold seed corpus in ``corpus/`` (its documents, with their gold
annotations, review and predictions, copied under new ids until there are N documents),
then times, each against the baseline that does the least the step must do:
  - reading the corpus, every document validated, against ``json.loads`` of the same lines;
  - the Hugging Face export (one tokens row per document, then per sentence) and the spaCy
    DocBin export, against spaCy's tokenizer alone over the same texts;
  - the first ``load_dataset`` of the exported ``tokens`` config, for scale;
then, in one more hf export (one row per document) with each step wrapped in a timer, where
its CPU time goes, each step as a share of the tokenizer's time inside that export.
Each baseline is measured before and after the steps it serves; the lower is used, so
the ratios err high. Prints wall-clock seconds, documents/s, spans/s and the ratios of
both wall-clock and CPU time (the process's own: on a machine shared with other work,
the CPU ratio is the steadier one).

    python bench/bench_export.py --docs 10000
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from collections import defaultdict
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


def timed(function, *args, **kwargs) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds of this process)."""
    started, cpu = time.perf_counter(), time.process_time()
    function(*args, **kwargs)
    return time.perf_counter() - started, time.process_time() - cpu


def read_all(path: Path) -> None:
    from annotate.corpus import Corpus

    for _ in Corpus.open(path):
        pass


def json_loads_all(path: Path) -> None:
    for shard in sorted((path / "documents").glob("*.jsonl")):
        with shard.open(encoding="utf-8") as handle:
            for line in handle:
                json.loads(line)


def tokenize_all(texts: list[str]) -> None:
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    for text in texts:
        tokenizer(text)


def hf_export_parts(corpus: Path, out: Path) -> dict[str, float]:
    """CPU seconds per step of an hf export (one row per document), each step's function wrapped in a timer."""
    from annotate import export
    from annotate.corpus import Corpus

    seconds: dict[str, float] = defaultdict(float)

    def timer(part: str, function):
        def timed(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                seconds[part] += time.process_time() - started
        return timed

    nlp = export.make_tokenizer("document")
    wrapped = [
        (nlp, "make_doc", "tokenizer"),
        (Corpus, "read_shard", "reading and validating the corpus"),
        (export, "select_spans", "choosing the gold spans"),
        (export, "spans_row", "the spans rows"),
        (export, "export_tokens", "tokens split at span boundaries"),
        (export, "place", "placing the spans on tokens"),
        (export, "token_rows", "the token rows (tags, lists)"),
        (export.JsonLinesFiles, "write", "encoding, hashing, writing rows"),
    ]
    originals = [(owner, name, owner.__dict__.get(name)) for owner, name, _ in wrapped]
    for owner, name, part in wrapped:
        function = getattr(owner, name)
        if name == "token_rows":  # a generator: time the rows it makes, not its creation
            setattr(owner, name, lambda *args, function=function, part=part: iter(timer(part, lambda: list(function(*args)))()))
        else:
            setattr(owner, name, timer(part, function))
    started = time.process_time()
    try:
        export.export_dataset(corpus, out)
    finally:
        for owner, name, original in originals:
            if original is None:
                delattr(owner, name)
            else:
                setattr(owner, name, original)
    rest = time.process_time() - started - sum(seconds.values())
    return {**{part: seconds[part] for _, _, part in wrapped}, "the rest (the export's own loop, report, card)": rest}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    args = parser.parse_args()

    import datasets

    from annotate.corpus import Corpus
    from annotate.export import export_dataset, export_docbin

    datasets.disable_progress_bars()
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        corpus = work / "corpus"
        started = time.perf_counter()
        documents, spans = build_corpus(args.docs, corpus)
        print(f"corpus: {documents} documents, {spans} gold spans, built in {time.perf_counter() - started:.1f} s")
        texts = [document.text for document in Corpus.open(corpus)]
        baselines = {
            "json.loads": lambda: json_loads_all(corpus),
            "spaCy tokenizer": lambda: tokenize_all(texts),
        }
        steps = [
            ("read the corpus (validated)", "json.loads", lambda: read_all(corpus)),
            ("export hf, unit=document", "spaCy tokenizer", lambda: export_dataset(corpus, work / "hf-doc")),
            ("export hf, unit=sentence", "spaCy tokenizer",
             lambda: export_dataset(corpus, work / "hf-sent", unit="sentence")),
            ("export spacy DocBin", "spaCy tokenizer", lambda: export_docbin(corpus, work / "docbin")),
            ("load_dataset(hf-doc, 'tokens'), first load", None,
             lambda: datasets.load_dataset(str(work / "hf-doc"), "tokens", cache_dir=str(work / "cache"))),
        ]
        before = {name: timed(run) for name, run in baselines.items()}
        results = [(name, baseline, timed(run)) for name, baseline, run in steps]
        after = {name: timed(run) for name, run in baselines.items()}
        base = {name: (min(before[name][0], after[name][0]), min(before[name][1], after[name][1])) for name in baselines}

        print(f"{'step':<45} {'seconds':>8} {'CPU s':>7} {'docs/s':>8} {'spans/s':>9}  ratio to the baseline: wall, CPU")
        for name, (seconds, cpu) in base.items():
            print(f"{'baseline: ' + name:<45} {seconds:>8.1f} {cpu:>7.1f} {documents / seconds:>8.0f} {'':>9}  "
                  f"(runs: {before[name][0]:.1f} s, {after[name][0]:.1f} s)")
        for name, baseline, (seconds, cpu) in results:
            ratio = f"{seconds / base[baseline][0]:.2f}x, {cpu / base[baseline][1]:.2f}x {baseline}" if baseline else ""
            print(f"{name:<45} {seconds:>8.1f} {cpu:>7.1f} {documents / seconds:>8.0f} {spans / seconds:>9.0f}  {ratio}",
                  flush=True)

        parts = hf_export_parts(corpus, work / "hf-parts")
        tokenizer = parts["tokenizer"]
        print(f"\nWhere the hf export's CPU time goes (unit=document, each step timed in place; "
              f"{sum(parts.values()):.1f} s in all):")
        print(f"{'step':<50} {'CPU s':>7} {'ms/doc':>7}  share of the tokenizer")
        for part, seconds in parts.items():
            print(f"{part:<50} {seconds:>7.2f} {seconds / documents * 1000:>7.2f}  {seconds / tokenizer:.2f}x")


if __name__ == "__main__":
    main()
