"""The tokens a search for measures starts from, picked out of a document's attribute arrays."""

from __future__ import annotations

from spacy import symbols
from spacy.attrs import DEP, LEMMA, LOWER, POS, TAG

from .words import Vocabulary

VERBAL = [symbols.VERB, symbols.AUX, symbols.ADJ]
NOMINAL = [symbols.NOUN, symbols.PROPN]


class StartingPoints:
    """Every word that can start a measure's pattern (a measure verb or adjective, an instrument noun,
    a governing preposition, a quotation mark, a procedure modifier), read as hashes so that a document's tokens are
    compared as numbers read in one call; the other tokens never become Python objects."""

    def __init__(self, vocabulary: Vocabulary):
        lexicon = vocabulary.lexicon
        verb_lists = (
            lexicon.introducing_verbs, lexicon.carrying_out_verbs, lexicon.providing_verbs, lexicon.funding_verbs,
            lexicon.benefiting_words, lexicon.membership_verbs, lexicon.taking_effect_phrases,
        )
        self.verb_words = {entry.split()[0] for words in verb_lists for entry in words}
        noun_lists = (
            lexicon.instrument_nouns, lexicon.standalone_instruments, lexicon.rate_instruments, lexicon.named_instruments,
            lexicon.introducing_nouns, lexicon.broad_instruments,
        )
        heads = {entry.split()[-1] for words in noun_lists for entry in words} | {"price", "rate", "increase", "rise"}
        heads |= set(lexicon.procedure_nouns)
        self.noun_words = heads | {form for word in heads for form in plurals(word)}  # lemmatizer slips: "taxis"
        self.preposition_words = {entry.split()[-1] for entry in lexicon.governing_prepositions}
        # the last word of a procedure modifier ("free", "electronic", "one-stop": "stop", "24-hour": "hour")
        markers = lexicon.procedure_modifiers | lexicon.benefit_modifiers
        self.marker_words = {entry.replace("-", " ").replace("/", " ").split()[-1] for entry in markers} | {"hour", "day"}
        self._vocab = None

    def tokens(self, doc) -> tuple[list[int], list[int], list[int], list[int]]:
        """Indices of the tokens to look at, in text order, the lemma hashes of all tokens, the indices of
        the nouns that are subjects (the actors a pronoun may stand for) and of the line breaks."""
        if self._vocab is not doc.vocab:
            self.read_hashes(doc.vocab)
        rows = doc.to_array([POS, LEMMA, LOWER, TAG, DEP]).tolist()
        verbal, nominal, verb_ids, noun_ids = self.verbal, self.nominal, self.verb_ids, self.noun_ids
        picked = [
            i
            for i, (pos, lemma, lower, tag, dep) in enumerate(rows)
            if pos in verbal and (lemma in verb_ids or lower in verb_ids)
            or pos in nominal and (lemma in noun_ids or lower in noun_ids)
            or dep == self.prep_id and lower in self.preposition_ids
            or tag in self.quote_ids
            or tag in self.headline_tag_ids and dep in self.modifier_dep_ids
            or lower in self.marker_ids and dep in self.marker_dep_ids
        ]
        subjects = [i for i, row in enumerate(rows) if row[4] in self.subject_dep_ids and row[0] in nominal]
        breaks = [i for i, row in enumerate(rows) if row[0] == self.space]
        return picked, [row[1] for row in rows], subjects, breaks

    def read_hashes(self, vocab) -> None:
        strings = vocab.strings

        def ids(words):
            return {strings[word] for word in words}

        self.verb_ids = ids(self.verb_words)
        self.noun_ids = ids(self.noun_words)
        self.preposition_ids = ids(self.preposition_words)
        self.quote_ids = ids(["``", "''"])
        self.prep_id = strings["prep"]
        # a title's verb tagged as a noun or a modifier ("U.S. tightens curbs")
        self.headline_tag_ids = ids(["NNS", "VBZ"])
        self.modifier_dep_ids = ids(["compound", "amod", "nsubj", "nmod"])
        self.subject_dep_ids = ids(["nsubj", "nsubjpass"])
        self.marker_ids = ids(self.marker_words)
        self.marker_dep_ids = ids(["amod", "compound", "npadvmod", "nmod", "advmod", "nummod"])
        self.verbal = {int(symbol) for symbol in VERBAL}
        self.space = int(symbols.SPACE)
        self.nominal = {int(symbol) for symbol in NOMINAL}
        self._vocab = vocab


def plurals(word: str) -> set[str]:
    forms = {word + "s", word + "es"}
    if word.endswith("y"):
        forms.add(word[:-1] + "ies")
    return forms
