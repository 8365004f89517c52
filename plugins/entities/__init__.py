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
attributes, a pattern may use two extension attributes set by this plugin
(:mod:`.tokens`): ``{"_": {"name_word": true}}`` for a word that can be part of a name
(a capitalised word that is not a determiner, preposition, pronoun, conjunction,
auxiliary or adverb; hyphen-joined parts as in "China-Europe" or "Cross-border" count
too) and ``{"_": {"name_and": true}}`` for an "and" inside one name ("Belt and Road")
rather than between two names. Each rule runs only around the words it cannot do
without (:mod:`.patterns`), so a rule costs little where its words do not occur.

Overlaps are resolved deterministically: the longer span wins; between spans of equal
length a pattern beats the statistical model and an earlier pattern beats a later
one, user files coming before the built-in file so that they can override it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.tokens import Doc, Span

from annotate.hookspecs import hookimpl

from .patterns import PatternMatcher, Rule, read_rules
from .tokens import TokenTable, register_token_extensions

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
BUILTIN_PATTERNS = Path(__file__).parent.parent / "data" / "entity_patterns.jsonl"

# The statistical labels kept are those that share their name with a guideline label.
# CARDINAL, ORDINAL, MONEY, PERCENT, QUANTITY and TIME belong to the quantities plugin or
# to no family; WORK_OF_ART and LANGUAGE are outside the scheme (titled documents are
# found by the LAW patterns instead).
NAME_LABELS = set(LABELS) - {"DATE"}
ACRONYM_LABELS = NAME_LABELS - {"PERSON", "NORP"}
OF_COMPLEMENTS = {"ORG": {"GPE", "LOC", "FAC"}, "DATE": {"DATE"}}

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
    rules = [rule for path in pattern_files(settings) for rule in read_rules(path, LABELS)]
    matcher = PatternMatcher(nlp.vocab, rules)

    def predict(docs, emit):
        for doc in docs:
            for candidate in find_entities(doc, matcher, rules):
                emit(doc, *char_offsets(TokenTable.of(doc), candidate), candidate.label)

    return predict


# Patterns files


def pattern_files(settings) -> list[Path]:
    """The user's patterns files (they win ties) followed by the built-in one."""
    return [*settings.plugin_files(FAMILY, "patterns"), BUILTIN_PATTERNS]


# Finding the entities of one document


def find_entities(doc: Doc, matcher: PatternMatcher, rules: list[Rule]) -> list[Candidate]:
    model_rank = len(rules)
    tokens = TokenTable.of(doc)
    from_patterns = pattern_candidates(doc, tokens, matcher, rules)
    from_model = [candidate for ent in doc.ents for candidate in model_candidates(tokens, ent, model_rank)]
    from_model = relabel_places_taken_for_names(tokens, from_model, from_patterns)
    from_model = split_organisation_chains(tokens, from_model, from_patterns)
    candidates = extend_over_of_complements(tokens, from_model + from_patterns)
    candidates = [with_acronym(tokens, without_trailing_function_words(tokens, candidate)) for candidate in candidates]
    chosen = resolve_overlaps(tokens, [candidate for candidate in candidates if candidate.start < candidate.end])
    entities = [candidate for candidate in chosen if candidate.label] + propagated_names(tokens, chosen, model_rank)
    return sorted(entities, key=lambda candidate: candidate.start)


def model_candidates(tokens: TokenTable, ent: Span, rank: int) -> list[Candidate]:
    """The model's entity cut to the guideline boundaries and split where it joins several names."""
    if ent.label_ not in LABELS:
        return []
    first_line_end = next((i for i in range(ent.start, ent.end) if "\n" in tokens.texts[i]), ent.end)
    return [
        candidate
        for start, end in split_at(ent.start, first_line_end, lambda i: tokens.coordinating[i])
        for candidate in credit_candidates(tokens, ent.doc, start, end, ent.label_, rank)
    ]


def credit_candidates(tokens: TokenTable, doc: Doc, start: int, end: int, label: str, rank: int) -> list[Candidate]:
    """A credit such as "Xinhua/Hu Huhu" or "Photo/IC" is split at its slashes.

    The caption word ("Photo") is dropped, the first name keeps the model's label and,
    after an agency (ORG), the names that follow are photographers (PERSON).
    """
    parts = [
        (left, right) for left, right in split_at(start, end, lambda i: tokens.texts[i] == "/")
        if tokens.text_of(left, right).lower() not in CAPTION_WORDS
    ]
    credited_label = "PERSON" if label == "ORG" else label
    labels = [label] + [credited_label] * (len(parts) - 1)
    candidates = [model_span_candidate(tokens, doc, *part, part_label, rank) for part, part_label in zip(parts, labels)]
    return [candidate for candidate in candidates if candidate]


def split_at(start: int, end: int, is_separator) -> list[tuple[int, int]]:
    """The token ranges between separators of ``[start, end)``."""
    cuts = [start - 1] + [i for i in range(start, end) if is_separator(i)] + [end]
    return [(left + 1, right) for left, right in zip(cuts, cuts[1:]) if left + 1 < right]


def model_span_candidate(tokens: TokenTable, doc: Doc, start: int, end: int, label: str, rank: int) -> Candidate | None:
    start, end = trim_edges(tokens, start, end, label)
    if label == "DATE":
        end = without_clock_time(tokens, start, end)
        if start == end or is_duration(doc[start:end]) or is_frequency(tokens, start, end):
            return None
    elif label != "NORP" and not any(tokens.pos[i] in {"PROPN", "NOUN"} for i in range(start, end)):
        return None
    return Candidate(start, end, label, rank) if start < end else None


def trim_edges(tokens: TokenTable, start: int, end: int, label: str | None) -> tuple[int, int]:
    """Drop edge punctuation and an unclosed bracket; for names also a leading article or
    title and a possessive ending."""
    texts = tokens.texts
    is_name = label in NAME_LABELS
    end = before_unclosed_bracket(texts, start, end)
    while start < end and (
        is_punctuation(texts[start])
        or (is_name and is_dropped_article(texts, start))
        or (label == "PERSON" and tokens.lowers[start].rstrip(".") in TITLES)
    ):
        start += 1
    while start < end and (
        (is_punctuation(texts[end - 1]) and not closes_bracket(texts, start, end))
        or (is_name and texts[end - 1] in POSSESSIVE_ENDINGS)
    ):
        end -= 1
    return start, end


def before_unclosed_bracket(texts: list[str], start: int, end: int) -> int:
    """The end of a span cut before a bracket it opens but does not close: "Organization (SCO"."""
    depth = 0
    for i in range(end - 1, start - 1, -1):
        depth += {")": 1, "(": -1}.get(texts[i], 0)
        if depth < 0:
            return i
    return end


@functools.lru_cache(maxsize=65_536)
def is_punctuation(text: str) -> bool:
    return not any(char.isalnum() for char in text)


def closes_bracket(texts: list[str], start: int, end: int) -> bool:
    inside = texts[start:end]
    return inside[-1] == ")" and sum(text.count("(") for text in inside) == sum(text.count(")") for text in inside)


def is_dropped_article(texts: list[str], i: int) -> bool:
    """A lower-case "the", or a capital one that only opens a sentence ("The Hague" keeps it)."""
    return texts[i] == "the" or (texts[i] == "The" and starts_sentence(texts, i))


def starts_sentence(texts: list[str], i: int) -> bool:
    return i == 0 or texts[i - 1].isspace() or texts[i - 1] in SENTENCE_OPENERS


def without_clock_time(tokens: TokenTable, start: int, end: int) -> int:
    while end > start and CLOCK_TIME.match(tokens.texts[end - 1]):
        end -= 1
    return end


def is_duration(span: Span) -> bool:
    """An amount of a time unit ("19 days", "10-day", "just two months"), not anchored to the calendar."""
    words = [token for token in span if not is_punctuation(token.text) and token.lower_ not in APPROXIMATORS]
    return (
        bool(words)
        and is_time_unit(words[-1].lower_)
        and all(is_time_unit(word.lower_) or word.like_num or word.lower_ in VAGUE_AMOUNTS for word in words)
    )


def is_frequency(tokens: TokenTable, start: int, end: int) -> bool:
    """A rate such as "every day" or "twice a week" is not a date."""
    return any(tokens.lowers[i] in FREQUENCY_WORDS for i in range(start, end))


def is_time_unit(word: str) -> bool:
    return word in TIME_UNITS or (word.endswith("s") and word[:-1] in TIME_UNITS)


def pattern_candidates(doc: Doc, tokens: TokenTable, matcher: PatternMatcher, rules: list[Rule]) -> list[Candidate]:
    candidates = []
    for rank, start, end in matcher(doc, tokens):
        start, end = trim_edges(tokens, start, end, rules[rank].label)
        if start < end and brackets_balance(tokens.texts[start:end]):
            candidates.append(Candidate(start, end, rules[rank].label, rank))
    return candidates


def brackets_balance(texts: list[str]) -> bool:
    depth = 0
    for text in texts:
        for char in text:
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth < 0:
                return False
    return depth == 0


def relabel_places_taken_for_names(
    tokens: TokenTable, from_model: list[Candidate], from_patterns: list[Candidate]
) -> list[Candidate]:
    """A one-word PERSON or ORG is a GPE when the document uses the word as a GPE or to name a place.

    "Horgos" read as a person is the city of the "Horgos Economic Development Zone".
    """
    texts = tokens.texts
    place_words = {texts[candidate.start] for candidate in from_model if candidate.label == "GPE" and len_of(candidate) == 1}
    place_words |= {
        texts[candidate.start] for candidate in from_patterns if candidate.label in {"FAC", "GPE"} and len_of(candidate) > 1
    }
    return [
        replace(candidate, label="GPE") if is_one_word_name(candidate) and texts[candidate.start] in place_words
        else candidate
        for candidate in from_model
    ]


def is_one_word_name(candidate: Candidate) -> bool:
    return candidate.label in {"PERSON", "ORG"} and len_of(candidate) == 1


def len_of(candidate: Candidate) -> int:
    return candidate.end - candidate.start


def split_organisation_chains(
    tokens: TokenTable, from_model: list[Candidate], from_patterns: list[Candidate]
) -> list[Candidate]:
    """A model ORG "A of the B" whose A is an organisation name of its own is two ORGs, A and B.

    "Foreign Trade Department of the Department of Commerce" is a department inside a department.
    """
    organisation_ends = {candidate.end for candidate in from_patterns if candidate.label == "ORG"}
    split = []
    for candidate in from_model:
        cut = next(
            (i for i in range(candidate.start + 1, candidate.end - 2) if i in organisation_ends and is_of_the(tokens, i)),
            None,
        )
        if candidate.label == "ORG" and cut is not None:
            split += [replace(candidate, end=cut), replace(candidate, start=cut + 2)]
        else:
            split.append(candidate)
    return split


def is_of_the(tokens: TokenTable, i: int) -> bool:
    return tokens.lowers[i] == "of" and tokens.lowers[i + 1] == "the" and tokens.texts[i + 2][:1].isupper()


def extend_over_of_complements(tokens: TokenTable, candidates: list[Candidate]) -> list[Candidate]:
    """An "of" complement belongs to the span it follows: a place to an ORG, a date to a DATE.

    "Party Committee of Ili" + "Ili Kazakh Autonomous Prefecture" is one ORG, and so are
    "Industry and Information Technology Department" + "of Xinjiang"; "the same period of"
    + "2021" is one DATE.
    """
    after_of: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        if candidate.start > 0 and tokens.lowers[candidate.start - 1] == "of":
            after_of.setdefault(candidate.start, []).append(candidate)
    extended = []
    for candidate in candidates:
        nearby = (other for start in range(candidate.start + 1, candidate.end + 2) for other in after_of.get(start, ()))
        ends = [other.end for other in nearby if is_of_complement(candidate, other)]
        extended.append(replace(candidate, end=max(ends)) if ends else candidate)
    return extended


def is_of_complement(head: Candidate, complement: Candidate) -> bool:
    """Whether ``complement``, which follows an "of", completes ``head``."""
    return (
        complement.label in OF_COMPLEMENTS.get(head.label, ())
        and head.start <= complement.start - 1 <= head.end
        and complement.end > head.end
    )


def without_trailing_function_words(tokens: TokenTable, candidate: Candidate) -> Candidate:
    end = candidate.end
    while end > candidate.start and tokens.pos[end - 1] in {"ADP", "CCONJ", "DET"}:
        end -= 1
    return replace(candidate, end=end) if end != candidate.end else candidate


def with_acronym(tokens: TokenTable, candidate: Candidate) -> Candidate:
    """Take in an acronym in brackets right after the name: Communist Party of China (CPC)."""
    after = tokens.texts[candidate.end : candidate.end + 3]
    if candidate.label in ACRONYM_LABELS and len(after) == 3 and after[0] == "(" and after[2] == ")":
        if after[1].isupper() and after[1].isalpha() and len(after[1]) > 1:
            return replace(candidate, end=candidate.end + 3)
    return candidate


def propagated_names(tokens: TokenTable, chosen: list[Candidate], rank: int) -> list[Candidate]:
    """Words marked elsewhere in the document, found again where the model missed them.

    A surname or given name of a full PERSON ("Shi" after "Shi Xinli") is PERSON and a
    one-word GPE stays GPE ("Horgos has formulated ...").
    """
    texts = tokens.texts
    known = {}
    for candidate in chosen:
        if candidate.label == "PERSON" and len_of(candidate) > 1:
            for i in (candidate.start, candidate.end - 1):
                known.setdefault(texts[i], "PERSON")
    for candidate in chosen:
        if candidate.label == "GPE" and len_of(candidate) == 1:
            known[texts[candidate.start]] = "GPE"
    covered = {i for candidate in chosen for i in range(candidate.start, candidate.end)}
    return [
        Candidate(i, i + 1, known[texts[i]], rank)
        for text in known for i in tokens.where("texts").get(text, ())
        if i not in covered and tokens.pos[i] == "PROPN"
    ]


def resolve_overlaps(tokens: TokenTable, candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest spans first; ties go to the lower rank, then to the earlier start."""

    def priority(candidate: Candidate):
        return (-(tokens.end(candidate.end - 1) - tokens.starts[candidate.start]), candidate.rank, candidate.start)

    chosen, taken = [], set()
    for candidate in sorted(candidates, key=priority):
        covered = range(candidate.start, candidate.end)
        if taken.isdisjoint(covered):
            chosen.append(candidate)
            taken.update(covered)
    return chosen


def char_offsets(tokens: TokenTable, candidate: Candidate) -> tuple[int, int]:
    """Character offsets; a last token glued to what follows by ":" or "/" ("Ltd.:At") is cut there."""
    last = candidate.end - 1
    glued = GLUED_PUNCTUATION.search(tokens.texts[last], 1)
    return tokens.starts[candidate.start], glued.start() + tokens.starts[last] if glued else tokens.end(last)
