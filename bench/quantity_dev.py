"""The quantities plugin on the quantity development sets (`../shared/quantity-dev`), scored by their scorer.

Every sentence goes through the real pipeline (`annotate.pipeline.Annotator`: one spaCy parse
shared by every installed plugin); the quantities plugin's spans become the scorer's predictions
(`value` or `[value, value_max]`, `unit`, `change`), and `score.py` scores each set and `all`.
Prints value, value+unit and value+change P/R/F1 per set, the sentences on which any plugin
failed (raised or emitted an invalid span), and the quantities predictor's time against the parse.

The sets follow another scheme than the project's guidelines, and the predictions are translated
into it before scoring (``in_dev_scheme``), kind by kind, never sentence by sentence:

- hundredths of a currency: the guidelines fold them into the main unit ("52 cents" is 0.52 USD),
  the sets keep them ("52", "cent"); an amount whose written unit is a subunit word is reported in
  it ("470 pence a share" is 470 "penny per share");
- unit names: ISO 4217 codes become the sets' English currency names (the scorer's ``UNIT_MAP``
  first, then CLDR's English name from babel); temperature scales drop "degree" ("celsius");
  "person" is "people", a multiplier's "time" is "count", a weight's "pound" is "pound-mass",
  a "tonne" written "ton(s)" is "ton"; each side of an "X per Y" unit is translated alone;
- change: the sets mark no change at all (every one of their 432 quantities is "="; Recognizers-Text
  records no bounds, approximations or trends), so under their convention every prediction is "="
  and value+change equals value. The column "v+c (own)" scores the plugin's own `change`
  (``~``, ``<``, ``>``, ``up``, ``down`` as the guidelines set them) against that gold: it counts
  how often a quantity carries none of those cues, not whether the plugin reads them right.

    .venv/bin/python bench/quantity_dev.py [--data ../shared/quantity-dev] [--errors]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from babel.numbers import get_currency_name

from annotate.errors import PluginError
from annotate.model import Document
from annotate.pipeline import Annotator
from annotate.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SETS = ["currency-model", "dimension-model", "temperature-model", "age-model"]
MEASURES = ["value", "value+unit", "value+change"]
SUBUNIT_NAMES = {"cent": "cent", "cents": "cent", "pence": "penny", "penny": "penny", "p": "penny"}
SCALE_NAMES = {"degree Celsius": "celsius", "degree Fahrenheit": "fahrenheit"}
NOUN_NAMES = {"person": "people", "time": "count", "pound": "pound-mass"}
TON_FORMS = ("ton", "tons")


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


def dev_unit_name(unit: str | None, surface: str, unit_map: dict) -> str | None:
    """One side of a unit in the sets' words: "USD" is "dollar", "HKD" "hong kong dollar"."""
    if unit is None or unit in unit_map:
        return unit
    if unit.isupper() and len(unit) == 3:
        return get_currency_name(unit, locale="en").lower()
    if unit == "tonne" and surface.lower() in TON_FORMS:
        return "ton"
    return SCALE_NAMES.get(unit) or NOUN_NAMES.get(unit, unit)


def in_dev_scheme(prediction: dict, attrs: dict, unit_map: dict) -> dict:
    """A prediction translated into the sets' scheme (see the module's docstring)."""
    unit, surface = prediction["unit"], (attrs.get("surface_unit") or "")
    surface_words = re.split(r"[\s-]+", surface.strip().lower()) if surface else [""]
    value = prediction["value"]
    if unit and surface_words[0] in SUBUNIT_NAMES and unit.split(" per ")[0].isupper():
        factor = 100
        value = [v * factor for v in value] if isinstance(value, list) else value * factor
        unit = " per ".join([SUBUNIT_NAMES[surface_words[0]], *unit.split(" per ")[1:]])
    elif unit:
        parts = unit.split(" per ")
        unit = " per ".join([dev_unit_name(parts[0], surface_words[0], unit_map),
                             *(dev_unit_name(part, "", unit_map) for part in parts[1:])])
        if len(parts) > 1:  # the scorer maps a whole unit only
            unit = " per ".join(unit_map.get(part, part) for part in unit.split(" per "))
    return {"value": value, "unit": unit, "change": "="}


def predict(annotator: Annotator, texts: list[str]) -> tuple[list[list[dict]], int, float, float]:
    """Per sentence, the quantities plugin's attributes of each span; the number of sentences on which
    any plugin failed; the seconds of the parse and of the quantities predictor alone."""
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
        predictions.append([dict(span.attrs) for span in sorted(spans, key=lambda s: s.start)])
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


def scorer_unit_map(data: Path) -> dict:
    """The scorer's own ``UNIT_MAP`` (read from its source, so the translation follows it)."""
    spec = importlib.util.spec_from_file_location("quantity_dev_score", data / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.UNIT_MAP


def score_file(data: Path, name: str, path: Path, rows: list[list[dict]], errors: bool) -> dict:
    with path.open("w", encoding="utf-8") as handle:
        for i, quantities in enumerate(rows):
            handle.write(json.dumps({"id": i, "quantities": quantities}) + "\n")
    output = scorer(data, name, "--predictions", str(path), *(["--errors"] if errors else []))
    if errors:
        print(f"== {name}\n" + "\n".join(line for line in output.splitlines() if line.startswith("MISS")),
              file=sys.stderr)
    return figures(output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "quantity-dev")
    parser.add_argument("--errors", action="store_true", help="print the scorer's misses (to stderr)")
    args = parser.parse_args()
    if not (args.data / "score.py").is_file():
        sys.exit(f"{args.data} has no score.py: pass --data with the quantity-dev folder")
    console = Console(width=150)
    annotator = Annotator.load(Settings())
    unit_map = scorer_unit_map(args.data)
    table = Table(title="quantities on the quantity development sets, in the sets' scheme (P / R / F1)")
    for column in ["set", "sentences", *MEASURES, "v+c (own)", "failed"]:
        table.add_column(column, justify="left" if column == "set" else "right")
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        texts = {name: sentences(args.data, name, folder) for name in SETS}
        all_texts = [text for name in SETS for text in texts[name]]
        with console.status(f"parsing and annotating {len(all_texts)} sentences"):
            attributes, failed, parse_seconds, plugin_seconds = predict(annotator, all_texts)
        translated = [[in_dev_scheme(as_prediction(attrs), attrs, unit_map) for attrs in sentence]
                      for sentence in attributes]
        own = [[{**prediction, "change": attrs.get("change") or "="} for prediction, attrs in zip(row, sentence)]
               for row, sentence in zip(translated, attributes)]
        offset = 0
        for name in SETS + ["all"]:
            count = len(all_texts) if name == "all" else len(texts[name])
            chosen = slice(0, count) if name == "all" else slice(offset, offset + count)
            rows = score_file(args.data, name, folder / f"{name}.jsonl", translated[chosen], args.errors)
            own_rows = score_file(args.data, name, folder / f"{name}.own.jsonl", own[chosen], False)
            table.add_row(name, str(count), *(" / ".join(f"{x:.1f}" for x in rows[m]) for m in MEASURES),
                          " / ".join(f"{x:.1f}" for x in own_rows["value+change"]),
                          str(failed) if name == "all" else "")
            if name != "all":
                offset += count
    console.print(table)
    console.print(f"sentences on which a plugin failed: {failed}")
    console.print(f"quantities predictor {plugin_seconds:.2f} s against the parse {parse_seconds:.2f} s "
                  f"({100 * plugin_seconds / parse_seconds:.1f}%)")


if __name__ == "__main__":
    main()
