"""Built-in plugin ``model``: pre-annotation with a trained spaCy pipeline.

Set the option ``model.path`` (``annotate run --model PATH``, or ``--set model.path=PATH``)
to a saved spaCy pipeline, e.g. one trained by ``annotate train``; without it the plugin
does nothing. It emits the pipeline's entities and the spans of its span categorizers
with their scores, keeping within each label family the best spans that do not overlap.
Its labels map to families through the installed plugins' declarations (a model
predicting PERSON emits ``entities`` spans); labels no installed plugin declares, and
for a model trained by ``annotate train`` labels it was not trained on (a NER fine-tuned
from ``en_core_web_sm`` still knows CARDINAL), are not emitted. Each span gets its
attributes from the installed plugins' ``annotate_normalize`` hook (a MONEY span gets its
value and unit from the quantities plugin), computed on the shared parse. Its spans carry
their own provenance, ``model@<meta name>-<meta version>``.

One parse per document: the shared ``Doc`` objects come from the main pipeline, which
parses with the components the normalizing plugins read. When the trained pipeline's
tokenizer has the same rules as the main one (true for a model trained from
``spacy.blank("en")`` and the English pipelines), its components run on a copy of each
shared ``Doc``'s tokens made in the model's vocab: nothing is tokenized or parsed again and
the shared ``Doc`` (whose ``ents`` other plugins read) is left untouched. With different
tokenizer rules the shared tokens are not what the model was trained on, so the trained
pipeline processes the batch's texts itself, once per batch.
"""

from __future__ import annotations

import numpy
import spacy
from spacy.pipeline import SpanCategorizer
from spacy.tokens import Doc

from annotate.errors import SettingsError
from annotate.hookspecs import hookimpl
from annotate.plugins import PluginHost
from annotate.train import model_labels  # also registers the spaCy functions trained models name

__version__ = "0.2.0"
NAME = "model"


@hookimpl
def annotate_spacy_components():
    host = PluginHost.discover()
    normalizers = [p for p in host.plugins.values() if p.name != NAME and p.implements("annotate_normalize")]
    return sorted(host.spacy_components(normalizers))


@hookimpl
def annotate_predictor(nlp, settings):
    path = settings.plugin_option(NAME, "path")
    if not path:
        return None
    model = load_model(str(path))
    return ModelPredictor(model, shares_tokens=same_tokenizer(model, nlp), host=PluginHost.discover(),
                          settings=settings)


def load_model(path: str) -> spacy.Language:
    try:
        return spacy.load(path)
    except (OSError, ValueError) as error:
        raise SettingsError(
            f"model.path {path!r} is not a saved spaCy pipeline ({str(error).splitlines()[0]})"
        ) from None


def same_tokenizer(model: spacy.Language, nlp: spacy.Language) -> bool:
    return model.tokenizer.to_bytes(exclude=["vocab"]) == nlp.tokenizer.to_bytes(exclude=["vocab"])


class ModelPredictor:
    """``predict(docs, emit)`` over a loaded pipeline; ``version`` names the model for provenance."""

    def __init__(self, model: spacy.Language, shares_tokens: bool, host: PluginHost | None = None, settings=None):
        self.model = model
        self.shares_tokens = shares_tokens
        self.host = host or PluginHost.discover()
        self.settings = settings
        self.version = f"{model.meta.get('name', 'pipeline')}-{model.meta.get('version', '0.0.0')}"
        self.span_keys = [pipe.key for _, pipe in model.pipeline if isinstance(pipe, SpanCategorizer)]
        trained = model_labels(model.meta)
        self.trained_labels = {label for labels in trained.values() for label in labels} if trained else None
        self.normalizes = any(p.name != NAME and p.implements("annotate_normalize") for p in self.host.plugins.values())

    def family_of(self, label: str) -> str | None:
        if self.trained_labels is not None and label not in self.trained_labels:
            return None
        return self.host.family_of(label)

    def __call__(self, docs, emit):
        with self.model.memory_zone():  # the strings of the batch leave the model's vocab with it
            self._predict(docs, emit)

    def _predict(self, docs, emit):
        for doc, predicted in zip(docs, self.model.pipe(self._inputs(docs))):
            candidates = [(ent, None) for ent in predicted.ents]
            for key in self.span_keys:
                if key in predicted.spans:
                    candidates += scored(predicted.spans[key])
            by_family: dict[str, list] = {}
            for span, score in candidates:
                family = self.family_of(span.label_)
                if family is not None:
                    by_family.setdefault(family, []).append((span, score))
            for spans in by_family.values():
                for span, score in best_non_overlapping(spans):
                    emit(doc, span.start_char, span.end_char, span.label_, attrs=self._attrs(doc, span), score=score)

    def _attrs(self, doc, span) -> dict | None:
        if not self.normalizes:
            return None
        return self.host.normalize(doc, span.start_char, span.end_char, span.label_, self.settings)

    def _inputs(self, docs):
        if self.shares_tokens:
            return [Doc(self.model.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
                    for doc in docs]
        return [doc.text for doc in docs]


def scored(group) -> list[tuple[object, float]]:
    """The spans of a span group with their scores (one per span, as spaCy's span categorizers keep them)."""
    scores = numpy.asarray(group.attrs.get("scores", [1.0] * len(group)), dtype=float).reshape(-1)
    return [(span, float(score)) for span, score in zip(group, scores)]


def best_non_overlapping(spans: list[tuple[object, float | None]]) -> list[tuple[object, float | None]]:
    """The highest-scoring spans that do not overlap each other, in text order; unscored spans (NER) come first."""
    kept: list[tuple[object, float | None]] = []
    taken: set[int] = set()  # the tokens of the spans kept so far
    for span, score in sorted(spans, key=lambda pair: -(2.0 if pair[1] is None else pair[1])):
        tokens = range(span.start, span.end)
        if taken.isdisjoint(tokens):
            kept.append((span, score))
            taken.update(tokens)
    return sorted(kept, key=lambda pair: pair[0].start)
