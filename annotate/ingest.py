"""Ingest: read source files through the reader plugins into a corpus."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import MANIFEST_NAME, Corpus, check_document
from .errors import SourceError
from .jsonlines import json_lines
from .lock import corpus_writer
from .model import ANNOTATION, Document, Review
from .plugins import PluginHost
from .settings import Settings


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped_files: list[str] = field(default_factory=list)


def source_files(paths: Iterable[str | os.PathLike], host: PluginHost, settings: Settings) -> Iterable[tuple[Path, Iterable[dict]]]:
    """Each readable file under ``paths`` with its documents; a named file must be readable."""
    for path in map(Path, paths):
        if not path.exists():
            raise SourceError(f"{path} does not exist")
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                documents = host.read_source(file, settings)
                if documents is not None:
                    yield file, documents
            continue
        documents = host.read_source(path, settings)
        if documents is None:
            raise SourceError(f"{path}: no installed reader plugin reads files of this kind ({path.suffix or 'no extension'})")
        yield path, documents


def to_document(raw: dict, where: str, host: PluginHost, labels: dict) -> Document:
    """A document read by a reader plugin, checked against the schema and ``labels``."""
    spans = []
    for span in raw.get("spans") or []:
        if not isinstance(span, dict) or not {"start", "end", "label"} <= span.keys():
            raise SourceError(f"{where}: each span needs start, end and label")
        family = span.get("family") or host.family_of(span["label"])
        if family is None:
            raise SourceError(f"{where}: span label {span['label']!r} is not declared by any installed plugin")
        start, end = span["start"], span["end"]
        text = raw["text"]
        spans.append({
            "start": start, "end": end, "label": span["label"], "family": family,
            "text": span.get("text", text[start:end] if isinstance(start, int) and isinstance(end, int) else ""),
            "source": span.get("source", ANNOTATION), "by": span.get("by", "import"),
            "attrs": span.get("attrs") or {}, "score": span.get("score"),
        })
    data = {"id": raw["id"], "text": raw["text"], "meta": raw.get("meta") or {}, "spans": spans,
            "predicted_by": {}, "reviews": []}
    unstorable = _lone_surrogate(data)
    if unstorable:
        raise SourceError(f"{where}: {unstorable}, which is not a Unicode character and cannot be stored as UTF-8")
    try:
        return check_document(data, labels, where)
    except Exception as error:
        raise SourceError(str(error)) from None


def _lone_surrogate(value: object, path: str = "") -> str | None:
    """Where a JSON string holds a lone surrogate (an escape such as "\\ud800"), or None."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            return f"{path or 'a key'} holds {value[error.start]!r} at character {error.start}"
        return None
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        found = _lone_surrogate(str(key), path) or _lone_surrogate(item, f"{path}.{key}" if path else str(key))
        if found:
            return found
    return None


def ingest(
    paths: Iterable[str | os.PathLike],
    corpus_path: str | os.PathLike,
    name: str | None = None,
    settings: Settings | None = None,
    host: PluginHost | None = None,
    wait: bool = False,
    waiting: Callable[[str], None] | None = None,
) -> IngestReport:
    """Read every source into documents and store them in the corpus (created if missing).

    All sources are read and checked before anything is written: one bad file
    leaves the corpus as it was. Re-ingesting a source with the same text is a
    no-op; a changed text replaces the document and drops its stale predictions,
    unless a person has annotated it.
    """
    settings = settings or Settings()
    host = host or PluginHost.discover()
    labels = host.labels()
    documents: dict[str, Document] = {}
    origin: dict[str, str] = {}
    report = IngestReport()
    for file, raw_documents in source_files(paths, host, settings):
        for raw in raw_documents:
            where = raw.pop("where", str(file))
            document = to_document(raw, where, host, labels)
            if document.id in documents:
                raise SourceError(f"{where}: document id {document.id!r} is also used by {origin[document.id]}")
            documents[document.id] = document
            origin[document.id] = where
    if not documents:
        raise SourceError(f"no documents found in {', '.join(map(str, paths))}")

    path = corpus_directory(corpus_path)
    with corpus_writer(path, "annotate ingest", wait=wait, waiting=waiting):
        corpus = Corpus.open(path) if (path / MANIFEST_NAME).exists() else None
        stored = {d.id: d for d in corpus} if corpus else {}
        changed = _changed_documents(documents, stored, origin, report)
        corpus = corpus or Corpus.create(path, name)
        corpus.declare(labels)
        corpus.save(changed)
    return report


def corpus_directory(corpus_path: str | os.PathLike) -> Path:
    """The directory of a corpus to ingest into, made if missing (a file there is an error)."""
    path = Path(corpus_path)
    if path.exists() and path.is_file():
        Corpus.open(path)  # raises the clear "is a file" error
    path.mkdir(parents=True, exist_ok=True)
    return path


def _changed_documents(documents: dict[str, Document], stored: dict[str, Document], origin: dict[str, str],
                       report: IngestReport) -> list[Document]:
    changed: list[Document] = []
    for doc_id, document in documents.items():
        old = stored.get(doc_id)
        if old is None:
            changed.append(document)
            report.added.append(doc_id)
        elif old.text == document.text:
            report.unchanged.append(doc_id)
        elif old.annotations() or old.reviews:
            raise SourceError(text_changed(origin[doc_id], doc_id))
        else:
            changed.append(document)
            report.updated.append(doc_id)
    return changed


def text_changed(where: str, doc_id: str) -> str:
    return (f"{where}: the text of document {doc_id!r} changed, but the corpus holds a person's annotations of "
            f"the old text; ingest it under a new id or remove the old document first")


def import_annotations(
    spans_path: str | os.PathLike, corpus_path: str | os.PathLike, annotator: str, at: str | None = None,
    wait: bool = False, waiting: Callable[[str], None] | None = None,
) -> int:
    """Store hand-made spans from a JSON Lines file as ``annotator``'s completed review.

    Each line is ``{"doc", "start", "end", "label", "family"?, "text"?, "attrs"?}``. The
    annotator's earlier spans and review of those documents are replaced; nothing
    else changes. Everything is checked before anything is written. Returns the
    number of spans stored.
    """
    spans_path = Path(spans_path)
    with corpus_writer(corpus_path, "annotate import-annotations", wait=wait, waiting=waiting):
        return _import_annotations(spans_path, Corpus.open(corpus_path), annotator, at)


def _import_annotations(spans_path: Path, corpus: Corpus, annotator: str, at: str | None) -> int:
    family_of = {label: family for family, names in corpus.labels.items() for label in names}
    by_document: dict[str, list[tuple[str, dict]]] = {}
    for _, where, span in json_lines(read_text_lines(spans_path), spans_path, SourceError):
        if not isinstance(span, dict) or not {"doc", "start", "end", "label"} <= span.keys():
            raise SourceError(f"{where} needs doc, start, end and label")
        by_document.setdefault(span["doc"], []).append((where, span))
    documents = {d.id: d for d in corpus if d.id in by_document}
    for doc_id, spans in by_document.items():
        if doc_id not in documents:
            raise SourceError(f"{spans[0][0]}: the corpus has no document {doc_id!r}")
        document = documents[doc_id]
        document.spans = [s for s in document.spans if s.by != annotator]
        for where, span in spans:
            family = span.get("family") or family_of.get(span["label"])
            if family is None:
                raise SourceError(f"{where}: the corpus declares no label {span['label']!r}")
            made = document.make_span(span["start"], span["end"], span["label"], family, ANNOTATION, annotator,
                                      span.get("attrs"))
            if "text" in span and span["text"] != made.text:
                raise SourceError(f"{where}: the span says it covers {span['text']!r} but the text there is {made.text!r}")
            document.spans.append(made)
        document.reviews = [r for r in document.reviews if r.annotator != annotator]
        document.reviews.append(Review(annotator, "completed", at))
    corpus.save(documents.values())
    return sum(len(spans) for spans in by_document.values())


def read_text_lines(path: Path) -> list[str]:
    if not path.is_file():
        raise SourceError(f"{path} does not exist" if not path.exists() else f"{path} is a directory, not a file")
    try:
        return path.read_text("utf-8").splitlines()
    except UnicodeDecodeError as error:
        raise SourceError(f"{path} is not UTF-8 text: byte offset {error.start} cannot be decoded") from None
