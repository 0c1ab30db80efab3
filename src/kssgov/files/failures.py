"""Turning what went wrong while reading a record into problems a person can act on.

cattrs reports failures as nested exception groups; their
:meth:`~cattrs.errors.ClassValidationError.group_exceptions` pair each failure
with a note naming the attribute or index it happened at. Validators raise
:class:`InvalidValueError` naming their field. Both become :class:`Problem`
values with a field path and the bad value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, Final

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)

from ..exceptions import InvalidValueError
from ..messages import Phrase
from ..problems import Location, Problem, Severity
from .toml_text import AsWritten

Path = tuple[str | int, ...]
#: Where a failure stands until its caller places it.
_NOWHERE: Final = Location("")


def problem(
    code: str,
    file: str,
    line: int | None = None,
    field: str | None = None,
    severity: Severity = Severity.ERROR,
    **params: Any,
) -> Problem:
    """A problem of *code* at *file*, *line* and *field*."""
    return Problem(severity, code, Location(file, line, field), params)


def failures(error: BaseException, raw: Any) -> Iterator[tuple[str | None, Problem]]:
    """Turn a cattrs or validation failure into (field path, problem) pairs; *raw* holds the values.

    The problems are not placed: the caller gives each its file, line and the field path beside it.
    """
    yield from _walk(error, (), raw)


def _walk(error: BaseException, path: Path, raw: Any) -> Iterator[tuple[str | None, Problem]]:
    if isinstance(error, ClassValidationError | IterableValidationError):
        with_notes, others = error.group_exceptions()
        for inner, note in with_notes:
            step = note.name if isinstance(note, AttributeValidationNote) else note.index
            yield from _walk(inner, (*path, step), raw)
        for inner in others:
            yield from _walk(inner, path, raw)
    elif isinstance(error, ForbiddenExtraKeysError):
        allowed = ", ".join(a.name for a in attrs.fields(error.cl)) if attrs.has(error.cl) else ""
        for key in sorted(error.extra_fields):
            field_path = _join((*path, key))
            yield field_path, _unplaced("field.unknown", allowed=allowed)
    elif isinstance(error, InvalidValueError):
        steps = (*path, error.field) if error.field and (not path or path[-1] != error.field) else path
        field_path = _join(steps)
        params = dict(error.params)
        if "value" not in params and field_path is not None:
            params["value"] = _lookup(raw, steps)
        yield field_path, _unplaced(error.code, **params)
    elif isinstance(error, KeyError):
        field_path = _join(path)
        yield field_path, _unplaced("field.missing")
    else:
        field_path = _join(path)
        value = _lookup(raw, path)
        yield field_path, _unplaced("type.wrong", value=value, expected=Phrase("expect.other"))


def _unplaced(code: str, **params: Any) -> Problem:
    """A problem of a value not yet placed: each caller gives it its file, line and field path.

    A table, a list or a date is shown as the file has it (:class:`AsWritten`).
    """
    value = params.get("value")
    if isinstance(value, dict | list | dt.date | dt.time):
        params["value"] = AsWritten(value)
    return Problem(Severity.ERROR, code, _NOWHERE, params)


def _join(path: Path) -> str | None:
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text or None


def _lookup(raw: Any, path: Path) -> Any:
    value = raw
    for step in path:
        if isinstance(value, dict) and isinstance(step, str):
            value = value.get(step)
        elif isinstance(value, list) and isinstance(step, int) and step < len(value):
            value = value[step]
        else:
            return None
    return value
