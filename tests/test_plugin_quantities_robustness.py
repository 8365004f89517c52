"""The quantities plugin never raises and never emits two overlapping spans, whatever the text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import annotate_plugins.quantities as quantities

# Texts that made 0.2.0 emit overlapping spans (issue 8), and what each must give now.
ADJACENT_AMOUNTS = {
    "$ 20,000.00 $ 37,305.97 february expenses": ["$ 20,000.00", "$ 37,305.97"],
    "10 $ 30 $": ["10 $", "30 $"],
    "10 $ 30 cent": ["10 $ 30 cent"],
    "The subscription will increase to 17 USD 25.": ["17 USD 25"],
    "They paid 75 USD million but the price was actually 50 million USD. "
    "And if they had just 15 USD 50 more, they would have paid 80 USD million.":
        ["75 USD million", "50 million USD", "15 USD 50", "80 USD million"],
    "The driver was tipped one $ 5,000 to keep quiet.": ["$ 5,000"],
    "Prices: € 5 € 10 £ 3 £ 4 ¥ 100 ¥ 200.": ["€ 5", "€ 10", "£ 3", "£ 4", "¥ 100", "¥ 200"],
    "rmb 10 usd 20": ["rmb 10", "usd 20"],
    "10 rmb 20 usd": ["10 rmb", "20 usd"],
}

PIECES = [
    "5", "12.5", "1,250,000", "2,3", "0", "-4", "1/2", "½", "7 3/4", "80, 000", "12,34,567", "2024", "3rd",
    "five", "twenty-five", "ninety five", "a dozen", "half a", "three quarters", "hundreds of",
    "million", "bn", "m", "k", "crore", "lakh",
    "$", "US$", "us $", "c $", "HK$", "€", "£", "¥", "₹", "₾", "₿", "元", "USD", "usd", "EUR", "RMB", "Rs.", "KSh",
    "dollars", "cents", "yen", "Kenyan shillings", "pounds", "finnish markka",
    "%", "percent", "percentage points", "bps",
    "km", "km/h", "mph", "°C", "° F", "degrees", "square metres", "km²", "GB", "pound-feet", "kWh", "mmBtu",
    "t", "m2", "per", "a", "an", "/", "per barrel", "a share", "a year", "ago", "old", "-year-old", "aged", "yo",
    "more than", "about", "between", "and", "to", "or more", "from", "within", "up", "fell", "rose",
    "(", ")", "[", "]", '"', "“", "”", "'", "’", ",", ".", ";", ":", "-", "–", "—", "…", "\n", "\t", " ", "  ",
    "\u00a0", "\u202f", "\u200b", "\u200e", "\u200f", "שלום", "مرحبا", "١٢٣", "🙂", "👍🏽", "e\u0301", "\x00", "\x07",
    "\x1b", "\ufeff", "\ud7ff", "COVID-19", "Route 66", "No. 1", "the", "Exports", "rose", "to", "in", "2022",
]


def run(nlp, text, parse=True):
    """The plugin's spans on ``text``; without ``parse`` the Doc has tokens only (no tags, no sentences)."""
    predict = quantities.annotate_predictor(nlp=nlp, settings=None)
    found = []
    predict([nlp(text) if parse else nlp.make_doc(text)], lambda doc, start, end, label, attrs=None, score=None:
            found.append((start, end, label, attrs)))
    return found


def assert_valid(text, found):
    ends = 0
    for start, end, label, attrs in sorted(found):
        assert 0 <= start < end <= len(text)
        assert start >= ends, f"overlapping spans in {text!r}: {found}"
        assert text[start:end] == text[start:end].strip()
        assert label in quantities.LABELS
        assert attrs["value"] is None or isinstance(attrs["value"], float)
        ends = end


@pytest.mark.parametrize("text, expected", ADJACENT_AMOUNTS.items(), ids=list(ADJACENT_AMOUNTS))
def test_adjacent_amounts_are_separate_spans_that_never_overlap(nlp, text, expected):
    found = run(nlp, text)
    assert_valid(text, found)
    assert [text[start:end] for start, end, _, _ in found] == expected


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), max_size=25), st.lists(st.sampled_from(["", " ", "  "]), max_size=25))
def test_any_mix_of_numbers_units_and_unicode_gives_valid_spans(nlp, pieces, gaps):
    text = "".join(piece + (gaps[i] if i < len(gaps) else " ") for i, piece in enumerate(pieces))
    assert_valid(text, run(nlp, text))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
def test_arbitrary_unicode_gives_valid_spans(nlp, text):
    assert_valid(text, run(nlp, text))


@pytest.mark.parametrize("text", [
    "", " ", "\n\n\t ", "5", "$", "per", "x" * 50_000, "1" * 50_000, "$" + "9" * 5000 + " million",
    "$" + "9" * 49_999, "They paid $" + "9" * 400 + " trillion trillion.", "1,000" * 10_000,
    "-" * 50_000, "5-" * 25_000, "km/" * 10_000, "1,000, 000, 000, 000 " * 200,
    "Exports rose 5% to $3.2 billion, or 20,000 tonnes a day. " * 100,
], ids=lambda text: repr(text[:20]))
def test_edge_texts_give_valid_spans(nlp, text):
    assert_valid(text, run(nlp, text, parse=len(text) < 10_000))  # spaCy's parser alone takes long on these


def test_a_quarter_megabyte_sentence_gives_valid_spans(nlp):
    """One sentence of 250,000 characters (the tokenizer alone marks no sentences): no step may grow with
    the square of the sentence, and amounts that need no parse are all found. (tests/test_robustness.py
    runs every plugin on a parsed megabyte.)"""
    paragraph = ("Xinjiang's exports rose 12.5 percent to 61.88 billion yuan ($8.6 billion), and 2,000 trucks "
                 "crossed at 95 mph within 48 hours; a 41-year-old driver paid US$ 1,200 a month.\n")
    copies = 250_000 // len(paragraph)
    text = paragraph * copies
    found = run(nlp, text, parse=False)
    assert_valid(text, found)
    assert [text[start:end] for start, end, _, _ in found[:7]] == [
        "12.5 percent", "61.88 billion yuan", "$8.6 billion", "95 mph", "within 48 hours", "41-year-old",
        "US$ 1,200 a month"]
    assert len(found) == 7 * copies
