"""The ``annotate`` command line: a thin layer over the library functions."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from . import __version__
from .corpus import Corpus, atomic_write, validate_corpus
from .display import counts_table, evaluation_tables, failures_table, highlighted, printable, provenance_table
from .engine_options import dask_engine, engine_options
from .errors import AnnotateError
from .evaluate import compare_with_model, evaluate_corpus
from .export_commands import export_command
from .ingest import import_annotations, ingest
from .labelstudio.commands import studio
from .pipeline import Annotator, annotate_corpus
from .plugins import PluginHost
from .review_commands import adjudicate_command, agree_command, report_command
from .settings import DEFAULT_PIPELINE, Settings
from .stats import corpus_stats
from .terminal import console, errors, tell
from .train_commands import show_comparison, train_command



EXIT_ERROR = 1  # an error the user can fix, said in one sentence
EXIT_DOCUMENTS_FAILED = 3  # the command finished, but a plugin failed on some documents
EXIT_INTERNAL = 70  # an unexpected error (a bug): one sentence, the traceback with --debug
EXIT_INTERRUPTED = 130


class AnnotateGroup(click.Group):
    """Turns every error into one sentence on stderr and an exit code; ``--debug`` shows tracebacks."""

    def invoke(self, ctx: click.Context):
        debug = ctx.params.get("debug", False)
        try:
            return super().invoke(ctx)
        except AnnotateError as error:
            if debug:
                raise
            raise click.ClickException(str(error)) from None
        except KeyboardInterrupt:
            if debug:
                raise
            errors.print("Interrupted: finished shards are saved; run the same command again to resume.")
            sys.exit(EXIT_INTERRUPTED)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as error:
            if debug:
                raise
            tell(f"Error: an unexpected error stopped annotate ({type(error).__name__}: "
                 f"{' '.join(str(error).split())[:300]}); rerun with `annotate --debug ...` to see where, "
                 f"and please report it.")
            sys.exit(EXIT_INTERNAL)


def progress_bar(description: str) -> Progress:
    return Progress(
        TextColumn(description), BarColumn(), MofNCompleteColumn(), TextColumn("docs"),
        TimeElapsedColumn(), TimeRemainingColumn(), console=errors, transient=False,
    )


def settings_options(command):
    """The options that make a :class:`Settings`, shared by the commands that run plugins."""
    options = [
        click.option("--pipeline", default=DEFAULT_PIPELINE, show_default=True,
                     help="spaCy pipeline: an installed package name or a pipeline directory."),
        click.option("--plugin", "plugins", multiple=True, help="Run only this plugin (repeatable)."),
        click.option("--set", "assignments", multiple=True, metavar="PLUGIN.KEY=VALUE",
                     help="A plugin option, e.g. entities.patterns=my_patterns.jsonl (repeatable)."),
        click.option("--model", "model_path", type=click.Path(exists=True, file_okay=False),
                     help="A trained spaCy pipeline for the model plugin (shorthand for --set model.path=PATH)."),
        click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1)),
        click.option("--processes", default=1, show_default=True, type=click.IntRange(1),
                     help="Worker processes for the spaCy parse."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def make_settings(pipeline, plugins, assignments, batch_size, processes, model_path=None) -> Settings:
    settings = Settings(pipeline=pipeline, batch_size=batch_size, n_process=processes, plugins=tuple(plugins))
    for assignment in assignments:
        settings.with_option(assignment)
    if model_path:
        settings.with_option(f"model.path={model_path}")
    return settings


@click.group(cls=AnnotateGroup)
@click.version_option(__version__, prog_name="annotate")
@click.option("--debug", is_flag=True, help="Show the Python traceback of an error.")
def cli(debug):
    """Ingest documents, pre-annotate them with plugins, correct them in Label Studio, export datasets."""


def wait_option(command):
    return click.option("--wait", is_flag=True,
                        help="If another command is writing the corpus, wait for it instead of stopping.")(command)


def waiting(message: str) -> None:
    tell(message)


@cli.command("ingest")
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option("--name", help="Corpus name (default: the directory name).")
@wait_option
@engine_options
def ingest_command(sources, corpus, name, wait, engine, scheduler, workers):
    """Read SOURCES (files or directories of .txt / .jsonl) into the CORPUS directory.

    With --engine dask, JSON Lines files are read and checked in chunks on the workers."""
    cluster = dask_engine(engine, scheduler, workers)
    if cluster is None:
        report = ingest(sources, corpus, name=name, wait=wait, waiting=waiting)
    else:
        from .engine import ingest_on_dask

        with cluster, progress_bar("ingesting") as bar:
            task = bar.add_task("ingest", total=None)
            report = ingest_on_dask(sources, corpus, cluster, name=name, progress=lambda n: bar.advance(task, n),
                                    wait=wait, waiting=waiting)
    console.print(
        f"{corpus}: {len(report.added)} added, {len(report.updated)} updated, "
        f"{len(report.unchanged)} unchanged"
    )


@cli.command("import-annotations")
@click.argument("spans", type=click.Path(path_type=Path))
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option("--annotator", required=True, help="The person the spans are from.")
@click.option("--at", help="When the review was made (ISO 8601).")
@wait_option
def import_annotations_command(spans, corpus, annotator, at, wait):
    """Store hand-made spans (JSON Lines of doc, start, end, label) as ANNOTATOR's review in CORPUS."""
    stored = import_annotations(spans, corpus, annotator, at, wait=wait, waiting=waiting)
    console.print(f"{corpus}: {stored} spans stored as annotations of {annotator}")


@cli.command("run")
@click.argument("corpus", type=click.Path(path_type=Path))
@settings_options
@click.option("--force", is_flag=True, help="Predict again even where predictions are up to date.")
@click.option("--fail-fast", is_flag=True,
              help="Stop at the first document a plugin fails on, instead of recording it and going on.")
@wait_option
@engine_options
def run_command(corpus, force, fail_fast, wait, engine, scheduler, workers, **options):
    """Pre-annotate CORPUS with every installed plugin (or those given by --plugin)."""
    settings = make_settings(**options)
    total = len(Corpus.open(corpus))
    cluster = dask_engine(engine, scheduler, workers)
    annotator = None if cluster else Annotator.load(settings, fail_fast=fail_fast)
    with progress_bar("pre-annotating") as bar:
        task = bar.add_task("run", total=total)
        run = dict(force=force, progress=lambda n: bar.advance(task, n), wait=wait, waiting=waiting)
        if cluster is None:
            report = annotate_corpus(corpus, settings, annotator=annotator, **run)
        else:
            from .engine import annotate_corpus_on_dask

            with cluster:
                report = annotate_corpus_on_dask(corpus, cluster, settings, fail_fast=fail_fast, **run)
    console.print(
        f"{corpus}: {report.annotated} documents pre-annotated, {report.skipped} already up to date "
        f"(plugins: {', '.join(f'{n}@{v}' for n, v in report.versions.items())})"
    )
    console.print(counts_table(corpus_stats(corpus)))
    if report.failures:
        for provenance, count in sorted(report.failures_by_plugin().items()):
            tell(f"{count} document{'s' if count != 1 else ''} failed in {provenance}; "
                 f"see `annotate stats {corpus} --failures` (the next run retries them)")
        sys.exit(EXIT_DOCUMENTS_FAILED)


@cli.command("show")
@click.argument("corpus", type=click.Path(path_type=Path))
@click.argument("doc_id", required=False)
@click.option("--family", help="Show only this label family.")
@click.option("--source", type=click.Choice(["prediction", "annotation"]), help="Show only predictions or annotations.")
def show_command(corpus, doc_id, family, source):
    """Print a document (default: the first) with its spans highlighted, one view per family."""
    store = Corpus.open(corpus)
    document = store.get(doc_id) if doc_id else next(iter(store), None)
    if document is None:
        raise click.ClickException(f"{corpus} has no documents")
    console.rule(Text(printable(f"{document.id}  {document.meta.get('title', '')}")))
    spans = [s for s in document.spans if (not source or s.source == source) and (not family or s.family == family)]
    for name in sorted({s.family for s in spans}) or [family or "(no spans)"]:
        text, legend = highlighted(document, [s for s in spans if s.family == name])
        console.rule(f"[bold]{name}")
        console.print(legend)
        console.print(text)


@cli.command("stats")
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option("--failures", "show_failures", is_flag=True, help="List the documents plugins failed on.")
def stats_command(corpus, show_failures):
    """Tables of span counts per family, label and provenance, and of plugin failures."""
    stats = corpus_stats(corpus)
    console.print(f"{corpus}: {stats.documents} documents, {stats.annotated_documents} annotated by a person")
    if show_failures:
        console.print(failures_table(stats) if stats.failures else "No plugin failed on any document.")
        return
    console.print(counts_table(stats))
    console.print(provenance_table(stats))
    if stats.failures:
        console.print(failures_summary(corpus, stats))


def failures_summary(corpus: Path, stats) -> str:
    per_plugin = ", ".join(f"{count} in {provenance}" for provenance, count in sorted(stats.failures_by_plugin().items()))
    return (f"Plugins failed on {len({f.document for f in stats.failures})} documents ({per_plugin}); "
            f"see `annotate stats {corpus} --failures`; the next `annotate run` retries them.")


@cli.command("validate")
@click.argument("corpus", type=click.Path(path_type=Path))
def validate_command(corpus):
    """Check CORPUS against the format's JSON Schema and its rules."""
    documents, spans = validate_corpus(corpus)
    console.print(f"{corpus} is valid: {documents} documents, {spans} spans")
    stats = corpus_stats(corpus)
    if stats.failures:
        console.print(failures_summary(corpus, stats))


@cli.command("eval")
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option("--annotator", help="Compare with this person's annotations (default: the latest completed review).")
@click.option("--report", "report_path", type=click.Path(path_type=Path), help="Also write the scores as JSON here.")
@click.option("--model", "model_path", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Also compare the rules, this trained model and their union on the gold documents it did not "
                   "train on.")
def eval_command(corpus, annotator, report_path, model_path):
    """Score each plugin's predictions against the human annotations: P/R/F1 per family and label."""
    if report_path is not None and report_path.is_dir():
        raise click.ClickException(f"{report_path} is a directory, not a file for the JSON report")
    report = evaluate_corpus(corpus, annotator)
    console.print(f"{corpus}: {report.gold_documents} of {report.documents} documents have gold annotations")
    for table in evaluation_tables(report):
        console.print(table)
    data = report.to_dict()
    if model_path is not None:
        with progress_bar("running the model") as bar:
            task = bar.add_task("model", total=None)
            comparison = compare_with_model(corpus, model_path, annotator, progress=lambda n: bar.advance(task, n))
        show_comparison(comparison)
        data["model_comparison"] = comparison.to_dict()
    if report_path is not None:
        atomic_write(report_path, json.dumps(data, indent=2) + "\n")
        console.print(f"report written to {report_path}")


@cli.command("plugins")
def plugins_command():
    """List the installed plugins with their versions and labels."""
    host = PluginHost.discover()
    table = Table(title="Installed plugins (entry-point group 'annotate')")
    for column in ("plugin", "version", "hooks", "labels"):
        table.add_column(column)
    for plugin in host.plugins.values():
        hooks = sorted(h.removeprefix("annotate_") for h in dir(plugin.module) if h.startswith("annotate_")
                       and callable(getattr(plugin.module, h)))
        labels = "; ".join(f"{family}: {', '.join(names)}" for family, names in plugin.labels.items())
        table.add_row(plugin.name, plugin.version, ", ".join(hooks), labels)
    console.print(table)


cli.add_command(export_command)
cli.add_command(studio)
cli.add_command(agree_command)
cli.add_command(adjudicate_command)
cli.add_command(train_command)
cli.add_command(report_command)


def main() -> None:
    try:
        PluginHost.discover().register_commands(cli)
    except AnnotateError as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(1)
    cli()
