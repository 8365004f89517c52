"""Reading JSON Lines with errors that name the file and the line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import msgspec

from .errors import AnnotateError


def json_lines(lines: Iterable[str], path: Any, error: type[AnnotateError],
               first: int = 1) -> Iterator[tuple[int, str, Any]]:
    """Yield ``(N, "PATH line N", value)`` for each non-blank line (the first is line ``first``); a line
    that is not JSON raises ``error``.

    msgspec parses a line; what it refuses goes to the standard parser, which reads what
    msgspec is stricter about (``NaN``, numbers out of range) and explains the rest.
    """
    for number, line in enumerate(lines, start=first):
        if not line.strip():
            continue
        where = f"{path} line {number}"
        try:
            value = msgspec.json.decode(line)
        except msgspec.DecodeError:
            try:
                value = json.loads(line)
            except json.JSONDecodeError as problem:
                raise error(f"{where} is not valid JSON: {problem.msg} at column {problem.colno}") from None
        yield number, where, value
