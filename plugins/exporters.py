"""Built-in plugin ``exporters``: the ``hf`` and ``spacy`` export formats.

Both writers live in :mod:`annotate.export`; registering them here makes them
formats like any a third-party plugin adds through ``annotate_exporters``.
"""

from __future__ import annotations

from annotate.export import write_docbin, write_hf_dataset
from annotate.hookspecs import hookimpl

__version__ = "0.1.0"


@hookimpl
def annotate_exporters(register):
    register("hf", write_hf_dataset,
             "Hugging Face dataset directory: configs 'spans' and 'tokens' (BIO tags per family), dataset card")
    register("spacy", write_docbin,
             "spaCy DocBin files per split for 'spacy train': doc.ents and doc.spans[family]")
