"""Values written on one line as TOML writes them: for records saved as text, and for messages.

Kept apart from :mod:`._toml`, which needs tomlkit, so that reading a dataset
(and saying what is wrong in it) does not load it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

import attrs

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
