"""Built-in plugin ``policy``: POLICY_MEASURE spans read off the dependency parse.

A measure is an instrument noun of the lexicon (``data/policy_lexicon.json``) that a
public authority adopts. It is found as
- the object or passive subject of an introducing verb ("Xinjiang introduced eight
  measures", "new subsidies were introduced"); objects of carrying-out verbs may also be
  action noun phrases ("implements inspection and release of goods"), and so may those of
  providing verbs when an authority is the subject ("the port accepts appointments");
  introducing verbs include verbs that set, keep, change or lift an instrument ("cut import
  duties", "kept its repo rate unchanged", "lifted purchase restrictions"). Since version
  0.3.0 (project decision: the guidelines list "tax or fee changes"), a rate or ratio that
  an authority sets is an instrument too ("the central bank raised [its key interest rate]
  by 0.25 points"), while the same noun with a company as actor, in a forecast ("economists
  expect the bank to cut rates") or as a statistic is not; prices stay figures ("raised fuel
  prices"). The size of the change and the level set ("at 6 percent") stay out of the span;
- the prepositional object of a funding verb ("spend 3 billion reais on a new programme");
- the subject of a taking-effect phrase ("new tariffs will take effect on Tuesday");
- the ``of`` object of an introducing noun ("the introduction of new subsidies");
- an instrument whose own modifiers name its adoption or its authority ("optimized
  response measures", "the region's coordination mechanism", "government policies",
  "U.S. export rules"), or that an authority is said to be ("the zone is a pilot in ...");
- a quoted instrument name used as a modifier ('"white list" companies');
- a later definite subject naming an instrument already found in the text ("India imposed
  an export quota for sugar. [The quota] will run until June"); generic heads ("the
  measures") stay bare references.

The span follows the guidelines (section 3): the noun phrase with its determiners,
numbers, modifiers and purpose or scope complement, without the introducing verb, the
actor, trailing time adverbials (durations such as "for two more years" too, but not a budget
year, "for 2025") and additions after a comma; coordinated instruments are
separate spans, and a finite verb coordinated into the phrase ("a plan to cut duties and
introduced incentives") ends it. A "to" infinitive after the object belongs to the span
after a creating verb ("set up a fund to support firms") but not after a changing verb
("adjusted its response to facilitate ..."). Measures whose actor is a company are dropped.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from enum import Enum
from pathlib import Path

from annotate.errors import SettingsError
from annotate.hookspecs import hookimpl

__version__ = "0.3.0"

FAMILY = "policy"
LABEL = "POLICY_MEASURE"
DESCRIPTION = (
    "A concrete instrument or action (measure, policy, mechanism, list, reform, plan, programme, "
    "pilot scheme, subsidy, tax or fee change, procedure, service) adopted, issued or carried out "
    "by a public authority to steer economic or social activity."
)
BUILTIN_LEXICON = Path(__file__).parent / "data" / "policy_lexicon.json"

NOUN_TAGS = {"NOUN", "PROPN"}
VERB_TAGS = {"VERB", "AUX"}
RELATIVE_PRONOUN_TAGS = {"WDT", "WP"}
OBJECT_DEPS = {"dobj", "obj"}
NAME_MODIFIER_DEPS = {"compound", "amod", "nmod"}
TIME_ENTITIES = {"DATE", "TIME"}
ADVERBIAL_DEPS = {"npadvmod", "tmod", "advmod"}
FORECASTING_VERBS = {"expect", "forecast", "predict", "anticipate", "bet", "project", "price"}
DURATION_UNITS = {"year", "month", "week", "day", "quarter"}
PURELY_TEMPORAL_PREPOSITIONS = {"during", "since", "until", "till", "throughout"}
NOMINAL_DEPS = {"dobj", "obj", "nsubj", "nsubjpass", "pobj", "attr"}
RECIPIENT_PREPOSITIONS = {"to", "for"}
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
CLAUSE_BREAKS = {",", ";", ":", "(", "—", "–"}
COMMA_SEPARABLE_DEPS = {"relcl", "acl", "advcl", "appos", "prep", "parataxis", "npadvmod", "advmod", "ccomp"}
DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those", "such", "its", "their"}
QUOTE_TAGS = {"``", "''"}
LONGEST_QUOTED_NAME = 6  # tokens

SCORE_BY_AUTHORITY = 0.9
SCORE_BY_UNKNOWN_ACTOR = 0.7
SCORE_WITHOUT_VERB = 0.6
SCORE_QUOTED_NAME = 0.5


class Actor(Enum):
    AUTHORITY = "authority"
    COMPANY = "company"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Lexicon:
    instrument_nouns: frozenset[str]
    rate_instruments: frozenset[str]
    named_instruments: frozenset[str]
    collective_nouns: frozenset[str]
    action_nouns: frozenset[str]
    action_noun_suffixes: frozenset[str]
    introducing_verbs: frozenset[str]
    carrying_out_verbs: frozenset[str]
    providing_verbs: frozenset[str]
    introducing_nouns: frozenset[str]
    authority_words: frozenset[str]
    authority_entity_labels: frozenset[str]
    authority_modifiers: frozenset[str]
    company_words: frozenset[str]
    excluded_nouns: frozenset[str]
    scope_prepositions: frozenset[str]
    time_prepositions: frozenset[str]
    occasion_nouns: frozenset[str]
    example_prepositions: frozenset[str]
    changing_verbs: frozenset[str]
    funding_verbs: frozenset[str]
    taking_effect_phrases: frozenset[str]


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


@dataclass(frozen=True)
class Measure:
    start: int  # first token
    end: int  # last token, inclusive
    score: float


def load_lexicon(extra_path: str | Path | None = None) -> Lexicon:
    """The built-in lexicon, with the lists of the JSON file ``extra_path`` merged over it."""
    lists = read_lexicon_lists(BUILTIN_LEXICON)
    if extra_path:
        merge_lexicon_lists(lists, read_lexicon_lists(Path(extra_path)), Path(extra_path))
    return Lexicon(**{f.name: frozenset(word.lower() for word in lists[f.name]) for f in fields(Lexicon)})


def read_lexicon_lists(path: Path) -> dict[str, list]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SettingsError(f"policy lexicon {path} cannot be read: {error}") from error
    return {key: value for key, value in data.items() if not key.startswith("_")}


def merge_lexicon_lists(lists: dict[str, list], extra: dict[str, list], path: Path) -> None:
    removals = extra.pop("remove", {})
    for name in [*extra, *removals]:
        if name not in lists:
            raise SettingsError(f"policy lexicon {path} has an unknown list {name!r}")
    for name, words in extra.items():
        lists[name] = [*lists[name], *words]
    for name, words in removals.items():
        dropped = {word.lower() for word in words}
        lists[name] = [word for word in lists[name] if word.lower() not in dropped]


class MeasureFinder:
    """The rules that find policy measures in a parsed ``Doc``, given a lexicon."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.introducing_words = lexicon.introducing_verbs | lexicon.carrying_out_verbs
        self.actor_words = {Actor.AUTHORITY: lexicon.authority_words, Actor.COMPANY: lexicon.company_words}
        self.actor_patterns = {kind: words_pattern(words) for kind, words in self.actor_words.items()}

    def find(self, doc) -> list[Measure]:
        candidates = self.quoted_instrument_names(doc)
        for token in doc:
            role = self.verb_role(token)
            if role is not None:
                candidates += self.measures_of_verb(token, role)
            elif self.takes_effect(token):
                candidates += self.measures_taking_effect(token)
            elif token.lemma_.lower() in self.lexicon.introducing_nouns:
                candidates += self.measures_of_introducing_noun(token)
            if self.is_measure_head(token):
                candidates += self.measures_qualified_without_verb(token)
                candidates += self.measures_predicated_of_authority(token)
        candidates += self.definite_mentions(doc, candidates)
        return without_overlaps(candidates)

    # --- recognizing words -------------------------------------------------

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

    # --- actors ------------------------------------------------------------

    def verb_actor_kind(self, verb) -> Actor:
        """The kind of the verb's actor. When the actor is missing or a pronoun, the subject of
        a clause above stands for it ("Apple said it would release ..."); when it is unknown, a
        company reporting the clause shows whose decision it is ("..., the company said")."""
        actor = self.grammatical_actor(verb)
        kind = self.actor_kind(actor)
        for ancestor in verb.ancestors:
            if kind is not Actor.UNKNOWN:
                break
            if ancestor.pos_ in VERB_TAGS:
                above = self.actor_kind(self.grammatical_actor(ancestor))
                if actor is None or actor.pos_ == "PRON" or above is Actor.COMPANY:
                    kind = above
        return kind

    def grammatical_actor(self, verb):
        """The subject, or for a passive verb the agent, of ``verb``; an active verb inherits
        it through coordination and control ("has established and improved")."""
        agent = next((obj for child in verb.children if child.dep_ == "agent" for obj in objects_of(child)), None)
        if agent is not None or any(child.dep_ in {"nsubjpass", "auxpass"} for child in verb.children):
            return agent
        node = verb
        subject_deps = {"nsubj", "csubj"}
        while True:
            subject = next((child for child in node.children if child.dep_ in subject_deps), None)
            if subject is not None:
                return node.head if subject.tag_ in RELATIVE_PRONOUN_TAGS and node.dep_ == "relcl" else subject
            if node.dep_ in {"relcl", "acl"}:
                return node.head
            if is_stray_finite_conjunct(node):
                # "approved a plan to cut duties and introduced incentives": the clause of "approved"
                node = finite_clause_verb(node.head)
                subject_deps = {"nsubj", "csubj"}
                continue
            if node.dep_ not in {"conj", "xcomp", "advcl"} or node.head == node:
                return None
            # "governments are encouraged to implement": the passive subject controls
            subject_deps = {"nsubj", "csubj", "nsubjpass"} if node.dep_ == "xcomp" else {"nsubj", "csubj"}
            node = node.head

    def actor_kind(self, actor) -> Actor:
        if actor is None:
            return Actor.UNKNOWN
        entity = entity_of(actor)
        if entity is not None:
            return self.entity_actor_kind(entity)
        kind = self.head_actor_kind(actor)
        if kind is None:
            # a body named by its owner: "the company's board", "Toyota's management"
            owners = [child for child in actor.children if child.dep_ == "poss" and child.pos_ != "PRON"]
            kind = next((self.actor_kind(owner) for owner in owners), None)
        return kind or Actor.UNKNOWN

    def head_actor_kind(self, actor) -> Actor | None:
        """The kind named by the actor's head noun, read with the modifiers before it so that
        "central bank" is an authority while "bank" is a company."""
        modifiers = [child for child in actor.lefts if child.dep_ in {"compound", "amod"}]
        # longest first, so that "the Norwegian central bank" is read as "central bank", not "bank"
        for words in ([*modifiers[start:], actor] for start in range(len(modifiers) + 1)):
            for form in (" ".join(word.lower_ for word in words), " ".join(word.lemma_.lower() for word in words)):
                for kind, entries in self.actor_words.items():
                    if form in entries:
                        return kind
        return None

    def kind_named_in(self, name: str) -> Actor | None:
        """The kind of actor named by the longest lexicon entry in the name
        ("People's Bank" beats "Bank"); a company on a tie ("State Grid Corporation")."""
        longest = {kind: longest_match(pattern, name) for kind, pattern in self.actor_patterns.items()}
        best = max(longest, key=lambda kind: (longest[kind], kind is Actor.COMPANY))
        return best if longest[best] else None

    def entity_actor_kind(self, entity) -> Actor:
        kind = self.kind_named_in(entity.text.lower())
        if kind is not None:
            return kind
        if entity.label_.lower() in self.lexicon.authority_entity_labels:  # the lexicon is lower case
            return Actor.AUTHORITY
        if entity.label_ == "ORG" and not entity.text.isupper():
            return Actor.COMPANY
        return Actor.UNKNOWN

    def score_for(self, kinds) -> float | None:
        """The confidence given the kinds of the actors; ``None`` when a company acts."""
        if Actor.COMPANY in kinds:
            return None
        return SCORE_BY_AUTHORITY if Actor.AUTHORITY in kinds else SCORE_BY_UNKNOWN_ACTOR

    # --- patterns ----------------------------------------------------------

    def measures_of_verb(self, verb, role: VerbRole) -> list[Measure]:
        kind = self.verb_actor_kind(verb)
        score = self.score_for({kind})
        if score is None or role.needs_authority and kind is not Actor.AUTHORITY:
            return []
        measures = []
        objects = [child for child in verb.children if child.dep_ in OBJECT_DEPS or child.dep_ == "nsubjpass"]
        if role.funds:
            # the amount is the object; the instrument that gets it hangs on the verb or on the amount
            # ("spend 3 billion reais on a programme", "earmarked 2 trillion rupees for a scheme")
            preps = [child for head in [verb, *objects] for child in head.children if child.dep_ == "prep"]
            objects = [obj for prep in preps for obj in objects_of(prep) if obj.pos_ in NOUN_TAGS]
        # rates and ratios are instruments only when an authority sets them
        figures = kind is Actor.AUTHORITY and not role.funds and not is_forecast(verb)
        for child in objects:
            measures += self.coordinated_measures(child, role.allows_actions, score, figures)
        return measures

    def takes_effect(self, verb) -> bool:
        """A verb phrase saying that its subject comes into force: "take effect", "come into force"."""
        if verb.pos_ != "VERB":
            return False
        lemma = verb.lemma_.lower()
        phrases = set()
        for child in verb.children:
            if child.dep_ in {"dobj", "prt", "acomp"}:
                phrases.add(f"{lemma} {child.lower_}")
            elif child.dep_ == "prep":
                phrases |= {f"{lemma} {child.lower_} {obj.lower_}" for obj in objects_of(child)}
        return bool(phrases & self.lexicon.taking_effect_phrases)

    def measures_taking_effect(self, verb) -> list[Measure]:
        """Instruments said to take effect: "new tariffs will take effect on Tuesday"; an owner or a
        reporting company marks a company's own rule."""
        kinds = {self.verb_actor_kind(verb)}
        subjects = [child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}]
        for subject in subjects:
            owners = [child for child in subject.children if child.dep_ == "poss"] + of_objects(subject, "by")
            kinds |= {self.actor_kind(owner) for owner in owners}
        score = self.score_for(kinds)
        if score is None:
            return []
        measures = []
        for subject in subjects:
            measures += self.coordinated_measures(subject, False, score)
        return measures

    def measures_of_introducing_noun(self, noun) -> list[Measure]:
        actors = [child for child in noun.children if child.dep_ == "poss"] + of_objects(noun, "by")
        score = self.score_for({self.actor_kind(actor) for actor in actors})
        if score is None:
            return []
        measures = []
        for obj in of_objects(noun):
            measures += self.coordinated_measures(obj, False, score)
        return measures

    def measures_qualified_without_verb(self, noun) -> list[Measure]:
        """An instrument that its own modifiers show an authority adopted: an introducing
        participle, an authority as owner, or an authority modifier ("government policies")."""
        participles = [token for token in noun.subtree if self.is_introducing_modifier(token, noun)]
        agent_kinds = {self.verb_actor_kind(participle) for participle in participles if participle.dep_ == "acl"}
        owners = [child for child in noun.children if child.dep_ == "poss" and child.pos_ != "PRON"]
        owners += of_objects(noun, "of") + of_objects(noun, "by")
        owner_kinds = {self.actor_kind(owner) for owner in owners}
        if self.score_for(owner_kinds | agent_kinds) is None:
            return []
        if participles or Actor.AUTHORITY in owner_kinds or self.has_authority_modifier(noun):
            return self.coordinated_measures(noun, False, SCORE_WITHOUT_VERB)
        return []

    def measures_predicated_of_authority(self, noun) -> list[Measure]:
        """An instrument that an authority or its zone is said to be: "the zone is a pilot in ..."."""
        verb = noun.head
        if noun.dep_ != "attr" or verb.lemma_.lower() != "be":
            return []
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON" or self.actor_kind(subject) is not Actor.AUTHORITY:
            return []
        return self.coordinated_measures(noun, False, SCORE_WITHOUT_VERB)

    def definite_mentions(self, doc, found: list[Measure]) -> list[Measure]:
        """A later definite subject that names an instrument already found in the text: "India
        imposed an export quota for sugar. The quota will run until June." The mention keeps its
        own complement; generic heads ("the measures") stay bare references."""
        mentions = []
        for token in doc:
            lemma = token.lemma_.lower()
            if token.dep_ not in {"nsubj", "nsubjpass"} or token.pos_ not in NOUN_TAGS:
                continue
            if lemma not in self.lexicon.named_instruments and " ".join(self.modifier_lemmas(token)) not in (
                self.lexicon.named_instruments
            ):
                continue
            determiner = next((child for child in token.children if child.dep_ == "det"), None)
            if determiner is None or determiner.lower_ not in {"the", "this", "these"}:
                continue
            earlier = [m for m in found if m.end < token.left_edge.i]
            if not any(doc[i].lemma_.lower() == lemma for m in earlier for i in range(m.start, m.end + 1)):
                continue
            start, end = trimmed(doc, *contiguous_run(self.phrase_indices(token, token), token.i))
            if start <= end:
                mentions.append(Measure(start, end, SCORE_WITHOUT_VERB))
        return mentions

    def has_authority_modifier(self, noun) -> bool:
        """An authority word or a named authority before the noun: "fiscal subsidies", "U.S. export rules"."""
        for child in noun.children:
            if child.dep_ not in {"compound", "amod", "nmod"} or child.i > noun.i:
                continue
            if child.lower_ in self.lexicon.authority_modifiers:
                return True
            entity = entity_of(child)
            if child.dep_ == "compound" and entity is not None and self.entity_actor_kind(entity) is Actor.AUTHORITY:
                return True
        return False

    def quoted_instrument_names(self, doc) -> list[Measure]:
        """Short quoted noun phrases headed by an instrument noun; the quotes stay outside."""
        measures = []
        for opening, closing in quote_pairs(doc):
            last = doc[closing - 1]
            is_short = 0 < closing - opening - 1 <= LONGEST_QUOTED_NAME
            if is_short and last.left_edge.i == opening + 1 and self.is_measure_head(last):
                measures.append(Measure(opening + 1, closing - 1, SCORE_QUOTED_NAME))
        return measures

    # --- spans -------------------------------------------------------------

    def coordinated_measures(self, noun, allows_actions, score, figures=False) -> list[Measure]:
        """The measures named by ``noun`` and the nouns coordinated with it; a complement
        after the last conjunct ("inspection and release of goods") makes them one span."""
        conjuncts = conjuncts_of(noun)
        if conjuncts and has_shared_complement(noun, conjuncts[0]):
            conjuncts = []
        measures = []
        for token in [noun, *conjuncts]:
            root = self.measure_root(token, allows_actions, figures)
            if root is not None:
                measures += self.measures_from_root(root, score, separate_conjuncts=conjuncts)
        return measures

    def measures_from_root(self, root, score, separate_conjuncts=()) -> list[Measure]:
        excluded = set()
        for token in separate_conjuncts:
            if token != root:
                excluded |= subtree_indices(token)
        included = self.phrase_indices(root, root)
        split_off = self.split_off_instruments(root, included)
        for token in split_off:
            excluded |= subtree_indices(token)
        included |= self.continuation_indices(root, excluded)
        start, end = trimmed(root.doc, *contiguous_run(included - excluded, root.i))
        measures = [Measure(start, end, score)] if names_an_instrument(root.doc[start : end + 1]) else []
        for token in split_off:
            measures += self.measures_from_root(token, score)
        for example in self.listed_examples(root):
            measures += self.coordinated_measures(example, False, score)
        return measures

    def listed_examples(self, root) -> list:
        """Objects of "including" or "such as" under the measure: members of it that may be
        instruments themselves ("a package of measures, including a cut in mortgage rates")."""
        return [obj for token in root.subtree if self.lists_examples(token) for obj in objects_of(token)]

    def lists_examples(self, token) -> bool:
        if token.dep_ != "prep":
            return False
        words = [child.lower_ for child in token.lefts if child.dep_ in {"amod", "advmod"}] + [token.lower_]
        return " ".join(words) in self.lexicon.example_prepositions

    def phrase_indices(self, token, measure_root) -> set[int]:
        """Indices of the token's subtree without the parts the guidelines leave out."""
        indices = {token.i}
        for child in token.children:
            if not self.is_left_out(child, measure_root):
                indices |= self.phrase_indices(child, measure_root)
        return indices

    def is_left_out(self, token, measure_root) -> bool:
        """A dependent that is not part of a measure span: the actor of the measure or a clause
        introducing it, a time adverbial, an addition after a comma, or a line break."""
        if token.head == measure_root and self.is_actor_or_introducer(token):
            return True
        if follows_clause_break(token) and (token.dep_ in COMMA_SEPARABLE_DEPS or is_unlisted_conjunct(token)):
            return True
        if token.pos_ == "SPACE" or self.lists_examples(token) or is_stray_finite_conjunct(token):
            return True
        if token.head == measure_root and is_object_predicate(token):
            return True
        return self.is_time_adverbial(token) or self.names_occasion(token)

    def is_actor_or_introducer(self, dependent) -> bool:
        if dependent.dep_ == "poss":
            # "its" reads as a determiner; a quoted name before the noun is no owner ("a 'golden visa' scheme")
            return dependent.pos_ != "PRON" and not any(part.tag_ == "``" for part in dependent.subtree)
        if dependent.dep_ == "prep" and dependent.lower_ in {"of", "by"}:
            return any(self.actor_kind(obj) is Actor.AUTHORITY for obj in objects_of(dependent))
        if dependent.dep_ == "acl":
            return self.is_introducing_participle(dependent) and not self.is_misread_instrument(dependent)
        if dependent.dep_ == "amod" and dependent.tag_ in {"VBN", "VBD"} and self.is_introducing_participle(dependent):
            # a finite verb misread as a modifier, with its subject hanging on it: "Thailand's cabinet
            # approved loan guarantees ..." parsed as one noun phrase
            return any(child.i < dependent.i and child.pos_ in NOUN_TAGS for child in dependent.children)
        if dependent.dep_ == "amod" and dependent.tag_ == "VBG":
            # a gerund the parser read as a modifier: "..., tightening requirements on batteries"
            return dependent.lemma_.lower() in self.introducing_words and dependent.i == dependent.head.left_edge.i
        return dependent.dep_ == "agent"

    def is_introducing_modifier(self, token, measure_root) -> bool:
        """An introducing participle modifying the measure: "the newly introduced measures",
        "measures issued by the ministry"; on the left it may hang on a compound."""
        is_clause = token.dep_ == "acl" and token.head == measure_root
        is_attribute = token.dep_ == "amod" and token.i < measure_root.i
        return (is_clause or is_attribute) and self.is_introducing_participle(token)

    def is_purpose_of_instrument(self, clause, verb) -> bool:
        """A "to" infinitive right after the object of a verb that creates the instrument
        ("set up a fund to support small firms") states the instrument's purpose; after a verb
        that changes an existing one ("adjusted its response to facilitate ...") it is the
        purpose of the change and stays out."""
        # the tagger may read the infinitive as a noun ("to fund replanting")
        is_infinitive = clause.pos_ in VERB_TAGS | NOUN_TAGS and any(
            child.dep_ == "aux" and child.tag_ == "TO" for child in clause.children
        )
        return is_infinitive and self.verb_phrase(verb) not in self.lexicon.changing_verbs

    def is_time_adverbial(self, token) -> bool:
        if token.dep_ == "prep" and token.lower_ == "for":
            # a duration ("for two more years", "for another six months"), not a budget year ("for 2025")
            return any(is_counted_duration(obj) for obj in objects_of(token))
        if token.dep_ in ADVERBIAL_DEPS:
            return all(part.ent_type_ in TIME_ENTITIES for part in token.subtree)
        if token.dep_ == "prep" and token.lower_ in self.lexicon.time_prepositions:
            # "during the May Day holiday": after a purely temporal preposition a date modifier will do
            return any(
                part.ent_type_ in TIME_ENTITIES
                for obj in objects_of(token)
                for part in [obj, *(obj.lefts if token.lower_ in PURELY_TEMPORAL_PREPOSITIONS else [])]
            )
        return False

    def names_occasion(self, token) -> bool:
        """A prepositional phrase naming where a measure was announced: "at a press conference"."""
        if token.dep_ != "prep":
            return False
        return any(obj.lemma_.lower() in self.lexicon.occasion_nouns for obj in objects_of(token))

    def split_off_instruments(self, root, included: set[int]) -> list:
        """Instruments coordinated inside the root's complement that begin a noun phrase of
        their own: the parser often attaches "... reform of X and a list of 30 items" to the
        nearest noun while the verb introduces both."""
        return [
            token
            for token in root.subtree
            if token.i in included
            and token.dep_ == "conj"
            and token.head != root
            and token.head.i > root.i
            and self.is_measure_head(token)
            and any(child.dep_ in {"det", "nummod"} for child in token.children)
        ]

    def continuation_indices(self, root, excluded) -> set[int]:
        """Dependents of the governing verb that continue the measure's phrase: a scope
        complement the parser attached to the verb ("implements inspection ... within 24
        hours") and, after a direct object, nouns wrongly coordinated with the verb."""
        verb = governing_verb(root)
        if verb is None:
            return set()
        takes_nouns = root.dep_ in OBJECT_DEPS and root.head == verb
        indices = set()
        end = max(subtree_indices(root) - excluded)
        for child in verb.rights:
            if child.i <= end:
                continue
            if child.left_edge.i != end + 1 or not self.continues_phrase(child, takes_nouns, verb):
                break
            indices |= self.phrase_indices(child, root)
            end = child.right_edge.i
        return indices

    def continues_phrase(self, token, takes_nouns: bool, verb=None) -> bool:
        if token.dep_ in {"punct", "cc"}:
            return takes_nouns and token.lower_ not in CLAUSE_BREAKS - {","}
        if token.dep_ in {"advcl", "xcomp"}:
            return takes_nouns and verb is not None and self.is_purpose_of_instrument(token, verb)
        if token.dep_ == "prep" or token.dep_ == "dative" and token.pos_ == "ADP":
            # the recipients of what an authority provides belong to it: "loans to small firms"
            gives = verb is not None and self.verb_phrase(verb) in self.lexicon.providing_verbs
            return (
                (token.lower_ in self.lexicon.scope_prepositions or gives and token.lower_ in RECIPIENT_PREPOSITIONS)
                and not self.is_time_adverbial(token)
                and not states_level(token)
                and not self.names_occasion(token)
            )
        is_noun = token.dep_ in {"conj", "npadvmod", "appos"} and token.pos_ in NOUN_TAGS | {"NUM"}
        if not takes_nouns or not is_noun or not is_list_item(token) or self.is_time_adverbial(token):
            return False
        return not self.is_measure_head(token, allows_actions=True)


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
    """The nouns coordinated after ``noun``, following chains of conj."""
    found = []
    for child in noun.children:
        if child.dep_ == "conj" and child.pos_ in NOUN_TAGS:
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
    """A phrase giving the level a verb sets ("held its rate at 6 percent"): its object is a percentage."""
    return preposition.dep_ == "prep" and any(obj.ent_type_ == "PERCENT" for obj in objects_of(preposition))


def is_counted_duration(noun) -> bool:
    """A counted span of time units: "two more years", "three months", "another year"."""
    if noun.lemma_.lower() not in DURATION_UNITS or any(child.lower_ == "the" for child in noun.children):
        return False
    return any(child.dep_ == "nummod" or child.lower_ in {"another", "a", "further"} for child in noun.children)


def is_counted(noun) -> bool:
    return any(child.dep_ == "nummod" for child in noun.children)


def is_unlisted_conjunct(token) -> bool:
    """A conjunct joined by a comma alone, with no "and" or "or": an addition, not a list item."""
    return token.dep_ == "conj" and not any(word.dep_ == "cc" for word in [*token.head.children, *token.children])


def is_list_item(token) -> bool:
    """A noun phrase that takes part in a coordination: it follows a conjunction or holds one."""
    follows_conjunction = token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].dep_ == "cc"
    return follows_conjunction or any(part.dep_ == "cc" for part in token.subtree)


def has_shared_complement(noun, first_conjunct) -> bool:
    return any(child.i > first_conjunct.i and child.dep_ not in {"conj", "cc", "punct"} for child in noun.children)


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


def quote_pairs(doc):
    """(opening, closing) token indices of quotation marks that pair up within a sentence."""
    opening = None
    for token in doc:
        if token.is_sent_start:
            opening = None
        if token.tag_ == "``":
            opening = token.i
        elif token.tag_ == "''" and opening is not None:
            yield opening, token.i
            opening = None


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
    if token.is_punct or token.pos_ in {"CCONJ", "SPACE"}:
        return True
    return at_end and (token.pos_ in {"ADP", "DET", "PART", "SCONJ"} or token.dep_ in {"aux", "mark"})


def names_an_instrument(span) -> bool:
    """False for an empty span and for a bare reference back to one ("the measures", "it")."""
    if len(span) == 0 or (len(span) == 1 and span[0].pos_ == "PRON"):
        return False
    return not (len(span) == 2 and span[0].lower_ in DEFINITE_DETERMINERS)


def entity_of(token):
    for entity in token.doc.ents:
        if entity.start <= token.i < entity.end:
            return entity
    return None


def words_pattern(entries) -> re.Pattern:
    alternatives = "|".join(re.escape(entry) for entry in sorted(entries, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def longest_match(pattern: re.Pattern, text: str) -> int:
    return max((len(match.group()) for match in pattern.finditer(text)), default=0)


def without_overlaps(measures: list[Measure]) -> list[Measure]:
    """Keep the longest of overlapping measures (then the most confident), in text order."""
    kept: list[Measure] = []
    for measure in sorted(measures, key=lambda m: (m.start - m.end, -m.score, m.start)):
        if all(measure.end < other.start or measure.start > other.end for other in kept):
            kept.append(measure)
    return sorted(kept, key=lambda m: m.start)


@hookimpl
def annotate_labels(register):
    register(FAMILY, LABEL, DESCRIPTION)


@hookimpl
def annotate_spacy_components():
    return ["tagger", "attribute_ruler", "lemmatizer", "parser", "ner"]


@hookimpl
def annotate_predictor(nlp, settings):
    extra = settings.plugin_files("policy", "lexicon")
    finder = MeasureFinder(load_lexicon(extra[-1] if extra else None))

    def predict(docs, emit):
        for doc in docs:
            for measure in finder.find(doc):
                start_char = doc[measure.start].idx
                end_char = doc[measure.end].idx + len(doc[measure.end])
                emit(doc, start_char, end_char, LABEL, score=measure.score)

    return predict
