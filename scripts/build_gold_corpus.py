"""Build corpus/: the seed articles ingested, pre-annotated by every plugin, with the gold spans.

The gold spans are hand-made (corpus/gold/spans.jsonl, see corpus/gold/NOTES.md)
and are stored as annotations of the person ``gold-annotator`` with a completed
review. Run again after a plugin changes: predictions are refreshed, the gold
is set again from the file, nothing else moves.

    python scripts/build_gold_corpus.py
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path

from annotate.corpus import Corpus
from annotate.ingest import ingest
from annotate.model import ANNOTATION, Review
from annotate.pipeline import annotate_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = CORPUS / "gold" / "spans.jsonl"
ANNOTATOR = "gold-annotator"
REVIEWED_AT = "2026-11-23T00:00:00"


def gold_by_document() -> dict[str, list[dict]]:
    spans = defaultdict(list)
    for line in GOLD.read_text("utf-8").splitlines():
        if line.strip():
            span = json.loads(line)
            spans[span["doc"]].append(span)
    return spans


def main() -> None:
    os.chdir(ROOT)  # so that meta.source holds the relative path seeds/NAME.txt
    ingest(["seeds"], "corpus", name="seeds")
    report = annotate_corpus(CORPUS)
    corpus = Corpus.open(CORPUS)
    gold = gold_by_document()
    documents = []
    for document in corpus:
        document.spans = [s for s in document.spans if s.by != ANNOTATOR]
        for span in gold.get(document.id, []):
            document.spans.append(
                document.make_span(span["start"], span["end"], span["label"], span["family"], ANNOTATION, ANNOTATOR,
                                   span.get("attrs"))
            )
        document.reviews = [r for r in document.reviews if r.annotator != ANNOTATOR]
        document.reviews.append(Review(ANNOTATOR, "completed", REVIEWED_AT))
        documents.append(document)
    corpus.save(documents)
    print(f"{CORPUS}: {len(documents)} documents with gold, {report.annotated} pre-annotated")


if __name__ == "__main__":
    main()
