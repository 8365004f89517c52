"""The built-in quantities plugin: MONEY, PERCENT and QUANTITY spans and their attributes."""

from __future__ import annotations

import json

import pytest

import annotate_plugins.quantities as quantities
from annotate.settings import Settings
from annotate_plugins.quantities_lexicon import merge_data


def span(text, label, value, unit, change="=", surface=None, value_max=None):
    attrs = {"value": value, "unit": unit, "change": change, "surface_unit": surface}
    if value_max is not None:
        attrs["value_max"] = value_max
    return (text, label, attrs)


def money(text, value, unit, change="=", surface=None, value_max=None):
    return span(text, "MONEY", value, unit, change, surface, value_max)


def percent(text, value, change="=", surface="percent", unit="percent", value_max=None):
    return span(text, "PERCENT", value, unit, change, surface, value_max)


def quantity(text, value, unit, change="=", surface=None, value_max=None):
    return span(text, "QUANTITY", value, unit, change, surface, value_max)


EXAMPLES = {
    "thousands separators and decimals": (
        "The plant shipped 1,250,000 bottles and 3.75 tonnes of tea.",
        [quantity("1,250,000 bottles", 1250000.0, "bottle", surface="bottles"),
         quantity("3.75 tonnes", 3.75, "tonne", surface="tonnes")],
    ),
    "number words": (
        "The city approved twenty-five projects and one hundred and twelve loans.",
        [quantity("twenty-five projects", 25.0, "project", surface="projects"),
         quantity("one hundred and twelve loans", 112.0, "loan", surface="loans")],
    ),
    "a dozen": (
        "A dozen banks joined the scheme.",
        [quantity("A dozen banks", 12.0, "bank", surface="banks")],
    ),
    "scale words": (
        "The fund holds 2.5 trillion yuan and two billion dollars.",
        [money("2.5 trillion yuan", 2.5e12, "CNY", surface="yuan"),
         money("two billion dollars", 2e9, "USD", surface="dollars")],
    ),
    "scale abbreviations": (
        "Revenue was $3.4bn and costs were 120 mln euros.",
        [money("$3.4bn", 3.4e9, "USD", surface="$"), money("120 mln euros", 1.2e8, "EUR", surface="euros")],
    ),
    "currency symbols": (
        "It paid ¥800, €45, £12.5 million and 300 tenge.",
        [money("¥800", 800.0, "CNY", surface="¥"), money("€45", 45.0, "EUR", surface="€"),
         money("£12.5 million", 12.5e6, "GBP", surface="£"), money("300 tenge", 300.0, "KZT", surface="tenge")],
    ),
    "currency names": (
        "The contract is worth 40 billion rubles, or 5 billion renminbi.",
        [money("40 billion rubles", 4e10, "RUB", surface="rubles"),
         money("5 billion renminbi", 5e9, "CNY", surface="renminbi")],
    ),
    "ISO codes and prefixed symbols": (
        "Investors put in US$2 billion, RMB 600 million and 7 billion USD.",
        [money("US$2 billion", 2e9, "USD", surface="US$"), money("RMB 600 million", 6e8, "CNY", surface="RMB"),
         money("7 billion USD", 7e9, "USD", surface="USD")],
    ),
    "yen, won and written-out US dollars": (
        "Toyota earned 1.2 trillion yen, Samsung 5 trillion won and Ford 30 million US dollars.",
        [money("1.2 trillion yen", 1.2e12, "JPY", surface="yen"),
         money("5 trillion won", 5e12, "KRW", surface="won"),
         money("30 million US dollars", 3e7, "USD", surface="US dollars")],
    ),
    "currency subunits": (
        "Brent crude rose 52 cents.",
        [money("52 cents", 0.52, "USD", "up", surface="cents")],
    ),
    "percent forms": (
        "The jobless rate was 5.2% and the target is 3 per cent.",
        [percent("5.2%", 5.2, surface="%"), percent("3 per cent", 3.0, surface="per cent")],
    ),
    "percentage points": (
        "The central bank cut the rate by 0.5 percentage points.",
        [percent("0.5 percentage points", 0.5, "down", "percentage points", "percentage_point")],
    ),
    "range with between": (
        "Growth will be between 4 and 6 percent.",
        [percent("between 4 and 6 percent", 4.0, value_max=6.0)],
    ),
    "ranges with a hyphen and with to": (
        "Inflation may reach 2-3 percent, and prices could rise 5 to 8 percent.",
        [percent("2-3 percent", 2.0, value_max=3.0), percent("5 to 8 percent", 5.0, "up", value_max=8.0)],
    ),
    "range sharing a currency and scale": (
        "The deal is worth $5-7 billion.",
        [money("$5-7 billion", 5e9, "USD", surface="$", value_max=7e9)],
    ),
    "range of two written amounts": (
        "The Fed kept rates in the 5.25%-5.50% band.",
        [percent("5.25%-5.50%", 5.25, surface="%", value_max=5.5)],
    ),
    "two amounts joined by and": (
        "Approval now takes 12 days and 20 days respectively.",
        [quantity("12 days", 12.0, "day", surface="days"), quantity("20 days", 20.0, "day", surface="days")],
    ),
    "respectively with the unit written once": (
        "Exports and imports rose 6.1 and 4.3 percent, respectively.",
        [percent("6.1", 6.1, "up"), percent("4.3 percent", 4.3, "up")],
    ),
    "parenthesised conversion": (
        "The firm invested nearly 700 million yuan ($97 million) in the plant.",
        [money("nearly 700 million yuan", 7e8, "CNY", "~", surface="yuan"),
         money("$97 million", 9.7e7, "USD", surface="$")],
    ),
    "conversion in a trend": (
        "Profit grew by 2 billion yuan ($280 million).",
        [money("2 billion yuan", 2e9, "CNY", "up", surface="yuan"),
         money("$280 million", 2.8e8, "USD", "up", surface="$")],
    ),
    "slash between durations": (
        "The hotline runs 7 days/24 hours.",
        [quantity("7 days", 7.0, "day", surface="days"), quantity("24 hours", 24.0, "hour", surface="hours")],
    ),
    "hyphenated number-unit adjectives": (
        "They signed a 15-year lease after a three-day visit.",
        [quantity("15-year", 15.0, "year", surface="year"), quantity("three-day", 3.0, "day", surface="day")],
    ),
    "physical units written out singular": (
        "The line is 1,200 km long and the park covers 3.5 square kilometers.",
        [quantity("1,200 km", 1200.0, "kilometre", surface="km"),
         quantity("3.5 square kilometers", 3.5, "square kilometre", surface="square kilometers")],
    ),
    "counted noun with compounds, without adjectives": (
        "Customs cleared 40 new cargo trains and 1.2 million people.",
        [quantity("40 new cargo trains", 40.0, "cargo train", surface="cargo trains"),
         quantity("1.2 million people", 1.2e6, "person", surface="people")],
    ),
    "coordinated counted nouns": (
        "The bank has branches in 40 cities and counties.",
        [quantity("40 cities and counties", 40.0, "city and county", surface="cities and counties")],
    ),
    "vague amounts": (
        "Hundreds of companies and tens of thousands of workers joined.",
        [quantity("Hundreds of companies", 100.0, "company", ">", surface="companies"),
         quantity("tens of thousands of workers", 1e4, "worker", ">", surface="workers")],
    ),
    "negative percentage": (
        "Industrial profits were -3.5% in May.",
        [percent("-3.5%", -3.5, surface="%")],
    ),
    "bare counts of a noun named in the sentence": (
        "The number of registered firms increased from 120 to 450.",
        [quantity("120", 120.0, "firm", surface="firms"), quantity("450", 450.0, "firm", surface="firms")],
    ),
    "bare count after a bounding verb": (
        "Sales of electric vehicles exceeded 8,000.",
        [quantity("8,000", 8000.0, "vehicle", ">", surface="vehicles")],
    ),
    "bare count of the verb's object": (
        "The city plans to raise the number of bus lines to 300.",
        [quantity("300", 300.0, "bus line", surface="bus lines")],
    ),
    "bare increment after a counted amount": (
        "The zone hosts 850 foreign firms, 120 more than last year, and an increase of 60 over 2022.",
        [quantity("850 foreign firms", 850.0, "firm", surface="firms"),
         quantity("120", 120.0, "firm", "up", surface="firms"),
         quantity("60", 60.0, "firm", "up", surface="firms")],
    ),
    "trend noun after the amount": (
        "Exports posted a 5 percent decline.",
        [percent("5 percent", 5.0, "down")],
    ),
    "level reached after a trend": (
        "Exports soared 9.1 percent to 3.2 trillion yuan.",
        [percent("9.1 percent", 9.1, "up"), money("3.2 trillion yuan", 3.2e12, "CNY", surface="yuan")],
    ),
}

NOT_QUANTITIES = {
    "dates and times": "On March 3, 2021, at 10 am, the first train left for Dec. 21 deliveries.",
    "years": "The 2023 budget was approved in 2022, and the 2031-2035 plan is under way.",
    "ordinals": "It ranked 3rd and was the first of its kind, a second time.",
    "numbers inside names": "The COVID-19 rules, Route 66, Boeing 737 jets and the G20 were discussed.",
    "calendar periods": "In the first six months of this year, output rose, as it did two years ago.",
    "doubled": "Prices doubled last year.",
    "bare number without a counted noun": "The index closed at 3,050 on Friday.",
    "slogan counts": 'The "three zones, two centers" plan was revised; the three zones are coastal.',
    "idiomatic one": "The firms have one thing in common.",
}

APPROXIMATORS_AND_BOUNDS = [
    ("about", "~"), ("nearly", "~"), ("around", "~"), ("approximately", "~"), ("roughly", "~"), ("some", "~"),
    ("up to", "<"), ("less than", "<"), ("within", "<"), ("under", "<"), ("no more than", "<"), ("below", "<"),
    ("more than", ">"), ("over", ">"), ("at least", ">"), ("above", ">"), ("exceeding", ">"), ("upwards of", ">"),
]

TRENDS = [
    ("Exports rose by 5 percent.", "up"),
    ("Exports increased 5 percent year-on-year.", "up"),
    ("Exports grew by 5 percent.", "up"),
    ("Exports soared 5 percent.", "up"),
    ("Exports jumped 5 percent.", "up"),
    ("Exports saw a year-on-year increase of 5 percent.", "up"),
    ("Exports were up 5 percent.", "up"),
    ("Exports fell 5 percent.", "down"),
    ("Exports dropped by 5 percent.", "down"),
    ("Exports declined 5 percent.", "down"),
    ("Exports decreased by 5 percent.", "down"),
    ("Exports recorded a decrease of 5 percent.", "down"),
    ("Exports were down 5 percent.", "down"),
    ("Exports rose to 5 percent.", "="),
]


@pytest.mark.parametrize("text, expected", EXAMPLES.values(), ids=EXAMPLES.keys())
def test_finds_quantities_with_their_attributes(run_plugin, text, expected):
    assert run_plugin(quantities, text) == expected


@pytest.mark.parametrize("text", NOT_QUANTITIES.values(), ids=NOT_QUANTITIES.keys())
def test_leaves_out_what_is_not_a_quantity(run_plugin, text):
    assert run_plugin(quantities, text) == []


@pytest.mark.parametrize("words, change", APPROXIMATORS_AND_BOUNDS)
def test_bounding_words_join_the_span_and_set_change(run_plugin, words, change):
    found = run_plugin(quantities, f"The review took {words} 24 hours.")
    assert found == [quantity(f"{words} 24 hours", 24.0, "hour", change, surface="hours")]


@pytest.mark.parametrize("text, change", TRENDS)
def test_trend_words_stay_outside_and_set_change(run_plugin, text, change):
    assert run_plugin(quantities, text) == [percent("5 percent", 5.0, change)]


def normalize(nlp, text, drawn, label="MONEY", settings=None):
    doc = nlp(text)
    start = text.index(drawn)
    return quantities.annotate_normalize(doc=doc, start=start, end=start + len(drawn), label=label,
                                         settings=settings or Settings())


@pytest.mark.parametrize("drawn, label, expected", [
    ("nearly 100 million yuan", "MONEY", {"value": 1e8, "unit": "CNY", "change": "~", "surface_unit": "yuan"}),
    ("100 million yuan", "MONEY", {"value": 1e8, "unit": "CNY", "change": "=", "surface_unit": "yuan"}),
    ("12.5 percent", "PERCENT", {"value": 12.5, "unit": "percent", "change": "up", "surface_unit": "percent"}),
    ("rose by 12.5 percent", "PERCENT", {"value": 12.5, "unit": "percent", "change": "up", "surface_unit": "percent"}),
    ("50 truck", "QUANTITY", {"value": 50.0, "unit": "truck", "change": "=", "surface_unit": "truck"}),
    ("tractors", "QUANTITY", {"value": None, "unit": None, "change": None, "surface_unit": None}),
])
def test_normalize_recomputes_the_attributes_of_a_drawn_span(nlp, drawn, label, expected):
    text = "Revenue rose by 12.5 percent to nearly 100 million yuan after it sold 50 truck tractors."
    assert normalize(nlp, text, drawn, label) == expected


def test_normalize_answers_only_for_quantity_labels(nlp):
    assert normalize(nlp, "Xinjiang sold 50 trucks.", "Xinjiang", label="GPE") is None


def test_predicted_attributes_equal_the_normalized_ones(nlp, run_plugin):
    text = "Exports grew 7.6 percent and 5.5 percent, reaching 61.88 billion yuan ($8.6 billion) and 20,000 vehicles."
    for span_text, label, attrs in run_plugin(quantities, text):
        assert normalize(nlp, text, span_text, label) == attrs


def test_data_option_merges_an_extra_table(tmp_path, run_plugin):
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps({"currencies": {"XDR": {"names": ["special drawing rights"]}}}), encoding="utf-8")
    settings = Settings(options={"quantities": {"data": str(extra)}})
    found = run_plugin(quantities, "The IMF lent 5 billion special drawing rights.", settings)
    assert found == [money("5 billion special drawing rights", 5e9, "XDR", surface="special drawing rights")]


def test_merge_data_merges_objects_and_extends_lists():
    base = {"units": {"tonne": {"names": ["tonnes"]}}, "months": ["May"], "factor": 1}
    extra = {"units": {"tonne": {"names": ["tons"]}, "bale": {"names": ["bales"]}}, "months": ["May", "Sept"],
             "factor": 2}
    assert merge_data(base, extra) == {
        "units": {"tonne": {"names": ["tonnes", "tons"]}, "bale": {"names": ["bales"]}},
        "months": ["May", "Sept"],
        "factor": 2,
    }


def test_declares_its_labels_and_components():
    registered = []
    quantities.annotate_labels(register=lambda *args: registered.append(args))
    assert [(family, label) for family, label, _ in registered] == [
        ("quantities", "MONEY"), ("quantities", "PERCENT"), ("quantities", "QUANTITY")]
    assert all(description.endswith(".") for _, _, description in registered)
    assert "ner" not in quantities.annotate_spacy_components()
    assert quantities.__version__ == "0.1.0"
