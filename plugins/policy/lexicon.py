"""The word lists of the policy plugin: the built-in ``data/policy_lexicon.json`` and a user's file over it."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path

from annotate.errors import SettingsError

BUILTIN_LEXICON = Path(__file__).resolve().parent.parent / "data" / "policy_lexicon.json"


@dataclass(frozen=True)
class Lexicon:
    """Each list of the data file as a set of lower-case entries (its ``_about`` says what each is for)."""

    instrument_nouns: frozenset[str]
    rate_instruments: frozenset[str]
    named_instruments: frozenset[str]
    generic_heads: frozenset[str]
    collective_nouns: frozenset[str]
    action_nouns: frozenset[str]
    action_noun_suffixes: frozenset[str]
    procedure_modifiers: frozenset[str]
    benefit_modifiers: frozenset[str]
    introducing_verbs: frozenset[str]
    carrying_out_verbs: frozenset[str]
    providing_verbs: frozenset[str]
    benefiting_words: frozenset[str]
    membership_verbs: frozenset[str]
    introducing_nouns: frozenset[str]
    governing_prepositions: frozenset[str]
    authority_words: frozenset[str]
    authority_entity_labels: frozenset[str]
    authority_modifiers: frozenset[str]
    company_words: frozenset[str]
    excluded_nouns: frozenset[str]
    scope_prepositions: frozenset[str]
    time_prepositions: frozenset[str]
    occasion_nouns: frozenset[str]
    example_prepositions: frozenset[str]
    changing_verbs: frozenset[str]
    standalone_instruments: frozenset[str]
    figure_verbs: frozenset[str]
    procedure_nouns: frozenset[str]
    synonymous_instruments: frozenset[str]
    legal_vehicles: frozenset[str]
    requesting_verbs: frozenset[str]
    international_lenders: frozenset[str]
    broad_instruments: frozenset[str]
    goal_modifiers: frozenset[str]
    ambiguous_instruments: frozenset[str]
    service_nouns: frozenset[str]
    funding_verbs: frozenset[str]
    taking_effect_phrases: frozenset[str]


def load_lexicon(extra_path: str | Path | None = None) -> Lexicon:
    """The built-in lexicon, with the lists of the JSON file ``extra_path`` merged over it."""
    lists = read_lexicon_lists(BUILTIN_LEXICON)
    if extra_path:
        merge_lexicon_lists(lists, read_lexicon_lists(Path(extra_path)), Path(extra_path))
    return Lexicon(**{f.name: frozenset(word.lower() for word in lists[f.name]) for f in fields(Lexicon)})


def read_lexicon_lists(path: Path) -> dict[str, list]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SettingsError(f"policy lexicon {path} cannot be read: {error}") from error
    return {key: value for key, value in data.items() if not key.startswith("_")}


def merge_lexicon_lists(lists: dict[str, list], extra: dict[str, list], path: Path) -> None:
    removals = extra.pop("remove", {})
    for name in [*extra, *removals]:
        if name not in lists:
            raise SettingsError(f"policy lexicon {path} has an unknown list {name!r}")
    for name, words in extra.items():
        lists[name] = [*lists[name], *words]
    for name, words in removals.items():
        dropped = {word.lower() for word in words}
        lists[name] = [word for word in lists[name] if word.lower() not in dropped]
