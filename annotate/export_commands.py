"""The ``annotate export`` command: a corpus to a training dataset, through an exporter plugin."""

from __future__ import annotations

from pathlib import Path

import click
from rich.table import Table

from .engine_options import dask_engine, engine_options
from .export import (
    DEFAULT_SPLITS, GOLD, REPORT_NAME, SILVER, UNITS, ExportReport, export_corpus, parse_splits, push_to_hub,
)
from .plugins import PluginHost
from .terminal import console

UNTAGGED_SHOWN = 10


@click.command("export")
@click.argument("corpus", type=click.Path(path_type=Path))
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--format", "format_name", default="hf", show_default=True,
              help="An export format registered by a plugin (built in: hf, spacy).")
@click.option("--split", "splits", default=",".join(f"{name}={ratio:g}" for name, ratio in DEFAULT_SPLITS.items()),
              show_default=True, help="Split names and ratios; a document's split depends only on its id and --seed.")
@click.option("--seed", default=0, show_default=True, type=int, help="Seed of the split hash.")
@click.option("--with-predictions", is_flag=True,
              help="Also export documents without human annotations, with their predictions as silver labels.")
@click.option("--unit", type=click.Choice(UNITS), default="document", show_default=True,
              help="One row of the tokens config per document or per sentence.")
@click.option("--push-to-hub", "repo_id", metavar="REPO", help="Then upload the export to this Hugging Face Hub dataset.")
@engine_options
def export_command(corpus, out, format_name, splits, seed, with_predictions, unit, repo_id, engine, scheduler, workers):
    """Export the annotated documents of CORPUS to the directory OUT (by default a Hugging Face dataset)."""
    exporters = PluginHost.discover().exporters()
    if format_name not in exporters:
        raise click.ClickException(
            f"no export format {format_name!r} is installed (formats: {', '.join(sorted(exporters))})")
    if repo_id and format_name != "hf":
        raise click.ClickException("--push-to-hub uploads Hugging Face datasets: use it with --format hf")
    exporter, _ = exporters[format_name]
    choices = dict(splits=parse_splits(splits), seed=seed, include_predictions=with_predictions, unit=unit)
    cluster = dask_engine(engine, scheduler, workers)
    if cluster is None:
        report = export_corpus(corpus, out, exporter, **choices)
    else:
        from .engine import export_on_dask

        with cluster:
            report = export_on_dask(corpus, out, cluster, exporter, **choices)
    if isinstance(report, ExportReport):
        show_report(report)
    if repo_id:
        push_to_hub(out, repo_id)
        console.print(f"uploaded {out} to https://huggingface.co/datasets/{repo_id}")


def show_report(report: ExportReport) -> None:
    gold = sum(n for (_, source), n in report.documents.items() if source == GOLD)
    silver = sum(n for (_, source), n in report.documents.items() if source == SILVER)
    console.print(f"{report.out_dir}: {report.exported_documents} documents exported ({gold} gold, {silver} silver), "
                  f"{report.left_out} left out")
    console.print(counts_table(report))
    console.print(untagged_table(report) if report.untagged else "Token alignment: every span was tagged.")


def counts_table(report: ExportReport) -> Table:
    table = Table(title=f"Exported spans per split and label ({report.format})")
    table.add_column("family")
    table.add_column("label")
    for split in [*report.splits, "all"]:
        table.add_column(split, justify="right")
    for family, label, per_split in report.label_rows():
        table.add_row(family, label, *map(str, per_split), str(sum(per_split)))
    table.add_section()
    per_split_spans = [sum(n for (s, _, _), n in report.spans.items() if s == split) for split in report.splits]
    table.add_row("all spans", "", *map(str, per_split_spans), str(sum(per_split_spans)))
    per_split_documents = [report.documents_in(split) for split in report.splits]
    table.add_row("documents", "", *map(str, per_split_documents), str(sum(per_split_documents)))
    return table


def untagged_table(report: ExportReport) -> Table:
    reasons = ", ".join(f"{n} {reason}" for reason, n in report.untagged_by_reason().most_common())
    table = Table(title=f"Token alignment: {len(report.untagged)} spans not tagged ({reasons}); "
                        f"all are listed in {REPORT_NAME}")
    for column in ("document", "offsets", "label", "text", "reason"):
        table.add_column(column)
    for item in report.untagged[:UNTAGGED_SHOWN]:
        table.add_row(item.document, f"{item.start}-{item.end}", item.label, repr(item.text), item.reason)
    if len(report.untagged) > UNTAGGED_SHOWN:
        table.add_row("…", "", "", "", f"{len(report.untagged) - UNTAGGED_SHOWN} more")
    return table
