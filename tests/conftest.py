"""Shared fixtures: the real spaCy pipeline, loaded once per test session."""

from __future__ import annotations

import os

# Hugging Face libraries read these once, when first imported: set before any test module imports them.
os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ["HF_HUB_OFFLINE"] = "1"

import pytest  # noqa: E402
import spacy  # noqa: E402

from annotate.settings import DEFAULT_PIPELINE, Settings  # noqa: E402


@pytest.fixture(scope="session")
def nlp():
    return spacy.load(DEFAULT_PIPELINE)


@pytest.fixture(scope="session")
def run_plugin(nlp):
    """Run one plugin module's predictor on a text; returns [(text, label, attrs), ...]."""
    predictors = {}

    def run(plugin_module, text, settings=None):
        key = (plugin_module.__name__, id(settings))
        if key not in predictors:
            predictors[key] = plugin_module.annotate_predictor(nlp=nlp, settings=settings or Settings())
        found = []

        def emit(doc, start, end, label, attrs=None, score=None):
            found.append((doc.text[start:end], label, dict(attrs or {})))

        predictors[key]([nlp(text)], emit)
        return found

    return run


@pytest.fixture(scope="session")
def blank_pipeline(tmp_path_factory):
    """A saved blank English pipeline: real spaCy tokenization, no statistical components."""
    path = tmp_path_factory.mktemp("pipelines") / "blank_en"
    spacy.blank("en").to_disk(path)
    return str(path)


@pytest.fixture
def install_plugin(tmp_path, monkeypatch):
    """Install a test-only plugin the way a package would: a module plus an entry point.

    ``install_plugin(name, source)`` writes ``source`` as module ``annotate_test_<name>`` and a
    ``.dist-info`` whose entry_points.txt lists it under the ``annotate`` group. The folder is put
    on ``sys.path`` and on ``PYTHONPATH`` (for subprocesses).
    """
    import importlib
    import os
    import sys
    import textwrap

    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")])))
    installed = []

    def install(name, source, version="1.0"):
        module = f"annotate_test_{name}"
        (site / f"{module}.py").write_text(textwrap.dedent(source))
        dist = site / f"annotate_test_{name}-{version}.dist-info"
        dist.mkdir(exist_ok=True)
        (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: annotate-test-{name}\nVersion: {version}\n")
        (dist / "entry_points.txt").write_text(f"[annotate]\n{name} = {module}\n")
        sys.modules.pop(module, None)
        importlib.invalidate_caches()
        installed.append(module)
        return module

    yield install
    for module in installed:
        sys.modules.pop(module, None)


def snapshot(directory):
    """Every file under a directory with its bytes, to assert that nothing changed."""
    from pathlib import Path

    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(Path(directory).rglob("*")) if p.is_file()}
