"""Terminal rendering: tables of counts and documents with their spans highlighted."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from .model import Document, Span
from .stats import CorpusStats

PALETTE = [
    "black on bright_cyan", "black on bright_yellow", "black on bright_green", "black on bright_magenta",
    "black on cyan", "black on yellow", "black on green", "white on blue", "white on magenta", "white on red",
    "black on white", "white on dark_orange3", "white on purple",
]


def label_styles(labels: list[str]) -> dict[str, str]:
    return {label: PALETTE[i % len(PALETTE)] for i, label in enumerate(sorted(labels))}


def counts_table(stats: CorpusStats, title: str = "Spans per family and label") -> Table:
    sources = stats.sources or ["prediction"]
    table = Table(title=title)
    table.add_column("family")
    table.add_column("label")
    for source in sources:
        table.add_column(f"{source}s", justify="right")
    rows = sorted({(family, label) for family, label, _ in stats.by_label})
    for family, label in rows:
        table.add_row(family, label, *(str(stats.by_label.get((family, label, s), 0)) for s in sources))
    table.add_section()
    table.add_row("all", "", *(str(sum(n for k, n in stats.by_label.items() if k[2] == s)) for s in sources))
    return table


def provenance_table(stats: CorpusStats) -> Table:
    table = Table(title="Spans per provenance")
    table.add_column("source")
    table.add_column("by")
    table.add_column("spans", justify="right")
    for (source, by), count in sorted(stats.by_provenance.items()):
        table.add_row(source, by, str(count))
    return table


def failures_table(stats: CorpusStats) -> Table:
    table = Table(title="Documents a plugin failed on (its predictions there were dropped; the next run retries)")
    for column in ("document", "plugin", "error"):
        table.add_column(column, overflow="fold")
    for failure in stats.failures:
        table.add_row(failure.document, failure.provenance, failure.error)
    return table


CONTROL_PICTURES = {code: 0x2400 + code for code in range(0x20) if chr(code) not in "\n\t"} | {0x7F: 0x2421}


def printable(text: str) -> str:
    """``text`` with control characters shown as their pictures (␛ for ESC), one for one, so offsets hold."""
    return text.translate(CONTROL_PICTURES)


def highlighted(document: Document, spans: list[Span]) -> tuple[Text, Text]:
    """The document text with one family's spans styled by label, and its legend."""
    styles = label_styles(list({s.label for s in spans}))
    text = Text(printable(document.text))
    for span in spans:
        text.stylize(styles[span.label], span.start, span.end)
    legend = Text("  ").join(Text(f" {label} ", style=style) for label, style in styles.items())
    return text, legend


def evaluation_tables(report) -> list[Table]:
    """One table per plugin and family: exact and overlap P/R/F1 per label, then attribute accuracy."""
    tables = []
    for evaluation in report.families:
        table = Table(title=f"{evaluation.plugin} ({', '.join(evaluation.versions)}) on {evaluation.family}: "
                            f"{evaluation.documents} gold documents")
        table.add_column("label")
        table.add_column("gold", justify="right")
        table.add_column("predicted", justify="right")
        for scheme in ("exact", "overlap"):
            for metric in ("P", "R", "F1"):
                table.add_column(f"{scheme} {metric}", justify="right")
        labels = [label for label in evaluation.scores["exact"] if label != "ALL"] + ["ALL"]
        for label in labels:
            if label == "ALL":
                table.add_section()
            exact, overlap = evaluation.scores["exact"][label], evaluation.scores["overlap"][label]
            table.add_row(
                label, str(exact.possible), str(exact.actual),
                *(f"{value:.3f}" for s in (exact, overlap) for value in (s.precision, s.recall, s.f1)),
                style="bold" if label == "ALL" else None,
            )
        tables.append(table)
        if evaluation.attributes:
            attributes = Table(title=f"{evaluation.plugin} on {evaluation.family}: attributes of exactly matched spans")
            for column in ("attribute", "correct", "of", "accuracy"):
                attributes.add_column(column, justify="left" if column == "attribute" else "right")
            for name, counts in evaluation.attributes.items():
                attributes.add_row(name, str(counts["correct"]), str(counts["total"]),
                                   f"{evaluation.attribute_accuracy(name):.3f}")
            tables.append(attributes)
    return tables
