"""The normalized attributes of a quantity span: value, unit, change, surface_unit and value_max."""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Any

from spacy.tokens import Doc, Token

from .amounts import Reading
from .lexicon import Lexicon
from .nouns import text_of, token_at
from .reading import read_quantities
from .unsaid import LINK_RE, compared_rate, readings_before, sentence_bounds, unsaid_unit

TRENDS = ("up", "down")
AFTER_COMPARATIVES = ("higher", "lower", "more", "fewer", "less")  # "5 percent higher", "1,266 more than"
PUNCTUATION_AFTER_WORD = ",;:()[]"
QUOTES = "\"'“”‘’"
CONTEXT_CHARACTERS = 120  # how far around an amount its change words are looked for
GOVERNING_PREPOSITIONS = ("of", "in", "by")
LEVEL_PREPOSITIONS = ("at",)
GOVERNOR_HOPS = 3


def as_float(value: Decimal | None) -> float | None:
    """The value as a float; None where it has none or a float cannot hold it ("$" and 50,000 nines)."""
    number = None if value is None else float(value)
    return number if number is not None and math.isfinite(number) else None


def stated_change(lexicon: Lexicon, token: Token, word: str) -> str | None:
    return lexicon.context_changes.get(word) or lexicon.context_changes.get(token.lemma_.lower())


def change_before(doc: Doc, lexicon: Lexicon, start: int, left: int) -> str | None:
    """A change stated by the words just before a span: "rose by", "a year-on-year increase of", "up"."""
    left = max(left, start - CONTEXT_CHARACTERS)
    words = list(re.finditer(r"\S+", text_of(doc)[left:start]))[-5:]
    if words and words[-1].group().lower() in LEVEL_PREPOSITIONS:
        return None  # "closed 3% higher at $50": the level reached
    for match in reversed(words):
        written = match.group()
        if written[-1] in PUNCTUATION_AFTER_WORD:
            return None
        word = written.strip(QUOTES).lower()
        token = token_at(doc, left + match.end() - 1)
        change = stated_change(lexicon, token, word)
        if change:
            if token.dep_ == "prt":  # "edged up 0.3%"; not "made up 30%"
                return change if token.head.lemma_.lower() in lexicon.particle_trend_verbs else None
            return None if token.pos_ == "ADJ" else change
        verb_change = (stated_change(lexicon, token.head, token.head.lower_)
                       or lexicon.changes_with_by.get(token.head.lemma_.lower())) if word == "by" else None
        if verb_change:
            return verb_change  # "cut the rate by 0.5 points", "raised the rate by 100 basis points"
        if not (word in lexicon.fillers_before or token.pos_ == "ADV"):
            return None
    return None


def change_of_governing_noun(doc: Doc, lexicon: Lexicon, reading: Reading) -> str | None:
    """A rise or fall named by the noun the amount belongs to, past other nouns and their prepositions:
    "an increase in exports of 5%", "a drop in car sales of 12 percent"."""
    node = token_at(doc, reading.end - 1)
    for _ in range(GOVERNOR_HOPS):
        if node is None or node.dep_ != "pobj" or node.head.lower_ not in GOVERNING_PREPOSITIONS:
            return None
        node = node.head.head
        change = stated_change(lexicon, node, node.lower_)
        if change in TRENDS and node.pos_ == "NOUN" and node.lemma_.lower() not in lexicon.not_trend_nouns:
            return change
        if node.pos_ not in ("NOUN", "PROPN"):
            return None
    return None


def is_followed_by_noun(token: Token) -> bool:
    """ "15 % less fees", "7.86 % less full fees": a comparative before a noun or governing one as its
    object is the preposition "minus", no change."""
    after = token.i + 1
    return (after < len(token.doc) and token.doc[after].pos_ in ("NOUN", "PROPN")) \
        or any(child.dep_ == "pobj" for child in token.children)


def change_after(doc: Doc, lexicon: Lexicon, end: int, right: int) -> str | None:
    """A rise or fall named right after a span: "a 5 percent increase", "5 percent lower", "60 more"."""
    for match in list(re.finditer(r"\S+", text_of(doc)[end:min(right, end + CONTEXT_CHARACTERS)]))[:3]:
        written = match.group()
        word = written.strip(QUOTES + PUNCTUATION_AFTER_WORD + ".").lower()
        token = token_at(doc, end + match.start())
        change = stated_change(lexicon, token, word)
        if change in TRENDS and token.pos_ == "NOUN" and token.lemma_.lower() not in lexicon.not_trend_nouns:
            return change  # "a 5 percent increase"; not "a $300 million contract"
        if change in TRENDS and word in AFTER_COMPARATIVES and not is_followed_by_noun(token):
            return change  # "5 percent lower", "60 more than"; not "15 % less fees"
        if word not in lexicon.fillers_after or written[-1] in PUNCTUATION_AFTER_WORD:
            return None
    return None


def converted_amount(doc: Doc, lexicon: Lexicon, start: int, left: int) -> Reading | None:
    """The amount that a parenthesised conversion converts: "100 million yuan" before "($14.39 million)"."""
    before = text_of(doc)[left:start].rstrip()
    if not before.endswith("("):
        return None
    outer_end = left + len(before[:-1].rstrip())
    previous = next(readings_before(doc, lexicon, outer_end), None)
    if previous is not None and previous.end == outer_end and previous.start >= left and previous.label is not None:
        return previous
    return None


def continued_amount(doc: Doc, lexicon: Lexicon, reading: Reading, start: int, left: int) -> Reading | None:
    """The amount a span continues or restates: "grew 7.6 percent and 5.5 percent", "52 cents, or 0.6%",
    "rose 0.2% on the month and 3.1% on the year" (amounts the parse joins)."""
    previous = next(readings_before(doc, lexicon, start), None)
    if previous is None or previous.start < left:
        return None
    link = LINK_RE.fullmatch(text_of(doc), previous.end, start)
    if link is None and not is_conjoined(doc, previous, reading):
        return None
    restated = link is not None and "or" in link.group().lower()  # "52 cents, or 0.6%"
    return previous if restated or previous.label in (None, reading.label) else None


def is_conjoined(doc: Doc, previous: Reading, reading: Reading) -> bool:
    span = doc.char_span(reading.start, reading.end, alignment_mode="expand")
    return span is not None and any(token.dep_ == "conj" and previous.start <= token.head.idx < previous.end
                                    for token in span)


def context_change(doc: Doc, lexicon: Lexicon, reading: Reading) -> str | None:
    """The change that the words around an amount state; a conversion or a list passes on its rise or fall."""
    left, right = sentence_bounds(doc, reading.start, reading.end)
    converted = converted_amount(doc, lexicon, reading.start, left)
    if converted is not None:
        change = context_change(doc, lexicon, converted)
        return change if change in TRENDS else None
    continued = continued_amount(doc, lexicon, reading, reading.start, left)
    if continued is not None:
        change = context_change(doc, lexicon, continued)
        if change in TRENDS:
            return change
    return change_before(doc, lexicon, reading.start, left) or change_after(doc, lexicon, reading.end, right) \
        or change_of_governing_noun(doc, lexicon, reading)


def change_of(doc: Doc, lexicon: Lexicon, reading: Reading) -> str:
    """A rise or fall stated in the context wins over bound words on the amount of the change ("rose more
    than 5%" is up), not over those that bound the level reached ("dropped below $40,000" is a bounded
    level); then the span's own bound words, then the other context words ("exceeded 20,000")."""
    change = context_change(doc, lexicon, reading)
    if change in TRENDS and reading.bound not in lexicon.level_bounds:
        return change
    if reading.bound_change != "=":
        return reading.bound_change
    return change or "="


def main_reading(doc: Doc, lexicon: Lexicon, start: int, end: int) -> Reading | None:
    """The first amount with a unit in ``[start, end)``, else its first number; a symbol before the span
    is not its own ("20 usd" after "10 rmb")."""
    readings = read_quantities(doc, lexicon, start, end, floor=start)
    return next((reading for reading in readings if reading.label is not None), readings[0] if readings else None)


def span_attributes(doc: Doc, lexicon: Lexicon, start: int, end: int) -> dict[str, Any]:
    """The attributes of the quantity span ``[start, end)`` of ``doc``, read from its words and context."""
    reading = main_reading(doc, lexicon, start, end)
    if reading is None:
        return {"value": None, "unit": None, "change": None, "surface_unit": None}
    return reading_attributes(doc, lexicon, reading)


def reading_attributes(doc: Doc, lexicon: Lexicon, reading: Reading) -> dict[str, Any]:
    """The attributes of a quantity expression read in ``doc``."""
    unit, surface_unit, scale = compared_rate(doc, lexicon, reading) or reading.unit, reading.surface_unit, Decimal(1)
    if reading.label is None:
        unsaid = unsaid_unit(doc, lexicon, reading)
        if unsaid is not None:
            unit, surface_unit, scale = unsaid.unit, unsaid.surface_unit, unsaid.scale
    attributes = {
        "value": as_float(reading.value * scale),
        "unit": unit,
        "change": change_of(doc, lexicon, reading),
        "surface_unit": surface_unit,
    }
    if reading.value_max is not None:
        attributes["value_max"] = as_float(reading.value_max * scale)
    return attributes
