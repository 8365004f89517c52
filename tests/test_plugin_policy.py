"""The built-in ``policy`` plugin: POLICY_MEASURE spans and their extent (guidelines, section 3)."""

from __future__ import annotations

import json

import pytest

from annotate.errors import SettingsError
from annotate.settings import Settings
from annotate_plugins import policy


def measures(run_plugin, text, settings=None):
    found = run_plugin(policy, text, settings)
    assert all(label == "POLICY_MEASURE" and attrs == {} for _, label, attrs in found)
    return [span for span, _, _ in found]


GUIDELINE_EXAMPLES = [
    (
        "Xinjiang introduced eight measures to support the stable development of foreign trade this year, "
        "guiding enterprises to explore markets.",
        ["eight measures to support the stable development of foreign trade"],
    ),
    (
        "This year, Chinese authorities at all levels have rolled out a string of favorable policies for "
        "COVID-19-hit enterprises and ratcheted up efforts to smooth industrial and supply chains.",
        ["a string of favorable policies for COVID-19-hit enterprises"],
    ),
    (
        "Horgos has formulated 141 supporting measures for deepening the comprehensive reform of the business "
        'environment and a "positive + negative" list of 30 items.',
        [
            "141 supporting measures for deepening the comprehensive reform of the business environment",
            'a "positive + negative" list of 30 items',
        ],
    ),
    (
        "The Horgos Economic Development Zone is a pilot in the introduction of talents, investment attraction, "
        "and park construction, and implements the customs clearance mechanism of 7 days/24 hours at the railway "
        "port, 7 days/12 hours at the highway port, and 7 days/10 hours at the cooperation center.",
        [
            "the customs clearance mechanism of 7 days/24 hours at the railway port, 7 days/12 hours at the "
            "highway port, and 7 days/10 hours at the cooperation center"
        ],
    ),
    (
        '"As Xinjiang has further optimized COVID-19 response measures, helping enterprises solve difficulties '
        'in logistics, our production targets can be achieved," he said.',
        ["COVID-19 response measures"],
    ),
    (
        "The customs of the comprehensive bonded area implements inspection and release of cross-border "
        "e-commerce goods within 24 hours, which greatly improves the efficiency of customs clearance.",
        ["inspection and release of cross-border e-commerce goods within 24 hours"],
    ),
    (
        'Alashankou City has established and improved the "big customs clearance" coordination service mechanism.',
        ['the "big customs clearance" coordination service mechanism'],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GUIDELINE_EXAMPLES)
def test_guideline_examples(run_plugin, text, expected):
    assert measures(run_plugin, text) == expected


INTRODUCING_VERBS = [
    ("The ministry introduced new subsidies for electric vehicle buyers.", "new subsidies for electric vehicle buyers"),
    ("The ministry issued guidelines for online lending platforms.", "guidelines for online lending platforms"),
    (
        "The provincial government adopted a new regulation on rural land transfers.",
        "a new regulation on rural land transfers",
    ),
    ("The ministry will implement a new tax rebate policy for exporters.", "a new tax rebate policy for exporters"),
    ("Local authorities have formulated an action plan to reduce emissions.", "an action plan to reduce emissions"),
    ("The city has launched a one-stop service for foreign investors.", "a one-stop service for foreign investors"),
    (
        "The ministry established a fund of 5 billion yuan for green technology.",
        "a fund of 5 billion yuan for green technology",
    ),
    (
        "The port authority improved its appointment service for truck drivers.",
        "its appointment service for truck drivers",
    ),
    (
        "Officials unveiled a subsidy programme for first-time home buyers.",
        "a subsidy programme for first-time home buyers",
    ),
    ("The commission announced a pilot scheme at three ports.", "a pilot scheme at three ports"),
    ("The regulator released a plan of action for the bond market.", "a plan of action for the bond market"),
    (
        "The tax bureau has carried out a review of export rebates for small traders.",
        "a review of export rebates for small traders",
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTRODUCING_VERBS)
def test_each_introducing_verb_family(run_plugin, text, expected):
    assert measures(run_plugin, text) == [expected]


def test_purpose_complement_with_to(run_plugin):
    text = "The city introduced a scheme to help small firms hire graduates."
    assert measures(run_plugin, text) == ["a scheme to help small firms hire graduates"]


def test_purpose_clause_of_the_verb_stays_out(run_plugin):
    text = "The country has adjusted its COVID-19 response to facilitate the recovery of normal life."
    assert measures(run_plugin, text) == ["its COVID-19 response"]


def test_scope_complement_attached_to_the_verb_stays_in_the_span(run_plugin):
    text = "The customs implements round-the-clock clearance of fresh produce at the border port."
    assert measures(run_plugin, text) == ["round-the-clock clearance of fresh produce at the border port"]


def test_coordinated_instruments_are_separate_spans(run_plugin):
    text = "The government adopted tax cuts for small businesses and a fee waiver for startups."
    assert measures(run_plugin, text) == ["tax cuts for small businesses", "a fee waiver for startups"]


def test_actor_as_owner_is_left_out(run_plugin):
    text = "Farmers welcomed the government's new subsidies for solar panels."
    assert measures(run_plugin, text) == ["new subsidies for solar panels"]


def test_actor_in_an_of_phrase_is_left_out(run_plugin):
    text = "Firms made full use of the relevant trade promotion policies of the state."
    assert measures(run_plugin, text) == ["the relevant trade promotion policies"]


def test_passive_voice(run_plugin):
    assert measures(run_plugin, "In March, new subsidies were introduced by the ministry.") == ["new subsidies"]


def test_trailing_date_is_cut(run_plugin):
    text = "Local authorities have formulated an action plan to cut emissions by 2030, according to a statement."
    assert measures(run_plugin, text) == ["an action plan to cut emissions"]


def test_occasion_of_the_announcement_is_cut(run_plugin):
    text = "Regional officials announced measures to attract investment at a press conference on Tuesday."
    assert measures(run_plugin, text) == ["measures to attract investment"]


def test_listed_members_are_measures_of_their_own(run_plugin):
    text = (
        "The finance ministry said it would introduce tax breaks for small firms, including a fee waiver for startups."
    )
    assert measures(run_plugin, text) == ["tax breaks for small firms", "a fee waiver for startups"]


def test_attributive_participle_marks_a_measure_without_verb(run_plugin):
    text = "Optimized virus response measures accelerate work resumption"
    assert measures(run_plugin, text) == ["Optimized virus response measures"]


def test_authority_modifier_marks_a_measure_without_verb(run_plugin):
    text = "Xinjiang edges out for its favorable government policies."
    assert measures(run_plugin, text) == ["its favorable government policies"]


def test_quoted_instrument_name_inside_another_phrase(run_plugin):
    text = 'The department supports "white list" companies in product sales.'
    assert measures(run_plugin, text) == ["white list"]


@pytest.mark.parametrize(
    "text",
    [
        "The company launched a new pricing policy for its dealers this year.",
        "Volkswagen launched a new service for its customers.",
        "Tesla cut prices in China and launched a new financing plan for buyers, the company said.",
    ],
)
def test_a_company_business_decision_is_no_measure(run_plugin, text):
    assert measures(run_plugin, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The central government reaffirmed its goal of high-quality development and further opening up.",
        'Xinjiang has focused on the combination of "policy + service".',
    ],
)
def test_goals_and_slogans_are_no_measures(run_plugin, text):
    assert measures(run_plugin, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Exports of electric vehicles rose 20 percent, according to official statistics.",
        "In the first half of 2022, Xinjiang implemented 3,826 investment promotion projects.",
    ],
)
def test_statistics_are_no_measures(run_plugin, text):
    assert measures(run_plugin, text) == []


def test_user_lexicon_adds_and_removes_entries(run_plugin, tmp_path):
    extra = tmp_path / "lexicon.json"
    extra.write_text(json.dumps({"instrument_nouns": ["sandbox"], "remove": {"instrument_nouns": ["fund"]}}))
    settings = Settings(options={"policy": {"lexicon": str(extra)}})
    sandbox = "The regulator launched a fintech sandbox for startups."
    fund = "The ministry established a fund of 5 billion yuan for green technology."
    assert measures(run_plugin, sandbox) == []
    assert measures(run_plugin, sandbox, settings) == ["a fintech sandbox for startups"]
    assert measures(run_plugin, fund, settings) == []


def test_user_lexicon_with_an_unknown_list_is_refused(tmp_path):
    extra = tmp_path / "lexicon.json"
    extra.write_text(json.dumps({"instrument_noun": ["sandbox"]}))
    with pytest.raises(SettingsError, match="instrument_noun"):
        policy.load_lexicon(extra)


def test_hooks_declare_the_label_and_the_components_read():
    registered = []
    policy.annotate_labels(register=lambda *args: registered.append(args))
    assert [(family, label) for family, label, _ in registered] == [("policy", "POLICY_MEASURE")]
    assert {"lemmatizer", "parser", "ner"} <= set(policy.annotate_spacy_components())
    assert policy.__version__ == "0.1.0"
