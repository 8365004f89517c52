"""Numbers written in a text ("1,250,000", "twenty-five", "7 3/4", "hundreds of") and the quantity
expressions built around them."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import FRACTIONS, VULGAR_FRACTIONS, Lexicon, number_matches
from .nouns import CountedNoun, text_of

MONEY, PERCENT, QUANTITY = "MONEY", "PERCENT", "QUANTITY"
AND_A_HALF_RE = re.compile(r"\s+and\s+a\s+half\b")


@dataclass
class Number:
    start: int
    end: int
    value: Decimal
    text: str
    kind: str  # "digits", "words" or "vague" ("hundreds of")
    scale: Decimal  # the factor of a trailing scale word: 1e6 for "5 million", 1 for "5"
    glued: str = ""  # a one-letter scale written against the digits: "m" in "48m"

    @property
    def is_year_like(self) -> bool:
        return self.kind == "digits" and re.fullmatch(r"\d{4}", self.text) is not None \
            and 1800 <= self.value <= 2100


@dataclass
class Reading:
    """A quantity expression ``[start, end)``; ``label`` is None for a bare number."""

    start: int
    end: int
    number: Number
    value: Decimal
    value_max: Decimal | None = None
    label: str | None = None
    unit: str | None = None
    surface_unit: str | None = None
    bound_change: str = "="
    bound: str | None = None  # the bound words before the number, lower case: "more than", "below"
    counted: CountedNoun | None = None
    age: bool = False


def words_value(text: str, lexicon: Lexicon) -> Decimal:
    """The value of number words: "twenty-five" 25, "one hundred and two" 102, "half a million" 5e5."""
    total, current = Decimal(0), Decimal(0)
    for word in re.split(r"[\s-]+", AND_A_HALF_RE.sub(" andahalf", text.lower())):
        if word in ("a", "an", "and", "of"):
            continue
        if word == "andahalf":  # "four and a half"
            current += Decimal("0.5")
        elif word == "half":
            current = (current or 1) * Decimal("0.5")
        elif word in ("quarter", "quarters"):
            current = (current or 1) * Decimal("0.25")
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in lexicon.scale_words:
            total += (current or 1) * lexicon.scale_words[word]
            current = Decimal(0)
        else:
            current += lexicon.number_words[word]
    return total + current


def vague_value(text: str, lexicon: Lexicon) -> Decimal:
    """ "tens of thousands" is 10 * 1000."""
    value = Decimal(1)
    for word in re.split(r"\s+of\s+", text.lower()):
        value *= lexicon.vague_words[word]
    return value


def parse_number(match: re.Match, lexicon: Lexicon) -> Number:
    if match.group("vague"):
        return Number(match.start(), match.end(), vague_value(match.group("vague"), lexicon),
                      match.group(), "vague", Decimal(1))
    if match.group("article"):  # "within a week"
        return Number(match.start(), match.end(), Decimal(1), match.group("article"), "words", Decimal(1))
    if match.group("words"):
        words = match.group("words")
        scale = lexicon.scale_words.get(words.split()[-1].lower(), 1)
        return Number(match.start(), match.end(), words_value(words, lexicon), words, "words", Decimal(scale))
    if match.group("fraction_only"):
        written = match.group("fraction_only")
        value = Decimal(FRACTIONS.get(written) or VULGAR_FRACTIONS[written])
        return Number(match.start(), match.end(), value, written, "digits", Decimal(1))
    digits = match.group("digits")
    fraction = Decimal(FRACTIONS[match.group("fraction")]) if match.group("fraction") else Decimal(0)
    scale = Decimal(1)
    for word in (match.group("scale") or "").split():
        scale *= lexicon.scale_words[word.lower()]
    abbreviation = match.group("abbreviation") or match.group("glued")
    if abbreviation:
        scale = Decimal(lexicon.scale_abbreviations[abbreviation.lower()])
    sign = -1 if match.group("sign") else 1
    value = Decimal(re.sub(r"[,\s]", "", digits)) + fraction
    return Number(match.start(), match.end(), sign * value * scale, digits, "digits", scale, match.group("glued") or "")


def number_at(doc: Doc, lexicon: Lexicon, position: int, right: int) -> Number | None:
    match = lexicon.number_re.match(text_of(doc), position, right)
    return parse_number(match, lexicon) if match else None


@lru_cache(maxsize=4)
def document_numbers(doc: Doc, lexicon: Lexicon) -> tuple[list[Number], list[int]]:
    """Every number of ``doc``, once, and their starts."""
    numbers = [parse_number(match, lexicon) for match in number_matches(lexicon, text_of(doc))]
    return numbers, [number.start for number in numbers]


def is_word_boundary(text: str, position: int) -> bool:
    return position in (0, len(text)) or text[position].isspace() or text[position - 1].isspace()


def numbers_in(doc: Doc, lexicon: Lexicon, left: int, right: int) -> list[Number]:
    """The numbers within ``[left, right)``, as a search of that range alone finds them.

    The document's numbers are read once; a range that does not start and end next to a space, or that
    cuts a number ("5" of "5 million"), is searched on its own."""
    text = text_of(doc)
    if is_word_boundary(text, left) and is_word_boundary(text, right):
        numbers, starts = document_numbers(doc, lexicon)
        first, last = bisect_left(starts, left), bisect_left(starts, right)
        if (first == 0 or numbers[first - 1].end <= left) and (last == first or numbers[last - 1].end <= right):
            return numbers[first:last]
    return [parse_number(match, lexicon) for match in number_matches(lexicon, text, left, right)]
