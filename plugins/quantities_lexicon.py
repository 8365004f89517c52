"""The data tables of the quantities plugin, loaded from JSON and compiled to regular expressions."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from annotate.errors import SettingsError

DATA_FILE = Path(__file__).parent / "data" / "quantities.json"

# Horizontal whitespace: a quantity never spans a line break.
SPACE = r"[^\S\n]"


def merge_data(base: Any, extra: Any) -> Any:
    """Merge ``extra`` over ``base``: objects key by key, lists extended, other values replaced."""
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = merge_data(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + [item for item in extra if item not in base]
    return extra


def read_json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SettingsError(f"quantities data file {path} cannot be read: {error}") from error


def is_case_sensitive(form: str) -> bool:
    """Codes and abbreviations with a capital ("USD", "MW", "kWh") only match as written."""
    return any(char.isupper() for char in form)


def lookup_key(form: str) -> str:
    return form if is_case_sensitive(form) else form.lower()


def alternation(forms: list[str]) -> str:
    """A regex alternative of ``forms``, longest first, case-insensitive unless written with a capital."""
    ordered = sorted(set(forms), key=lambda form: (-len(form), form))
    return "|".join(re.escape(form) if is_case_sensitive(form) else f"(?i:{re.escape(form)})"
                    for form in ordered)


def words_alternation(words: list[str]) -> str:
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(re.escape(word) for word in ordered)


class FormTable(dict):
    """Maps written forms to normalized values; looks a match up the way its regex matched it."""

    def normalized(self, surface: str) -> str:
        return self.get(surface) or self[surface.lower()]


def form_table(pairs: list[tuple[str, str]]) -> FormTable:
    return FormTable((lookup_key(form), value) for form, value in pairs)


@dataclass(frozen=True)
class Lexicon:
    currency_symbols: FormTable      # written before the number: "$", "US$", "RMB"
    currency_names: FormTable        # written after the number: "yuan", "US dollars", "USD"
    currency_subunits: dict[str, Decimal]  # "cents": 0.01
    percent_units: FormTable
    units: FormTable
    time_units: frozenset[str]
    number_words: dict[str, int]
    scale_words: dict[str, int]
    scale_abbreviations: dict[str, int]
    vague_words: dict[str, int]
    vague_change: str
    bounds: dict[str, str]
    context_changes: dict[str, str]
    fillers_before: frozenset[str]
    fillers_after: frozenset[str]
    not_counted_nouns: frozenset[str]
    one_idioms: frozenset[str]         # "one thing in common" counts nothing
    collective_nouns: frozenset[str]   # counted in the singular: "500 staff"
    count_governors: frozenset[str]    # lemmas that govern a bare count: "exceeded 20,000"
    counting_subjects: frozenset[str]
    level_nouns: frozenset[str]
    unit_lemmas: dict[str, str]
    currency_symbol_re: re.Pattern   # searched in the text before a number
    currency_symbol_ahead_re: re.Pattern  # matched right before a number: the "$" of "$5-$7 million"
    unit_re: re.Pattern              # matched right after a number
    bound_re: re.Pattern             # searched in the text before a quantity
    number_re: re.Pattern
    calendar_before_re: re.Pattern   # "the first 10 months"
    calendar_after_re: re.Pattern    # "two years ago"
    month_before_re: re.Pattern      # "Dec 16"
    month_after_re: re.Pattern       # "16 December"
    name_marker_re: re.Pattern       # "No. 1"
    time_of_day_re: re.Pattern       # "10 am"


def currency_forms(currencies: dict[str, dict[str, list[str]]], *keys: str) -> list[tuple[str, str]]:
    return [(form, code) for code, forms in currencies.items() for key in keys for form in forms.get(key, [])]


def unit_forms(units: dict[str, dict[str, list[str]]]) -> list[tuple[str, str]]:
    return [(form, unit) for unit, forms in units.items()
            for form in forms.get("names", []) + forms.get("abbreviations", [])]


def compile_unit_re(currency: list[str], percent: list[str], units: list[str]) -> re.Pattern:
    """A unit right after a number: separated by spaces, a hyphen ("10-day") or nothing ("5km")."""
    return re.compile(
        rf"{SPACE}*-?{SPACE}*(?:(?P<percent>{alternation(percent)})|(?P<currency>{alternation(currency)})"
        rf"|(?P<unit>{alternation(units)}))(?![\w$€£¥])"
    )


def compile_number_re(number_words: list[str], scale_words: list[str], abbreviations: list[str],
                      vague_words: list[str]) -> re.Pattern:
    """Digits with optional scale words ("5 million", "3bn"), number words ("twenty-five", "half a million")
    or vague amounts ("hundreds of")."""
    word = rf"(?:{words_alternation(number_words)})"
    scale = rf"(?:{words_alternation(scale_words)})"
    spaced_abbreviations = words_alternation([a for a in abbreviations if len(a) > 1])
    glued_abbreviations = words_alternation([a for a in abbreviations if len(a) == 1])
    vague = rf"(?:{words_alternation(vague_words)})"
    digits = (
        rf"(?:(?<![^\s(])(?P<sign>[-−]))?"
        rf"(?<![\w.,:])(?P<digits>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)(?![\d:]|[.,]\d)"
        rf"(?:{SPACE}*-?{SPACE}*(?P<scale>{scale}(?:{SPACE}+{scale})*)\b"
        rf"|{SPACE}?(?P<abbreviation>{spaced_abbreviations})\b"
        rf"|(?P<glued>{glued_abbreviations})\b)?"
    )
    base = rf"{word}(?:-{word})?"  # "eight", "twenty-five"
    words = (
        rf"\b(?P<words>(?:(?:half{SPACE}+)?a{SPACE}+(?:{scale}|dozen)|{base})"
        rf"(?:{SPACE}+{scale}(?:{SPACE}+(?:and{SPACE}+)?{base})?)*)\b"
    )
    vague_amount = rf"\b(?P<vague>{vague}(?:{SPACE}+of{SPACE}+{vague})*){SPACE}+of\b"
    return re.compile(rf"{vague_amount}|{digits}|{words}", re.IGNORECASE)


def build_lexicon(data: dict[str, Any]) -> Lexicon:
    currencies = data["currencies"]
    symbols = currency_forms(currencies, "symbols", "prefixes")
    subunits = data["currency_subunits"]
    names = currency_forms(currencies, "names", "symbols") + list(subunits["names"].items())
    percent = [(form, unit) for unit, forms in data["percent_units"].items() for form in forms]
    units = unit_forms(data["units"])
    scales = {word.lower(): value for word, value in data["scale_words"].items()}
    abbreviations = {word.lower(): value for word, value in data["scale_abbreviations"].items()}
    vague = data["vague_amounts"]
    months = words_alternation(data["months"])
    symbol_forms = alternation([form for form, _ in symbols])
    return Lexicon(
        currency_symbols=form_table(symbols),
        currency_names=form_table(names),
        currency_subunits={name.lower(): Decimal(str(subunits["factor"])) for name in subunits["names"]},
        percent_units=form_table(percent),
        units=form_table(units),
        time_units=frozenset(data["time_units"]),
        number_words={word.lower(): value for word, value in data["number_words"].items()},
        scale_words=scales,
        scale_abbreviations=abbreviations,
        vague_words=vague["words"],
        vague_change=vague["change"],
        bounds={phrase.lower(): change for phrase, change in data["bounds"].items()},
        context_changes={word: change for change, words in data["context_changes"].items()
                         if not change.startswith("_") for word in words},
        fillers_before=frozenset(data["fillers_before"]),
        fillers_after=frozenset(data["fillers_after"]),
        not_counted_nouns=frozenset(data["not_counted_nouns"]),
        one_idioms=frozenset(data["one_idioms"]),
        collective_nouns=frozenset(data["collective_nouns"]),
        counting_subjects=frozenset(data["counting_subjects"]),
        level_nouns=frozenset(data["level_nouns"]),
        count_governors=frozenset(data["count_governors"]) | {
            word for change, words in data["context_changes"].items() if change in ("up", "down") for word in words},
        unit_lemmas=data["unit_lemmas"],
        currency_symbol_re=re.compile(rf"(?<![A-Za-z])(?P<symbol>{symbol_forms}){SPACE}?$"),
        currency_symbol_ahead_re=re.compile(rf"(?P<symbol>{symbol_forms}){SPACE}?(?=\d)"),
        unit_re=compile_unit_re([f for f, _ in names], [f for f, _ in percent], [f for f, _ in units]),
        bound_re=re.compile(rf"(?<![\w.])(?P<bound>{alternation(list(data['bounds']) + ['between'])}){SPACE}+$"),
        number_re=compile_number_re(list(data["number_words"]), list(scales), list(abbreviations),
                                    list(vague["words"])),
        calendar_before_re=re.compile(rf"\b(?i:{words_alternation(data['calendar_before'])}){SPACE}+$"),
        calendar_after_re=re.compile(rf"{SPACE}+(?i:{words_alternation(data['calendar_after'])})\b"),
        month_before_re=re.compile(rf"\b(?:{months})\.?{SPACE}+$"),
        month_after_re=re.compile(rf"{SPACE}+(?:of{SPACE}+)?(?:{months})\b"),
        name_marker_re=re.compile(rf"(?<!\S)(?:{words_alternation(data['name_markers'])}){SPACE}*$"),
        time_of_day_re=re.compile(rf"{SPACE}*(?:{words_alternation(data['times_of_day'])})(?!\w)"),
    )


@lru_cache(maxsize=8)
def load_lexicon(extra_file: str | None = None) -> Lexicon:
    """The built-in tables, with the JSON file ``extra_file`` merged over them when given."""
    data = read_json(DATA_FILE)
    if extra_file:
        data = merge_data(data, read_json(Path(extra_file)))
    return build_lexicon(data)
