"""Built-in source readers: plain text files and JSON Lines files.

Plain text: the file is one document whose id is the file name without its
extension; the title and the publication date are taken from the text where it
states them. JSON Lines: one document per line, ``{"id"?, "text", "meta"?, "spans"?}``.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from annotate.errors import SourceError
from annotate.jsonlines import json_lines
from annotate.hookspecs import hookimpl

__version__ = "0.1.0"

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}

_MONTH_DATE = re.compile(
    r"\b(?:Published|Updated|Posted|Date)\s*:?\s*"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4})"
    r"(?: (?P<time>\d{1,2}:\d{2}) ?(?P<ampm>[AP]M)?)?",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"(?<![\w-])(?:date|published|posted)\s*:?\s*(?P<date>\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
_TITLE_MAX = 200


def read_text_file(path: Path) -> str:
    """Read UTF-8 (a BOM is dropped) and normalize line endings to ``\\n``."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SourceError(
            f"{path} is not UTF-8 text: byte 0x{data[error.start]:02x} at offset {error.start} cannot be decoded"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise SourceError(f"{path} is empty")
    return text


def publication_date(text: str) -> str | None:
    """The first stated publication date as ISO 8601 (with the time when given)."""
    match = _MONTH_DATE.search(text)
    if match:
        date = match["date"].replace(".", "").replace("Sept", "Sep")
        stamp = datetime.strptime(date[:3] + date[date.index(" "):], "%b %d, %Y")
        if match["time"]:
            hours, minutes = map(int, match["time"].split(":"))
            if match["ampm"]:
                hours = hours % 12 + (12 if match["ampm"].upper() == "PM" else 0)
            stamp = stamp.replace(hour=hours, minute=minutes)
            return stamp.isoformat(timespec="minutes")
        return stamp.date().isoformat()
    match = _ISO_DATE.search(text)
    if match:
        try:
            return datetime.strptime(match["date"], "%Y-%m-%d").date().isoformat()
        except ValueError:
            return None
    return None


def title(text: str) -> str | None:
    """The first line that reads as a headline: short, not a sentence, not a byline or breadcrumb."""
    for line in text.split("\n")[:5]:
        line = line.strip()
        if not line:
            continue
        if len(line) > _TITLE_MAX or line.endswith((".", ":")) or "›" in line or ">" in line:
            continue
        if _MONTH_DATE.match(line) or _ISO_DATE.match(line) or line.startswith("["):
            continue
        return line
    return None


def text_document(path: Path) -> dict:
    text = read_text_file(path)
    meta = {"source": str(path)}
    if found := title(text):
        meta["title"] = found
    if found := publication_date(text):
        meta["date"] = found[:10]
        if len(found) > 10:
            meta["published_at"] = found
    return {"id": path.stem, "text": text, "meta": meta}


def jsonl_documents(path: Path, lines: list[str] | None = None, first: int = 1):
    """The documents of a JSON Lines file, or of its ``lines`` from line number ``first`` on (a part of it)."""
    lines = read_text_file(path).split("\n") if lines is None else lines
    for number, where, data in json_lines(lines, path, SourceError, first):
        if not isinstance(data, dict) or not isinstance(data.get("text"), str) or not data["text"].strip():
            raise SourceError(f"{where} has no non-empty \"text\" string")
        meta = data.get("meta") or {}
        if not isinstance(meta, dict):
            raise SourceError(f"{where}: \"meta\" must be an object")
        yield {
            "id": str(data.get("id") or f"{path.stem}-{number}"),
            "text": data["text"].replace("\r\n", "\n").replace("\r", "\n"),
            "meta": {"source": f"{path}:{number}", **meta},
            "spans": data.get("spans") or [],
            "where": where,
        }


@hookimpl
def annotate_read_source(path, settings):
    suffix = Path(path).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return [text_document(Path(path))]
    if suffix in JSONL_SUFFIXES:
        return jsonl_documents(Path(path))
    return None
