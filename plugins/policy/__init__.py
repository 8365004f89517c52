"""Built-in plugin ``policy``: POLICY_MEASURE spans read off the dependency parse.

PLACEHOLDER
"""

from __future__ import annotations

from annotate.hookspecs import hookimpl

from .finder import MeasureFinder
from .lexicon import BUILTIN_LEXICON, Lexicon, load_lexicon

__version__ = "0.3.0"

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
