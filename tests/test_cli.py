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
