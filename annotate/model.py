"""The corpus data model: documents, their spans and where each span came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

PREDICTION = "prediction"
ANNOTATION = "annotation"
Source = Literal["prediction", "annotation"]


@dataclass
class Span:
    """A labelled character range ``[start, end)`` of a document's text.

    ``source`` says whether a plugin predicted it or a person annotated it, and
    ``by`` who: ``"name@version"`` for a plugin, the annotator's id for a person.
    """

    start: int
    end: int
    label: str
    family: str
    text: str
    source: Source
    by: str
    attrs: dict[str, Any] = field(default_factory=dict)
    score: float | None = None
    annotators: list[str] | None = None  # an adjudicated span: the annotators who had it

    @property
    def is_prediction(self) -> bool:
        return self.source == PREDICTION

    @property
    def plugin(self) -> str | None:
        """The plugin name of a prediction (``by`` without its version)."""
        return self.by.rsplit("@", 1)[0] if self.is_prediction else None

    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.label)

    def to_dict(self) -> dict[str, Any]:
        data = {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "family": self.family,
            "text": self.text,
            "source": self.source,
            "by": self.by,
            "attrs": self.attrs,
            "score": self.score,
        }
        if self.annotators:
            data["annotators"] = list(self.annotators)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(
            start=data["start"],
            end=data["end"],
            label=data["label"],
            family=data["family"],
            text=data["text"],
            source=data["source"],
            by=data["by"],
            attrs=dict(data.get("attrs") or {}),
            score=data.get("score"),
            annotators=list(data["annotators"]) if data.get("annotators") else None,
        )


@dataclass
class Review:
    """A person's pass over a whole document: ``completed`` or ``cancelled`` (skipped).

    A completed review with no spans says the document has none for that
    annotator; a cancelled one says nothing about the spans.
    """

    annotator: str
    status: Literal["completed", "cancelled"]
    at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"annotator": self.annotator, "status": self.status, "at": self.at}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Review:
        return cls(annotator=data["annotator"], status=data["status"], at=data.get("at"))


@dataclass
class Failure:
    """A plugin that failed on a document: its version and the error in one line."""

    version: str
    error: str

    def to_dict(self) -> dict[str, str]:
        return {"version": self.version, "error": self.error}


@dataclass
class PluginFailure:
    """A failure of a plugin on a document, as a run reports it."""

    document: str
    plugin: str
    version: str
    error: str

    @property
    def provenance(self) -> str:
        return f"{self.plugin}@{self.version}"


@dataclass
class Document:
    """A document of the corpus.

    ``predicted_by`` maps each plugin that has run on the document to its
    version, so a re-run knows what is up to date even where a plugin found
    nothing. ``failures`` maps each plugin whose last run failed on the document
    to that failure; such a plugin has no predictions here and is not in
    ``predicted_by``, so the next run retries it.
    """

    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    spans: list[Span] = field(default_factory=list)
    predicted_by: dict[str, str] = field(default_factory=dict)
    reviews: list[Review] = field(default_factory=list)
    failures: dict[str, Failure] = field(default_factory=dict)

    def predictions(self, plugin: str | None = None) -> list[Span]:
        if plugin is None:
            return [s for s in self.spans if s.source == PREDICTION]
        return [s for s in self.spans if s.source == PREDICTION and s.plugin == plugin]

    def annotations(self, annotator: str | None = None) -> list[Span]:
        if annotator is None:
            return [s for s in self.spans if s.source != PREDICTION]
        return [s for s in self.spans if s.source != PREDICTION and s.by == annotator]

    @property
    def is_annotated(self) -> bool:
        """True when a person completed a review or drew a span."""
        return any(r.status == "completed" for r in self.reviews) or bool(self.annotations())

    def replace_predictions(self, plugin: str, version: str, spans: list[Span]) -> None:
        """Swap in a plugin's new predictions; other spans are left as they are."""
        self.spans = [s for s in self.spans if s.plugin != plugin] + spans
        self.spans.sort(key=lambda s: (s.start, s.end, s.family, s.label, s.by))
        self.predicted_by[plugin] = version
        self.failures.pop(plugin, None)

    def record_failure(self, plugin: str, version: str, error: str) -> None:
        """Drop a plugin's predictions after it failed on this document, and say why."""
        self.spans = [s for s in self.spans if s.plugin != plugin]
        self.predicted_by.pop(plugin, None)
        self.failures[plugin] = Failure(version, " ".join(error.split()) or "unknown error")

    def make_span(self, start: int, end: int, label: str, family: str, source: Source, by: str,
                  attrs: dict[str, Any] | None = None, score: float | None = None) -> Span:
        return Span(start, end, label, family, self.text[start:end], source, by, dict(attrs or {}), score)

    def to_dict(self) -> dict[str, Any]:
        data = {
            "id": self.id,
            "text": self.text,
            "meta": self.meta,
            "spans": [s.to_dict() for s in self.spans],
            "predicted_by": self.predicted_by,
            "reviews": [r.to_dict() for r in self.reviews],
        }
        if self.failures:
            data["failures"] = {plugin: failure.to_dict() for plugin, failure in self.failures.items()}
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(
            id=data["id"],
            text=data["text"],
            meta=dict(data.get("meta") or {}),
            spans=[Span.from_dict(s) for s in data.get("spans") or []],
            predicted_by=dict(data.get("predicted_by") or {}),
            reviews=[Review.from_dict(r) for r in data.get("reviews") or []],
            failures={plugin: Failure(**failure) for plugin, failure in (data.get("failures") or {}).items()},
        )
