"""The quantities plugin on the quantity development sets (`../shared/quantity-dev`), scored by their scorer.

Every sentence goes through the real pipeline (`annotate.pipeline.Annotator`: one spaCy parse
shared by every installed plugin); the quantities plugin's spans become the scorer's predictions
(`value` or `[value, value_max]`, `unit`, `change`), and `score.py` scores each set and `all`.
Prints value, value+unit and value+change P/R/F1 per set, the sentences on which any plugin
failed (raised or emitted an invalid span), and the quantities predictor's time against the parse.

    .venv/bin/python bench/quantity_dev.py [--data ../shared/quantity-dev] [--errors]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from annotate.errors import PluginError
from annotate.model import Document
from annotate.pipeline import Annotator
from annotate.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SETS = ["currency-model", "dimension-model", "temperature-model", "age-model"]
MEASURES = ["value", "value+unit", "value+change"]


def scorer(data: Path, *args: str) -> str:
    result = subprocess.run([sys.executable, str(data / "score.py"), *args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"score.py {' '.join(args)} failed: {result.stderr.strip() or result.stdout.strip()}")
    return result.stdout + result.stderr


def sentences(data: Path, name: str, folder: Path) -> list[str]:
    out = folder / f"{name}.sentences.jsonl"
    scorer(data, name, "--dump-sentences", str(out))
    return [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]


def as_prediction(attrs: dict) -> dict:
    value = attrs.get("value")
    if attrs.get("value_max") is not None:
        value = [value, attrs["value_max"]]
    return {"value": value, "unit": attrs.get("unit"), "change": attrs.get("change") or "="}


def predict(annotator: Annotator, texts: list[str]) -> tuple[list[list[dict]], int, float, float]:
    """Per sentence, the quantities plugin's predictions; the number of sentences on which any plugin
    failed; the seconds of the parse and of the quantities predictor alone."""
    documents = [Document(id=f"dev-{i}", text=text) for i, text in enumerate(texts)]
    started = time.perf_counter()
    parsed = list(annotator.parse(texts))
    parse_seconds = time.perf_counter() - started
    predictions, failed = [], 0
    for document, doc in zip(documents, parsed):
        try:
            result = annotator.predict_parsed([document], [doc])[0]
        except PluginError:
            result = None
        if result is None or getattr(result, "failures", None):
            failed += 1
        spans = (result or {}).get("quantities", [])
        predictions.append([as_prediction(span.attrs) for span in sorted(spans, key=lambda s: s.start)])
    quantities = annotator.predictors["quantities"]
    started = time.perf_counter()
    quantities(parsed, lambda *args, **kwargs: None)
    return predictions, failed, parse_seconds, time.perf_counter() - started


def figures(output: str) -> dict[str, tuple[float, float, float]]:
    rows = {}
    for line in output.splitlines():
        parts = line.split(maxsplit=1)
        if parts and parts[0] in MEASURES:
            rows[parts[0]] = tuple(float(x) for x in re.findall(r"=\s*([\d.]+)", parts[1])[:3])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "quantity-dev")
    parser.add_argument("--errors", action="store_true", help="print the scorer's misses (to stderr)")
    args = parser.parse_args()
    if not (args.data / "score.py").is_file():
        sys.exit(f"{args.data} has no score.py: pass --data with the quantity-dev folder")
    console = Console(width=130)
    annotator = Annotator.load(Settings())
    table = Table(title="quantities on the quantity development sets (P / R / F1)")
    for column in ["set", "sentences", *MEASURES, "failed"]:
        table.add_column(column, justify="left" if column == "set" else "right")
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        texts = {name: sentences(args.data, name, folder) for name in SETS}
        all_texts = [text for name in SETS for text in texts[name]]
        with console.status(f"parsing and annotating {len(all_texts)} sentences"):
            predictions, failed, parse_seconds, plugin_seconds = predict(annotator, all_texts)
        offset, failed_per_set = 0, {}
        for name in SETS + ["all"]:
            count = len(all_texts) if name == "all" else len(texts[name])
            chosen = predictions if name == "all" else predictions[offset:offset + count]
            out = folder / f"{name}.predictions.jsonl"
            with out.open("w", encoding="utf-8") as handle:
                for i, quantities in enumerate(chosen):
                    handle.write(json.dumps({"id": i, "quantities": quantities}) + "\n")
            output = scorer(args.data, name, "--predictions", str(out), *(["--errors"] if args.errors else []))
            if args.errors:
                print(f"== {name}\n" + "\n".join(line for line in output.splitlines() if line.startswith("MISS")),
                      file=sys.stderr)
            rows = figures(output)
            table.add_row(name, str(count), *(" / ".join(f"{x:.1f}" for x in rows[m]) for m in MEASURES),
                          str(failed) if name == "all" else "")
            if name != "all":
                offset += count
    console.print(table)
    console.print(f"sentences on which a plugin failed: {failed}")
    console.print(f"quantities predictor {plugin_seconds:.2f} s against the parse {parse_seconds:.2f} s "
                  f"({100 * plugin_seconds / parse_seconds:.1f}%)")


if __name__ == "__main__":
    main()
