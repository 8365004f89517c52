"""Reading one quantity expression of a parsed document: its number, unit or counted noun and bound words."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .lexicon import FRACTIONS, SPACE, VULGAR_FRACTIONS, FormTable, Lexicon, number_matches, search_before
from .nouns import CountedNoun, counted_noun, text_of, token_before
from .units import unit_at

MONEY, PERCENT, QUANTITY = "MONEY", "PERCENT", "QUANTITY"

RANGE_SEPARATOR_RE = re.compile(rf"{SPACE}*(?:-|–|—|\bto\b|\bor\b|\band\b){SPACE}*")
BETWEEN_SECOND_RE = re.compile(rf"{SPACE}+and{SPACE}+")
UNIT_RANGE_SEPARATOR_RE = re.compile(rf"{SPACE}*[-–—]{SPACE}*")
FROM_BEFORE_RE = re.compile(rf"\bfrom{SPACE}+$", re.IGNORECASE)
FROM_LOOKBACK_TOKENS = 4
TO_RE = re.compile(rf"{SPACE}+to{SPACE}+", re.IGNORECASE)
HYPHENATED_WORD_RE = re.compile(r"-[A-Za-z]")
ORDINAL_SUFFIX_RE = re.compile(r"(?i:st|nd|rd|th)\b")
CENTS_LINK_RE = re.compile(rf"{SPACE}+(?:(?i:and){SPACE}+)?(?=\w)")
CENTS_END_RE = re.compile(rf"{SPACE}*(?:$|[^\w\s]|(?i:more|less|only|each|in total)\b)")
UNIT_LABELS = {"percent": PERCENT, "currency": MONEY}


@dataclass
class Number:
    start: int
    end: int
    value: Decimal
    text: str
    kind: str  # "digits", "words" or "vague" ("hundreds of")
    scale: Decimal  # the factor of a trailing scale word: 1e6 for "5 million", 1 for "5"

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
    counted: CountedNoun | None = None
    age: bool = False


def words_value(text: str, lexicon: Lexicon) -> Decimal:
    """The value of number words: "twenty-five" 25, "one hundred and two" 102, "half a million" 5e5."""
    total, current = Decimal(0), Decimal(0)
    for word in re.split(r"[\s-]+", text.lower()):
        if word in ("a", "and"):
            continue
        if word == "half":
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
    return Number(match.start(), match.end(), sign * value * scale, digits, "digits", scale)


def number_at(doc: Doc, lexicon: Lexicon, position: int, right: int) -> Number | None:
    match = lexicon.number_re.match(text_of(doc), position, right)
    return parse_number(match, lexicon) if match else None


@lru_cache(maxsize=4)
def document_currencies(doc: Doc, lexicon: Lexicon) -> frozenset[str]:
    """The currencies of a family that ``doc`` names explicitly anywhere: "UGX", "Ugandan shillings"."""
    return frozenset(lexicon.currency_cues.normalized(match.group())
                     for match in re.compile(lexicon.currency_cue_pattern).finditer(text_of(doc)))


def currency_code(doc: Doc, lexicon: Lexicon, surface: str, table: FormTable) -> str | None:
    """The ISO code of a currency form. A bare form shared by a family ("shillings", "Sh", "¥") names
    the one currency of the family that the document writes explicitly, else its default. A dollar
    sign after letters, as wire text writes it ("us $", "hk $", "mxn$"), names the currency whose
    symbol or code the letters spell; None when they spell none."""
    family = lexicon.currency_families.find(surface)
    if family is not None:
        named = document_currencies(doc, lexicon) & lexicon.family_codes[family]
        if len(named) == 1:
            return next(iter(named))
    code = table.find(surface)
    if code is None and surface.endswith("$"):
        key = re.sub(r"[\s.]", "", surface).upper()
        code = table.find(key) or (key[:-1] if key[:-1] in lexicon.currency_codes else None)
    return code


def is_code_in_a_name(symbol: re.Match, number: Number) -> bool:
    """ "COP28", "SR71", "N95": capitals against a plain whole number are a name, not a currency code,
    and so is a one-letter prefix apart from the number ("S&P 500"); "USD250m", "EUR1,200", "KSh500",
    "R9bn" and "N13 trillion" are amounts."""
    written = symbol.group("symbol")
    if not (written.isupper() and written.isalpha()):
        return False
    glued = symbol.end() == number.start and symbol.end("symbol") == number.start
    return (len(written) == 1 and not glued) or (glued and number.scale == 1 and number.text.isdigit())


def is_glued_to_a_word(doc: Doc, number: Number, symbol: re.Match | None) -> bool:
    """ "COVID19", "v2.0": digits right after a letter or a period that is not a currency prefix."""
    before = text_of(doc)[number.start - 1:number.start]
    return (before.isalpha() or before == ".") and (symbol is None or symbol.end() != number.start)


def currency_before(doc: Doc, lexicon: Lexicon, start: int) -> re.Match | None:
    """The currency symbol or prefix right before a number. It may stand before the sentence start:
    the sentence splitter may break after the period of "Rs. 500 crore"."""
    return lexicon.currency_symbol_re.search(text_of(doc), max(0, start - lexicon.symbol_reach), start)


def bound_before(doc: Doc, lexicon: Lexicon, left: int, start: int) -> re.Match | None:
    return search_before(lexicon.bound_re, text_of(doc), left, start)


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
    word = separator.group().strip().lower()
    if (word == "and") != between:
        return None
    if word == "to" and (start := from_before(doc, lexicon, reading)) is not None and is_change_from(doc, lexicon, start):
        return None  # "increased from 7 to 139": two amounts
    second = number_after(doc, lexicon, separator.end(), right, currency_of(reading))
    if second is None or second.kind == "vague":
        return None
    return second if second.value > reading.value * shared_scale(reading.number, second) else None


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


def is_weight(doc: Doc, lexicon: Lexicon, reading: Reading, currency: re.Match) -> bool:
    """ "two pounds" is a weight when the amount has no scale word, the document no pound sign, and its
    sentence speaks of weight ("weigh", "lose", "kilogram") rather than money ("pay", "price")."""
    if currency.group("currency").lower() not in lexicon.weight_currency_names or reading.number.scale != 1 \
            or "£" in text_of(doc):
        return False
    span = doc.char_span(reading.start, reading.end, alignment_mode="expand")
    if span is None:
        return False
    lemmas = {token.lemma_.lower() for token in span.sent}
    return bool(lemmas & lexicon.weight_words) and not lemmas & lexicon.money_words


def attach_unit(doc: Doc, lexicon: Lexicon, reading: Reading, right: int) -> None:
    """Read the unit written after the number: a currency name, percent, a physical unit or a counted noun."""
    match = lexicon.unit_re.match(text_of(doc), reading.end, right)
    if match and match.lastgroup == "currency" and opens_next_amount(doc, lexicon, reading, match, right):
        match = None
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
            reading.value *= lexicon.currency_subunits.get(reading.surface_unit.lower(), 1)
            reading.value *= lexicon.currency_scales.get(reading.surface_unit, 1)
    elif reading.label is None and unit:
        reading.label, reading.unit, reading.surface_unit, reading.end = QUANTITY, unit.unit.name, unit.surface, unit.end
    elif reading.label is None and not HYPHENATED_WORD_RE.match(text_of(doc), reading.end):
        noun = counted_noun(doc, lexicon, reading.end, right)
        if noun is not None:
            reading.label, reading.unit, reading.surface_unit = QUANTITY, noun.unit, noun.surface
            reading.end, reading.counted = noun.end, noun


NUMBER_AHEAD_RE = re.compile(rf"{SPACE}*(?=[-−]?\d)")


def opens_next_amount(doc: Doc, lexicon: Lexicon, reading: Reading, currency: re.Match, right: int) -> bool:
    """A currency between two numbers is the symbol of the second ("$ 20.00 $ 37.97", "one $ 5,000"),
    unless the second writes its own currency after it ("10 $ 30 $", "10 $ 30 cents")."""
    text = text_of(doc)
    ahead = NUMBER_AHEAD_RE.match(text, currency.end(), right)
    written = currency.group("currency")
    if ahead is None or currency.end() == ahead.end() and written[-1:].isalpha():
        return False
    if lexicon.currency_symbols.find(written) is None and not written.endswith("$"):
        return False  # "10 turkish lira 1111": a name is written after its amount only
    if reading.label == MONEY:
        return True
    second = number_at(doc, lexicon, ahead.end(), right)
    if second is None or is_cents(second) and CENTS_END_RE.match(text, second.end, right):
        return False  # "17 USD 25."
    after = lexicon.unit_re.match(text, second.end, right)
    return not (after and after.lastgroup == "currency")


def is_cents(number: Number) -> bool:
    """A whole number below 100 without a scale, written with at most two digits."""
    return number.scale == 1 and 0 < number.value < 100 and number.value == number.value.to_integral_value() \
        and not (number.kind == "digits" and len(number.text) > 2)


def attach_scale_after_currency(doc: Doc, lexicon: Lexicon, reading: Reading, right: int) -> None:
    """ "75 USD million": a scale word after the currency."""
    if reading.label != MONEY or reading.number.scale != 1 or reading.value_max is not None:
        return
    match = lexicon.scale_after_re.match(text_of(doc), reading.end, right)
    if match:
        reading.value *= lexicon.scale_words[match.group("scale").lower()]
        reading.end = match.end()


def attach_cents(doc: Doc, lexicon: Lexicon, reading: Reading, right: int) -> None:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents", "17 USD 25": hundredths after a
    whole amount of money, with or without their name, as long as no other unit follows them."""
    if reading.label != MONEY or reading.number.scale != 1 or reading.value_max is not None \
            or reading.value != reading.value.to_integral_value() or reading.surface_unit is None \
            or reading.surface_unit.lower() in lexicon.currency_subunits:
        return
    text = text_of(doc)
    link = CENTS_LINK_RE.match(text, reading.end, right)
    cents = number_at(doc, lexicon, link.end(), right) if link else None
    if cents is None or not is_cents(cents):
        return
    end = cents.end
    name = lexicon.unit_re.match(text, end, right)
    if name and name.lastgroup == "currency":
        if name.group("currency").lower() not in lexicon.currency_subunits:
            return
        end = name.end()
    elif unit_at(lexicon.units, text, end, right) or counted_noun(doc, lexicon, end, right) \
            or CENTS_END_RE.match(text, end, right) is None:
        return
    reading.value += cents.value / 100
    reading.end = end


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


def attach_rate(doc: Doc, lexicon: Lexicon, reading: Reading, right: int) -> None:
    """A denominator right after the amount: "$81.30 per barrel", "8% a year", "$1.40 a share", "km/h"."""
    if reading.label is None or reading.age:
        return
    text = text_of(doc)
    link = lexicon.rate_link_re.match(text, reading.end, right)
    if link is None:
        return
    word = (link.group("word") or link.group("hyphen") or link.group("slash")).lower()
    unit = unit_at(lexicon.units, text, link.end(), right)
    currency = lexicon.unit_re.match(text, link.end(), right)
    if currency and currency.lastgroup == "currency" and currency.start("currency") == link.end():
        code = currency_code(doc, lexicon, currency.group("currency"), lexicon.currency_names)
        if code is None or reading.label != MONEY:
            return
        name, surface, end = code, currency.group("currency"), currency.end()  # "20 pesos per dollar"
    elif unit is not None and " per " not in unit.unit.name:
        name, surface, end = unit.unit.name, unit.surface, unit.end
    else:
        noun = counted_noun(doc, lexicon, link.end(), right)
        if noun is None or noun.plural or (word not in ("per", "/") and noun.unit not in lexicon.rate_nouns):
            return
        name, surface, end = noun.unit, noun.surface, noun.end
    if lexicon.not_rate_after_re.match(text, end, right) or " per " in (reading.unit or ""):
        return
    reading.unit = f"{reading.unit} per {name}"
    if reading.surface_unit is not None:
        reading.surface_unit = f"{reading.surface_unit}{text[reading.end:link.end()]}{surface}"
    reading.end = end


def attach_bound_after(doc: Doc, lexicon: Lexicon, reading: Reading, right: int) -> None:
    """ "aged 60 or over", "$5 million or more": a bound written after the amount."""
    if reading.label is None or reading.bound_change != "=":
        return
    match = lexicon.bound_after_re.match(text_of(doc), reading.end, right)
    if match:
        reading.bound_change = lexicon.bounds_after[match.group("bound").lower()]
        reading.end = match.end()


def extend_to_second_amount(doc: Doc, lexicon: Lexicon, reading: Reading, right: int, between: bool) -> None:
    """ "between 5 percent and 7 percent", "5.25%-5.50%": a second amount with the same unit closes the range."""
    separator = (BETWEEN_SECOND_RE if between else UNIT_RANGE_SEPARATOR_RE).match(text_of(doc), reading.end, right)
    if reading.value_max is not None or reading.label is None or not separator:
        return
    number = number_after(doc, lexicon, separator.end(), right, currency_of(reading))
    second = read_quantity(doc, lexicon, number, reading.end, right) if number else None
    if second is not None and second.unit == reading.unit and second.value > reading.value:
        reading.value_max, reading.end = second.value, second.end


def symbol_before(doc: Doc, lexicon: Lexicon, number: Number, floor: int) -> tuple[re.Match, str] | None:
    """The currency symbol or prefix before ``number``, not before ``floor``, with its ISO code.

    Letters before a dollar sign that spell no currency, or a word ("pay $ 5", "a $ 4 billion",
    "company' s $ 5"), leave the dollar sign alone."""
    text = text_of(doc)
    symbol = currency_before(doc, lexicon, number.start)
    if symbol is not None and symbol.start() < floor:
        symbol = lexicon.currency_symbol_re.search(text, floor, number.start)  # "one $ 5,000"
    if symbol is None:
        return None
    written = symbol.group("symbol")
    letters = written[:-1].rstrip()
    is_word = written.endswith("$") and len(letters) == 1 and letters.islower() and letters != written[:-1] \
        and (letters in STOP_WORDS or text[max(0, symbol.start() - 2):symbol.start()].strip() in ("'", "’"))
    code = None if is_word else currency_code(doc, lexicon, written, lexicon.currency_symbols)
    if code is None and written.endswith("$") and len(written) > 1:
        symbol = lexicon.currency_symbol_re.search(text, symbol.start() + len(written) - 1, number.start)
        code = currency_code(doc, lexicon, symbol.group("symbol"), lexicon.currency_symbols) if symbol else None
    return (symbol, code) if code is not None else None


def read_quantity(doc: Doc, lexicon: Lexicon, number: Number, left: int, right: int,
                  floor: int | None = None) -> Reading | None:
    """Read the quantity around ``number`` within ``[left, right)``; None when it is not an amount.

    Nothing before ``floor`` (the end of the amount before it) belongs to it: a currency symbol
    between two amounts belongs to one of them only."""
    floor = floor or 0
    if ORDINAL_SUFFIX_RE.match(text_of(doc), number.end, right):
        return None  # "3rd"
    if text_of(doc)[number.end:number.end + 1].isalpha() and not lexicon.unit_re.match(text_of(doc), number.end, right) \
            and not unit_at(lexicon.units, text_of(doc), number.end, right):
        return None  # "5G", "1st"
    reading = Reading(number.start, number.end, number, number.value)
    found = symbol_before(doc, lexicon, number, floor)
    symbol = found[0] if found else None
    if (symbol and is_code_in_a_name(symbol, number)) or is_glued_to_a_word(doc, number, symbol):
        return None
    if found:
        reading.label, reading.surface_unit, reading.unit = MONEY, symbol.group("symbol"), found[1]
        reading.start = symbol.start()
        reading.value *= lexicon.currency_scales.get(reading.surface_unit, 1)
    bound = bound_before(doc, lexicon, max(left, floor), reading.start)
    between = bool(bound) and bound.group("bound").lower() == "between"
    if bound:
        reading.start = bound.start()
        reading.bound_change = "=" if between else lexicon.bounds[bound.group("bound").lower()]
    if number.kind == "vague":
        reading.bound_change = lexicon.vague_change
    else:
        extend_to_range(doc, lexicon, reading, right, between)
    age = age_before(doc, lexicon, max(left, floor), reading.start)
    if not attach_age_abbreviation(doc, lexicon, reading, right):
        attach_unit(doc, lexicon, reading, right)
    attach_scale_after_currency(doc, lexicon, reading, right)
    attach_cents(doc, lexicon, reading, right)
    extend_to_second_amount(doc, lexicon, reading, right, between)
    attach_age(doc, lexicon, reading, right, age)
    attach_rate(doc, lexicon, reading, right)
    attach_bound_after(doc, lexicon, reading, right)
    return reading


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
