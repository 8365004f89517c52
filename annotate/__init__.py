"""annotate: a plugin-based span annotation toolkit and corpus format."""

from .hookspecs import hookimpl

__version__ = "0.1.0"
FORMAT_VERSION = 2

__all__ = ["hookimpl", "__version__", "FORMAT_VERSION"]
