"""Money around a number: currency symbols, codes and names, which amount a symbol between two
numbers belongs to, scale words after a code, cents after a whole amount, and pounds of weight."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .amounts import MONEY, Number, Reading, number_at
from .lexicon import SPACE, FormTable, Lexicon
from .nouns import counted_noun, text_of, token_at
from .units import unit_at

CENTS_LINK_RE = re.compile(rf"{SPACE}+(?:(?i:and){SPACE}+)?(?=\w)")
CENTS_END_RE = re.compile(rf"{SPACE}*(?:$|[^\w\s]|(?i:more|less|only|each|in total)\b)")
NUMBER_AHEAD_RE = re.compile(rf"{SPACE}*(?=[-−]?\d)")
WORD_END_RE = re.compile(rf"(\S+){SPACE}+$")
WORD_REACH = 30
POUND_CUE_RE = re.compile(r"£|\b(?:GBP|pence|sterling)\b")
GLUED_PENCE_RE = re.compile(r"p(?![\w'’])")
PENCE_DIGITS = 3  # "245p"; "1080p" is a screen's resolution
NOT_BEFORE_A_NAME = {"the", "a", "an", "per", "each", "every", "to", "against", "versus", "vs", "vs.", "than",
                     "one", "this", "that", "its", "their", "his", "her", "our"}


@lru_cache(maxsize=8)
def currency_cue_re(lexicon: Lexicon) -> re.Pattern:
    """The pattern of ``lexicon.currency_cue_pattern``, compiled once per lexicon and only where needed."""
    return re.compile(lexicon.currency_cue_pattern)


@lru_cache(maxsize=4)
def document_currencies(doc: Doc, lexicon: Lexicon) -> frozenset[str]:
    """The currencies of a family that ``doc`` names explicitly anywhere: "UGX", "Ugandan shillings"."""
    return frozenset(lexicon.currency_cues.normalized(match.group())
                     for match in currency_cue_re(lexicon).finditer(text_of(doc)))


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


def is_code_in_a_name(lexicon: Lexicon, symbol: re.Match, number: Number) -> bool:
    """ "COP28", "SR71", "N95": capitals against a plain whole number are a name, not a currency code,
    and so is a one-letter prefix apart from the number ("S&P 500"); "USD250m", "EUR1,200", "KSh500",
    "R9bn", "N13 trillion" and a code of a traded currency against a whole number ("USD115") are amounts."""
    written = symbol.group("symbol")
    if not (written.isupper() and written.isalpha()):
        return False
    glued = symbol.end() == number.start and symbol.end("symbol") == number.start
    return (len(written) == 1 and not glued) or (glued and number.scale == 1 and number.text.isdigit()
                                                 and (written not in lexicon.glued_codes or number.is_year_like))


def is_word_before_a_count(doc: Doc, lexicon: Lexicon, symbol: re.Match, number: Number, right: int) -> bool:
    """ "ALL 5 solutions": a code spelt like an English word ("ALL" the lek), written apart from a number
    that counts a plural noun, is the word; "ALL 5,000" stays money."""
    written = symbol.group("symbol")
    if not (written.isupper() and written.lower() in STOP_WORDS and symbol.end("symbol") < number.start):
        return False
    noun = counted_noun(doc, lexicon, number.end, right)
    return noun is not None and noun.plural


@lru_cache(maxsize=4)
def writes_pounds(doc: Doc) -> bool:
    return POUND_CUE_RE.search(text_of(doc)) is not None


def is_glued_pence(doc: Doc, number: Number) -> bool:
    """ "rose 3.5p to 245p": a "p" against a small amount is pence in a document that writes pounds."""
    whole = number.text.split(".")[0]
    return bool(GLUED_PENCE_RE.match(text_of(doc), number.end)) and number.scale == 1 \
        and whole.isdigit() and len(whole) <= PENCE_DIGITS and writes_pounds(doc)


def currency_before(doc: Doc, lexicon: Lexicon, start: int) -> re.Match | None:
    """The currency symbol or prefix right before a number. It may stand before the sentence start:
    the sentence splitter may break after the period of "Rs. 500 crore"."""
    return lexicon.currency_symbol_re.search(text_of(doc), max(0, start - lexicon.symbol_reach), start)


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
    spaced = letters != written[:-1]
    possessive = text[max(0, symbol.start() - 2):symbol.start()].strip()[-1:] in ("'", "’")  # "Norway's $1.7"
    is_word = written.endswith("$") and len(letters) == 1 and (
        possessive or (spaced and letters.islower() and letters in STOP_WORDS)
        or (spaced and letters == "A"))  # "A $1.2 billion deal" opens a sentence with an article
    code = None if is_word else currency_code(doc, lexicon, written, lexicon.currency_symbols)
    if code is None and written.endswith("$") and len(written) > 1:
        symbol = lexicon.currency_symbol_re.search(text, symbol.start() + len(written) - 1, number.start)
        code = currency_code(doc, lexicon, symbol.group("symbol"), lexicon.currency_symbols) if symbol else None
    return (symbol, code) if code is not None else None


def name_before(doc: Doc, lexicon: Lexicon, number: Number, floor: int) -> tuple[re.Match, str] | None:
    """A currency name written before the amount, as some wire text writes it: "dollar 22.5 million",
    "rupees 500"; not after an article or a preposition of comparison ("the dollar 10 years ago", "per
    dollar 5"), nor before an amount with its own unit ("the euro 0.5%")."""
    text = text_of(doc)
    name = lexicon.currency_name_before_re.search(text, max(floor, number.start - lexicon.name_reach), number.start)
    if name is None:
        return None
    word = WORD_END_RE.search(text, max(0, name.start() - WORD_REACH), name.start())
    if word is not None and (word.group(1).lower() in NOT_BEFORE_A_NAME or word.group(1)[-1].isdigit()):
        return None
    if lexicon.unit_re.match(text, number.end) or unit_at(lexicon.units, text, number.end, len(text)):
        return None
    written = token_at(doc, name.start("symbol"))
    if written is not None and written.pos_ in ("VERB", "AUX"):
        return None  # "the team won 3-1": a verb spelt like a currency
    code = currency_code(doc, lexicon, name.group("symbol"), lexicon.currency_names)
    return (name, code) if code is not None else None


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


def is_glued_to_a_word(doc: Doc, number: Number, symbol: re.Match | None) -> bool:
    """ "COVID19", "v2.0": digits right after a letter or a period that is not a currency prefix."""
    before = text_of(doc)[number.start - 1:number.start]
    return (before.isalpha() or before == ".") and (symbol is None or symbol.end() != number.start)
