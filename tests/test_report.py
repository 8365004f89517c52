"""The HTML report: self-contained, and what a person sees when it is opened in headless Chromium."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from click.testing import CliRunner
from review_fixtures import build_corpus, two_annotators  # noqa: F401 (a fixture)
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from annotate.adjudicate import Strategy, adjudicate_corpus
from annotate.cli import cli
from annotate.labelstudio.sync import Change, PullReport, record_pull
from annotate.model import ANNOTATION, Span
from annotate.report import render_spans, write_report

pytest_plugins = ["browser_fixtures"]

# The labels of the spans drawn in the visible view of the visible document, by family.
DRAWN = """
const view = [...document.querySelectorAll('article.document')].find(a => !a.hidden)
  .querySelector('.view:not([hidden])');
const drawn = {};
for (const family of view.querySelectorAll('.family')) {
  if (family.hidden) continue;
  const words = [];
  for (const token of family.querySelectorAll('.spans > span')) {
    const text = token.firstChild.textContent.trim();
    const label = [...token.querySelectorAll('span')].filter(s => s.children.length === 0)
      .map(s => s.textContent.trim()).filter(Boolean);
    words.push([text, label]);
  }
  drawn[family.dataset.family] = words;
}
return [view.dataset.view, drawn];
"""


@pytest.fixture
def reported(two_annotators, tmp_path):
    adjudicate_corpus(two_annotators, Strategy.parse("union"))
    pulled = PullReport("http://127.0.0.1:8080", 1, documents_updated=["differ"],
                        changes=[Change("differ", "bob", "relabelled", "GPE", 24, 30, "LOC", 24, 30)])
    pulled.reviews["completed"] += 1
    record_pull(two_annotators, pulled)
    out = tmp_path / "report.html"
    summary = write_report(two_annotators, out)
    return out, summary


def test_the_report_is_one_file_that_loads_nothing(reported):
    out, summary = reported
    html = out.read_text("utf-8")
    assert summary.sections == ["spans", "quality", "corrections", "agreement", "documents"]
    assert summary.documents == 3 and summary.size == len(html.encode())
    assert "<link" not in html and not re.search(r"<script[^>]*\bsrc=", html)
    assert [value for value in re.findall(r'(?:src|href)="([^"]*)"', html) if not value.startswith("#")] == []
    assert [value for value in re.findall(r"url\(([^)]*)\)", html) if not value.startswith("#")] == []
    assert "@import" not in html
    assert html.count("<svg") == 2 + 2 + 1 + 1  # spans per family (2), quality per plugin family (2), corrections, agreement


def test_text_is_escaped():
    text = 'Acme <b>Corp</b> & "Partners" paid $5.\n<script>alert(1)</script>'
    span = Span(5, 16, "ORG", "entities", text[5:16], ANNOTATION, "alice")
    html = str(render_spans(text, [span], {"ORG": "#aaa"}))
    assert "<b>" not in html and "<script>" not in html
    assert "&lt;b&gt;Corp&lt;/b&gt;" in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.browser
def test_in_chromium_charts_and_highlights_and_switches(browser, reported, tmp_path):
    out, _ = reported
    browser.get(out.as_uri())
    assert [entry for entry in browser.get_log("browser")] == [], "the console stays empty"
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0

    for section, count in (("spans", 2), ("quality", 2), ("corrections", 1), ("agreement", 1)):
        charts = browser.find_elements(By.CSS_SELECTOR, f"#{section} svg")
        assert len(charts) == count, section
        assert all(chart.size["width"] > 200 and chart.size["height"] > 100 for chart in charts), section

    rows = [[cell.text for cell in row.find_elements(By.TAG_NAME, "td")]
            for row in browser.find_elements(By.CSS_SELECTOR, "#corrections-table tr")[1:]]
    corrections = {label: [int(count) for count in counts] for label, *counts in rows}
    # added, removed, relabelled, rebounded: alice adds Paris and Gamma Inc; bob relabels France and re-bounds Acme;
    # both relabel the predicted LOC Spain
    assert corrections["GPE"] == [1, 0, 1, 0] and corrections["ORG"] == [1, 0, 0, 1] and corrections["LOC"] == [0, 0, 2, 0]
    pulls = browser.find_elements(By.CSS_SELECTOR, "#pulls-table tr")
    assert len(pulls) == 2 and "http://127.0.0.1:8080" in pulls[1].text

    # The document with the lowest agreement comes first, in its adjudicated set.
    assert Select(browser.find_element(By.ID, "document-choice")).first_selected_option.text.startswith("differ")
    view, drawn = browser.execute_script(DRAWN)
    assert view == "adjudicated"
    assert drawn["entities"] == [["Acme", ["ORG"]], ["Corp", []], ["France", ["GPE"]], ["Paris", ["GPE"]]]
    assert drawn["quantities"] == [["5", ["MONEY"]], ["million", []], ["dollars", []]]

    article = browser.find_element(By.ID, "doc-differ")
    tabs = {tab.get_attribute("data-view"): tab for tab in article.find_elements(By.CSS_SELECTOR, ".tabs button")}
    assert list(tabs) == ["predictions", "alice", "bob", "adjudicated"]
    tabs["bob"].click()
    view, drawn = browser.execute_script(DRAWN)
    assert view == "bob" and drawn["entities"] == [["Acme", ["ORG"]], ["France", ["LOC"]]]
    assert tabs["bob"].get_attribute("aria-selected") == "true" and tabs["adjudicated"].get_attribute("aria-selected") == "false"

    browser.find_element(By.CSS_SELECTOR, '.family-toggle input[value="quantities"]').click()
    view, drawn = browser.execute_script(DRAWN)
    assert list(drawn) == ["entities"]

    Select(browser.find_element(By.ID, "document-choice")).select_by_value("doc-same")
    assert browser.find_element(By.ID, "doc-same").is_displayed() and not article.is_displayed()
    view, drawn = browser.execute_script(DRAWN)
    assert drawn["entities"] == [["Beta", ["ORG"]], ["Ltd", []], ["Spain", ["GPE"]]]
    assert browser.get_log("browser") == []
    browser.save_screenshot(str(tmp_path / "report.png"))
    assert (tmp_path / "report.png").stat().st_size > 10_000


def test_a_corpus_without_annotations_still_reports(tmp_path):
    build_corpus(tmp_path / "plain", {}, {"differ": [("Acme Corp", "ORG", "entities")]})
    summary = write_report(tmp_path / "plain", tmp_path / "plain.html")
    html = (tmp_path / "plain.html").read_text()
    assert summary.sections == ["spans", "documents"]
    assert "No document has gold annotations yet" in html and "No document has been completed by two" in html
    assert Counter(re.findall(r'data-view="([^"]+)"', html))["predictions"] == 2 * 3  # a tab and a view per document


def test_cli_report(two_annotators, tmp_path):
    out = tmp_path / "out.html"
    result = CliRunner().invoke(cli, ["report", str(two_annotators), str(out), "--documents", "1"])
    assert result.exit_code == 0, result.output
    assert f"report written to {out}" in result.output and "1 documents rendered" in result.output
    assert out.read_text().count('<article class="document"') == 1
    refused = CliRunner().invoke(cli, ["report", str(two_annotators), str(tmp_path)])
    assert refused.exit_code == 1 and refused.output.count("\n") == 1 and "is a directory" in refused.output
