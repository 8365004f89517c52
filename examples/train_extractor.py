"""Train a span extractor from an `annotate export` dataset with the library behind `annotate train`.

    annotate export my-corpus exported/
    python examples/train_extractor.py exported/ models/extractor --epochs 20
    annotate run next-batch/ --model models/extractor

`annotate train CORPUS OUT` does the same from a corpus directory. This example starts
from ``datasets.load_dataset(EXPORT, "spans")`` instead, to show that an export is all a
training script needs: its train and validation rows become ``(Document, spans)`` pairs
for ``annotate.train.train_model``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import datasets

from annotate.model import Document, Span
from annotate.train import DEFAULT_EPOCHS, train_model


def gold_pairs(rows) -> list[tuple[Document, list[Span]]]:
    return [
        (Document(row["id"], row["text"]),
         [Span(s["start"], s["end"], s["label"], s["family"], s["text"], s["source"], s["by"], json.loads(s["attrs"]))
          for s in row["spans"]])
        for row in rows
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path, help="a directory written by `annotate export`")
    parser.add_argument("out", type=Path, help="where to save the trained pipeline")
    parser.add_argument("--family", action="append", help="a label family to learn (repeatable; default: all)")
    parser.add_argument("--epochs", type=int, default=DEFAULT_EPOCHS)
    args = parser.parse_args(argv)

    dataset = datasets.load_dataset(str(args.export), "spans")
    train = gold_pairs(dataset["train"])
    validation = gold_pairs(dataset["validation"]) if "validation" in dataset else []
    labels: dict[str, dict[str, str]] = {}
    for _, spans in train + validation:
        for span in spans:
            labels.setdefault(span.family, {})[span.label] = ""
    report = train_model(train, validation, args.out, labels=labels, families=args.family, epochs=args.epochs,
                         name=f"annotate_{args.export.name}")
    print(f"saved to {report.out_dir} as {report.name}-{report.version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
