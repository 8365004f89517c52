"""Physical units written after a number: "km", "3-inch", "512GB", "square metres", "km/h", "°C", "pound-feet"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .registry import Unit, UnitTable

SPACE = r"[^\S\n]"
MAX_UNIT_WORDS = 6  # "barrels of oil equivalent per day"
MAX_CHUNK = 30  # characters of a chunk read after its first: no unit is longer
# The start of a unit: its gap from the number (spaces, a hyphen, or nothing), then up to three chunks.
UNIT_CHUNKS_RE = re.compile(
    rf"({SPACE}*-?{SPACE}*)"  # the gap: spaces, a hyphen or nothing
    rf"((?:[^\s\d(\[{{<\"“”]|[°º])\S{{0,{MAX_CHUNK}}}"  # the first chunk
    rf"(?:{SPACE}+[^\s\d]\S{{0,{MAX_CHUNK}}}){{0,{MAX_UNIT_WORDS - 1}}})")
TRAILING_PUNCTUATION = ".,;:!?)]}\"'“”’»"
SQUARE_RE = re.compile(r"(?i)(square|sq\.?|cubic|cu\.?)[\s-]+(.+)")  # "square metres", "30,000-square-foot"
POWER_RE = re.compile(r"(.+?)([23²³])")
PER_RE = re.compile(r"(.+?)\s*(?:/|\s(?i:per)\s)\s*(.+)")
POWERS = {"square": "square", "sq": "square", "sq.": "square", "cubic": "cubic", "cu": "cubic", "cu.": "cubic",
          "2": "square", "²": "square", "3": "cubic", "³": "cubic"}
LENGTH = "[length]"
NEXT_WORD_RE = re.compile(rf"{SPACE}*([^\W\d_]+|[×])")


@dataclass
class UnitMatch:
    end: int
    unit: Unit
    surface: str


@lru_cache(maxsize=8192)
def resolve(table: UnitTable, written: str) -> Unit | None:
    """The unit of a written form, compound forms included: "square kilometres", "km²", "km/h"."""
    unit = table.find(written)
    if unit is not None:
        return unit
    square = SQUARE_RE.fullmatch(written) or POWER_RE.fullmatch(written)
    if square:
        written_base = square.group(2) if square.re is SQUARE_RE else square.group(1)
        base = table.glued.get(written_base) if len(written_base) == 1 else resolve(table, written_base)
        power = POWERS[square.group(1).lower() if square.re is SQUARE_RE else square.group(2)]
        if base is not None and base.dimension == LENGTH:
            return Unit(f"{power} {base.name}", f"{LENGTH}**{2 if power == 'square' else 3}")
        return None
    per = PER_RE.fullmatch(written)
    if per:
        numerator, denominator = resolve(table, per.group(1)), resolve(table, per.group(2))
        if numerator is not None and denominator is not None and " per " not in numerator.name:
            return Unit(f"{numerator.name} per {denominator.name}",
                        f"{numerator.dimension} / {denominator.dimension}")
    return None


def is_spaced_symbol(table: UnitTable, text: str, symbol: str, end: int, right: int) -> bool:
    """ "minus 5 C", "12 m long": a one-letter symbol apart from its number, before no word but a function
    word, a dimension word, a number or punctuation ("12 m units" counts units)."""
    if symbol not in table.spaced or (end < right and not (text[end].isspace() or text[end] in ".,;:!?)]")):
        return False  # "24703 L-202"
    after = NEXT_WORD_RE.match(text, end, right)
    return after is None or after.group(1).lower() in table.after_spaced


def unit_at(table: UnitTable, text: str, position: int, right: int) -> UnitMatch | None:
    """The longest unit written right after ``position`` (a number's end), before ``right``."""
    match = UNIT_CHUNKS_RE.match(text, position, right)
    if match is None:
        return None
    gap, chunks = match.group(1), match.group(2)
    glued = gap == ""
    ends = sorted({word.end() for word in re.finditer(r"\S+", chunks)}
                  | {joint.start() for joint in re.finditer("[/-]", chunks)}, reverse=True)
    for end in ends:
        written = chunks[:end]
        for candidate in (written, written.rstrip(TRAILING_PUNCTUATION)):
            if not candidate or (len(candidate) == 1 and not glued and not is_spaced_symbol(table, text, candidate,
                                                                                          match.start(2) + 1, right)):
                continue
            unit = (table.glued.get(candidate) or (None if candidate.isalnum() else table.find(candidate))) \
                if len(candidate) == 1 else resolve(table, candidate)  # "85°"
            end = match.start(2) + len(candidate)
            if unit is not None and not text[end:end + 1].isalnum():
                return UnitMatch(end, unit, candidate)
    return None
