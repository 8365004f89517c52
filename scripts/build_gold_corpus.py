"""Build corpus/: the seed articles ingested, pre-annotated by every plugin, with the gold spans.

The gold spans are hand-made (corpus/gold/spans.jsonl, see corpus/gold/NOTES.md)
and are stored as annotations of the person ``gold-annotator`` with a completed
review. Run again after a plugin changes: predictions are refreshed, the gold
is set again from the file, nothing else moves.

    python scripts/build_gold_corpus.py
"""

from __future__ import annotations

import os
from pathlib import Path

from annotate.ingest import import_annotations, ingest
from annotate.pipeline import annotate_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = CORPUS / "gold" / "spans.jsonl"
ANNOTATOR = "gold-annotator"
REVIEWED_AT = "2026-11-23T00:00:00"


def main() -> None:
    os.chdir(ROOT)  # so that meta.source holds the relative path seeds/NAME.txt
    ingest(["seeds"], "corpus", name="seeds")
    report = annotate_corpus(CORPUS)
    stored = import_annotations(GOLD, CORPUS, ANNOTATOR, at=REVIEWED_AT)
    print(f"{CORPUS}: {stored} gold spans, {report.annotated} documents pre-annotated")


if __name__ == "__main__":
    main()
