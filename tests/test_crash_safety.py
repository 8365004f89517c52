"""Crash safety: ``annotate run``, ``annotate studio pull`` and ``annotate export`` killed with SIGKILL.

A few seeded trials of each, from ``bench/crash_trials.py`` (which runs many more by hand; the
figures are in the README): one killed at a random moment in the second half of an uninterrupted
run, two while the command writes, so that a few trials reach the moments that matter.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytest_plugins = ["labelstudio_fixtures"]

REPO = Path(__file__).resolve().parent.parent
TRIALS = [("random", 0), ("writing", 1), ("writing", 2)]
WINDOW = (0.5, 1.0)


def load_harness():
    spec = importlib.util.spec_from_file_location("crash_trials", REPO / "bench" / "crash_trials.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


harness = load_harness()


def check(trials) -> None:
    trials.prepare()
    results = [trials.trial(seed, mode) for mode, seed in TRIALS]
    problems = [f"{t.mode} seed {t.seed} (killed at {t.delay:.3f} s): {p}" for t in results for p in t.problems]
    assert problems == []
    assert any(t.killed for t in results), "no trial killed the command before it finished"


def test_a_killed_run_leaves_a_valid_corpus_and_the_next_run_finishes_it(tmp_path):
    check(harness.RunTrials(tmp_path, count=600, options=("--plugin", "quantities"), window=WINDOW))


def test_a_killed_export_leaves_the_earlier_or_the_new_export_and_the_corpus_untouched(tmp_path):
    check(harness.ExportTrials(tmp_path, count=300, window=WINDOW))


@pytest.mark.labelstudio
def test_a_killed_pull_loses_and_duplicates_no_annotation(studio_server, tmp_path):
    check(harness.PullTrials(tmp_path, studio_server.url, studio_server.login().token, count=520, window=WINDOW))
