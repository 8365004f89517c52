"""What single words and short phrases are to the rules: instruments, actions, introducing verbs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon
from .syntax import words_pattern
from .syntax import NAME_MODIFIER_DEPS, NOMINAL_DEPS, NOUN_TAGS, OBJECT_DEPS, is_counted, objects_of, of_objects


@dataclass(frozen=True)
class VerbRole:
    """What a measure verb's object may be, and whether only an authority makes it a measure."""

    allows_actions: bool
    needs_authority: bool
    funds: bool = False  # the measure is a prepositional object: "spend 3 billion on a programme"


CARRYING_OUT = VerbRole(allows_actions=True, needs_authority=False)
INTRODUCING = VerbRole(allows_actions=False, needs_authority=False)
PROVIDING = VerbRole(allows_actions=True, needs_authority=True)
FUNDING = VerbRole(allows_actions=False, needs_authority=False, funds=True)

NAME_ENTITY_TYPES = {"ORG", "FAC", "GPE", "PERSON", "NORP", "LOC"}
PROGRAMME_ENTITIES = {"ORG", "PERSON", "NORP"}  # names a tagger gives to "the Benazir Income Support Programme"
PRICE_HEADS = {"rate", "price"}
CHANGE_NOUNS = {"increase", "rise", "change", "decrease"}
DOCUMENTS = {"permit", "licence", "license", "certificate", "visa"}
TIME_UNITS = {"hour", "day", "week", "month", "year"}
# a length of time written before a noun: "a 48-hour clearance window", "24/7 clearance"
DURATION_MODIFIER = r"\d+(?:\.\d+)?-(?:hour|day|minute|working-day)|24/7"


class Vocabulary:
    """The lexicon's lists read off tokens: one per process, shared by every document."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.introducing_words = lexicon.introducing_verbs | lexicon.carrying_out_verbs
        markers = lexicon.procedure_modifiers | lexicon.benefit_modifiers
        self.procedure_pattern = modifiers_pattern(markers, DURATION_MODIFIER)
        self.benefit_pattern = modifiers_pattern(lexicon.benefit_modifiers)
        self.synonym_groups = {word: set(group.split()) for group in lexicon.synonymous_instruments for word in group.split()}
        verb_lists = (lexicon.introducing_verbs, lexicon.carrying_out_verbs, lexicon.providing_verbs, lexicon.funding_verbs,
                      lexicon.membership_verbs)
        self.prepositional_verbs = {entry.rsplit(" ", 1)[0] for words in verb_lists for entry in words if " " in entry}
        self.instruments = lexicon.instrument_nouns | lexicon.standalone_instruments
        # the words that end an entry: a noun that ends none is no instrument, whatever its modifiers
        self.instrument_heads = last_words(self.instruments)
        self.instrument_words = {word for entry in self.instruments for word in entry.split()}
        unambiguous = {entry for entry in lexicon.instrument_nouns if entry.split()[-1] not in lexicon.ambiguous_instruments}
        self.standalone_instruments = lexicon.standalone_instruments | unambiguous
        self.standalone_heads = last_words(self.standalone_instruments)
        self.rate_heads = last_words(lexicon.rate_instruments)
        self.benefiting_heads = {entry.split()[0] for entry in lexicon.benefiting_words}
        self.governing_prefixes: dict[str, list[list[str]]] = {}  # "as part of": {"of": [["part", "as"]]}
        for entry in lexicon.governing_prepositions:
            *before, last = entry.split()
            self.governing_prefixes.setdefault(last, []).append(list(reversed(before)))
        self.taking_effect_heads = {entry.split()[0] for entry in lexicon.taking_effect_phrases}
        self.named_heads = last_words(lexicon.named_instruments)
        self.lender_pattern = words_pattern(lexicon.international_lenders)
        self._memo_doc = None
        self._memo: dict = {}

    def verb_role(self, token) -> VerbRole | None:
        if token.pos_ != "VERB" or is_hyphen_part(token):
            return None
        phrases = self.verb_phrases(token)
        for words, role in (
            (self.lexicon.carrying_out_verbs, CARRYING_OUT),
            (self.lexicon.introducing_verbs, INTRODUCING),
            (self.lexicon.providing_verbs, PROVIDING),
            (self.lexicon.funding_verbs, FUNDING),
        ):
            if phrases & words:
                return role
        return None

    def verb_phrases(self, verb) -> set[str]:
        """The verb phrase, and the verb phrase with each of its prepositions ("agree on")."""
        phrase = self.verb_phrase(verb)
        if phrase not in self.prepositional_verbs:
            return {phrase}
        return {phrase} | {f"{phrase} {prep.lower_}" for prep in verb_prepositions(verb)}

    def prepositional_objects(self, verb, words) -> list:
        """Objects of the verb's prepositions that the entries ``words`` name with it ("agree on X")."""
        phrase = self.verb_phrase(verb)
        return [obj for prep in verb_prepositions(verb) if f"{phrase} {prep.lower_}" in words for obj in objects_of(prep)]

    def benefiting_objects(self, token) -> list:
        """What the subject of a benefiting word receives: "enjoy X", "apply for X", "exempt from X"."""
        words = self.lexicon.benefiting_words
        lemma = token.lemma_.lower()
        if token.pos_ not in {"VERB", "AUX", "ADJ"} or not {lemma, token.lower_} & self.benefiting_heads:
            return []
        objects = [child for child in token.children if child.dep_ in OBJECT_DEPS] if lemma in words else []
        for prep in token.children:
            if prep.dep_ == "prep" and {f"{lemma} {prep.lower_}", f"{token.lower_} {prep.lower_}"} & words:
                objects += objects_of(prep)
                # "apply for a payment ... and for a deferral of contributions"
                objects += [obj for other in prep.subtree if other.dep_ == "conj" and other.lower_ == prep.lower_
                            and other.pos_ == "ADP" for obj in objects_of(other)]
        return objects

    def verb_phrase(self, verb) -> str:
        """The lemma with its particle: "roll out" for "rolled out"."""
        memo = self.memo(verb.doc)
        key = ("phrase", verb.i)
        if key not in memo:
            particles = [child.lower_ for child in verb.children if child.dep_ == "prt"]
            memo[key] = " ".join([verb.lemma_.lower(), *particles])
        return memo[key]

    def is_introducing_participle(self, token) -> bool:
        """An introducing verb used as a modifier: "introduced", "optimized" (often tagged JJ)."""
        if token.tag_ not in {"VBN", "VBD", "JJ"} or is_hyphen_part(token):
            return False
        word = token.lower_
        stems = {token.lemma_.lower(), word[:-1], word[:-2], word[:-3] + "y"}
        return bool(stems & self.introducing_words)

    def memo(self, doc) -> dict:
        """Answers about the tokens of the document being read, kept until the next document."""
        if self._memo_doc is not doc:
            self._memo_doc, self._memo = doc, {}
        return self._memo

    def modifier_lemmas(self, noun, as_written=False) -> list[str]:
        """Lemmas of the run of modifiers right before the noun ("negative", "tax"), then the noun's;
        with ``as_written`` the modifiers keep their written form ("guiding") and the noun its singular
        read off the spelling, for the lemmatizer's slips ("taxes" lemmatized as "taxis")."""
        memo = self.memo(noun.doc)
        key = ("modifiers", noun.i, as_written)
        if key not in memo:
            memo[key] = self.read_modifier_lemmas(noun, as_written)
        return memo[key]

    def read_modifier_lemmas(self, noun, as_written: bool) -> list[str]:
        doc = noun.doc
        words = [singular(noun.lower_) if as_written else noun.lemma_.lower()]
        index = noun.i - 1
        while index >= 0 and doc[index].dep_ in NAME_MODIFIER_DEPS and doc[index].head.i > index:
            modifier = doc[index]
            word = modifier.lower_ if as_written else modifier.lemma_.lower()
            while index >= 2 and doc[index - 1].text == "-" and not doc[index - 1].whitespace_ and not doc[index - 2].whitespace_:
                index -= 2  # "anti-subsidy" is one modifier
                word = f"{doc[index].lower_}-{word}"
            words.insert(0, word)
            index -= 1
        return words

    def names_instrument(self, noun, in_modifiers: bool) -> bool:
        """Whether the noun, alone or with the modifiers before it ("tax cut", "negative list"), is an
        instrument; with ``in_modifiers`` an instrument among those modifiers also counts ("reform
        experiences")."""
        memo = self.memo(noun.doc)
        key = ("instrument", noun.i, in_modifiers)
        if key not in memo:
            memo[key] = self.reads_instrument(noun, in_modifiers)
        return memo[key]

    def reads_instrument(self, noun, in_modifiers: bool) -> bool:
        words_here = {noun.lemma_.lower(), singular(noun.lower_)}
        if not in_modifiers and not words_here & self.instrument_heads:
            return False
        if in_modifiers and not words_here & self.instrument_words and not any(
            left.lemma_.lower() in self.instrument_words or left.lower_ in self.instrument_words for left in noun.lefts
        ):
            return False
        for words in (self.modifier_lemmas(noun), self.modifier_lemmas(noun, as_written=True)):
            ends = range(1, len(words) + 1) if in_modifiers else [len(words)]
            if any(" ".join(words[start:end]) in self.instruments for end in ends for start in range(end)):
                return True
        return False

    def standalone_entry_length(self, noun) -> int:
        """The number of words of the longest entry of an instrument that only an authority sets that
        the noun and its modifiers end with ("anti-dumping duties": 2), else 0."""
        entries = self.standalone_instruments
        if not {noun.lemma_.lower(), singular(noun.lower_)} & self.standalone_heads:
            return 0
        for words in (self.modifier_lemmas(noun), self.modifier_lemmas(noun, as_written=True)):
            for start in range(len(words)):
                if " ".join(words[start:]) in entries:
                    return len(words) - start
        return 0

    def names_rate_instrument(self, noun) -> bool:
        """A rate or ratio that an authority sets: "key interest rate", "reserve requirement ratio"."""
        if not {noun.lemma_.lower(), singular(noun.lower_)} & self.rate_heads:
            return False
        for words in (self.modifier_lemmas(noun), self.modifier_lemmas(noun, as_written=True)):
            if any(" ".join(words[start:]) in self.lexicon.rate_instruments for start in range(len(words))):
                return True
        return False

    def is_action_noun(self, noun) -> bool:
        lemma = noun.lemma_.lower()
        return lemma in self.lexicon.action_nouns or lemma.endswith(tuple(self.lexicon.action_noun_suffixes))

    def is_measure_head(
        self, token, allows_actions=False, introduced=False, figures=False, marked=False, prices=False, procedures=False
    ) -> bool:
        """An instrument noun, or with ``allows_actions`` an action noun, that is no goal, figure or name;
        counted actions ("3,000 inspections") are statistics. Objects of an introducing word
        (``introduced``) may carry the instrument in a compound. With ``figures`` (an authority
        sets it) a rate instrument counts too ("its key interest rate"). With ``marked`` (an authority
        provides it or someone receives it) so does a noun with a procedure modifier ("electronic
        pre-declaration", "free access") and a rate or price with a benefit modifier ("a reduced rate").
        With ``prices`` (an authority changes it) a price counts too ("raised fuel prices"), with ``procedures``
        (an authority sets it up) an administrative action ("launched joint inspection")."""
        memo = self.memo(token.doc)
        key = ("head", token.i, allows_actions, introduced, figures, marked, prices, procedures)
        if key not in memo:
            memo[key] = self.reads_measure_head(token, allows_actions, introduced, figures, marked, prices, procedures)
        return memo[key]

    def reads_measure_head(self, token, allows_actions, introduced, figures, marked, prices, procedures) -> bool:
        if not self.is_nominal(token):
            return False
        if token.ent_type_ in NAME_ENTITY_TYPES and not self.names_programme(token):
            return False  # "the State Customs Service", not "the Carbon Border Adjustment Mechanism"
        lemma = token.lemma_.lower()
        if lemma in self.lexicon.excluded_nouns:
            if figures and self.names_rate_instrument(token) or self.changes_instrument(token):
                return True
            if prices and lemma in PRICE_HEADS:  # "Egypt raised fuel prices", headline "lowers rate"
                return True
            return marked and lemma in PRICE_HEADS and self.has_modifier(token, self.benefit_pattern)
        if self.names_instrument(token, in_modifiers=introduced):
            if lemma in TIME_UNITS and is_counted(token):
                return False  # "within four working hours": a length of time
            if lemma in DOCUMENTS and not any(child.dep_ in {"det", "poss", "amod", "compound"} for child in token.children):
                return False  # "apply for permits": documents, not an instrument; "the permit" names one
            return not self.names_goal(token)
        if marked and self.has_modifier(token, self.procedure_pattern) or procedures and lemma in self.lexicon.procedure_nouns:
            return not is_counted(token)
        return allows_actions and self.is_action_noun(token) and not is_counted(token)

    def names_goal(self, noun) -> bool:
        """A strategy that is a general goal: "its regional opening-up strategy", "a development strategy"."""
        if noun.lemma_.lower() != "strategy":
            return False
        modifiers = self.modifier_lemmas(noun, as_written=True)[:-1]
        return not modifiers or any(word in self.lexicon.goal_modifiers for word in modifiers)

    def names_programme(self, token) -> bool:
        """A named instrument that the tagger marked as a name: "the Carbon Border Adjustment Mechanism",
        "Bank Rate"; not a body named after one ("the State Customs Service")."""
        if self.names_rate_instrument(token):
            return True
        if token.ent_type_ not in PROGRAMME_ENTITIES or not self.names_instrument(token, in_modifiers=False):
            return False
        name = self.modifier_lemmas(token, as_written=True)
        actors = self.lexicon.authority_words | self.lexicon.company_words | self.lexicon.international_lenders
        return not any(" ".join(name[start:end]) in actors for end in range(1, len(name) + 1) for start in range(end))

    def is_legal_vehicle(self, noun) -> bool:
        return noun.lemma_.lower() in self.lexicon.legal_vehicles or " ".join(
            self.modifier_lemmas(noun)[-2:]
        ) in self.lexicon.legal_vehicles

    def marks_ambiguous_instrument(self, noun) -> bool:
        """An ambiguous instrument noun that a procedure or benefit modifier marks as an authority's."""
        return noun.lemma_.lower() in self.lexicon.ambiguous_instruments and self.has_modifier(noun, self.procedure_pattern)

    def changes_instrument(self, noun) -> bool:
        """A change named by a figure noun with the instrument it changes: "an increase in excise duty"."""
        return noun.lemma_.lower() in CHANGE_NOUNS and any(
            self.names_instrument(obj, in_modifiers=False) for obj in of_objects(noun, "in")
        )

    def synonyms(self, lemma: str) -> set[str]:
        """The instrument nouns that name the same kind of instrument as ``lemma`` ("tariff": "duty", ...)."""
        return self.synonym_groups.get(lemma, {lemma})

    def has_modifier(self, noun, pattern: re.Pattern) -> bool:
        """A modifier before the noun that the pattern names, or a quoted name before it ('the
        "two-step declaration" model'; not a quote around the whole phrase: '"some certainty"')."""
        before = noun.doc[min(noun.left_edge.i, word_start(noun).left_edge.i) : noun.i]
        quoted = any(token.tag_ == "''" for token in before)  # a quote closed before the noun names a modifier
        return quoted or pattern.search(before.text.lower()) is not None

    def is_generic_head(self, noun) -> bool:
        """A head that re-describes an adopted measure as an event or a change: "the move", "the cut"."""
        return noun.lemma_.lower() in self.lexicon.generic_heads or noun.lower_ in self.lexicon.generic_heads

    def is_nominal(self, token) -> bool:
        """A noun, or an instrument noun tagged as a verb in a noun's slot ("extending a 2 percent cut")."""
        if token.pos_ in NOUN_TAGS:
            return True
        return token.dep_ in NOMINAL_DEPS and token.lower_ in self.lexicon.instrument_nouns

    def is_misread_instrument(self, token) -> bool:
        """An instrument noun that the parser read as a participle right after the real head
        ("a 25 basis point cut in rates": "cut" as a clause of "point"); it has no object."""
        return (
            token.dep_ == "acl"
            and token.i == token.head.i + 1
            and token.lower_ in self.lexicon.instrument_nouns
            and not any(child.dep_ in OBJECT_DEPS | {"nsubj", "nsubjpass", "agent"} for child in token.children)
        )

    def measure_root(self, noun, allows_actions: bool, figures=False, marked=False, prices=False, procedures=False):
        """The token whose phrase names the introduced instrument: the noun, or a collective head
        over it ("a string of policies"), or a noun before a misread instrument ("a 25 basis
        point cut"); ``None`` when the noun names no instrument."""
        if any(self.is_misread_instrument(child) for child in noun.children):
            return noun
        if noun.lemma_.lower() in self.lexicon.collective_nouns:
            for member in of_objects(noun):
                if self.is_measure_head(member, allows_actions, introduced=True, figures=figures, marked=marked):
                    return noun
        return noun if self.is_measure_head(noun, allows_actions, True, figures, marked, prices, procedures) else None

    def lists_examples(self, token) -> bool:
        """A comma-set list of members: ", including a fee waiver", ", such as ..." (without the comma the
        list restricts a scope complement: "for makers of components such as displays")."""
        if token.dep_ != "prep" or token.i == 0 or token.doc[token.i - 1].text not in {",", ";", "—", "–", "("}:
            return False
        words = [child.lower_ for child in token.lefts if child.dep_ in {"amod", "advmod"}] + [token.lower_]
        return " ".join(words) in self.lexicon.example_prepositions


def modifiers_pattern(words, *patterns: str) -> re.Pattern:
    """Whole modifiers in a text: "free" in "free access" but not in "duty-free" or "free trade"."""
    alternatives = [re.escape(word) for word in sorted(words, key=len, reverse=True)] + list(patterns)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])(?! trade)")


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("xes", "ches", "shes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def is_hyphen_part(token) -> bool:
    """The second part of a hyphenated word ("value-added"), never a verb of its own."""
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_


def word_start(token):
    """The first token of a word the tokenizer split at hyphens ("pre-declaration": "pre")."""
    doc = token.doc
    i = token.i
    while i > 0 and not doc[i - 1].whitespace_ and (doc[i - 1].is_alpha or doc[i - 1].text == "-"):
        i -= 1
    return doc[i]


def verb_prepositions(verb) -> list:
    """The verb's prepositions, and those the parser hung on its object or prepositional object
    ("added 169 items to its list", "agreed with Chinese counterparts on single-point inspection")."""
    heads = [verb]
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            heads.append(child)
        elif child.dep_ == "prep":
            heads += objects_of(child)
    return [child for head in heads for child in head.children if child.dep_ == "prep"]


def last_words(entries) -> set[str]:
    return {entry.split()[-1] for entry in entries}
