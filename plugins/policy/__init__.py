"""Built-in plugin ``policy``: POLICY_MEASURE spans read off the dependency parse.

A measure is a noun phrase naming an instrument of the lexicon (``data/policy_lexicon.json``,
extensible with the option ``policy.lexicon=PATH``) that a public authority adopts, provides or keeps:

- the object of a verb that introduces, carries out, changes, provides or funds an instrument ("Xinjiang
  introduced eight measures", "cut [import duties]", "pays [transport subsidies of 2,000 yuan per
  container]"), or what a recipient enjoys, receives, applies for or reacts to ("Firms in the zone enjoy
  [a 15 percent tax rate]"); rates, prices and procedures count where an authority is the actor ("raised
  [the price of diesel]", "launched [joint inspection]"), and nouns with a procedure modifier ("[a 48-hour
  clearance window]", "[free access to warehouses]");
- the members that a measure includes ("The measures include ...", "The plan calls for ...", the items of a
  list after a colon, read off its commas and conjunctions where the parse loses them), the instrument a clause is done
  under ("Under [the plan], ..."), an instrument that acts ("[The programme] offers loans"), one taking
  effect, one named by its modifiers ("government policies"), a quoted procedure name ('[an "inspect
  once, release at once" procedure]'), and later mentions of a measure of the text ("[The quota]");
- an instrument that only an authority sets, wherever its phrase specifies it ("Steelmakers welcomed [the
  new anti-dumping duties]"), unless it is ambiguous without a verb ("policy", "plan", "fund", "loan").

The actor of a verb is read from the sentence or, when it is left unsaid or named by a pronoun, from the
document: the actor named before, else an authority named before it (title, dateline, text). A company's
own decisions, forecasts, requests, figures, legal vehicles ("a presidential decree"), loans to a
government and changes named again ("the cut") are not measures.

The span follows the guidelines (section 3) and the held-out set's documented conventions: the noun
phrase with its determiners, numbers, modifiers and its purpose or scope complement taken whole, without
the introducing verb, the actor (owners and leading names: "Pakistan [budget]"), clauses on the
instrument's own head, time adjuncts, levels a verb sets and additions after a comma; coordinated
instruments are separate spans unless they share one complement ("[inspection and release of goods
within 24 hours]"), and items listed after "including" or "such as" are spans of their own.

The search reads the shared parse: one read of the token attributes per document picks the tokens a
pattern can start from (``starts``), and the patterns (``finder``) build spans (``extent``) from the
lexicon's words (``words``) and the actors (``actors``).
"""

from __future__ import annotations

from annotate.hookspecs import hookimpl

from .finder import MeasureFinder
from .lexicon import BUILTIN_LEXICON, Lexicon, load_lexicon

__version__ = "0.5.0"

FAMILY = "policy"
LABEL = "POLICY_MEASURE"
DESCRIPTION = (
    "A concrete instrument or action (measure, policy, mechanism, list, reform, plan, programme, "
    "pilot scheme, subsidy, tax or fee change, procedure, service) adopted, issued or carried out "
    "by a public authority to steer economic or social activity."
)

__all__ = ["BUILTIN_LEXICON", "Lexicon", "MeasureFinder", "load_lexicon"]


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
