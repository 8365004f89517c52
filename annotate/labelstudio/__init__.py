"""Correction in Label Studio: a local server, a generated labeling config and a two-way sync.

``server`` starts and stops a local Label Studio server, ``config`` writes the labeling
config from the plugins' labels, ``sync`` pushes documents with their predictions and
pulls the human annotations back, ``commands`` is the ``annotate studio`` command group.
"""

from ..errors import AnnotateError


class StudioError(AnnotateError):
    """Label Studio cannot be reached, refuses a request, or holds something the sync cannot use."""
