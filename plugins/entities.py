"""Built-in entities plugin: OntoNotes-style named entities and dates (guidelines, section 1).

Spans come from two sources:

1. the statistical NER of the shared parse (``doc.ents``), mapped to the guideline
   labels and cut to the guideline boundaries;
2. domain patterns that describe the shapes of names (ports, zones, companies,
   corridors, ...), read from ``data/entity_patterns.jsonl`` and from the files named
   by the option ``entities.patterns`` (comma-separated paths).

A patterns file holds one JSON object per line::

    {"label": "FAC", "pattern": [<spaCy Matcher token pattern>], "comment": "what it catches"}

``label`` is one of the labels this plugin declares, or ``null`` for text that is not
an entity: such a match takes part in the overlap resolution below and removes the
spans it beats, as "COVID-19" removes the model's ORG. Besides the usual token
attributes, a pattern may use two extension attributes set by this plugin:
``{"_": {"name_word": true}}`` for a word that can be part of a name (a capitalised
word that is not a determiner, preposition, pronoun, conjunction, auxiliary or adverb;
hyphen-joined parts as in "China-Europe" or "Cross-border" count too) and
``{"_": {"name_and": true}}`` for an "and" inside one name ("Belt and Road") rather
than between two names.

Overlaps are resolved deterministically: the longer span wins; between spans of equal
length a pattern beats the statistical model and an earlier pattern beats a later
one, user files coming before the built-in file so that they can override it.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from annotate.errors import SettingsError
from annotate.hookspecs import hookimpl

__version__ = "0.1.0"

FAMILY = "entities"
LABELS = {
    "PERSON": "People, including their full names but not their titles.",
    "NORP": "Nationalities, religious or political groups, such as 'Chinese' or 'Central Asian' as the adjective of a group.",
    "ORG": "Companies, agencies, institutions and parties.",
    "GPE": "Countries, regions, provinces and cities.",
    "LOC": "Non-political locations: mountain ranges, bodies of water, macro-regions and named economic corridors.",
    "FAC": "Ports, bridges, airports, railway hubs, named parks and zones, and buildings.",
    "PRODUCT": "Named products, vehicles and named transport services.",
    "EVENT": "Named events, trade fairs and named initiatives.",
    "LAW": "Named laws, treaties and formally titled documents.",
    "DATE": "Absolute or relative dates and periods; an amount of a time unit such as '19 days' is a quantity, not a date.",
}
BUILTIN_PATTERNS = Path(__file__).parent / "data" / "entity_patterns.jsonl"

# The statistical labels kept are those that share their name with a guideline label.
# CARDINAL, ORDINAL, MONEY, PERCENT, QUANTITY and TIME belong to the quantities plugin or
# to no family; WORK_OF_ART and LANGUAGE are outside the scheme (titled documents are
# found by the LAW patterns instead).
NAME_LABELS = set(LABELS) - {"DATE"}
ACRONYM_LABELS = NAME_LABELS - {"PERSON", "NORP"}
OF_COMPLEMENTS = {"ORG": {"GPE", "LOC", "FAC"}, "DATE": {"DATE"}}

FUNCTION_POS = {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "ADV", "PUNCT", "SYM"}
HYPHENS = {"-", "‐", "‑", "–"}
ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")
SENTENCE_OPENERS = {".", "!", "?", ":", ";", '"', "“", "‘", "(", "["}
POSSESSIVE_ENDINGS = {"'s", "’s", "'", "’"}
TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "madam",
    "president",
    "vice",
    "premier",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "deputy",
    "minister",
    "secretary",
    "general",
    "manager",
    "mayor",
    "governor",
    "chief",
    "head",
    "executive",
    "ceo",
    "ambassador",
    "commissioner",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "senator",
    "engineer",
}
TIME_UNITS = {"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century", "centuries"}
VAGUE_AMOUNTS = {"a", "an", "several", "few", "many", "couple", "dozens", "hundreds", "thousands"}
APPROXIMATORS = {
    "just",
    "only",
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "some",
    "over",
    "more",
    "less",
    "than",
    "up",
    "to",
    "within",
    "at",
    "least",
    "most",
    "another",
    "for",
}
FREQUENCY_WORDS = {"every", "each", "per", "once", "twice", "thrice", "times"}
CAPTION_WORDS = {"photo", "photos", "file", "video", "image", "graphic", "illustration"}
CLOCK_TIME = re.compile(r"^(\d{1,2}:\d{2}(:\d{2})?|[ap]\.?m\.?)$", re.IGNORECASE)
GLUED_PUNCTUATION = re.compile(r"[:/]")


@dataclass(frozen=True)
class Rule:
    label: str | None
    pattern: list
    origin: str


@dataclass(frozen=True)
class Candidate:
    """A labelled token range; ``rank`` breaks ties between equally long spans (lower wins).

    A ``None`` label marks text that is not an entity.
    """

    start: int
    end: int
    label: str | None
    rank: int


@hookimpl
def annotate_labels(register):
    for label, description in LABELS.items():
        register(FAMILY, label, description)


@hookimpl
def annotate_spacy_components():
    # The patterns read part-of-speech tags: the tagger (which listens to tok2vec) and the
    # attribute ruler that maps its tags to coarse POS.
    return ["tok2vec", "tagger", "attribute_ruler", "ner"]


@hookimpl
def annotate_predictor(nlp, settings):
    register_token_extensions()
    rules = [rule for path in pattern_files(settings) for rule in read_rules(path)]
    matcher = build_matcher(nlp.vocab, rules)

    def predict(docs, emit):
        for doc in docs:
            for candidate in find_entities(doc, matcher, rules):
                emit(doc, *char_offsets(doc, candidate), candidate.label)

    return predict


# Patterns files


def pattern_files(settings) -> list[Path]:
    """The user's patterns files (they win ties) followed by the built-in one."""
    return [*settings.plugin_files(FAMILY, "patterns"), BUILTIN_PATTERNS]


def read_rules(path: Path) -> list[Rule]:
    rules = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            rules.append(parse_rule(line, f"{path}, line {number}"))
    return rules


def parse_rule(line: str, origin: str) -> Rule:
    try:
        entry = json.loads(line)
    except json.JSONDecodeError as error:
        raise SettingsError(f"{origin} is not valid JSON: {error.msg}.") from None
    if not isinstance(entry, dict):
        raise SettingsError(f"{origin} is not a JSON object with a label and a pattern.")
    if entry.get("label") not in LABELS and entry.get("label") is not None:
        raise SettingsError(f"{origin} has label {entry.get('label')!r}, not null or one of {', '.join(LABELS)}.")
    if not isinstance(entry.get("pattern"), list) or not entry["pattern"]:
        raise SettingsError(f"{origin} has no pattern: a non-empty list of token patterns is needed.")
    return Rule(entry["label"], entry["pattern"], origin)


def build_matcher(vocab, rules: list[Rule]) -> Matcher:
    matcher = Matcher(vocab, validate=True)
    for index, rule in enumerate(rules):
        try:
            matcher.add(str(index), [rule.pattern])
        except ValueError as error:
            raise SettingsError(f"{rule.origin} has an invalid token pattern: {error}") from None
    return matcher


# Token extensions used by the patterns


def register_token_extensions():
    Token.set_extension("name_word", default=False, force=True)
    Token.set_extension("name_and", default=False, force=True)


def mark_name_tokens(doc: Doc) -> None:
    """Set the token extensions once per document; the matcher reads them at every state."""
    for token in doc:
        token._.name_word = is_name_word(token)
        token._.name_and = is_name_and(token)


def is_name_word(token: Token) -> bool:
    return (
        is_capitalized_content_word(token)
        or is_name_hyphen(token)
        or (token.i > 0 and is_name_hyphen(token.nbor(-1)))
        or is_ordinal_before_name(token)
    )


def is_capitalized_content_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.pos_ not in FUNCTION_POS


def is_name_hyphen(token: Token) -> bool:
    """A hyphen glued between a capitalised word and another word: China-Europe, Cross-border."""
    if token.text not in HYPHENS or token.i == 0 or token.i + 1 == len(token.doc):
        return False
    left, right = token.nbor(-1), token.nbor(1)
    return (
        not left.whitespace_
        and not token.whitespace_
        and is_capitalized_content_word(left)
        and right.text[:1].isalnum()
    )


def is_ordinal_before_name(token: Token) -> bool:
    return (
        bool(ORDINAL.match(token.text)) and token.i + 1 < len(token.doc) and is_capitalized_content_word(token.nbor(1))
    )


def is_name_and(token: Token) -> bool:
    """An "and" inside one name ("Belt and Road"): between name words that the NER keeps in
    one entity or leaves both outside any, and not coordinating two names."""
    if token.lower_ not in {"and", "&"} or token.i == 0 or token.i + 1 == len(token.doc):
        return False
    left, right = token.nbor(-1), token.nbor(1)
    if not (is_name_word(left) and is_name_word(right)):
        return False
    in_one_entity = right.ent_iob_ == "I" or (left.ent_iob_ == "O" and right.ent_iob_ == "O")
    return in_one_entity and not coordinates_names(token)


def coordinates_names(token: Token) -> bool:
    """An "and" whose preceding word comes back after it: "Erenhot Port and Manzhouli Port"."""
    if token.lower_ not in {"and", "&"} or token.i == 0:
        return False
    following = token.doc[token.i + 1 :]
    name_words = itertools.takewhile(is_name_word, following)
    return token.nbor(-1).text in {word.text for word in name_words}


# Finding the entities of one document


def find_entities(doc: Doc, matcher: Matcher, rules: list[Rule]) -> list[Candidate]:
    model_rank = len(rules)
    from_patterns = pattern_candidates(doc, matcher, rules)
    from_model = [candidate for ent in doc.ents for candidate in model_candidates(ent, model_rank)]
    from_model = relabel_places_taken_for_names(doc, from_model, from_patterns)
    from_model = split_organisation_chains(doc, from_model, from_patterns)
    candidates = extend_over_of_complements(doc, from_model + from_patterns)
    candidates = [with_acronym(doc, without_trailing_function_words(doc, candidate)) for candidate in candidates]
    chosen = resolve_overlaps(doc, [candidate for candidate in candidates if candidate.start < candidate.end])
    entities = [candidate for candidate in chosen if candidate.label] + propagated_names(doc, chosen, model_rank)
    return sorted(entities, key=lambda candidate: candidate.start)


def model_candidates(ent: Span, rank: int) -> list[Candidate]:
    """The model's entity cut to the guideline boundaries and split where it joins several names."""
    if ent.label_ not in LABELS:
        return []
    first_line = ent.doc[ent.start : first_line_end(ent)]
    return [
        candidate
        for name in split_at(first_line, coordinates_names)
        for candidate in credit_candidates(name, ent.label_, rank)
    ]


def credit_candidates(span: Span, label: str, rank: int) -> list[Candidate]:
    """A credit such as "Xinhua/Hu Huhu" or "Photo/IC" is split at its slashes.

    The caption word ("Photo") is dropped, the first name keeps the model's label and,
    after an agency (ORG), the names that follow are photographers (PERSON).
    """
    parts = [part for part in split_at(span, lambda token: token.text == "/") if part.text.lower() not in CAPTION_WORDS]
    credited_label = "PERSON" if label == "ORG" else label
    labels = [label] + [credited_label] * (len(parts) - 1)
    candidates = [model_span_candidate(part, part_label, rank) for part, part_label in zip(parts, labels)]
    return [candidate for candidate in candidates if candidate]


def split_at(span: Span, is_separator) -> list[Span]:
    cuts = [span.start - 1] + [token.i for token in span if is_separator(token)] + [span.end]
    return [span.doc[left + 1 : right] for left, right in zip(cuts, cuts[1:]) if left + 1 < right]


def model_span_candidate(span: Span, label: str, rank: int) -> Candidate | None:
    doc = span.doc
    start, end = trim_edges(doc, span.start, span.end, label)
    if label == "DATE":
        end = without_clock_time(doc, start, end)
        if start == end or is_duration(doc[start:end]) or is_frequency(doc[start:end]):
            return None
    elif label != "NORP" and not any(token.pos_ in {"PROPN", "NOUN"} for token in doc[start:end]):
        return None
    return Candidate(start, end, label, rank) if start < end else None


def first_line_end(ent: Span) -> int:
    return next((token.i for token in ent if "\n" in token.text), ent.end)


def trim_edges(doc: Doc, start: int, end: int, label: str | None) -> tuple[int, int]:
    """Drop edge punctuation and an unclosed bracket; for names also a leading article or
    title and a possessive ending."""
    is_name = label in NAME_LABELS
    end = before_unclosed_bracket(doc, start, end)
    while start < end and (
        is_punctuation(doc[start])
        or (is_name and is_dropped_article(doc[start]))
        or (label == "PERSON" and doc[start].lower_.rstrip(".") in TITLES)
    ):
        start += 1
    while start < end and (
        (is_punctuation(doc[end - 1]) and not closes_bracket(doc[start:end]))
        or (is_name and doc[end - 1].text in POSSESSIVE_ENDINGS)
    ):
        end -= 1
    return start, end


def before_unclosed_bracket(doc: Doc, start: int, end: int) -> int:
    """The end of a span cut before a bracket it opens but does not close: "Organization (SCO"."""
    depth = 0
    for i in range(end - 1, start - 1, -1):
        depth += {")": 1, "(": -1}.get(doc[i].text, 0)
        if depth < 0:
            return i
    return end


def is_punctuation(token: Token) -> bool:
    return not any(char.isalnum() for char in token.text)


def closes_bracket(span: Span) -> bool:
    return span[-1].text == ")" and span.text.count("(") == span.text.count(")")


def is_dropped_article(token: Token) -> bool:
    """A lower-case "the", or a capital one that only opens a sentence ("The Hague" keeps it)."""
    return token.text == "the" or (token.text == "The" and starts_sentence(token))


def starts_sentence(token: Token) -> bool:
    if token.i == 0:
        return True
    previous = token.nbor(-1)
    return previous.is_space or previous.text in SENTENCE_OPENERS


def without_clock_time(doc: Doc, start: int, end: int) -> int:
    while end > start and CLOCK_TIME.match(doc[end - 1].text):
        end -= 1
    return end


def is_duration(span: Span) -> bool:
    """An amount of a time unit ("19 days", "10-day", "just two months"), not anchored to the calendar."""
    words = [token for token in span if not is_punctuation(token) and token.lower_ not in APPROXIMATORS]
    return (
        bool(words)
        and is_time_unit(words[-1])
        and all(is_time_unit(word) or word.like_num or word.lower_ in VAGUE_AMOUNTS for word in words)
    )


def is_frequency(span: Span) -> bool:
    """A rate such as "every day" or "twice a week" is not a date."""
    return any(token.lower_ in FREQUENCY_WORDS for token in span)


def is_time_unit(token: Token) -> bool:
    word = token.lower_
    return word in TIME_UNITS or (word.endswith("s") and word[:-1] in TIME_UNITS)


def pattern_candidates(doc: Doc, matcher: Matcher, rules: list[Rule]) -> list[Candidate]:
    mark_name_tokens(doc)
    candidates = []
    for match_id, start, end in matcher(doc):
        rank = int(doc.vocab.strings[match_id])
        start, end = trim_edges(doc, start, end, rules[rank].label)
        if start < end and brackets_balance(doc[start:end].text):
            candidates.append(Candidate(start, end, rules[rank].label, rank))
    return candidates


def brackets_balance(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def relabel_places_taken_for_names(
    doc: Doc, from_model: list[Candidate], from_patterns: list[Candidate]
) -> list[Candidate]:
    """A one-word PERSON or ORG is a GPE when the document uses the word as a GPE or to name a place.

    "Horgos" read as a person is the city of the "Horgos Economic Development Zone".
    """
    place_words = {
        doc[candidate.start].text for candidate in from_model if candidate.label == "GPE" and len_of(candidate) == 1
    }
    place_words |= {
        doc[candidate.start].text
        for candidate in from_patterns
        if candidate.label in {"FAC", "GPE"} and len_of(candidate) > 1
    }
    return [
        (
            replace(candidate, label="GPE")
            if is_one_word_name(candidate) and doc[candidate.start].text in place_words
            else candidate
        )
        for candidate in from_model
    ]


def is_one_word_name(candidate: Candidate) -> bool:
    return candidate.label in {"PERSON", "ORG"} and len_of(candidate) == 1


def len_of(candidate: Candidate) -> int:
    return candidate.end - candidate.start


def split_organisation_chains(doc: Doc, from_model: list[Candidate], from_patterns: list[Candidate]) -> list[Candidate]:
    """A model ORG "A of the B" whose A is an organisation name of its own is two ORGs, A and B.

    "Foreign Trade Department of the Department of Commerce" is a department inside a department.
    """
    organisation_ends = {candidate.end for candidate in from_patterns if candidate.label == "ORG"}
    split = []
    for candidate in from_model:
        cut = next(
            (i for i in range(candidate.start + 1, candidate.end - 2) if i in organisation_ends and is_of_the(doc, i)),
            None,
        )
        if candidate.label == "ORG" and cut is not None:
            split += [replace(candidate, end=cut), replace(candidate, start=cut + 2)]
        else:
            split.append(candidate)
    return split


def is_of_the(doc: Doc, i: int) -> bool:
    return doc[i].lower_ == "of" and doc[i + 1].lower_ == "the" and doc[i + 2].text[:1].isupper()


def extend_over_of_complements(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """An "of" complement belongs to the span it follows: a place to an ORG, a date to a DATE.

    "Party Committee of Ili" + "Ili Kazakh Autonomous Prefecture" is one ORG, and so are
    "Industry and Information Technology Department" + "of Xinjiang"; "the same period of"
    + "2021" is one DATE.
    """
    starting_at: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        starting_at.setdefault(candidate.start, []).append(candidate)
    extended = []
    for candidate in candidates:
        nearby = (other for start in range(candidate.start + 1, candidate.end + 2) for other in starting_at.get(start, ()))
        ends = [other.end for other in nearby if is_of_complement(doc, candidate, other)]
        extended.append(replace(candidate, end=max(ends, default=candidate.end)))
    return extended


def is_of_complement(doc: Doc, head: Candidate, complement: Candidate) -> bool:
    of = complement.start - 1
    return (
        complement.label in OF_COMPLEMENTS.get(head.label, ())
        and head.start <= of <= head.end
        and doc[of].lower_ == "of"
        and complement.end > head.end
    )


def without_trailing_function_words(doc: Doc, candidate: Candidate) -> Candidate:
    end = candidate.end
    while end > candidate.start and doc[end - 1].pos_ in {"ADP", "CCONJ", "DET"}:
        end -= 1
    return replace(candidate, end=end)


def with_acronym(doc: Doc, candidate: Candidate) -> Candidate:
    """Take in an acronym in brackets right after the name: Communist Party of China (CPC)."""
    after = doc[candidate.end : candidate.end + 3]
    if candidate.label in ACRONYM_LABELS and len(after) == 3 and after[0].text == "(" and after[2].text == ")":
        if after[1].is_upper and after[1].is_alpha and len(after[1]) > 1:
            return replace(candidate, end=candidate.end + 3)
    return candidate


def propagated_names(doc: Doc, chosen: list[Candidate], rank: int) -> list[Candidate]:
    """Words marked elsewhere in the document, found again where the model missed them.

    A surname or given name of a full PERSON ("Shi" after "Shi Xinli") is PERSON and a
    one-word GPE stays GPE ("Horgos has formulated ...").
    """
    known = {}
    for candidate in chosen:
        if candidate.label == "PERSON" and len_of(candidate) > 1:
            for token in (doc[candidate.start], doc[candidate.end - 1]):
                known.setdefault(token.text, "PERSON")
    for candidate in chosen:
        if candidate.label == "GPE" and len_of(candidate) == 1:
            known[doc[candidate.start].text] = "GPE"
    covered = {i for candidate in chosen for i in range(candidate.start, candidate.end)}
    return [
        Candidate(token.i, token.i + 1, known[token.text], rank)
        for token in doc
        if token.text in known and token.i not in covered and token.pos_ == "PROPN"
    ]


def resolve_overlaps(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest spans first; ties go to the lower rank, then to the earlier start."""

    def priority(candidate: Candidate):
        span = doc[candidate.start : candidate.end]
        return (-(span.end_char - span.start_char), candidate.rank, candidate.start)

    chosen, taken = [], set()
    for candidate in sorted(candidates, key=priority):
        tokens = range(candidate.start, candidate.end)
        if taken.isdisjoint(tokens):
            chosen.append(candidate)
            taken.update(tokens)
    return chosen


def char_offsets(doc: Doc, candidate: Candidate) -> tuple[int, int]:
    """Character offsets; a last token glued to what follows by ":" or "/" ("Ltd.:At") is cut there."""
    last = doc[candidate.end - 1]
    glued = GLUED_PUNCTUATION.search(last.text, 1)
    return doc[candidate.start].idx, last.idx + (glued.start() if glued else len(last.text))
