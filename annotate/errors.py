"""Errors raised for bad input; each message is one sentence that names the place."""


class AnnotateError(Exception):
    """Base class of every error a user can cause and fix."""


class SourceError(AnnotateError):
    """A source file that cannot be read into documents."""


class CorpusError(AnnotateError):
    """A corpus on disk that is missing, malformed or invalid."""


class PluginError(AnnotateError):
    """A plugin that failed to load or raised while working on a document."""


class SettingsError(AnnotateError):
    """A setting that is unknown or has a wrong value."""
