"""Train a span extractor on an annotate export, on the CPU, and save it as a spaCy pipeline.

    annotate export my-corpus exported/
    python examples/train_extractor.py exported/ --family entities --epochs 20 --out models/entities
    annotate run next-batch/ --model models/entities --plugin model

The script starts from ``datasets.load_dataset(EXPORT, "spans")``, turns each paragraph
with the spans of one label family into a spaCy example and trains a NER from
``spacy.blank("en")``: no downloaded weights. The saved pipeline pre-annotates the next batch through the ``model``
plugin; its spans carry the provenance ``model@<name>-<version>`` of ``--name``/``--version``
(bump ``--version`` when you retrain, so that ``annotate run`` predicts again).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import datasets
import spacy
from spacy.training import Example
from spacy.util import compounding, filter_spans, fix_random_seed, minibatch

DROPOUT = 0.2


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path, help="a directory written by `annotate export`")
    parser.add_argument("--out", type=Path, required=True, help="where to save the trained pipeline")
    parser.add_argument("--family", default="entities", help="the label family to learn (default: entities)")
    parser.add_argument("--epochs", type=int, default=20, help="passes over the train split (default: 20)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    parser.add_argument("--name", help="model name in its meta (default: annotate_<family>)")
    parser.add_argument("--version", default="0.1.0", help="model version in its meta (default: 0.1.0)")
    return parser.parse_args(argv)


def paragraphs(text: str):
    """``(start, end)`` of each non-blank line: long documents become many short examples."""
    start = 0
    for line in text.split("\n"):
        if line.strip():
            yield start, start + len(line)
        start += len(line) + 1


def to_examples(nlp: spacy.Language, rows: datasets.Dataset, family: str) -> tuple[list[Example], int]:
    """One example per paragraph with the family's spans as entities, and the count of spans left out.

    A span left out crosses a line break, does not fall on spaCy token boundaries, or
    overlaps another of its family.
    """
    examples, left_out = [], 0
    for row in rows:
        wanted = [span for span in row["spans"] if span["family"] == family]
        kept = 0
        for start, end in paragraphs(row["text"]):
            text = row["text"][start:end]
            reference = nlp.make_doc(text)
            inside = [s for s in wanted if start <= s["start"] and s["end"] <= end]
            on_tokens = [reference.char_span(s["start"] - start, s["end"] - start, label=s["label"]) for s in inside]
            reference.ents = filter_spans([span for span in on_tokens if span is not None])
            kept += len(reference.ents)
            examples.append(Example(nlp.make_doc(text), reference))
        left_out += len(wanted) - kept
    return examples, left_out


def print_epoch(epoch: int, loss: float, scores: dict, seconds: float) -> None:
    quality = [scores.get(key) for key in ("ents_p", "ents_r", "ents_f")]
    cells = [f"{value:>6.3f}" if value is not None else f"{'-':>6}" for value in quality]
    print(f"{epoch:>5}  {loss:>10.2f}  {'  '.join(cells)}  {seconds:>7.2f}", flush=True)


def train(nlp: spacy.Language, train_examples: list[Example], dev_examples: list[Example], epochs: int,
          seed: int) -> None:
    shuffle = random.Random(seed).shuffle
    optimizer = nlp.initialize(lambda: train_examples)
    print(f"{'epoch':>5}  {'loss':>10}  {'P':>6}  {'R':>6}  {'F':>6}  {'seconds':>7}")
    for epoch in range(1, epochs + 1):
        started = time.perf_counter()
        shuffle(train_examples)
        losses: dict[str, float] = {}
        for batch in minibatch(train_examples, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, sgd=optimizer, drop=DROPOUT, losses=losses)
        scores = nlp.evaluate(dev_examples) if dev_examples else {}
        print_epoch(epoch, losses.get("ner", 0.0), scores, time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    datasets.disable_progress_bars()
    dataset = datasets.load_dataset(str(args.export), "spans")
    fix_random_seed(args.seed)
    nlp = spacy.blank("en")
    train_examples, left_out = to_examples(nlp, dataset["train"], args.family)
    dev_examples, _ = to_examples(nlp, dataset["validation"], args.family) if "validation" in dataset else ([], 0)
    labels = sorted({span.label_ for example in train_examples for span in example.reference.ents})
    if not labels:
        print(f"error: the train split of {args.export} has no {args.family!r} spans to learn", file=sys.stderr)
        return 1
    ner = nlp.add_pipe("ner")
    for label in labels:
        ner.add_label(label)
    print(f"{len(dataset['train'])} train documents ({len(train_examples)} paragraphs), {len(dev_examples)} validation "
          f"paragraphs; labels: {', '.join(labels)}; {left_out} spans left out")
    train(nlp, train_examples, dev_examples, args.epochs, args.seed)
    nlp.meta.update(
        name=args.name or f"annotate_{args.family}",
        version=args.version,
        description=f"NER for the {args.family!r} label family, trained on {args.export} by {Path(__file__).name}",
    )
    nlp.to_disk(args.out)
    print(f"saved to {args.out} as {nlp.meta['name']}-{nlp.meta['version']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
