"""Turning what went wrong while reading a record into problems a person can act on.

cattrs reports failures as nested exception groups whose notes name the
attribute or index; validators raise :class:`InvalidValueError` naming their
field. Both become :class:`Problem` values with a field path and the bad value.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs
from cattrs.errors import ForbiddenExtraKeysError

from .exceptions import InvalidValueError
from .problems import Location, Problem, Severity


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
    """Turn a cattrs or validation failure into (field path, problem) pairs."""
    yield from _walk(error, (), raw)


def _walk(
    error: BaseException, path: tuple[str | int, ...], raw: Any
) -> Iterator[tuple[str | None, Problem]]:
    if isinstance(error, ForbiddenExtraKeysError):
        allowed = ", ".join(a.name for a in attrs.fields(error.cl)) if attrs.has(error.cl) else ""
        for key in sorted(error.extra_fields):
            field_path = _join((*path, key))
            yield field_path, problem("field.unknown", "", None, field_path, allowed=allowed)
        return
    if isinstance(error, BaseExceptionGroup):
        for inner in error.exceptions:
            step = _note_step(inner)
            yield from _walk(inner, (*path, *step), raw)
        return
    if isinstance(error, InvalidValueError):
        field_path = _join(
            (*path, error.field) if error.field and (not path or path[-1] != error.field) else path
        )
        params = dict(error.params)
        if "value" not in params and field_path is not None:
            params["value"] = _lookup(raw, field_path)
        yield field_path, problem(error.code, "", None, field_path, **params)
        return
    if isinstance(error, KeyError):
        field_path = _join(path)
        yield field_path, problem("field.missing", "", None, field_path)
        return
    field_path = _join(path) or _attrs_type_error_field(error)
    yield (
        field_path,
        problem(
            "type.wrong",
            "",
            None,
            field_path,
            value=_lookup(raw, field_path) if field_path else raw,
            expected=_expected(error),
        ),
    )


def _note_step(error: BaseException) -> tuple[str | int, ...]:
    for note in getattr(error, "__notes__", ()):
        name = getattr(note, "name", None)
        if name is not None:
            return (name,)
        index = getattr(note, "index", None)
        if index is not None:
            return (index,)
    return ()


def _join(path: tuple[str | int | None, ...]) -> str | None:
    text = ""
    for step in path:
        if step is None:
            continue
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text or None


def _lookup(raw: Any, field_path: str) -> Any:
    value = raw
    for part in field_path.replace("[", ".").replace("]", "").split("."):
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    return value


def _attrs_type_error_field(error: BaseException) -> str | None:
    if isinstance(error, TypeError) and len(error.args) > 1 and hasattr(error.args[1], "name"):
        return str(error.args[1].name)
    return None


def _expected(error: BaseException) -> str:
    if isinstance(error, TypeError) and len(error.args) > 2 and isinstance(error.args[2], type):
        return error.args[2].__name__
    return "another kind of value"
