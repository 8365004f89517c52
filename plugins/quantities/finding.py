"""Finding the quantity spans of a document, leaving out dates, years, times and numbers inside names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from spacy.tokens import Doc, Token

from .amounts import QUANTITY, Number, Reading
from .attributes import QUOTES
from .lexicon import SPACE, Lexicon, search_before
from .nouns import text_of, token_at, token_before
from .reading import read_quantities
from .unsaid import sentence_readings, sentence_spans, unsaid_unit

JOINED_BEFORE_RE = re.compile(r"(?:[A-Za-z]-|\d[-–/])$")  # "COVID-19", "2022-23", "24/7"
WORD_BEFORE_RE = re.compile(rf"(\S+){SPACE}+$")
NOT_BEFORE_A_COUNTED_YEAR = ("DET", "ADP", "PRON", "PART")
THE_BEFORE_RE = re.compile(rf"(?<!\w)(?i:the){SPACE}+$")
IN_BEFORE_RE = re.compile(rf"(?<!\w)(?i:in){SPACE}+$")
SUPERLATIVE_REACH = 6  # words before "in" where "highest", "first" or "record" may stand
QUOTATION_RE = re.compile(r'"([^"\n]{1,100})"|“([^”\n]{1,100})”')
FINITE_VERB_TAGS = ("VB", "VBD", "VBP", "VBZ", "MD")
RATIO_AFTER_RE = re.compile(  # "1 in 5 adults", "three out of four firms"
    rf"{SPACE}+(?i:in|out{SPACE}+of){SPACE}+(?:\d{{1,3}}(?![\d,.])|(?i:two|three|four|five|six|seven|eight|nine|ten|"
    rf"twenty|a{SPACE}+hundred|every)\b)")


def sentences(doc: Doc) -> Iterator[tuple[int, int]]:
    yield from zip(*sentence_spans(doc))


def is_capitalized_inside_sentence(doc: Doc, number: Number, left: int) -> bool:
    """ "Five-Year Plan", "Three Gorges": a capitalized number word after the sentence start is a name."""
    text, position = text_of(doc), number.start
    while position > left and text[position - 1] in QUOTES + " (":
        position -= 1
    starts_sentence = position == left
    return number.kind == "words" and number.text[0].isupper() and not starts_sentence


def follows_a_name(doc: Doc, lexicon: Lexicon, reading: Reading, left: int) -> bool:
    """ "Route 66", "COVID-19", "No. 1", "Fortune 500 companies", "the 2022-23 season", and the numbered
    grades of a capitalized noun: "Level 3 restrictions", "Category 4 storms", "Phase 2 trials".

    A name right before an amount of money, percent or a unit does not make it part of the name
    ("Samsung 5 trillion won").
    """
    text = text_of(doc)
    if search_before(JOINED_BEFORE_RE, text, left, reading.start) \
            or search_before(lexicon.name_marker_re, text, left, reading.start):
        return True
    if reading.label is not None and reading.counted is None:
        return False
    word = search_before(WORD_BEFORE_RE, text, left, reading.start)
    token = token_at(doc, word.end(1) - 1) if word else None
    if token is None or not (token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text.istitle())):
        return False
    return not is_outside_the_phrase(doc, token, reading)


def is_outside_the_phrase(doc: Doc, name: Token, reading: Reading) -> bool:
    """ "call Bob 3 times": the name before the amount is the object of the verb, not part of its phrase
    as in "Fortune 500 companies"."""
    phrase = doc.char_span(reading.number.start, reading.end, alignment_mode="expand")
    return phrase is not None and name.dep_ in ("dobj", "dative", "pobj") and name.head not in phrase \
        and not any(token.head == name for token in phrase)


def is_date_or_time(doc: Doc, lexicon: Lexicon, number: Number, left: int, right: int) -> bool:
    """ "Dec 16", "12 December", "10 am"."""
    return bool(search_before(lexicon.month_before_re, text_of(doc), left, number.start)
                or lexicon.month_after_re.match(text_of(doc), number.end, right)
                or lexicon.time_of_day_re.match(text_of(doc), number.end, right))


def is_calendar_reference(doc: Doc, lexicon: Lexicon, reading: Reading, left: int, right: int) -> bool:
    """ "the first 10 months", "two years ago", "the 12 months to March", "in the two quarters", "the highest
    in eight years": a period of the calendar, not a duration; "45-year-old", "72 years old": an age."""
    text = text_of(doc)
    return reading.unit in lexicon.time_units and bool(
        search_before(lexicon.calendar_before_re, text, left, reading.start)
        or lexicon.calendar_after_re.match(text, reading.end, right)
        or (search_before(THE_BEFORE_RE, text, left, reading.start)
            and (lexicon.calendar_period_re.match(text, reading.end, right) or is_spaced_plural(text, reading)))
        or is_period_since_a_superlative(doc, text, reading, left))


def is_spaced_plural(text: str, reading: Reading) -> bool:
    """ "the two quarters", "the 12 months": a plural period written apart from its number (not "the 10-year")."""
    unit = reading.surface_unit or ""
    return unit.endswith("s") and text[reading.number.end:reading.end - len(unit)].isspace()


def is_period_since_a_superlative(doc: Doc, text: str, reading: Reading, left: int) -> bool:
    """ "the highest in eight years", "its first cut in four years": the years up to now, a calendar period."""
    if not search_before(IN_BEFORE_RE, text, left, reading.start):
        return False
    token = token_before(doc, reading.start)
    for _ in range(SUPERLATIVE_REACH):
        token = token_before(doc, token.idx) if token is not None and token.idx > left else None
        if token is None or token.is_punct or token.pos_ in ("VERB", "AUX"):
            return False
        if token.tag_ in ("JJS", "RBS") or token.lower_ in ("first", "record"):
            return True
    return False


def is_rank(doc: Doc, lexicon: Lexicon, reading: Reading, left: int) -> bool:
    """ "the top 10 companies": a rank of things, not a count of them."""
    return reading.label == QUANTITY and reading.unit not in lexicon.time_units \
        and bool(search_before(lexicon.rank_marker_re, text_of(doc), left, reading.start))


def is_ratio_part(doc: Doc, reading: Reading, right: int) -> bool:
    """ "1 in 5 adults", "three out of four firms": a bare number before the whole it is a part of."""
    return reading.label is None and RATIO_AFTER_RE.match(text_of(doc), reading.end, right) is not None


def is_year(doc: Doc, lexicon: Lexicon, reading: Reading) -> bool:
    """ "2013", "the 2023 budget", "had 1988 sales"; but "exported 2000 cars" counts cars."""
    if not reading.number.is_year_like:
        return False
    if reading.counted is None:
        return reading.label is None
    if reading.number.text.isdigit() and reading.counted.unit.split()[-1] in lexicon.year_nouns:
        return True
    before = token_before(doc, reading.start)
    return before is not None and before.pos_ in NOT_BEFORE_A_COUNTED_YEAR


def is_singular_count(reading: Reading, lexicon: Lexicon) -> bool:
    """ "the 11.11 shopping festival": a number other than one counts a plural or a collective noun."""
    counted = reading.counted
    return counted is not None and not counted.plural and reading.value != 1 \
        and counted.unit.split()[-1] not in lexicon.collective_nouns


def is_idiomatic_one(reading: Reading, lexicon: Lexicon) -> bool:
    """ "one thing in common", "on the one hand": "one" that counts nothing."""
    return reading.number.kind == "words" and reading.value == 1 and reading.unit in lexicon.one_idioms


def slogan_counts(doc: Doc, lexicon: Lexicon) -> set[tuple[Decimal, str]]:
    """The counts named in short verbless quotations ("one port, two zones"): parts of a slogan's name.

    The same count elsewhere in the document names the slogan too ("One port and two zones promote ...").
    """
    counts = set()
    for match in QUOTATION_RE.finditer(text_of(doc)):
        start, end = match.span(match.lastindex)
        quoted = doc.char_span(start, end, alignment_mode="expand")
        if quoted is None or any(token.tag_ in FINITE_VERB_TAGS for token in quoted):
            continue
        for reading in read_quantities(doc, lexicon, start, end):
            if reading.number.kind == "words" and reading.counted is not None:
                counts.add((reading.value, reading.unit))
    return counts


def is_quantity(doc: Doc, lexicon: Lexicon, reading: Reading, left: int, right: int,
                slogans: set[tuple[Decimal, str]]) -> bool:
    number = reading.number
    return not (
        (number.kind == "words" and (reading.value, reading.unit) in slogans)
        or is_capitalized_inside_sentence(doc, number, left)
        or follows_a_name(doc, lexicon, reading, left)
        or is_date_or_time(doc, lexicon, number, left, right)
        or is_calendar_reference(doc, lexicon, reading, left, right)
        or is_rank(doc, lexicon, reading, left)
        or is_year(doc, lexicon, reading)
        or is_ratio_part(doc, reading, right)
        or is_singular_count(reading, lexicon)
        or is_idiomatic_one(reading, lexicon)
    )


def label_of(doc: Doc, lexicon: Lexicon, reading: Reading) -> str | None:
    if reading.label is not None:
        return reading.label
    unsaid = unsaid_unit(doc, lexicon, reading)
    return unsaid.label if unsaid is not None else None


def find_quantities(doc: Doc, lexicon: Lexicon) -> Iterator[tuple[Reading, str]]:
    """Every quantity of ``doc``, left to right, with its label."""
    slogans = slogan_counts(doc, lexicon)
    floor = 0
    for left, right in sentences(doc):
        for reading in sentence_readings(doc, lexicon, left, right)[0]:
            if reading.start < floor:
                continue  # a symbol or bound word before the sentence start that the amount before it holds
            label = label_of(doc, lexicon, reading)
            if label is not None and is_quantity(doc, lexicon, reading, left, right, slogans):
                yield reading, label
            floor = max(floor, reading.end)
