"""The data tables of the quantities plugin, loaded from JSON and compiled to regular expressions."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from collections.abc import Iterator
from typing import Any

from annotate.errors import SettingsError

from .registry import UnitTable, currency_data

DATA_FILE = Path(__file__).parent / "quantities.json"

# Horizontal whitespace: a quantity never spans a line break.
SPACE = r"[^\S\n]"

# Characters before a number that a pattern ending at the number may need: more than the longest
# bound, month or marker with its spaces. Searching only there keeps the search short in long sentences.
LOOKBACK = 48


def number_matches(lexicon: Lexicon, text: str, left: int = 0, right: int | None = None) -> Iterator[re.Match]:
    """The matches of ``lexicon.number_re`` in ``text[left:right]``, left to right, as ``finditer`` finds
    them, but tried only where ``number_start_re`` finds a digit or a word that may start a number."""
    right = len(text) if right is None else right
    end = left
    for candidate in lexicon.number_start_re.finditer(text, left, right):
        start = candidate.start()
        if start < end:
            continue
        match = lexicon.number_re.match(text, start, right)
        if match is None and candidate.group()[0] in "-−":
            match = lexicon.number_re.match(text, start + 1, right)
        if match is not None and match.end() > match.start():
            end = match.end()
            yield match


def search_before(pattern: re.Pattern, text: str, left: int, start: int) -> re.Match | None:
    """The match of ``pattern``, anchored with ``$``, that ends at ``start``, not before ``left``."""
    return pattern.search(text, max(left, start - LOOKBACK), start)


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
    """Codes and abbreviations with a capital ("USD", "MW", "kWh", "Rs") only match as written; names of
    several words or capitalized words ("US dollars", "Finnish markka", "Kenyan") match in any case."""
    if " " in form.strip() or not any(char.isupper() for char in form):
        return False
    return not (form[0].isupper() and form[1:].islower() and len(form) > 3)


def lookup_key(form: str) -> str:
    return form if is_case_sensitive(form) else form.lower()


def trie_pattern(words: set[str]) -> str:
    """One regex for ``words`` as a trie of their characters ("5 (?:yen|yuan)" is "y(?:en|uan)"): the
    engine follows one branch per character instead of trying every word. A longer word is tried
    before its prefix, as in an alternation sorted longest first."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


def alternation(forms: list[str]) -> str:
    """A regex of ``forms``, longest first, case-insensitive unless written as a code or abbreviation.

    The case-sensitive forms come first, then one case-insensitive group of the others."""
    exact = {form for form in forms if is_case_sensitive(form)}
    folded = {form.lower() for form in forms if not is_case_sensitive(form)}
    return "|".join(([trie_pattern(exact)] if exact else []) + ([f"(?i:{trie_pattern(folded)})"] if folded else []))


def words_alternation(words: list[str]) -> str:
    return trie_pattern(set(words))


class FormTable(dict):
    """Maps written forms to normalized values; looks a match up the way its regex matched it."""

    def normalized(self, surface: str) -> str:
        return self.get(surface) or self[surface.lower()]

    def find(self, surface: str) -> str | None:
        return self.get(surface) or self.get(surface.lower())


def form_table(pairs: list[tuple[str, str]]) -> FormTable:
    return FormTable((lookup_key(form), value) for form, value in pairs)


@dataclass(frozen=True, eq=False)  # hashed by identity: documents cache what they hold per lexicon
class Lexicon:
    currency_symbols: FormTable      # written before the number: "$", "US$", "RMB"
    currency_names: FormTable        # written after the number: "yuan", "US dollars", "USD"
    currency_families: FormTable     # a bare form shared by several currencies, to its family: "shillings"
    family_codes: dict[str, frozenset[str]]  # the currencies of a family: "shilling" KES, UGX, TZS, SOS
    currency_cues: FormTable         # a form that names one currency of a family explicitly: "Ugandan shillings"
    currency_cue_pattern: str        # finds those forms anywhere in a document; compiled when first needed
    currency_subunits: dict[str, Decimal]  # "cents": 0.01
    currency_scales: dict[str, Decimal]    # a code with a scale letter: "MEUR" 1e6, "kSEK" 1e3
    percent_units: FormTable
    percent_factors: dict[str, Decimal]  # "basis points": 0.01 (of a percentage point)
    units: UnitTable                 # physical units: pint's registry and the data file's news forms
    time_units: frozenset[str]
    number_words: dict[str, int]
    scale_words: dict[str, int]
    scale_abbreviations: dict[str, int]
    vague_words: dict[str, int]
    vague_change: str
    bounds: dict[str, str]
    context_changes: dict[str, str]
    money_nouns: frozenset[str]      # "prices will rise by an average of 1,200": a bare amount is money
    money_verbs: frozenset[str]      # "tickets cost 1,200"
    money_comparatives: frozenset[str]  # "30k or 45k cheaper"
    not_trend_nouns: frozenset[str]  # nouns spelt like a trend verb that name no change: "contract"
    particle_trend_verbs: frozenset[str]  # "edged up 0.3 percent": verbs whose particle states the change
    from_to_changes: frozenset[str]  # "went from 5 to 7": verbs that make "from X to Y" a change, not a range
    changes_with_by: dict[str, str]  # "raised the rate by 1 point": verbs that state a change only with "by"
    fillers_before: frozenset[str]
    fillers_after: frozenset[str]
    not_counted_nouns: frozenset[str]
    one_idioms: frozenset[str]         # "one thing in common" counts nothing
    collective_nouns: frozenset[str]   # counted in the singular: "500 staff"
    count_governors: frozenset[str]    # lemmas that govern a bare count: "exceeded 20,000"
    counting_subjects: frozenset[str]
    year_nouns: frozenset[str]         # "had 1988 sales": a year-like number before them is a year
    level_nouns: frozenset[str]
    unit_lemmas: dict[str, str]
    currency_symbol_re: re.Pattern   # searched in the text before a number
    currency_name_before_re: re.Pattern  # "dollar 22.5 million": a name written before the number
    name_reach: int                  # how far before a number a currency name and a space may start
    symbol_reach: int                # how far before a number its symbol and a space may start
    currency_symbol_ahead_re: re.Pattern  # matched right before a number: the "$" of "$5-$7 million"
    unit_re: re.Pattern              # matched right after a number
    bound_re: re.Pattern             # searched in the text before a quantity
    number_re: re.Pattern            # matched only where number_matches finds a digit or a number word
    number_start_re: re.Pattern      # where a number may start: a digit or a word such as "five", "a", "hundreds"
    calendar_words: frozenset[str]   # "first", "next", "last": before a time unit they name the calendar
    calendar_before_re: re.Pattern   # "the first 10 months"
    calendar_after_re: re.Pattern    # "two years ago", an age: "45-year-old"
    month_before_re: re.Pattern      # "Dec 16"
    month_after_re: re.Pattern       # "16 December"
    name_marker_re: re.Pattern       # "No. 1"
    rank_marker_re: re.Pattern       # "the top 10 companies"
    calendar_period_re: re.Pattern   # "the 12 months to March"
    time_of_day_re: re.Pattern       # "10 am"
    currency_codes: frozenset[str]   # every ISO 4217 code
    glued_codes: frozenset[str]      # codes of traded currencies, money even against a whole number: "USD115"
    scale_after_re: re.Pattern       # "75 USD million": a scale word after the currency
    age_units: frozenset[str]        # "year", "month", "week", "day": the units of an age
    age_before_re: re.Pattern        # "aged 60"
    age_after_re: re.Pattern         # "five years old", "41-year-old", "three years of age"
    age_abbreviation_re: re.Pattern  # "87 yo"
    rate_link_re: re.Pattern         # "per", "a", "an", "/" between an amount and its denominator
    rate_nouns: frozenset[str]       # nouns that follow "a" as a denominator: "$1.40 a share"
    not_rate_after_re: re.Pattern    # "a year ago": a date, not a denominator
    bounds_after: dict[str, str]     # "or more": ">"
    weight_currency_names: frozenset[str]  # "pound", "pounds": money or a weight
    weight_words: frozenset[str]     # lemmas that make "pounds" a weight: "weigh", "lose"
    money_words: frozenset[str]      # lemmas that keep "pounds" money: "pay", "price"
    bound_after_re: re.Pattern
    hyphen_bounds: dict[str, str]    # "2,000-odd workers": ">"
    hyphen_bound_re: re.Pattern      # matched right after a number
    prepositional_bounds: frozenset[str]  # "jobs over 10 years": a preposition of the verb, not a bound
    level_bounds: frozenset[str]     # "fell below 6%": bounds of the level reached, kept over a trend
    signed_units: frozenset[str]     # "convert - 20 degrees": units whose minus sign may stand apart
    compared_before_re: re.Pattern   # "up from", "against", "compared with": a bare amount takes the unit before
    age_holders: frozenset[str]      # "children under five": people whose bound number is an age
    age_nouns: frozenset[str]        # "the age of 62", "the pension age to 65"
    length_words: frozenset[str]     # "1.8m tall", "an outreach of 48m": a glued "m" is metres by these


def entries(table: dict[str, Any]) -> dict[str, Any]:
    """A data table without its "_doc" notes."""
    return {key: value for key, value in table.items() if not key.startswith("_")}


def scaled_codes(currencies: dict[str, Any], prefixes: dict[str, Any]) -> dict[str, tuple[str, Decimal]]:
    """ "MEUR", "MSEK", "kUSD": an ISO code after a scale letter, as company reports write amounts."""
    return {letter + code: (code, Decimal(factor)) for code in currencies if len(code) == 3 and code.isupper()
            for letter, factor in entries(prefixes).items()}


def currency_forms(currencies: dict[str, dict[str, list[str]]], *keys: str) -> list[tuple[str, str]]:
    return [(form, code) for code, forms in currencies.items() for key in keys for form in forms.get(key, [])]


def default_code(family: dict[str, Any], form: str) -> str:
    return family.get("defaults", {}).get(form) or next(iter(family["codes"]))


def family_bare_forms(family: dict[str, Any], *keys: str) -> list[str]:
    return [form for key in keys for form in family.get(key, [])]


def country_names(family: dict[str, Any], codes: set[str] | None = None) -> list[tuple[str, str]]:
    """ "Kenyan shillings" KES: each country adjective before each name of the family."""
    return [(f"{adjective} {name}", code) for code, adjectives in family["codes"].items()
            if codes is None or code in codes for adjective in adjectives for name in family.get("names", [])]


def country_names_pattern(family: dict[str, Any], codes: set[str] | None = None) -> str | None:
    """The regex of ``country_names``, adjectives and names apart: smaller than all their pairs."""
    adjectives = [adjective for code, adjectives in family["codes"].items()
                  if codes is None or code in codes for adjective in adjectives]
    if not adjectives or not family.get("names"):
        return None
    return f"(?:{alternation(adjectives)}) (?:{words_alternation(family['names'])})"


def bare_names(families: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """The family names written after the amount without a country, as their default code."""
    return [(form, default_code(family, form)) for family in families.values()
            for form in family_bare_forms(family, "names", "abbreviations")]


def family_symbols(families: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    return [(form, default_code(family, form)) for family in families.values()
            for form in family_bare_forms(family, "symbols")]


def names_pattern(plain: list[str], families: dict[str, dict[str, Any]], codes: set[str] | None = None) -> str:
    """The regex of the ``plain`` forms and of the families' country names."""
    countries = [country_names_pattern(family, codes) for family in families.values()]
    return "|".join([alternation(plain)] + [pattern for pattern in countries if pattern])


def shared_codes(families: dict[str, dict[str, Any]]) -> set[str]:
    """The currencies that share a name with another one: those a document may name explicitly."""
    return {code for family in families.values() if len(family["codes"]) > 1 for code in family["codes"]}


def cue_forms(currencies: dict[str, dict[str, list[str]]],
              families: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """The forms, other than country names, that name one currency of a family explicitly: its code,
    its own symbols and names; not the bare forms it shares with other currencies ("yen" is explicit)."""
    bare = {lookup_key(form) for family in families.values() if len(family["codes"]) > 1
            for form in family_bare_forms(family, "names", "abbreviations", "symbols")}
    codes = shared_codes(families)
    named = [(code, code) for code in codes] + currency_forms(currencies, "symbols", "prefixes", "names") \
        + bare_names(families) + family_symbols(families)
    return [(form, code) for form, code in named if code in codes and lookup_key(form) not in bare]


def compile_unit_re(currency: str, percent: list[str]) -> re.Pattern:
    """Percent or a currency right after a number: separated by spaces, a hyphen or nothing ("5%")."""
    return re.compile(
        rf"{SPACE}*-?{SPACE}*(?:(?P<percent>{alternation(percent)})|(?P<currency>{currency}))(?![\w$€£¥])"
    )


# A dollar sign after letters as wire text writes it: "us $", "hk $", "u.s $", "mxn$".
WIRE_DOLLAR = rf"(?i:u\.s\.?|[a-z]{{1,3}}){SPACE}?\$"
WIRE_DOLLAR_REACH = 6
WORD_NAME_RE = re.compile(r"[A-Za-z][A-Za-z .'-]*[a-z]")  # "dollars", "Kenyan shillings"; not "USD", "Kč"
FRACTIONS = {"1/2": "0.5", "1/3": "0.333333", "2/3": "0.666667", "1/4": "0.25", "3/4": "0.75", "1/8": "0.125",
             "3/8": "0.375", "5/8": "0.625", "7/8": "0.875"}
VULGAR_FRACTIONS = {"½": "0.5", "⅓": "0.333333", "⅔": "0.666667", "¼": "0.25", "¾": "0.75", "⅛": "0.125",
                    "⅜": "0.375", "⅝": "0.625", "⅞": "0.875"}


def compile_number_start_re(words: list[str]) -> re.Pattern:
    """Where a number may start: digits, a vulgar fraction, or one of ``words`` ("five", "hundreds", "a")."""
    starts = [word.lower() for word in words] + ["a", "half", "quarter", "quarters", "minus"]
    return re.compile(rf"[-−]?\d+|[{''.join(VULGAR_FRACTIONS)}]|\b(?i:{words_alternation(starts)})\b")


def compile_number_re(number_words: dict[str, int], scale_words: list[str], abbreviations: list[str],
                      vague_words: list[str]) -> re.Pattern:
    """Digits with optional scale words ("5 million", "3bn"), number words ("twenty-five", "half a million")
    or vague amounts ("hundreds of").

    Digits may follow a letter or a period here, for a currency prefix written against them ("KSh2.5bn",
    "EUR1.1bn", "Rs.500"); a number that follows a letter or a period otherwise ("COVID19") is dropped
    when it is read."""
    word = rf"(?:{words_alternation(number_words)})"
    tens = rf"(?:{words_alternation([w for w, v in number_words.items() if v % 10 == 0 and 20 <= v <= 90])})"
    units = rf"(?:{words_alternation([w for w, v in number_words.items() if 1 <= v <= 9])})"
    scale = rf"(?:{words_alternation(scale_words)})"
    spaced_abbreviations = words_alternation([a for a in abbreviations if len(a) > 1])
    glued_abbreviations = words_alternation([a for a in abbreviations if len(a) == 1])
    vague = rf"(?:{words_alternation(vague_words)})"
    fraction = rf"(?:{words_alternation(list(FRACTIONS))})"
    digits = (
        rf"(?:(?<![^\s(])(?P<sign>[-−]|(?i:minus){SPACE}+))?"
        rf"(?=\d)(?<![\d_,:])(?P<digits>(?:\d{{1,3}}(?:,\d{{3}})+"  # "1,250,000"
        rf"|\d{{1,2}}(?:,\d{{2}})+,\d{{3}}"  # "12,34,567"
        rf"|\d{{1,3}}(?:,{SPACE}000)+"  # "80, 000"
        rf"|\d+)(?:\.\d+)?)(?![\d:]|[.,]\d)"
        rf"(?:{SPACE}+(?P<fraction>{fraction})(?![\d/]))?"
        rf"(?:{SPACE}*-?{SPACE}*(?P<scale>{scale}(?:{SPACE}+{scale})*)\b"
        rf"|{SPACE}?(?P<abbreviation>{spaced_abbreviations})\b"
        rf"|(?P<glued>{glued_abbreviations})\b)?"
    )
    fraction_only = rf"(?<![\d/.,])(?P<fraction_only>{fraction}|[{''.join(VULGAR_FRACTIONS)}])(?![\d/])"
    base = rf"(?:{tens}(?:-|{SPACE}){units}\b|{word}(?:-{word})?)"  # "eight", "twenty-five", "ninety five"
    fraction_units = rf"(?:percentage{SPACE}+)?points?|hour|mile|day|week|month|year|century|decade|kilometre|kilometer|metre|meter"
    words = (
        rf"\b(?P<words>(?:(?:half{SPACE}+)?a{SPACE}+(?:{scale}|dozen)"
        rf"|(?:(?:a|one|three){SPACE}+)?(?:half|quarters?){SPACE}+(?:of{SPACE}+a{SPACE}+)?{scale}"  # "a quarter of a million"
        rf"|(?:half{SPACE}+an?|(?:a|one){SPACE}+(?:half|quarter))(?=(?:{SPACE}+|-)(?:{fraction_units})\b)"  # "half an hour"
        rf"|{base}(?:{SPACE}+and{SPACE}+a{SPACE}+half)?)"
        rf"(?:{SPACE}+{scale}(?:{SPACE}+(?:and{SPACE}+)?{base})?)*)\b"
    )
    vague_amount = rf"\b(?P<vague>{vague}(?:{SPACE}+of{SPACE}+{vague})*){SPACE}+of\b"
    # "within a week", "for a year": "a" counts one period after a preposition of duration
    article = (r"(?:(?<=\bfor )|(?<=\bwithin )|(?<=\bafter )|(?<=\bover )|(?<=\bthan )|(?<=\bunder ))"
               rf"\b(?P<article>an?)(?={SPACE}+(?:second|minute|hour|day|week|month|year|decade)\b(?![-'’])"
               rf"(?!{SPACE}+(?:earlier|ago|before|since|previously|prior)\b))")  # not "over a year earlier"
    return re.compile(rf"{vague_amount}|{fraction_only}|{article}|{digits}|{words}", re.IGNORECASE)


def build_lexicon(data: dict[str, Any]) -> Lexicon:
    currencies = entries(data["currencies"])
    families = entries(data["currency_families"])
    scaled = scaled_codes(currencies, data["scaled_code_prefixes"])
    symbols = currency_forms(currencies, "symbols", "prefixes") + family_symbols(families) \
        + [(form, code) for form, (code, _) in scaled.items()]
    subunits = data["currency_subunits"]
    plain_names = currency_forms(currencies, "names", "symbols") + bare_names(families) \
        + list(subunits["names"].items()) + [(form, code) for form, (code, _) in scaled.items()]
    names = plain_names + [pair for family in families.values() for pair in country_names(family)]
    cues = cue_forms(currencies, families)
    cue_codes = shared_codes(families)
    basis = data["basis_points"]
    percent = [(form, unit) for unit, forms in entries(data["percent_units"]).items() for form in forms] \
        + [(form, basis["unit"]) for form in basis["names"]]
    scales = {word.lower(): value for word, value in data["scale_words"].items()}
    abbreviations = {word.lower(): value for word, value in data["scale_abbreviations"].items()}
    vague = data["vague_amounts"]
    months = words_alternation(data["months"])
    ages, rates = data["ages"], data["rates"]
    symbol_forms = alternation([form for form, _ in symbols])
    word_names = [form for form, _ in plain_names if WORD_NAME_RE.fullmatch(form) and not form.isupper()]
    return Lexicon(
        currency_scales={form: factor for form, (_, factor) in scaled.items()},
        currency_symbols=form_table(symbols),
        currency_names=form_table(names),
        currency_families=form_table([(form, name) for name, family in families.items() if len(family["codes"]) > 1
                                      for form in family_bare_forms(family, "names", "abbreviations", "symbols")]),
        family_codes={name: frozenset(family["codes"]) for name, family in families.items()
                      if len(family["codes"]) > 1},
        currency_cues=form_table(cues + [pair for family in families.values()
                                         for pair in country_names(family, cue_codes)]),
        currency_cue_pattern=rf"(?<![A-Za-z])(?:{names_pattern([f for f, _ in cues], families, cue_codes)})"
                             rf"(?![A-Za-z])",
        currency_subunits={name.lower(): Decimal(str(subunits["factor"])) for name in subunits["names"]},
        percent_units=form_table(percent),
        percent_factors={form.lower(): Decimal(str(basis["factor"])) for form in basis["names"]},
        units=UnitTable(data),
        time_units=frozenset(data["time_units"]),
        number_words={word.lower(): value for word, value in data["number_words"].items()},
        scale_words=scales,
        scale_abbreviations=abbreviations,
        vague_words=vague["words"],
        vague_change=vague["change"],
        bounds={phrase.lower(): change for phrase, change in data["bounds"].items()},
        context_changes={word: change for change, words in data["context_changes"].items()
                         if not change.startswith("_") for word in words},
        from_to_changes=frozenset(data["from_to_changes"]),
        not_trend_nouns=frozenset(data["not_trend_nouns"]),
        particle_trend_verbs=frozenset(data["particle_trend_verbs"]),
        money_nouns=frozenset(data["money_context"]["nouns"]),
        money_verbs=frozenset(data["money_context"]["verbs"]),
        money_comparatives=frozenset(data["money_context"]["comparatives"]),
        changes_with_by={word: change for change, words in entries(data["changes_with_by"]).items()
                         for word in words},
        fillers_before=frozenset(data["fillers_before"]),
        fillers_after=frozenset(data["fillers_after"]),
        not_counted_nouns=frozenset(data["not_counted_nouns"]),
        one_idioms=frozenset(data["one_idioms"]),
        collective_nouns=frozenset(data["collective_nouns"]),
        counting_subjects=frozenset(data["counting_subjects"]),
        year_nouns=frozenset(data["year_nouns"]),
        level_nouns=frozenset(data["level_nouns"]),
        count_governors=frozenset(data["count_governors"]) | {
            word for change, words in data["context_changes"].items() if change in ("up", "down") for word in words},
        unit_lemmas=data["unit_lemmas"],
        currency_symbol_re=re.compile(rf"(?<![A-Za-z])(?P<symbol>{symbol_forms}|{WIRE_DOLLAR}){SPACE}?$"),
        currency_name_before_re=re.compile(rf"(?<![\w$])(?P<symbol>{alternation(word_names)}){SPACE}$"),
        name_reach=max(len(form) for form in word_names) + 1,
        symbol_reach=max(max(len(form) for form, _ in symbols), WIRE_DOLLAR_REACH) + 1,
        currency_symbol_ahead_re=re.compile(rf"(?P<symbol>{symbol_forms}){SPACE}?(?=\d)"),
        unit_re=compile_unit_re(names_pattern([f for f, _ in plain_names], families), [f for f, _ in percent]),
        bound_re=re.compile(rf"(?<![\w.])(?:(?i:{words_alternation(data['bound_intensifiers'])}){SPACE}+)?"
                            rf"(?P<bound>{alternation(list(data['bounds']) + ['between'])}){SPACE}+$"),
        number_start_re=compile_number_start_re(list(data["number_words"]) + list(vague["words"])),
        number_re=compile_number_re(data["number_words"], list(scales), list(abbreviations),
                                    list(vague["words"])),
        calendar_words=frozenset(data["calendar_before"]),
        calendar_before_re=re.compile(rf"\b(?i:{words_alternation(data['calendar_before'])}){SPACE}+$"),
        calendar_after_re=re.compile(rf"(?:{SPACE}+|-)(?i:{words_alternation(data['calendar_after'])})\b"),
        month_before_re=re.compile(rf"\b(?:{months})\.?{SPACE}+$"),
        month_after_re=re.compile(rf"{SPACE}+(?:of{SPACE}+)?(?:{months})\b"),
        name_marker_re=re.compile(rf"(?<!\S)(?:{words_alternation(data['name_markers'])}){SPACE}*$"),
        rank_marker_re=re.compile(rf"(?<![\w-])(?i:{words_alternation(data['rank_markers'])}){SPACE}+$"),
        calendar_period_re=re.compile(
            rf"{SPACE}+(?i:{words_alternation(data['calendar_period_links'])}){SPACE}+"
            rf"(?:(?i:the{SPACE}+end{SPACE}+of|end|mid){SPACE}*-?{SPACE}*)?(?:{months})\b"),
        time_of_day_re=re.compile(rf"{SPACE}*(?:{words_alternation(data['times_of_day'])})(?!\w)"),
        currency_codes=frozenset(code for code in entries(data["currencies"]) if len(code) == 3),
        glued_codes=frozenset(data["glued_codes"]),
        scale_after_re=re.compile(rf"{SPACE}+(?P<scale>{words_alternation(list(scales))})\b", re.IGNORECASE),
        age_units=frozenset(ages["units"]),
        age_before_re=re.compile(rf"(?<![\w-])(?i:{words_alternation(ages['before'])}){SPACE}+$"),
        age_after_re=re.compile(rf"(?:{SPACE}*-{SPACE}*|{SPACE}+)(?i:{words_alternation(ages['after'])})\b"),
        age_abbreviation_re=re.compile(rf"(?P<age>{SPACE}*-?(?i:{words_alternation(ages['abbreviations'])}))(?!\w)"),
        rate_link_re=re.compile(rf"(?:{SPACE}*(?P<slash>/){SPACE}*|{SPACE}*-{SPACE}*(?P<hyphen>a|an){SPACE}*-{SPACE}*"
                                rf"|{SPACE}+(?i:(?P<word>{words_alternation(rates['links'])})){SPACE}+)"),
        rate_nouns=frozenset(rates["nouns"]),
        not_rate_after_re=re.compile(rf"{SPACE}*(?i:{words_alternation(rates['not_after'])})\b"),
        weight_currency_names=frozenset(data["pounds_of_weight"]["names"]),
        weight_words=frozenset(data["pounds_of_weight"]["weight_words"]),
        money_words=frozenset(data["pounds_of_weight"]["money_words"]),
        bounds_after={phrase.lower(): change for phrase, change in data["bounds_after"].items()},
        bound_after_re=re.compile(rf"{SPACE}+(?P<bound>(?i:{words_alternation(list(data['bounds_after']))}))\b"
                                  rf"(?!{SPACE}+(?:[-−]?\d|[$€£¥]|(?i:than)\b))"),  # not "10 years and over 20 plants"
        hyphen_bounds={word.lower(): change for word, change in data["hyphen_bounds"].items()},
        hyphen_bound_re=re.compile(rf"-(?P<bound>(?i:{words_alternation(list(data['hyphen_bounds']))}))\b(?!-)"),
        prepositional_bounds=frozenset(data["prepositional_bounds"]),
        level_bounds=frozenset(data["level_bounds"]),
        signed_units=frozenset(data["signed_units"]["units"]),
        compared_before_re=re.compile(rf"(?<![\w-])(?i:{words_alternation(data['compared_before'])}){SPACE}+$"),
        age_holders=frozenset(ages["holders"]),
        age_nouns=frozenset(ages["nouns"]),
        length_words=frozenset(data["length_words"]),
    )


@lru_cache(maxsize=8)
def load_lexicon(extra_file: str | None = None) -> Lexicon:
    """The built-in tables, with the JSON file ``extra_file`` merged over them when given."""
    data = merge_data(read_json(DATA_FILE), currency_data())
    if extra_file:
        data = merge_data(data, read_json(Path(extra_file)))
    return build_lexicon(data)
