"""What single words and short phrases are to the rules: instruments, actions, introducing verbs."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Lexicon
from .syntax import NAME_MODIFIER_DEPS, NOMINAL_DEPS, NOUN_TAGS, OBJECT_DEPS, is_counted, of_objects


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


class Vocabulary:
    """The lexicon's lists read off tokens: one per process, shared by every document."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.introducing_words = lexicon.introducing_verbs | lexicon.carrying_out_verbs

    def verb_role(self, token) -> VerbRole | None:
        if token.pos_ != "VERB":
            return None
        phrase = self.verb_phrase(token)
        if phrase in self.lexicon.carrying_out_verbs:
            return CARRYING_OUT
        if phrase in self.lexicon.introducing_verbs:
            return INTRODUCING
        if phrase in self.lexicon.providing_verbs:
            return PROVIDING
        if phrase in self.lexicon.funding_verbs:
            return FUNDING
        return None

    def verb_phrase(self, verb) -> str:
        """The lemma with its particle: "roll out" for "rolled out"."""
        particles = [child.lower_ for child in verb.children if child.dep_ == "prt"]
        return " ".join([verb.lemma_.lower(), *particles])

    def is_introducing_participle(self, token) -> bool:
        """An introducing verb used as a modifier: "introduced", "optimized" (often tagged JJ)."""
        if token.tag_ not in {"VBN", "VBD", "JJ"}:
            return False
        word = token.lower_
        stems = {token.lemma_.lower(), word[:-1], word[:-2], word[:-3] + "y"}
        return bool(stems & self.introducing_words)

    def modifier_lemmas(self, noun, as_written=False) -> list[str]:
        """Lemmas of the run of modifiers right before the noun ("negative", "tax"), then the noun's;
        with ``as_written`` the modifiers keep their written form ("guiding")."""
        words = [noun.lemma_.lower()]
        index = noun.i - 1
        while index >= 0 and noun.doc[index].dep_ in NAME_MODIFIER_DEPS and noun.doc[index].head.i > index:
            modifier = noun.doc[index]
            words.insert(0, modifier.lower_ if as_written else modifier.lemma_.lower())
            index -= 1
        return words

    def names_instrument(self, noun, in_modifiers: bool) -> bool:
        """Whether the noun, alone or with the modifiers before it ("tax cut", "negative list"), is an
        instrument; with ``in_modifiers`` an instrument among those modifiers also counts ("reform
        experiences")."""
        for words in (self.modifier_lemmas(noun), self.modifier_lemmas(noun, as_written=True)):
            ends = range(1, len(words) + 1) if in_modifiers else [len(words)]
            if any(" ".join(words[start:end]) in self.lexicon.instrument_nouns for end in ends for start in range(end)):
                return True
        return False

    def names_rate_instrument(self, noun) -> bool:
        """A rate or ratio that an authority sets: "key interest rate", "reserve requirement ratio"."""
        for words in (self.modifier_lemmas(noun), self.modifier_lemmas(noun, as_written=True)):
            if any(" ".join(words[start:]) in self.lexicon.rate_instruments for start in range(len(words))):
                return True
        return False

    def is_action_noun(self, noun) -> bool:
        lemma = noun.lemma_.lower()
        return lemma in self.lexicon.action_nouns or lemma.endswith(tuple(self.lexicon.action_noun_suffixes))

    def is_measure_head(self, token, allows_actions=False, introduced=False, figures=False) -> bool:
        """An instrument noun, or with ``allows_actions`` an action noun, that is no goal or figure;
        counted actions ("3,000 inspections") are statistics. Objects of an introducing word
        (``introduced``) may carry the instrument in a compound. With ``figures`` (an authority
        sets it) a rate instrument counts too ("its key interest rate")."""
        if not self.is_nominal(token):
            return False
        if token.lemma_.lower() in self.lexicon.excluded_nouns:
            return figures and self.names_rate_instrument(token)
        if self.names_instrument(token, in_modifiers=introduced):
            return True
        return allows_actions and self.is_action_noun(token) and not is_counted(token)

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

    def measure_root(self, noun, allows_actions: bool, figures=False):
        """The token whose phrase names the introduced instrument: the noun, or a collective head
        over it ("a string of policies"), or a noun before a misread instrument ("a 25 basis
        point cut"); ``None`` when the noun names no instrument."""
        if any(self.is_misread_instrument(child) for child in noun.children):
            return noun
        if noun.lemma_.lower() in self.lexicon.collective_nouns:
            for member in of_objects(noun):
                if self.is_measure_head(member, allows_actions, introduced=True, figures=figures):
                    return noun
        return noun if self.is_measure_head(noun, allows_actions, introduced=True, figures=figures) else None

    def lists_examples(self, token) -> bool:
        if token.dep_ != "prep":
            return False
        words = [child.lower_ for child in token.lefts if child.dep_ in {"amod", "advmod"}] + [token.lower_]
        return " ".join(words) in self.lexicon.example_prepositions
