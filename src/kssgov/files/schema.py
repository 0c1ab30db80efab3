"""JSON Schemas of the dataset files, so that editors can check them while a person types.

The schemas are derived from the record classes themselves, so they cannot
drift from what the loader accepts.
"""

from __future__ import annotations

import collections.abc
import datetime as dt
import types
import typing
from typing import Any

import attrs

from ..model import RECORD_TYPES, AgmBound, DateSpan, Region, Settings, Vocabulary
from ..model.dates import PartialDate

_SCHEMA = "https://json-schema.org/draft/2020-12/schema"
_DATE = {"type": "string", "format": "date"}
_HOUSE_DATE = {"type": "string", "pattern": r"^\d{1,2}\.\d{1,2}\.\d{4}$"}
_SPAN_TEXT = {
    "type": "string",
    "description": "6.1.2023, 7.-8.2.2023, 30.1.-2.2.2023, 30.12.2023-2.1.2024, "
    "7.2.2023 kl. 10.00-12.00, or ISO 8601 such as 2023-02-07/2023-02-08",
}
_SPAN_TABLE = {
    "type": "object",
    "properties": {
        "start": {"type": "string", "format": "date-time"},
        "end": {"type": "string", "format": "date-time"},
        "timezone": {"type": "string"},
    },
    "required": ["start"],
    "additionalProperties": False,
}


def records_schema() -> dict[str, Any]:
    """The schema of a data file: any of the record tables, each a list of records."""
    return {
        "$schema": _SCHEMA,
        "title": "kssgov records",
        "description": "Records of a kssgov dataset. Each table is a list: write [[activity]], [[term]], ...",
        "type": "object",
        "properties": {
            table: {"type": "array", "items": _class_schema(kind.cls)} for table, kind in RECORD_TYPES.items()
        },
        "additionalProperties": False,
    }


def settings_schema() -> dict[str, Any]:
    """The schema of ``kssgov.toml``; tables that exporters read (such as ``[feed]``) are allowed too."""
    schema = _class_schema(Settings)
    del schema["properties"]["sections"]
    schema["additionalProperties"] = {"type": "object", "description": "A table of an exporter's settings."}
    return {"$schema": _SCHEMA, "title": "kssgov settings", **schema}


def _class_schema(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties = {}
    required = []
    for field in attrs.fields(cls):
        properties[field.name] = _type_schema(hints[field.name])
        if field.default is attrs.NOTHING and field.name != "id":
            required.append(field.name)
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    if cls.__doc__:
        schema["description"] = " ".join(cls.__doc__.strip().split("\n\n")[0].split())
    return schema


def _type_schema(hint: Any) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    arguments = typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        options = [a for a in arguments if a is not type(None)]
        if set(options) == {dt.date, AgmBound}:
            return {"anyOf": [_DATE, _HOUSE_DATE, _type_schema(AgmBound)]}
        if len(options) == 1:
            return _type_schema(options[0])
    if origin is collections.abc.Mapping:
        return {"type": "object"}
    if origin is tuple and arguments == (Region, Ellipsis):
        return {"type": "object", "additionalProperties": {"type": "string"}}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(arguments[0])}
    if origin is typing.Literal:
        return {"enum": list(arguments)}
    if hint is DateSpan:
        return {"anyOf": [_DATE, _SPAN_TEXT, _SPAN_TABLE]}
    if hint is PartialDate:
        return {
            "anyOf": [_DATE, _HOUSE_DATE, {"type": "string", "pattern": r"^\d{4}-\d{1,2}$|^\d{1,2}\.\d{4}$"}]
        }
    if hint is dt.date:
        return {"anyOf": [_DATE, _HOUSE_DATE]}
    if isinstance(hint, type) and issubclass(hint, Vocabulary):
        return {"enum": list(hint.names())}
    if hint is AgmBound:
        return {
            "type": "object",
            "properties": {"agm": {"type": "integer"}},
            "required": ["agm"],
            "additionalProperties": False,
        }
    if isinstance(hint, type) and attrs.has(hint):
        return _class_schema(hint)
    simple = {str: "string", int: "integer", bool: "boolean"}
    if hint in simple:
        return {"type": simple[hint]}
    raise TypeError(f"no JSON Schema for {hint!r}")
