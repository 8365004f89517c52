"""The command-line options that choose where a command runs: ``--engine``, ``--scheduler``, ``--workers``."""

from __future__ import annotations

import os
from typing import Any

import click

ENGINES = ("local", "dask")
SCHEDULER_VARIABLE = "DASK_SCHEDULER_ADDRESS"


def engine_options(command):
    """Add the engine options to a click command (they arrive as ``engine``, ``scheduler``, ``workers``)."""
    options = [
        click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
                     help="Where to work: in this process, or on Dask distributed, one task per shard."),
        click.option("--scheduler", metavar="ADDRESS",
                     help=f"A running Dask scheduler to use (tcp://HOST:8786; implies --engine dask; default: "
                          f"${SCHEDULER_VARIABLE} with --engine dask, else a local cluster). Its workers must "
                          f"see the corpus path."),
        click.option("--workers", type=click.IntRange(1),
                     help="Worker processes of the local Dask cluster (default: one per core)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def dask_engine(engine: str, scheduler: str | None, workers: int | None) -> Any:
    """The :class:`annotate.engine.DaskEngine` the options ask for, or None for the local path."""
    if scheduler is None and engine == "dask":
        scheduler = os.environ.get(SCHEDULER_VARIABLE) or None
    if engine != "dask" and scheduler is None:
        return None
    from .engine import DaskEngine  # Dask takes a while to import: only runs on it need it

    return DaskEngine(scheduler=scheduler, workers=workers)
