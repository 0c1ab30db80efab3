from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from kssgov import DateSpan, InvalidValueError, format_date, parse_date

from ..strategies import all_day_spans, spans, timed_spans


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("6.1.2023", dt.date(2023, 1, 6), dt.date(2023, 1, 6)),
        ("7.-8.2.2023", dt.date(2023, 2, 7), dt.date(2023, 2, 8)),
        ("30.1.-2.2.2023", dt.date(2023, 1, 30), dt.date(2023, 2, 2)),
        ("30.12.2023-2.1.2024", dt.date(2023, 12, 30), dt.date(2024, 1, 2)),
        ("2023-02-07", dt.date(2023, 2, 7), dt.date(2023, 2, 7)),
        ("2023-02-07/2023-02-08", dt.date(2023, 2, 7), dt.date(2023, 2, 8)),
        ("7.\u20138.2.2023", dt.date(2023, 2, 7), dt.date(2023, 2, 8)),
        (" 11. - 12.9.2023 ", dt.date(2023, 9, 11), dt.date(2023, 9, 12)),
    ],
)
def test_parses_the_house_style_and_iso(text: str, start: dt.date, end: dt.date) -> None:
    span = DateSpan.parse(text)
    assert (span.start, span.end, span.is_timed) == (start, end, False)


@pytest.mark.parametrize(
    ("span", "house", "iso"),
    [
        (DateSpan.day(dt.date(2023, 1, 6)), "6.1.2023", "2023-01-06"),
        (DateSpan.days(dt.date(2023, 2, 7), dt.date(2023, 2, 8)), "7.-8.2.2023", "2023-02-07/2023-02-08"),
        (DateSpan.days(dt.date(2023, 1, 30), dt.date(2023, 2, 2)), "30.1.-2.2.2023", "2023-01-30/2023-02-02"),
        (
            DateSpan.days(dt.date(2023, 12, 30), dt.date(2024, 1, 2)),
            "30.12.2023-2.1.2024",
            "2023-12-30/2024-01-02",
        ),
        (
            DateSpan(dt.date(2023, 2, 7), dt.date(2023, 2, 7), dt.time(10), dt.time(12)),
            "7.2.2023 kl. 10.00-12.00",
            "2023-02-07T10:00/2023-02-07T12:00",
        ),
    ],
)
def test_formats_in_the_house_style_and_iso(span: DateSpan, house: str, iso: str) -> None:
    assert span.format() == house
    assert span.isoformat() == iso


def test_timed_spans_are_aware_in_their_zone() -> None:
    span = DateSpan.parse("7.2.2023 kl. 10.00-12.00")
    assert span.start_datetime.utcoffset() == dt.timedelta(hours=1)
    assert span.end_datetime - span.start_datetime == dt.timedelta(hours=2)


def test_all_day_end_is_exclusive_midnight() -> None:
    span = DateSpan.parse("7.-8.2.2023")
    assert span.end_datetime.date() == dt.date(2023, 2, 9)


def test_timed_from_aware_datetimes_converts_into_the_zone() -> None:
    start = dt.datetime(2023, 6, 1, 8, 0, tzinfo=dt.UTC)
    span = DateSpan.timed(start, start + dt.timedelta(hours=1))
    assert span.start_time == dt.time(10, 0)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("30.2.2023", "date.impossible"),
        ("2023-02-30", "date.impossible"),
        ("32.1.2023", "date.impossible"),
        ("8.-7.2.2023", "date.end_before_start"),
        ("2.1.2024-30.12.2023", "date.end_before_start"),
        ("7.2.2023 kl. 12.00-10.00", "date.end_before_start"),
        ("7.2.2023 kl. 25.00-26.00", "date.impossible"),
        ("next tuesday", "date.unreadable"),
        ("", "date.unreadable"),
        ("2023", "date.unreadable"),
    ],
)
def test_bad_text_is_refused_with_a_code(text: str, code: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        DateSpan.parse(text)
    assert caught.value.code == code


def test_constructor_refuses_half_timed_and_bad_zones() -> None:
    with pytest.raises(InvalidValueError, match="both a start time and an end time"):
        DateSpan(dt.date(2023, 1, 1), dt.date(2023, 1, 1), dt.time(10), None)
    with pytest.raises(InvalidValueError, match="not a known time zone"):
        DateSpan.day(dt.date(2023, 1, 1), "Mars/Olympus")
    with pytest.raises(InvalidValueError, match="not a date"):
        DateSpan(dt.datetime(2023, 1, 1), dt.date(2023, 1, 1))


@given(all_day_spans())
def test_house_style_round_trips(span: DateSpan) -> None:
    assert DateSpan.parse(span.format(), span.timezone) == span


@given(spans)
def test_iso_round_trips(span: DateSpan) -> None:
    assert DateSpan.parse(span.isoformat(), span.timezone) == span


@given(timed_spans())
def test_timed_house_style_round_trips(span: DateSpan) -> None:
    assert DateSpan.parse(span.format(), span.timezone) == span


def test_single_dates() -> None:
    assert parse_date("6.1.2023") == dt.date(2023, 1, 6)
    assert format_date(dt.date(2023, 1, 6)) == "6.1.2023"
    with pytest.raises(InvalidValueError):
        parse_date("7.-8.2.2023")


def test_sorting_and_overlap() -> None:
    a, b = DateSpan.parse("7.-8.2.2023"), DateSpan.parse("6.1.2023")
    assert sorted([a, b], key=DateSpan.sort_key) == [b, a]
    assert a.overlaps(dt.date(2023, 2, 8), dt.date(2023, 3, 1))
    assert not a.overlaps(dt.date(2023, 2, 9), dt.date(2023, 3, 1))
    assert a.contains(dt.date(2023, 2, 8))
    assert str(a) == "7.-8.2.2023"


def test_same_day_timed_spans_sort_by_their_times() -> None:
    late, early = DateSpan.parse("7.2.2023 kl. 14.00-15.00"), DateSpan.parse("7.2.2023 kl. 09.00-10.00")
    whole = DateSpan.parse("7.2.2023")
    assert sorted([late, early, whole], key=DateSpan.sort_key) == [whole, early, late]
    longer = DateSpan.parse("7.-9.2.2023")
    assert sorted([longer, whole], key=DateSpan.sort_key) == [whole, longer]


def test_overlap_and_containment_at_the_edges() -> None:
    span = DateSpan.parse("7.-8.2.2023")
    assert span.overlaps(dt.date(2023, 2, 1), dt.date(2023, 2, 7))
    assert not span.overlaps(dt.date(2023, 2, 1), dt.date(2023, 2, 6))
    assert span.contains(dt.date(2023, 2, 7))
    assert not span.contains(dt.date(2023, 2, 6))
    assert not span.contains(dt.date(2023, 2, 9))


def test_a_timed_span_must_last() -> None:
    with pytest.raises(InvalidValueError) as caught:
        DateSpan.parse("7.2.2023 kl. 10.00-10.00")
    assert caught.value.code == "date.end_before_start"


def test_format_without_the_time_and_other_zones() -> None:
    span = DateSpan.parse("7.2.2023 kl. 10.00-12.00", "Europe/Stockholm")
    assert span.format(with_time=False) == "7.2.2023"
    assert span.format() == "7.2.2023 kl. 10.00-12.00"
    assert span.timezone == "Europe/Stockholm"
    days = DateSpan.days(dt.date(2023, 2, 7), dt.date(2023, 2, 8), "America/New_York")
    assert (days.timezone, days.format()) == ("America/New_York", "7.-8.2.2023")
    start = dt.datetime(2023, 2, 7, 9, tzinfo=dt.UTC)
    timed = DateSpan.timed(start, start + dt.timedelta(hours=1), "America/New_York")
    assert (timed.start_time, timed.end_time) == (dt.time(4, 0), dt.time(5, 0))
