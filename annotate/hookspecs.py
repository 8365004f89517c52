"""The plugin contract of annotate: every hook a plugin can implement.

A plugin is a module (or object) registered under the entry-point group
``annotate``. It implements only the hooks it needs, each decorated with
``annotate.hookimpl``. Hook names carry the ``annotate_`` prefix.
"""

from __future__ import annotations

import pluggy

hookspec = pluggy.HookspecMarker("annotate")
hookimpl = pluggy.HookimplMarker("annotate")


@hookspec
def annotate_labels(register):
    """Declare the label families and labels this plugin predicts.

    Call ``register(family, label, description)`` once for each label, e.g.
    ``register("quantities", "MONEY", "an amount of money")``. The description is
    a one-sentence hint reused by the Label Studio config and the dataset card.
    A label belongs to exactly one family across all plugins.
    """


@hookspec
def annotate_spacy_components():
    """Return the names of the spaCy pipeline components this plugin reads.

    For example ``["ner"]`` for a plugin that reads ``doc.ents`` or
    ``["tagger", "attribute_ruler", "lemmatizer", "parser"]`` for one that reads
    lemmas and the dependency parse. Components that no plugin names are disabled
    when the pipeline is loaded, so the shared parse only does the work needed.
    """


@hookspec
def annotate_predictor(nlp, settings):
    """Build this plugin's predictor; called once per process.

    ``nlp`` is the loaded spaCy ``Language`` shared by all plugins (use its vocab
    to build matchers; never call it on text: documents arrive already parsed).
    ``settings`` is the :class:`annotate.settings.Settings` of the run; read your
    own options with ``settings.plugin_option(name, key, default)``.

    Return a callable ``predict(docs, emit)`` or ``None``. ``predict`` receives a
    batch (list) of parsed spaCy ``Doc`` objects and calls
    ``emit(doc, start, end, label, attrs=None, score=None)`` for every span it
    finds, with character offsets into ``doc.text`` and a label this plugin
    declared in :func:`annotate_labels` (or one another installed plugin
    declares, e.g. a trained model predicting the entity labels).

    The ``Doc`` objects are valid during the call only: a shard is parsed inside a
    spaCy memory zone, and the strings its texts added to the vocab are freed when
    the shard is done. Keep texts or offsets across calls, never ``Doc``, ``Token``
    or ``Span`` objects or string hashes of new words.

    A predictor may carry a ``version`` attribute (e.g. the version of the model
    it loaded); it then stands for the plugin's version in the provenance
    ``name@version`` of its spans and in the incremental re-run check.
    """


@hookspec(firstresult=True)
def annotate_read_source(path, settings):
    """Read one source file into documents, if this plugin knows its format.

    ``path`` is a :class:`pathlib.Path` to an existing file. Return ``None`` when
    the format is not yours; otherwise an iterable of dicts with ``text`` (str)
    and optionally ``id``, ``meta`` (dict) and ``spans`` (list of span dicts of
    the corpus format). Raise :class:`annotate.errors.SourceError` naming the
    file and line for unreadable input. The first plugin that answers wins.
    """


@hookspec(firstresult=True)
def annotate_normalize(doc, start, end, label, settings):
    """Compute the normalized attributes of a span drawn or corrected by a person.

    ``doc`` is the parsed spaCy ``Doc`` of the whole document, ``start``/``end``
    the span's character offsets and ``label`` its label. Return the ``attrs``
    dict for labels you normalize (e.g. ``value``, ``unit``, ``change``,
    ``surface_unit`` for quantities) or ``None`` for labels you don't. The first
    plugin that answers wins.
    """


@hookspec
def annotate_exporters(register):
    """Declare export formats.

    Call ``register(name, export, description)`` where
    ``export(documents, out_dir, options)`` writes ``documents`` (an iterable of
    :class:`annotate.model.Document`) to the directory ``out_dir``.
    """


@hookspec
def annotate_register_commands(cli):
    """Add commands to the ``annotate`` command line (a ``click.Group``)."""
