"""The plugin manager: discovers plugins through the ``annotate`` entry-point group.

Built-in plugins are listed in this project's ``pyproject.toml`` under the same
group, so they are found exactly as a third-party package's plugins are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any

import pluggy

from . import hookspecs
from .errors import AnnotateError, PluginError

ENTRY_POINT_GROUP = "annotate"


@dataclass
class Plugin:
    name: str
    version: str
    module: Any
    labels: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def provenance(self) -> str:
        return f"{self.name}@{self.version}"

    def family_of(self, label: str) -> str | None:
        return next((family for family, names in self.labels.items() if label in names), None)

    def implements(self, hook: str) -> bool:
        return callable(getattr(self.module, hook, None))


class PluginHost:
    """The loaded plugins of one process and the hooks called on them."""

    def __init__(self, manager: pluggy.PluginManager, plugins: dict[str, Plugin]):
        self.manager = manager
        self.plugins = plugins

    @classmethod
    def discover(cls, extra: Iterable[tuple[str, Any]] = ()) -> PluginHost:
        """Load every plugin of the entry-point group, plus ``extra`` (name, module) pairs."""
        manager = pluggy.PluginManager(ENTRY_POINT_GROUP)
        manager.add_hookspecs(hookspecs)
        found: list[tuple[str, Any, str | None]] = []
        for entry_point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            try:
                module = entry_point.load()
            except Exception as error:
                raise PluginError(
                    f"plugin {entry_point.name!r} ({entry_point.value}) failed to load: {error}"
                ) from error
            dist_version = entry_point.dist.version if entry_point.dist else None
            found.append((entry_point.name, module, dist_version))
        found.extend((name, module, None) for name, module in extra)
        plugins = {}
        for name, module, dist_version in found:
            if manager.has_plugin(name):
                raise PluginError(f"two plugins are registered under the name {name!r}")
            manager.register(module, name=name)
            version = str(getattr(module, "__version__", None) or dist_version or "0")
            plugins[name] = Plugin(name, version, module)
        host = cls(manager, plugins)
        host._collect_labels()
        return host

    def _call(self, plugin: Plugin, hook: str, **kwargs: Any) -> Any:
        try:
            return getattr(plugin.module, hook)(**kwargs)
        except AnnotateError:
            raise
        except Exception as error:
            raise PluginError(f"plugin {plugin.name!r} raised in {hook}: {error}") from error

    def _collect_labels(self) -> None:
        owner: dict[str, tuple[str, str]] = {}
        for plugin in self.plugins.values():
            if not plugin.implements("annotate_labels"):
                continue

            def register(family: str, label: str, description: str = "", plugin: Plugin = plugin) -> None:
                seen = owner.get(label)
                if seen and seen[1] != family:
                    raise PluginError(
                        f"plugin {plugin.name!r} declares {label} in family {family!r}, "
                        f"but plugin {seen[0]!r} declares it in {seen[1]!r}"
                    )
                owner[label] = (plugin.name, family)
                plugin.labels.setdefault(family, {})[label] = description

            self._call(plugin, "annotate_labels", register=register)

    def select(self, names: Iterable[str] = ()) -> list[Plugin]:
        """The named plugins (all of them when ``names`` is empty); unknown names are an error."""
        names = list(names)
        unknown = [n for n in names if n not in self.plugins]
        if unknown:
            raise PluginError(
                f"no plugin named {', '.join(map(repr, unknown))} is installed "
                f"(installed: {', '.join(sorted(self.plugins))})"
            )
        return [self.plugins[n] for n in names] if names else list(self.plugins.values())

    def labels(self, plugins: Iterable[Plugin] | None = None) -> dict[str, dict[str, str]]:
        """family -> label -> description over the given plugins (default: all)."""
        merged: dict[str, dict[str, str]] = {}
        for plugin in self.plugins.values() if plugins is None else plugins:
            for family, names in plugin.labels.items():
                merged.setdefault(family, {}).update(names)
        return merged

    def family_of(self, label: str) -> str | None:
        return next((f for f, names in self.labels().items() if label in names), None)

    def spacy_components(self, plugins: Iterable[Plugin]) -> set[str]:
        needed: set[str] = set()
        for plugin in plugins:
            if plugin.implements("annotate_spacy_components"):
                needed.update(self._call(plugin, "annotate_spacy_components") or [])
        return needed

    def predictors(self, plugins: Iterable[Plugin], nlp: Any, settings: Any) -> dict[str, Callable]:
        built = {}
        for plugin in plugins:
            if plugin.implements("annotate_predictor"):
                predictor = self._call(plugin, "annotate_predictor", nlp=nlp, settings=settings)
                if predictor is not None:
                    built[plugin.name] = predictor
        return built

    def read_source(self, path: Any, settings: Any) -> Iterable[dict] | None:
        return self.manager.hook.annotate_read_source(path=path, settings=settings)

    def normalize(self, doc: Any, start: int, end: int, label: str, settings: Any) -> dict | None:
        return self.manager.hook.annotate_normalize(doc=doc, start=start, end=end, label=label, settings=settings)

    def exporters(self) -> dict[str, tuple[Callable, str]]:
        found: dict[str, tuple[Callable, str]] = {}

        def register(name: str, export: Callable, description: str = "") -> None:
            found[name] = (export, description)

        self.manager.hook.annotate_exporters(register=register)
        return found

    def register_commands(self, cli: Any) -> None:
        self.manager.hook.annotate_register_commands(cli=cli)
