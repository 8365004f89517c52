"""The patterns that find policy measures in a parsed ``Doc``."""

from __future__ import annotations

from .actors import Actor, ActorPatterns, ActorReader, score_for
from .extent import Extents, Measure, is_participle_read_as_verb, without_overlaps
from .lexicon import Lexicon
from .starts import StartingPoints
from .syntax import NOUN_TAGS, OBJECT_DEPS, VERB_TAGS, conjuncts_of, contiguous_run, governing_verb, is_forecast, objects_of, of_objects
from .syntax import QUOTE_TAGS, is_counted, quote_pairs, title_tokens, trimmed
from .words import VerbRole, Vocabulary, singular

SCORE_RECEIVED = 0.8
LONGEST_QUOTED_PROCEDURE_NAME = 12  # tokens
SCORE_WITHOUT_VERB = 0.6
SCORE_QUOTED_NAME = 0.5
SCORE_STANDALONE = 0.5
SPECIFYING_DEPS = {"amod", "compound", "nummod", "quantmod", "nmod", "npadvmod", "prep", "acl", "relcl"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "poss"}
EXEMPTING_WORDS = {"exempt", "exempted", "free"}
CHANGE_HEADS_OF_INSTRUMENTS = {"cut", "hike", "increase", "reduction", "rise"}
BROAD_DRIVES = {"plan", "strategy", "initiative", "vision"}
PRICE_WORDS = {"price", "rate", "won"}
LONGEST_QUOTED_NAME = 6  # tokens
MENTION_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos"}
MENTION_DETERMINERS = {"the", "this", "these", "that", "those"}
OWNER_PRONOUNS = {"its", "their"}
RATE_LIKE_INSTRUMENTS = {"tax", "duty", "tariff", "levy", "vat", "fee", "charge", "toll", "surcharge", "excise", "royalty"}
NAMED = {"EVENT", "ORG", "GPE", "PERSON", "LOC", "FAC", "NORP", "WORK_OF_ART", "LAW", "PRODUCT"}


class MeasureFinder:
    """The rules that find policy measures, given a lexicon; one per process."""

    def __init__(self, lexicon: Lexicon):
        self.vocabulary = Vocabulary(lexicon)
        self.actor_patterns = ActorPatterns(self.vocabulary)
        self.starting_points = StartingPoints(self.vocabulary)

    def find(self, doc) -> list[Measure]:
        return DocumentSearch(self.vocabulary, self.actor_patterns, doc, self.starting_points).measures()


class DocumentSearch:
    """The search for measures in one document."""

    def __init__(self, vocabulary: Vocabulary, actor_patterns: ActorPatterns, doc, starting_points: StartingPoints):
        self.doc = doc
        self.starting_points = starting_points
        self.vocabulary = vocabulary
        self.lexicon = vocabulary.lexicon
        self.actors = ActorReader(vocabulary, actor_patterns, doc)
        self.headline_verbs = {token.i for token in title_tokens(doc) if self.is_headline_verb(token)}
        self.extents = Extents(vocabulary, self.actors, self.headline_verbs)
        self.lemma_ids: list[int] = []  # the lemma hash of each token, read with the starting points
        lexicon = vocabulary.lexicon
        self.verb_words = lexicon.introducing_verbs | lexicon.carrying_out_verbs | lexicon.providing_verbs
        self.quotes: list[int] = []  # indices of quotation marks, collected by the pass over the tokens
        self.mentions: list = []  # definite noun phrases that may name an instrument again
        self.list_starts: list[int] = []  # first tokens of the lists of a measure's members

    def measures(self) -> list[Measure]:
        vocabulary = self.vocabulary
        candidates = []
        doc = self.doc
        starts, self.lemma_ids, self.actors.subject_indices, self.extents.breaks = self.starting_points.tokens(doc)
        for i in starts:
            token = doc[i]
            pos = token.pos_
            if token.tag_ in QUOTE_TAGS:
                self.quotes.append(i)
                continue
            if token.lower_ in self.starting_points.marker_words and token.dep_ != "ROOT" and token.pos_ not in NOUN_TAGS:
                # a procedure modifier: its noun may name a procedure ("free access", "electronic pre-declaration")
                noun = token.head
                while noun.dep_ in {"compound", "amod", "npadvmod", "nmod"} and noun.head.i > noun.i:
                    noun = noun.head
                if noun.pos_ in NOUN_TAGS:
                    candidates += self.standalone_measures(noun)
            if i in self.headline_verbs:
                candidates += self.measures_of_headline_verb(token)
            elif pos in VERB_TAGS or pos == "ADJ":
                role = vocabulary.verb_role(token)
                if role is not None:
                    candidates += self.measures_of_verb(token, role)
                    candidates += self.misread_gerund_objects(token)
                if role is not None or vocabulary.benefiting_objects(token):
                    candidates += self.objects_of_misread_participles(token)
                elif self.takes_effect(token):
                    candidates += self.measures_taking_effect(token)
                candidates += self.measures_received(token)
                if pos == "VERB" and vocabulary.verb_phrases(token) & self.lexicon.membership_verbs:
                    candidates += self.members_of_measure(token)
            elif pos in NOUN_TAGS:
                if token.lemma_.lower() in self.lexicon.introducing_nouns:
                    candidates += self.measures_of_introducing_noun(token)
                if vocabulary.is_measure_head(token):
                    candidates += self.measures_qualified_without_verb(token)
                    candidates += self.measures_predicated_of_authority(token)
                candidates += self.standalone_measures(token)
                if self.may_mention_again(token):
                    self.mentions.append(token)
            elif token.dep_ == "prep":
                candidates += self.governing_measures(token)
        candidates += self.quoted_instrument_names()
        candidates += self.listed_members(candidates)
        candidates += self.definite_mentions(candidates)
        return without_overlaps(candidates)

    def listed_members(self, found: list[Measure]) -> list[Measure]:
        """The items of a list of a measure's members that the parse did not join to it ("The measures
        include self-certification of origin, release within six hours for perishable goods and advance
        rulings", "The package has three parts: a cut in freight charges, free storage ..."): the list is
        read off its commas and conjunctions, and an item that does not start with an instrument, an
        action or a procedure belongs to the item before it ("for makers of batteries, heat pumps and
        solar panels")."""
        doc = self.doc
        starts = list(self.list_starts)
        if ":" in doc.text:
            starts += [token.i + 1 for token in doc if token.text == ":" and self.introduces_members(token)]
        taken = {i for measure in found for i in range(measure.start, measure.end + 1)}
        measures = []
        for start in starts:
            if start < len(doc) and doc[start].text == ":":
                start += 1
            for first, last in self.list_items(start):
                if not taken.isdisjoint(range(first, last + 1)):
                    continue
                root = self.item_root(first, last)
                if root is None:
                    continue
                span_start, span_end = self.item_extent(root, first, last)
                if span_start <= span_end:
                    measures.append(Measure(span_start, span_end, SCORE_RECEIVED))
        return measures

    def introduces_members(self, colon) -> bool:
        """A colon after a clause on a measure of an authority ("The package has three parts:")."""
        sentence = colon.sent
        before = [token for token in doc_range(self.doc, sentence.start, colon.i) if token.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"}]
        return any(self.names_measures(noun) and self.actors.actor_kind(noun) is not Actor.COMPANY for noun in before)

    def list_items(self, start: int) -> list[tuple[int, int]]:
        """(first, last) tokens of the items of a list from ``start`` to the end of its sentence."""
        doc = self.doc
        end = doc[start].sent.end if start < len(doc) else start
        segments, first = [], start
        for i in range(start, end):
            token = doc[i]
            if token.text in {";", "."} or token.pos_ == "SPACE":
                end = i
                break
            if token.text == "," or token.dep_ == "cc" and token.lower_ in {"and", "or"}:
                if first < i:
                    segments.append((first, i - 1))
                first = i + 1
        if first < end:
            segments.append((first, end - 1))
        items: list[tuple[int, int]] = []
        for first, last in segments:
            if items and self.item_root(first, last) is None:
                items[-1] = (items[-1][0], last)  # "batteries, heat pumps and solar panels"
            else:
                items.append((first, last))
        return items

    def item_root(self, first: int, last: int):
        """The head of a list item when it names an instrument, an action or a procedure, else ``None``."""
        doc = self.doc
        roots = [doc[i] for i in range(first, last + 1) if not first <= doc[i].head.i <= last or doc[i].head.i == i]
        root = next((token for token in roots if token.pos_ in NOUN_TAGS | VERB_TAGS), None)
        if root is None:
            return None
        lexicon = self.lexicon
        is_action = root.lemma_.lower() in lexicon.action_nouns | lexicon.procedure_nouns | lexicon.service_nouns
        if root.pos_ in VERB_TAGS:
            # an action noun tagged as a verb of the list ("release within six hours"), a modifier read as a
            # gerund with the head as its object ("longer opening hours")
            objects = [child for child in root.children if child.dep_ == "dobj"]
            if root.tag_ == "VBG" and any(f"{root.lower_} {obj.lemma_.lower()}" in self.vocabulary.instruments for obj in objects):
                return root
            has_subject = objects or any(child.dep_ in {"nsubj", "nsubjpass"} for child in root.children)
            return root if is_action and not has_subject else None
        if is_action and not is_counted(root):
            return root
        return self.vocabulary.measure_root(root, False, figures=True, marked=True, procedures=True)

    def item_extent(self, root, first: int, last: int) -> tuple[int, int]:
        """The measure's span in its list item: the item up to a dependent of the root that the guidelines
        leave out (the parser hangs an item's complements anywhere)."""
        extents = self.extents
        for child in root.children:
            if root.i < child.i <= last and extents.is_left_out(child, root):
                last = min(last, child.left_edge.i - 1)
        return trimmed(self.doc, first, last)

    def measures_of_verb(self, verb, role: VerbRole) -> list[Measure]:
        words = self.verb_words
        objects = [child for child in verb.children if child.dep_ in OBJECT_DEPS or child.dep_ == "nsubjpass"]
        objects = objects if self.vocabulary.verb_phrase(verb) in words | self.lexicon.funding_verbs else []
        objects = [self.extents.on_line_of(object_after_won(child), verb) for child in objects]
        objects = [obj for obj in objects if obj is not None]
        objects += self.vocabulary.prepositional_objects(verb, words)
        # "a levy on sugar, which was imposed in 2019", "the tariffs that Washington imposed"
        objects = [verb.head if obj.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl" else obj for obj in objects]
        if role.funds:
            # the amount is the object; the instrument that gets it hangs on the verb or on the amount
            # ("spend 3 billion reais on a programme", "earmarked 2 trillion rupees for a scheme")
            # not the kind of an amount: "pledging 25 billion ringgit in fiscal support" is an allocation
            preps = [child for head in [verb, *objects] for child in head.children if child.dep_ == "prep" and child.lower_ != "in"]
            objects = [obj for prep in preps for obj in objects_of(prep) if obj.pos_ in NOUN_TAGS]
        # "raised the price of petrol by 10 percent and the price of kerosene to ...": the second object
        # hangs in the size of the first change
        lemmas = {obj.lemma_ for obj in objects}
        objects += [
            token for prep in verb.rights if prep.dep_ == "prep" for token in prep.subtree
            if token.dep_ == "conj" and token.lemma_ in lemmas and token.pos_ in NOUN_TAGS
        ]
        acting = self.acting_instrument(verb)
        if not any(self.may_name_measure(obj) for obj in objects):
            return acting
        kind = self.actors.resolved_kind(verb)
        score = score_for({kind})
        if score is None or role.needs_authority and kind is not Actor.AUTHORITY:
            return []
        measures = []
        # rates and ratios are instruments only when an authority sets them, prices when it names itself
        figures = kind is Actor.AUTHORITY and not role.funds and not is_forecast(verb)
        prices = figures and self.actors.explicit_authority(verb)
        procedures = figures and self.vocabulary.verb_phrase(verb) not in self.lexicon.changing_verbs
        # what an authority gives is a listed procedure or a marked action, not any action ("offer great convenience")
        allows_actions = role.allows_actions and not role.needs_authority
        procedures = procedures or role.needs_authority and figures
        for child in objects:
            measures += self.extents.coordinated_measures(child, allows_actions, score, figures, figures, prices, procedures)
        return measures + acting

    def misread_gerund_objects(self, verb) -> list[Measure]:
        """An instrument whose modifier the parser read as a gerund with the head as its object: "announced
        [longer opening hours at the border gate]" parsed as "opening" with the object "hours"."""
        measures = []
        for gerund in verb.children:
            if gerund.dep_ not in {"xcomp", "dobj", "ccomp"} or gerund.tag_ != "VBG":
                continue
            head = next((child for child in gerund.children if child.dep_ == "dobj" and child.i == gerund.i + 1), None)
            if head is None or f"{gerund.lower_} {head.lemma_.lower()}" not in self.vocabulary.instruments:
                continue
            if self.actors.resolved_kind(verb) is not Actor.AUTHORITY:
                continue
            indices = set(range(gerund.left_edge.i, gerund.i + 1)) | self.extents.phrase_indices(head, head)
            for child in gerund.children:
                if child.i > head.i and not self.extents.is_left_out(child, gerund):
                    indices |= self.extents.phrase_indices(child, gerund)
            start, end = trimmed(self.doc, *contiguous_run(indices, gerund.i))
            measures.append(Measure(start, end, SCORE_WITHOUT_VERB))
        return measures

    def objects_of_misread_participles(self, verb) -> list[Measure]:
        """A last object whose adjective the parser read as a verb coordinated with this one: "get a tax holiday
        and [accelerated depreciation on machinery]"."""
        measures = []
        for conjunct in verb.children:
            if not is_participle_read_as_verb(conjunct, verb):
                continue
            obj = next(child for child in conjunct.children if child.dep_ == "dobj")
            named = f"{conjunct.lower_} {obj.lemma_.lower()}" in self.vocabulary.instruments
            # a measure verb of its own ("restore the deduction and cut the royalty rate") unless the pair
            # names an instrument ("accelerated depreciation")
            adjective = named or conjunct.lemma_.lower() not in self.vocabulary.introducing_words
            if not adjective or not (named or self.vocabulary.is_measure_head(obj)):
                continue
            if self.actors.resolved_kind(verb) is Actor.COMPANY:
                continue
            indices = {conjunct.i} | self.extents.phrase_indices(obj, obj)
            start, end = trimmed(self.doc, *contiguous_run(indices, conjunct.i))
            measures.append(Measure(start, end, SCORE_RECEIVED))
        return measures

    def may_name_measure(self, noun) -> bool:
        """Whether the noun, a noun coordinated with it or a member it counts may name a measure under
        the most lenient reading: a cheap test before the actor is read."""
        vocabulary = self.vocabulary
        return any(
            vocabulary.measure_root(token, True, True, True, True, True) is not None or token.lemma_.lower() in PRICE_WORDS
            for token in [noun, *conjuncts_of(noun)]
        )

    def acting_instrument(self, verb) -> list[Measure]:
        """An instrument that is the subject of a measure verb is a measure itself: "Pakistan budget
        raises taxes", "The measures include ...", "The programme offers loans"."""
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in NOUN_TAGS or self.vocabulary.is_legal_vehicle(subject):
            return []
        if not any(child.dep_ in OBJECT_DEPS for child in verb.children):
            return []  # "The quota will run until June" says nothing of an instrument's action
        if not self.vocabulary.is_measure_head(subject) or self.vocabulary.is_generic_head(subject):
            return []
        return self.extents.coordinated_measures(subject, False, SCORE_WITHOUT_VERB)

    def is_headline_verb(self, word) -> bool:
        """A title's verb that the tagger read as a plural noun between its actor and its object: "U.S.
        tightens curbs on chip exports to China", "Turkey's central bank holds rates"."""
        if word.tag_ not in {"NNS", "VBZ"} or word.i == 0 or word.dep_ not in {"compound", "amod", "nsubj", "nmod"}:
            return False
        if word.head.i <= word.i or self.doc[word.i - 1].pos_ not in NOUN_TAGS:
            return False
        lower = word.lower_
        return bool({lower[:-1], lower[:-2]} & self.vocabulary.introducing_words)

    def measures_of_headline_verb(self, word) -> list[Measure]:
        actor = self.doc[word.i - 1]
        if actor.dep_ == "compound" and actor.head == word and self.vocabulary.is_measure_head(actor):
            return self.headline_acting_instrument(word, actor)
        kind = self.actors.actor_kind(actor)
        score = score_for({kind})
        object_head = word.head
        figures = kind is Actor.AUTHORITY
        if score is None or self.vocabulary.measure_root(object_head, False, figures, figures) is None:
            return []
        return self.extents.measures_from_root(object_head, score)

    def headline_acting_instrument(self, word, instrument) -> list[Measure]:
        """The instrument that acts in a title whose verb the tagger read as a noun: "Mexico's [2025 budget]
        cuts spending", the owner left out."""
        vocabulary = self.vocabulary
        if vocabulary.is_legal_vehicle(instrument) or vocabulary.is_generic_head(instrument):
            return []
        lefts = [child for child in word.lefts if child.dep_ != "poss"]
        start = min(child.left_edge.i for child in lefts)
        start = self.extents.after_leading_actor(instrument, start)
        start, end = trimmed(self.doc, start, instrument.i)
        return [Measure(start, end, SCORE_WITHOUT_VERB)] if start <= end else []

    def measures_received(self, word) -> list[Measure]:
        """What a recipient enjoys, receives, applies for or is exempt from: "Firms in the zone enjoy a
        15 percent tax rate", "Eligible companies can apply for the exemption"; not what a company
        gives ("loans from banks")."""
        objects = self.vocabulary.benefiting_objects(word)
        if not objects or is_forecast(word):
            return []
        givers = of_objects(word, "from") + [giver for obj in objects for giver in of_objects(obj, "from")]
        if score_for({self.actors.actor_kind(giver) for giver in givers}) is None:
            return []
        if word.lemma_.lower() == "pay":
            # payers pay taxes and charges; a company that pays a benefit gives its own ("would pay buyers a bonus")
            objects = [obj for obj in objects if {obj.lemma_.lower(), singular(obj.lower_)} & (RATE_LIKE_INSTRUMENTS | {"rate", "price"})
                       or self.vocabulary.names_rate_instrument(obj) or self.actors.resolved_kind(word) is not Actor.COMPANY]
        measures = []
        for obj in objects:
            measures += self.extents.coordinated_measures(obj, False, SCORE_RECEIVED, figures=True, marked=True)
        return measures

    def members_of_measure(self, verb) -> list[Measure]:
        """The members that a measure includes: "The measures include export credit insurance
        subsidies, ...", "a package of nine measures, which includes lower rail tariffs ..."."""
        subject = self.actors.grammatical_actor(verb)
        if subject is not None and subject.pos_ == "PRON" and self.actors.resolved_kind(verb) is Actor.AUTHORITY:
            subject = None  # "It still included an increase in excise duty ...": the bill named before
        elif subject is not None and verb.dep_ == "relcl":
            # "a package of nine measures to cut costs for exporters, which includes ...": the parser
            # hangs the clause on the nearest noun
            subject = next((noun for noun in [subject, *subject.ancestors] if self.names_measures(noun)), subject)
        if subject is not None and not (self.names_measures(subject) or self.vocabulary.is_legal_vehicle(subject)):
            return []
        if subject is not None and self.actors.subject_kind(subject) is not Actor.AUTHORITY:
            return []
        objects = [object_after_won(child) for child in verb.children if child.dep_ in OBJECT_DEPS]
        objects += self.vocabulary.prepositional_objects(verb, self.lexicon.membership_verbs)
        if subject is not None and subject.dep_ == "agent" or any(child.dep_ == "nsubjpass" for child in verb.children):
            # passive: "The ban will be followed by a new export licensing regime"
            objects = of_objects(verb, "by")
            subject = next((child for child in verb.children if child.dep_ == "nsubjpass"), None)
            if subject is None or not self.names_measures(subject):
                return []
        measures = []
        for obj in objects:
            measures += self.extents.coordinated_measures(obj, True, SCORE_RECEIVED, figures=True, marked=True)
        if objects and subject is not None and subject.dep_ != "agent":
            self.list_starts.append(verb.i + 1)
        return measures + self.acting_instrument(verb)

    def names_measures(self, noun) -> bool:
        vocabulary = self.vocabulary
        return noun.pos_ in NOUN_TAGS and (vocabulary.is_measure_head(noun) or vocabulary.is_generic_head(noun))

    def is_named_drive(self, noun) -> bool:
        """A broad drive named by a proper noun: "its Vision 2030 plan", "the Made in China 2025 strategy"."""
        return noun.lemma_.lower() in BROAD_DRIVES and any(
            token.pos_ == "PROPN" for child in noun.lefts if child.dep_ in {"compound", "nmod"} for token in child.subtree
        )

    def governing_measures(self, preposition) -> list[Measure]:
        """The instrument under which a clause happens: "Under the IMF-backed reform programme, ...",
        "as part of a package of measures"; a generic head alone ("under the plan") stays a reference."""
        prefixes = self.vocabulary.governing_prefixes.get(preposition.lower_)
        if prefixes is None:
            return []
        doc = self.doc
        if not any(
            all(preposition.i - n - 1 >= 0 and doc[preposition.i - n - 1].lower_ == word for n, word in enumerate(prefix))
            for prefix in prefixes
        ):
            return []
        measures = []
        for obj in objects_of(preposition):
            if not self.vocabulary.is_generic_head(obj) and self.owned_by_authority(obj) and not self.is_named_drive(obj):
                measures += self.extents.coordinated_measures(obj, False, SCORE_WITHOUT_VERB)
        return measures

    def owned_by_authority(self, noun) -> bool:
        """No company or foreign body owns the instrument: not "Tesla's tax credit", "under World Trade
        Organization rules" (an owner named before it or by "of" or "by")."""
        owners = [child for child in noun.children if child.dep_ == "poss" and child.pos_ != "PRON"]
        owners += [child for child in noun.lefts if child.dep_ == "compound" and self.actors.entity_of(child) is not None
                   and not self.names_instrument_itself(child, noun)]
        owners += of_objects(noun, "of") + of_objects(noun, "by")
        return score_for({self.actors.actor_kind(owner) for owner in owners}) is not None

    def names_instrument_itself(self, modifier, noun) -> bool:
        """A name right before a programme's head that is the programme's own name, not its owner: "its
        [JobStart] programme" (an owner is a body: "the World Bank programme", "Tesla's tax credit")."""
        entity = self.actors.entity_of(modifier)
        if entity.end != noun.i or noun.lemma_.lower() not in self.lexicon.named_instruments:
            return False
        actors = self.lexicon.authority_words | self.lexicon.company_words | self.lexicon.international_lenders
        return not any(token.lower_ in actors or token.lemma_.lower() in actors for token in entity)

    def takes_effect(self, verb) -> bool:
        """A verb phrase saying that its subject comes into force: "take effect", "come into force"."""
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in self.vocabulary.taking_effect_heads:
            return False
        phrases = {lemma}
        following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
        if following is not None and following.lower_ == "effect":
            phrases.add(f"{lemma} effect")  # a title's "takes effect" whose noun the parser hung on the dateline
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
        # "The new rules, which take effect next month, ...": the relative pronoun stands for the rules
        subjects = [verb.head if s.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl" else s for s in subjects]
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
        if noun.dep_ in MODIFIER_DEPS:
            return []  # a modifier of another noun: "EU carbon permit auctions"
        participles = [token for token in noun.subtree if self.extents.is_introducing_modifier(token, noun)]
        agent_kinds = {self.actors.verb_actor_kind(participle) for participle in participles if participle.dep_ == "acl"}
        owners = [child for child in noun.children if child.dep_ == "poss" and child.pos_ != "PRON"]
        owners += of_objects(noun, "of") + of_objects(noun, "by")
        owner_kinds = {self.actors.actor_kind(owner) for owner in owners}
        if score_for(owner_kinds | agent_kinds) is None or is_amount_kind(noun):
            return []  # not an allocation: "pledging 25 billion ringgit in fiscal support"
        if participles or Actor.AUTHORITY in owner_kinds or self.actors.has_authority_modifier(noun):
            return self.extents.coordinated_measures(noun, False, SCORE_WITHOUT_VERB)
        return []

    def standalone_measures(self, noun) -> list[Measure]:
        """An instrument that only an authority sets, specified by its noun phrase, wherever it stands:
        "Steelmakers welcomed the new anti-dumping duties", "The duty comes on top of the 10 percent tax
        on all imported cars"; not a company's own ("Tesla's tax credit for buyers"), a figure ("tariff
        revenue", "subsidies rose 5 percent") or a forecast."""
        entry = self.vocabulary.standalone_entry_length(noun)
        if noun.dep_ in MODIFIER_DEPS:
            return []
        if not entry and self.vocabulary.marks_ambiguous_instrument(noun):
            entry = 1  # "preferential policies", "the visa-free policy": the modifier makes it an authority's
        if not entry:
            return self.standalone_procedure(noun)
        # "the anti-dumping duties", "duties on steel", "a 25 percent tariff"; not a bare "tariffs", "the duty"
        # or a generic "tax cuts"; a change only with its size ("a 2 percent tax cut")
        specified = any(child.dep_ in SPECIFYING_DEPS and child.i > noun.i or child.dep_ in {"nummod", "quantmod"}
                        or child.dep_ in {"amod", "compound"} and child.i < noun.i - entry + 1 and child.tag_ != "JJS"
                        for child in noun.children)  # a superlative is a slogan's: "the simplest procedures"
        determined = any(child.dep_ in {"det", "poss"} for child in noun.children)
        if noun.lemma_.lower() in CHANGE_HEADS_OF_INSTRUMENTS:
            if not any(child.dep_ in {"nummod", "compound"} and child.ent_type_ in {"PERCENT", "MONEY"} for child in noun.subtree):
                return []
        elif not specified and not (entry >= 2 and determined):
            return []
        if is_amount_kind(noun):
            return []  # an amount: "paid 2 billion in income tax"
        if not self.owned_by_authority(noun):
            return []
        if self.in_figure(noun) or noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in EXEMPTING_WORDS:
            return []  # an exemption: "exempt from customs duties"
        verb = governing_verb(noun)
        if verb is not None:
            if is_forecast(verb):
                return []
            if verb.lemma_.lower() in self.lexicon.requesting_verbs:
                return []  # "Steelmakers lobbied for higher import duties"
            if self.verb_decides_against(verb):
                return []
        return self.extents.coordinated_measures(noun, False, SCORE_STANDALONE, figures=True)

    def verb_decides_against(self, verb) -> bool:
        """A measure verb whose actor is a company: "Apple launched a trade-in programme"."""
        return self.vocabulary.verb_role(verb) is not None and self.actors.resolved_kind(verb) is Actor.COMPANY

    def in_figure(self, noun) -> bool:
        """A noun reported as a figure or inside one: "subsidies rose 5 percent", "revenue from the new levy",
        "Imports of zero-tariff goods reached 11.2 billion yuan"."""
        phrase = noun
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            owner = noun.head.head
            if owner.lemma_.lower() in self.lexicon.excluded_nouns:
                return True
            phrase = owner if owner.pos_ in NOUN_TAGS else noun
        verb = phrase.head
        if phrase.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_.lower() not in self.lexicon.figure_verbs:
            return False
        return not (phrase is noun and sets_new_rate(noun, verb))

    def standalone_procedure(self, noun) -> list[Measure]:
        """A procedure or benefit named by its modifier, wherever it stands ("free access to bonded
        warehouses", "electronic pre-declaration", "simplified phytosanitary checks"), under the same
        guards as a standalone instrument."""
        vocabulary = self.vocabulary
        lemma = noun.lemma_.lower()
        if lemma not in self.lexicon.procedure_nouns | self.lexicon.action_nouns | self.lexicon.service_nouns:
            return []  # not "electronic information", "the once remote border region"
        if not vocabulary.is_measure_head(noun, marked=True) or vocabulary.is_measure_head(noun):
            return []
        if not self.owned_by_authority(noun) or self.in_figure(noun):
            return []
        verb = governing_verb(noun)
        if verb is not None:
            if is_forecast(verb) or verb.lemma_.lower() in self.lexicon.requesting_verbs:
                return []
            if self.verb_decides_against(verb):
                return []
        return self.extents.coordinated_measures(noun, False, SCORE_STANDALONE, marked=True)

    def measures_predicated_of_authority(self, noun) -> list[Measure]:
        """An instrument that an authority or its zone is said to be: "the zone is a pilot in ..."."""
        verb = noun.head
        if noun.dep_ != "attr" or verb.lemma_.lower() != "be":
            return []
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON" or self.actors.actor_kind(subject) is not Actor.AUTHORITY:
            return []
        return self.extents.coordinated_measures(noun, False, SCORE_WITHOUT_VERB)


    def may_mention_again(self, token) -> bool:
        """A definite noun phrase headed by an instrument that a text names again ("the quota")."""
        if token.dep_ not in MENTION_DEPS or token.lemma_.lower() not in self.vocabulary.named_heads:
            return False
        if token.ent_type_ in NAMED and not self.vocabulary.names_programme(token):
            return False  # "the International Monetary Fund"
        named = self.lexicon.named_instruments
        if token.lemma_.lower() not in named and " ".join(self.vocabulary.modifier_lemmas(token)) not in named:
            return False
        determiner = next((child for child in token.children if child.dep_ in {"det", "poss"}), None)
        if determiner is None:
            return False
        if determiner.lower_ in OWNER_PRONOUNS:
            # "its carbon border adjustment mechanism": the owner is the authority named before
            return self.actors.resolved_kind(token) is Actor.AUTHORITY
        return determiner.lower_ in MENTION_DETERMINERS

    def definite_mentions(self, found: list[Measure]) -> list[Measure]:
        """A later definite mention that names an instrument already found in the text, or one that
        an authority's verb named ("India imposed an export quota for sugar. The quota will run until
        June"; "The government banned exports of nickel ore. The ban has attracted ..."). The mention
        keeps its own modifiers and complement; generic heads ("the measures") stay bare references."""
        mentions = []
        for token in self.mentions:
            if not self.named_before(token, found):
                continue
            start, end = trimmed(self.doc, *contiguous_run(self.extents.phrase_indices(token, token), token.i))
            if start <= end:
                mentions.append(Measure(start, end, SCORE_WITHOUT_VERB))
        return mentions

    def named_before(self, token, found: list[Measure]) -> bool:
        lemma = token.lemma_.lower()
        start = token.left_edge.i
        if lemma in self.lexicon.broad_instruments:  # "the measures", "the plan": any measure named before
            return any(m.end < start for m in found)
        strings = self.doc.vocab.strings
        synonyms = {strings[word] for word in self.vocabulary.synonyms(lemma)}
        if any(self.lemma_ids[i] in synonyms for m in found if m.end < start for i in range(m.start, m.end + 1)):
            return True
        stems = {lemma, lemma[:-4] if lemma.endswith("ment") else lemma, lemma[:-3] if lemma.endswith("ion") else lemma}
        stem_ids = {strings[stem] for stem in stems}
        verbs = (self.doc[i] for i, word in enumerate(self.lemma_ids[:start]) if word in stem_ids)
        return any(verb.pos_ == "VERB" and self.actors.resolved_kind(verb) is Actor.AUTHORITY for verb in verbs)

    def quoted_instrument_names(self) -> list[Measure]:
        """Short quoted noun phrases headed by an instrument noun, the quotes outside ('"white list"
        companies'), and procedures named by a quote before their head noun, the quotes inside ('an
        "inspect once, release at once" procedure for transit cargo')."""
        measures = []
        for opening, closing in quote_pairs(self.doc, self.quotes):
            last = self.doc[closing - 1]
            is_short = 0 < closing - opening - 1 <= LONGEST_QUOTED_NAME
            if is_short and last.left_edge.i == opening + 1 and self.vocabulary.is_measure_head(last):
                measures.append(Measure(opening + 1, closing - 1, SCORE_QUOTED_NAME))
            elif closing - opening - 1 <= LONGEST_QUOTED_PROCEDURE_NAME:
                measures += self.quoted_procedure(opening, closing)
        return measures

    def quoted_procedure(self, opening: int, closing: int) -> list[Measure]:
        doc = self.doc
        if closing + 1 >= len(doc) or doc[closing + 1].pos_ not in NOUN_TAGS:
            return []
        head = doc[closing + 1]
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        if any(token.ent_type_ in NAMED for token in doc[opening:closing]) or head.lemma_.lower() in self.lexicon.excluded_nouns:
            return []  # 'the "Belt and Road" initiative', 'the "one port, two zones" strategy'
        # the verb outside the quotes: a quoted slogan may hold verbs of its own ('"declare once, inspect once"')
        verbs = [governing_verb(head), governing_verb(doc[opening + 1])]
        verb = next((v for v in verbs if v is not None and not opening < v.i < closing), None)
        if verb is None or score_for({self.actors.resolved_kind(verb)}) is None:
            return []
        if not (self.vocabulary.is_measure_head(head) or self.vocabulary.verb_role(verb) is not None):
            return []
        start = opening - 1 if opening > 0 and doc[opening - 1].dep_ in {"det", "poss"} else opening
        right = {i for i in self.extents.phrase_indices(head, head) if i > head.i}
        right |= self.extents.continuation_indices(head, set())
        _, end = contiguous_run(right | {head.i}, head.i)
        _, end = trimmed(doc, head.i, end)
        return [Measure(start, end, SCORE_QUOTED_NAME)]


def sets_new_rate(noun, verb) -> bool:
    """A tax that rises or falls to a new rate is a measure, not a figure: "Sales tax on packaged milk rises
    to 18 percent" (unlike "Tariff revenue rose to 2 billion")."""
    if noun.lemma_.lower() not in RATE_LIKE_INSTRUMENTS:
        return False
    levels = [obj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to" for obj in objects_of(prep)]
    return any(obj.ent_type_ == "PERCENT" or any(part.lower_ == "per" for part in obj.subtree) for obj in levels)


def is_amount_kind(noun) -> bool:
    """The noun names what an amount is paid or spent as: "2 billion in income tax", "25 billion ringgit in
    fiscal support"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    amount = noun.head.head
    return amount.pos_ == "NUM" or amount.ent_type_ == "MONEY" or any(child.dep_ == "nummod" for child in amount.children)


def doc_range(doc, start: int, end: int):
    return (doc[i] for i in range(start, end))


def object_after_won(token):
    """The object of "won" after an amount, the Korean currency read as a verb ("unveiled a 26 trillion
    won support package"), else the token itself."""
    doc = token.doc
    if token.pos_ != "NUM" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "won":
        return token
    return next((child for child in doc[token.i + 1].children if child.dep_ in OBJECT_DEPS), token)
