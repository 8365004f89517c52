import pytest

from annotate.corpus import Corpus
from annotate.errors import SourceError
from annotate.ingest import import_annotations, ingest
from annotate.model import ANNOTATION

from conftest import snapshot


def test_seeds_are_ingested_with_stable_ids_titles_and_iso_dates(tmp_path):
    report = ingest(["seeds"], tmp_path / "c")
    assert len(report.added) == 5
    documents = {d.id: d for d in Corpus.open(tmp_path / "c")}
    first = documents["000_82db6b68a9977560"]
    assert first.meta["title"] == "Xinjiang enterprises go full throttle to boost foreign trade"
    assert first.meta["date"] == "2022-12-16" and first.meta["published_at"] == "2022-12-16T15:47"
    assert documents["001_ae423c5b93f739da"].meta["date"] == "2023-05-09"
    assert documents["003_c9c15c163f881a54"].meta["date"] == "2024-05-21"
    assert "›" not in documents["004_330aa91fd45b328f"].meta["title"]
    with open("seeds/000_82db6b68a9977560.txt", encoding="utf-8") as handle:
        assert first.text == handle.read()

    again = ingest(["seeds"], tmp_path / "c")
    assert (len(again.added), len(again.unchanged)) == (0, 5)
    assert len(Corpus.open(tmp_path / "c")) == 5


def test_bom_and_crlf_are_normalized(tmp_path):
    (tmp_path / "w.txt").write_bytes("\ufeffTitle line\r\nBody one.\rBody two.\r\n".encode("utf-8"))
    ingest([tmp_path / "w.txt"], tmp_path / "c")
    (document,) = Corpus.open(tmp_path / "c")
    assert document.text == "Title line\nBody one.\nBody two.\n"
    assert document.id == "w"


def test_jsonl_documents_with_spans(tmp_path):
    source = tmp_path / "d.jsonl"
    source.write_text(
        '{"id": "x", "text": "Paid $5 in Paris.", "meta": {"lang": "en"}, '
        '"spans": [{"start": 11, "end": 16, "label": "GPE"}]}\n\n{"text": "No id here."}\n',
        "utf-8",
    )
    ingest([source], tmp_path / "c")
    first, second = Corpus.open(tmp_path / "c")
    assert first.meta["lang"] == "en" and first.meta["source"].endswith("d.jsonl:1")
    (span,) = first.spans
    assert (span.text, span.family, span.source, span.by) == ("Paris", "entities", ANNOTATION, "import")
    assert second.id == "d-3"


@pytest.fixture
def existing(tmp_path):
    (tmp_path / "ok.txt").write_text("A fine document.", "utf-8")
    ingest([tmp_path / "ok.txt"], tmp_path / "c")
    return tmp_path / "c"


def bad_source(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, "utf-8")
    return path


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("latin.txt", "caf\xe9 cr\xe8me".encode("latin-1"), r"latin.txt is not UTF-8 text: byte 0xe9 at offset 3"),
        ("empty.txt", "", r"empty.txt is empty"),
        ("blank.txt", "  \n\n ", r"blank.txt is empty"),
        ("bad.jsonl", '{"text": "ok"}\n{oops\n', r"bad.jsonl line 2 is not valid JSON"),
        ("notext.jsonl", '{"id": "a"}\n', r"notext.jsonl line 1 has no non-empty \"text\" string"),
        ("range.jsonl", '{"id": "a", "text": "Paris", "spans": [{"start": 0, "end": 9, "label": "GPE"}]}\n',
         r"range.jsonl line 1, document 'a': span 0-9 GPE is out of range"),
        ("label.jsonl", '{"id": "a", "text": "Paris", "spans": [{"start": 0, "end": 5, "label": "CITY"}]}\n',
         r"label.jsonl line 1: span label 'CITY' is not declared by any installed plugin"),
        ("dup.jsonl", '{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n',
         r"dup.jsonl line 2: document id 'a' is also used by .*dup.jsonl line 1"),
        ("table.csv", "a,b\n", r"table.csv: no installed reader plugin reads files of this kind \(.csv\)"),
    ],
)
def test_bad_sources_are_refused_and_the_corpus_is_unchanged(tmp_path, existing, name, content, message):
    before = snapshot(existing)
    with pytest.raises(SourceError, match=message):
        ingest([tmp_path / "ok.txt", bad_source(tmp_path, name, content)], existing)
    assert snapshot(existing) == before


def test_missing_path_and_empty_directory(tmp_path, existing):
    before = snapshot(existing)
    with pytest.raises(SourceError, match="nope.txt does not exist"):
        ingest([tmp_path / "nope.txt"], existing)
    (tmp_path / "empty").mkdir()
    with pytest.raises(SourceError, match="no documents found in"):
        ingest([tmp_path / "empty"], existing)
    assert snapshot(existing) == before


def test_a_failed_first_ingest_creates_no_corpus(tmp_path):
    with pytest.raises(SourceError):
        ingest([bad_source(tmp_path, "e.txt", "")], tmp_path / "new")
    assert not (tmp_path / "new").exists()


def test_changed_text_replaces_a_document_but_never_a_persons_annotations(tmp_path, existing):
    (tmp_path / "ok.txt").write_text("A finer document.", "utf-8")
    assert ingest([tmp_path / "ok.txt"], existing).updated == ["ok"]
    corpus = Corpus.open(existing)
    document = corpus.get("ok")
    document.spans.append(document.make_span(2, 7, "GPE", "entities", ANNOTATION, "alice"))
    corpus.save([document])
    before = snapshot(existing)
    (tmp_path / "ok.txt").write_text("A changed document.", "utf-8")
    with pytest.raises(SourceError, match="the text of document 'ok' changed, but the corpus holds a person's"):
        ingest([tmp_path / "ok.txt"], existing)
    assert snapshot(existing) == before


def test_import_annotations_replaces_only_that_annotators_review(tmp_path, existing):
    spans = tmp_path / "gold.jsonl"
    spans.write_text('{"doc": "ok", "start": 2, "end": 6, "label": "GPE", "text": "fine"}\n', "utf-8")
    assert import_annotations(spans, existing, "alice", at="2026-01-01T00:00:00") == 1
    assert import_annotations(spans, existing, "bob") == 1
    spans.write_text('{"doc": "ok", "start": 7, "end": 15, "label": "ORG"}\n', "utf-8")
    import_annotations(spans, existing, "alice")
    document = Corpus.open(existing).get("ok")
    assert [(s.text, s.label, s.by) for s in document.spans] == [("fine", "GPE", "bob"), ("document", "ORG", "alice")]
    assert sorted((r.annotator, r.status) for r in document.reviews) == [("alice", "completed"), ("bob", "completed")]


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"doc": "nope", "start": 0, "end": 1, "label": "GPE"}', "gold.jsonl line 1: the corpus has no document 'nope'"),
        ('{"doc": "ok", "start": 0, "end": 1, "label": "CITY"}', "gold.jsonl line 1: the corpus declares no label 'CITY'"),
        ('{"doc": "ok", "start": 2, "end": 6, "label": "GPE", "text": "good"}', "says it covers 'good' but the text there is 'fine'"),
        ('{"doc": "ok"}', "gold.jsonl line 1 needs doc, start, end and label"),
        ("{bad", "gold.jsonl line 1 is not valid JSON"),
    ],
)
def test_import_annotations_refuses_bad_lines_and_changes_nothing(tmp_path, existing, line, message):
    before = snapshot(existing)
    spans = tmp_path / "gold.jsonl"
    spans.write_text(line + "\n", "utf-8")
    with pytest.raises(SourceError, match=message):
        import_annotations(spans, existing, "alice")
    assert snapshot(existing) == before


@pytest.mark.parametrize("record, message", [
    ('{"id": "bad", "text": "a \\ud800 b"}', "line 2: text holds '\\ud800' at character 2"),
    ('{"id": "bad", "text": "fine", "meta": {"title": "x\\udc00"}}', "line 2: meta.title holds '\\udc00' at character 1"),
])
def test_a_lone_surrogate_is_refused_naming_the_line_and_nothing_is_created(tmp_path, record, message):
    source = tmp_path / "s.jsonl"
    source.write_text('{"id": "ok", "text": "fine"}\n' + record + "\n", "utf-8")
    with pytest.raises(SourceError, match=message.replace("\\", "\\\\")):
        ingest([source], tmp_path / "new")
    assert not (tmp_path / "new").exists()
