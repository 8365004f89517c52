"""The quantities plugin's units (pint) and currencies (babel) in the guidelines' names."""

from __future__ import annotations

import pytest
from babel import Locale

from annotate_plugins.quantities.lexicon import load_lexicon
from annotate_plugins.quantities.registry import currency_data
from annotate_plugins.quantities.units import resolve, unit_at


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon(None)


@pytest.mark.parametrize("written, name", [
    ("km", "kilometre"), ("Kilometers", "kilometre"), ("metres", "metre"), ("μg", "microgram"),
    ("GWh", "gigawatt-hour"), ("kilowatt-hours", "kilowatt-hour"), ("GB", "gigabyte"), ("MW", "megawatt"),
    ("mph", "mile per hour"), ("km/h", "kilometre per hour"), ("kph", "kilometre per hour"),
    ("rpm", "revolution per minute"), ("hp", "horsepower"), ("pound-feet", "pound-foot"), ("lbs", "pound"),
    ("°C", "degree Celsius"), ("degrees fahrenheit", "degree Fahrenheit"), ("°", "degree"),
    ("square miles", "square mile"), ("km²", "square kilometre"), ("cubic feet", "cubic foot"),
    ("centimeters/millisecond", "centimetre per millisecond"), ("tons", "tonne"), ("Mt", "megatonne"),
    ("mmBtu", "million British thermal unit"), ("TEUs", "twenty-foot equivalent unit"), ("bpd", "barrel per day"),
])
def test_written_units_resolve_to_the_guidelines_names(lexicon, written, name):
    assert resolve(lexicon.units, written).name == name


@pytest.mark.parametrize("written", ["in", "a", "at", "are", "people", "quarter", "TV", "PV", "units"])
def test_words_that_pint_reads_as_units_are_no_units(lexicon, written):
    assert resolve(lexicon.units, written) is None


def test_one_letter_symbols_count_only_against_the_number(lexicon):
    assert unit_at(lexicon.units, "100t of coal", 3, 12).unit.name == "tonne"
    assert unit_at(lexicon.units, "100 t of coal", 3, 13) is None


def test_every_current_iso_currency_comes_from_babel_with_its_english_names():
    currencies = currency_data()["currencies"]
    for code in ("USD", "EUR", "CNY", "KES", "GEL", "LAK", "CRC", "FIM"):
        english = Locale("en").currencies[code]
        assert english in currencies[code]["names"] and code in currencies[code]["prefixes"]
    assert "Finnish markkas" in currencies["FIM"]["names"]
    assert "₾" in currencies["GEL"]["symbols"] and "₡" in currencies["CRC"]["symbols"]
    assert "$" not in currencies["USD"]["symbols"]  # shared by many dollars: the data file settles it
    assert "XAU" not in currencies and "XXX" not in currencies  # gold and "no currency" are no money


def test_the_registries_are_read_once_per_process(lexicon):
    assert load_lexicon(None) is lexicon
    assert currency_data() is currency_data()
