import json

import pytest

from annotate.corpus import Corpus, atomic_write, decode_shard, validate_corpus
from annotate.errors import CorpusError
from annotate.model import ANNOTATION, PREDICTION, Document, Review, Span

from conftest import snapshot

LABELS = {"entities": {"GPE": "countries, cities"}, "quantities": {"MONEY": "an amount of money"}}
TEXT = "Türkiye bought 5 million yuan 🚀 of looms."


def make_document(doc_id="d1", text=TEXT):
    document = Document(id=doc_id, text=text, meta={"title": "t"})
    document.spans.append(document.make_span(0, 7, "GPE", "entities", PREDICTION, "entities@1.0", score=0.9))
    document.spans.append(
        document.make_span(15, 29, "MONEY", "quantities", ANNOTATION, "alice",
                           {"value": 5000000.0, "unit": "CNY", "change": "=", "surface_unit": "yuan"})
    )
    document.reviews.append(Review("alice", "completed", "2026-11-23T10:00:00"))
    document.predicted_by["entities"] = "1.0"
    return document


@pytest.fixture
def corpus(tmp_path):
    corpus = Corpus.create(tmp_path / "c", name="tiny")
    corpus.declare(LABELS, {"entities": "1.0"})
    corpus.save([make_document()])
    return corpus


def test_round_trip_keeps_every_field(corpus):
    reopened = Corpus.open(corpus.path)
    (document,) = list(reopened)
    assert document == make_document()
    assert reopened.name == "tiny"
    assert reopened.labels == LABELS
    assert reopened.plugins == {"entities": "1.0"}
    assert document.text[document.spans[1].start:document.spans[1].end] == "5 million yuan"


def test_shards_are_plain_json_lines_with_the_documented_fields(corpus):
    lines = (corpus.path / "documents" / "00000.jsonl").read_text("utf-8").splitlines()
    data = json.loads(lines[0])
    assert set(data) == {"id", "text", "meta", "spans", "predicted_by", "reviews"}
    assert set(data["spans"][0]) == {"start", "end", "label", "family", "text", "source", "by", "attrs", "score"}


def test_save_replaces_by_id_and_appends_new_documents(corpus):
    changed = make_document()
    changed.meta["title"] = "new"
    counts = corpus.save([changed, make_document("d2")])
    assert counts == {"added": 1, "replaced": 1}
    assert [(d.id, d.meta["title"]) for d in Corpus.open(corpus.path)] == [("d1", "new"), ("d2", "t")]


def test_documents_spread_over_shards(tmp_path, monkeypatch):
    monkeypatch.setattr("annotate.corpus.SHARD_SIZE", 2)
    corpus = Corpus.create(tmp_path / "c")
    corpus.declare(LABELS)
    corpus.save([make_document(f"d{i}") for i in range(5)])
    assert corpus.shards == ["00000.jsonl", "00001.jsonl", "00002.jsonl"]
    assert [d.id for d in Corpus.open(corpus.path)] == [f"d{i}" for i in range(5)]
    assert validate_corpus(corpus.path) == (5, 10)


def write_line(corpus, data):
    (corpus.path / "documents" / "00000.jsonl").write_text(json.dumps(data) + "\n", "utf-8")


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d["spans"][0].update(end=99), "span 0-99 GPE is out of range for a text of 41 characters"),
        (lambda d: d["spans"][0].update(text="Turkey"), "says it covers 'Turkey' but the text there is 'Türkiye'"),
        (lambda d: d["spans"][0].update(label="ORG"), "has the label 'ORG', which no plugin of the corpus declares"),
        (lambda d: d["spans"][0].update(family="quantities"), "belongs to 'entities'"),
        (lambda d: d["spans"].append({**d["spans"][0], "start": 3, "end": 10, "text": TEXT[3:10]}),
         "overlaps span 0-7 GPE of the same family and source (entities, entities@1.0)"),
        (lambda d: d["spans"][0].pop("by"), "'by' is a required property"),
        (lambda d: d["reviews"][0].update(status="maybe"), "reviews/0/status"),
    ],
)
def test_invalid_documents_name_file_line_document_and_problem(corpus, change, message):
    data = make_document().to_dict()
    change(data)
    write_line(corpus, data)
    with pytest.raises(CorpusError) as error:
        list(Corpus.open(corpus.path))
    assert "00000.jsonl line 1, document 'd1'" in str(error.value)
    assert message in str(error.value)


def test_spans_of_different_sources_may_overlap(corpus):
    document = make_document()
    document.spans.append(document.make_span(0, 7, "GPE", "entities", ANNOTATION, "alice"))
    corpus.save([document])
    assert len(list(Corpus.open(corpus.path))[0].spans) == 3


def test_a_line_that_is_not_json_is_reported_with_its_line(corpus):
    path = corpus.path / "documents" / "00000.jsonl"
    path.write_text(json.dumps(make_document().to_dict()) + "\n{not json\n", "utf-8")
    with pytest.raises(CorpusError, match=r"00000.jsonl line 2 is not valid JSON"):
        validate_corpus(corpus.path)


def test_invalid_document_is_refused_before_anything_is_written(corpus):
    before = snapshot(corpus.path)
    bad = make_document("d2")
    bad.spans[0].text = "nope"
    with pytest.raises(CorpusError, match="document 'd2'"):
        corpus.save([make_document("d3"), bad])
    assert snapshot(corpus.path) == before


def test_a_newer_format_version_is_refused(corpus):
    manifest = json.loads(corpus.manifest_path.read_text())
    manifest["format_version"] = 3
    corpus.manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(CorpusError, match="format version 3, but this annotate reads versions up to 2"):
        Corpus.open(corpus.path)


def test_missing_path_file_and_non_corpus_directory(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        Corpus.open(tmp_path / "nope")
    (tmp_path / "file").write_text("x")
    with pytest.raises(CorpusError, match="is a file, not a corpus directory"):
        Corpus.open(tmp_path / "file")
    with pytest.raises(CorpusError, match="has no annotate.json"):
        Corpus.open(tmp_path)


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path):
    path = tmp_path / "f.txt"
    atomic_write(path, "old")

    with pytest.raises(TypeError):
        atomic_write(path, 42)  # type: ignore[arg-type]
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]


def test_label_in_two_families_is_refused(corpus):
    with pytest.raises(CorpusError, match="label GPE is declared in family 'other'"):
        corpus.declare({"other": {"GPE": ""}})


def test_span_provenance_helpers():
    span = Span(0, 1, "X", "f", "a", PREDICTION, "quantities@0.1.0")
    assert span.plugin == "quantities"
    assert Span(0, 1, "X", "f", "a", ANNOTATION, "bob").plugin is None


def test_a_failure_and_adjudicated_annotators_round_trip(corpus):
    document = make_document("d9")
    document.record_failure("quantities", "0.3.0", "ValueError: bad\n  number")
    document.spans[0].annotators = ["alice", "bob"]
    corpus.save([document])
    stored = Corpus.open(corpus.path).get("d9")
    assert stored.failures["quantities"].error == "ValueError: bad number"
    assert stored.spans[0].annotators == ["alice", "bob"]
    assert json.loads(corpus.manifest_path.read_text())["format_version"] == 2


def test_a_corpus_of_format_version_1_is_read_and_upgraded_when_written(corpus):
    manifest = json.loads(corpus.manifest_path.read_text())
    manifest["format_version"] = 1
    corpus.manifest_path.write_text(json.dumps(manifest))
    reopened = Corpus.open(corpus.path)
    reopened.save([make_document("d10")])
    assert json.loads(corpus.manifest_path.read_text())["format_version"] == 2


def test_a_shard_reads_the_same_fast_or_line_by_line_and_is_written_back_byte_for_byte(corpus):
    document = make_document("d11")
    document.record_failure("quantities", "0.3.0", "ValueError: bad number")
    document.spans[1].annotators = ["alice", "bob"]
    document.spans[1].score = 1  # an integer score stays an integer (the careful reading keeps it)
    document.reviews.append(Review("bob", "cancelled"))
    corpus.save([document, make_document("d12")])
    shard = corpus.shard_path("00000.jsonl")
    written = shard.read_bytes()

    fast = decode_shard(written.replace(b'"score": 1,', b'"score": 1.0,'), corpus.labels)
    careful = [Document.from_dict(json.loads(line)) for line in written.decode("utf-8").splitlines()]
    Corpus.open(corpus.path).save(list(Corpus.open(corpus.path)))

    assert fast is not None and [d.to_dict() for d in fast[:2]] == [d.to_dict() for d in careful[:2]]
    assert decode_shard(written, corpus.labels) is None  # the integer score
    assert list(Corpus.open(corpus.path)) == careful
    assert shard.read_bytes() == written


def test_a_shard_that_is_not_utf8_is_named(corpus):
    shard = corpus.shard_path("00000.jsonl")
    shard.write_bytes(shard.read_bytes().replace("Türkiye".encode(), b"T\xfcrkiye"))
    with pytest.raises(CorpusError, match=r"00000.jsonl is not UTF-8 text: invalid start byte at byte \d+"):
        list(Corpus.open(corpus.path))


def test_windows_line_endings_and_blank_lines_are_read(corpus):
    shard = corpus.shard_path("00000.jsonl")
    shard.write_bytes(b"\r\n" + shard.read_bytes().replace(b"\n", b"\r\n") + b"\r\n  \r\n")
    assert list(Corpus.open(corpus.path)) == [make_document()]
