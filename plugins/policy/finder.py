"""The patterns that find policy measures in a parsed ``Doc``."""

from __future__ import annotations

from .actors import Actor, ActorPatterns, ActorReader, score_for
from .extent import Extents, Measure, without_overlaps
from .lexicon import Lexicon
from .syntax import NOUN_TAGS, OBJECT_DEPS, contiguous_run, is_forecast, objects_of, of_objects, quote_pairs, trimmed
from .words import VerbRole, Vocabulary

SCORE_WITHOUT_VERB = 0.6
SCORE_QUOTED_NAME = 0.5
LONGEST_QUOTED_NAME = 6  # tokens


class MeasureFinder:
    """The rules that find policy measures, given a lexicon; one per process."""

    def __init__(self, lexicon: Lexicon):
        self.vocabulary = Vocabulary(lexicon)
        self.actor_patterns = ActorPatterns(self.vocabulary)

    def find(self, doc) -> list[Measure]:
        return DocumentSearch(self.vocabulary, self.actor_patterns, doc).measures()


class DocumentSearch:
    """The search for measures in one document."""

    def __init__(self, vocabulary: Vocabulary, actor_patterns: ActorPatterns, doc):
        self.doc = doc
        self.vocabulary = vocabulary
        self.lexicon = vocabulary.lexicon
        self.actors = ActorReader(vocabulary, actor_patterns, doc)
        self.extents = Extents(vocabulary, self.actors)

    def measures(self) -> list[Measure]:
        vocabulary = self.vocabulary
        candidates = self.quoted_instrument_names()
        for token in self.doc:
            role = vocabulary.verb_role(token)
            if role is not None:
                candidates += self.measures_of_verb(token, role)
            elif self.takes_effect(token):
                candidates += self.measures_taking_effect(token)
            elif token.lemma_.lower() in self.lexicon.introducing_nouns:
                candidates += self.measures_of_introducing_noun(token)
            if vocabulary.is_measure_head(token):
                candidates += self.measures_qualified_without_verb(token)
                candidates += self.measures_predicated_of_authority(token)
        candidates += self.definite_mentions(candidates)
        return without_overlaps(candidates)

    def measures_of_verb(self, verb, role: VerbRole) -> list[Measure]:
        kind = self.actors.verb_actor_kind(verb)
        score = score_for({kind})
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
            measures += self.extents.coordinated_measures(child, role.allows_actions, score, figures)
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
        kinds = {self.actors.verb_actor_kind(verb)}
        subjects = [child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}]
        for subject in subjects:
            owners = [child for child in subject.children if child.dep_ == "poss"] + of_objects(subject, "by")
            kinds |= {self.actors.actor_kind(owner) for owner in owners}
        score = score_for(kinds)
        if score is None:
            return []
        measures = []
        for subject in subjects:
            measures += self.extents.coordinated_measures(subject, False, score)
        return measures

    def measures_of_introducing_noun(self, noun) -> list[Measure]:
        actors = [child for child in noun.children if child.dep_ == "poss"] + of_objects(noun, "by")
        score = score_for({self.actors.actor_kind(actor) for actor in actors})
        if score is None:
            return []
        measures = []
        for obj in of_objects(noun):
            measures += self.extents.coordinated_measures(obj, False, score)
        return measures

    def measures_qualified_without_verb(self, noun) -> list[Measure]:
        """An instrument that its own modifiers show an authority adopted: an introducing
        participle, an authority as owner, or an authority modifier ("government policies")."""
        participles = [token for token in noun.subtree if self.extents.is_introducing_modifier(token, noun)]
        agent_kinds = {self.actors.verb_actor_kind(participle) for participle in participles if participle.dep_ == "acl"}
        owners = [child for child in noun.children if child.dep_ == "poss" and child.pos_ != "PRON"]
        owners += of_objects(noun, "of") + of_objects(noun, "by")
        owner_kinds = {self.actors.actor_kind(owner) for owner in owners}
        if score_for(owner_kinds | agent_kinds) is None:
            return []
        if participles or Actor.AUTHORITY in owner_kinds or self.actors.has_authority_modifier(noun):
            return self.extents.coordinated_measures(noun, False, SCORE_WITHOUT_VERB)
        return []

    def measures_predicated_of_authority(self, noun) -> list[Measure]:
        """An instrument that an authority or its zone is said to be: "the zone is a pilot in ..."."""
        verb = noun.head
        if noun.dep_ != "attr" or verb.lemma_.lower() != "be":
            return []
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON" or self.actors.actor_kind(subject) is not Actor.AUTHORITY:
            return []
        return self.extents.coordinated_measures(noun, False, SCORE_WITHOUT_VERB)

    def definite_mentions(self, found: list[Measure]) -> list[Measure]:
        """A later definite subject that names an instrument already found in the text: "India
        imposed an export quota for sugar. The quota will run until June." The mention keeps its
        own complement; generic heads ("the measures") stay bare references."""
        mentions = []
        doc = self.doc
        named = self.lexicon.named_instruments
        for token in doc:
            lemma = token.lemma_.lower()
            if token.dep_ not in {"nsubj", "nsubjpass"} or token.pos_ not in NOUN_TAGS:
                continue
            if lemma not in named and " ".join(self.vocabulary.modifier_lemmas(token)) not in named:
                continue
            determiner = next((child for child in token.children if child.dep_ == "det"), None)
            if determiner is None or determiner.lower_ not in {"the", "this", "these"}:
                continue
            earlier = [m for m in found if m.end < token.left_edge.i]
            if not any(doc[i].lemma_.lower() == lemma for m in earlier for i in range(m.start, m.end + 1)):
                continue
            start, end = trimmed(doc, *contiguous_run(self.extents.phrase_indices(token, token), token.i))
            if start <= end:
                mentions.append(Measure(start, end, SCORE_WITHOUT_VERB))
        return mentions

    def quoted_instrument_names(self) -> list[Measure]:
        """Short quoted noun phrases headed by an instrument noun; the quotes stay outside."""
        measures = []
        for opening, closing in quote_pairs(self.doc):
            last = self.doc[closing - 1]
            is_short = 0 < closing - opening - 1 <= LONGEST_QUOTED_NAME
            if is_short and last.left_edge.i == opening + 1 and self.vocabulary.is_measure_head(last):
                measures.append(Measure(opening + 1, closing - 1, SCORE_QUOTED_NAME))
        return measures
