"""Score the built-in plugins on the held-out set (out-of-sample numbers).

In a temporary directory: ingest bench/heldout/texts, pre-annotate with every
installed plugin, add the hand-made gold (bench/heldout/gold.jsonl) as the
annotations of ``heldout-annotator`` with a completed review (exactly as
scripts/build_gold_corpus.py adds the seed gold), evaluate, print the tables
and write bench/heldout/RESULTS.md.

    .venv/bin/python bench/heldout/evaluate_heldout.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from rich.console import Console

from annotate.display import evaluation_tables
from annotate.evaluate import ALL, evaluate_corpus
from annotate.ingest import import_annotations, ingest
from annotate.pipeline import annotate_corpus

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold.jsonl"
RESULTS = HERE / "RESULTS.md"
ANNOTATOR = "heldout-annotator"
REVIEWED_AT = "2026-11-24T00:00:00"
COMMAND = ".venv/bin/python bench/heldout/evaluate_heldout.py"


def build_corpus(corpus_path: Path) -> int:
    ingest([TEXTS], corpus_path, name="heldout")
    report = annotate_corpus(corpus_path)
    import_annotations(GOLD, corpus_path, ANNOTATOR, at=REVIEWED_AT)
    return report.annotated


def markdown(report) -> str:
    lines = [
        "# Held-out evaluation results",
        "",
        "Out-of-sample scores of the built-in plugins on the held-out set (`bench/heldout/`, see README.md).",
        f"Gold: {sum(1 for line in GOLD.read_text('utf-8').splitlines() if line.strip())} hand-made spans in {report.gold_documents} documents.",
        "",
        "Command (from the repository root):",
        "",
        "```bash",
        COMMAND,
        "```",
        "",
        "`exact` = same boundaries and label (nervaluate `strict`); `overlap` = overlapping spans with the same label",
        "(nervaluate `ent_type`). Attribute accuracy is measured on exactly matched spans.",
        "",
        "## Per family (all labels)",
        "",
        "| plugin | family | gold | predicted | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for ev in report.families:
        e, o = ev.scores["exact"][ALL], ev.scores["overlap"][ALL]
        lines.append(f"| {ev.plugin} ({', '.join(ev.versions)}) | {ev.family} | {e.possible} | {e.actual} | "
                     f"{e.precision:.3f} | {e.recall:.3f} | {e.f1:.3f} | {o.precision:.3f} | {o.recall:.3f} | {o.f1:.3f} |")
    lines += ["", "## Per label", ""]
    for ev in report.families:
        lines += [f"### {ev.plugin} on {ev.family}", "",
                  "| label | gold | predicted | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        labels = [label for label in ev.scores["exact"] if label != ALL] + [ALL]
        for label in labels:
            e, o = ev.scores["exact"][label], ev.scores["overlap"][label]
            name = f"**{label}**" if label == ALL else label
            lines.append(f"| {name} | {e.possible} | {e.actual} | {e.precision:.3f} | {e.recall:.3f} | {e.f1:.3f} | "
                         f"{o.precision:.3f} | {o.recall:.3f} | {o.f1:.3f} |")
        lines.append("")
    lines += ["## Attribute accuracy (exactly matched spans)", ""]
    any_attrs = False
    for ev in report.families:
        if not ev.attributes:
            continue
        any_attrs = True
        lines += [f"### {ev.plugin} on {ev.family}", "", "| attribute | correct | of | accuracy |", "|---|---:|---:|---:|"]
        for name, counts in ev.attributes.items():
            lines.append(f"| {name} | {counts['correct']} | {counts['total']} | {ev.attribute_accuracy(name):.3f} |")
        lines.append("")
    if not any_attrs:
        lines += ["(no family with attributes)", ""]
    return "\n".join(lines)


def main() -> None:
    console = Console()
    with tempfile.TemporaryDirectory(prefix="heldout-") as tmp:
        corpus_path = Path(tmp) / "corpus"
        annotated = build_corpus(corpus_path)
        report = evaluate_corpus(corpus_path, annotator=ANNOTATOR)
    console.print(f"held-out corpus: {report.documents} documents, {annotated} pre-annotated, "
                  f"{report.gold_documents} with gold by {ANNOTATOR}")
    for table in evaluation_tables(report):
        console.print(table)
    RESULTS.write_text(markdown(report) + "\n", encoding="utf-8")
    console.print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
