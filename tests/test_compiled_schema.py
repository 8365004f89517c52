import json
from importlib import resources

import jsonschema
import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.compiled_schema import UnsupportedSchema, compile_schema
from annotate.corpus import DOCUMENT_SCHEMA, MANIFEST_SCHEMA

DOCUMENT = json.loads(resources.files("annotate").joinpath("schema", "document.schema.json").read_text("utf-8"))
VALIDATOR = jsonschema.Draft7Validator(DOCUMENT)
DECODER = msgspec.json.Decoder(compile_schema(DOCUMENT))

text = st.text(min_size=0, max_size=6)
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(-2, 2), text)
values = st.recursive(json_scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                            st.dictionaries(text, inner, max_size=3)), max_leaves=6)


@st.composite
def spans(draw):
    span = {"start": draw(st.integers(-1, 5)), "end": draw(st.integers(0, 9)), "label": draw(text),
            "family": draw(text), "text": draw(text), "source": draw(st.sampled_from(["prediction", "annotation", "x"])),
            "by": draw(text), "attrs": draw(st.dictionaries(text, values, max_size=3)),
            "score": draw(st.one_of(st.none(), st.integers(0, 2), st.floats(0, 1), text))}
    if draw(st.booleans()):
        span["annotators"] = draw(st.lists(text, max_size=2))
    return span


@st.composite
def documents(draw):
    """Documents near the schema: most fields valid, some missing, mistyped, empty or unknown."""
    document = {"id": draw(text), "text": draw(text), "meta": draw(st.dictionaries(text, values, max_size=2)),
                "spans": draw(st.lists(spans(), max_size=3)),
                "predicted_by": draw(st.dictionaries(text, st.one_of(text, st.integers(0, 1)), max_size=2)),
                "reviews": draw(st.lists(st.fixed_dictionaries(
                    {"annotator": text, "status": st.sampled_from(["completed", "cancelled", "done"])},
                    optional={"at": st.one_of(st.none(), text)}), max_size=2))}
    if draw(st.booleans()):
        document["failures"] = draw(st.dictionaries(text, st.fixed_dictionaries(
            {"version": text, "error": text}, optional={"extra": text}), max_size=2))
    for key in draw(st.lists(st.sampled_from(sorted(document)), max_size=2, unique=True)):
        if draw(st.booleans()):
            del document[key]
        else:
            document[key] = draw(values)
    if draw(st.integers(0, 9)) == 0:
        document["unknown"] = draw(values)
    return document


@settings(max_examples=250, deadline=None)
@given(document=documents())
def test_the_compiled_types_accept_no_document_the_schema_rejects(document):
    line = json.dumps(document, ensure_ascii=False).encode("utf-8")
    schema_accepts = VALIDATOR.is_valid(document)
    try:
        DECODER.decode(line)
        compiled_accepts = True
    except msgspec.ValidationError:
        compiled_accepts = False

    assert not compiled_accepts or schema_accepts
    assert DOCUMENT_SCHEMA.accepts(document) == compiled_accepts
    if schema_accepts and not compiled_accepts:  # only where JSON Schema is looser than Python's types
        assert any(isinstance(s.get("start"), float) or isinstance(s.get("end"), float) for s in document["spans"])


def test_valid_documents_are_accepted_and_numbers_keep_their_type():
    document = {"id": "d", "text": "Türkiye", "meta": {}, "predicted_by": {"entities": "1.0"}, "reviews": [],
                "spans": [{"start": 0, "end": 7, "label": "GPE", "family": "entities", "text": "Türkiye",
                           "source": "annotation", "by": "alice", "attrs": {"n": 1}, "score": 1,
                           "annotators": ["alice"]}],
                "failures": {"policy": {"version": "0.3.0", "error": "boom"}}}

    decoded = DECODER.decode(json.dumps(document).encode())

    assert VALIDATOR.is_valid(document)
    assert decoded.spans[0].score == 1 and type(decoded.spans[0].score) is int
    assert decoded.failures["policy"].error == "boom"


def test_the_corpus_schemas_compile():
    assert DOCUMENT_SCHEMA.type is not None and MANIFEST_SCHEMA.type is not None
    manifest = {"format": "annotate-corpus", "format_version": 2, "name": "n", "labels": {}, "plugins": {},
                "shards": ["00000.jsonl"]}
    assert MANIFEST_SCHEMA.accepts(manifest)
    assert not MANIFEST_SCHEMA.accepts({**manifest, "shards": ["../escape"]})
    assert not MANIFEST_SCHEMA.accepts({**manifest, "format": "other"})


@pytest.mark.parametrize("schema", [
    {"type": "string", "format": "date"},
    {"type": "object", "properties": {"a": {}}, "additionalProperties": {"type": "string"}},
    {"anyOf": [{"type": "string"}]},
    {"type": "integer", "exclusiveMinimum": 0},
    {"enum": [1.5]},
])
def test_a_keyword_the_compiler_does_not_translate_is_refused(schema):
    with pytest.raises(UnsupportedSchema):
        compile_schema(schema)
