import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from annotate.cli import cli

from conftest import snapshot


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def assert_one_sentence_error(result, *fragments):
    assert result.exit_code != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.output + result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture(scope="module")
def seed_corpus(tmp_path_factory):
    """The main job: the seeds ingested and pre-annotated with every built-in plugin."""
    path = tmp_path_factory.mktemp("cli") / "seeds"
    assert invoke("ingest", "seeds", path).exit_code == 0
    result = invoke("run", path)
    assert result.exit_code == 0, result.output
    return path, result


def test_run_pre_annotates_the_seeds_and_prints_a_table_of_counts(seed_corpus):
    path, result = seed_corpus
    assert "5 documents pre-annotated" in result.stdout
    assert "Spans per family and label" in result.stdout
    for label in ("GPE", "MONEY", "PERCENT", "QUANTITY", "POLICY_MEASURE"):
        assert label in result.stdout
    assert "pre-annotating" in result.stderr  # the progress bar


def test_a_second_run_skips_everything(seed_corpus):
    path, _ = seed_corpus
    result = invoke("run", path)
    assert "0 documents pre-annotated, 5 already up to date" in result.stdout


def test_stats_show_validate_and_plugins(seed_corpus):
    path, _ = seed_corpus
    stats = invoke("stats", path)
    assert stats.exit_code == 0 and "Spans per provenance" in stats.stdout and "quantities@" in stats.stdout
    show = invoke("show", path, "000_82db6b68a9977560", "--family", "quantities")
    assert show.exit_code == 0 and "nearly 100 million yuan" in show.stdout and "MONEY" in show.stdout
    assert invoke("validate", path).stdout.startswith(f"{path} is valid: 5 documents")
    plugins = invoke("plugins").stdout
    for name in ("readers", "entities", "quantities", "policy"):
        assert name in plugins


def test_eval_prints_scores_and_writes_a_json_report(tmp_path):
    source = tmp_path / "gold.jsonl"
    source.write_text(json.dumps({
        "id": "g", "text": "Prices rose 5 percent in Kazakhstan, to 3 billion tenge.",
        "spans": [{"start": 12, "end": 21, "label": "PERCENT", "by": "ann",
                   "attrs": {"value": 5.0, "unit": "percent", "change": "up", "surface_unit": "percent"}},
                  {"start": 25, "end": 35, "label": "GPE", "by": "ann"}],
    }) + "\n", "utf-8")
    invoke("ingest", source, tmp_path / "c")
    invoke("run", tmp_path / "c", "--plugin", "quantities", "--plugin", "entities")
    result = invoke("eval", tmp_path / "c", "--report", tmp_path / "report.json")
    assert result.exit_code == 0, result.output
    assert "quantities" in result.stdout and "exact F1" in result.stdout
    report = json.loads((tmp_path / "report.json").read_text())
    (quantities,) = [f for f in report["families"] if f["plugin"] == "quantities"]
    assert quantities["scores"]["exact"]["PERCENT"]["correct"] == 1
    assert quantities["attribute_accuracy"]["change"] == 1.0


@pytest.fixture
def small_corpus(tmp_path):
    (tmp_path / "a.txt").write_text("Xinjiang exported 50 trucks.", "utf-8")
    invoke("ingest", tmp_path / "a.txt", tmp_path / "c")
    return tmp_path / "c"


@pytest.mark.parametrize(
    "make_args, fragments",
    [
        (lambda t, c: ["ingest", t / "missing.txt", c], ["missing.txt does not exist"]),
        (lambda t, c: ["ingest", write(t / "x.txt", b"\xff\xfe bad"), c], ["x.txt is not UTF-8 text"]),
        (lambda t, c: ["ingest", write(t / "e.txt", b""), c], ["e.txt is empty"]),
        (lambda t, c: ["run", t / "nowhere"], ["nowhere does not exist"]),
        (lambda t, c: ["run", write(t / "file.jsonl", b"{}")], ["file.jsonl is a file, not a corpus directory"]),
        (lambda t, c: ["run", c, "--pipeline", "no_such_pipeline_xyz"], ["'no_such_pipeline_xyz' cannot be loaded"]),
        (lambda t, c: ["run", c, "--plugin", "nope"], ["no plugin named 'nope'"]),
        (lambda t, c: ["run", c, "--set", "oops"], ["is not of the form plugin.key=value"]),
        (lambda t, c: ["eval", c, "--report", t], ["is a directory, not a file"]),
        (lambda t, c: ["run", c, "--set", f"entities.patterns={t}"], ["named by the option entities.patterns, is a directory"]),
        (lambda t, c: ["run", c, "--set", f"policy.lexicon={t / 'none.json'}"], ["named by the option policy.lexicon, does not exist"]),
        (lambda t, c: ["run", c, "--set", f"quantities.data={t}"], ["named by the option quantities.data, is a directory"]),
        (lambda t, c: ["eval", c], ["has no documents annotated"]),
        (lambda t, c: ["show", c, "nope"], ["has no document 'nope'"]),
    ],
)
def test_user_errors_are_one_sentence_with_non_zero_exit_and_the_corpus_unchanged(tmp_path, small_corpus, make_args, fragments):
    before = snapshot(small_corpus)
    result = invoke(*make_args(tmp_path, small_corpus))
    assert_one_sentence_error(result, *fragments)
    assert snapshot(small_corpus) == before


def write(path, data):
    path.write_bytes(data)
    return path


def test_corrupt_corpus_line_and_newer_format_are_reported(small_corpus):
    shard = small_corpus / "documents" / "00000.jsonl"
    shard.write_text(shard.read_text() + "{broken\n")
    assert_one_sentence_error(invoke("validate", small_corpus), "00000.jsonl line 2 is not valid JSON")
    manifest = json.loads((small_corpus / "annotate.json").read_text())
    manifest["format_version"] = 99
    (small_corpus / "annotate.json").write_text(json.dumps(manifest))
    assert_one_sentence_error(invoke("stats", small_corpus), "format version 99")


def test_the_installed_command_exits_non_zero_without_a_traceback(tmp_path):
    result = subprocess.run([sys.executable, "-m", "annotate", "validate", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.strip() == f"Error: {tmp_path} is not a corpus: it has no annotate.json"


FRAGILE_PLUGIN = '''
from annotate import hookimpl

__version__ = "2.0"

@hookimpl
def annotate_labels(register):
    register("caps", "CAP", "a capitalised word")

@hookimpl
def annotate_predictor(nlp, settings):
    def predict(docs, emit):
        for doc in docs:
            if "Dave" in doc.text:
                raise ValueError("cannot read\\n  Dave")
            for token in doc:
                if token.text[:1].isupper():
                    emit(doc, token.idx, token.idx + len(token), "CAP")
    return predict
'''


@pytest.fixture
def fragile_corpus(tmp_path, install_plugin, blank_pipeline):
    install_plugin("fragile", FRAGILE_PLUGIN)
    source = tmp_path / "docs.jsonl"
    source.write_text('{"id": "a", "text": "Alice met Bob."}\n{"id": "c", "text": "Carol wrote to Dave."}\n', "utf-8")
    assert invoke("ingest", source, tmp_path / "corpus").exit_code == 0
    return tmp_path / "corpus", ["--plugin", "fragile", "--pipeline", blank_pipeline]


def test_a_run_with_failed_documents_finishes_says_where_to_look_and_exits_3(fragile_corpus):
    path, options = fragile_corpus
    result = invoke("run", path, *options)
    assert result.exit_code == 3
    assert "1 documents pre-annotated" not in result.stdout and "2 documents pre-annotated" in result.stdout
    assert f"1 document failed in fragile@2.0; see `annotate stats {path} --failures`" in result.stderr
    assert "Traceback" not in result.stderr

    stats = invoke("stats", path)
    assert "Plugins failed on 1 documents (1 in fragile@2.0)" in stats.stdout
    failures = invoke("stats", path, "--failures")
    assert failures.exit_code == 0
    assert "c" in failures.stdout and "fragile@2.0" in failures.stdout
    assert "ValueError: cannot read Dave" in failures.stdout
    validate = invoke("validate", path)
    assert validate.exit_code == 0 and "is valid: 2 documents" in validate.stdout
    assert "Plugins failed on 1 documents" in validate.stdout


def test_fail_fast_stops_with_one_sentence_and_exit_1(fragile_corpus):
    path, options = fragile_corpus
    result = invoke("run", path, *options, "--fail-fast")
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last == "Error: plugin 'fragile' failed on document 'c': ValueError: cannot read Dave"


def test_an_unexpected_error_is_one_sentence_and_debug_shows_the_traceback(fragile_corpus, monkeypatch):
    import annotate.stats

    path, _ = fragile_corpus

    def broken(_path):
        raise RuntimeError("a bug\nover two lines")

    monkeypatch.setattr("annotate.cli.corpus_stats", broken)
    result = CliRunner().invoke(cli, ["stats", str(path)])
    assert result.exit_code == 70
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "RuntimeError: a bug over two lines" in lines[0] and "--debug" in lines[0]
    debug = CliRunner().invoke(cli, ["--debug", "stats", str(path)])
    assert isinstance(debug.exception, RuntimeError)
    assert annotate.stats.corpus_stats is not broken


def test_an_unexpected_error_in_a_real_process_prints_no_traceback(tmp_path):
    bad = tmp_path / "corpus"
    bad.mkdir()
    (bad / "annotate.json").write_text('{"format": "annotate-corpus", "format_version": 2, "name": "x", '
                                       '"labels": {}, "plugins": {}, "shards": ["00000.jsonl"]}')
    (bad / "documents").mkdir()
    (bad / "documents" / "00000.jsonl").mkdir()  # a directory where a shard should be
    result = subprocess.run([sys.executable, "-m", "annotate", "stats", str(bad)], capture_output=True, text=True)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert len([line for line in result.stderr.splitlines() if line.strip()]) == 1


def test_show_prints_control_characters_and_markup_of_a_text_as_they_are_not_as_commands(tmp_path):
    source = tmp_path / "odd.jsonl"
    source.write_text('{"id": "odd", "text": "Red \\u001b[31malert\\u0007 from [bold]Horgos[/x].", '
                      '"meta": {"title": "[/nope] \\u001b[2J"}}\n', "utf-8")
    assert invoke("ingest", source, tmp_path / "c").exit_code == 0
    result = invoke("show", tmp_path / "c", "odd")
    assert result.exit_code == 0
    assert "\x1b[31m" not in result.stdout and "\x07" not in result.stdout and "\x1b[2J" not in result.stdout
    assert "␛[31malert␇ from [bold]Horgos[/x]." in result.stdout and "[/nope] ␛[2J" in result.stdout
