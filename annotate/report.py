"""The HTML report of a corpus: one self-contained file a person opens in a browser.

Nothing is loaded from the network: the charts are matplotlib figures inlined as SVG,
the documents are rendered by displaCy's span style (which draws overlapping spans
as stacked lines), and the little script that switches views is inline. Sections:

- spans per family, label and provenance (each plugin, each annotator, the adjudicated set);
- each plugin's quality against the gold (:func:`annotate.evaluate.evaluate_corpus`:
  the adjudicated set where a document has one, else the latest completed review);
- what the corrections changed: each annotator's completed version against the
  predictions, per label (added, removed, relabelled, re-bounded), and the recorded pulls;
- agreement between annotators (:func:`annotate.agreement.agreement`);
- documents with their spans per family, switching between the predictions, each
  annotator and the adjudicated set; those with the lowest agreement first.
"""

from __future__ import annotations

import io
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup
from matplotlib.figure import Figure
from spacy import displacy

from . import __version__
from .adjudicate import ADJUDICATED
from .agreement import AgreementReport, agreement
from .corpus import Corpus, atomic_write
from .errors import CorpusError
from .evaluate import EvaluationReport, evaluate_corpus
from .labelstudio.sync import CHANGE_KINDS, compare, pull_history
from .model import Document, Span

PREDICTIONS = "predictions"
# Light colours, so that the black label names of displaCy stay readable.
COLOURS = [
    "#7aecec", "#bfeeb7", "#feca74", "#ff9561", "#aa9cfc", "#c887fb", "#9cc9cc", "#ffeb80", "#ff8197",
    "#f0d0ff", "#bfe1d9", "#e4e7d2", "#ddd6fe", "#fde68a", "#a7f3d0", "#fbcfe8",
]
CHART_COLOURS = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f"]


@dataclass
class ReportSummary:
    path: Path
    size: int  # bytes
    documents: int  # documents rendered
    sections: list[str]


def _svg(figure: Figure) -> Markup:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight")
    text = buffer.getvalue()
    return Markup(text[text.index("<svg"):])


def _figure(height: float, width: float = 7.5) -> Figure:
    figure = Figure(figsize=(width, max(2.0, height)))
    figure.set_layout_engine("constrained")
    return figure


def _finish(axes, title: str, xlabel: str, series: int) -> Markup:
    axes.set_xlabel(xlabel)
    axes.set_title(title, loc="left", fontsize=11, pad=20 if series > 1 else 6)
    axes.grid(axis="x", alpha=0.3)
    if series > 1:
        axes.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=min(series, 4), fontsize=8, frameon=False)
    return _svg(axes.figure)


def grouped_bars(title: str, categories: list[str], series: dict[str, list[float]], xlabel: str,
                 limit: float | None = None, colours: list[str] | None = None) -> Markup:
    """Horizontal bars: one group per category, one bar per series."""
    colours = colours or [CHART_COLOURS[i % len(CHART_COLOURS)] for i in range(len(series))]
    figure = _figure(0.9 + len(categories) * (0.12 + 0.11 * len(series)))
    axes = figure.add_subplot()
    height = 0.8 / max(1, len(series))
    for number, (name, values) in enumerate(series.items()):
        positions = [i + number * height - 0.4 + height / 2 for i in range(len(categories))]
        axes.barh(positions, values, height=height, label=name, color=colours[number])
    axes.set_yticks(range(len(categories)), categories)
    axes.invert_yaxis()
    if limit is not None:
        axes.set_xlim(0, limit)
    return _finish(axes, title, xlabel, len(series))


def stacked_bars(title: str, categories: list[str], series: dict[str, list[int]], xlabel: str) -> Markup:
    figure = _figure(0.9 + len(categories) * 0.25)
    axes = figure.add_subplot()
    left = [0] * len(categories)
    for number, (name, values) in enumerate(series.items()):
        axes.barh(categories, values, left=left, label=name, color=CHART_COLOURS[number % len(CHART_COLOURS)])
        left = [a + b for a, b in zip(left, values)]
    axes.invert_yaxis()
    return _finish(axes, title, xlabel, len(series))


# --- the sections --------------------------------------------------------------------------


def provenance_of(span: Span) -> str:
    return span.plugin if span.is_prediction else span.by


def span_counts(documents: list[Document]) -> dict[str, Any]:
    """Per family: labels, provenances and the count of each (label, provenance)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    kinds: dict[str, int] = {}  # provenance -> 0 for a plugin, 1 for an annotator, 2 for the adjudicated set
    for document in documents:
        for span in document.spans:
            counts[span.family][(span.label, provenance_of(span))] += 1
            kinds[provenance_of(span)] = 0 if span.is_prediction else 2 if span.by == ADJUDICATED else 1
    order = sorted(kinds, key=lambda p: (kinds[p], p))
    colours = {p: CHART_COLOURS[i % len(CHART_COLOURS)] for i, p in enumerate(order)}
    families = {}
    for family in sorted(counts):
        labels = sorted({label for label, _ in counts[family]})
        provenances = [p for p in order if any(counts[family][(label, p)] for label in labels)]
        families[family] = {
            "labels": labels,
            "provenances": provenances,
            "counts": {(label, p): counts[family][(label, p)] for label in labels for p in provenances},
            "chart": grouped_bars(f"Spans in {family}", labels,
                                  {p: [counts[family][(label, p)] for label in labels] for p in provenances}, "spans",
                                  colours=[colours[p] for p in provenances]),
        }
    return families


def quality(path: str | os.PathLike) -> tuple[EvaluationReport | None, list[Markup]]:
    try:
        report = evaluate_corpus(path)
    except CorpusError:
        return None, []
    charts = []
    for evaluation in report.families:
        labels = [label for label in evaluation.scores["exact"] if label != "ALL"]
        charts.append(grouped_bars(
            f"{evaluation.plugin} on {evaluation.family} against the gold", labels,
            {"exact F1": [evaluation.scores["exact"][label].f1 for label in labels],
             "overlap F1": [evaluation.scores["overlap"][label].f1 for label in labels]}, "F1", limit=1.0))
    return report, charts


def corrections(documents: list[Document]) -> dict[str, Any]:
    """What each annotator changed in the predictions, per label and kind, over the documents they completed."""
    table: dict[str, Counter] = defaultdict(Counter)
    documents_compared = 0
    annotators = set()
    for document in documents:
        if not document.predicted_by:
            continue
        for review in document.reviews:
            if review.status != "completed" or review.annotator == ADJUDICATED:
                continue
            documents_compared += 1
            annotators.add(review.annotator)
            for kind, old, new in compare(document.predictions(), document.annotations(review.annotator)):
                table[(old or new).label][kind] += 1
    labels = sorted(table)
    chart = stacked_bars("Corrections per label (a relabelled or re-bounded span counts under its old label)",
                         labels, {kind: [table[label][kind] for label in labels] for kind in CHANGE_KINDS},
                         "spans") if labels else None
    return {"labels": labels, "table": table, "kinds": CHANGE_KINDS, "chart": chart,
            "documents": documents_compared, "annotators": sorted(annotators)}


def agreement_section(path: str | os.PathLike) -> tuple[AgreementReport | None, Markup | None]:
    try:
        report = agreement(path)
    except CorpusError:
        return None, None
    rows = [row for row in report.labels if row.label != "ALL"]
    chart = grouped_bars("Agreement per label", [f"{row.label} ({row.family})" for row in rows], {
        "exact F1": [row.exact_f1 or 0 for row in rows],
        "overlap F1": [row.overlap_f1 or 0 for row in rows],
        "Krippendorff's α": [max(row.alpha or 0, 0) for row in rows],
    }, "agreement", limit=1.0)
    return report, chart


# --- documents ---------------------------------------------------------------------------


def _pieces(line: str, cuts: set[int]) -> list[tuple[int, int]]:
    """The words of a line (runs of non-space), also cut at the given offsets."""
    pieces = []
    for word in re.finditer(r"\S+", line):
        points = [word.start(), *sorted(c for c in cuts if word.start() < c < word.end()), word.end()]
        pieces += list(zip(points, points[1:]))
    return pieces


def render_spans(text: str, spans: list[Span], colours: dict[str, str]) -> Markup:
    """The text with the spans drawn by displaCy's span style, line by line (spans are clipped to their line).

    displaCy puts a space after every token, so the tokens are the line's words, cut only
    where a span starts or ends inside one ("Xinjiang's" shows as "Xinjiang 's" when
    "Xinjiang" is a span).
    """
    parts = []
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        inside = [(max(s.start, start) - start, min(s.end, end) - start, s.label) for s in spans
                  if s.start < end and start < s.end]
        if not line.strip():
            parts.append(Markup('<div class="blank"></div>'))
            continue
        if not inside:
            parts.append(Markup('<div class="line">{}</div>').format(line))
            continue
        pieces = _pieces(line, {point for first, last, _ in inside for point in (first, last)})
        first_piece = {first: i for i, (first, _) in enumerate(pieces)}
        after_piece = {last: i + 1 for i, (_, last) in enumerate(pieces)}
        placed = [{"start_token": first_piece[first], "end_token": after_piece[last], "label": label}
                  for first, last, label in inside if first in first_piece and last in after_piece]
        rendered = displacy.render({"text": line, "tokens": [line[a:b] for a, b in pieces], "spans": placed},
                                   style="span", manual=True, page=False, options={"colors": colours})
        parts.append(Markup('<div class="line spans-line">{}</div>').format(Markup(rendered)))
    return Markup("").join(parts)


def document_views(document: Document, families: list[str], colours: dict[str, str]) -> list[dict[str, Any]]:
    """The versions of a document: the predictions, each annotator, the adjudicated set."""
    versions: list[tuple[str, str, list[Span]]] = []
    if document.predicted_by or document.predictions():
        plugins = ", ".join(f"{p}@{v}" for p, v in sorted(document.predicted_by.items()))
        versions.append((PREDICTIONS, plugins, document.predictions()))
    annotators = sorted({r.annotator for r in document.reviews if r.annotator != ADJUDICATED}
                        | {s.by for s in document.annotations() if s.by != ADJUDICATED})
    status = {r.annotator: r.status for r in document.reviews}
    for annotator in annotators:
        versions.append((annotator, status.get(annotator, "spans without a review"), document.annotations(annotator)))
    if status.get(ADJUDICATED) or document.annotations(ADJUDICATED):
        versions.append((ADJUDICATED, status.get(ADJUDICATED, ""), document.annotations(ADJUDICATED)))
    views = []
    for name, note, spans in versions:
        views.append({
            "name": name, "note": note, "spans": len(spans),
            "families": [{"name": family, "spans": len(of_family),
                          "html": render_spans(document.text, of_family, colours)}
                         for family in families
                         for of_family in [[s for s in spans if s.family == family]]],
        })
    return views


def chosen_documents(documents: list[Document], ranked: list[str], count: int) -> list[Document]:
    """The documents to render: lowest agreement first, then those a person annotated, then the rest."""
    position = {doc_id: i for i, doc_id in enumerate(ranked)}
    order = sorted(documents, key=lambda d: (position.get(d.id, len(position)), not d.is_annotated))
    return order[:count]


def label_colours(labels: dict[str, dict[str, str]]) -> dict[str, str]:
    names = [label for family in sorted(labels) for label in labels[family]]
    return {label: COLOURS[i % len(COLOURS)] for i, label in enumerate(names)}


# --- the page ----------------------------------------------------------------------------


def _template() -> jinja2.Template:
    source = resources.files("annotate").joinpath("templates", "report.html").read_text("utf-8")
    environment = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True,
                                     undefined=jinja2.StrictUndefined)
    environment.filters["score"] = lambda value: "–" if value is None else f"{value:.3f}"
    environment.filters["slug"] = lambda value: "".join(c if c.isalnum() else "-" for c in str(value))
    return environment.from_string(source)


def write_report(corpus_path: str | os.PathLike, out: str | os.PathLike, documents_shown: int = 20) -> ReportSummary:
    """Write the HTML report of a corpus to ``out``; see the module docstring."""
    corpus = Corpus.open(corpus_path)
    documents = list(corpus)
    out = Path(out)
    evaluation, quality_charts = quality(corpus_path)
    agreement_report, agreement_chart = agreement_section(corpus_path)
    ranked = [d.id for d in agreement_report.ranked_documents] if agreement_report else []
    scores = {d.id: d for d in agreement_report.ranked_documents} if agreement_report else {}
    families = sorted(corpus.labels)
    colours = label_colours(corpus.labels)
    shown = [{"document": document, "agreement": scores.get(document.id),
              "views": document_views(document, families, colours)}
             for document in chosen_documents(documents, ranked, documents_shown)]
    annotators = sorted({r.annotator for d in documents for r in d.reviews if r.annotator != ADJUDICATED})
    context = {
        "corpus": corpus, "version": __version__,
        "made_at": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "overview": {
            "documents": len(documents),
            "annotated": sum(d.is_annotated for d in documents),
            "adjudicated": sum(any(r.annotator == ADJUDICATED and r.status == "completed" for r in d.reviews)
                               for d in documents),
            "annotators": annotators,
            "spans": sum(len(d.spans) for d in documents),
            "plugins": corpus.plugins,
        },
        "span_counts": span_counts(documents),
        "evaluation": evaluation, "quality_charts": quality_charts,
        "corrections": corrections(documents), "pulls": pull_history(corpus.path),
        "agreement": agreement_report, "agreement_chart": agreement_chart,
        "documents": shown, "families": families, "colours": colours,
    }
    html = _template().render(**context)
    atomic_write(out, html)
    out.chmod(0o644)  # a page to share, not a private file
    sections = ["spans"] + (["quality"] if evaluation else []) + \
        (["corrections"] if context["corrections"]["labels"] or context["pulls"] else []) + \
        (["agreement"] if agreement_report else []) + (["documents"] if shown else [])
    return ReportSummary(out, len(html.encode("utf-8")), len(shown), sections)

