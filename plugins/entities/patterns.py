"""Patterns files and the matching of their token patterns.

A patterns file holds one JSON object per line::

    {"label": "FAC", "pattern": [<spaCy Matcher token pattern>], "comment": "what it catches"}

:class:`PatternMatcher` finds every match of every rule exactly as spaCy's ``Matcher``
does, but runs each rule only where it can match: around the tokens that its pattern
cannot do without (an "anchor": "Port" in ``name_word+ Port``), over the stretch of
neighbouring tokens that could each fill some token of the pattern. A rule whose
anchor does not occur in a document costs a dictionary lookup.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from spacy.matcher import Matcher
from spacy.tokens import Doc

from annotate.errors import SettingsError

from .tokens import TokenTable

MANDATORY_OPS = (None, "+", "1")
VALUE_ATTRIBUTES = {"ORTH": "texts", "TEXT": "texts", "LOWER": "lowers", "POS": "pos"}
EXTENSIONS = ("name_word", "name_and")


@dataclass(frozen=True)
class Rule:
    label: str | None
    pattern: list
    origin: str


def read_rules(path: Path, labels) -> list[Rule]:
    rules = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            rules.append(parse_rule(line, f"{path}, line {number}", labels))
    return rules


def parse_rule(line: str, origin: str, labels) -> Rule:
    try:
        entry = json.loads(line)
    except json.JSONDecodeError as error:
        raise SettingsError(f"{origin} is not valid JSON: {error.msg}.") from None
    if not isinstance(entry, dict):
        raise SettingsError(f"{origin} is not a JSON object with a label and a pattern.")
    if entry.get("label") not in labels and entry.get("label") is not None:
        raise SettingsError(f"{origin} has label {entry.get('label')!r}, not null or one of {', '.join(labels)}.")
    if not isinstance(entry.get("pattern"), list) or not entry["pattern"]:
        raise SettingsError(f"{origin} has no pattern: a non-empty list of token patterns is needed.")
    return Rule(entry["label"], entry["pattern"], origin)


@dataclass(frozen=True)
class Finder:
    """One constraint of a token spec: the tokens that meet it, found at once (``find``) or one by one (``holds``)."""

    cost: int  # 0 a text, 1 a part of speech, 2 a name feature, 3 a regular expression
    key: str
    find: Callable[[TokenTable], set[int]]
    holds: Callable[[TokenTable, int], bool]


class TokenSpec:
    """The tokens that may match one token spec of a pattern: a superset, found from one of its constraints.

    A constraint on the text, the lower-case text, the part of speech or a name feature
    can be looked up; the others are left out, which can only let more tokens through.
    A spec with none of them (or negated with ``"OP": "!"``) may match any token.
    """

    REGEX_MEMORY = 100_000  # strings whose regex result is remembered, per spec

    def __init__(self, spec: dict):
        finders: list[Finder] = []
        if spec.get("OP") != "!":
            for attribute, values in VALUE_ATTRIBUTES.items():
                finders += self._value_finders(spec.get(attribute), values)
            extensions = spec.get("_")
            for name in EXTENSIONS:
                if isinstance(extensions, dict) and extensions.get(name) is True:
                    finders.append(Finder(
                        2, f"_.{name}", lambda tokens, name=name: {i for i, on in enumerate(getattr(tokens, name)) if on},
                        lambda tokens, i, name=name: getattr(tokens, name)[i]))
        self.finder = min(finders, key=lambda finder: finder.cost, default=None)

    def _value_finders(self, value, values: str):
        strings = None
        if isinstance(value, str):
            strings = {value}
        elif isinstance(value, dict) and isinstance(value.get("IN"), list) and all(isinstance(v, str) for v in value["IN"]):
            strings = set(value["IN"])
        if strings is not None:
            yield Finder(0 if values != "pos" else 1, f"{values} in {sorted(strings)}",
                         lambda tokens: positions_of(tokens.where(values), strings),
                         lambda tokens, i: getattr(tokens, values)[i] in strings)
        elif isinstance(value, dict) and isinstance(value.get("REGEX"), str):
            regex, memory = re.compile(value["REGEX"]), {}

            def search(string: str) -> bool:
                if string not in memory:
                    if len(memory) > self.REGEX_MEMORY:
                        memory.clear()
                    memory[string] = bool(regex.search(string))
                return memory[string]

            yield Finder(3, f"{values} ~ {value['REGEX']}",
                         lambda tokens: {i for string, where in tokens.where(values).items() if search(string)
                                         for i in where},
                         lambda tokens, i: search(getattr(tokens, values)[i]))

    def positions(self, tokens: TokenTable) -> set[int]:
        return tokens.positions(self.finder.key, self.finder.find)


def positions_of(where: dict[str, list[int]], strings: set[str]) -> set[int]:
    """The positions of any of ``strings`` in a column's value -> positions table."""
    found: set[int] = set()
    for string in strings if len(strings) < len(where) else where.keys() & strings:
        found.update(where.get(string, ()))
    return found


class RuleWindows:
    """Where one rule can match in a document: windows around the tokens its pattern cannot do without."""

    def __init__(self, pattern: list[dict]):
        self.specs = [TokenSpec(spec) for spec in pattern]
        mandatory = [spec for spec, token in zip(self.specs, pattern) if token.get("OP") in MANDATORY_OPS and spec.finder]
        cheapest = min((spec.finder.cost for spec in mandatory), default=None)
        self.anchor_specs = [spec for spec in mandatory if spec.finder.cost == cheapest]
        self.any_token = any(spec.finder is None for spec in self.specs)
        self.looked_up = [spec for spec in self.specs if spec.finder and spec.finder.cost < 3]
        self.tested = [spec.finder for spec in self.specs if spec.finder and spec.finder.cost == 3]

    def windows(self, tokens: TokenTable) -> list[tuple[int, int]]:
        """Maximal stretches of tokens that may each fill some token of the pattern, around each anchor.

        The anchors are the tokens that may fill the rarest of the pattern's mandatory specs
        (of those cheapest to look up): every match holds one and consists of tokens that
        may fill the pattern, so it lies in one of these windows.
        """
        if not self.anchor_specs:
            return [(0, len(tokens))]
        anchors = min((spec.positions(tokens) for spec in self.anchor_specs), key=len)
        if not anchors or self.any_token:
            return [(0, len(tokens))] if anchors else []
        fill = set().union(*(spec.positions(tokens) for spec in self.looked_up))

        def may_fill(i: int) -> bool:
            return 0 <= i < len(tokens) and (i in fill or any(finder.holds(tokens, i) for finder in self.tested))

        windows: list[tuple[int, int]] = []
        for anchor in sorted(anchors):
            if windows and anchor < windows[-1][1]:
                continue
            start, end = anchor, anchor + 1
            while may_fill(start - 1):
                start -= 1
            while may_fill(end):
                end += 1
            windows.append((start, end))
        return windows


class PatternMatcher:
    """Every ``(rule index, start, end)`` that spaCy's ``Matcher`` finds for the rules.

    Each rule has its own ``Matcher`` and runs on its own windows only, so it finds all of
    its matches and only real ones.
    """

    def __init__(self, vocab, rules: list[Rule]):
        self.rules = []
        for rule in rules:
            matcher = Matcher(vocab, validate=True)
            try:
                matcher.add(rule.origin, [rule.pattern])
            except ValueError as error:
                raise SettingsError(f"{rule.origin} has an invalid token pattern: {error}") from None
            self.rules.append((matcher, RuleWindows(rule.pattern)))

    def __call__(self, doc: Doc, tokens: TokenTable) -> list[tuple[int, int, int]]:
        found = []
        checked = False
        for rank, (matcher, windows) in enumerate(self.rules):
            for start, end in windows.windows(tokens):
                # The first call checks that the document has the annotation the patterns read (e.g. POS).
                found += [(rank, start + first, start + last)
                          for _, first, last in matcher(doc[start:end], allow_missing=checked)]
                checked = True
        return found
