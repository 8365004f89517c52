"""``annotate studio``: correct a corpus in Label Studio (up, push, pull, down, status)."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from ..plugins import PluginHost
from ..settings import DEFAULT_PIPELINE, Settings
from ..terminal import tell
from . import StudioError
from .server import DEFAULT_DATA_DIR, LocalServer, resident_memory_mb
from .sync import CHANGE_KINDS, IMPORT_BATCH, PullReport, PushReport, Sidecar, Studio, pull, push

console = Console(soft_wrap=True)  # URLs and passwords stay on one line


def data_dir_option(command):
    return click.option("--data-dir", type=click.Path(path_type=Path), default=DEFAULT_DATA_DIR, show_default=True,
                        help="Data directory of the local Label Studio server.")(command)


def connection_options(command):
    command = click.option("--token", envvar="LABEL_STUDIO_API_KEY",
                           help="API token of an existing server (env LABEL_STUDIO_API_KEY).")(command)
    command = click.option("--url", envvar="LABEL_STUDIO_URL",
                           help="URL of an existing Label Studio server (env LABEL_STUDIO_URL); "
                                "default: the local server of --data-dir.")(command)
    return data_dir_option(command)


def connect(url: str | None, token: str | None, data_dir: Path) -> Studio:
    """The server given by --url and --token, or else the running local server of the data directory."""
    if url or token:
        if not (url and token):
            raise click.UsageError("--url and --token go together")
        return Studio(url, token)
    server = LocalServer(data_dir)
    if not server.is_running():
        raise StudioError(f"no local Label Studio server runs for {data_dir}; start it with "
                          f"`annotate studio up CORPUS` or give --url and --token of another server")
    return Studio(server.url, server.login().token)


def print_push(corpus: Path, report: PushReport) -> None:
    if report.vanished_project is not None:
        console.print(f"Project {report.vanished_project} is gone from {report.url}; made a new one.")
    made = "created" if report.project_created else "updated"
    console.print(
        f"{corpus} -> project {report.project} ({made}): {len(report.imported)} tasks imported, "
        f"{len(report.adopted)} found from an earlier push, {len(report.predictions_replaced)} with new predictions, "
        f"{len(report.texts_updated)} with a new text, {report.unchanged} unchanged"
    )
    if report.annotators_per_task and report.annotators_per_task > 1:
        console.print(f"Each task is annotated by {report.annotators_per_task} people.")
    for problem in report.problems():
        console.print(f"[yellow]! {problem}")


def print_review_push(corpus: Path, report: PushReport) -> None:
    sent = len(report.imported) + len(report.predictions_replaced) + report.unchanged
    made = "created" if report.project_created else "updated"
    console.print(
        f"{corpus} -> review project {report.project} ({made}): {sent} documents to review "
        f"({len(report.imported)} new, {len(report.predictions_replaced)} with new versions, {report.unchanged} unchanged)"
    )
    for problem in report.problems():
        console.print(f"[yellow]! {problem}")
    console.print(f"\nReview them at [bold]{report.url}/projects/{report.project}/data[/bold]: each annotator's "
                  f"version is a prediction; submit the settled spans. Then run: annotate studio pull {corpus}")


def print_pull(corpus: Path, report: PullReport) -> None:
    if report.project is not None:
        console.print(
            f"{corpus} <- project {report.project}: {len(report.documents_updated)} documents updated, "
            f"{report.reviews['completed']} annotations completed, {report.reviews['cancelled']} skipped"
        )
    if report.review_project is not None:
        reviewers = sorted({reviewer for _, reviewer in report.adjudicated})
        console.print(f"{corpus} <- review project {report.review_project}: {len(report.adjudicated)} adjudicated "
                      f"sets stored" + (f" (reviewed by {', '.join(reviewers)})" if reviewers else ""))
    per_label = report.per_label()
    if per_label:
        table = Table(title="Changes per label (against the predictions, or the annotator's previous pull)")
        table.add_column("label")
        for kind in CHANGE_KINDS:
            table.add_column(kind, justify="right")
        for label, counts in per_label.items():
            table.add_row(label, *(str(counts[kind]) for kind in CHANGE_KINDS))
        console.print(table)
    for problem in report.problems:
        console.print(f"[yellow]! {problem}")


WAIT_HELP = "If another command is writing the corpus, wait for it instead of stopping."


def run_push(corpus: Path, studio: Studio, batch_size: int, wait: bool = False,
             annotators_per_task: int | None = None) -> PushReport:
    with console.status("pushing to Label Studio") as status:
        done = 0

        def progress(count: int) -> None:
            nonlocal done
            done += count
            status.update(f"pushing to Label Studio: {done} tasks sent")

        return push(corpus, studio, PluginHost.discover().labels(), batch_size=batch_size, progress=progress,
                    wait=wait, waiting=tell, annotators_per_task=annotators_per_task)


def annotators_per_task_option(command):
    return click.option("--annotators-per-task", type=click.IntRange(1), metavar="N",
                        help="How many people annotate each task (Label Studio's overlap) [default: the project's "
                             "setting, 1 for a new project].")(command)


@click.group("studio")
def studio():
    """Correct a corpus in Label Studio: start a local server, push documents, pull annotations."""


@studio.command("up")
@click.argument("corpus", type=click.Path(path_type=Path))
@connection_options
@click.option("--port", type=click.IntRange(1, 65535), envvar="ANNOTATE_STUDIO_PORT",
              help="Port of the local server (env ANNOTATE_STUDIO_PORT) [default: 8080, or the port it ran on].")
@click.option("--email", default="annotator@localhost", show_default=True,
              help="Login of the account made on the server's first start.")
@click.option("--label-studio", "executable", type=click.Path(path_type=Path),
              help="The label-studio program [default: $ANNOTATE_LABEL_STUDIO, ./.venv-labelstudio, the PATH].")
@click.option("--batch-size", default=IMPORT_BATCH, show_default=True, type=click.IntRange(1))
@click.option("--user", "users", multiple=True, metavar="EMAIL",
              help="Make an annotator account on the local server (repeatable); its login is printed.")
@annotators_per_task_option
def up_command(corpus, url, token, data_dir, port, email, executable, batch_size, users, annotators_per_task):
    """Start a local Label Studio (or use --url), push CORPUS and print where to correct it."""
    login = None
    annotators = []
    if url or token:
        if users:
            raise click.UsageError("--user makes accounts on the local server; it does not go with --url")
        connection = connect(url, token, data_dir)
    else:
        server = LocalServer(data_dir, port, executable, email)
        with console.status(f"starting Label Studio at {server.url} (a first start takes a minute or two)"):
            started = server.start()
        console.print(f"Label Studio {'started' if started else 'already running'} at {server.url} "
                      f"(data in {server.data_dir}, log in {server.log_path})")
        login = server.login()
        connection = Studio(server.url, login.token)
        annotators = [server.add_annotator(user) for user in users]
    report = run_push(corpus, connection, batch_size, annotators_per_task=annotators_per_task)
    print_push(corpus, report)
    console.print(f"\nCorrect the documents at [bold]{connection.url}/projects/{report.project}/data[/bold]")
    if login:
        console.print(f"Log in as {login.email} with the password {login.password}")
    if annotators:
        table = Table(title=f"Annotator accounts (log in at {connection.url}/user/login/)")
        for column in ("email", "password", "account"):
            table.add_column(column)
        for annotator, made in annotators:
            table.add_row(annotator.email, annotator.password, "made now" if made else "made before")
        console.print(table)
    console.print(f"Then run: annotate studio pull {corpus}")


@studio.command("push")
@click.argument("corpus", type=click.Path(path_type=Path))
@connection_options
@click.option("--batch-size", default=IMPORT_BATCH, show_default=True, type=click.IntRange(1),
              help="Tasks per import request.")
@click.option("--wait", is_flag=True, help=WAIT_HELP)
@annotators_per_task_option
def push_command(corpus, url, token, data_dir, batch_size, wait, annotators_per_task):
    """Create or update CORPUS's project: tasks, predictions and the labeling config."""
    print_push(corpus, run_push(corpus, connect(url, token, data_dir), batch_size, wait, annotators_per_task))


@studio.command("pull")
@click.argument("corpus", type=click.Path(path_type=Path))
@connection_options
@click.option("--pipeline", default=DEFAULT_PIPELINE, show_default=True,
              help="spaCy pipeline for recomputing quantity attributes.")
@click.option("--wait", is_flag=True, help=WAIT_HELP)
def pull_command(corpus, url, token, data_dir, pipeline, wait):
    """Store the annotations made in Label Studio in CORPUS and report what changed."""
    connection = connect(url, token, data_dir)
    with console.status("pulling annotations"):
        report = pull(corpus, connection, Settings(pipeline=pipeline), wait=wait, waiting=tell)
    print_pull(corpus, report)


@studio.command("down")
@data_dir_option
def down_command(data_dir):
    """Stop the local Label Studio server (its data stays)."""
    server = LocalServer(data_dir)
    console.print(f"Stopped Label Studio at {server.url}." if server.stop() else f"No Label Studio server runs for {data_dir}.")


@studio.command("status")
@click.argument("corpus", type=click.Path(path_type=Path), required=False)
@data_dir_option
def status_command(corpus, data_dir):
    """Show the local server and, given a CORPUS, the projects it was pushed to."""
    server = LocalServer(data_dir)
    if server.is_running():
        memory = resident_memory_mb(server.pid)
        console.print(f"Label Studio runs at {server.url} (pid {server.pid}"
                      f"{f', {memory:.0f} MB' if memory else ''}); log in as {server.login().email}")
    else:
        console.print(f"No Label Studio server runs for {data_dir}.")
    if corpus:
        servers = Sidecar.load(corpus).servers
        if not servers:
            console.print(f"{corpus} has not been pushed.")
        for url, link in servers.items():
            console.print(f"{corpus} -> {url}/projects/{link['project']}/data: {len(link['documents'])} tasks")
