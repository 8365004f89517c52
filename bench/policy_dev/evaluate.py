"""Score the policy plugin on its development texts.

Each text under ``articles/`` (the development set), ``check/`` (a second set, looked at only
in aggregate while the rules of 0.4.0 were written), ``fresh/`` (27 articles written and marked
before policy 0.4.0 was ever run on them, then used to develop 0.5.0) or ``fresh2/`` (20 articles
written and marked before the rules of 0.5.0 were run on them, then used to develop them too; its
first figure is the honest one) or ``fresh3/`` (10 articles written and marked when the rules of 0.5.0
were nearly done, never developed on: its errors were never listed) is a short news article whose policy measures are marked ``[[like this]]``
by hand, following the guidelines (section 3) and the span conventions of ``bench/heldout/README.md``.
The figures for ``articles`` and ``check`` are in-sample. The marks are stripped,
the text is parsed once with the default pipeline, and the plugin's spans are scored with
nervaluate like ``annotate eval`` (exact and overlap precision, recall and F1).

    .venv/bin/python bench/policy_dev/evaluate.py                # every set
    .venv/bin/python bench/policy_dev/evaluate.py articles --errors
    .venv/bin/python bench/policy_dev/evaluate.py --time         # the plugin's cost against the parse
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from nervaluate import Evaluator
from rich.console import Console
from rich.table import Table

from annotate.pipeline import Annotator
from annotate.settings import Settings

HERE = Path(__file__).resolve().parent
SETS = ("articles", "check", "fresh", "fresh2", "fresh3")
MARK = re.compile(r"\[\[(.+?)\]\]", re.S)
LABEL = "POLICY_MEASURE"


def read_marked(path: Path) -> tuple[str, list[tuple[int, int]]]:
    """The text without marks and the [start, end) offsets of the marked spans."""
    marked = path.read_text(encoding="utf-8")
    pieces, spans, position, cursor = [], [], 0, 0
    for match in MARK.finditer(marked):
        pieces.append(marked[cursor : match.start()])
        position += match.start() - cursor
        spans.append((position, position + len(match.group(1))))
        pieces.append(match.group(1))
        position += len(match.group(1))
        cursor = match.end()
    pieces.append(marked[cursor:])
    return "".join(pieces), spans


def entities(spans) -> list[dict]:
    return [{"label": LABEL, "start": start, "end": end - 1} for start, end in spans]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", choices=[*SETS, []], help="articles, check, fresh, fresh2, fresh3 (default: all)")
    parser.add_argument("--errors", action="store_true", help="list missed, spurious and mis-bounded spans")
    parser.add_argument("--time", action="store_true", help="time the plugin alone on the parsed texts")
    args = parser.parse_args()
    console = Console()
    annotator = Annotator.load(Settings(plugins=("policy",)), fail_fast=True)
    predict = annotator.predictors["policy"]
    table = Table(title=f"policy {annotator.versions['policy']} on the development texts")
    for column in ("set", "docs", "gold", "predicted", "exact P", "exact R", "exact F1", "overlap F1"):
        table.add_column(column, justify="left" if column == "set" else "right")
    for name in args.sets or SETS:
        paths = sorted((HERE / name).glob("*.txt"))
        texts_and_gold = [read_marked(path) for path in paths]
        docs = list(annotator.nlp.pipe(text for text, _ in texts_and_gold))
        found: dict[int, list[tuple[int, int]]] = {i: [] for i in range(len(docs))}
        index = {id(doc): i for i, doc in enumerate(docs)}
        predict(docs, lambda doc, start, end, label, attrs=None, score=None: found[index[id(doc)]].append((start, end)))
        gold = [entities(spans) for _, spans in texts_and_gold]
        predicted = [entities(sorted(found[i])) for i in range(len(docs))]
        results = Evaluator(gold, predicted, tags=[LABEL], loader="default").evaluate()["overall"]
        exact, overlap = results["strict"], results["ent_type"]
        table.add_row(name, str(len(docs)), str(exact.possible), str(exact.actual), f"{exact.precision:.3f}",
                      f"{exact.recall:.3f}", f"{exact.f1:.3f}", f"{overlap.f1:.3f}")
        if args.errors:
            for path, (text, spans), i in zip(paths, texts_and_gold, range(len(docs))):
                report_errors(console, path.name, text, set(spans), set(found[i]))
        if args.time:
            report_cost(console, name, annotator, predict, [text for text, _ in texts_and_gold])
    console.print(table)


def report_cost(console: Console, name: str, annotator, predict, texts: list[str], rounds: int = 15) -> None:
    """The plugin's CPU time per 800 words against the spaCy parse of the same texts in the same run
    (best of ``rounds``: other processes on a shared machine slow single rounds down)."""
    words = sum(len(text.split()) for text in texts)
    parse = predicting = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        docs = list(annotator.nlp.pipe(texts))
        parse = min(parse, time.process_time() - start)
        start = time.process_time()
        predict(docs, lambda *args, **kwargs: None)
        predicting = min(predicting, time.process_time() - start)
    per_800 = 800 / words * 1000
    console.print(f"{name}: policy {predicting * per_800:.1f} ms per 800 words, spaCy parse {parse * per_800:.0f} ms "
                  f"per 800 words (CPU time, best of {rounds}): {predicting / parse:.1%} of the parse")


def report_errors(console: Console, name: str, text: str, gold: set, found: set) -> None:
    for start, end in sorted(gold - found):
        overlapping = [f"{text[s:e]!r}" for s, e in sorted(found) if s < end and start < e]
        what = f"predicted {', '.join(overlapping)}" if overlapping else "missed"
        console.print(f"[yellow]{name}[/]: gold {text[start:end]!r} — {what}", highlight=False)
    for start, end in sorted(found - gold):
        if not any(s < end and start < e for s, e in gold):
            console.print(f"[red]{name}[/]: spurious {text[start:end]!r}", highlight=False)


if __name__ == "__main__":
    main()
