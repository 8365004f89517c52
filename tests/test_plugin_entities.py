"""The built-in entities plugin on sentences written for these tests (none is from the seeds)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher
from spacy.tokens import Span

from annotate.errors import SettingsError
from annotate.settings import Settings
from annotate_plugins import entities
from annotate_plugins.entities.tokens import TokenTable


@pytest.fixture(scope="module")
def found(run_plugin):
    """Run the plugin on a text; returns [(span_text, label), ...] in text order."""

    def run(text, settings=None):
        spans = run_plugin(entities, text, settings)
        assert all(attrs == {} for _, _, attrs in spans)
        return [(span, label) for span, label, _ in spans]

    return run


def settings_with_patterns(*paths) -> Settings:
    return Settings(options={"entities": {"patterns": ",".join(str(path) for path in paths)}})


def write_patterns(path: Path, *rules) -> Path:
    path.write_text("".join(json.dumps(rule) + "\n" for rule in rules), encoding="utf-8")
    return path


NAME_WORDS = {"_": {"name_word": True}, "OP": "+"}


def test_declares_the_ten_guideline_labels():
    registered = []
    entities.annotate_labels(register=lambda family, label, description: registered.append((family, label)))
    assert registered == [
        ("entities", label)
        for label in ["PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW", "DATE"]
    ]


def test_reads_the_ner_and_the_part_of_speech_tags():
    assert {"ner", "tagger", "attribute_ruler"} <= set(entities.annotate_spacy_components())


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Exports through Erenhot Port rose in March.", [("Erenhot Port", "FAC"), ("March", "DATE")]),
        ("Trucks queued at the Jimunai Highway Port on Monday.", [("Jimunai Highway Port", "FAC"), ("Monday", "DATE")]),
        ("Goods left the Erlian land port for Mongolia.", [("Erlian land port", "FAC"), ("Mongolia", "GPE")]),
        (
            "The Qingdao Comprehensive Bonded Zone opened a new warehouse.",
            [("Qingdao Comprehensive Bonded Zone", "FAC")],
        ),
        (
            "Investors visited the Kunming Economic and Technological Development Zone last week.",
            [("Kunming Economic and Technological Development Zone", "FAC"), ("last week", "DATE")],
        ),
        ("Manzhouli Customs said imports of timber fell.", [("Manzhouli Customs", "ORG")]),
        (
            "Hunan Sany Heavy Industry Co., Ltd. signed a deal with Jinjiang Shipping Group and "
            "Lanzhou Hengtai Trading Co last year.",
            [
                ("Hunan Sany Heavy Industry Co., Ltd.", "ORG"),
                ("Jinjiang Shipping Group", "ORG"),
                ("Lanzhou Hengtai Trading Co", "ORG"),
                ("last year", "DATE"),
            ],
        ),
        (
            "Projects along the Bangladesh-China-India-Myanmar Economic Corridor resumed.",
            [("Bangladesh-China-India-Myanmar Economic Corridor", "LOC")],
        ),
        (
            "The Chongqing Yuxinou Railway Express carried laptops to Duisburg.",
            [("Chongqing Yuxinou Railway Express", "PRODUCT"), ("Duisburg", "GPE")],
        ),
        ("The Yiwu-Madrid freight trains now run twice a week.", [("Yiwu-Madrid freight trains", "PRODUCT")]),
        (
            "Officials discussed the Global Security Initiative in Beijing.",
            [("Global Security Initiative", "EVENT"), ("Beijing", "GPE")],
        ),
        (
            "The Chongqing Liangjiang New Area and Guangxi Zhuang autonomous region drew investors.",
            [("Chongqing Liangjiang New Area", "GPE"), ("Guangxi Zhuang autonomous region", "GPE")],
        ),
        (
            "Buyers came from Central and Eastern Europe and South Asian markets.",
            [("Central and Eastern Europe", "LOC"), ("South Asian", "NORP")],
        ),
        (
            "Goods crossed the Khunjerab Pass and reached Gwadar Port.",
            [("Khunjerab Pass", "GPE"), ("Gwadar Port", "FAC")],
        ),
    ],
    ids=[
        "port",
        "highway-port",
        "land-port",
        "bonded-zone",
        "development-zone",
        "customs",
        "companies",
        "corridor",
        "railway-express",
        "freight-trains",
        "initiative",
        "divisions",
        "compass-regions",
        "pass",
    ],
)
def test_domain_shapes(found, text, expected):
    assert found(text) == expected


def test_a_leading_the_is_dropped_unless_it_is_part_of_the_name(found):
    assert found("The Shenzhen Stock Exchange and the Hong Kong Stock Exchange extended trading hours.") == [
        ("Shenzhen Stock Exchange", "ORG"),
        ("Hong Kong Stock Exchange", "ORG"),
    ]
    assert found("The deal was reported by The Wall Street Journal.") == [("The Wall Street Journal", "ORG")]


def test_a_possessive_ending_is_dropped(found):
    assert found("The Hainan Free Trade Port's customs rules were eased.") == [("Hainan Free Trade Port", "FAC")]
    assert found("Tencent's profit rose while the Alibaba Group's shares fell.") == [
        ("Tencent", "ORG"),
        ("Alibaba Group", "ORG"),
    ]


def test_a_title_is_not_part_of_a_person(nlp):
    doc = nlp("Deputy Mayor Li Ming opened the fair.")
    doc.ents = [Span(doc, 0, 4, label="PERSON")]
    spans = []
    entities.annotate_predictor(nlp=nlp, settings=Settings())(
        [doc], lambda d, s, e, label: spans.append((d.text[s:e], label))
    )
    assert spans == [("Li Ming", "PERSON")]


def test_an_entity_never_runs_over_a_line_break(found):
    assert found("Traders gathered in Kashi. Photo: CNS\n\nWalking into the Horgos Port, one sees trucks.") == [
        ("Kashi", "LOC"),
        ("CNS", "ORG"),
        ("Horgos Port", "FAC"),
    ]


def test_durations_and_frequencies_are_not_dates(found):
    assert found("Clearance now takes 45 minutes instead of three days, and the 15-day fair opens on Oct 8, 2024.") == [
        ("Oct 8, 2024", "DATE")
    ]
    assert found("Buses leave every day.") == []


def test_calendar_periods_stay_dates_and_clock_times_are_cut(found):
    assert found("Exports rose in the first 10 months of this year.") == [("the first 10 months of this year", "DATE")]
    assert found("Published: Mar 3, 2024 10:20 AM") == [("Mar 3, 2024", "DATE")]


def test_a_pattern_span_replaces_the_statistical_spans_it_covers(found):
    # The model reads "Horgos Port" as LOC and "Erenhot Port and Manzhouli Port" as one ORG.
    assert found(
        "Trade between Kazakhstan and Horgos Port rose, while Erenhot Port and Manzhouli Port handled more trains."
    ) == [
        ("Kazakhstan", "GPE"),
        ("Horgos Port", "FAC"),
        ("Erenhot Port", "FAC"),
        ("Manzhouli Port", "FAC"),
    ]


def test_a_name_inside_a_longer_name_is_not_annotated_again(found):
    assert found("The Party Working Committee of Ruili Border Economic Cooperation Zone met on Friday.") == [
        ("Party Working Committee of Ruili Border Economic Cooperation Zone", "ORG"),
        ("Friday", "DATE"),
    ]


def test_organisations_are_split_between_names_and_keep_their_of_place(found):
    assert found(
        "Li Hua, director of the Price Division of the Development and Reform Commission of Gansu Province, spoke."
    ) == [
        ("Li Hua", "PERSON"),
        ("Price Division", "ORG"),
        ("Development and Reform Commission of Gansu Province", "ORG"),
    ]
    assert found(
        "The statement came from the Investment Promotion Bureau of the Commerce Department of Yunnan Province."
    ) == [
        ("Investment Promotion Bureau", "ORG"),
        ("Commerce Department of Yunnan Province", "ORG"),
    ]


def test_an_acronym_in_brackets_belongs_to_the_name(found):
    assert found("Leaders of the Shanghai Cooperation Organization (SCO) met in Astana.") == [
        ("Shanghai Cooperation Organization (SCO)", "ORG"),
        ("Astana", "GPE"),
    ]


def test_a_photo_credit_is_split_into_agency_and_photographer(found):
    assert found("A worker checks cargo in Lianyungang. (Xinhua/Wang Peng)") == [
        ("Lianyungang", "GPE"),
        ("Xinhua", "ORG"),
        ("Wang Peng", "PERSON"),
    ]


def test_a_surname_is_found_again_after_the_full_name(found):
    assert found("Shen Hao toured the depot. Shen added that orders were strong.") == [
        ("Shen Hao", "PERSON"),
        ("Shen", "PERSON"),
    ]


def test_a_null_label_pattern_removes_a_statistical_span(found):
    assert found("Output was hit by COVID-19 last spring.") == [("last spring", "DATE")]


def test_overlaps_go_to_the_longer_span_then_the_lower_rank(nlp):
    doc = nlp.make_doc("Erenhot Port and Manzhouli Port")
    longest = entities.Candidate(0, 5, "ORG", rank=9)
    first_rule = entities.Candidate(0, 2, "FAC", rank=1)
    second_rule = entities.Candidate(0, 2, "GPE", rank=2)
    tokens = TokenTable.of(doc)
    assert entities.resolve_overlaps(tokens, [second_rule, first_rule]) == [first_rule]
    assert entities.resolve_overlaps(tokens, [first_rule, longest, second_rule]) == [longest]


def test_a_user_patterns_file_adds_a_shape(found, tmp_path):
    trains = write_patterns(
        tmp_path / "trains.jsonl",
        {
            "label": "PRODUCT",
            "pattern": [NAME_WORDS, {"LOWER": "bullet"}, {"LOWER": {"IN": ["train", "trains"]}}],
            "comment": "train models",
        },
    )
    text = "Passengers rode Fuxing bullet trains to Lanzhou."
    assert found(text) == [("Lanzhou", "GPE")]
    assert found(text, settings_with_patterns(trains)) == [("Fuxing bullet trains", "PRODUCT"), ("Lanzhou", "GPE")]


def test_user_patterns_from_several_files_win_ties_with_the_built_in_ones(found, tmp_path):
    passes = write_patterns(tmp_path / "passes.jsonl", {"label": "FAC", "pattern": [NAME_WORDS, {"ORTH": "Pass"}]})
    ports = write_patterns(tmp_path / "ports.jsonl", {"label": "GPE", "pattern": [NAME_WORDS, {"ORTH": "Port"}]})
    assert found(
        "Goods crossed the Khunjerab Pass and reached Gwadar Port.", settings_with_patterns(passes, ports)
    ) == [
        ("Khunjerab Pass", "FAC"),
        ("Gwadar Port", "GPE"),
    ]


def test_a_missing_user_patterns_file_is_a_settings_error(nlp, tmp_path):
    with pytest.raises(SettingsError, match="missing.jsonl"):
        entities.annotate_predictor(nlp=nlp, settings=settings_with_patterns(tmp_path / "missing.jsonl"))


@pytest.mark.parametrize(
    "line, problem",
    [
        ('{"label": "FAC", "pattern": [{"ORTH": "Port"}]', "not valid JSON"),
        ('{"label": "MONEY", "pattern": [{"ORTH": "Port"}]}', "has label 'MONEY'"),
        ('{"label": "FAC", "pattern": []}', "has no pattern"),
        ('{"label": "FAC", "pattern": [{"NO_SUCH_ATTR": "Port"}]}', "invalid token pattern"),
    ],
)
def test_a_bad_user_patterns_line_is_a_settings_error_naming_the_line(nlp, tmp_path, line, problem):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"label": "FAC", "pattern": [{"ORTH": "Dock"}]}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=f"bad.jsonl, line 2 .*{problem}"):
        entities.annotate_predictor(nlp=nlp, settings=settings_with_patterns(path))


# The token table and the windowed pattern matcher


def test_the_token_table_reads_the_tokens_as_spacy_does(nlp):
    doc = nlp("The China-Europe  Railway\n\nexpress and the 14th Five-Year Plan of Ürümqi\u00a0Co., Ltd. ")
    tokens = TokenTable.of(doc)

    assert tokens.texts == [token.text for token in doc]
    assert tokens.starts == [token.idx for token in doc]
    assert tokens.pos == [token.pos_ for token in doc]
    named = [text for text, on in zip(tokens.texts, tokens.name_word) if on]
    assert named[:4] == ["China", "-", "Europe", "Railway"] and "14th" in named and "Ürümqi" in named
    assert TokenTable.of(doc) is tokens
    assert tokens.text_of(1, 4) == doc[1:4].text == "China-Europe"


def test_a_name_and_joins_one_name_but_not_two(nlp):
    one = nlp("They signed the Belt and Road deal.")
    two = nlp("Trucks crossed Erenhot Port and Manzhouli Port today.")
    entities.register_token_extensions()

    assert [token.text for token in one if token._.name_and] == ["and"]
    assert [token.text for token in two if token._.name_and] == []
    assert [token.text for token in two if TokenTable.of(two).coordinating[token.i]] == ["and"]


WINDOW_WORDS = ["Erenhot", "Port", "and", "the", "(", ")", "SCO", "Co", ",", "Ltd.", "Zone", "land", "port", "-",
                "China", "Europe", "freight", "trains", "Silk", "Road", "covid-19", "March", "3", "2024", "of",
                "14th", "Plan", "Central", "Asia", "New", "Area", "province", "Bay", "big", "Customs"]


USER_RULES = [
    entities.Rule("ORG", [{"TEXT": {"REGEX": "^[A-Z]{2,}$"}}, {"ORTH": ")", "OP": "!"}], "negated"),
    entities.Rule("FAC", [{"LOWER": "the", "OP": "?"}, {}, {"LOWER": "port"}], "wildcard"),
    entities.Rule("GPE", [{"POS": "PROPN", "OP": "+"}, {"IS_DIGIT": True, "OP": "*"}], "pos and attributes"),
    entities.Rule("EVENT", [{"ORTH": {"NOT_IN": ["Port"]}, "_": {"name_word": True}, "OP": "{2}"}], "counted"),
]


@given(words=st.lists(st.sampled_from(WINDOW_WORDS), min_size=1, max_size=30), spaces=st.randoms())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_windowed_matcher_finds_what_spacys_matcher_finds_over_the_whole_document(nlp, words, spaces):
    rules = USER_RULES + [rule for rule in entities.read_rules(entities.BUILTIN_PATTERNS, entities.LABELS)]
    doc = nlp(" ".join(words) if spaces.random() < 0.5 else "".join(w + spaces.choice([" ", "", "  "]) for w in words))
    entities.register_token_extensions()
    whole = Matcher(nlp.vocab)
    for rank, rule in enumerate(rules):
        whole.add(str(rank), [rule.pattern])

    windowed = entities.PatternMatcher(nlp.vocab, rules)(doc, TokenTable.of(doc))

    assert sorted(windowed) == sorted((int(nlp.vocab.strings[key]), start, end) for key, start, end in whole(doc))
