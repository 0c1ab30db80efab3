"""attrs validators shared by the record classes: an invalid record cannot exist.

Each validator names the field it failed on, so that the loader can point at
the line of the file where the bad value stands.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import attrs

from .exceptions import InvalidValueError

_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def named(check: Callable[[Any], None]) -> Validator:
    """Turn a check of a value into an attrs validator that names its field on failure."""

    def validator(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        try:
            check(value)
        except InvalidValueError as error:
            error.field = error.field or attribute.name
            raise

    validator.__doc__ = check.__doc__
    return validator


def check_text(value: object) -> None:
    """Non-blank text free of control characters (other than line breaks and tabs)."""
    if not isinstance(value, str):
        raise InvalidValueError("type.wrong", value=value, expected="text")
    if not value.strip():
        raise InvalidValueError("text.empty")
    if bad := _CONTROL.search(value):
        raise InvalidValueError("text.control_character", char=f"U+{ord(bad.group()):04X}")


def _check_optional_text(value: object) -> None:
    if value is not None:
        check_text(value)


def _check_texts(value: object) -> None:
    if not isinstance(value, tuple):
        raise InvalidValueError("type.wrong", value=value, expected="a list of texts")
    for item in value:
        check_text(item)


def _check_id(value: object) -> None:
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise InvalidValueError("id.malformed", value=value)


def _check_optional_id(value: object) -> None:
    if value is not None:
        _check_id(value)


def _check_count(value: object) -> None:
    if value is None:
        return
    if type(value) is not int:
        raise InvalidValueError("type.wrong", value=value, expected="a whole number")
    if value < 0:
        raise InvalidValueError("number.negative", value=value)


def _check_year(value: object) -> None:
    if type(value) is not int:
        raise InvalidValueError("type.wrong", value=value, expected="a year such as 2023")
    if not 1800 <= value <= 2200:
        raise InvalidValueError("year.implausible", value=value)


def _check_years(value: object) -> None:
    if not isinstance(value, tuple):
        raise InvalidValueError("type.wrong", value=value, expected="a list of years")
    for item in value:
        _check_year(item)


def _check_optional_date(value: object) -> None:
    if value is not None and type(value) is not dt.date:
        raise InvalidValueError("date.not_a_date", value=value)


text = named(check_text)
optional_text = named(_check_optional_text)
texts = named(_check_texts)
record_id = named(_check_id)
optional_id = named(_check_optional_id)
count = named(_check_count)
year = named(_check_year)
years = named(_check_years)
optional_date = named(_check_optional_date)


def is_id(value: str) -> bool:
    return bool(_ID.fullmatch(value))
