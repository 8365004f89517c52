"""Who adopts a measure: the actor of a verb or the owner of an instrument, as an authority or a company."""

from __future__ import annotations

from enum import Enum
from itertools import islice

from .syntax import NOUN_TAGS, RELATIVE_PRONOUN_TAGS, VERB_TAGS, entity_index, finite_clause_verb
from .syntax import is_stray_finite_conjunct, longest_match, objects_of, words_pattern
from .words import Vocabulary

SCORE_BY_AUTHORITY = 0.9
SCORE_BY_UNKNOWN_ACTOR = 0.7
DATELINE_BREAKS = {",", "(", "--", "—", "–", "-"}  # "ALMATY, May 14 --", "ALMATY (Wire) —"


class Actor(Enum):
    AUTHORITY = "authority"
    COMPANY = "company"
    UNKNOWN = "unknown"


class ActorPatterns:
    """The authority and company words as regular expressions over names, built once per process."""

    def __init__(self, vocabulary: Vocabulary):
        lexicon = vocabulary.lexicon
        self.words = {Actor.AUTHORITY: lexicon.authority_words, Actor.COMPANY: lexicon.company_words}
        self.patterns = {kind: words_pattern(words) for kind, words in self.words.items()}


class ActorReader:
    """The kinds of the actors of one document; an actor left unsaid or named by a pronoun is the
    one named before it in the document."""

    def __init__(self, vocabulary: Vocabulary, patterns: ActorPatterns, doc):
        self.vocabulary = vocabulary
        self.lexicon = vocabulary.lexicon
        self.patterns = patterns
        self.doc = doc
        self.entities = entity_index(doc)
        self._kinds: dict[int, Actor] = {}
        self._entity_kinds: dict[int, Actor] = {}
        self._subjects: list[tuple[int, Actor]] | None = None
        self._first_authority: int | None = None
        self._places: set[str] | None = None
        self._verb_kinds: dict = {}
        self.subject_indices: list[int] | None = None  # the nouns that are subjects, when the search read them

    def entity_of(self, token):
        return self.entities[token.i]

    def resolved_kind(self, verb) -> Actor:
        if ("resolved", verb.i) not in self._verb_kinds:
            self._verb_kinds[("resolved", verb.i)] = self.resolve_kind(verb)
        return self._verb_kinds[("resolved", verb.i)]

    def resolve_kind(self, verb) -> Actor:
        """The kind of the verb's actor; when the sentence leaves it unsaid or names it by a pronoun,
        the kind of the nearest actor named before ("Kunming Customs has introduced ... It also
        offers ..."), else an authority when one is named before (the title, the dateline, the text:
        "Under the plan, exporters receive ...")."""
        kind = self.verb_actor_kind(verb)
        actor = self.grammatical_actor(verb)
        if actor is not None and self.is_bare_definite(actor):
            # "the bank" after "Turkey's central bank": the actor named before with the same head
            earlier = [k for i, k in self.subject_kinds() if i < actor.i and self.doc[i].lemma_ == actor.lemma_]
            return earlier[-1] if earlier else kind
        if kind is not Actor.UNKNOWN or actor is not None and actor.pos_ != "PRON":
            return kind
        position = actor.i if actor is not None else verb.i
        earlier = [(i, kind) for i, kind in self.subject_kinds() if i < position]
        if earlier:
            return earlier[-1][1]
        if self.unknown_name_before(position):
            return Actor.UNKNOWN  # "Tesla cut prices. It also offers ...": a name read as neither
        return Actor.AUTHORITY if self.authority_named_before(position) else Actor.UNKNOWN

    def unknown_name_before(self, position: int) -> bool:
        """Whether the last subject before the position is a proper name of unknown kind."""
        before = [i for i in self.subject_indices or [] if i < position]
        return bool(before) and self.doc[before[-1]].pos_ == "PROPN" and self.subject_kind(self.doc[before[-1]]) is Actor.UNKNOWN

    def is_bare_definite(self, actor) -> bool:
        children = list(actor.children)
        return len(children) == 1 and children[0].lower_ == "the" and actor.pos_ == "NOUN"

    def explicit_authority(self, verb) -> bool:
        """The verb's own actor is an authority ("Egypt raised fuel prices"); a passive without agent
        takes the actor named before ("The price of bread was quadrupled")."""
        if verb.dep_ in {"acl", "relcl"}:
            return False  # "the central bank's decision to keep rates on hold": a decision, not the bank
        actor = self.grammatical_actor(verb)
        if actor is None and any(child.dep_ == "nsubjpass" for child in verb.children):
            return self.resolved_kind(verb) is Actor.AUTHORITY
        return actor is not None and self.actor_kind(actor) is Actor.AUTHORITY

    def subject_kinds(self) -> list[tuple[int, Actor]]:
        """(index, kind) of the subjects that name an authority or a company, in text order."""
        if self._subjects is None:
            if self.subject_indices is None:
                self.subject_indices = [t.i for t in self.doc if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ in NOUN_TAGS]
            kinds = ((i, self.subject_kind(self.doc[i])) for i in self.subject_indices)
            self._subjects = [(i, kind) for i, kind in kinds if kind is not Actor.UNKNOWN]
        return self._subjects

    def authority_named_before(self, position: int) -> bool:
        if self._first_authority is None:
            subjects = (i for i, kind in self.subject_kinds() if kind is Actor.AUTHORITY)
            places = (e.start for e in self.doc.ents if e.label_.lower() in self.lexicon.authority_entity_labels)
            self._first_authority = min([*subjects, *places], default=len(self.doc))
        return self._first_authority < position

    def verb_actor_kind(self, verb) -> Actor:
        """The kind of the verb's actor. When the actor is missing or a pronoun, the subject of
        a clause above stands for it ("Apple said it would release ..."); when it is unknown, a
        company reporting the clause shows whose decision it is ("..., the company said")."""
        actor = self.grammatical_actor(verb)
        kind = self.subject_kind(actor)
        for ancestor in verb.ancestors:
            if kind is not Actor.UNKNOWN:
                break
            if ancestor.pos_ in VERB_TAGS:
                above = self.subject_kind(self.grammatical_actor(ancestor))
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
            # not a dateline the parser hung on the verb as a second subject ("ASTANA, Sept 14 -- ...")
            subjects = [child for child in node.children if child.dep_ in subject_deps]
            subject = next((child for child in subjects if not child.is_upper), subjects[0] if subjects else None)
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
        if actor.i not in self._kinds:
            self._kinds[actor.i] = self.read_actor_kind(actor)
        return self._kinds[actor.i]

    def read_actor_kind(self, actor) -> Actor:
        entity = self.entity_of(actor)
        if entity is not None:
            if entity.start not in self._entity_kinds:
                self._entity_kinds[entity.start] = self.entity_actor_kind(entity)
            if self._entity_kinds[entity.start] is not Actor.UNKNOWN or entity.label_ != "PERSON":
                return self._entity_kinds[entity.start]
            # a person named with a title or an apposition: "Finance Minister X", "X, the finance minister"
            titles = [t for t in self.doc[entity.start : entity.end] if t.dep_ == "compound"] + [
                child for child in actor.children if child.dep_ == "appos"
            ]
            kinds = {self.head_actor_kind(title) for title in titles} - {None}
            return next(iter(kinds)) if len(kinds) == 1 else Actor.UNKNOWN
        kind = self.head_actor_kind(actor)
        if kind is None:
            # a body named by its owner: "the company's board", "Toyota's management"
            owners = [child for child in actor.children if child.dep_ == "poss" and child.pos_ != "PRON"]
            kind = next((self.actor_kind(owner) for owner in owners), None)
        if kind is None and actor.pos_ == "PROPN":
            # "Food company Edita", "state copper company Codelco": the word for the actor before the name
            for modifier in actor.lefts:
                if modifier.dep_ in {"compound", "amod"} and kind is None:
                    kind = self.head_actor_kind(modifier)
        if kind is None:
            # "Li Ming, an official with the customs office"
            appositions = [child for child in actor.children if child.dep_ == "appos"]
            kind = next((self.actor_kind(apposition) for apposition in appositions), None)
        return kind or Actor.UNKNOWN

    def subject_kind(self, subject) -> Actor:
        """The kind of a verb's subject; an instrument or the document carrying it acts for its authority
        ("The programme offers loans", "The measures include ...", "The decree exempts ...")."""
        kind = self.actor_kind(subject)
        if kind is Actor.UNKNOWN and subject is not None and subject.pos_ in NOUN_TAGS:
            vocabulary = self.vocabulary
            if vocabulary.names_instrument(subject, False) or vocabulary.is_generic_head(subject) or (
                vocabulary.is_legal_vehicle(subject)
            ):
                return Actor.AUTHORITY
        return kind

    def head_actor_kind(self, actor) -> Actor | None:
        """The kind named by the actor's head noun, read with the modifiers before it so that
        "central bank" is an authority while "bank" is a company."""
        modifiers = [child for child in actor.lefts if child.dep_ in {"compound", "amod"}]
        # longest first, so that "the Norwegian central bank" is read as "central bank", not "bank"
        for words in ([*modifiers[start:], actor] for start in range(len(modifiers) + 1)):
            for form in (" ".join(word.lower_ for word in words), " ".join(word.lemma_.lower() for word in words)):
                for kind, entries in self.patterns.words.items():
                    if form in entries:
                        return kind
        return None

    def kind_named_in(self, name: str) -> Actor | None:
        """The kind of actor named by the longest lexicon entry in the name
        ("People's Bank" beats "Bank"); a company on a tie ("State Grid Corporation")."""
        longest = {kind: longest_match(pattern, name) for kind, pattern in self.patterns.patterns.items()}
        best = max(longest, key=lambda kind: (longest[kind], kind is Actor.COMPANY))
        return best if longest[best] else None

    def entity_actor_kind(self, entity) -> Actor:
        name = entity.text.lower()
        kind = self.kind_named_in(name)
        if kind is not None:
            return kind
        if entity.label_.lower() in self.lexicon.authority_entity_labels:  # the lexicon is lower case
            return Actor.AUTHORITY
        if entity.label_ == "ORG" and name in self.place_names():
            return Actor.AUTHORITY  # a place the tagger took for an organisation ("Lang Son", "Kashgar")
        words = name.split()
        if len(words) == 2 and words[1] == "bank" and words[0] in self.place_names():
            return Actor.AUTHORITY  # a country's central bank: "Bangladesh Bank"
        if entity.label_ == "ORG" and not entity.text.isupper():
            return Actor.COMPANY
        return Actor.UNKNOWN

    def place_names(self) -> set[str]:
        """Names the document uses for places: its place entities and the words of its dateline."""
        if self._places is None:
            labels = self.lexicon.authority_entity_labels
            self._places = {e.text.lower() for e in self.doc.ents if e.label_.lower() in labels}
            for sentence in islice(self.doc.sents, 3):
                # "LANG SON, Vietnam, Jan 9 --": capitals at the start of a line, then a comma
                words = []
                for token in sentence:
                    if token.is_upper and token.is_alpha and len(token) > 1:
                        words.append(token.lower_)
                        continue
                    if words and token.text in DATELINE_BREAKS:
                        self._places.add(" ".join(words))
                    if not token.is_space:
                        break
        return self._places

    def has_authority_modifier(self, noun) -> bool:
        """An authority word or a named authority before the noun: "fiscal subsidies", "U.S. export rules"."""
        for child in noun.children:
            if child.dep_ not in {"compound", "amod", "nmod"} or child.i > noun.i:
                continue
            if child.lower_ in self.lexicon.authority_modifiers:
                return True
            entity = self.entity_of(child)
            if child.dep_ == "compound" and entity is not None and self.entity_actor_kind(entity) is Actor.AUTHORITY:
                return True
        return False


def score_for(kinds) -> float | None:
    """The confidence given the kinds of the actors; ``None`` when a company acts."""
    if Actor.COMPANY in kinds:
        return None
    return SCORE_BY_AUTHORITY if Actor.AUTHORITY in kinds else SCORE_BY_UNKNOWN_ACTOR
