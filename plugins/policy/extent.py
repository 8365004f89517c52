"""The extent of a measure span (guidelines, section 3): the noun phrase that names the instrument,
with its determiners, numbers, modifiers and purpose or scope complement, without the verb that
introduces it, the actor, time adverbials and additions after a comma."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from .actors import Actor, ActorReader
from .syntax import (
    CLAUSE_BREAKS,
    NOUN_TAGS,
    OBJECT_DEPS,
    VERB_TAGS,
    conjuncts_of,
    contiguous_run,
    follows_clause_break,
    governing_verb,
    has_shared_complement,
    is_counted_duration,
    is_list_item,
    is_object_predicate,
    is_stray_finite_conjunct,
    is_unlisted_conjunct,
    objects_of,
    states_level,
    subtree_indices,
    trimmed,
)
from .words import Vocabulary, word_start

TIME_ENTITIES = {"DATE", "TIME"}
ADVERBIAL_DEPS = {"npadvmod", "tmod", "advmod"}
PURELY_TEMPORAL_PREPOSITIONS = {"during", "since", "until", "till", "throughout"}
RECIPIENT_PREPOSITIONS = {"to", "for"}
MEANS_PREPOSITIONS = {"through", "via"}
WIDENING_VERBS = {"extend", "expand", "widen", "broaden"}  # "extend the scheme to laptops": the new scope stays out
VENUE_ENTITIES = {"ORG", "PERSON", "NORP"}  # "challenged the tariffs at the World Trade Organization"
BARE_DURATIONS = {"months", "years", "weeks", "decades", "days"}
PERIOD_NOUNS = {"period", "time", "while", "half", "quarter"}  # "for the same period", "for the second half of the year"
STEP_NOUNS = {"step", "stage", "phase", "tranche", "instalment", "installment", "increment"}
LOAN_WORDS = {"loan", "credit", "financing", "bailout"}
FOCUS_ADVERBS = {"only", "also", "even", "just", "mainly", "mostly", "largely", "partly", "particularly", "especially",
                 "notably", "primarily", "chiefly", "already", "still", "currently", "now", "again", "further", "too"}
PURPOSE_PARTICIPLES = {"aim", "design", "intend", "mean", "target", "seek"}
KEPT_DEPS = {"det", "nummod", "quantmod", "case", "pobj", "pcomp", "hmod", "hyph", "nmod", "cc", "predet", "preconj"}
OBJECT_PREDICATES = {"unchanged", "steady", "intact", "untouched", "instead"}  # "kept X unchanged", "instead of"
AMOUNT_ENTITIES = {"PERCENT", "MONEY", "QUANTITY", "CARDINAL"}
LEVEL_SETTING_VERBS = {"keep", "hold", "leave", "maintain", "set", "fix", "peg", "cap", "freeze", "raise", "cut",
                       "lower", "increase", "reduce", "hike", "lift", "slash", "put"}
CHANGE_HEADS = {"reduction", "cut", "increase", "hike", "rise", "decrease", "change", "adjustment"}
SUSPENSION_HEADS = {"suspension", "removal", "abolition", "elimination"}  # an instrument's suspension lasts as one
COMMA_SEPARABLE_DEPS = {"relcl", "acl", "advcl", "appos", "prep", "parataxis", "npadvmod", "advmod", "ccomp"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those", "such", "its", "their"}


@dataclass(frozen=True)
class Measure:
    start: int  # first token
    end: int  # last token, inclusive
    score: float


def without_overlaps(measures: list[Measure]) -> list[Measure]:
    """Keep the longest of overlapping measures (then the most confident), in text order."""
    kept: list[Measure] = []
    for measure in sorted(measures, key=lambda m: (m.start - m.end, -m.score, m.start)):
        if all(measure.end < other.start or measure.start > other.end for other in kept):
            kept.append(measure)
    return sorted(kept, key=lambda m: m.start)


class Extents:
    """Measure spans from the tokens that head them, in one document."""

    def __init__(self, vocabulary: Vocabulary, actors: ActorReader, headline_verbs: set[int] = frozenset()):
        self.vocabulary = vocabulary
        self.lexicon = vocabulary.lexicon
        self.actors = actors
        self.headline_verbs = headline_verbs  # verbs of a title read as modifiers: a span starts after them
        self.breaks: list[int] = []  # indices of the line breaks: no phrase runs across one

    def is_venue(self, noun) -> bool:
        """A body before which a measure is taken: "at the World Trade Organization"."""
        entity = self.actors.entity_of(noun)
        return entity is not None and entity.label_ in VENUE_ENTITIES and (
            self.actors.entity_actor_kind(entity) is Actor.AUTHORITY
        )

    def after_leading_actor(self, root, start: int) -> int:
        """The start of the span after an actor named at its head ("Pakistan [budget]", "U.S. [export rules]")."""
        doc = root.doc
        # "Pakistan" may be read as an adjective: "Pakistan [budget]"
        while start < root.i and doc[start].dep_ in {"compound", "nmod", "amod"} and doc[start].head.i > start:
            entity = self.actors.entity_of(doc[start])
            if entity is None and doc[start].lower_ in self.actors.place_names():
                start += 1  # "Pakistan budget", the place read as an adjective
                continue
            if entity is None or self.actors.entity_actor_kind(entity) is not Actor.AUTHORITY:
                break
            start = entity.end
            while start < root.i and doc[start].is_punct:
                start += 1
        return start

    def lent_to_government(self, root, span) -> bool:
        """A loan in a sentence that names an international lender ("a new IMF loan programme", "an
        expanded $8 billion loan deal with the IMF"): financing of a government, not a measure."""
        if "loan" not in self.vocabulary.modifier_lemmas(root) and root.lemma_.lower() not in LOAN_WORDS:
            return False
        return self.vocabulary.lender_pattern.search(root.sent.text.lower()) is not None

    def line(self, i: int) -> int:
        return bisect_right(self.breaks, i)

    def on_line_of(self, noun, verb):
        """The noun, or when the parser ran it across a line break (a title's object taken as a modifier
        of the dateline: "suspends rice import tariff / MANILA"), the last noun of the verb's line in it."""
        line = self.line(verb.i)
        if self.line(noun.i) == line:
            return noun
        same_line = [token for token in noun.subtree if self.line(token.i) == line and token.pos_ in NOUN_TAGS]
        return same_line[-1] if same_line else None

    def names_an_instrument(self, span) -> bool:
        """False for an empty span and for a bare reference back to measures ("the measures", "it")."""
        if len(span) == 0 or (len(span) == 1 and span[0].pos_ == "PRON"):
            return False
        return not (len(span) == 2 and span[0].lower_ in DEFINITE_DETERMINERS and self.vocabulary.is_generic_head(span[1]))

    def coordinated_measures(
        self, noun, allows_actions, score, figures=False, marked=False, prices=False, procedures=False
    ) -> list[Measure]:
        """The measures named by ``noun`` and the nouns coordinated with it; a complement
        after the last conjunct ("inspection and release of goods") makes them one span."""
        conjuncts = conjuncts_of(noun)
        if conjuncts and has_shared_complement(noun, conjuncts[0]):
            conjuncts = []
        measures = []
        for token in [noun, *conjuncts]:
            # a price is a measure where it is what the authority changes, not a conjunct of it ("cut fuel
            # imports and support palm oil prices")
            prices_here = prices and (token == noun or token.lemma_ == noun.lemma_)
            root = self.vocabulary.measure_root(token, allows_actions, figures, marked, prices_here, procedures)
            if root is not None:
                measures += self.measures_from_root(root, score, separate_conjuncts=conjuncts)
        return measures

    def measures_from_root(self, root, score, separate_conjuncts=(), starts_after: int = -1) -> list[Measure]:
        """The measure headed by ``root`` (and those split off its complement or listed in it); with
        ``starts_after`` the span starts after that token (a headline verb read as a modifier)."""
        root = self.change_of(root)
        excluded = set(range(starts_after + 1))
        for token in separate_conjuncts:
            if token != root:
                # in a chain "A and B and C", C hangs on B: B's phrase leaves C's out
                excluded |= subtree_indices(token) - (subtree_indices(root) if token.is_ancestor(root) else set())
        included = self.phrase_indices(root, root)
        if self.breaks and self.line(root.head.i) != self.line(root.i):
            # a title's object parsed as a modifier of the dateline: "suspends rice import tariff / MANILA"
            line = self.line(root.i)
            included |= {part.i for part in root.head.subtree if part.i < root.i and self.line(part.i) == line}
        if word_start(root) != root:  # "electronic pre-declaration", split at the hyphen
            included |= set(range(word_start(root).left_edge.i, root.i))
        split_off = self.split_off_instruments(root, included)
        for token in split_off:
            excluded |= subtree_indices(token)
        continuation = self.continuation_indices(root, excluded)
        # "offers rent-free space in the park and interest subsidies on loans": the second object hangs
        # in a complement that the parser attached to the verb
        for token in self.split_off_instruments(root, continuation - excluded, in_subtree=False):
            split_off.append(token)
            excluded |= subtree_indices(token)
        included |= continuation
        excluded |= set(range(max((i for i in self.headline_verbs if i < root.i), default=-1) + 1))
        start, end = trimmed(root.doc, *contiguous_run(included - excluded, root.i))
        end = after_abbreviation(root.doc, end)
        start = self.after_leading_actor(root, start)
        if start >= 2 and doc_word(root, start - 1) == "won" and root.doc[start - 2].pos_ == "NUM":
            start = root.doc[start - 2].left_edge.i  # "a 26 trillion won support package": "won" read as a verb
        span = root.doc[start : end + 1]
        # "will start as a pilot": the role of a measure named before, not one of its own
        role = root.dep_ == "pobj" and root.head.lower_ == "as"
        keep = not role and not self.is_bare_ambiguous(root) and self.names_an_instrument(span) and not self.lent_to_government(root, span) and not refers_to_change(root, span)
        measures = [Measure(start, end, score)] if keep else []
        for token in split_off:
            same = token.lemma_ == root.lemma_  # "the price of petrol ... and the price of diesel"
            measures += self.coordinated_measures(token, True, score, figures=same, marked=True, prices=same)
        for example in self.listed_examples(root):
            measures += self.coordinated_measures(example, False, score)
        return measures

    def change_of(self, root):
        """The change that a measure's phrase names with the instrument it changes, else the root: "[a 50
        percent cut in freight charges]", "extends [the suspension of import duty on mining equipment]",
        "[a cut in excise tax on electric cars]"; not a change named again ("the cut")."""
        if root.dep_ != "pobj" or root.head.lower_ not in {"in", "of", "on"} or root.head.dep_ != "prep":
            return root
        change = root.head.head
        lemma = change.lemma_.lower()
        determined = any(child.dep_ == "det" for child in change.children)  # "a 50 percent cut" tagged as a verb
        if change.pos_ not in NOUN_TAGS and not determined or change.i > root.i:
            return root
        if lemma in SUSPENSION_HEADS:
            return change if root.head.lower_ == "of" else root
        if lemma not in CHANGE_HEADS - {"change", "adjustment"} or root.head.lower_ == "of" and lemma not in {"reduction", "increase"}:
            return root
        sized = any(child.dep_ in {"nummod", "compound", "quantmod"} and child.ent_type_ in AMOUNT_ENTITIES for child in change.subtree
                    if child.i < change.i)
        indefinite = any(child.dep_ == "det" and child.lower_ in {"a", "an"} for child in change.children)
        return change if sized or indefinite else root

    def is_bare_ambiguous(self, root) -> bool:
        """An ambiguous instrument noun in the singular with no word of its own: "would keep policy
        tight", "change plan" name no instrument."""
        return root.tag_ == "NN" and root.lemma_.lower() in self.lexicon.ambiguous_instruments and not any(
            child.dep_ not in {"punct", "cc", "conj"} for child in root.children
        )

    def listed_examples(self, root) -> list:
        """Objects of "including" or "such as" under the measure: members of it that may be
        instruments themselves ("a package of measures, including a cut in mortgage rates")."""
        return [
            obj for token in root.subtree if token.dep_ == "prep" and self.vocabulary.lists_examples(token)
            for obj in objects_of(token)
        ]

    def phrase_indices(self, token, measure_root, in_clause=False) -> set[int]:
        """Indices of the token's subtree without the parts the guidelines leave out; inside a clause
        of the phrase ("a system that allows trucks to pass the border in about 20 minutes") only
        line breaks and misread headline verbs are."""
        indices = {token.i}
        line = self.line(token.i)
        for child in token.children:
            if self.line(child.i) != line:
                # a title's last noun parsed as a modifier of the dateline ("for production equipment / HAIKOU")
                indices |= {part.i for part in child.subtree if self.line(part.i) == line and part.pos_ != "SPACE"}
                continue
            if child.pos_ == "SPACE" or child.i in self.headline_verbs:
                continue
            if not self.is_left_out(child, measure_root, in_clause):
                clause = in_clause or is_relative_clause(child)
                indices |= self.phrase_indices(child, measure_root, clause)
        return indices

    def is_left_out(self, token, measure_root, in_clause=False) -> bool:
        """A dependent that is not part of a measure span: the actor of the measure or a clause
        introducing it, a time adverbial, an addition after a comma, or a line break; inside a clause
        of the phrase, only an addition after a comma or a finite verb that continues the sentence."""
        dep = token.dep_
        if dep in KEPT_DEPS:
            return False
        if in_clause:
            separated = dep in COMMA_SEPARABLE_DEPS | {"conj"} and follows_clause_break(token) and (
                dep != "conj" or is_unlisted_conjunct(token)
            )
            temporal = dep == "prep" and (token.lower_ in PURELY_TEMPORAL_PREPOSITIONS or names_weekday(token))
            return separated or temporal or is_stray_finite_conjunct(token) or token.lower_ in OBJECT_PREDICATES
        on_root = token.head == measure_root
        if dep == "prep":
            return self.preposition_is_left_out(token, measure_root, on_root)
        if on_root and self.is_actor_or_introducer(token):
            return True
        if dep == "acl" and self.is_issuing_clause(token) or dep == "relcl" and self.is_instrument_clause(token):
            return True  # a clause on the instrument that the parser hung on a noun of its complement
        if on_root and describes_head(token) and not self.vocabulary.is_misread_instrument(token):
            if self.describes_complement_noun(token, measure_root):
                return False  # "a protocol on requirements for fresh durian [exported to China]"
            return token.lower_ not in self.lexicon.scope_prepositions  # "regarding", "covering" read as participles
        if dep == "amod" and token.i > token.head.i and follows_clause_break(token):
            return True  # "The credit, worth an estimated 7 billion dollars, ..."
        if dep in COMMA_SEPARABLE_DEPS | {"conj"} and follows_clause_break(token):
            if dep in COMMA_SEPARABLE_DEPS or is_unlisted_conjunct(token):
                return not is_abbreviation_in_brackets(token)
        if token.pos_ == "SPACE" or is_stray_finite_conjunct(token):
            return True
        if dep == "conj" and token.pos_ == "ADP" and any(self.vocabulary.is_measure_head(obj, marked=True) for obj in objects_of(token)):
            return True  # "a grant of 800 euros per hectare [and for a deferral of land tax]": a second benefit
        if on_root and is_object_predicate(token) or token.lower_ in OBJECT_PREDICATES:
            return True
        if dep == "advmod" and token.lower_ in FOCUS_ADVERBS and token.i < token.head.i:
            return True  # "[only] a partial ban", "[also] subsidies for ..."
        return dep in ADVERBIAL_DEPS and self.is_time_adverbial(token)

    def preposition_is_left_out(self, token, measure_root, on_root: bool) -> bool:
        word = token.lower_
        if on_root and word in {"of", "by"} and self.is_actor_or_introducer(token):
            return True  # "the relevant policies of the state"
        if on_root and word == "at" and any(self.is_venue(obj) for obj in objects_of(token)):
            return True  # "challenged the tariffs [at the World Trade Organization]"
        if follows_clause_break(token):
            return not is_abbreviation_in_brackets(token)
        if self.vocabulary.lists_examples(token):
            return True
        if word == "by" and measure_root.lemma_.lower() not in CHANGE_HEADS:
            if any(obj.ent_type_ in AMOUNT_ENTITIES for obj in objects_of(token)):
                return True  # "raised the price of diesel [by 6 percent]": the size of the change
        if names_fraction(token):
            return True  # "cut tariffs [in half]": the size of the change
        if self.names_carrying_text(token):
            return True  # the text that carries the measure: "cuts duty on phone parts [in budget]"
        if word in MEANS_PREPOSITIONS or word == "to" and self.widens(measure_root, token):
            return True
        return self.is_time_adverbial(token) or self.names_occasion(token)

    def rate_of_tax(self, preposition, verb) -> bool:
        """A tax's own rate ("pay corporate income tax at the standard rate of 29%", "a levy at 5 percent"),
        not the level a verb sets a rate at ("held its rate at 6 percent")."""
        return preposition.lower_ == "at" and verb.lemma_.lower() not in LEVEL_SETTING_VERBS

    def widens(self, measure_root, preposition) -> bool:
        """A "to" phrase naming the new scope of a widened instrument ("extend the scheme to laptops"),
        not a destination ("subsidies for rail transport of grain to China")."""
        verb = governing_verb(measure_root)
        if verb is None or measure_root.dep_ not in OBJECT_DEPS or verb.lemma_.lower() not in WIDENING_VERBS:
            return False
        return not any(obj.ent_type_ == "GPE" for obj in objects_of(preposition))

    def is_actor_or_introducer(self, dependent) -> bool:
        vocabulary = self.vocabulary
        if dependent.dep_ == "poss":
            # "its" reads as a determiner; a quoted name before the noun is no owner ("a 'golden visa' scheme")
            return dependent.pos_ != "PRON" and not any(part.tag_ == "``" for part in dependent.subtree)
        if dependent.dep_ == "prep" and dependent.lower_ in {"of", "by"}:
            return any(self.actors.actor_kind(obj) is Actor.AUTHORITY for obj in objects_of(dependent))
        if dependent.dep_ == "acl":
            return vocabulary.is_introducing_participle(dependent) and not vocabulary.is_misread_instrument(dependent)
        if dependent.dep_ == "amod" and dependent.tag_ in {"VBN", "VBD"} and vocabulary.is_introducing_participle(
            dependent
        ):
            # a finite verb misread as a modifier, with its subject hanging on it: "Thailand's cabinet
            # approved loan guarantees ..." parsed as one noun phrase
            return any(child.i < dependent.i and child.pos_ in NOUN_TAGS for child in dependent.children)
        if dependent.dep_ == "amod" and vocabulary.is_introducing_participle(dependent) and dependent.i > 0:
            # a verb coordinated into a noun phrase: "set up a mechanism with customs and extended opening hours"
            if dependent.doc[dependent.i - 1].dep_ == "cc" and dependent.i == dependent.head.left_edge.i:
                return True
        if dependent.dep_ == "compound" and is_recipient_before_object(dependent, self.lexicon.providing_verbs, vocabulary):
            return True
        if dependent.dep_ == "amod" and dependent.tag_ == "VBG":
            # a gerund the parser read as a modifier: "..., tightening requirements on batteries"
            return dependent.lemma_.lower() in vocabulary.introducing_words and dependent.i == dependent.head.left_edge.i
        return dependent.dep_ == "agent"

    def describes_complement_noun(self, clause, measure_root) -> bool:
        """A participle that the parser hung on the instrument but that follows a noun of its complement and
        does not say how the instrument was adopted: it describes that noun ("tariffs on cars [imported from
        China]", not "a duty of 40% [introduced in 2023]")."""
        if clause.dep_ != "acl" or clause.tag_ != "VBN" or self.vocabulary.is_introducing_participle(clause):
            return False
        before = clause.doc[clause.i - 1]
        return before.i > measure_root.i and before.pos_ in NOUN_TAGS and measure_root.is_ancestor(before)

    def is_issuing_clause(self, clause) -> bool:
        """A participle saying who adopted the instrument or when ("a plan to promote trade with ASEAN
        countries [issued by the regional government in March]"), wherever the parser hung it."""
        if clause.tag_ != "VBN" or not self.vocabulary.is_introducing_participle(clause):
            return False
        for child in clause.children:
            if child.dep_ == "agent" and any(self.actors.actor_kind(obj) is Actor.AUTHORITY for obj in objects_of(child)):
                return True
            if child.dep_ == "prep" and any(obj.ent_type_ in TIME_ENTITIES for obj in objects_of(child)):
                return True
        return False

    def is_instrument_clause(self, clause) -> bool:
        """A relative clause saying what the instrument does to another instrument ("a special tax regime
        for agricultural exporters [that cuts their income tax rate to 15 percent]"): its subject is the
        relative pronoun and its object an instrument or a rate, so it cannot describe the recipients."""
        vocabulary = self.vocabulary
        if not is_relative_clause(clause) or vocabulary.verb_phrase(clause) not in vocabulary.introducing_words:
            return False
        if not any(child.dep_ == "nsubj" and child.tag_ in {"WDT", "WP"} for child in clause.children):
            return False
        return any(
            child.dep_ in OBJECT_DEPS and (vocabulary.is_measure_head(child) or vocabulary.names_rate_instrument(child))
            for child in clause.children
        )

    def is_introducing_modifier(self, token, measure_root) -> bool:
        """An introducing participle modifying the measure: "the newly introduced measures",
        "measures issued by the ministry"; on the left it may hang on a compound."""
        is_clause = token.dep_ == "acl" and token.head == measure_root
        is_attribute = token.dep_ == "amod" and token.i < measure_root.i
        return (is_clause or is_attribute) and self.vocabulary.is_introducing_participle(token)

    def is_purpose_of_instrument(self, clause, verb) -> bool:
        """A "to" infinitive right after the object of a verb that creates the instrument
        ("set up a fund to support small firms") states the instrument's purpose; after a verb
        that changes an existing one ("adjusted its response to facilitate ...") it is the
        purpose of the change and stays out."""
        # the tagger may read the infinitive as a noun ("to fund replanting")
        is_infinitive = clause.pos_ in VERB_TAGS | NOUN_TAGS and any(
            child.dep_ == "aux" and child.tag_ == "TO" for child in clause.children
        )
        return is_infinitive and self.vocabulary.verb_phrase(verb) not in self.lexicon.changing_verbs

    def is_duration(self, token) -> bool:
        """A "for" phrase naming a length of time: "for 49 years", "for up to six months"."""
        return token.dep_ == "prep" and token.lower_ == "for" and self.is_time_adverbial(token)

    def is_time_adverbial(self, token) -> bool:
        if token.dep_ == "prep" and token.lower_ in {"for", "over"}:
            # a duration ("for two more years", "for months", "for the same period", "for the first time"), not
            # a budget year ("for 2025")
            return any(
                is_counted_duration(obj) or obj.lower_ in BARE_DURATIONS or obj.lemma_.lower() in PERIOD_NOUNS
                for obj in objects_of(token)
            ) or self.crosses_line(token) and self.is_date_on_its_line(token)  # a title's "for 150 days" run into its dateline
        if token.dep_ in ADVERBIAL_DEPS:
            return all(part.ent_type_ in TIME_ENTITIES for part in token.subtree)
        if token.dep_ == "prep" and token.lower_ in PURELY_TEMPORAL_PREPOSITIONS:
            return True  # "during the harvest peak", "until the end of the year"
        if token.dep_ == "prep" and token.lower_ == "in" and any(obj.lemma_.lower() in STEP_NOUNS for obj in objects_of(token)):
            return True  # "raised the price in monthly steps"
        if token.dep_ == "prep" and token.lower_ in self.lexicon.time_prepositions:
            return any(
                part.ent_type_ in TIME_ENTITIES
                for obj in objects_of(token)
                for part in [obj, *(obj.lefts if token.lower_ in PURELY_TEMPORAL_PREPOSITIONS else [])]
            ) or self.is_date_on_its_line(token)
        return False

    def names_carrying_text(self, preposition) -> bool:
        """An "in" phrase naming the budget or legal text that carries a measure ("in its budget", "in a
        decree"), its object read on the preposition's line (a title's object run into the dateline)."""
        if preposition.lower_ != "in":
            return False
        line = self.line(preposition.i)
        nouns = objects_of(preposition) + [
            part for part in preposition.subtree if part.i > preposition.i and part.pos_ in NOUN_TAGS and self.line(part.i) == line
        ]
        return any(
            self.line(noun.i) == line and (self.vocabulary.is_legal_vehicle(noun) or noun.lemma_.lower() == "budget")
            for noun in nouns
        )

    def crosses_line(self, preposition) -> bool:
        return any(self.line(obj.i) != self.line(preposition.i) for obj in objects_of(preposition))

    def is_date_on_its_line(self, preposition) -> bool:
        """A phrase whose words on the preposition's line are all a date: a title's "into 2025" that the
        parser ran into the dateline below it."""
        line = self.line(preposition.i)
        words = [part for part in preposition.subtree if part.i > preposition.i and self.line(part.i) == line]
        words = [part for part in words if not part.is_punct and part.pos_ != "SPACE"]
        return bool(words) and all(part.ent_type_ in TIME_ENTITIES for part in words)

    def names_occasion(self, token) -> bool:
        """A prepositional phrase naming where a measure was announced: "at a press conference"."""
        if token.dep_ != "prep":
            return False
        return any(obj.lemma_.lower() in self.lexicon.occasion_nouns for obj in objects_of(token))

    def split_off_instruments(self, root, included: set[int], in_subtree=True) -> list:
        """Instruments coordinated inside the root's complement that begin a noun phrase of
        their own: the parser often attaches "... reform of X and a list of 30 items" or "a refund
        of certification costs and free access to warehouses" to the nearest noun while the verb
        introduces both. Instruments coordinated with instruments ("exemptions from import duties
        and consumption tax") stay in the complement unless a determiner or number starts them, or
        unless only a procedure or benefit modifier makes the second one ("an exemption from profit
        tax and free municipal land"); so do bare nouns ("a VAT cut for most goods and services"),
        except an instrument with its own complement coordinated with a noun that is none ("duty on
        equipment and priority for power supply")."""
        tokens = root.subtree if in_subtree else (root.doc[i] for i in sorted(included))
        return [
            token for token in tokens
            if (token.i in included or in_subtree and token.lemma_ == root.lemma_)  # "the price of petrol by 10% and the price of ..."
            and token.dep_ == "conj"
            and token.head != root
            and token.head.i > root.i
            and self.begins_own_phrase(token, root)
        ]

    def begins_own_phrase(self, conjunct, root) -> bool:
        vocabulary = self.vocabulary
        same = conjunct.lemma_ == root.lemma_
        if not (same or vocabulary.is_measure_head(conjunct, marked=True)):
            return False
        lefts = [child.dep_ for child in conjunct.children if child.i < conjunct.i]
        if "det" in lefts or "nummod" in lefts:
            return True
        modified = any(dep in {"amod", "compound", "poss"} for dep in lefts)
        if vocabulary.is_measure_head(conjunct.head, marked=True):
            return modified and not same and not vocabulary.is_measure_head(conjunct)
        complemented = any(child.dep_ == "prep" and child.i > conjunct.i for child in conjunct.children)
        return modified or complemented and not same

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
        rights = list(verb.rights)
        changes = root.lemma_.lower() in CHANGE_HEADS
        for n, child in enumerate(rights):
            if child.i <= end:
                continue
            if child.left_edge.i != end + 1:
                break
            if takes_nouns and is_participle_read_as_verb(child, verb):
                # "cut the duty on chargers and printed circuit boards": the participle is the last
                # conjunct's adjective; its own prepositions are the verb's ("to 15 percent"); an instrument
                # is a measure of its own ("a tax holiday and accelerated depreciation")
                objects = [obj for obj in child.children if obj.dep_ == "dobj"]
                named = any(f"{child.lower_} {obj.lemma_.lower()}" in self.vocabulary.instruments for obj in objects)
                verb_of_its_own = child.lemma_.lower() in self.vocabulary.introducing_words and not named
                if not named and not verb_of_its_own and not any(self.vocabulary.is_measure_head(obj) for obj in objects):
                    indices |= {child.i} | {i for obj in objects for i in subtree_indices(obj)}
                break
            if not self.continues_phrase(child, takes_nouns, verb, changes):
                # a period inside the scope: "free land plots [for 49 years to manufacturers that invest ...]"
                after = rights[n + 1] if n + 1 < len(rights) else None
                inside = after is not None and after.left_edge.i == child.right_edge.i + 1 and after.dep_ == "prep"
                inside = inside and self.continues_phrase(after, takes_nouns, verb, changes)
                # or the parser hung the recipients on the period ("for 49 years to manufacturers")
                inside = inside or any(
                    part.dep_ == "prep" and part.lower_ in RECIPIENT_PREPOSITIONS
                    for obj in objects_of(child) for part in obj.children if part.i > obj.i
                )
                if not (inside and self.is_duration(child)):
                    break
            if child.dep_ in {"prep", "advcl", "xcomp"} and root.doc[child.left_edge.i - 1].text in CLAUSE_BREAKS:
                break  # ", in a move aimed at curbing imports", ", to support consumer demand"
            indices |= self.phrase_indices(child, root)
            end = child.right_edge.i
        return indices

    def continues_phrase(self, token, takes_nouns: bool, verb=None, changes=False) -> bool:
        """Whether a dependent of the verb after the measure's phrase continues it; with ``changes`` the
        measure is a change whose levels belong to it ("a reduction of the profit tax to 5 percent")."""
        if token.dep_ in {"punct", "cc"}:
            return takes_nouns and token.lower_ not in CLAUSE_BREAKS - {","}
        if token.dep_ in {"advcl", "xcomp"}:
            return takes_nouns and verb is not None and self.is_purpose_of_instrument(token, verb)
        if token.dep_ == "prep" or token.dep_ == "dative" and token.pos_ == "ADP":
            # the recipients of what an authority provides belong to it: "loans to small firms"
            phrase = self.vocabulary.verb_phrase(verb) if verb is not None else ""
            gives = phrase in self.lexicon.providing_verbs
            # "announced restrictions on exports of chips to China"; not "raised tariffs to 25 percent"
            # a destination continues it after any verb: "extended subsidies for transport of grain to China"
            heads_for = token.lower_ == "to" and (
                phrase not in self.lexicon.changing_verbs
                or any(obj.ent_type_ == "GPE" and self.line(obj.i) == self.line(token.i) for obj in objects_of(token))
            )
            if any(self.is_venue(obj) for obj in objects_of(token)):
                return False
            return (
                (token.lower_ in self.lexicon.scope_prepositions or gives and token.lower_ in RECIPIENT_PREPOSITIONS
                 or heads_for)
                and not self.is_time_adverbial(token)
                and (not states_level(token) or changes or self.rate_of_tax(token, verb))
                and not self.names_occasion(token)
                and not names_fraction(token)
                and not self.names_carrying_text(token)
            )
        is_noun = token.dep_ in {"conj", "npadvmod", "appos"} and token.pos_ in NOUN_TAGS | {"NUM"}
        if not takes_nouns or not is_noun or not is_list_item(token) or self.is_time_adverbial(token):
            return False
        return not self.vocabulary.is_measure_head(token, allows_actions=True)


def is_recipient_before_object(modifier, providing_verbs, vocabulary) -> bool:
    """The first of two objects of a giving verb, read as a modifier of the second: "offers growers
    interest subsidies"."""
    head = modifier.head
    verb = head.head
    return (
        modifier.tag_ == "NNS"
        and modifier.left_edge.i == head.left_edge.i  # "pay foreign manufacturers grants of ..."
        and (modifier.i + 1 < head.i or modifier.left_edge.i < modifier.i)
        and head.dep_ in OBJECT_DEPS
        and modifier.left_edge.i == verb.i + 1
        and vocabulary.verb_phrase(verb) in providing_verbs
    )


def is_relative_clause(token) -> bool:
    """A finite relative clause ("that allows trucks to pass"), not a "to" infinitive the parser also
    labels relcl ("measures to support trade this year")."""
    return token.dep_ == "relcl" and token.pos_ in VERB_TAGS and not any(
        child.dep_ == "aux" and child.tag_ == "TO" for child in token.children
    )


def describes_head(clause) -> bool:
    """A relative, participial or adverbial clause on the instrument's own head ("an internship programme
    [that will place ...]", "an additional duty of 40% [introduced in 2023]", "steel safeguard [as imports
    surge]"): outside the span, unlike a "to" infinitive of purpose and the clauses inside a scope complement."""
    if is_relative_clause(clause) or clause.dep_ == "advcl":
        return True
    purpose = clause.lemma_.lower() in PURPOSE_PARTICIPLES  # "a package aimed at boosting exports" states its purpose
    return clause.dep_ == "acl" and clause.tag_ in {"VBN", "VBG"} and clause.i > clause.head.i and not purpose


def is_participle_read_as_verb(conjunct, verb, measure_verbs=frozenset()) -> bool:
    """A participle coordinated with a finite verb, without auxiliary or subject, right before its object
    ("cut the duty on chargers and printed circuit boards"): an adjective of the object."""
    # a participle after a finite verb, or a past tense after a verb that is not past ("will also get a tax
    # holiday and accelerated depreciation")
    participle = conjunct.tag_ == "VBN" and verb.tag_ in {"VBD", "VBZ", "VBP"}
    past = conjunct.tag_ == "VBD" and verb.tag_ in {"VB", "VBZ", "VBP", "VBG"} and conjunct.lemma_.lower() not in measure_verbs
    if conjunct.dep_ != "conj" or conjunct.head != verb or not (participle or past):
        return False
    if any(child.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for child in conjunct.children):
        return False
    return any(child.dep_ == "dobj" and child.left_edge.i == conjunct.i + 1 for child in conjunct.children)


def names_fraction(preposition) -> bool:
    """The size of a change as a fraction: "cut tariffs in half"."""
    return preposition.lower_ == "in" and any(obj.lower_ in {"half", "halves", "two", "third", "thirds"} for obj in objects_of(preposition))


def names_weekday(preposition) -> bool:
    """A day of the week, the day news reports an announcement on, never a scope ("on Tuesday")."""
    return preposition.lower_ == "on" and any(obj.lower_ in WEEKDAYS for obj in objects_of(preposition))


def doc_word(token, i: int) -> str:
    return token.doc[i].lower_


def is_abbreviation_in_brackets(token) -> bool:
    """A short name in brackets: "(CBAM)", "(PLI)"."""
    doc = token.doc
    return (
        token.left_edge.i == token.right_edge.i == token.i
        and token.text.isupper()
        and 0 < token.i < len(doc) - 1
        and doc[token.i - 1].text == "("
        and doc[token.i + 1].text == ")"
    )


def after_abbreviation(doc, end: int) -> int:
    """The end of a span extended over the abbreviation in brackets that follows its name."""
    if end + 3 < len(doc) and doc[end + 1].text == "(" and doc[end + 3].text == ")":
        if doc[end + 2].is_alpha and doc[end + 2].text.isupper():
            return end + 3
    return end


def refers_to_change(root, span) -> bool:
    """A definite change named again without its size or scope ("the tariff cut", "the tax changes"):
    a reference to a measure named before, not a measure of its own."""
    if root.lemma_.lower() not in CHANGE_HEADS or span[0].lower_ not in {"the", "this", "that", "these", "those"}:
        return False
    return not any(child.dep_ in {"nummod", "prep", "quantmod"} or child.ent_type_ in AMOUNT_ENTITIES for child in root.children)
