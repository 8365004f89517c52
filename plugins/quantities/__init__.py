"""The built-in quantities plugin: MONEY, PERCENT and QUANTITY spans with normalized attributes.

The rules read the tagger's parts of speech, the lemmas and the dependency parse. Physical units
(names, plurals, symbols, prefixes) come from pint's registry and currencies (every ISO 4217 code,
its English names and CLDR symbols) from babel, both read once per process (``registry``); the
forms they lack and the word lists (number words, bound and trend words) live in
``quantities.json``, and the option ``quantities.data`` names a JSON file merged over it.

Modules: ``amounts`` (numbers), ``money`` (currencies around a number), ``units`` (a unit after a
number, compound forms included), ``reading`` (one quantity expression: units, ranges, rates,
ages, bounds), ``nouns`` (counted nouns), ``unsaid`` (units a bare number leaves unsaid),
``finding`` (which expressions are quantities), ``attributes`` (value, unit, change, ...).

Currencies: ISO codes, symbols and prefixes before the amount ("EUR 1.1bn", "KSh2.5 billion",
"Rs 500 crore", "HK$1.2 billion") and names after it ("5 billion Kenyan shillings"). A name shared
by several currencies ("shillings", "pesos", "dollars", "Rs", "kr", "¥") is read with its country
adjective when it has one; bare, it takes the one currency of its family that the same document
writes explicitly (a code, a symbol or a country name), else the family's default ("currency_families"
in the data file).
"""

from __future__ import annotations

from annotate.hookspecs import hookimpl

from .amounts import MONEY, PERCENT, QUANTITY
from .attributes import reading_attributes, span_attributes
from .finding import find_quantities
from .lexicon import Lexicon, load_lexicon

__version__ = "0.5.0"

NAME = "quantities"
LABELS = {
    MONEY: "An amount of money, e.g. nearly 100 million yuan or $14.39 million.",
    PERCENT: "A percentage or percentage points, e.g. 85 percent or 62.3%.",
    QUANTITY: "A number with a unit or counted noun, e.g. 50 truck tractors, 3,600 tonnes or 60 minutes.",
}


def lexicon_for(settings) -> Lexicon:
    extra = settings.plugin_files(NAME, "data") if settings is not None else []
    return load_lexicon(str(extra[-1]) if extra else None)


@hookimpl
def annotate_labels(register):
    for label, description in LABELS.items():
        register(NAME, label, description)


@hookimpl
def annotate_spacy_components():
    return ["tagger", "attribute_ruler", "lemmatizer", "parser"]


@hookimpl
def annotate_predictor(nlp, settings):
    lexicon = lexicon_for(settings)

    def predict(docs, emit):
        for doc in docs:
            for reading, label in find_quantities(doc, lexicon):
                attributes = reading_attributes(doc, lexicon, reading)
                # an amount too large for a float ("$" and 50,000 nines) is no span
                if attributes["value"] is not None and attributes.get("value_max", 0.0) is not None:
                    emit(doc, reading.start, reading.end, label, attrs=attributes, score=None)

    return predict


@hookimpl
def annotate_normalize(doc, start, end, label, settings):
    if label not in LABELS:
        return None
    return span_attributes(doc, lexicon_for(settings), start, end)
