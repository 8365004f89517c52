"""Fixtures for the Label Studio tests: one real server for the whole session, corpora to push.

Loaded by the Label Studio test modules through ``pytest_plugins``, so that the server
fixture exists once and every module shares the same server.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from annotate.ingest import ingest
from annotate.labelstudio.server import LocalServer, free_port
from annotate.labelstudio.sync import Studio
from annotate.pipeline import annotate_corpus

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
DATABASE = "label_studio.sqlite3"

# Türkiye has a non-ASCII letter, 🚚, 𝔘 and 😀 lie outside the Basic Multilingual Plane,
# and the text has line breaks.
UNICODE_TEXT = (
    "Trucks 🚚 leave Horgos for Türkiye every week.\n"
    "In 2023 the 𝔘 port near Kazakhstan handled 5 million tonnes of cargo for Türkiye.\n"
    "\n"
    "Exports rose by 12 percent 😀 in Urumqi and Almaty."
)


def label_studio_program() -> Path:
    program = Path(os.environ.get("ANNOTATE_LABEL_STUDIO", REPO / ".venv-labelstudio" / "bin" / "label-studio"))
    if not (program.is_file() and os.access(program, os.X_OK)):
        pytest.fail(
            f"the Label Studio server program {program} does not exist: run `make setup-test` (it installs "
            f"label-studio into .venv-labelstudio) or set ANNOTATE_LABEL_STUDIO to a label-studio program",
            pytrace=False,
        )
    return program


@pytest.fixture(scope="session")
def studio_server(tmp_path_factory):
    """A real Label Studio server on a free loopback port with a fresh data directory."""
    server = LocalServer(tmp_path_factory.mktemp("label-studio"), free_port(), label_studio_program(),
                         email="corrector@example.com")
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def studio(studio_server):
    return Studio(studio_server.url, studio_server.login().token)


@pytest.fixture
def throwaway_server(studio_server, tmp_path):
    """A second server to break, started from a copy of the session server's data directory.

    The copy skips the first start's database migrations, so it starts in seconds.
    """
    data_dir = tmp_path / "throwaway-label-studio"
    shutil.copytree(studio_server.data_dir, data_dir,
                    ignore=shutil.ignore_patterns(f"{DATABASE}*", "annotate-server.*"))
    with sqlite3.connect(studio_server.data_dir / DATABASE) as source, sqlite3.connect(data_dir / DATABASE) as copy:
        source.backup(copy)
    server = LocalServer(data_dir, free_port(), studio_server.executable)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def seed_corpus_template(tmp_path_factory):
    """The seed documents, ingested and pre-annotated by every installed plugin."""
    path = tmp_path_factory.mktemp("seed-corpus") / "seeds"
    ingest([SEEDS], path)
    annotate_corpus(path)
    return path


@pytest.fixture
def seed_corpus(seed_corpus_template, tmp_path):
    path = tmp_path / "seeds"
    shutil.copytree(seed_corpus_template, path)
    return path


@pytest.fixture
def unicode_corpus(tmp_path):
    """Two documents from a .jsonl source, one with predictions of its own, and one from a .txt file.

    The document ``unicode`` has the text :data:`UNICODE_TEXT`.
    """
    sources = tmp_path / "sources"
    sources.mkdir()
    predicted = [("Türkiye", 0, "GPE"), ("Kazakhstan", 0, "GPE"), ("Urumqi", 0, "GPE"), ("12 percent", 0, "PERCENT")]
    spans = []
    for text, nth, label in predicted:
        start = find(UNICODE_TEXT, text, nth)
        spans.append({"start": start, "end": start + len(text), "label": label, "source": "prediction",
                      "by": "fixture@1", "score": 0.5})
    lines = [
        {"id": "unicode", "text": UNICODE_TEXT, "meta": {"title": "Trucks to Türkiye"}, "spans": spans},
        {"id": "plain", "text": "Nothing to see in Almaty.", "meta": {}},
    ]
    (sources / "docs.jsonl").write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines))
    (sources / "note.txt").write_text("A short note on Khorgos 🚉 trade.\nSecond line.\n", encoding="utf-8")
    path = tmp_path / "unicode"
    ingest([sources], path)
    return path


def find(text: str, part: str, nth: int = 0) -> int:
    """The code-point offset of the nth occurrence of part in text."""
    start = text.index(part)
    for _ in range(nth):
        start = text.index(part, start + 1)
    return start
