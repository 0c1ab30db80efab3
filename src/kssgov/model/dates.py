"""Date spans: a day, a range of days, or a timed span in a time zone.

The report's house style writes ``6.1.2023``, ``7.-8.2.2023``,
``30.1.-2.2.2023`` and ``30.12.2023-2.1.2024``; times as
``7.2.2023 kl. 10.00-12.00``. ISO 8601 (``2023-02-07``,
``2023-02-07/2023-02-08``, ``2023-02-07T10:00/2023-02-07T12:00``) is
read and written too.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo
from typing import Final

import attrs

from ..exceptions import InvalidValueError
from ..messages import Language, Phrase
from ..messages import format_date as format_date

DEFAULT_TIMEZONE: Final = "Europe/Oslo"
#: The years a record may fall in: wide enough for any organisation's history and plans,
#: narrow enough that every output (Word, iCalendar, time zone rules) can carry them.
FIRST_YEAR: Final = 1900
LAST_YEAR: Final = 2199

_DASHES = str.maketrans({"\u2011": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-"})
_DAY = r"(\d{1,2})\.(\d{1,2})\.(\d{4})"
_TIME = r"(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})"
_HOUSE_DAY = re.compile(rf"{_DAY}")
_HOUSE_SAME_MONTH = re.compile(r"(\d{1,2})\.?\s*-\s*(\d{1,2})\.(\d{1,2})\.(\d{4})")
_HOUSE_SAME_YEAR = re.compile(r"(\d{1,2})\.(\d{1,2})\.?\s*-\s*(\d{1,2})\.(\d{1,2})\.(\d{4})")
_HOUSE_RANGE = re.compile(rf"{_DAY}\s*-\s*{_DAY}")
_HOUSE_TIMED_DAY = re.compile(rf"{_DAY},?\s+{_TIME}\s*-\s*{_TIME}")
_HOUSE_TIMED_RANGE = re.compile(rf"{_DAY},?\s+{_TIME}\s*-\s*{_DAY},?\s+{_TIME}")
_ISO_DAY = r"(\d{4})-(\d{2})-(\d{2})"
_ISO_TIME = r"T(\d{2}):(\d{2})(?::00)?"
_ISO_ONE = re.compile(_ISO_DAY)
_ISO_RANGE = re.compile(rf"{_ISO_DAY}\s*/\s*{_ISO_DAY}")
_ISO_TIMED = re.compile(rf"{_ISO_DAY}{_ISO_TIME}\s*/\s*{_ISO_DAY}{_ISO_TIME}")


@functools.cache
def zone(name: str) -> zoneinfo.ZoneInfo:
    """The time zone called *name*; raises :class:`InvalidValueError` if unknown."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
        raise InvalidValueError("date.timezone_unknown", value=name) from None


def check_day(day: dt.date) -> None:
    """Refuse a day outside the years every output can carry."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InvalidValueError("date.out_of_range", value=format_date(day), first=FIRST_YEAR, last=LAST_YEAR)


def _check_date(instance: DateSpan, attribute: attrs.Attribute[dt.date], value: object) -> None:
    if type(value) is not dt.date:
        raise InvalidValueError("date.not_a_date", value=value)
    check_day(value)


def _check_time(instance: DateSpan, attribute: attrs.Attribute[dt.time | None], value: object) -> None:
    if value is not None and (not isinstance(value, dt.time) or value.tzinfo is not None):
        raise InvalidValueError("type.wrong", value=value, expected=Phrase("expect.time"))


def _check_zone(instance: DateSpan, attribute: attrs.Attribute[str], value: str) -> None:
    zone(value)


@attrs.frozen(order=False, cache_hash=True)
class DateSpan:
    """A day, an inclusive range of days, or a timed span in a named time zone.

    ``end`` is the last day of the span (inclusive). A timed span has both
    ``start_time`` and ``end_time``; its wall-clock times are in ``timezone``.
    """

    start: dt.date = attrs.field(validator=_check_date)
    end: dt.date = attrs.field(validator=_check_date)
    start_time: dt.time | None = attrs.field(default=None, validator=_check_time)
    end_time: dt.time | None = attrs.field(default=None, validator=_check_time)
    timezone: str = attrs.field(default=DEFAULT_TIMEZONE, validator=_check_zone)

    def __attrs_post_init__(self) -> None:
        if (self.start_time is None) != (self.end_time is None):
            raise InvalidValueError("date.times_incomplete")
        if self.end < self.start or (
            self.start_time is not None
            and self.end_time is not None
            and self.start_datetime >= self.end_datetime
        ):
            raise InvalidValueError("date.end_before_start", value=self.isoformat())

    # -- construction ------------------------------------------------------

    @classmethod
    def day(cls, day: dt.date, timezone: str = DEFAULT_TIMEZONE) -> DateSpan:
        return cls(day, day, timezone=timezone)

    @classmethod
    def days(cls, start: dt.date, end: dt.date, timezone: str = DEFAULT_TIMEZONE) -> DateSpan:
        return cls(start, end, timezone=timezone)

    @classmethod
    def timed(cls, start: dt.datetime, end: dt.datetime, timezone: str = DEFAULT_TIMEZONE) -> DateSpan:
        """A timed span; aware datetimes are converted into *timezone*."""
        tz = zone(timezone)
        if start.tzinfo is not None:
            start = start.astimezone(tz)
        if end.tzinfo is not None:
            end = end.astimezone(tz)
        return cls(
            start.date(),
            end.date(),
            start.time().replace(tzinfo=None),
            end.time().replace(tzinfo=None),
            timezone,
        )

    @classmethod
    def parse(cls, text: str, timezone: str = DEFAULT_TIMEZONE) -> DateSpan:
        """Read a span in the report's house style or in ISO 8601."""
        value = text.strip().translate(_DASHES)
        try:
            return _parse(value, timezone)
        except InvalidValueError as error:
            if error.code in {"date.impossible", "date.end_before_start", "date.out_of_range"}:
                error.params["value"] = text
            raise

    # -- queries -----------------------------------------------------------

    @property
    def is_timed(self) -> bool:
        return self.start_time is not None

    @property
    def start_datetime(self) -> dt.datetime:
        """The aware start (midnight for an all-day span)."""
        return dt.datetime.combine(self.start, self.start_time or dt.time(), zone(self.timezone))

    @property
    def end_datetime(self) -> dt.datetime:
        """The aware end; for an all-day span, midnight after the last day (exclusive)."""
        if self.end_time is None:
            return dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time(), zone(self.timezone))
        return dt.datetime.combine(self.end, self.end_time, zone(self.timezone))

    @property
    def years(self) -> range:
        return range(self.start.year, self.end.year + 1)

    def sort_key(self) -> tuple[dt.date, dt.time, dt.date, dt.time]:
        return (self.start, self.start_time or dt.time(), self.end, self.end_time or dt.time())

    def overlaps(self, first: dt.date, last: dt.date) -> bool:
        """True when the span shares a day with ``first..last`` (inclusive)."""
        return self.start <= last and self.end >= first

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    # -- formatting --------------------------------------------------------

    def format(self, *, with_time: bool = True) -> str:
        """The report's house style: ``7.-8.2.2023``, ``7.2.2023 kl. 10.00-12.00``."""
        s, e = self.start, self.end
        if self.start_time is not None and self.end_time is not None and with_time:
            st, et = _house_time(self.start_time), _house_time(self.end_time)
            if s == e:
                return f"{format_date(s)} kl. {st}-{et}"
            return f"{format_date(s)} kl. {st}-{format_date(e)} kl. {et}"
        if s == e:
            return format_date(s)
        if (s.year, s.month) == (e.year, e.month):
            return f"{s.day}.-{format_date(e)}"
        if s.year == e.year:
            return f"{s.day}.{s.month}.-{format_date(e)}"
        return f"{format_date(s)}-{format_date(e)}"

    def isoformat(self) -> str:
        """ISO 8601: a date, or an interval of dates or of local times."""
        if self.start_time is not None and self.end_time is not None:
            start = dt.datetime.combine(self.start, self.start_time)
            end = dt.datetime.combine(self.end, self.end_time)
            return f"{start.isoformat(timespec='minutes')}/{end.isoformat(timespec='minutes')}"
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def __str__(self) -> str:
        return self.format()


def _house_time(moment: dt.time) -> str:
    return f"{moment.hour:02d}.{moment.minute:02d}"


def _date(year: str, month: str, day: str) -> dt.date:
    y, m, d = int(year), int(month), int(day)
    if not FIRST_YEAR <= y <= LAST_YEAR:
        raise InvalidValueError(
            "date.out_of_range", value=f"{day}.{month}.{year}", first=FIRST_YEAR, last=LAST_YEAR
        )
    if not 1 <= m <= 12:
        raise InvalidValueError(
            "date.impossible", value=f"{day}.{month}.{year}", reason=Phrase("reason.month", month=m)
        )
    try:
        return dt.date(y, m, d)
    except ValueError:
        raise InvalidValueError(
            "date.impossible", value=f"{day}.{month}.{year}", reason=Phrase("reason.day", day=d)
        ) from None


def _time(hour: str, minute: str) -> dt.time:
    h, m = int(hour), int(minute)
    if not 0 <= h <= 23:
        raise InvalidValueError(
            "date.impossible", value=f"{hour}:{minute}", reason=Phrase("reason.hour", hour=h)
        )
    if not 0 <= m <= 59:
        raise InvalidValueError(
            "date.impossible", value=f"{hour}:{minute}", reason=Phrase("reason.minute", minute=m)
        )
    return dt.time(h, m)


def _parse(value: str, timezone: str) -> DateSpan:
    if m := _ISO_TIMED.fullmatch(value):
        y1, mo1, d1, h1, mi1, y2, mo2, d2, h2, mi2 = m.groups()
        return DateSpan(_date(y1, mo1, d1), _date(y2, mo2, d2), _time(h1, mi1), _time(h2, mi2), timezone)
    if m := _ISO_RANGE.fullmatch(value):
        y1, mo1, d1, y2, mo2, d2 = m.groups()
        return DateSpan(_date(y1, mo1, d1), _date(y2, mo2, d2), timezone=timezone)
    if m := _ISO_ONE.fullmatch(value):
        return DateSpan.day(_date(*m.groups()), timezone)
    if m := _HOUSE_TIMED_DAY.fullmatch(value):
        d, mo, y, h1, mi1, h2, mi2 = m.groups()
        day = _date(y, mo, d)
        return DateSpan(day, day, _time(h1, mi1), _time(h2, mi2), timezone)
    if m := _HOUSE_TIMED_RANGE.fullmatch(value):
        d1, mo1, y1, h1, mi1, d2, mo2, y2, h2, mi2 = m.groups()
        return DateSpan(_date(y1, mo1, d1), _date(y2, mo2, d2), _time(h1, mi1), _time(h2, mi2), timezone)
    if m := _HOUSE_DAY.fullmatch(value):
        d, mo, y = m.groups()
        return DateSpan.day(_date(y, mo, d), timezone)
    if m := _HOUSE_SAME_MONTH.fullmatch(value):
        d1, d2, mo, y = m.groups()
        return DateSpan(_date(y, mo, d1), _date(y, mo, d2), timezone=timezone)
    if m := _HOUSE_SAME_YEAR.fullmatch(value):
        d1, mo1, d2, mo2, y = m.groups()
        return DateSpan(_date(y, mo1, d1), _date(y, mo2, d2), timezone=timezone)
    if m := _HOUSE_RANGE.fullmatch(value):
        d1, mo1, y1, d2, mo2, y2 = m.groups()
        return DateSpan(_date(y1, mo1, d1), _date(y2, mo2, d2), timezone=timezone)
    raise InvalidValueError("date.unreadable", value=value)


def parse_date(text: str) -> dt.date:
    """One day in the house style or ISO 8601."""
    span = DateSpan.parse(text)
    if span.start != span.end or span.is_timed:
        raise InvalidValueError("date.not_a_date", value=text)
    return span.start


_MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "nb": (
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
_MONTHS["nn"] = _MONTHS["nb"]  # the month names are the same in nynorsk


def _month_number(word: str) -> int | None:
    """The month a name or an abbreviation of at least three letters names, in either language."""
    lowered = word.lower()
    if len(lowered) < 3:
        return None
    found = {
        number
        for names in _MONTHS.values()
        for number, name in enumerate(names, 1)
        if name.lower().startswith(lowered)
    }
    return found.pop() if len(found) == 1 else None


_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_HOUSE_MONTH = re.compile(r"(\d{1,2})\.(\d{4})")
_NAMED_MONTH = re.compile(r"([A-Za-zæøåÆØÅ]+)\.?\s+(\d{4})")


@attrs.frozen(order=True)
class PartialDate:
    """A day, or a month when only the month is known ("fra september 2023").

    Written as a date (``2023-11-01``, ``1.11.2023``) or a month (``2023-09``,
    ``9.2023``, ``september 2023``).
    """

    year: int
    month: int
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        if not FIRST_YEAR <= self.year <= LAST_YEAR:
            raise InvalidValueError("date.out_of_range", value=str(self), first=FIRST_YEAR, last=LAST_YEAR)
        if not 1 <= self.month <= 12:
            raise InvalidValueError(
                "date.impossible", value=str(self), reason=Phrase("reason.month", month=self.month)
            )
        if self.day is not None:
            _date(str(self.year), str(self.month), str(self.day))

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """A month or a day in the house style, ISO 8601, or as a month's name and a year."""
        value = text.strip()
        for pattern, order in ((_ISO_MONTH, (1, 2)), (_HOUSE_MONTH, (2, 1))):
            if match := pattern.fullmatch(value):
                return cls(int(match.group(order[0])), int(match.group(order[1])))
        if (match := _NAMED_MONTH.fullmatch(value)) and (month := _month_number(match.group(1))) is not None:
            return cls(int(match.group(2)), month)
        day = parse_date(value)
        return cls(day.year, day.month, day.day)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, self.day or 1)

    def format(self, language: Language = "nb") -> str:
        """``1.11.2023`` for a day; ``september 2023`` (``September 2023``) for a month."""
        if self.day is not None:
            return f"{self.day}.{self.month}.{self.year}"
        return f"{_MONTHS[language][self.month - 1]} {self.year}"

    def isoformat(self) -> str:
        return self.first_day.isoformat() if self.day is not None else f"{self.year}-{self.month:02d}"

    def __str__(self) -> str:
        return self.isoformat()
