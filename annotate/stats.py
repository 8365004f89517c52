"""Span counts of a corpus, per family, label and provenance."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field

from .corpus import Corpus
from .model import PluginFailure


@dataclass
class CorpusStats:
    documents: int = 0
    annotated_documents: int = 0
    by_label: Counter = field(default_factory=Counter)  # (family, label, source) -> count
    by_provenance: Counter = field(default_factory=Counter)  # (source, by) -> count
    failures: list[PluginFailure] = field(default_factory=list)

    def failures_by_plugin(self) -> Counter:
        """plugin@version -> documents it failed on."""
        return Counter(failure.provenance for failure in self.failures)

    @property
    def sources(self) -> list[str]:
        return sorted({source for _, _, source in self.by_label})


def corpus_stats(path: str | os.PathLike) -> CorpusStats:
    stats = CorpusStats()
    for document in Corpus.open(path):
        stats.documents += 1
        stats.annotated_documents += document.is_annotated
        for span in document.spans:
            stats.by_label[(span.family, span.label, span.source)] += 1
            stats.by_provenance[(span.source, span.by)] += 1
        stats.failures.extend(PluginFailure(document.id, plugin, failure.version, failure.error)
                              for plugin, failure in sorted(document.failures.items()))
    return stats
