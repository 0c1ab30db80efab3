"""Records as TOML tables, written the way a person would write them."""

from __future__ import annotations

import functools
from typing import Any, Final

import attrs
import cattrs
import tomlkit
from tomlkit.items import Table

from ..model import Record
from .toml_text import inline

#: Stands for "no default" among the defaults in file form; equal to no value.
_REQUIRED: Final = object()


@functools.cache
def _defaults(cls: type, converter: cattrs.Converter) -> tuple[tuple[str, object], ...]:
    """Each field of *cls* with its default in file form (``_REQUIRED`` when it has none), made once
    for each converter."""
    return tuple(
        (a.name, _REQUIRED if a.default is attrs.NOTHING else converter.unstructure(a.default))
        for a in attrs.fields(cls)
    )


def record_values(record: Record, converter: cattrs.Converter) -> dict[str, Any]:
    """The fields of *record* in file form, in field order, without those left at their defaults."""
    cls: type = type(record)  # a class is hashable, whatever its instances are
    data = converter.unstructure(record)
    return {
        name: data[name]
        for name, default in _defaults(cls, converter)
        if default is _REQUIRED or data[name] != default
    }


def toml_value(value: Any) -> Any:
    """*value* ready for tomlkit: tables written inline, as in ``start = {agm = 2023}``."""
    if isinstance(value, dict):
        table = tomlkit.inline_table()
        table.update(value)
        return table
    return value


def record_table(record: Record, converter: cattrs.Converter) -> Table:
    """A ``[[table]]`` entry holding *record*."""
    table = tomlkit.table()
    for key, value in record_values(record, converter).items():
        table.add(key, toml_value(value))
    return table


def entry_text(table: str, record: Record, converter: cattrs.Converter) -> str:
    """The ``[[table]]`` entry of *record* as text, as tomlkit would write it, without its cost.

    Adding thousands of records at once (an import) spends most of its time
    in tomlkit otherwise; tests hold this to tomlkit's output.
    """
    lines = [f"[[{table}]]"]
    lines.extend(f"{key} = {inline(value)}" for key, value in record_values(record, converter).items())
    return "\n".join(lines) + "\n"
