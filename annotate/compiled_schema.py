"""JSON Schemas compiled to msgspec types, so that decoding a JSON document and validating it are one pass in C.

:func:`compile_schema` understands the keywords the corpus schemas use (``type``,
``properties``, ``required``, ``additionalProperties``, ``items``, ``enum``, ``const``,
``minLength``, ``maxLength``, ``pattern``, ``minItems``, ``maxItems``, ``minimum``,
``maximum``) and ignores the descriptive ones; any other keyword raises
:class:`UnsupportedSchema`. A compiled type accepts no document that the schema
rejects; it may reject one that the schema accepts (``1.0`` as an integer, ``NaN``),
so a rejection is only final once the schema itself has said so.
"""

from __future__ import annotations

import keyword
from typing import Annotated, Any, Literal, Union

import msgspec

DESCRIPTIVE = {"$schema", "$id", "$comment", "title", "description", "examples", "default"}
STRING_LIMITS = {"minLength": "min_length", "maxLength": "max_length", "pattern": "pattern"}
ARRAY_LIMITS = {"minItems": "min_length", "maxItems": "max_length"}
NUMBER_LIMITS = {"minimum": "ge", "maximum": "le"}
OBJECT_KEYWORDS = {"properties", "required", "additionalProperties"}


class UnsupportedSchema(ValueError):
    """The schema uses a keyword (or a combination) that the compiler does not translate."""


def compile_schema(schema: dict[str, Any], name: str = "Document") -> Any:
    """A msgspec type that decodes exactly the JSON values valid under ``schema`` (or fewer)."""
    return _compile(schema, name)


def _compile(schema: Any, name: str) -> Any:
    if schema is True or schema == {}:
        return Any
    if not isinstance(schema, dict):
        raise UnsupportedSchema(f"{name}: a schema must be an object, not {schema!r}")
    keywords = set(schema) - DESCRIPTIVE
    if "const" in keywords:
        _only(keywords, {"const"}, name)
        return _literal([schema["const"]], name)
    if "enum" in keywords:
        _only(keywords, {"enum"}, name)
        return _literal(schema["enum"], name)
    types = schema.get("type")
    if types is None:
        if keywords:
            raise UnsupportedSchema(f"{name}: keywords {sorted(keywords)} without a type")
        return Any
    if isinstance(types, list):
        return Union[tuple(_compile({**schema, "type": one}, name) for one in types)]  # noqa: UP007
    return _COMPILERS.get(types, _unknown_type)(schema, keywords - {"type"}, name)


def _only(keywords: set[str], allowed: set[str], name: str) -> None:
    if keywords - allowed:
        raise UnsupportedSchema(f"{name}: keywords {sorted(keywords - allowed)} are not translated")


def _literal(values: list, name: str) -> Any:
    if not values or not all(value is None or type(value) in (str, int) for value in values):
        raise UnsupportedSchema(f"{name}: only strings, integers and null are translated in enum and const")
    return Literal[tuple(values)]


def _limited(base: type, schema: dict, keywords: set[str], limits: dict[str, str], name: str) -> Any:
    _only(keywords, set(limits), name)
    meta = {limits[keyword]: schema[keyword] for keyword in keywords}
    return Annotated[base, msgspec.Meta(**meta)] if meta else base


def _string(schema: dict, keywords: set[str], name: str) -> Any:
    return _limited(str, schema, keywords, STRING_LIMITS, name)


def _integer(schema: dict, keywords: set[str], name: str) -> Any:
    return _limited(int, schema, keywords, NUMBER_LIMITS, name)


def _number(schema: dict, keywords: set[str], name: str) -> Any:
    # Both members, so that an integer stays an integer.
    return Union[_limited(int, schema, keywords, NUMBER_LIMITS, name), _limited(float, schema, keywords, NUMBER_LIMITS, name)]  # noqa: UP007


def _boolean(schema: dict, keywords: set[str], name: str) -> Any:
    _only(keywords, set(), name)
    return bool


def _null(schema: dict, keywords: set[str], name: str) -> Any:
    _only(keywords, set(), name)
    return None


def _array(schema: dict, keywords: set[str], name: str) -> Any:
    items = _compile(schema.get("items", True), f"{name}Item")
    return _limited(list[items], schema, keywords - {"items"}, ARRAY_LIMITS, name)


def _object(schema: dict, keywords: set[str], name: str) -> Any:
    _only(keywords, OBJECT_KEYWORDS, name)
    properties = schema.get("properties")
    extra = schema.get("additionalProperties", True)
    if properties is None:
        if "required" in keywords:
            raise UnsupportedSchema(f"{name}: required without properties is not translated")
        return dict[str, _compile(extra, f"{name}Value")]
    if extra not in (True, False):
        raise UnsupportedSchema(f"{name}: properties with a schema for additional properties is not translated")
    required = set(schema.get("required", ()))
    if not required <= set(properties):
        raise UnsupportedSchema(f"{name}: a required property is not among the properties")
    fields, names = [], {}
    for number, (key, subschema) in enumerate(properties.items()):
        attribute = names[key] = key if key.isidentifier() and not keyword.iskeyword(key) else f"field_{number}"
        field_type = _compile(subschema, f"{name}{key.title()}")
        if key in required:
            fields.append((attribute, field_type))
        else:
            fields.append((attribute, Union[field_type, msgspec.UnsetType], msgspec.UNSET))  # noqa: UP007
    return msgspec.defstruct(
        name, fields, kw_only=True, forbid_unknown_fields=extra is False, gc=False,
        rename={attribute: key for key, attribute in names.items()},
    )


def _unknown_type(schema: dict, keywords: set[str], name: str) -> Any:
    raise UnsupportedSchema(f"{name}: type {schema.get('type')!r} is not translated")


_COMPILERS = {"string": _string, "integer": _integer, "number": _number, "boolean": _boolean, "null": _null,
              "array": _array, "object": _object}
