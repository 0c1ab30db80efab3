"""The one cattrs converter through which every record is read from and written to files.

Hooks live here, never on the models. The converter is strict: text must be
text and numbers numbers (no silent ``str(123)``), unknown keys are rejected,
and every failure names its field.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import typing
from typing import Any, Final

import cattrs

from ..exceptions import InvalidValueError
from ..messages import LANGUAGES, Language, Phrase
from ..model import AgmBound, DateSpan, Region, TermBound, Vocabulary
from ..model.dates import DEFAULT_TIMEZONE, PartialDate
from ..model.validators import check_text

_PLAIN_TYPES: Final = {int: Phrase("expect.whole_number"), bool: Phrase("expect.boolean")}


@functools.cache
def make_converter(timezone: str = DEFAULT_TIMEZONE, *, detailed: bool = True) -> cattrs.Converter:
    """The converter for dataset files whose wall-clock times are in *timezone*.

    One per time zone, made once: cattrs builds its code for each record type
    on first use, which costs far more than the structuring itself. Callers
    use it as it is and never register hooks on it; a converter of their own
    is :func:`configure_converter`'s job. The *detailed* one collects every
    problem of a record with where it is; the other stops at the first and is
    faster, for data that is most likely right (see :func:`kssgov.files.read.read_file`).
    """
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    configure_converter(converter, timezone)
    return converter


T = typing.TypeVar("T")


def structure(values: Any, cls: type[T], timezone: str = DEFAULT_TIMEZONE) -> T:
    """*values* as a *cls*, by the fast converter; only what it refuses goes to the detailed one,
    whose error (a cattrs exception group) names every field at fault.
    """
    try:
        return make_converter(timezone, detailed=False).structure(values, cls)
    except Exception:  # noqa: BLE001 - refused: the detailed converter says why
        return make_converter(timezone).structure(values, cls)


def configure_converter(converter: cattrs.Converter, timezone: str = DEFAULT_TIMEZONE) -> None:
    """Register kssgov's hooks on *converter*."""
    for plain, expected in _PLAIN_TYPES.items():
        converter.register_structure_hook(plain, _strict(plain, expected))
    converter.register_structure_hook(str, _structure_text)
    converter.register_structure_hook_func(_is_vocabulary, _structure_vocabulary)
    converter.register_unstructure_hook_func(_is_vocabulary, lambda member: member.value)
    converter.register_structure_hook(dt.date, lambda value, _: _structure_date(value, timezone))
    converter.register_unstructure_hook(dt.date, lambda value: value)
    converter.register_structure_hook(DateSpan, lambda value, _: structure_span(value, timezone))
    converter.register_unstructure_hook(DateSpan, lambda span: unstructure_span(span, timezone))
    converter.register_structure_hook_func(_is_homogeneous_tuple, _structure_list(converter))
    converter.register_structure_hook_func(_is(Language), _structure_language)
    is_bound = _is(TermBound | None)
    converter.register_structure_hook_func(is_bound, lambda value, _: _structure_bound(value, timezone))
    converter.register_unstructure_hook_func(is_bound, _unstructure_bound)
    converter.register_structure_hook(PartialDate, lambda value, _: _structure_partial(value))
    converter.register_unstructure_hook(PartialDate, _unstructure_partial)
    is_regions = _is(tuple[Region, ...])
    converter.register_structure_hook_func(is_regions, _structure_regions)
    converter.register_unstructure_hook_func(is_regions, lambda regions: {r.id: r.name for r in regions})


def _is(expected: object) -> Any:
    return lambda cls: cls == expected


def _is_homogeneous_tuple(cls: Any) -> bool:
    arguments = typing.get_args(cls)
    return typing.get_origin(cls) is tuple and len(arguments) == 2 and arguments[1] is Ellipsis


def _structure_list(converter: cattrs.Converter) -> Any:
    """Lists only: a bare text must not turn into a tuple of its letters."""

    def structure(value: object, cls: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise InvalidValueError("type.wrong", value=value, expected=Phrase("expect.list"))
        item = typing.get_args(cls)[0]
        return tuple(converter.structure(element, item) for element in value)

    return structure


def _structure_language(value: object, _: object) -> str:
    if value not in LANGUAGES:
        raise InvalidValueError("settings.language", value=value)
    return str(value)


def _structure_text(value: object, _: object) -> str:
    """Text is checked while structuring, so its problems come with the record's others."""
    check_text(value)
    return str(value)


def _strict(plain: type, expected: Phrase) -> Any:
    def structure(value: object, _: object) -> object:
        if type(value) is not plain:
            raise InvalidValueError("type.wrong", value=value, expected=expected)
        return value

    return structure


def _is_vocabulary(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, Vocabulary)


def _structure_vocabulary(value: object, cls: type[Vocabulary]) -> enum.Enum:
    try:
        return cls(value)
    except (ValueError, TypeError):
        raise InvalidValueError("enum.unknown", value=value, allowed=", ".join(cls.names())) from None


def _structure_date(value: object, timezone: str) -> dt.date:
    if type(value) is dt.date:
        return value
    if isinstance(value, str):
        span = DateSpan.parse(value, timezone)
        if span.start == span.end and not span.is_timed:
            return span.start
    raise InvalidValueError("date.not_a_date", value=value)


def structure_span(value: object, timezone: str = DEFAULT_TIMEZONE) -> DateSpan:
    """A span from a TOML date, a text in house style or ISO, a table ``{start, end}``, or a span."""
    if type(value) is DateSpan:
        return value
    if type(value) is dt.date:
        return DateSpan.day(value, timezone)
    if isinstance(value, str):
        return DateSpan.parse(value, timezone)
    if isinstance(value, dict):
        return _span_from_table(value, timezone)
    raise InvalidValueError("date.unreadable", value=value)


def _span_from_table(table: dict[str, Any], timezone: str) -> DateSpan:
    unknown = set(table) - {"start", "end", "timezone"}
    if unknown or "start" not in table:
        raise InvalidValueError("date.unreadable", value=table)
    zone_name = table.get("timezone", timezone)
    if not isinstance(zone_name, str):
        raise InvalidValueError("date.timezone_unknown", value=zone_name)
    start, end = table["start"], table.get("end", table["start"])
    if type(start) is dt.date and type(end) is dt.date:
        return DateSpan.days(start, end, zone_name)
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        return DateSpan.timed(start, end, zone_name)
    raise InvalidValueError("date.unreadable", value=table)


def unstructure_span(span: DateSpan, timezone: str = DEFAULT_TIMEZONE) -> object:
    """The form a person would write: a TOML date, a house-style range, or a timed table."""
    if span.is_timed:
        table: dict[str, object] = {
            "start": span.start_datetime.replace(tzinfo=None),
            "end": span.end_datetime.replace(tzinfo=None),
        }
        if span.timezone != timezone:
            table["timezone"] = span.timezone
        return table
    if span.timezone != timezone:
        return {"start": span.start, "end": span.end, "timezone": span.timezone}
    if span.start == span.end:
        return span.start
    return span.format()


_AGM_TEXT = re.compile(r"(?i)\s*(?:agm|årsmøte(?:t)?)(?:\s+i)?[\s:]*(\d{4})\s*")


def _structure_bound(value: object, timezone: str) -> TermBound | None:
    if value is None:
        return None
    if isinstance(value, dict) and set(value) == {"agm"}:
        year = value["agm"]
        if type(year) is int:
            return AgmBound(year)
    if isinstance(value, str) and (match := _AGM_TEXT.fullmatch(value)):
        return AgmBound(int(match.group(1)))
    if type(value) is dt.date or isinstance(value, str):
        try:
            return _structure_date(value, timezone)
        except InvalidValueError:
            pass
    raise InvalidValueError("term.bound", value=value)


def _unstructure_bound(value: TermBound | None) -> object:
    if isinstance(value, AgmBound):
        return {"agm": value.agm}
    return value


def _structure_regions(value: object, _: object) -> tuple[Region, ...]:
    if not isinstance(value, dict):
        raise InvalidValueError("type.wrong", value=value, expected=Phrase("expect.regions"))
    return tuple(Region(key, name) for key, name in value.items())


def _structure_partial(value: object) -> PartialDate:
    """A day (a TOML date, or text) or a month (``2023-09``, ``9.2023``, ``september 2023``)."""
    if type(value) is dt.date:
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, str):
        return PartialDate.parse(value)
    raise InvalidValueError("date.not_a_date", value=value)


def _unstructure_partial(value: PartialDate) -> object:
    return value.first_day if value.day is not None else value.isoformat()
