"""Reading one quantity expression of a parsed document: its number, unit or counted noun and bound words."""

from __future__ import annotations

import re
from decimal import Decimal

from spacy.tokens import Doc, Token

from .amounts import MONEY, PERCENT, QUANTITY, Number, Reading, number_at, numbers_in
from .lexicon import SPACE, FormTable, Lexicon, search_before
from .money import (attach_cents, attach_scale_after_currency, currency_code, is_code_in_a_name, is_glued_to_a_word,
                    is_glued_pence, is_weight, is_word_before_a_count, name_before, opens_next_amount, symbol_before)
from .nouns import counted_noun, text_of, token_at, token_before
from .units import unit_at

RANGE_SEPARATOR_RE = re.compile(rf"{SPACE}*(?:[-–]{SPACE}*to\b|-|–|—|\bto\b|\bor\b|\band\b){SPACE}*")  # "18- to 25-year-olds"
BETWEEN_SECOND_RE = re.compile(rf"{SPACE}+and{SPACE}+")
UNIT_RANGE_SEPARATOR_RE = re.compile(rf"{SPACE}*[-–—]{SPACE}*")
FROM_BEFORE_RE = re.compile(rf"\bfrom{SPACE}+$", re.IGNORECASE)
FROM_LOOKBACK_TOKENS = 4
LEVEL_RATIO = 3  # "rose 5 to 8 percent" is a range; "climbed $150 to $8,200" a change and a level
TO_RE = re.compile(rf"{SPACE}+to{SPACE}+", re.IGNORECASE)
HYPHENATED_WORD_RE = re.compile(r"-[A-Za-z]")
ORDINAL_SUFFIX_RE = re.compile(r"(?i:st|nd|rd|th)\b")
UNIT_LABELS = {"percent": PERCENT, "currency": MONEY}
BRACKETED_UNIT_RE = re.compile(rf"{SPACE}*(?P<open>[(\[{{<])(?P<unit>[^\W\d][^\s()\[\]{{}}<>]{{0,9}})(?P<close>[)\]}}>])")
BRACKET_PAIRS = {"(": ")", "[": "]", "{": "}", "<": ">"}
LENGTH_WORD_REACH = 4  # words before a glued "m" where "height", "outreach" may stand
COMPLEMENT_WORD = r"(?!(?i:per|a|an|each|of)\b)[^\W\d_][\w-]*"
RATE_COMPLEMENT_RE = re.compile(  # "barrels of oil a day", "tonnes of copper cathode per year"
    rf"{SPACE}+of{SPACE}+{COMPLEMENT_WORD}(?:{SPACE}+{COMPLEMENT_WORD}){{0,2}}(?={SPACE}+(?i:per|a|an|each){SPACE})")
INCH_MARK_RE = re.compile(rf"{SPACE}*(?P<mark>[\"”″])(?={SPACE}*(?P<word>[^\W\d_]+|[x×]))")  # '10" long'
INCHES_AFTER_FEET_RE = re.compile(rf"{SPACE}*(?P<mark>in\b\.?|[\"”″])(?:{SPACE}*(?P<word>[^\W\d_]+|[x×]))?")
WORDS_AFTER_INCHES = {"x", "×", "more", "or", "and", "plus"}
FEET_BEFORE_RE = re.compile(rf"(?:\b(?:ft\.?|feet|foot)|\d['’′]){SPACE}*$")  # "12 ft 2 in", "5' 11\""
POINTS_OF_A_RATE_RE = re.compile(  # "rose 0.1 points to 4.3%": points of a percentage
    rf"{SPACE}*,?{SPACE}*(?i:to|from){SPACE}+(?:(?i:about|around|nearly|almost){SPACE}+)?[-−]?\d[\d.,]*{SPACE}*(?:%|(?i:percent|per{SPACE}cent)\b)")
COMMA_BEFORE_RE = re.compile(rf"(?<=\w),{SPACE}*$")
COMMA_AFTER_RE = re.compile(rf"{SPACE}*(?:,(?!{SPACE}*\d)|\.(?!\w))")  # not a list: "May, 5, 6 or 7"
OLDEST_AGE = 120
SPACED_MINUS_RE = re.compile(rf"(?<=[^\W\d_]{SPACE})[-−]{SPACE}+$")  # "convert - 20 degrees", not "5 - 20"




def bound_before(doc: Doc, lexicon: Lexicon, left: int, start: int) -> re.Match | None:
    """The bound or approximating words right before an amount; not "over" where the parse makes it a
    preposition of the verb ("1.5 million jobs over 10 years": during, not more than)."""
    bound = search_before(lexicon.bound_re, text_of(doc), left, start)
    if bound is not None and bound.group("bound").lower() in lexicon.prepositional_bounds:
        token = token_at(doc, bound.start())
        holder = doc[token.i - 1] if token is not None and token.i > 0 else None
        if token is not None and (token.dep_ == "prep" or is_period_of_an_action(lexicon, token)) \
                and not (holder is not None and holder.lemma_.lower() in lexicon.age_holders):  # "people over 65"
            return None
    return bound


def is_period_of_an_action(lexicon: Lexicon, bound: Token) -> bool:
    """ "loan $10000 over 3 years": a period that the parse hangs on a verb with its own object, as an
    adverbial noun phrase, says over what time the action runs ("took over 3 years" bounds its object)."""
    number = bound.head
    noun = number.head if number.dep_ == "nummod" else None
    if noun is None or noun.dep_ != "npadvmod" or noun.lemma_.lower() not in lexicon.time_units:
        return False
    verb = noun.head
    return verb.pos_ == "VERB" and any(child.dep_ == "dobj" and child != noun for child in verb.children)


def currency_of(reading: Reading) -> str | None:
    return reading.unit if reading.label == MONEY else None


def number_after(doc: Doc, lexicon: Lexicon, position: int, right: int, currency: str | None) -> Number | None:
    """The number at ``position``, past a symbol of ``currency``: the "$7" of "$5-$7 billion"."""
    symbol = lexicon.currency_symbol_ahead_re.match(text_of(doc), position, right)
    if symbol and currency \
            and currency_code(doc, lexicon, symbol.group("symbol"), lexicon.currency_symbols) == currency:
        position = symbol.end()
    return number_at(doc, lexicon, position, right)


def range_second(doc: Doc, lexicon: Lexicon, reading: Reading, right: int, between: bool) -> Number | None:
    """The upper bound of "5-7", "5 to 7", "five or six" or "between 5 and 7", written right after the first."""
    separator = RANGE_SEPARATOR_RE.match(text_of(doc), reading.end, right)
    if not separator:
        return None
    word = separator.group().strip(" -–").lower() or "-"
    if (word == "and") != between:
        return None
    start = from_before(doc, lexicon, reading) if word == "to" else None
    if start is not None and is_change_from(doc, lexicon, start):
        return None  # "increased from 7 to 139": two amounts
    second = number_after(doc, lexicon, separator.end(), right, currency_of(reading))
    if second is None or second.kind == "vague":
        return None
    first = reading.value * shared_scale(reading.number, second)
    if word == "to" and is_change_then_level(doc, lexicon, reading.start, first, second.value):
        return None
    return second if second.value > first else None


def is_change_then_level(doc: Doc, lexicon: Lexicon, start: int, first: Decimal, second: Decimal) -> bool:
    """ "cocoa climbed $150 to $8,200": after a verb of rise or fall, "X to Y" is the change and the level
    it reached when Y is far above X; "prices could rise 5 to 8 percent" is a range."""
    token = token_before(doc, start)
    if token is not None and token.lower_ == "by":
        token = token_before(doc, token.idx)
    return token is not None and token.pos_ == "VERB" \
        and lexicon.context_changes.get(token.lemma_.lower()) in ("up", "down") and second > first * LEVEL_RATIO


def shared_scale(first: Number, second: Number) -> Decimal:
    """In "5-7 billion" the first number takes the scale of the second."""
    return second.scale if first.scale == 1 else Decimal(1)


def from_before(doc: Doc, lexicon: Lexicon, reading: Reading) -> int | None:
    """Where "from" starts right before the amount, if it does."""
    found = search_before(FROM_BEFORE_RE, text_of(doc), 0, reading.start)
    return found.start() if found else None


def is_change_from(doc: Doc, lexicon: Lexicon, start: int) -> bool:
    """ "rose from", "cut the rate from", "went from": the amounts after "from" and "to" are a change;
    "ranges from", "is from" make them a range."""
    token = token_before(doc, start)
    for _ in range(FROM_LOOKBACK_TOKENS):
        if token is None:
            return False
        lemma = token.lemma_.lower()
        if lemma in lexicon.context_changes or lemma in lexicon.changes_with_by or lemma in lexicon.from_to_changes:
            return True
        if token.pos_ in ("VERB", "AUX") or token.i == 0:
            return False
        token = token.doc[token.i - 1]
    return False


def extend_to_range(doc: Doc, lexicon: Lexicon, reading: Reading, right: int, between: bool) -> None:
    second = range_second(doc, lexicon, reading, right, between)
    if second is not None:
        start = from_before(doc, lexicon, reading) if not between else None
        if start is not None and TO_RE.match(text_of(doc), reading.end, right):
            reading.start = start  # "from 240 to 300 miles"
        reading.value *= shared_scale(reading.number, second)
        reading.value_max = second.value
        reading.end = second.end


def unit_table(lexicon: Lexicon, kind: str) -> FormTable:
    return {"percent": lexicon.percent_units, "currency": lexicon.currency_names}[kind]


def scale_reading(reading: Reading, factor: Decimal) -> None:
    """ "52 cents" is 0.52 USD, "25-50 basis points" 0.25 to 0.5 percentage points."""
    if factor != 1:
        reading.value *= factor
        if reading.value_max is not None:
            reading.value_max *= factor


def attach_unit(doc: Doc, lexicon: Lexicon, reading: Reading, right: int) -> None:
    """Read the unit written after the number: a currency name, percent, a physical unit or a counted noun."""
    match = lexicon.unit_re.match(text_of(doc), reading.end, right)
    if match and match.lastgroup == "currency" and opens_next_amount(doc, lexicon, reading, match, right):
        match = None
    if match and match.lastgroup == "percent" and len(match.group("percent")) <= 2 \
            and match.group("percent").isalpha() and not match.group("percent").islower():
        match = None  # "5pc" is percent, "3 PC games" no
    unit = unit_at(lexicon.units, text_of(doc), reading.end, right) if reading.label is None else None
    if match and unit and match.lastgroup == "currency" \
            and (unit.end > match.end() or is_weight(doc, lexicon, reading, match)):
        match = None  # "310 pound-feet", "lost 25 pounds"
    if match and match.lastgroup == "currency" and reading.label == MONEY:
        reading.end = match.end()  # "US$5 billion USD"
    elif match and reading.label is None:
        kind = match.lastgroup
        reading.label, reading.surface_unit = UNIT_LABELS[kind], match.group(kind)
        reading.unit = unit_table(lexicon, kind).normalized(reading.surface_unit)
        reading.end = match.end()
        if kind == "currency":
            reading.unit = currency_code(doc, lexicon, reading.surface_unit, lexicon.currency_names)
            scale_reading(reading, lexicon.currency_subunits.get(reading.surface_unit.lower(), 1)
                          * lexicon.currency_scales.get(reading.surface_unit, 1))
        else:
            scale_reading(reading, lexicon.percent_factors.get(reading.surface_unit.lower(), 1))
    elif reading.label is None and unit:
        reading.label, reading.unit, reading.surface_unit = QUANTITY, unit.unit.name, unit.surface
        reading.end = unit.end
    elif reading.label is None and not HYPHENATED_WORD_RE.match(text_of(doc), reading.end):
        noun = counted_noun(doc, lexicon, reading.end, right)
        if noun is not None and not (reading.number.scale > 1 and noun.unit.split()[-1] in lexicon.money_nouns):
            reading.label, reading.unit, reading.surface_unit = QUANTITY, noun.unit, noun.surface
            reading.end, reading.counted = noun.end, noun


def attach_bracketed_unit(doc: Doc, lexicon: Lexicon, reading: Reading, right: int) -> None:
    """ "20 (kg)", "20 [kg]": a unit symbol in brackets right after the number, as tables write it."""
    if reading.label is not None:
        return
    match = BRACKETED_UNIT_RE.match(text_of(doc), reading.end, right)
    unit = lexicon.units.find(match.group("unit")) if match else None
    if unit is not None and BRACKET_PAIRS[match.group("open")] == match.group("close"):
        reading.label, reading.unit, reading.surface_unit = QUANTITY, unit.name, match.group("unit")
        reading.end = match.end()


def attach_points_of_a_rate(doc: Doc, lexicon: Lexicon, reading: Reading, right: int) -> None:
    """ "the rate rose 0.1 points to 4.3%": points before the percentage they lead to or from are
    percentage points; "fell 45 points to 7,500" stays a count of points."""
    if reading.label == QUANTITY and reading.unit == "point" \
            and POINTS_OF_A_RATE_RE.match(text_of(doc), reading.end, right):
        reading.label, reading.unit, reading.counted = PERCENT, "percentage_point", None


def attach_glued_metres(doc: Doc, lexicon: Lexicon, reading: Reading) -> None:
    """ "1.8m tall", "an outreach of 48m": a glued "m" is metres where a word of length stands by it and
    nothing makes the amount money or a count (elsewhere "48m" is 48 million)."""
    number = reading.number
    if reading.label is not None or number.glued != "m" or reading.end != number.end:
        return
    token = token_at(doc, number.end - 1)
    if token is None:
        return
    near = doc[max(token.sent.start, token.i - LENGTH_WORD_REACH):min(token.sent.end, token.i + 2)]
    if any(word.lemma_.lower() in lexicon.length_words for word in near if word.i != token.i):
        reading.label, reading.unit, reading.surface_unit = QUANTITY, "metre", "m"
        reading.value = reading.value / number.scale


def attach_inch_marks(doc: Doc, lexicon: Lexicon, reading: Reading, left: int, right: int) -> None:
    """ "10 \" long", "12 ft 2 in": inches written as a double quote before a word of length, or as "in"
    or a quote right after an amount of feet."""
    if reading.label is not None or reading.end != reading.number.end:
        return
    text = text_of(doc)
    mark = INCH_MARK_RE.match(text, reading.end, right)
    if mark is None and search_before(FEET_BEFORE_RE, text, left, reading.start):
        mark = INCHES_AFTER_FEET_RE.match(text, reading.end, right)
    word = (mark.group("word") or "").lower() if mark else ""
    if mark is not None and (not word or word in lexicon.length_words or word in WORDS_AFTER_INCHES):
        reading.label, reading.unit, reading.surface_unit = QUANTITY, "inch", mark.group("mark")
        reading.end = mark.end("mark")


def age_before(doc: Doc, lexicon: Lexicon, floor: int, start: int) -> re.Match | None:
    """ "aged 60", "age 87", "ages 18 to 25"."""
    return search_before(lexicon.age_before_re, text_of(doc), floor, start)


def attach_age_abbreviation(doc: Doc, lexicon: Lexicon, reading: Reading, right: int) -> bool:
    """ "87 yo", "a 30-y.o. driver": an age in years."""
    after = lexicon.age_abbreviation_re.match(text_of(doc), reading.end, right)
    if reading.label is not None or after is None:
        return False
    reading.label, reading.unit, reading.age = QUANTITY, "year of age", True
    reading.surface_unit, reading.end = after.group("age").strip(" -"), after.end()
    return True


def attach_age(doc: Doc, lexicon: Lexicon, reading: Reading, right: int, before: re.Match | None) -> None:
    """An age: "41-year-old", "five years old", "three years of age", "aged 60"."""
    if reading.label == QUANTITY and reading.unit in lexicon.age_units:
        after = lexicon.age_after_re.match(text_of(doc), reading.end, right)
        if after:
            if reading.surface_unit is not None:  # as written: "year-old", "years old", "years of age"
                reading.surface_unit = text_of(doc)[reading.end - len(reading.surface_unit):after.end()]
            reading.unit, reading.end, reading.age = f"{reading.unit} of age", after.end(), True
    elif reading.label is None and before is not None:
        reading.label, reading.unit, reading.age = QUANTITY, "year of age", True
    if reading.age and before is not None and reading.label == QUANTITY:
        reading.start = min(reading.start, before.start())


def attach_appositive_age(doc: Doc, lexicon: Lexicon, reading: Reading, left: int, right: int) -> None:
    """ "The man, 52, was arrested", "Jane Doe, 34, said": a whole number set off by commas after a name
    or a singular noun of people is an age ("the players, 11," counts them)."""
    number = reading.number
    if reading.label is not None or reading.start != number.start or reading.end != number.end \
            or not number.text.isdigit() or not 0 < reading.value <= OLDEST_AGE:
        return
    text = text_of(doc)
    if not (search_before(COMMA_BEFORE_RE, text, left, reading.start) and COMMA_AFTER_RE.match(text, reading.end)):
        return
    holder = token_before(doc, search_before(COMMA_BEFORE_RE, text, left, reading.start).start())
    if holder is None or holder.dep_ == "pobj" or lexicon.month_after_re.match(" " + holder.text):
        return  # "in Paris, 52", "in May, 5"
    if holder.tag_ == "NNP" or (holder.tag_ == "NN" and holder.lemma_.lower() in lexicon.age_holders):
        reading.label, reading.unit, reading.age = QUANTITY, "year of age", True


def attach_rate(doc: Doc, lexicon: Lexicon, reading: Reading, right: int) -> None:
    """A denominator right after the amount: "$81.30 per barrel", "8% a year", "$1.40 a share", "km/h"."""
    if reading.label is None or reading.age:
        return
    text = text_of(doc)
    link = lexicon.rate_link_re.match(text, reading.end, right)
    complement = RATE_COMPLEMENT_RE.match(text, reading.end, right) if link is None and reading.counted is None \
        else None
    if complement is not None:
        link = lexicon.rate_link_re.match(text, complement.end(), right)
    if link is None:
        return
    word = (link.group("word") or link.group("hyphen") or link.group("slash")).lower()
    unit = unit_at(lexicon.units, text, link.end(), right)
    if complement is not None and (unit is None or unit.unit.name not in lexicon.time_units):
        return  # what is measured, then the period: "2.4 billion gallons of jet fuel a year"
    currency = lexicon.unit_re.match(text, link.end(), right)
    is_weight_name = currency is not None and currency.lastgroup == "currency" \
        and currency.group("currency").lower() in lexicon.weight_currency_names and unit is not None
    if currency and currency.lastgroup == "currency" and currency.start("currency") == link.end() \
            and not is_weight_name:  # "$2.45 a pound" is a price by weight
        code = currency_code(doc, lexicon, currency.group("currency"), lexicon.currency_names)
        if code is None or reading.label != MONEY:
            return
        name, surface, end = code, currency.group("currency"), currency.end()  # "20 pesos per dollar"
    elif unit is not None and " per " not in unit.unit.name:
        name, surface, end = unit.unit.name, unit.surface, unit.end
    else:
        noun = counted_noun(doc, lexicon, link.end(), right)
        if noun is None or noun.plural \
                or (word not in ("per", "/") and reading.label != MONEY and noun.unit not in lexicon.rate_nouns):
            return
        name, surface, end = noun.unit, noun.surface, noun.end
    if (word != "per" and lexicon.not_rate_after_re.match(text, end, right)) or " per " in (reading.unit or ""):
        return  # "8% a year ago" is no rate; "15% per annum since 1990" is
    reading.unit = f"{reading.unit} per {name}"
    if reading.surface_unit is not None:
        between = text[reading.end:link.end()] if complement is None else text[link.start():link.end()]
        reading.surface_unit = f"{reading.surface_unit}{between}{surface}"
    reading.end = end


def attach_spaced_minus(doc: Doc, lexicon: Lexicon, reading: Reading, floor: int) -> None:
    """ "how to convert - 20 degrees": a minus sign apart from a temperature, after a word."""
    if reading.unit not in lexicon.signed_units or reading.start != reading.number.start or reading.value < 0:
        return
    minus = search_before(SPACED_MINUS_RE, text_of(doc), floor, reading.start)
    if minus is not None:
        reading.start, reading.value = minus.start(), -reading.value
        if reading.value_max is not None:
            reading.value_max = -reading.value_max


def attach_hyphen_bound(doc: Doc, lexicon: Lexicon, reading: Reading, right: int) -> None:
    """ "2,000-odd workers", "30-plus countries", "60 percent-plus": a bound joined to the amount by a hyphen."""
    match = lexicon.hyphen_bound_re.match(text_of(doc), reading.end, right)
    if match and reading.bound_change == "=" and reading.value_max is None:
        reading.bound_change = lexicon.hyphen_bounds[match.group("bound").lower()]
        reading.end = match.end()


def attach_bound_after(doc: Doc, lexicon: Lexicon, reading: Reading, right: int) -> None:
    """ "aged 60 or over", "$5 million or more": a bound written after the amount."""
    if reading.label is None or reading.bound_change != "=":
        return
    match = lexicon.bound_after_re.match(text_of(doc), reading.end, right)
    if match:
        reading.bound_change = lexicon.bounds_after[match.group("bound").lower()]
        reading.end = match.end()


def extend_to_second_amount(doc: Doc, lexicon: Lexicon, reading: Reading, right: int, between: bool) -> None:
    """ "between 5 percent and 7 percent", "5.25%-5.50%", "10% to 25%": a second amount with the same unit
    closes the range; not after "from" that a verb of change governs ("raised from 4% to 5%")."""
    separator = (BETWEEN_SECOND_RE if between else UNIT_RANGE_SEPARATOR_RE).match(text_of(doc), reading.end, right)
    to = None if between or separator else TO_RE.match(text_of(doc), reading.end, right)
    if reading.value_max is not None or reading.label is None or not (separator or to):
        return
    start = from_before(doc, lexicon, reading) if to else None
    if start is not None and is_change_from(doc, lexicon, start):
        return
    number = number_after(doc, lexicon, (separator or to).end(), right, currency_of(reading))
    second = read_quantity(doc, lexicon, number, reading.end, right) if number else None
    if second is None or second.unit != reading.unit or second.value <= reading.value \
            or (to and is_change_then_level(doc, lexicon, reading.start, reading.value, second.value)):
        return
    reading.value_max, reading.end = second.value, second.end
    if start is not None:
        reading.start = start  # "from 10% to 25%"


def read_quantity(doc: Doc, lexicon: Lexicon, number: Number, left: int, right: int,
                  floor: int | None = None) -> Reading | None:
    """Read the quantity around ``number`` within ``[left, right)``; None when it is not an amount.

    Nothing before ``floor`` (the end of the amount before it) belongs to it: a currency symbol
    between two amounts belongs to one of them only."""
    floor = floor or 0
    text = text_of(doc)
    if ORDINAL_SUFFIX_RE.match(text, number.end, right):
        return None  # "3rd"
    pence = is_glued_pence(doc, number)
    if text[number.end:number.end + 1].isalpha() and not lexicon.unit_re.match(text, number.end, right) \
            and not unit_at(lexicon.units, text, number.end, right) and not pence:
        return None  # "5G", "1st"
    reading = Reading(number.start, number.end, number, number.value)
    if pence:  # "245p"
        reading.label, reading.unit, reading.surface_unit, reading.end = MONEY, "GBP", "p", number.end + 1
        reading.value *= lexicon.currency_subunits["pence"]
    found = None if pence else symbol_before(doc, lexicon, number, floor) or name_before(doc, lexicon, number, floor)
    symbol = found[0] if found else None
    if (symbol and is_code_in_a_name(lexicon, symbol, number)) or is_glued_to_a_word(doc, number, symbol):
        return None
    if symbol and is_word_before_a_count(doc, lexicon, symbol, number, right):
        found = None
    if found:
        reading.label, reading.surface_unit, reading.unit = MONEY, symbol.group("symbol"), found[1]
        reading.start = symbol.start()
        reading.value *= lexicon.currency_scales.get(reading.surface_unit, 1)
    bound = bound_before(doc, lexicon, max(left, floor), reading.start)
    between = bool(bound) and bound.group("bound").lower() == "between"
    if bound:
        reading.start = bound.start()
        reading.bound = bound.group("bound").lower()
        reading.bound_change = "=" if between else lexicon.bounds[reading.bound]
    if number.kind == "vague":
        reading.bound_change = lexicon.vague_change
    elif not pence:  # "10p-20p" closes as two full amounts
        extend_to_range(doc, lexicon, reading, right, between)
    age = age_before(doc, lexicon, max(left, floor), reading.start)
    attach_hyphen_bound(doc, lexicon, reading, right)
    if not attach_age_abbreviation(doc, lexicon, reading, right):
        attach_unit(doc, lexicon, reading, right)
        attach_bracketed_unit(doc, lexicon, reading, right)
        attach_glued_metres(doc, lexicon, reading)
        attach_inch_marks(doc, lexicon, reading, left, right)
        attach_points_of_a_rate(doc, lexicon, reading, right)
    attach_scale_after_currency(doc, lexicon, reading, right)
    attach_cents(doc, lexicon, reading, right)
    extend_to_second_amount(doc, lexicon, reading, right, between)
    attach_age(doc, lexicon, reading, right, age)
    attach_appositive_age(doc, lexicon, reading, max(left, floor), right)
    attach_rate(doc, lexicon, reading, right)
    attach_bound_after(doc, lexicon, reading, right)
    if reading.label is not None:
        attach_hyphen_bound(doc, lexicon, reading, right)  # "60 percent-plus"
    attach_spaced_minus(doc, lexicon, reading, max(left, floor))
    return reading


def read_quantities(doc: Doc, lexicon: Lexicon, left: int, right: int, floor: int | None = None) -> list[Reading]:
    """Every quantity expression in ``[left, right)``, left to right, bare numbers included; none
    overlaps another, and none starts before ``floor``."""
    readings: list[Reading] = []
    for number in numbers_in(doc, lexicon, left, right):
        previous_end = readings[-1].end if readings else floor
        if previous_end is not None and number.start < previous_end:
            continue
        reading = read_quantity(doc, lexicon, number, left, right, previous_end)
        if reading is not None:
            readings.append(reading)
    return readings
