"""The corpus on disk: a directory with a manifest and JSON Lines shards of documents.

Layout::

    annotate.json          the manifest (format version, name, labels, plugins, shards)
    documents/00000.jsonl  one document per line, in the schema of document.schema.json

Every write goes to a temporary file that is renamed over the old one, and a
shard is listed in the manifest only after it is on disk, so a process killed at
any moment leaves a valid corpus.
"""

from __future__ import annotations

import gc
import json
import operator
import os
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import msgspec

from . import FORMAT_VERSION
from .compiled_schema import UnsupportedSchema, compile_schema
from .errors import CorpusError
from .jsonlines import json_lines
from .model import Document

BY_POSITION = operator.attrgetter("start", "end")
MANIFEST_NAME = "annotate.json"
DOCUMENTS_DIR = "documents"
SHARD_SIZE = 500


@dataclass(frozen=True)
class Schema:
    """A JSON Schema, compiled to msgspec types that decode and validate a document in one pass,
    and read by jsonschema to explain a failure (or to decide where the compiled types are stricter)."""

    type: Any  # None when the schema uses a keyword that does not compile: jsonschema alone decides
    explain: jsonschema.protocols.Validator

    @classmethod
    def load(cls, name: str) -> Schema:
        schema = json.loads(resources.files("annotate").joinpath("schema", name).read_text("utf-8"))
        try:
            compiled = compile_schema(schema, name.split(".")[0].title())
        except UnsupportedSchema:
            compiled = None
        return cls(compiled, jsonschema.Draft7Validator(schema))

    @cached_property
    def decoder(self) -> msgspec.json.Decoder | None:
        return msgspec.json.Decoder(self.type) if self.type is not None else None

    def accepts(self, data: Any) -> bool:
        """True when the compiled types accept ``data``; False means "ask jsonschema"."""
        if self.type is None:
            return False
        try:
            msgspec.convert(data, self.type)
            return True
        except msgspec.ValidationError:
            return False


DOCUMENT_SCHEMA = Schema.load("document.schema.json")
MANIFEST_SCHEMA = Schema.load("manifest.schema.json")


def _model_decoder() -> msgspec.json.Decoder | None:
    """Decodes a valid shard line straight into a :class:`Document` (None if the model's types do not allow it)."""
    try:
        return msgspec.json.Decoder(Document)
    except (TypeError, ValueError):
        return None


DOCUMENT_DECODER = _model_decoder()


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold the cyclic garbage collector while a shard's documents are built.

    A shard is hundreds of thousands of small objects that all stay alive; collecting
    while they are made only walks them again and again (it doubles the time of a read).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def corpus_location(path: str | os.PathLike) -> Path:
    """Where a corpus is: a local path, or for an fsspec URL (``memory://c``, ``s3://bucket/c``) a
    ``UPath``, which has the same methods on that file system."""
    if isinstance(path, str) and "://" in path:
        if path.startswith("file://"):
            return Path(path.removeprefix("file://"))
        from upath import UPath

        return UPath(path)
    return path if hasattr(path, "protocol") else Path(path)


def atomic_write(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` so that readers see the old or the new file, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not isinstance(path, Path):  # an fsspec path: write beside it, then move it in place
        partial = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        partial.write_text(content, encoding="utf-8", newline="\n")
        partial.rename(path)
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _schema_problem(schema: Schema, data: Any) -> str | None:
    if schema.accepts(data):
        return None
    error = jsonschema.exceptions.best_match(schema.explain.iter_errors(data))
    if error is None:
        return None
    where = "/".join(str(p) for p in error.absolute_path)
    return f"{where}: {error.message}" if where else error.message


def span_problems(document: Document, labels: dict[str, dict[str, str]]) -> Iterator[str]:
    """Yield what is wrong with the spans of a document, one sentence each."""
    family_of = {label: family for family, names in labels.items() for label in names}
    text = document.text
    for span in document.spans:
        start, end = span.start, span.end
        if not 0 <= start < end <= len(text):
            yield f"span {start}-{end} {span.label} is out of range for a text of {len(text)} characters"
            continue
        if text[start:end] != span.text:
            yield f"span {start}-{end} {span.label} says it covers {span.text!r} but the text there is {text[start:end]!r}"
        family = family_of.get(span.label)
        if family is None:
            yield f"span {start}-{end} {span.label} has the label {span.label!r}, which no plugin of the corpus declares"
        elif family != span.family:
            yield f"span {start}-{end} {span.label} is in family {span.family!r} but {span.label} belongs to {family!r}"
    last_by_source: dict[tuple[str, str], Any] = {}
    for span in sorted(document.spans, key=BY_POSITION):
        key = (span.family, span.by)
        previous = last_by_source.get(key)
        if previous is not None and span.start < previous.end:
            yield (
                f"span {span.start}-{span.end} {span.label} overlaps span {previous.start}-{previous.end}"
                f" {previous.label} of the same family and source ({span.family}, {span.by})"
            )
        if previous is None or span.end > previous.end:
            last_by_source[key] = span


def decode_shard(content: bytes, labels: dict[str, dict[str, str]]) -> list[Document] | None:
    """The documents of a shard's bytes when every line is valid, else None (read it line by line then).

    Each line is decoded twice in C, with the compiled schema (validation) and into the model.
    """
    if DOCUMENT_SCHEMA.decoder is None or DOCUMENT_DECODER is None:
        return None
    documents = []
    for line in content.split(b"\n"):
        if not line.strip():
            continue
        try:
            checked = DOCUMENT_SCHEMA.decoder.decode(line)
            document = DOCUMENT_DECODER.decode(line)
        except msgspec.MsgspecError:
            return None
        # The model keeps scores as floats: a document with an integer score is read the careful
        # way, so that it is written back as it was.
        if any(type(span.score) is int for span in checked.spans) or next(span_problems(document, labels), None):
            return None
        documents.append(document)
    return documents


def check_document(data: Any, labels: dict[str, dict[str, str]], where: str) -> Document:
    """Validate one document's JSON data against the schema and the corpus labels."""
    problem = _schema_problem(DOCUMENT_SCHEMA, data)
    doc_id = data.get("id") if isinstance(data, dict) else None
    named = f"{where}, document {doc_id!r}" if doc_id else where
    if problem:
        raise CorpusError(f"{named}: {problem}")
    document = Document.from_dict(data)
    for problem in span_problems(document, labels):
        raise CorpusError(f"{named}: {problem}")
    return document


@dataclass
class Corpus:
    """A corpus directory. Open one with :meth:`open`, make one with :meth:`create`."""

    path: Path
    manifest: dict[str, Any]

    @classmethod
    def create(cls, path: str | os.PathLike, name: str | None = None) -> Corpus:
        path = corpus_location(path)
        if path.exists() and not path.is_dir():
            raise CorpusError(f"{path} is a file, not a corpus directory")
        if (path / MANIFEST_NAME).exists():
            raise CorpusError(f"{path} already holds a corpus")
        manifest = {
            "format": "annotate-corpus",
            "format_version": FORMAT_VERSION,
            "name": name or path.resolve().name,
            "labels": {},
            "plugins": {},
            "shards": [],
        }
        corpus = cls(path, manifest)
        corpus.save_manifest()
        return corpus

    @classmethod
    def open(cls, path: str | os.PathLike) -> Corpus:
        path = corpus_location(path)
        manifest_path = path / MANIFEST_NAME
        if not path.exists():
            raise CorpusError(f"{path} does not exist")
        if not path.is_dir():
            raise CorpusError(f"{path} is a file, not a corpus directory")
        if not manifest_path.is_file():
            raise CorpusError(f"{path} is not a corpus: it has no {MANIFEST_NAME}")
        try:
            manifest = json.loads(manifest_path.read_text("utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise CorpusError(f"{manifest_path} is not valid JSON: {error}") from None
        version = manifest.get("format_version") if isinstance(manifest, dict) else None
        if isinstance(version, int) and version > FORMAT_VERSION:
            raise CorpusError(
                f"{manifest_path} was written in corpus format version {version}, but this annotate "
                f"reads versions up to {FORMAT_VERSION}; upgrade annotate to read it"
            )
        problem = _schema_problem(MANIFEST_SCHEMA, manifest)
        if problem:
            raise CorpusError(f"{manifest_path}: {problem}")
        return cls(path, manifest)

    @classmethod
    def open_or_create(cls, path: str | os.PathLike, name: str | None = None) -> Corpus:
        if (corpus_location(path) / MANIFEST_NAME).exists():
            return cls.open(path)
        return cls.create(path, name)

    @property
    def name(self) -> str:
        return self.manifest["name"]

    @property
    def labels(self) -> dict[str, dict[str, str]]:
        """family -> label -> description, for every label the corpus may hold."""
        return self.manifest["labels"]

    @property
    def plugins(self) -> dict[str, str]:
        return self.manifest["plugins"]

    @property
    def manifest_path(self) -> Path:
        return self.path / MANIFEST_NAME

    def shard_path(self, shard: str) -> Path:
        return self.path / DOCUMENTS_DIR / shard

    @property
    def shards(self) -> list[str]:
        return list(self.manifest["shards"])

    def save_manifest(self) -> None:
        """Write the manifest; a corpus of an older format version is upgraded (its documents stay valid)."""
        self.manifest["format_version"] = FORMAT_VERSION
        problem = _schema_problem(MANIFEST_SCHEMA, self.manifest)
        if problem:
            raise CorpusError(f"{self.manifest_path}: {problem}")
        atomic_write(self.manifest_path, json.dumps(self.manifest, indent=2, ensure_ascii=False) + "\n")

    def declare(self, labels: dict[str, dict[str, str]], plugins: dict[str, str] | None = None) -> None:
        """Add labels (and record plugin versions) in the manifest, then save it."""
        for family, names in labels.items():
            known = self.labels.setdefault(family, {})
            for label, description in names.items():
                other = next((f for f, n in self.labels.items() if label in n and f != family), None)
                if other:
                    raise CorpusError(f"label {label} is declared in family {family!r} but the corpus has it in {other!r}")
                known[label] = description
        self.manifest["plugins"].update(plugins or {})
        self.save_manifest()

    def read_shard(self, shard: str) -> list[Document]:
        """The documents of a shard, each validated; an invalid one raises CorpusError naming its line."""
        path = self.shard_path(shard)
        if not path.is_file():
            raise CorpusError(f"{path} is listed in {MANIFEST_NAME} but missing")
        with paused_gc():
            documents = decode_shard(path.read_bytes(), self.labels)
            if documents is None:
                documents = self._read_shard_line_by_line(path)
        return documents

    def _read_shard_line_by_line(self, path: Path) -> list[Document]:
        """The careful reading, with the standard JSON parser and jsonschema, that names what is wrong."""
        try:
            with path.open("r", encoding="utf-8") as handle:
                return [check_document(data, self.labels, where)
                        for _, where, data in json_lines(handle, path, CorpusError)]
        except UnicodeDecodeError as error:
            raise CorpusError(f"{path} is not UTF-8 text: {error.reason} at byte {error.start}") from None

    def write_shard(self, shard: str, documents: list[Document]) -> None:
        """Validate and atomically (re)write one shard, then list it in the manifest."""
        path = self.shard_path(shard)
        lines = []
        for number, document in enumerate(documents, start=1):
            data = document.to_dict()
            check_document(data, self.labels, f"{path} line {number} (about to be written)")
            lines.append(json.dumps(data, ensure_ascii=False))
        atomic_write(path, "\n".join(lines) + "\n" if lines else "")
        if shard not in self.manifest["shards"] or self.manifest["format_version"] != FORMAT_VERSION:
            if shard not in self.manifest["shards"]:
                self.manifest["shards"].append(shard)
            self.save_manifest()

    def __iter__(self) -> Iterator[Document]:
        for shard in self.shards:
            yield from self.read_shard(shard)

    def documents(self) -> Iterator[Document]:
        return iter(self)

    def __len__(self) -> int:
        """The number of documents (non-blank shard lines), counted without reading them."""
        return sum(1 for shard in self.shards for line in self.shard_path(shard).read_bytes().split(b"\n") if line.strip())

    def get(self, doc_id: str) -> Document:
        for document in self:
            if document.id == doc_id:
                return document
        raise CorpusError(f"{self.path} has no document {doc_id!r}")

    def save(self, documents: Iterable[Document]) -> dict[str, int]:
        """Store documents: replace those whose id is in the corpus, append the others.

        Returns counts ``{"added": n, "replaced": n}``. All documents are validated
        before anything is written.
        """
        pending = {}
        for document in documents:
            check_document(document.to_dict(), self.labels, "document to save")
            pending[document.id] = document
        counts = {"added": 0, "replaced": 0}
        for shard in self.shards:
            stored = self.read_shard(shard)
            hits = [i for i, d in enumerate(stored) if d.id in pending]
            if hits:
                for i in hits:
                    stored[i] = pending.pop(stored[i].id)
                self.write_shard(shard, stored)
                counts["replaced"] += len(hits)
        counts["added"] = len(pending)
        self._append(list(pending.values()))
        return counts

    def _append(self, documents: list[Document]) -> None:
        if not documents:
            return
        shards = self.shards
        if shards:
            last = self.read_shard(shards[-1])
            room = SHARD_SIZE - len(last)
            if room > 0:
                self.write_shard(shards[-1], last + documents[:room])
                documents = documents[room:]
        while documents:
            name = f"{len(self.shards):05d}.jsonl"
            self.write_shard(name, documents[:SHARD_SIZE])
            documents = documents[SHARD_SIZE:]


def validate_corpus(path: str | os.PathLike) -> tuple[int, int]:
    """Read and check a whole corpus; returns (documents, spans) or raises CorpusError."""
    corpus = Corpus.open(path)
    documents = spans = 0
    seen: dict[str, str] = {}
    for shard in corpus.shards:
        for document in corpus.read_shard(shard):
            if document.id in seen:
                raise CorpusError(f"{corpus.shard_path(shard)}: document {document.id!r} is also in {seen[document.id]}")
            seen[document.id] = shard
            documents += 1
            spans += len(document.spans)
    return documents, spans
