"""attrs validators for records and options: an invalid record cannot exist.

They are public, for the options of third-party exporters too.

Every value is bounded to what every output can carry: text has no control
characters and a length limit, names fit on one line, web addresses are web
addresses, numbers and years lie in ranges that make sense for their field.
Each validator names the field it failed on, so that the loader can point at
the line of the file where the bad value stands.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any, Final

import attrs

from ..exceptions import InvalidValueError
from ..messages import Phrase
from .dates import FIRST_YEAR, LAST_YEAR, check_day
from .vocabulary import Vocabulary

ID_LIMIT: Final = 120
LINE_LIMIT: Final = 500
TEXT_LIMIT: Final = 20_000
URL_LIMIT: Final = 2_000

_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u2028\u2029]")
_URL = re.compile(r"https?://[^\s/?#]+[^\s]*", re.IGNORECASE)

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


def check_text(value: object, limit: int = TEXT_LIMIT) -> None:
    """Non-blank text free of control characters (other than line breaks and tabs), of bounded length."""
    if not isinstance(value, str):
        raise InvalidValueError("type.wrong", value=value, expected=Phrase("expect.text"))
    if not value.strip():
        raise InvalidValueError("text.empty")
    if bad := _CONTROL.search(value):
        raise InvalidValueError("text.control_character", char=f"U+{ord(bad.group()):04X}")
    if len(value) > limit:
        raise InvalidValueError("text.too_long", length=len(value), limit=limit)


def check_line(value: object, limit: int = LINE_LIMIT) -> None:
    """Text on one line: a name, a title, a place."""
    check_text(value, limit)
    assert isinstance(value, str)
    if "\n" in value:  # a lone carriage return is a control character, refused above
        raise InvalidValueError("text.line_break")


def check_id(value: object) -> None:
    """Lower-case letters, digits and ``- . _``, starting with a letter or digit."""
    if not isinstance(value, str) or len(value) > ID_LIMIT or not _ID.fullmatch(value):
        raise InvalidValueError("id.malformed", value=value, limit=ID_LIMIT)


def _check_url(value: object) -> None:
    check_line(value, URL_LIMIT)
    assert isinstance(value, str)
    if not _URL.fullmatch(value):
        raise InvalidValueError("url.invalid", value=value)


def _check_texts(value: object) -> None:
    if not isinstance(value, tuple):
        raise InvalidValueError("type.wrong", value=value, expected=Phrase("expect.texts"))
    for item in value:
        check_text(item)


def _check_lines(value: object) -> None:
    if not isinstance(value, tuple):
        raise InvalidValueError("type.wrong", value=value, expected=Phrase("expect.texts"))
    for item in value:
        check_line(item)


def whole(first: int, last: int) -> Validator:
    """A whole number from *first* to *last*."""

    def check(value: object) -> None:
        if type(value) is not int:
            raise InvalidValueError("type.wrong", value=value, expected=Phrase("expect.whole_number"))
        if value < 0 <= first:
            raise InvalidValueError("number.negative", value=value)
        if not first <= value <= last:
            raise InvalidValueError("number.out_of_range", value=value, first=first, last=last)

    return named(check)


def check_year(value: object) -> None:
    """A year in the range every output can carry."""
    if type(value) is not int:
        raise InvalidValueError("type.wrong", value=value, expected=Phrase("expect.year"))
    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise InvalidValueError("year.implausible", value=value, first=FIRST_YEAR, last=LAST_YEAR)


def _check_years(value: object) -> None:
    if not isinstance(value, tuple):
        raise InvalidValueError("type.wrong", value=value, expected=Phrase("expect.years"))
    for item in value:
        check_year(item)


def _check_date(value: object) -> None:
    if type(value) is not dt.date:
        raise InvalidValueError("date.not_a_date", value=value)
    check_day(value)


def _check_bool(value: object) -> None:
    if type(value) is not bool:
        raise InvalidValueError("type.wrong", value=value, expected=Phrase("expect.boolean"))


text = named(check_text)
line = named(check_line)
texts = named(_check_texts)
lines = named(_check_lines)
record_id = named(check_id)
url = named(_check_url)
year = named(check_year)
years = named(_check_years)
date = named(_check_date)
boolean = named(_check_bool)

optional_text = attrs.validators.optional(text)
optional_line = attrs.validators.optional(line)
optional_id = attrs.validators.optional(record_id)
optional_url = attrs.validators.optional(url)
optional_date = attrs.validators.optional(date)
optional_year = attrs.validators.optional(year)

#: Counts of things that happen in a year (meetings, cases, enquiries).
count = whole(0, 10_000_000)
optional_count = attrs.validators.optional(count)
#: Amounts of money in whole kroner.
amount = attrs.validators.optional(whole(0, 1_000_000_000_000))
#: Seats of a governing body.
seats = attrs.validators.optional(whole(1, 1_000))


def vocabulary(kind: type[Vocabulary]) -> Validator:
    """A value of the vocabulary *kind*."""

    def check(value: object) -> None:
        if not isinstance(value, kind):
            raise InvalidValueError("enum.unknown", value=value, allowed=", ".join(kind.names()))

    return named(check)
