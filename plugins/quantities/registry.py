"""Units and currencies from maintained registries: pint's unit registry and babel's CLDR currency data.

Both are read once per process (``functools.cache``) and looked up through caches, never per document.
The hand-written data file adds what the registries lack (news forms such as "RMB", "mmBtu", "bpd")
and the spelling of the guidelines ("metre", "tonne", "pound-foot").
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import pint
from babel import Locale, localedata
from babel.core import get_global
from spacy.lang.en.stop_words import STOP_WORDS

# Codes that name no currency a news text would state: precious metals, funds, testing and unknown codes.
NOT_MONEY_CODES = {"XAU", "XAG", "XPT", "XPD", "XXX", "XTS", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA", "XRE", "XFO",
                   "XFU"}
BRITISH = {"meter": "metre", "liter": "litre"}
NOT_MONEY_NAME_WORDS = {"Unit", "Units", "Fund", "Code", "Currency"}


@dataclass(frozen=True)
class Unit:
    name: str       # the guidelines' name: "kilometre per hour", "degree Celsius", "gigabyte"
    dimension: str  # pint's dimensionality, e.g. "[length] / [time]"; "" for units the data file adds


@cache
def unit_registry() -> pint.UnitRegistry:
    return pint.UnitRegistry()


def is_money_code(code: str, name: str) -> bool:
    return code not in NOT_MONEY_CODES and "(" not in name and not NOT_MONEY_NAME_WORDS.intersection(name.split())


def home_locales() -> list[str]:
    """The English locales and, for every territory, the locales of its official languages."""
    known = set(localedata.locale_identifiers())
    homes = {locale for territory, languages in get_global("territory_languages").items()
             for language, facts in languages.items() if facts.get("official_status")
             for locale in (language, f"{language}_{territory}")}
    return sorted(locale for locale in known if locale == "en" or locale.startswith("en_") or locale in homes)


def is_symbol(written: str) -> bool:
    """A currency symbol that English text may carry: one with a currency sign ("₡", "CA$", "₾") or one
    written in a script other than Latin ("元", "රු."); not a Latin abbreviation ("Kč", "kr")."""
    if any(char.isspace() for char in written):
        return False
    if any(unicodedata.category(char) == "Sc" for char in written):
        return True
    letters = [char for char in written if char.isalpha()]
    return bool(letters) and not any(unicodedata.name(char, "").startswith("LATIN") for char in letters)


def currency_symbols() -> dict[str, set[str]]:
    """The symbols that English or a currency's home locales write (see ``is_symbol``)."""
    symbols: dict[str, set[str]] = defaultdict(set)
    for locale in home_locales():
        for code, symbol in localedata.load(locale, merge_inherited=False).get("currency_symbols", {}).items():
            symbol = symbol.strip("\u200e\u200f")
            if is_symbol(symbol):
                symbols[code].add(symbol)
    return symbols


@cache
def currency_data() -> dict[str, Any]:
    """The currencies of CLDR in the data file's layout.

    ``currencies``: per ISO code, the code as a prefix and a name, the English names in the singular and
    the plural ("Kenyan shilling", "Kenyan shillings") and the symbols with a currency sign that name
    that currency alone. ``currency_families``: the currencies that share a name ("shilling"), each
    with the country adjective of its English name ("Kenyan"); the data file says which bare names
    and defaults a family has.
    """
    english = Locale("en")
    plurals = english._data["currency_names_plural"]
    owners: dict[str, set[str]] = defaultdict(set)
    symbols = currency_symbols()
    for code, forms in symbols.items():
        for symbol in forms:
            owners[symbol].add(code)
    currencies: dict[str, dict[str, list[str]]] = {}
    families: dict[str, dict[str, Any]] = {}
    for code, name in english.currencies.items():
        if not (len(code) == 3 and code.isupper() and is_money_code(code, name)):
            continue
        names = [name]
        for form in (plurals.get(code) or {}).values():
            if form not in names:
                names.append(form)
        unique = sorted(s for s in symbols.get(code, ()) if owners[s] == {code} and s != code)
        currencies[code] = {"symbols": unique, "prefixes": [code], "names": names + [code]}
        *adjective, head = name.split()
        if adjective:
            family = families.setdefault(head.lower(), {"codes": {}})
            family["codes"][code] = [" ".join(adjective)]
    families = {head: family for head, family in families.items() if len(family["codes"]) > 1}
    return {"currencies": currencies, "currency_families": families}


def entries(table: dict[str, Any]) -> dict[str, Any]:
    """A data table without its "_doc" notes."""
    return {key: value for key, value in table.items() if not key.startswith("_")}


def guideline_name(pint_name: str, spellings: dict[str, str]) -> str:
    """pint's name in the guidelines' words: "kilometer_per_hour" -> "kilometre per hour"."""
    if pint_name in spellings:
        return spellings[pint_name]
    words = [spellings.get(word, word) for word in pint_name.split("_")]
    return re.sub(r"(meter|liter)\b", lambda match: BRITISH[match.group(1)], " ".join(words))


class UnitTable:
    """Written unit forms -> :class:`Unit`, from pint's registry and the data file's own forms.

    A form is a unit's name, alias or symbol, a plural of a name, or a prefix with a unit that takes
    prefixes ("kilometres", "GWh", "μg"). Lower-case names also match capitalized; symbols match as
    written. English function words ("in", "a", "at") are never units.
    """

    def __init__(self, data: dict[str, Any]):
        self.spellings: dict[str, str] = entries(data.get("unit_spellings", {}))
        self.forms: dict[str, Unit] = {}
        self.not_units = frozenset(data.get("not_units", []))
        registry = unit_registry()
        capital_symbols = set(data.get("capital_prefixed_symbols", []))
        for base in data.get("prefixable_units", []):
            definition = registry._units[base]
            dimension = str(registry.get_dimensionality(base))
            symbols = [definition.symbol] + [alias for alias in definition.aliases if len(alias) <= 2]
            for prefix, prefix_symbols in entries(data.get("unit_prefixes", {})).items():
                unit = Unit(prefix + guideline_name(base, self.spellings).replace(" ", "-"), dimension)
                for name in [definition.name, *definition.aliases]:
                    if len(name) > 2:
                        self.add_name(prefix + name, unit)
                for prefix_symbol in prefix_symbols:
                    for symbol in symbols:
                        written = prefix_symbol + (symbol or "")
                        if symbol and (not written.isupper() or base in capital_symbols):
                            self.forms.setdefault(written, unit)  # not "TV", "PV", "MN": words more than units
        glued = entries(data.get("glued_symbols", {}))
        self.spaced = frozenset(glued.pop("spaced", []))
        self.after_spaced = frozenset(word.lower() for word in glued.pop("after_spaced", [])) | STOP_WORDS
        self.glued: dict[str, Unit] = {symbol: Unit(name, self.dimension_of(name)) for symbol, name in glued.items()}
        for name, forms in entries(data.get("units", {})).items():
            unit = Unit(name, self.dimension_of(name))
            for form in forms.get("names", []):
                for written in {form, form.replace(" ", "-")}:  # "basis points", "25-basis-point"
                    self.forms[written] = unit
                    self.forms[written.lower()] = unit
            for form in forms.get("abbreviations", []):
                self.forms[form] = unit

    def dimension_of(self, name: str) -> str:
        """The dimension of a unit the data file names, when pint knows the unit: "tonne" is a mass."""
        unit = self.forms.get(name) or self.from_registry(name.replace(" ", "_"))
        return unit.dimension if unit is not None else ""

    def add_name(self, name: str, unit: Unit) -> None:
        name = name.replace("_", " ")
        for written in {name, name.replace(" ", "-")}:
            for form in (written, written + "s"):
                self.forms.setdefault(form, unit)

    @lru_cache(maxsize=4096)
    def find(self, written: str) -> Unit | None:
        """The unit written ``written``, or None."""
        unit = self.forms.get(written)
        if unit is None and written[:1].isupper() and written[1:].islower():
            unit = self.forms.get(written.lower())
        if unit is not None:
            return unit
        lower = written.lower()
        if lower in STOP_WORDS or lower in self.not_units or len(written) < 2 or not written.replace(" ", "").isalpha():
            return None
        return self.from_registry(written) or (self.from_registry(written.lower()) if written.istitle() else None)

    def from_registry(self, written: str) -> Unit | None:
        registry = unit_registry()
        try:
            parses = registry.parse_unit_name(written, case_sensitive=True)
        except Exception:  # pint raises its own errors on odd input; an unknown word is no unit
            return None
        for prefix, name, _ in parses:
            if prefix == "":
                return Unit(guideline_name(name, self.spellings), str(registry.get_dimensionality(name)))
        return None
