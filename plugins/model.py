"""Built-in plugin ``model``: pre-annotation with a trained spaCy pipeline.

Set the option ``model.path`` (``annotate run --model PATH``, or ``--set model.path=PATH``)
to a saved spaCy pipeline, e.g. one trained by ``examples/train_extractor.py``; without it
the plugin does nothing. It emits the pipeline's entities and, when it has span
categorizers, their best non-overlapping spans. Its labels map to the guideline families
through the installed plugins' declarations (a model predicting PERSON emits ``entities``
spans). Its spans carry their own provenance, ``model@<meta name>-<meta version>``.

One parse per document: the shared ``Doc`` objects come from the main pipeline. When the
trained pipeline's tokenizer has the same rules as the main one (true for a model trained
from ``spacy.blank("en")`` and the English pipelines), its components run on a copy of each
shared ``Doc``'s tokens made in the model's vocab: nothing is tokenized or parsed again and
the shared ``Doc`` (whose ``ents`` other plugins read) is left untouched. With different
tokenizer rules the shared tokens are not what the model was trained on, so the trained
pipeline processes the batch's texts itself, once per batch.
"""

from __future__ import annotations

import spacy
from spacy.pipeline import SpanCategorizer
from spacy.tokens import Doc

from annotate.errors import SettingsError
from annotate.hookspecs import hookimpl

__version__ = "0.1.0"


@hookimpl
def annotate_predictor(nlp, settings):
    path = settings.plugin_option("model", "path")
    if not path:
        return None
    model = load_model(str(path))
    return ModelPredictor(model, shares_tokens=same_tokenizer(model, nlp))


def load_model(path: str) -> spacy.Language:
    try:
        return spacy.load(path)
    except OSError as error:
        raise SettingsError(
            f"model.path {path!r} is not a saved spaCy pipeline ({str(error).splitlines()[0]})"
        ) from None


def same_tokenizer(model: spacy.Language, nlp: spacy.Language) -> bool:
    return model.tokenizer.to_bytes(exclude=["vocab"]) == nlp.tokenizer.to_bytes(exclude=["vocab"])


class ModelPredictor:
    """``predict(docs, emit)`` over a loaded pipeline; ``version`` names the model for provenance."""

    def __init__(self, model: spacy.Language, shares_tokens: bool):
        self.model = model
        self.shares_tokens = shares_tokens
        self.version = f"{model.meta.get('name', 'pipeline')}-{model.meta.get('version', '0.0.0')}"
        self.span_keys = [pipe.key for _, pipe in model.pipeline if isinstance(pipe, SpanCategorizer)]

    def __call__(self, docs, emit):
        for doc, predicted in zip(docs, self.model.pipe(self._inputs(docs))):
            for ent in predicted.ents:
                emit(doc, ent.start_char, ent.end_char, ent.label_)
            for key in self.span_keys:
                if key in predicted.spans:
                    for span, score in best_non_overlapping(predicted.spans[key]):
                        emit(doc, span.start_char, span.end_char, span.label_, score=score)

    def _inputs(self, docs):
        if self.shares_tokens:
            return [Doc(self.model.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
                    for doc in docs]
        return [doc.text for doc in docs]


def best_non_overlapping(group) -> list[tuple[object, float]]:
    """The highest-scoring spans of a span group that do not overlap each other, in text order."""
    scores = [float(score) for score in group.attrs.get("scores", [1.0] * len(group))]
    kept: list[tuple[object, float]] = []
    for span, score in sorted(zip(group, scores), key=lambda pair: -pair[1]):
        if all(span.end <= other.start or span.start >= other.end for other, _ in kept):
            kept.append((span, score))
    return sorted(kept, key=lambda pair: pair[0].start)
