"""Records as TOML tables, written the way a person would write them."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any, Final

import attrs
import cattrs
import tomlkit
from tomlkit.items import Table

from ..model import Record

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


_ESCAPES: Final = str.maketrans({"\t": "\\t", "\n": "\\n", '"': '\\"', "\\": "\\\\"})


def _string(text: str) -> str:
    """*text* as a TOML basic string, escaped as tomlkit escapes it.

    A record's text holds no control character but tab and line feed (its
    validators refuse the others), so those and the quote and backslash are all
    there is to escape.
    """
    return '"' + text.translate(_ESCAPES) + '"'


def inline(value: Any) -> str:
    """*value* as TOML writes it on one line: ``\"text\"``, ``2023-02-07``, ``{start = 2023-02-07}``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):  # no record holds one; a message may show one a file holds
        return repr(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(inline(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key} = {inline(item)}" for key, item in value.items()) + "}"
    raise TypeError(f"no TOML form for {value!r}")


def entry_text(table: str, record: Record, converter: cattrs.Converter) -> str:
    """The ``[[table]]`` entry of *record* as text, as tomlkit would write it, without its cost.

    Adding thousands of records at once (an import) spends most of its time
    in tomlkit otherwise; tests hold this to tomlkit's output.
    """
    lines = [f"[[{table}]]"]
    lines.extend(f"{key} = {inline(value)}" for key, value in record_values(record, converter).items())
    return "\n".join(lines) + "\n"


@attrs.frozen(repr=False)
class AsWritten:
    """A table, list or date from a data file, shown in a message as the file has it.

    ``{start = 2023-02-07, until = 2023-02-08}`` rather than Python's
    ``{'start': datetime.date(2023, 2, 7), ...}``.
    """

    value: Any

    def __repr__(self) -> str:
        return inline(self.value)

    __str__ = __repr__
