"""Build the worked example of the review workflow: the seed corpus annotated twice.

The gold corpus (corpus/) has one person's annotations, ``gold-annotator``. This
script copies it to OUT (default work/review-example) and adds a second person,
``second-annotator``, whose version is the gold changed by fixed rules that mimic
the slips people make, so that every kind of disagreement occurs:

1. missed spans: every 6th entity span (in the order of corpus/gold/spans.jsonl) is left out;
2. relabels: every 3rd remaining GPE is labelled LOC;
3. boundary shifts in quantities: an approximating word at the start of a quantity
   ("nearly", "more than", "at least", ...) is left out of the span, and its ``change``
   is then recorded as ``=``;
4. boundary shifts in policy measures: a measure of more than five words ends before its
   first " to ", " for " or ", " (the annotator stops at the head noun phrase);
5. an attribute slip: every 4th MONEY span that keeps its boundaries has its ``value``
   written in millions.

Then, to reproduce the figures of docs/review.md::

    annotate agree work/review-example
    annotate adjudicate work/review-example --strategy majority
    annotate eval work/review-example
    annotate report work/review-example work/review-example/report.html

``--screenshots FOLDER`` adjudicates, writes the report and saves two screenshots of it
taken in headless Chromium (docs/report.png and docs/report-document.png are made this way).

    python scripts/build_review_example.py [OUT] [--screenshots docs]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path

from annotate.ingest import import_annotations

ROOT = Path(__file__).resolve().parent.parent
GOLD_CORPUS = ROOT / "corpus"
GOLD_SPANS = GOLD_CORPUS / "gold" / "spans.jsonl"
SECOND = "second-annotator"
SECOND_AT = "2026-11-24T00:00:00"
APPROXIMATIONS = re.compile(r"^(nearly|almost|about|around|approximately|over|more than|less than|fewer than|"
                            r"at least|at most|up to|within|some)\s+", re.IGNORECASE)
POLICY_HEAD_END = re.compile(r" to | for |, ")


def second_version(spans: list[dict]) -> list[dict]:
    """The second annotator's spans: the gold changed by the rules of the module docstring."""
    texts = {path.stem: path.read_text("utf-8") for path in (ROOT / "seeds").glob("*.txt")}
    changed, entities, gpes, monies = [], 0, 0, 0
    for gold in spans:
        span = {**gold, "attrs": dict(gold.get("attrs") or {})}
        text = texts[span["doc"]].replace("\r\n", "\n")
        if span["family"] == "entities":
            entities += 1
            if entities % 6 == 0:
                continue
            if span["label"] == "GPE":
                gpes += 1
                if gpes % 3 == 0:
                    span["label"] = "LOC"
        elif span["family"] == "quantities" and (found := APPROXIMATIONS.match(span["text"])):
            span["start"] += found.end()
            span["attrs"]["change"] = "="
        elif span["family"] == "policy" and len(span["text"].split()) > 5:
            cut = POLICY_HEAD_END.search(span["text"])
            if cut:
                span["end"] = span["start"] + cut.start()
        elif span["label"] == "MONEY":
            monies += 1
            if monies % 4 == 0 and "value" in span["attrs"]:
                span["attrs"]["value"] = span["attrs"]["value"] / 1e6
        span["text"] = text[span["start"]:span["end"]]
        changed.append(span)
    return changed


def build(out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(GOLD_CORPUS, out, ignore=shutil.ignore_patterns("gold", "README.md", ".annotate.lock"))
    spans = [json.loads(line) for line in GOLD_SPANS.read_text("utf-8").splitlines() if line.strip()]
    second = second_version(spans)
    spans_path = out / f"{SECOND}.jsonl"
    spans_path.write_text("".join(json.dumps(span, ensure_ascii=False) + "\n" for span in second), "utf-8")
    stored = import_annotations(spans_path, out, SECOND, at=SECOND_AT)
    print(f"{out}: gold-annotator has {len(spans)} spans, {SECOND} {stored}")


def screenshots(out: Path, folder: Path) -> None:
    """Adjudicate, write the report and save two screenshots of it: the top and the documents."""
    from click.testing import CliRunner
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from annotate.cli import cli

    runner = CliRunner()
    for command in (["adjudicate", str(out), "--strategy", "majority"], ["report", str(out), str(out / "report.html")]):
        result = runner.invoke(cli, command)
        if result.exit_code:
            raise SystemExit(result.output)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,1600"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.get((out / "report.html").resolve().as_uri())
        driver.save_screenshot(str(folder / "report.png"))
        driver.execute_script("document.getElementById('documents').scrollIntoView()")
        driver.save_screenshot(str(folder / "report-document.png"))
    finally:
        driver.quit()
    print(f"screenshots of {out / 'report.html'} saved to {folder}/report.png and report-document.png")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "work" / "review-example")
    parser.add_argument("--screenshots", type=Path, metavar="FOLDER",
                        help="Adjudicate, write the report and save report.png and report-document.png here.")
    arguments = parser.parse_args()
    build(arguments.out)
    if arguments.screenshots:
        screenshots(arguments.out, arguments.screenshots)


if __name__ == "__main__":
    main()
