import json
import re
import tempfile
from pathlib import Path

import datasets
import pytest
import spacy
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import DocBin

from annotate import FORMAT_VERSION, __version__
from annotate.cli import cli
from annotate.corpus import Corpus
from annotate.errors import SettingsError
from annotate.export import (
    CROSSES_SENTENCE, ON_WHITESPACE, REPORT_NAME, UNITS, ExportError, export_dataset, export_docbin,
    gold_annotator, parse_splits, replacing_directory, select_spans, spans_from_tags, split_of,
)
from annotate.model import ANNOTATION, PREDICTION, Document, Review
from annotate.plugins import PluginHost

LABELS = {
    "entities": {"PERSON": "people, including their full names", "GPE": "countries, regions, provinces, cities"},
    "quantities": {"MONEY": "an amount of money", "QUANTITY": "a number with a unit or counted noun"},
    "policy": {"POLICY_MEASURE": "a concrete instrument adopted by a public authority"},
}
FAMILY_OF = {label: family for family, names in LABELS.items() for label in names}
SPAN_FIELDS = ("start", "end", "label", "family", "text", "attrs", "source", "by")


def make_corpus(path, documents):
    corpus = Corpus.create(path)
    corpus.declare(LABELS)
    corpus.save(documents)
    return path


def annotated(doc_id, text, spans, by="alice", meta=None):
    """A document a person reviewed, with spans given as (span text, label) or (start, end, label)."""
    document = Document(id=doc_id, text=text, meta=meta or {}, reviews=[Review(by, "completed", "2024-05-01T10:00")])
    for span in spans:
        start, end, label = (text.index(span[0]), text.index(span[0]) + len(span[0]), span[1]) if len(span) == 2 else span
        document.spans.append(document.make_span(start, end, label, FAMILY_OF[label], ANNOTATION, by))
    return document


@pytest.fixture
def load(tmp_path):
    def load(out, config=None):
        return datasets.load_dataset(str(out), config, cache_dir=str(tmp_path / "hf-cache"))

    return load


def rows_by_id(dataset):
    return {row["id"]: row for split in dataset.values() for row in split}


def span_tuples(rows_spans):
    return [tuple(json.loads(s["attrs"]) if f == "attrs" else s[f] for f in SPAN_FIELDS) for s in rows_spans]


def corpus_span_tuples(spans):
    return [tuple(getattr(s, f) for f in SPAN_FIELDS) for s in sorted(spans, key=lambda s: (s.start, s.end, s.family, s.label))]


def decoded_spans(tokens_dataset, document_id, labels=LABELS):
    """Every span the BIO tag columns of a document's rows decode to: (start, end, label, family)."""
    found = set()
    for split in tokens_dataset.values():
        for row in split:
            if row["document_id"] != document_id:
                continue
            for family in labels:
                names = split.features[f"{family}_tags"].feature.names
                tags = [names[i] for i in row[f"{family}_tags"]]
                found |= {(s, e, label, family) for s, e, label in spans_from_tags(tags, row["token_starts"], row["token_ends"])}
    return found


def assert_round_trip(documents, report, load, out):
    spans_rows = rows_by_id(load(out))
    tokens = load(out, "tokens")
    assert set(spans_rows) == {d.id for d in documents}
    untagged = {(u.document, u.start, u.end, u.label, u.family) for u in report.untagged}
    for document in documents:
        row = spans_rows[document.id]
        assert (row["text"], json.loads(row["meta"]), row["source"]) == (document.text, document.meta, "gold")
        assert span_tuples(row["spans"]) == corpus_span_tuples(document.annotations())
        expected = {(s.start, s.end, s.label, s.family) for s in document.annotations()}
        decoded = decoded_spans(tokens, document.id)
        not_tagged = {u[1:] for u in untagged if u[0] == document.id}
        assert decoded | not_tagged == expected
        assert not decoded & not_tagged
    for split in tokens.values():
        for row in split:
            text = next(d.text for d in documents if d.id == row["document_id"])
            assert row["tokens"] == [text[s:e] for s, e in zip(row["token_starts"], row["token_ends"])]


WORDS = ["Xinjiang", "Ürümqi", "Türkiye", "北京", "yuan", "100", "$14.39", "million", "😀", "Co.,", "Ltd.",
         "e-commerce", "days/24", "naïve", "measures", "—", "(CPC)", "the", "Dr.", "U.S."]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", ", ", ". ", "  ", "\t"]


@st.composite
def generated_documents(draw):
    documents = []
    for number in range(draw(st.integers(1, 4))):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
        text, boundaries = "", {0}
        for word in words:
            if text:
                text += draw(st.sampled_from(SEPARATORS))
            boundaries.add(len(text))
            text += word
            boundaries.add(len(text))
        on_boundary = st.sampled_from(sorted(boundaries))
        cut = st.one_of(on_boundary, on_boundary, st.integers(0, len(text)))
        spans = []
        for family, labels in LABELS.items():
            edges = {0, len(text)} if draw(st.booleans()) else set()
            cuts = sorted(set(draw(st.lists(cut, max_size=6))) | edges)
            for start, end in zip(cuts[::2], cuts[1::2]):
                spans.append((start, end, draw(st.sampled_from(sorted(labels)))))
        meta = {"source": f"gen/{number}.txt", **({"title": "Ürümqi — 北京"} if number % 2 else {"n": number})}
        document = annotated(f"dü-{number}", text, spans, meta=meta)
        if document.spans:
            first = document.spans[0]
            document.spans.append(document.make_span(first.start, first.end, first.label, first.family,
                                                     PREDICTION, "entities@0.1.0"))
        documents.append(document)
    return documents


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents=generated_documents(), unit=st.sampled_from(UNITS))
def test_export_round_trips_generated_documents_through_load_dataset(documents, unit, load):
    with tempfile.TemporaryDirectory() as scratch:
        corpus = make_corpus(Path(scratch) / "corpus", documents)
        out = Path(scratch) / "out"
        report = export_dataset(corpus, out, splits={"train": 0.5, "test": 0.5}, unit=unit)
        assert_round_trip(documents, report, load, out)
    for item in report.untagged:  # only a span that starts or ends on whitespace, or crosses a sentence
        text = next(d.text for d in documents if d.id == item.document)
        on_space = text[item.start:item.start + 1].isspace() or text[item.end - 1:item.end].isspace()
        assert (item.reason, on_space) in {(ON_WHITESPACE, True), (CROSSES_SENTENCE, False), (CROSSES_SENTENCE, True)}


EDGE_TEXT = "Türkiye bought 100 million yuan of goods; Erkin Tuniyaz announced 8 measures for 7 days/24 hours in Ürümqi"


def edge_documents():
    return [
        annotated("edges", EDGE_TEXT, [
            ("Türkiye", "GPE"), ("100 million yuan", "MONEY"), ("Erkin Tuniyaz", "PERSON"),
            ("8 measures", "QUANTITY"), ("8 measures for 7 days/24 hours", "POLICY_MEASURE"),
            ("7 days", "QUANTITY"), ("Ürümqi", "GPE"),
        ], meta={"title": "Ürümqi", "date": "2024-05-21"}),
        annotated("plain", "Yan Yue works in Urumqi.", [("Yan Yue", "PERSON"), ("Urumqi", "GPE")],
                  meta={"source": "seeds/x.txt"}),
    ]


def test_export_splits_tokens_at_span_boundaries_so_that_every_span_is_tagged(tmp_path, load):
    documents = edge_documents()
    report = export_dataset(make_corpus(tmp_path / "corpus", documents), tmp_path / "out")

    assert_round_trip(documents, report, load, tmp_path / "out")
    assert report.untagged == []
    assert json.loads((tmp_path / "out" / REPORT_NAME).read_text("utf-8"))["untagged"] == []
    tokens = load(tmp_path / "out", "tokens")
    edges = next(row for row in tokens["train"] if row["id"] == "edges")
    assert edges["tokens"][-6:] == ["7", "days", "/24", "hours", "in", "Ürümqi"]  # "24 hours" is no span here
    assert decoded_spans(tokens, "edges") == {
        (s.start, s.end, s.label, s.family) for s in documents[0].annotations()}


def test_spans_on_whitespace_are_reported_not_shifted(tmp_path, load):
    text = "Yan Yue  met\nFu Xuejun"
    document = annotated("w", text, [(0, 8, "PERSON"), (text.index("Fu"), len(text), "PERSON"), (7, 12, "QUANTITY")])
    report = export_dataset(make_corpus(tmp_path / "corpus", [document]), tmp_path / "out")

    assert [(u.text, u.reason) for u in report.untagged] == [("Yan Yue ", ON_WHITESPACE), ("  met", ON_WHITESPACE)]
    assert decoded_spans(load(tmp_path / "out", "tokens"), "w") == {(text.index("Fu"), len(text), "PERSON", "entities")}


def test_every_gold_span_of_the_seed_corpus_is_in_the_bio_tags(tmp_path, load):
    seeds = Corpus.open(Path(__file__).resolve().parent.parent / "corpus")
    report = export_dataset(seeds.path, tmp_path / "out")

    assert report.untagged == []
    tokens = load(tmp_path / "out", "tokens")
    for document in seeds:
        gold = select_spans(document, include_predictions=False).spans
        assert decoded_spans(tokens, document.id, seeds.labels) == {(s.start, s.end, s.label, s.family) for s in gold}
    words = [row["tokens"] for split in tokens.values() for row in split]
    assert any(row[i:i + 5] == ["7", "days", "/", "24", "hours"] for row in words for i in range(len(row)))
    assert any(row[i:i + 2] == ["Ltd.", ":At"] for row in words for i in range(len(row)))  # the ORG keeps its period
    card = (tmp_path / "out" / "README.md").read_text("utf-8")
    assert "split further at the boundaries of the exported spans" in card and "Every span was tagged." in card


def test_tokens_config_carries_tag_names_per_family(tmp_path, load):
    export_dataset(make_corpus(tmp_path / "corpus", edge_documents()), tmp_path / "out")

    features = load(tmp_path / "out", "tokens")["train"].features

    assert features["entities_tags"].feature.names == ["O", "B-GPE", "I-GPE", "B-PERSON", "I-PERSON"]
    assert features["quantities_tags"].feature.names == ["O", "B-MONEY", "I-MONEY", "B-QUANTITY", "I-QUANTITY"]
    assert features["policy_tags"].feature.names == ["O", "B-POLICY_MEASURE", "I-POLICY_MEASURE"]


def test_sentence_rows_decode_to_document_offsets_and_report_spans_across_sentences(tmp_path, load):
    text = "Yan Yue met Fu Xuejun. Then they left.\nXinjiang Uygur Autonomous Region\nis large."
    document = annotated("s", text, [("Yan Yue", "PERSON"), ("Fu Xuejun. Then", "PERSON"), ("Xinjiang", "GPE")])
    report = export_dataset(make_corpus(tmp_path / "corpus", [document]), tmp_path / "out", unit="sentence")

    tokens = load(tmp_path / "out", "tokens")
    assert [row["tokens"][0] for row in tokens["train"]] == ["Yan", "Then", "Xinjiang", "is"]
    assert [row["id"] for row in tokens["train"]] == ["s:0", "s:1", "s:2", "s:3"]
    assert decoded_spans(tokens, "s") == {(0, 7, "PERSON", "entities"), (text.index("Xinjiang"), text.index("Xinjiang") + 8, "GPE", "entities")}
    assert [(u.text, u.reason) for u in report.untagged] == [("Fu Xuejun. Then", CROSSES_SENTENCE)]


def test_splits_depend_only_on_id_and_seed_so_added_documents_never_move_others(tmp_path, load):
    first = [annotated(f"doc-{i}", f"Urumqi {i}", [("Urumqi", "GPE")]) for i in range(40)]
    more = [annotated(f"new-{i}", f"Kashgar {i}", [("Kashgar", "GPE")]) for i in range(40)]
    corpus = make_corpus(tmp_path / "corpus", first)

    def splits_of_export():
        out = tmp_path / "out"
        export_dataset(corpus, out, splits={"train": 0.5, "validation": 0.25, "test": 0.25}, seed=7)
        return {row["id"]: split for split, rows in load(out).items() for row in rows}

    before = splits_of_export()
    Corpus.open(corpus).save(more)
    after = splits_of_export()

    assert {doc_id: after[doc_id] for doc_id in before} == before
    assert len(after) == 80 and set(after.values()) == {"train", "validation", "test"}


def test_split_ratios_hold_and_the_seed_reshuffles():
    ratios = {"train": 0.8, "validation": 0.1, "test": 0.1}
    ids = [f"document-{i}" for i in range(10_000)]
    seed_0 = [split_of(doc_id, ratios, 0) for doc_id in ids]

    assert abs(seed_0.count("train") / len(ids) - 0.8) < 0.02
    assert abs(seed_0.count("test") / len(ids) - 0.1) < 0.02
    assert seed_0 == [split_of(doc_id, ratios, 0) for doc_id in ids]
    assert seed_0 != [split_of(doc_id, ratios, 1) for doc_id in ids]
    assert {split_of(doc_id, {"train": 0.0, "test": 1.0}, 0) for doc_id in ids[:100]} == {"test"}


@pytest.mark.parametrize("text, problem", [
    ("train=0.8,test=0.1", "add up to 0.9"),
    ("train=0.8,test", "not of the form name=ratio"),
    ("train=1.5,test=-0.5", "between 0 and 1"),
    ("train-set=1", "letters, digits and underscores"),
])
def test_bad_split_options_are_one_sentence_errors(text, problem):
    with pytest.raises(SettingsError, match=problem):
        parse_splits(text)


def test_parse_splits_keeps_the_given_order():
    assert parse_splits("train=0.8, validation=0.1,test=0.1") == {"train": 0.8, "validation": 0.1, "test": 0.1}


def corpus_with_predictions(path):
    gold = annotated("gold", "Yan Yue went to Urumqi.", [("Yan Yue", "PERSON")])
    gold.spans.append(gold.make_span(16, 22, "GPE", "entities", PREDICTION, "entities@0.1.0"))
    gold.predicted_by = {"entities": "0.1.0"}
    predicted = Document(id="predicted", text="Fu Xuejun visited Kashgar.", predicted_by={"entities": "0.1.0"})
    predicted.spans = [predicted.make_span(0, 9, "PERSON", "entities", PREDICTION, "entities@0.1.0", score=0.9),
                       predicted.make_span(18, 25, "GPE", "entities", PREDICTION, "entities@0.1.0")]
    never_run = Document(id="never-run", text="Nothing predicted here.")
    skipped = Document(id="skipped", text="Erkin Tuniyaz.", reviews=[Review("bob", "cancelled")])
    return make_corpus(path, [gold, predicted, never_run, skipped])


def test_gold_only_by_default_and_predictions_as_marked_silver_on_request(tmp_path, load):
    corpus = corpus_with_predictions(tmp_path / "corpus")

    gold_report = export_dataset(corpus, tmp_path / "gold", splits={"train": 1.0})
    silver_report = export_dataset(corpus, tmp_path / "silver", splits={"train": 1.0}, include_predictions=True)

    gold_rows = rows_by_id(load(tmp_path / "gold"))
    assert list(gold_rows) == ["gold"] and gold_report.left_out == 3
    assert [(s["text"], s["source"], s["by"]) for s in gold_rows["gold"]["spans"]] == [("Yan Yue", "annotation", "alice")]
    silver_rows = rows_by_id(load(tmp_path / "silver"))
    assert {doc_id: row["source"] for doc_id, row in silver_rows.items()} == {"gold": "gold", "predicted": "silver"}
    assert [(s["text"], s["source"], s["by"]) for s in silver_rows["predicted"]["spans"]] == [
        ("Fu Xuejun", "prediction", "entities@0.1.0"), ("Kashgar", "prediction", "entities@0.1.0")]
    assert silver_report.left_out == 2
    tokens = load(tmp_path / "silver", "tokens")["train"]
    assert {row["document_id"]: row["source"] for row in tokens} == {"gold": "gold", "predicted": "silver"}
    card = (tmp_path / "silver" / "README.md").read_text("utf-8")
    assert "silver labels" in card and "| gold | 1 | 1 |" in card and "| silver | 1 | 1 |" in card


def test_a_corpus_without_human_annotations_is_an_error_that_suggests_predictions(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", [Document(id="a", text="Nothing annotated.")])

    with pytest.raises(ExportError, match="none carries human annotations; export predictions"):
        export_dataset(corpus, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_gold_is_the_latest_completed_reviewer_else_the_annotator_with_most_spans():
    reviewed = Document(id="r", text="Yan Yue", reviews=[
        Review("bob", "completed", "2024-05-02T09:00"), Review("carol", "cancelled", "2024-06-01T09:00"),
        Review("alice", "completed", "2024-05-01T09:00")])
    drawn = Document(id="d", text="Yan Yue in Urumqi")
    drawn.spans = [drawn.make_span(0, 7, "PERSON", "entities", ANNOTATION, "zoe"),
                   drawn.make_span(11, 17, "GPE", "entities", ANNOTATION, "zoe"),
                   drawn.make_span(0, 7, "PERSON", "entities", ANNOTATION, "adam")]
    tie = Document(id="t", text="Yan Yue")
    tie.spans = [tie.make_span(0, 7, "PERSON", "entities", ANNOTATION, name) for name in ("zoe", "adam")]

    assert [gold_annotator(d) for d in (reviewed, drawn, tie)] == ["bob", "zoe", "adam"]
    assert gold_annotator(Document(id="n", text="x", reviews=[Review("carol", "cancelled")])) is None


def test_card_declares_configs_splits_features_and_states_labels_counts_provenance_versions(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", edge_documents())
    Corpus.open(corpus).declare({}, {"entities": "0.1.0", "quantities": "0.2.0"})
    export_dataset(corpus, tmp_path / "out", splits={"train": 0.5, "test": 0.5}, seed=3)

    card = (tmp_path / "out" / "README.md").read_text("utf-8")
    header, text = card.removeprefix("---\n").split("\n---\n", 1)
    metadata = yaml.safe_load(header)

    configs = {c["config_name"]: c for c in metadata["configs"]}
    assert configs["spans"]["default"] is True
    assert all(re.fullmatch(rf"tokens/{f['split']}-[0-9a-f]{{16}}\.jsonl", f["path"]) for f in configs["tokens"]["data_files"])
    assert all((tmp_path / "out" / f["path"]).is_file() for c in configs.values() for f in c["data_files"])
    infos = {i["config_name"]: i for i in metadata["dataset_info"]}
    assert sum(s["num_examples"] for s in infos["spans"]["splits"]) == 2
    tags = next(f for f in infos["tokens"]["features"] if f["name"] == "entities_tags")
    assert tags["list"]["class_label"]["names"] == {"0": "O", "1": "B-GPE", "2": "I-GPE", "3": "B-PERSON", "4": "I-PERSON"}
    for family, names in LABELS.items():
        for label, description in names.items():
            assert f"| {family} | {label} | `{family}_tags` | {description} |" in text
    assert "| quantities | QUANTITY |" in text and "| all |  |" in text
    assert "`entities@0.1.0`, `quantities@0.2.0`" in text and "| annotation | alice | 9 |" in text
    assert "latest completed review" in text
    assert f"Export format version 1, from corpus format version {FORMAT_VERSION}" in text and f"annotate\n{__version__}" in text
    assert "Every span was tagged." in text and "meta` (a JSON string" in text


def test_docbin_files_are_readable_by_spacy_with_ents_and_span_groups(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", edge_documents())

    report = export_docbin(corpus, tmp_path / "out", splits={"train": 1.0})

    docs = list(DocBin().from_disk(tmp_path / "out" / "train.spacy").get_docs(spacy.blank("en").vocab))
    by_id = {doc.user_data["id"]: doc for doc in docs}
    assert [(e.text, e.label_) for e in by_id["plain"].ents] == [("Yan Yue", "PERSON"), ("Urumqi", "GPE")]
    edges = by_id["edges"]
    assert [(e.text, e.label_) for e in edges.ents] == [("Türkiye", "GPE"), ("Erkin Tuniyaz", "PERSON"), ("Ürümqi", "GPE")]
    assert [s.text for s in edges.spans["quantities"]] == ["100 million yuan", "8 measures", "7 days"]
    assert [s.text for s in edges.spans["policy"]] == ["8 measures for 7 days/24 hours"]
    assert edges.text == EDGE_TEXT and "/24" in [token.text for token in edges]
    assert report.untagged == []


def test_an_export_replaces_an_earlier_one_but_never_another_directory(tmp_path, load):
    corpus = make_corpus(tmp_path / "corpus", edge_documents())
    out = tmp_path / "out"
    export_dataset(corpus, out, splits={"train": 0.5, "test": 0.5})

    export_dataset(corpus, out, splits={"everything": 1.0})

    assert [p.name.split("-")[0] for p in (out / "spans").iterdir()] == ["everything"]
    assert list(load(out)) == ["everything"]
    (tmp_path / "precious").mkdir()
    (tmp_path / "precious" / "notes.txt").write_text("keep me")
    with pytest.raises(ExportError, match="is not an earlier export"):
        export_dataset(corpus, tmp_path / "precious")
    assert (tmp_path / "precious" / "notes.txt").read_text() == "keep me"


def test_a_new_export_of_the_same_size_is_not_served_from_the_datasets_cache(tmp_path, load):
    text = "Yan Yue and Bob Li met today"
    before = make_corpus(tmp_path / "before", [annotated("a", text, [(12, 15, "PERSON")])])
    after = make_corpus(tmp_path / "after", [annotated("a", text, [(19, 22, "PERSON")])])

    export_dataset(before, tmp_path / "out", splits={"train": 1.0})
    first = load(tmp_path / "out")["train"][0]["spans"][0]["text"]
    export_dataset(after, tmp_path / "out", splits={"train": 1.0})
    second = load(tmp_path / "out")["train"][0]["spans"][0]["text"]

    assert (first, second) == ("Bob", "met")


def test_exports_are_plugins_registered_by_the_exporters_plugin():
    exporters = PluginHost.discover().exporters()

    assert {"hf", "spacy"} <= set(exporters)


def test_cli_export_prints_counts_per_split_and_label_and_the_alignment_report(tmp_path, load):
    corpus = make_corpus(tmp_path / "corpus", edge_documents())

    result = CliRunner().invoke(cli, ["export", str(corpus), str(tmp_path / "out"), "--split", "train=1"])

    assert result.exit_code == 0, result.output
    lines = [" ".join(line.split()) for line in result.output.splitlines()]
    assert "│ quantities │ QUANTITY │ 2 │ 2 │" in lines
    assert "│ documents │ │ 2 │ 2 │" in lines
    output = " ".join(result.output.split())
    assert "2 documents exported (2 gold, 0 silver), 0 left out" in output
    assert "Token alignment: every span was tagged." in output
    assert load(tmp_path / "out", "tokens")["train"].num_rows == 2


def test_cli_export_spacy_format_and_clear_errors(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", edge_documents())
    runner = CliRunner()

    spacy_result = runner.invoke(cli, ["export", str(corpus), str(tmp_path / "docbin"), "--format", "spacy", "--split", "train=1"])
    unknown = runner.invoke(cli, ["export", str(corpus), str(tmp_path / "x"), "--format", "csv"])
    bad_unit = runner.invoke(cli, ["export", str(corpus), str(tmp_path / "y"), "--format", "spacy", "--unit", "sentence"])

    assert spacy_result.exit_code == 0, spacy_result.output
    assert (tmp_path / "docbin" / "train.spacy").is_file()
    assert unknown.exit_code == 1 and "no export format 'csv' is installed (formats:" in unknown.output
    assert bad_unit.exit_code == 1 and "--unit sentence applies to the hf format" in bad_unit.output


def test_datasets_runs_offline():
    assert datasets.config.HF_HUB_OFFLINE


def test_an_export_killed_between_its_renames_leaves_the_earlier_one_which_the_next_export_restores(tmp_path, load):
    corpus = make_corpus(tmp_path / "corpus", edge_documents())
    out = tmp_path / "out"
    export_dataset(corpus, out, splits={"earlier": 1.0})
    out.rename(tmp_path / ".out.previous")  # where a kill after the first rename leaves it

    with pytest.raises(RuntimeError), replacing_directory(out):
        raise RuntimeError("killed while writing")
    assert list(load(out)) == ["earlier"] and not (tmp_path / ".out.previous").exists()

    export_dataset(corpus, out, splits={"later": 1.0})
    assert list(load(out)) == ["later"]
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
