"""Dates at their edges: the first and last years, impossible parts, timed intervals, months alone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from kssgov import DateSpan, InvalidValueError, PartialDate, parse_date
from kssgov.messages import Phrase
from kssgov.model.dates import FIRST_YEAR, LAST_YEAR, check_day


def refusal(text: str) -> tuple[str, dict[str, object]]:
    with pytest.raises(InvalidValueError) as caught:
        DateSpan.parse(text)
    return caught.value.code, dict(caught.value.params)


def test_the_years_every_output_can_carry_are_1900_to_2199() -> None:
    assert (FIRST_YEAR, LAST_YEAR) == (1900, 2199)
    assert DateSpan.parse("1.1.1900").start == dt.date(1900, 1, 1)
    assert DateSpan.parse("31.12.2199").start == dt.date(2199, 12, 31)
    bounds = {"first": 1900, "last": 2199}
    assert refusal("31.12.1899") == ("date.out_of_range", {"value": "31.12.1899", **bounds})
    assert refusal(" 2200-01-01") == ("date.out_of_range", {"value": " 2200-01-01", **bounds})
    check_day(dt.date(1900, 1, 1))
    check_day(dt.date(2199, 12, 31))
    for day in (dt.date(1899, 12, 31), dt.date(2200, 1, 1)):
        with pytest.raises(InvalidValueError) as caught:
            DateSpan.day(day)
        assert (caught.value.code, caught.value.params["value"]) == ("date.out_of_range", f"{day:%-d.%-m.%Y}")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1.13.2023", Phrase("reason.month", month=13)),
        ("1.0.2023", Phrase("reason.month", month=0)),
        ("31.4.2023", Phrase("reason.day", day=31)),
        ("7.2.2023 kl. 10.00-24.00", Phrase("reason.hour", hour=24)),
        ("7.2.2023 kl. 10.00-10.60", Phrase("reason.minute", minute=60)),
    ],
)
def test_an_impossible_part_is_named_with_the_text_as_written(text: str, reason: Phrase) -> None:
    code, params = refusal(text)
    assert (code, params["value"]) == ("date.impossible", text)
    assert isinstance(params["reason"], Phrase)
    assert params["reason"].key() == reason.key()


def test_the_last_hour_and_minute_of_a_day_are_possible() -> None:
    span = DateSpan.parse("7.2.2023 kl. 0.00-23.59")
    assert (span.start_time, span.end_time) == (dt.time(0, 0), dt.time(23, 59))


def test_iso_intervals_of_local_times_across_days() -> None:
    span = DateSpan.parse("2023-02-07T10:00/2023-02-08T12:00:00")
    assert (span.start, span.start_time, span.end, span.end_time) == (
        dt.date(2023, 2, 7),
        dt.time(10, 0),
        dt.date(2023, 2, 8),
        dt.time(12, 0),
    )
    assert span.format() == "7.2.2023 kl. 10.00-8.2.2023 kl. 12.00"
    assert span.isoformat() == "2023-02-07T10:00/2023-02-08T12:00"
    assert DateSpan.parse("7.2.2023 kl. 10.00-8.2.2023 kl. 12.00") == span
    assert DateSpan.parse(span.isoformat(), "America/New_York").timezone == "America/New_York"


def test_a_span_across_years_is_in_both() -> None:
    span = DateSpan.parse("30.12.2023-2.1.2024")
    assert span.years == range(2023, 2025)
    assert list(DateSpan.parse("6.1.2023").years) == [2023]


def test_aware_and_wrong_times_are_refused() -> None:
    day = dt.date(2023, 2, 7)
    with pytest.raises(InvalidValueError) as caught:
        DateSpan(day, day, dt.time(10, tzinfo=dt.UTC), dt.time(12))
    assert caught.value.code == "type.wrong"
    with pytest.raises(InvalidValueError) as caught:
        DateSpan(day, day, dt.time(10), "12:00")  # type: ignore[arg-type]
    assert (caught.value.code, caught.value.params["value"]) == ("type.wrong", "12:00")


def test_an_end_before_the_start_is_named_as_written() -> None:
    assert refusal("8.–7.2.2023") == ("date.end_before_start", {"value": "8.–7.2.2023"})


def test_one_day_only() -> None:
    assert parse_date("2023-02-07") == dt.date(2023, 2, 7)
    for text in ("7.-8.2.2023", "7.2.2023 kl. 10.00-12.00"):
        with pytest.raises(InvalidValueError) as caught:
            parse_date(text)
        assert (caught.value.code, caught.value.params["value"]) == ("date.not_a_date", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-09", PartialDate(2023, 9)),
        ("9.2023", PartialDate(2023, 9)),
        ("september 2023", PartialDate(2023, 9)),
        ("Sept. 2023", PartialDate(2023, 9)),
        ("mai 2023", PartialDate(2023, 5)),
        ("May 2023", PartialDate(2023, 5)),
        ("des 2023", PartialDate(2023, 12)),
        ("1.11.2023", PartialDate(2023, 11, 1)),
        ("2023-11-01", PartialDate(2023, 11, 1)),
    ],
)
def test_a_month_or_a_day_is_read_in_every_way_it_is_written(text: str, expected: PartialDate) -> None:
    assert PartialDate.parse(f" {text} ") == expected


@pytest.mark.parametrize("text", ["ju 2023", "ma 2023", "smørbrød 2023"])
def test_a_month_name_too_short_or_unknown_is_refused(text: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        PartialDate.parse(text)
    assert caught.value.code == "date.unreadable"


def test_a_month_or_a_day_is_written_back_as_the_report_writes_it() -> None:
    month, day = PartialDate(2023, 9), PartialDate(2023, 11, 1)
    assert (month.format(), month.format("en"), month.isoformat(), str(month)) == (
        "september 2023",
        "September 2023",
        "2023-09",
        "2023-09",
    )
    assert (day.format(), day.format("en"), day.isoformat(), str(day)) == (
        "1.11.2023",
        "1.11.2023",
        "2023-11-01",
        "2023-11-01",
    )
    assert (month.first_day, day.first_day) == (dt.date(2023, 9, 1), dt.date(2023, 11, 1))
    assert PartialDate(2023, 1).format() == "januar 2023"
    assert PartialDate(2023, 12).format("en") == "December 2023"
    assert sorted([day, month, PartialDate(2022, 12)]) == [PartialDate(2022, 12), month, day]


@pytest.mark.parametrize(
    ("year", "month", "day", "code"),
    [
        (1899, 12, None, "date.out_of_range"),
        (2200, 1, None, "date.out_of_range"),
        (2023, 0, None, "date.impossible"),
        (2023, 13, None, "date.impossible"),
        (2023, 11, 31, "date.impossible"),
    ],
)
def test_a_month_or_a_day_outside_the_calendar_is_refused(
    year: int, month: int, day: int | None, code: str
) -> None:
    with pytest.raises(InvalidValueError) as caught:
        PartialDate(year, month, day)
    assert caught.value.code == code


def test_the_edges_of_the_calendar_are_months_too() -> None:
    assert PartialDate(1900, 1).isoformat() == "1900-01"
    assert PartialDate(2199, 12, 31).isoformat() == "2199-12-31"


def _refused(make: Callable[[], object]) -> InvalidValueError:
    with pytest.raises(InvalidValueError) as caught:
        make()
    return caught.value


def test_refusals_made_in_python_name_their_values() -> None:
    later, earlier = dt.date(2023, 2, 8), dt.date(2023, 2, 7)
    backwards = _refused(lambda: DateSpan(later, earlier))
    assert (backwards.code, backwards.params) == ("date.end_before_start", {"value": "2023-02-08/2023-02-07"})
    moment = dt.datetime(2023, 2, 7, 10)
    not_a_day = _refused(lambda: DateSpan(moment, earlier))
    assert (not_a_day.code, not_a_day.params) == ("date.not_a_date", {"value": moment})
    aware = dt.time(10, tzinfo=dt.UTC)
    wrong_time = _refused(lambda: DateSpan(earlier, earlier, aware, dt.time(12)))
    assert wrong_time.params["value"] == aware
    assert isinstance(wrong_time.params["expected"], Phrase)
    assert wrong_time.params["expected"].key() == Phrase("expect.time").key()
    unreadable = _refused(lambda: DateSpan.parse(" next  tuesday "))
    assert (unreadable.code, unreadable.params) == ("date.unreadable", {"value": "next  tuesday"})


def test_refused_months_and_days_name_their_values() -> None:
    early = _refused(lambda: PartialDate(1899, 5))
    assert (early.code, early.params) == (
        "date.out_of_range",
        {"value": "1899-05", "first": 1900, "last": 2199},
    )
    month = _refused(lambda: PartialDate(2023, 13))
    assert (month.code, month.params["value"]) == ("date.impossible", "2023-13")
    assert isinstance(month.params["reason"], Phrase)
    assert month.params["reason"].key() == Phrase("reason.month", month=13).key()
    day = _refused(lambda: PartialDate(2023, 11, 31))
    assert (day.code, day.params["value"]) == ("date.impossible", "31.11.2023")
    assert isinstance(day.params["reason"], Phrase)
    assert day.params["reason"].key() == Phrase("reason.day", day=31).key()


def test_spans_starting_together_sort_by_their_end_time() -> None:
    shorter = DateSpan.parse("7.2.2023 kl. 10.00-11.00")
    longer = DateSpan.parse("7.2.2023 kl. 10.00-12.00")
    assert shorter.sort_key() < longer.sort_key()


def test_every_form_of_a_day_takes_the_zone_it_is_read_in() -> None:
    forms = ("2023-02-07", "7.2.2023", "7.-8.2.2023", "2023-02-07/2023-02-08", "7.2.2023 kl. 10.00-11.00")
    for text in forms:
        assert DateSpan.parse(text, "UTC").timezone == "UTC"
