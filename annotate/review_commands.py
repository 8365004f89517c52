"""The review commands: ``annotate agree``, ``annotate adjudicate`` and ``annotate report``."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.table import Table

from .adjudicate import STRATEGY_NAMES, Strategy, adjudicate_corpus
from .agreement import AgreementReport, agreement
from .corpus import atomic_write
from .labelstudio.commands import WAIT_HELP, connect, connection_options, print_review_push
from .labelstudio.sync import push_review
from .plugins import PluginHost
from .terminal import console, tell

DOCUMENTS_SHOWN = 10


def score(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def json_report_path(path: Path | None) -> Path | None:
    if path is not None and path.is_dir():
        raise click.ClickException(f"{path} is a directory, not a file for the JSON report")
    return path


def agreement_tables(report: AgreementReport, documents_shown: int = DOCUMENTS_SHOWN) -> list[Table]:
    """Per label, per pair, attributes, and the documents with the lowest agreement."""
    labels = Table(title="Agreement per family and label (spans on the documents shared with another annotator)")
    for column in ("family", "label", *report.annotators, "exact F1", "overlap F1", "Krippendorff's α"):
        labels.add_column(column, justify="left" if column in ("family", "label") else "right")
    for row in report.labels:
        if row.label == "ALL":
            labels.add_section()
        labels.add_row(row.family, row.label, *(str(row.spans[a]) for a in report.annotators),
                       score(row.exact_f1), score(row.overlap_f1), score(row.alpha),
                       style="bold" if row.label == "ALL" else None)
        if row.label == "ALL":
            labels.add_section()
    families = sorted({row.family for row in report.labels})
    pairs = Table(title="Pairs of annotators (all families; per family: exact F1 / α)")
    for column in ("annotators", "documents", "exact F1", "overlap F1", *families):
        pairs.add_column(column, justify="left" if column == "annotators" else "right")
    for pair in report.pairs:
        pairs.add_row(" & ".join(pair.annotators), str(pair.documents), score(pair.exact_f1), score(pair.overlap_f1),
                      *(f"{score(pair.families[f]['exact_f1'])} / {score(pair.families[f]['alpha'])}" for f in families))
    tables = [labels, pairs]
    if report.attributes:
        attributes = Table(title="Attributes of exactly matched spans")
        for column in ("family", "attribute", "agreed", "of", "rate"):
            attributes.add_column(column, justify="left" if column in ("family", "attribute") else "right")
        for item in report.attributes:
            attributes.add_row(item.family, item.attribute, str(item.agreed), str(item.compared), score(item.rate))
        tables.append(attributes)
    ranked = Table(title=f"Lowest agreement first ({min(documents_shown, len(report.ranked_documents))} of "
                         f"{len(report.ranked_documents)} documents)")
    for column in ("document", "title", "annotators", "exact F1", "spans not shared"):
        ranked.add_column(column, justify="right" if column in ("exact F1", "spans not shared") else "left")
    for document in report.ranked_documents[:documents_shown]:
        ranked.add_row(document.id, document.title[:50], ", ".join(document.annotators), score(document.exact_f1),
                       str(document.disagreements))
    tables.append(ranked)
    return tables


@click.command("agree")
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option("--annotator", "annotators", multiple=True, help="Compare only these annotators (repeatable).")
@click.option("--report", "report_path", type=click.Path(path_type=Path), help="Also write the figures as JSON here.")
@click.option("--documents", "documents_shown", default=DOCUMENTS_SHOWN, show_default=True, type=click.IntRange(0),
              help="How many documents of lowest agreement to list.")
def agree_command(corpus, annotators, report_path, documents_shown):
    """Agreement between the annotators of CORPUS: span F1 per pair, Krippendorff's alpha, attributes."""
    report_path = json_report_path(report_path)
    report = agreement(corpus, list(annotators) or None)
    console.print(f"{corpus}: {report.documents} documents completed by two or more of "
                  f"{', '.join(report.annotators)}", soft_wrap=True)
    for table in agreement_tables(report, documents_shown):
        console.print(table)
    if report_path is not None:
        atomic_write(report_path, json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n")
        console.print(f"report written to {report_path}")


@click.command("adjudicate")
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option("--strategy", default="majority", show_default=True, metavar="|".join(STRATEGY_NAMES),
              help="How to settle the annotators' versions.")
@click.option("--annotator", "annotators", multiple=True, help="Adjudicate between these annotators only (repeatable).")
@click.option("--redo", is_flag=True, help="Replace existing adjudicated sets (a reviewer's too).")
@click.option("--to-studio", is_flag=True,
              help="Send the documents where the annotators differ to Label Studio, for a reviewer to settle; "
                   "the reviewer starts from the strategy's result.")
@connection_options
@click.option("--wait", is_flag=True, help=WAIT_HELP)
def adjudicate_command(corpus, strategy, annotators, redo, to_studio, url, token, data_dir, wait):
    """Settle the annotators' versions of each document of CORPUS into its adjudicated set (its gold)."""
    strategy = Strategy.parse(strategy)
    studio = connect(url, token, data_dir) if to_studio else None
    report = adjudicate_corpus(corpus, strategy, list(annotators) or None, defer_differing=to_studio, redo=redo,
                               wait=wait, waiting=tell)
    console.print(
        f"{corpus}: {len(report.annotators)} documents completed by two or more annotators, "
        f"{len(report.differing)} of them with differences; {len(report.adjudicated)} adjudicated by "
        f"{report.strategy} ({len(report.unanimous)} unanimous, {report.spans} spans), "
        f"{len(report.kept)} kept as they were" + (f", {len(report.deferred)} left for a reviewer" if to_studio else ""),
        soft_wrap=True,
    )
    if report.kept and not redo:
        console.print("Documents that already had an adjudicated set were kept; --redo replaces them.")
    if studio is not None and report.deferred:
        with console.status("sending review tasks to Label Studio"):
            pushed = push_review(corpus, studio, report.deferred, strategy, list(annotators) or None,
                                 PluginHost.discover().labels(), wait=wait, waiting=tell)
        print_review_push(corpus, pushed)


@click.command("report")
@click.argument("corpus", type=click.Path(path_type=Path))
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--documents", "documents_shown", default=20, show_default=True, type=click.IntRange(0),
              help="How many documents to render (annotated ones with the lowest agreement first).")
def report_command(corpus, out, documents_shown):
    """Write a self-contained HTML report of CORPUS to OUT: charts, quality, corrections, agreement, documents."""
    from .report import write_report

    if out.is_dir():
        raise click.ClickException(f"{out} is a directory; give the HTML file to write, e.g. {out / 'report.html'}")
    with console.status("writing the report"):
        summary = write_report(corpus, out, documents_shown=documents_shown)
    console.print(f"report written to {out} ({summary.size // 1024} KB: {summary.documents} documents rendered, "
                  f"sections: {', '.join(summary.sections)})", soft_wrap=True)
