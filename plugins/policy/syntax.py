"""Reading the dependency parse: small functions over spaCy tokens that know no word lists."""

from __future__ import annotations

import re

NOUN_TAGS = {"NOUN", "PROPN"}
VERB_TAGS = {"VERB", "AUX"}
RELATIVE_PRONOUN_TAGS = {"WDT", "WP"}
OBJECT_DEPS = {"dobj", "obj"}
NAME_MODIFIER_DEPS = {"compound", "amod", "nmod"}
NOMINAL_DEPS = {"dobj", "obj", "nsubj", "nsubjpass", "pobj", "attr"}
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
CLAUSE_BREAKS = {",", ";", ":", "(", "—", "–"}
QUOTE_TAGS = {"``", "''"}
DURATION_UNITS = {"year", "month", "week", "day", "quarter"}
LEVEL_ENTITIES = {"PERCENT", "MONEY", "QUANTITY"}
FORECASTING_VERBS = {"expect", "forecast", "predict", "anticipate", "bet", "project", "price"}


def entity_index(doc) -> list:
    """The named entity of each token (``None`` outside entities), built once per document."""
    entities = [None] * len(doc)
    for entity in doc.ents:
        for i in range(entity.start, entity.end):
            entities[i] = entity
    return entities


def objects_of(preposition) -> list:
    return [child for child in preposition.children if child.dep_ in {"pobj", "pcomp"}]


def of_objects(noun, preposition: str = "of") -> list:
    """Objects of the noun's prepositional dependents ``preposition``."""
    return [
        obj
        for prep in noun.children
        if prep.dep_ in {"prep", "agent"} and prep.lower_ == preposition
        for obj in objects_of(prep)
    ]


def governing_verb(token):
    node = token
    while node.head != node:
        node = node.head
        if node.pos_ in VERB_TAGS:
            return node
    return None


def conjuncts_of(noun) -> list:
    """The nouns coordinated after ``noun``, following chains of conj; a list item after a comma that
    the parser read as an apposition counts ("a tax rate of 10 percent, exemption from VAT and ...")."""
    found = []
    for child in noun.children:
        if child.pos_ in NOUN_TAGS and (child.dep_ == "conj" or child.dep_ == "appos" and is_list_item(child)):
            found += [child, *conjuncts_of(child)]
    return found


def is_finite(verb) -> bool:
    return verb.tag_ in FINITE_TAGS or any(child.dep_ == "aux" and child.tag_ == "MD" for child in verb.children)


def is_stray_finite_conjunct(token) -> bool:
    """A finite verb that the parser coordinated with a non-finite one inside a noun phrase
    ("a plan to cut duties and introduced incentives"): it continues the clause above, so it
    ends the phrase."""
    return (
        token.dep_ == "conj"
        and token.pos_ in VERB_TAGS
        and token.tag_ in FINITE_TAGS
        and token.head.pos_ in VERB_TAGS
        and not is_finite(token.head)
        and token.head.dep_ in {"acl", "xcomp", "advcl", "pcomp", "relcl", "conj"}
    )


def finite_clause_verb(token):
    """The nearest verb at or above ``token`` that heads a finite clause (else the root)."""
    node = token
    while node.head != node and not (node.pos_ in VERB_TAGS and is_finite(node)):
        node = node.head
    return node


def is_forecast(verb) -> bool:
    """A change that others expect of the authority ("economists expect the central bank to cut
    interest rates"): a forecast, not a rate the authority has set or announced."""
    return any(head.lemma_.lower() in FORECASTING_VERBS for head in verb.ancestors)


def is_object_predicate(token) -> bool:
    """A bare adjective after the object that says what the verb leaves it as ("held its rate
    steady", "kept the rate unchanged"), misread as a modifier of the noun."""
    return (
        token.dep_ == "amod"
        and token.i > token.head.i
        and token.pos_ == "ADJ"
        and not list(token.children)
        and token.head.dep_ in OBJECT_DEPS
    )


def states_level(preposition) -> bool:
    """A phrase giving the level a verb sets ("held its rate at 6 percent", "keeps the cap at 500 zlotys per
    megawatt-hour"): its object is an amount, not a share of things ("to 100 percent of tariff lines")."""
    return preposition.dep_ == "prep" and any(
        obj.ent_type_ in LEVEL_ENTITIES and not any(child.lower_ == "of" for child in obj.children)
        for obj in objects_of(preposition)
    )


def is_counted_duration(noun) -> bool:
    """A counted span of time units: "two more years", "three months", "another year"."""
    if noun.lemma_.lower() not in DURATION_UNITS or any(child.lower_ == "the" for child in noun.children):
        return False
    return any(child.dep_ == "nummod" or child.lower_ in {"another", "a", "further"} for child in noun.children)


def is_counted(noun) -> bool:
    """A noun with a count ("3,000 inspections"), not with a number inside a modifier ("a one-off payment")."""
    doc = noun.doc
    return any(
        child.dep_ == "nummod" and not (child.i + 1 < len(doc) and doc[child.i + 1].text == "-") for child in noun.children
    )


def is_unlisted_conjunct(token) -> bool:
    """A conjunct joined by a comma alone, with no "and" or "or" anywhere in its chain ("steel,
    aluminium, cement and electricity" is a list): an addition, not a list item."""
    return token.dep_ == "conj" and not any(word.dep_ == "cc" for word in [*token.head.children, *token.subtree])


def is_list_item(token) -> bool:
    """A noun phrase that takes part in a coordination: it follows a conjunction or holds one."""
    follows_conjunction = token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].dep_ == "cc"
    return follows_conjunction or any(part.dep_ == "cc" for part in token.subtree)


def has_shared_complement(noun, first_conjunct) -> bool:
    """Whether coordinated nouns share one complement ("inspection and release of goods within 24
    hours"): the last conjunct is bare, and the complement hangs on the first after it or the first is
    bare too. A last conjunct with modifiers of its own is a noun phrase of its own ("rent-free workshops
    and interest subsidies on equipment loans")."""
    last = first_conjunct
    while any(child.dep_ == "conj" for child in last.children):
        last = next(child for child in last.children if child.dep_ == "conj")
    if last.pos_ not in NOUN_TAGS or any(child.dep_ in NAME_MODIFIER_DEPS | {"det", "nummod", "poss"} for child in last.children):
        return False
    if any(child.i > first_conjunct.i and child.dep_ not in {"conj", "cc", "punct"} for child in noun.children):
        return True
    bare = not any(child.dep_ not in {"conj", "cc", "punct"} for child in noun.children)
    return bare and any(child.dep_ == "prep" and child.i > last.i for child in last.children)


def subtree_indices(token) -> set[int]:
    return {part.i for part in token.subtree}


def contiguous_run(indices: set[int], anchor: int) -> tuple[int, int]:
    start = end = anchor
    while start - 1 in indices:
        start -= 1
    while end + 1 in indices:
        end += 1
    return start, end


def follows_clause_break(token) -> bool:
    before = token.left_edge.i - 1
    return before >= 0 and token.doc[before].text in CLAUSE_BREAKS


def quote_pairs(doc, quotes: list[int]):
    """(opening, closing) token indices of the quotation marks ``quotes`` that pair up within a sentence."""
    opening = None
    for i in quotes:
        token = doc[i]
        if token.tag_ == "``":
            opening = token
        elif token.tag_ == "''" and opening is not None:
            if token.sent.start <= opening.i:
                yield opening.i, token.i
            opening = None


def title_tokens(doc) -> list:
    """The tokens of the first line: the title, when the text has one."""
    tokens = []
    for token in doc:
        if "\n" in token.text_with_ws:
            return tokens if token.pos_ == "SPACE" else [*tokens, token]
        tokens.append(token)
    return []


def trimmed(doc, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation, conjunctions and dangling function words from both edges; keep
    quotes that pair up inside the span."""
    while start <= end and is_edge_filler(doc[start], doc[start : end + 1], at_end=False):
        start += 1
    while end >= start and is_edge_filler(doc[end], doc[start : end + 1], at_end=True):
        end -= 1
    return start, end


def is_edge_filler(token, span, at_end: bool) -> bool:
    if token.tag_ in QUOTE_TAGS:
        return sum(part.tag_ in QUOTE_TAGS for part in span) % 2 == 1
    if token.text == "%" or token.text == ")" and at_end and any(part.text == "(" for part in span):
        return False  # "tariffs of up to 50%", "the production-linked incentive (PLI)"
    if token.is_punct or token.pos_ in {"CCONJ", "SPACE"}:
        return True
    return at_end and (token.pos_ in {"ADP", "DET", "PART", "SCONJ"} or token.dep_ in {"aux", "mark"})


def words_pattern(entries) -> re.Pattern:
    alternatives = "|".join(re.escape(entry) for entry in sorted(entries, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def longest_match(pattern: re.Pattern, text: str) -> int:
    return max((len(match.group()) for match in pattern.finditer(text)), default=0)

