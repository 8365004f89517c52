"""Counted nouns: the noun phrase a number counts, reduced to the unit lemma with its noun compounds."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from .lexicon import Lexicon

RELATIVE_PRONOUNS = ("which", "that", "who")


@dataclass
class CountedNoun:
    start: int
    end: int
    unit: str     # "truck tractor"
    surface: str  # "truck tractors"
    plural: bool


@lru_cache(maxsize=4)
def text_of(doc: Doc) -> str:
    """``doc.text``, which spaCy rebuilds from the tokens on every access."""
    return doc.text


def token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def token_before(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return doc[span.start - 1] if span is not None and span.start > 0 else None


def is_noun(token: Token) -> bool:
    return token.pos_ == "NOUN"


def is_plural_noun(token: Token) -> bool:
    return is_noun(token) and token.tag_ == "NNS"


def is_noun_modifier(token: Token) -> bool:
    """Adjectives, names, participles and hyphens that may stand between a number and its noun."""
    if token.pos_ in ("ADJ", "PROPN"):
        return True
    if token.pos_ == "ADV" and token.dep_ == "advmod" and token.head.pos_ == "ADJ" and token.head.i == token.i + 1:
        return True  # "the 20 most expensive restaurants"
    if token.tag_ in ("VBN", "VBG") and token.dep_ in ("amod", "compound"):
        return True
    if token.text == "," and 0 < token.i < len(token.doc) - 1:
        return token.doc[token.i - 1].pos_ == "ADJ" and token.doc[token.i + 1].pos_ == "ADJ"  # "small, old firms"
    return token.text in ("-", "–") and token.whitespace_ == ""


def group_words(tokens: list[Token]) -> list[list[Token]]:
    """Tokens written together without a space ("e", "-", "commerce") form one word."""
    words: list[list[Token]] = []
    for token in tokens:
        if words and words[-1][-1].whitespace_ == "" and words[-1][-1].i + 1 == token.i:
            words[-1].append(token)
        else:
            words.append([token])
    return words


def written(word: list[Token]) -> str:
    return "".join(token.text_with_ws for token in word).strip()


def head_lemma(word: list[Token], lexicon: Lexicon) -> str:
    text = written(word).lower()
    if text in lexicon.unit_lemmas:
        return lexicon.unit_lemmas[text]
    return ("".join(token.text_with_ws for token in word[:-1]) + (word[-1].lemma_ or word[-1].text)).lower()


def counted_phrase(doc: Doc, lexicon: Lexicon, tokens: list[Token], head: Token) -> CountedNoun | None:
    """The head noun's word with the unbroken run of noun words right before it among ``tokens``."""
    words = group_words(tokens)
    position = next(index for index, word in enumerate(words) if head in word)
    head_word = words[position]
    if head_word[-1].lemma_.lower() in lexicon.not_counted_nouns or head.text.lower() in lexicon.not_counted_nouns:
        return None
    first = position
    while first > 0 and is_noun(words[first - 1][-1]):
        first -= 1
    start, end = words[first][0].idx, head_word[-1].idx + len(head_word[-1])
    unit = " ".join([written(word).lower() for word in words[first:position]] + [head_lemma(head_word, lexicon)])
    return CountedNoun(start, end, unit, text_of(doc)[start:end], is_plural_noun(head))


def noun_run(doc: Doc, begin: int, right: int) -> list[Token]:
    """The nouns and modifiers that follow position ``begin``, up to the first other token."""
    span = doc.char_span(begin, right, alignment_mode="contract")
    if span is None or not len(span) or text_of(doc)[begin:span[0].idx].strip():
        return []
    run = []
    for token in span:
        model = bool(run) and run[-1].pos_ == "PROPN" and any(char.isdigit() for char in token.text)
        if not (is_noun(token) or is_noun_modifier(token) or model):  # "65 Boeing 777X jets"
            break
        run.append(token)
    return run


def run_head(run: list[Token]) -> Token | None:
    """The noun of the run that the parse attaches outside it: "zones" in "test zones"."""
    in_run = {token.i for token in run}
    nouns = [token for token in run if is_noun(token)]
    heads = [token for token in nouns if token.head.i not in in_run]
    if heads:
        return heads[0]
    return nouns[-1] if nouns else None


def coordinated(doc: Doc, lexicon: Lexicon, noun: CountedNoun, head: Token, right: int) -> CountedNoun:
    """ "63 countries and regions" counts both nouns: unit "country and region"."""
    after = token_at(doc, noun.end - 1).i + 1
    if after >= len(doc) or doc[after].pos_ != "CCONJ":
        return noun
    run = noun_run(doc, doc[after].idx + len(doc[after]), right)
    second_head = run_head(run)
    if second_head is None or second_head.dep_ != "conj" or second_head.head != head:
        return noun
    second = counted_phrase(doc, lexicon, run, second_head)
    if second is None:
        return noun
    conjunction = doc[after].lower_
    return CountedNoun(noun.start, second.end, f"{noun.unit} {conjunction} {second.unit}",
                       text_of(doc)[noun.start:second.end], noun.plural)


def counted_name(doc: Doc, run: list[Token]) -> CountedNoun | None:
    """A plural name that the number right before the run counts: "1,500 Kenyans", "232 million iPhones"."""
    name = next((token for token in run if token.tag_ == "NNPS"), None)
    number = doc[run[0].i - 1] if run[0].i > 0 else None
    if name is None or number is None or number.dep_ != "nummod" or number.head != name:
        return None
    lower = name.text.lower()
    unit = lower[:-1] if lower.endswith("s") else lower
    return CountedNoun(name.idx, name.idx + len(name), unit, name.text, True)


def counted_noun(doc: Doc, lexicon: Lexicon, begin: int, right: int) -> CountedNoun | None:
    """The noun counted by a number ending at ``begin``: "50 truck tractors" gives "truck tractor"."""
    run = noun_run(doc, begin, right)
    name = counted_name(doc, run) if run else None
    head = run_head(run)
    if name is not None or head is None:
        return name
    if not is_plural_noun(head):
        plural = next((token for token in reversed(run) if is_plural_noun(token) and token.i < head.i), None)
        if plural is not None:  # "300 trucks queue daily": a verb the tagger took for a noun
            run, head = run[:run.index(plural) + 1], plural
    if run[0].lower_ in lexicon.calendar_words and head.lemma_.lower() in lexicon.time_units:
        return None  # "1,200 next year": a date after a bare amount
    noun = counted_phrase(doc, lexicon, run, head)
    return coordinated(doc, lexicon, noun, head, right) if noun else None


def antecedent(subject: Token, verb: Token) -> Token:
    """The noun a relative pronoun stands for: the noun right before it, else the one the clause modifies."""
    before = subject.i - 1
    while before >= 0 and subject.doc[before].is_punct:
        before -= 1
    if before >= 0 and is_noun(subject.doc[before]):
        return subject.doc[before]
    return verb.head


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with; a relative pronoun's antecedent."""
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return subject_of(verb.head) if verb.dep_ == "conj" and verb.head != verb else None
    return antecedent(subject, verb) if subject.lower_ in RELATIVE_PRONOUNS else subject


def counted_by(lexicon: Lexicon, noun: Token) -> Token | None:
    """The plural noun that ``noun`` counts: itself ("arrivals"), or what a counting noun is of
    ("the number of companies"); none for levels ("prices")."""
    if noun.lemma_.lower() in lexicon.counting_subjects:
        counted = next((child for preposition in noun.children if preposition.lower_ == "of"
                        for child in preposition.children if is_plural_noun(child)), None)
        if counted is not None:
            return counted
    return noun if is_plural_noun(noun) and noun.lemma_.lower() not in lexicon.level_nouns else None


def counted_argument(doc: Doc, lexicon: Lexicon, verb: Token, number: Token) -> CountedNoun | None:
    """What a verb's subject or object counts, for a bare number the verb governs:
    "the export of commercial vehicles exceeded 20,000", "increase the number of air routes to 30"."""
    objects = [child for child in verb.children if child.dep_ == "dobj" and child != number]
    for argument in [subject_of(verb)] + objects:
        counted = counted_by(lexicon, argument) if argument is not None else None
        if counted is not None:
            return counted_phrase(doc, lexicon, list(doc[counted.left_edge.i: counted.i + 1]), counted)
    return None
