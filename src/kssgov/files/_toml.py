"""Records as TOML tables, written the way a person would write them."""

from __future__ import annotations

from typing import Any

import attrs
import cattrs
import tomlkit
from tomlkit.items import Table

from ..model import Record


def _default(attribute: attrs.Attribute[Any]) -> Any:
    factory = getattr(attribute.default, "factory", None)
    return factory() if callable(factory) else attribute.default


def record_values(record: Record, converter: cattrs.Converter) -> dict[str, Any]:
    """The fields of *record* in file form, in field order, without those left at their defaults."""
    cls = type(record)
    data = converter.unstructure(record, cls)
    values = {}
    for attribute in attrs.fields(cls):
        value = data[attribute.name]
        if attribute.default is not attrs.NOTHING and value == converter.unstructure(_default(attribute)):
            continue
        values[attribute.name] = value
    return values


def toml_value(value: Any) -> Any:
    """*value* ready for tomlkit: tables written inline, as in ``start = {agm = 2023}``."""
    if isinstance(value, dict):
        inline = tomlkit.inline_table()
        inline.update(value)
        return inline
    return value


def record_table(record: Record, converter: cattrs.Converter) -> Table:
    """A ``[[table]]`` entry holding *record*."""
    table = tomlkit.table()
    for key, value in record_values(record, converter).items():
        table.add(key, toml_value(value))
    return table
