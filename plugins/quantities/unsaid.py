"""Units a bare number leaves unsaid: "4.6 and 7.3 percent", "the export of vehicles exceeded 20,000"."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice
from decimal import Decimal

from spacy.tokens import Doc, Token

from .amounts import MONEY, QUANTITY, Reading
from .lexicon import Lexicon, search_before
from .nouns import CountedNoun, counted_argument, text_of, token_at
from .reading import read_quantities

COMPARATIVES = ("more", "fewer", "less")
MONEY_HEAD_STEPS = 4  # how far up the parse a bare amount looks for the words that make it money
LINK_RE = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)", re.IGNORECASE)
FROM_TO_RE = re.compile(r"[^\S\n]+to[^\S\n]+[-−]?\d", re.IGNORECASE)  # "from 7 to 139": a pair of its own
PARTITIVE_RE = re.compile(r"[^\S\n]+of[^\S\n]+(?:(?:the|its|their|these|those|all)[^\S\n]+)?", re.IGNORECASE)
COUNT_ROLES = ("nsubj", "nsubjpass", "dobj", "conj")
PARTITIVE_PRONOUN_RE = re.compile(r"[^\S\n]+of[^\S\n]+(?:them|those|these|which|whom)\b", re.IGNORECASE)
MONEY_SCALE = 1000000  # "a further 3 billion" after an amount of money; not "3,000"
ARGUMENT_ROLES = ("nsubj", "nsubjpass", "dobj", "attr", "appos")
TO_RE = re.compile(r"[^\S\n]+(?:to|at)[^\S\n]+", re.IGNORECASE)


@dataclass
class UnsaidUnit:
    label: str
    unit: str
    surface_unit: str
    scale: Decimal = Decimal(1)  # "2.3 and 4.5 billion yuan": 2.3 takes the billion too


@lru_cache(maxsize=4)
def sentence_spans(doc: Doc) -> tuple[list[int], list[int]]:
    """The start and end characters of the document's sentences, read once per document."""
    if not doc.has_annotation("SENT_START") or not len(doc):
        return [0], [len(text_of(doc))]
    sentences = list(doc.sents)
    return [sentence.start_char for sentence in sentences], [sentence.end_char for sentence in sentences]


def sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)`` (the sentence of its first character), widened to hold it."""
    starts, ends = sentence_spans(doc)
    index = max(0, bisect_right(starts, start) - 1)
    return min(start, starts[index]), max(end, ends[index])


@lru_cache(maxsize=1024)
def sentence_readings(doc: Doc, lexicon: Lexicon, left: int, right: int) -> tuple[list[Reading], list[int], list[int]]:
    """The readings of a sentence, read once, with their starts and their ends."""
    readings = read_quantities(doc, lexicon, left, right)
    return readings, [reading.start for reading in readings], [reading.end for reading in readings]


def readings_before(doc: Doc, lexicon: Lexicon, position: int) -> Iterator[Reading]:
    """The readings of the sentence at ``position`` that end at or before it, nearest first."""
    readings, _, ends = sentence_readings(doc, lexicon, *sentence_bounds(doc, position, position))
    for index in range(bisect_right(ends, position) - 1, -1, -1):
        yield readings[index]


def readings_after(doc: Doc, lexicon: Lexicon, position: int) -> Iterator[Reading]:
    """The readings of the sentence at ``position`` that start at or after it, nearest first."""
    readings, starts, _ = sentence_readings(doc, lexicon, *sentence_bounds(doc, position, position))
    return islice(readings, bisect_left(starts, position), None)


def shared_unit(doc: Doc, lexicon: Lexicon, reading: Reading, right: int) -> Reading | None:
    """The amount whose unit a bare number shares: "4.6 and 7.3 percent" gives "4.6" the unit percent."""
    nearer = reading
    for further in readings_after(doc, lexicon, reading.end):
        if further.end > right or not LINK_RE.fullmatch(text_of(doc), nearer.end, further.start):
            return None
        if further.label is not None:
            return further
        nearer = further
    return None


def governor(token: Token) -> Token:
    """The word a bare number depends on, past prepositions: "increased from 7 to 139" gives "increased"."""
    node = token.head
    while node.pos_ == "ADP" and node.head != node:
        node = node.head
    return node


def preceding_count(doc: Doc, lexicon: Lexicon, left: int, start: int) -> CountedNoun | None:
    """The nearest noun counted before ``start`` in its sentence, a subject or object first: "has 1,200
    employees in 14 countries and plans to hire 300 more" counts employees."""
    counts = []
    for reading in readings_before(doc, lexicon, start):
        if reading.start < left:
            break
        if reading.counted:
            counts.append(reading.counted)
    for counted in counts:
        noun = token_at(doc, counted.end - 1)
        if noun is not None and noun.dep_ in ARGUMENT_ROLES:
            return counted
    return counts[0] if counts else None


def implied_count(doc: Doc, lexicon: Lexicon, reading: Reading, left: int) -> CountedNoun | None:
    """The noun a bare count leaves unsaid: "the export of vehicles exceeded 20,000" counts vehicles,
    and "an increase of 60" or "60 more than last year" after "3,826 projects" counts projects."""
    if reading.number.kind != "digits" or reading.number.is_year_like:
        return None
    token = token_at(doc, reading.number.end - 1)
    if token is None:
        return None
    head = governor(token)
    increment = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in COMPARATIVES
    if increment or PARTITIVE_PRONOUN_RE.match(text_of(doc), reading.end):  # "30 more", "1,200 of them"
        return preceding_count(doc, lexicon, left, reading.start)
    if token.dep_ in ("nummod", "compound"):
        return None
    if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in lexicon.count_governors:
        counted = counted_argument(doc, lexicon, head, token)
        if counted is None and any(child.lemma_.lower() in lexicon.counting_subjects and child.dep_ == "dobj"
                                   for child in head.children):
            return preceding_count(doc, lexicon, left, reading.start)  # "bringing the total to 20,000"
        return counted
    if head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.count_governors:
        return preceding_count(doc, lexicon, left, reading.start)
    return None


def coordinated_count(doc: Doc, lexicon: Lexicon, reading: Reading, left: int) -> CountedNoun | None:
    """The noun a bare count leaves unsaid in a clause joined to one that counts it: "killed 12 people and
    injured 40", "recalled 1.2 million cars in the U.S. and about 200,000 in Canada", "1,200 patients, of
    whom 300 needed care"."""
    if reading.number.kind != "digits" or reading.number.is_year_like:
        return None
    token = token_at(doc, reading.number.end - 1)
    if token is None or token.dep_ not in COUNT_ROLES or token.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = token.head
    for previous in readings_before(doc, lexicon, reading.start):
        if previous.start < left or previous.label is not None and previous.counted is None:
            return None
        if previous.counted is None:
            continue
        noun = token_at(doc, previous.counted.end - 1)
        joined = noun.head == verb or (verb.dep_ == "conj" and verb.head == noun.head) \
            or (verb.dep_ == "relcl" and verb.head == noun)
        return previous.counted if joined else None
    return None


def compared_amount(doc: Doc, lexicon: Lexicon, reading: Reading) -> Reading | None:
    """The amount with a unit that an amount is compared with: "1.6 million TEUs, up from 1.45 million",
    "$2.80 per kilogram, compared with $2.53", "against 180,000", "14 million of the 78 million cars" (not
    "one of the three outlets": one of them, no count)."""
    text = text_of(doc)
    left, right = sentence_bounds(doc, reading.start, reading.end)
    if search_before(lexicon.compared_before_re, text, left, reading.start) \
            and not FROM_TO_RE.match(text, reading.end, right):
        return next((previous for previous in readings_before(doc, lexicon, reading.start)
                     if previous.start >= left and previous.label is not None), None)
    partitive = PARTITIVE_RE.match(text, reading.end, right) if reading.value != 1 else None  # "one of the"
    after = next(readings_after(doc, lexicon, partitive.end()), None) if partitive else None
    if after is not None and after.start == partitive.end() and after.label is not None:
        return after
    return None


def level_reached(doc: Doc, lexicon: Lexicon, reading: Reading) -> Reading | None:
    """The amount right after "to" or "at" that follows an amount: "$2.45 a pound" in "rose 3.4 cents to
    $2.45 a pound", "$73.42 a barrel" in "down $1.64 at $73.42 a barrel"."""
    to = TO_RE.match(text_of(doc), reading.end)
    after = next(readings_after(doc, lexicon, to.end()), None) if to else None
    return after if after is not None and after.start == to.end() else None


def compared_rate(doc: Doc, lexicon: Lexicon, reading: Reading) -> str | None:
    """The unit, "per" part included, of the rate that an amount in the same unit is compared with or
    changes to: "$2.80 per kilogram, compared with $2.53" and "rose 3.4 cents to $2.45 a pound" give
    "USD per kilogram" and "USD per pound"."""
    if reading.label is None or reading.unit is None or " per " in reading.unit:
        return None
    compared = compared_amount(doc, lexicon, reading) or level_reached(doc, lexicon, reading)
    if compared is not None and compared.unit and compared.unit.startswith(f"{reading.unit} per "):
        return compared.unit
    return None


def preceding_money(doc: Doc, lexicon: Lexicon, reading: Reading, left: int) -> Reading | None:
    """The amount of money before a bare scaled amount in its sentence, with no other amount between them:
    "set aside Sh12.5 billion for the port, and a further 3 billion for roads"."""
    if reading.number.kind != "digits" or reading.number.scale < MONEY_SCALE:
        return None
    previous = next((before for before in readings_before(doc, lexicon, reading.start)
                     if before.start >= left and before.label is not None), None)
    return previous if previous is not None and previous.label == MONEY else None


def implied_age(doc: Doc, lexicon: Lexicon, reading: Reading) -> bool:
    """A bare number that is an age: "children under five", "people over 65", "at the age of 62",
    "raised the pension age to 65"."""
    token = token_at(doc, reading.number.end - 1)
    if token is None or token.dep_ != "pobj" or reading.number.is_year_like:
        return False
    preposition = token.head
    holder = preposition.head
    written_before = doc[preposition.i - 1] if preposition.i > 0 else preposition  # the parse may attach it higher
    if preposition.lower_ in lexicon.bounds and (holder.lemma_.lower() in lexicon.age_holders
                                                 or written_before.lemma_.lower() in lexicon.age_holders):
        return True
    if holder.lemma_.lower() in lexicon.age_nouns:
        return True
    return holder.pos_ == "VERB" and any(child.dep_ in ("dobj", "nsubj", "nsubjpass")
                                         and child.lemma_.lower() in lexicon.age_nouns for child in holder.children)


@lru_cache(maxsize=4)
def money_mentions(doc: Doc, lexicon: Lexicon) -> tuple[list[int], list[str]]:
    """The end and the currency of every amount of money in the document, in order."""
    ends, codes = [], []
    for left, right in zip(*sentence_spans(doc)):
        for reading in sentence_readings(doc, lexicon, left, right)[0]:
            if reading.label == MONEY and reading.unit:
                ends.append(reading.end)
                codes.append(reading.unit.split(" per ")[0])
    return ends, codes


def speaks_of_money(lexicon: Lexicon, token: Token) -> bool:
    """ "prices will rise by an average of 1,200", "tickets cost 1,200", "30k or 45k cheaper": the words that
    govern a bare amount, or follow it, are about money."""
    after = token.i + 1
    if after < len(token.doc) and token.doc[after].lower_ in lexicon.money_comparatives:
        return True
    node = token
    for _ in range(MONEY_HEAD_STEPS):
        head = node.head
        if head == node:
            return False
        if head.lemma_.lower() in lexicon.money_nouns:
            return True
        if head.pos_ in ("VERB", "AUX"):
            subject = next((child for child in head.children if child.dep_ in ("nsubj", "nsubjpass")), None)
            return (subject is not None and subject.lemma_.lower() in lexicon.money_nouns) \
                or (head.lemma_.lower() in lexicon.money_verbs and node.dep_ in ("dobj", "attr", "npadvmod"))
        node = head
    return False


def money_head(lexicon: Lexicon, token: Token) -> Token | None:
    """The noun of money that a number modifies, past the scale word: "deficit" in "a 2.0 billion deficit"."""
    node = token
    while node.head != node and node.head.pos_ == "NUM" and node.head.i > node.i:
        node = node.head
    return node.head if node.head.lemma_.lower() in lexicon.money_nouns else None


def implied_currency(doc: Doc, lexicon: Lexicon, reading: Reading) -> str | None:
    """The currency a bare amount leaves unsaid where its words speak of money: the last one the document
    names before it."""
    if reading.number.kind != "digits" or reading.number.is_year_like:
        return None
    token = token_at(doc, reading.number.end - 1)  # the scale word of "400 million"
    if token is None:
        return None
    modifies = token.dep_ in ("nummod", "compound") or token.head.i == token.i + 1 and token.head.pos_ == "NUM"
    if modifies and not (reading.number.scale > 1 and money_head(lexicon, token) is not None):
        return None  # "20,000 vehicles" counts; "a 2.0 billion deficit" is money
    if not modifies and not any(speaks_of_money(lexicon, each) for each in (token, *token.conjuncts)):
        return None
    ends, codes = money_mentions(doc, lexicon)
    index = bisect_right(ends, reading.start) - 1
    return codes[index] if index >= 0 else None


def unsaid_unit(doc: Doc, lexicon: Lexicon, reading: Reading) -> UnsaidUnit | None:
    """The unit of a bare number: shared with the next amount, or the noun its sentence counts."""
    left, right = sentence_bounds(doc, reading.start, reading.end)
    shared = shared_unit(doc, lexicon, reading, right)
    if shared is not None:
        scale = shared.number.scale if reading.number.scale == 1 else Decimal(1)
        return UnsaidUnit(shared.label, shared.unit, shared.surface_unit, scale)
    compared = compared_amount(doc, lexicon, reading)
    if compared is not None:
        return UnsaidUnit(compared.label, compared.unit, compared.surface_unit)
    if implied_age(doc, lexicon, reading):
        return UnsaidUnit(QUANTITY, "year of age", None)
    implied = implied_count(doc, lexicon, reading, left)
    if implied is not None:
        return UnsaidUnit(QUANTITY, implied.unit, implied.surface)
    money = preceding_money(doc, lexicon, reading, left)
    if money is not None:
        return UnsaidUnit(MONEY, money.unit, money.surface_unit)
    currency = implied_currency(doc, lexicon, reading)
    if currency is not None:
        return UnsaidUnit(MONEY, currency, None)
    coordinated = coordinated_count(doc, lexicon, reading, left)
    if coordinated is not None:
        return UnsaidUnit(QUANTITY, coordinated.unit, coordinated.surface)
    return None
