"""No text breaks a run: every installed plugin, on the real pipeline, over hostile and real-world text.

Every plugin either returns valid spans (in range, matching the text, declared labels, no two
overlapping spans of a family, attributes that are plain JSON) or its failure on that document is
isolated and recorded; ``annotate run`` never raises, and the corpus validates afterwards. The
built-in ``model`` plugin runs too, with a randomly initialised pipeline (an untrained model emits
arbitrary spans, which is what a robustness test wants from it).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.corpus import Corpus, validate_corpus
from annotate.ingest import ingest
from annotate.model import PREDICTION, Document
from annotate.pipeline import PARSE_PIECE_CHARACTERS, Annotator, annotate_corpus
from annotate.settings import Settings

REPO = Path(__file__).resolve().parent.parent
QUANTITY_DEV_VARIABLE = "ANNOTATE_QUANTITY_DEV"  # a directory that must then be there
QUANTITY_DEV_PLACES = [REPO.parent / "shared" / "quantity-dev", Path("/work/shared/quantity-dev")]

NUMBERS = ["0", "7", "42", "1,000", "20,000.00", "37,305.97", "1.5", "0.75", "-3", "+4.5", "3/4", "1.000,50",
           "10-20", "5–7", "2nd", "1e6", "½", "٣", "５", "100,000,000", "007", ".5", "1 000", "2023", "24/7"]
NUMBER_WORDS = ["one", "two", "ten", "eleven", "twenty-five", "hundred", "a dozen", "half", "a quarter", "first",
                "zero", "a", "several", "dozens"]
SCALE_WORDS = ["thousand", "million", "billion", "trillion", "bn", "mn", "m", "k", "K", "crore", "lakh", "MM",
               "tn", "mln", "bln"]
CURRENCIES = ["$", "US$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "CNY", "RMB", "yuan", "₹", "Rs.", "₩", "₽",
              "₺", "¢", "C$", "HK$", "A$", "dollars", "cents", "euro", "pence", "CHF", "Fr.", "kr", "usd", "u.s."]
UNITS = ["%", "percent", "per cent", "pct", "percentage points", "km", "kilometres", "kg", "tonnes", "t", "m²",
         "sq km", "°C", "°F", "degrees", "mph", "km/h", "MW", "GWh", "barrels", "bpd", "TEU", "hectares", "per",
         "/", "a year", "years old", "months", "hours", "x", "times"]
PUNCTUATION = list(".,;:!?-–—…/\\&*#@+=~^_|") + ["...", "--", "?!"]
BRACKETS_AND_QUOTES = list("()[]{}<>\"'“”‘’«»‹›「」")
UNICODE = [
    "\u00a0", "\u202f", "\u200b", "\u200e", "\u200f", "\u2066", "\u2069", "\ufeff", "\ufffd",  # spaces, marks
    "دولار", "مليون", "١٢٣", "שקל", "\u202e123\u202c",  # right-to-left text
    "💵", "🚚", "👩\u200d👩\u200d👧", "🇨🇳", "1\ufe0f\u20e3",  # emoji
    "e\u0301", "\u0301", "\u0336", "a\u20dd", "5\u0303",  # combining marks
    "\x00", "\x07", "\x1b[31m", "\t", "\x0c", "\x0b", "\x85", "\u2028", "\u2029", "\r",  # control characters
    "𝔘", "Ⅻ", "①", "ﬁ", "Türkiye",
]
WORDS = ["paid", "rose", "fell", "to", "from", "by", "about", "nearly", "over", "up", "between", "and", "or",
         "the", "The", "Xinjiang", "Customs", "rate", "increase", "tariff", "tariffs", "each", "of", "in", "Jan.",
         "Mr.", "Co., Ltd.", "government", "imposed", "subsidy", "cut", "expenses", "february", "The subscription"]
PIECES = NUMBERS + NUMBER_WORDS + SCALE_WORDS + CURRENCIES + UNITS + PUNCTUATION + BRACKETS_AND_QUOTES + UNICODE + WORDS
RULE_BASED = ("entities", "quantities", "policy")
SEPARATORS = [" ", " ", " ", "", "\n", "\n\n", "\u00a0", "\u202f", "  ", "\t"]

# Texts that tripped plugins before: issue 8's sentences and wire-news forms.
KNOWN_HARD = [
    "$ 20,000.00 $ 37,305.97 february expenses",
    "10 $ 30 $",
    "10 $ 30 cent",
    "The subscription will increase to 17 USD 25.",
    "They paid 75 USD million but the others just 15 USD 50 million.",
    "He tipped one $ 5,000 to the driver.",
]


def random_text(rng: random.Random, pieces: int = 30) -> str:
    """A text of pieces drawn from the lists above, joined by drawn separators (used outside hypothesis)."""
    return "".join(rng.choice(PIECES) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, pieces)))


hostile_texts = st.lists(
    st.tuples(
        st.one_of(
            st.sampled_from(PIECES),
            st.integers(-10**15, 10**15).map(lambda n: f"{n:,}"),
            st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12).map(str),
            st.text(st.characters(blacklist_categories=("Cs",)), max_size=4),
        ),
        st.sampled_from(SEPARATORS),
    ),
    max_size=40,
).map(lambda parts: "".join(piece + separator for piece, separator in parts))


def reject_nonfinite(constant: str):
    raise ValueError(f"{constant} is not JSON")


def strict_json(text: str):
    """JSON as RFC 8259 has it: no NaN or Infinity (other readers than Python's refuse them)."""
    return json.loads(text, parse_constant=reject_nonfinite)


@pytest.fixture(scope="session")
def random_model(tmp_path_factory) -> Path:
    """A randomly initialised spaCy pipeline (NER and a policy span categorizer) for the model plugin."""
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    for label in ("PERSON", "ORG", "GPE", "MONEY", "PERCENT", "QUANTITY"):
        ner.add_label(label)
    spancat = nlp.add_pipe("spancat", name="spancat_policy", config={"spans_key": "policy"})
    spancat.add_label("POLICY_MEASURE")
    nlp.initialize()
    path = tmp_path_factory.mktemp("random-model") / "model"
    nlp.to_disk(path)
    return path


@pytest.fixture(scope="session")
def annotator(random_model) -> Annotator:
    """Every installed plugin with a predictor, on the default pipeline: one per test session."""
    loaded = Annotator.load(Settings().with_option(f"model.path={random_model}"))
    assert {"entities", "quantities", "policy", "model"} <= {plugin.name for plugin in loaded.plugins}
    return loaded


def span_problems(annotator: Annotator, document: Document, plugin_name: str, spans) -> list[str]:
    """What is wrong with one plugin's spans on one document (empty when they are valid)."""
    plugin = next(p for p in annotator.plugins if p.name == plugin_name)
    labels = annotator.labels()
    problems = []
    for span in spans:
        where = f"{plugin_name} span {span.start}-{span.end} {span.label}"
        if not (isinstance(span.start, int) and isinstance(span.end, int)
                and 0 <= span.start < span.end <= len(document.text)):
            problems.append(f"{where} is out of range")
        elif span.text != document.text[span.start:span.end]:
            problems.append(f"{where} has the text {span.text!r}")
        if span.label not in labels.get(span.family, {}):
            problems.append(f"{where} has a label not declared in the family {span.family!r}")
        if span.source != PREDICTION or span.by != plugin.provenance:
            problems.append(f"{where} has the provenance {span.source}/{span.by}")
        try:
            strict_json(json.dumps({"attrs": span.attrs, "score": span.score}))
        except (TypeError, ValueError) as error:
            problems.append(f"{where} has attributes that are not plain JSON ({error}): {span.attrs!r}")
    ordered = sorted(spans, key=lambda s: (s.family, s.start, s.end))
    for before, after in zip(ordered, ordered[1:]):
        if before.family == after.family and after.start < before.end:
            problems.append(f"{plugin_name} spans {before.start}-{before.end} and {after.start}-{after.end} overlap")
    return problems


def assert_annotated_or_isolated(annotator: Annotator, document: Document) -> None:
    """Each plugin predicted on the document with valid spans, or its failure there is recorded and nothing kept."""
    for plugin in annotator.plugins:
        spans = document.predictions(plugin.name)
        if plugin.name in document.failures:
            failure = document.failures[plugin.name]
            assert plugin.name not in document.predicted_by and spans == []
            assert failure.version == plugin.version and failure.error and "\n" not in failure.error
        else:
            assert document.predicted_by.get(plugin.name) == plugin.version, (document.id, plugin.name)
            assert span_problems(annotator, document, plugin.name, spans) == [], document.text


def run_through_corpus(annotator: Annotator, texts: list[str]) -> list[Document]:
    """Texts as documents of a new corpus, ``annotate_corpus`` over it, the corpus validated and re-read."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "corpus"
        corpus = Corpus.create(path)
        corpus.save(Document(id=f"d{i}", text=text) for i, text in enumerate(texts))
        annotate_corpus(path, annotator=annotator)
        assert validate_corpus(path)[0] == len(texts)
        for shard in Corpus.open(path).shards:
            for line in (path / "documents" / shard).read_text("utf-8").split("\n")[:-1]:
                strict_json(line)  # not splitlines(): U+0085 and U+2028 in a text are not line breaks
        documents = list(Corpus.open(path))
    for document in documents:
        assert_annotated_or_isolated(annotator, document)
    return documents


@settings(max_examples=60, deadline=timedelta(seconds=10), suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(hostile_texts, min_size=1, max_size=4))
def test_hostile_texts_give_valid_spans_or_an_isolated_failure(annotator, texts):
    predictions = annotator.predict([Document(id=f"d{i}", text=text) for i, text in enumerate(texts)])
    for text, predicted in zip(texts, predictions):
        document = Document(id="check", text=text)
        for plugin in annotator.plugins:
            if plugin.name not in predicted.failures:
                assert span_problems(annotator, document, plugin.name, predicted[plugin.name]) == [], text
    stored = [text for text in texts if text]  # the corpus format requires a non-empty text
    if stored:
        run_through_corpus(annotator, stored)


def test_empty_and_whitespace_only_texts(annotator, tmp_path):
    # The predictors get empty Docs: no failure, and the rule-based plugins find nothing. (The random
    # model may label whitespace: its spans are only checked to be valid.)
    for predicted in annotator.predict([Document(id="e", text=""), Document(id="w", text=" \n\t\u00a0\u202f")]):
        assert predicted.failures == {}
        assert all(predicted[name] == [] for name in RULE_BASED)
    # A corpus holds whitespace-only texts (the format requires at least one character) and runs over them.
    documents = run_through_corpus(annotator, [" ", "\n\n\n", "\u00a0\u202f\u200b", "\t \r\n"])
    assert all(document.failures == {} and not any(s.plugin in RULE_BASED for s in document.spans)
               for document in documents)

    # ingest refuses an empty source with one sentence naming it, and writes nothing.
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "empty.txt").write_text("", "utf-8")
    (sources / "blank.jsonl").write_text('{"id": "b", "text": " \\n "}\n', "utf-8")
    for source, said in ((sources / "empty.txt", "empty.txt is empty"), (sources / "blank.jsonl", "blank.jsonl line 1")):
        result = subprocess.run([sys.executable, "-m", "annotate", "ingest", str(source), str(tmp_path / "corpus")],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 1 and said in result.stderr and "Traceback" not in result.stderr, result.stderr
        assert result.stderr.strip().count("\n") == 0
        assert not (tmp_path / "corpus" / "documents").exists() or not any((tmp_path / "corpus" / "documents").iterdir())


def test_ingest_refuses_text_that_is_not_unicode_in_one_sentence(tmp_path):
    """A JSON Lines record may escape a lone surrogate (\\ud800), which no UTF-8 file can hold."""
    source = tmp_path / "surrogate.jsonl"
    source.write_text('{"id": "ok", "text": "Fine."}\n{"id": "bad", "text": "half a pair \\ud800 here"}\n', "utf-8")
    result = subprocess.run([sys.executable, "-m", "annotate", "ingest", str(source), str(tmp_path / "corpus")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    assert "surrogate.jsonl line 2" in result.stderr and result.stderr.strip().count("\n") == 0, result.stderr


def test_known_hard_sentences(annotator):
    documents = run_through_corpus(annotator, KNOWN_HARD)
    assert len(documents) == len(KNOWN_HARD)


LONG_TOKENS = {
    "letters": "x" * 50_000, "digits": "9" * 50_000, "a dollar and digits": "$" + "9" * 49_999,
    "thousands": "1,000" * 10_000, "dashes": "-" * 50_000, "a URL": "http://example.com/" + "a" * 49_981,
    "combining marks": "e" + "\u0301" * 49_999, "letters and digits": "a1b2" * 12_500, "dollar signs": "$" * 50_000,
}
# Most take well under a second; the dollar signs are 50,000 tokens, which the parse and the model take
# some seconds each over, twice. A step quadratic in the tokens would take many minutes.
LONG_TOKEN_SECONDS = 120


def in_forked_child(work, limit: float) -> tuple[str, str]:
    """Run ``work(tell)`` in a forked copy of this process (the loaded pipeline comes along) for at most
    ``limit`` seconds. Returns ("done", result), ("error", message) or ("timeout", the last stage told)."""
    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)

    def child() -> None:
        try:
            writer.send(("done", work(lambda stage: writer.send(("stage", stage)))))
        except BaseException as error:  # everything goes back to the parent
            writer.send(("error", f"{type(error).__name__}: {error}"))

    process = context.Process(target=child, daemon=True)
    process.start()
    deadline, stage = time.monotonic() + limit, "starting"
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not reader.poll(remaining):
                return "timeout", stage
            kind, value = reader.recv()
            if kind != "stage":
                return kind, value
            stage = value
    finally:
        process.kill()
        process.join()


def test_a_50000_character_token_is_annotated_in_seconds(annotator):
    def annotate(text):
        def work(tell):
            document = Document(id="long", text=text)
            tell("the spaCy parse")
            (doc,) = list(annotator.parse([text]))
            for plugin in annotator.plugins:
                tell(f"the {plugin.name} plugin")
                annotator.predict_parsed([document], [doc], [plugin])
            tell("annotate_corpus")
            run_through_corpus(annotator, [text])
            return "valid"
        return work

    outcomes = {name: in_forked_child(annotate(f"They paid {token} to the fund."), LONG_TOKEN_SECONDS)
                for name, token in LONG_TOKENS.items()}
    slow = [f"{name} (stuck in {stage} after {LONG_TOKEN_SECONDS} s)"
            for name, (kind, stage) in outcomes.items() if kind == "timeout"]
    broken = [f"{name}: {message}" for name, (kind, message) in outcomes.items() if kind == "error"]
    assert not slow and not broken, f"50,000-character tokens: slow: {slow}; failed: {broken}"


def test_a_one_megabyte_document_is_annotated_with_the_offsets_of_its_parts(annotator):
    paragraph = ("Exports rose by 12 percent to $4.5 billion in 2023, and the government cut tariffs "
                 "on 300 tonnes of cotton from Xinjiang.")
    alone = run_through_corpus(annotator, [paragraph])[0]
    filler = " ".join(["x" * 50_000] * 2) + "\n"  # few tokens: the length is what is tested here, not parse speed
    parts, text = [], ""
    while len(text) < 1_050_000:
        parts.append(len(text))
        text += paragraph + "\n" + filler
    assert len(text.encode("utf-8")) > 1_000_000 and len(text) > PARSE_PIECE_CHARACTERS * 10
    (big,) = run_through_corpus(annotator, [text])
    assert big.failures == {}
    for plugin in RULE_BASED:
        expected = sorted((s.start, s.end, s.label) for s in alone.predictions(plugin))
        for offset in parts:
            found = sorted((s.start - offset, s.end - offset, s.label) for s in big.predictions(plugin)
                           if offset <= s.start < offset + len(paragraph))
            assert found == expected, (plugin, offset)


def test_annotate_run_on_hostile_documents_exits_0_or_3_and_leaves_a_valid_corpus(tmp_path, random_model):
    rng = random.Random(8)
    lines = [{"id": f"h{i}", "text": random_text(rng)} for i in range(150)]
    lines += [{"id": f"k{i}", "text": text} for i, text in enumerate(KNOWN_HARD)]
    lines = [line for line in lines if line["text"].strip()]
    source = tmp_path / "hostile.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    ingest([source], tmp_path / "corpus")
    run = subprocess.run([sys.executable, "-m", "annotate", "run", str(tmp_path / "corpus"), "--model", str(random_model)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode in (0, 3) and "Traceback" not in run.stderr, run.stderr[-2000:]
    documents, _ = validate_corpus(tmp_path / "corpus")
    assert documents == len(lines)
    stored = list(Corpus.open(tmp_path / "corpus"))
    failed = [d for d in stored if d.failures]
    assert all(set(d.predicted_by) | set(d.failures) == {*RULE_BASED, "model"} for d in stored)
    if failed:
        assert run.returncode == 3 and "annotate stats" in run.stderr
        listed = subprocess.run([sys.executable, "-m", "annotate", "stats", str(tmp_path / "corpus"), "--failures"],
                                capture_output=True, text=True, timeout=120)
        assert listed.returncode == 0 and all(d.id in listed.stdout for d in failed[:3]), listed.stdout
    else:
        assert run.returncode == 0


def quantity_dev_directory() -> Path | None:
    if os.environ.get(QUANTITY_DEV_VARIABLE):
        directory = Path(os.environ[QUANTITY_DEV_VARIABLE])
        if not (directory / "currency-model.json").is_file():
            pytest.fail(f"{QUANTITY_DEV_VARIABLE}={directory} has no quantity development sets (currency-model.json)",
                        pytrace=False)
        return directory
    return next((place for place in QUANTITY_DEV_PLACES if (place / "currency-model.json").is_file()), None)


def test_every_plugin_on_every_quantity_dev_sentence_without_a_failure(annotator):
    directory = quantity_dev_directory()
    if directory is None:
        pytest.skip(f"the quantity development sets are not on this machine (looked in "
                    f"{', '.join(map(str, QUANTITY_DEV_PLACES))}; set {QUANTITY_DEV_VARIABLE} to require them)")
    sentences = [record["text"] for path in sorted(directory.glob("*-model.json"))
                 for record in json.loads(path.read_text("utf-8"))]
    assert len(sentences) >= 300
    documents = run_through_corpus(annotator, sentences)
    failures = [(document.text, plugin, failure.error) for document in documents
                for plugin, failure in document.failures.items()]
    assert failures == [], f"{len(failures)} failures on {len(sentences)} sentences: {failures[:10]}"
