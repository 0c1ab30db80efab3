"""The rules a term and an annual meeting hold to: each refusal names its field and values,
each edge is on the side the statutes mean, and the statutes' term length is applied exactly."""

from __future__ import annotations

import datetime as dt

import pytest

from kssgov import AgmBound, AnnualMeeting, Body, BodyKind, DateSpan, InvalidValueError, Role, Term
from kssgov.model.governance import Interval, in_force, roster, stands_in_for

BOARD = Body(id="board", kind=BodyKind.BOARD, name="Styret", term_years=2)


def term(**kwargs: object) -> Term:
    given: dict[str, object] = {"id": "t", "body": "board", "person": "Anna", "role": Role.MEMBER, **kwargs}
    return Term(**given)  # type: ignore[arg-type]


def refusal(**kwargs: object) -> InvalidValueError:
    with pytest.raises(InvalidValueError) as raised:
        term(**kwargs)
    return raised.value


def test_an_annual_meeting_in_another_year_names_the_date_and_the_year() -> None:
    with pytest.raises(InvalidValueError) as raised:
        AnnualMeeting(id="agm", year=2024, date=DateSpan.parse("26.4.2023"))
    error = raised.value
    assert (error.code, error.field) == ("agm.year_mismatch", "date")
    assert error.params == {"value": "26.4.2023", "year": 2024}


def test_an_annual_meeting_in_its_year_is_kept() -> None:
    assert AnnualMeeting(id="agm", year=2023, date=DateSpan.parse("31.12.2023")).year == 2023


def test_a_personal_deputy_must_be_a_deputy() -> None:
    error = refusal(deputy_for="other", role=Role.MEMBER)
    assert (error.code, error.field) == ("term.deputy_for_not_deputy", "deputy_for")
    assert term(deputy_for="other", role=Role.DEPUTY).deputy_for == "other"


def test_a_deputy_cannot_stand_in_for_itself() -> None:
    error = refusal(id="d", deputy_for="d", role=Role.DEPUTY)
    assert (error.code, error.field) == ("term.deputy_for_self", "deputy_for")


def test_a_term_ending_before_it_starts_names_both_days() -> None:
    error = refusal(start=dt.date(2023, 5, 2), end=dt.date(2023, 5, 1))
    assert (error.code, error.field) == ("term.ends_before_start", "end")
    assert error.params == {"start": dt.date(2023, 5, 2), "end": dt.date(2023, 5, 1)}
    assert term(start=dt.date(2023, 5, 1), end=dt.date(2023, 5, 1)).end == dt.date(2023, 5, 1)


def test_a_term_ending_at_an_earlier_annual_meeting_names_both() -> None:
    error = refusal(start=AgmBound(2024), end=AgmBound(2023))
    assert (error.code, error.field) == ("term.ends_before_start", "end")
    assert error.params == {"start": AgmBound(2024), "end": AgmBound(2023)}
    assert term(start=AgmBound(2023), end=AgmBound(2023)).end == AgmBound(2023)


def test_a_date_and_a_meeting_are_not_compared() -> None:
    held = term(start=AgmBound(2025), end=dt.date(2024, 1, 1))
    assert (held.start, held.end) == (AgmBound(2025), dt.date(2024, 1, 1))


@pytest.mark.parametrize(
    ("field", "value"),
    [("start", "2023-05-01"), ("end", 2023), ("start", dt.datetime(2023, 5, 1, 12)), ("end", [2023])],
)
def test_a_bound_that_is_neither_a_day_nor_a_meeting_is_refused(field: str, value: object) -> None:
    error = refusal(**{field: value})
    assert (error.code, error.field) == ("term.bound", field)
    assert error.params == {"value": value}


def test_a_bound_day_outside_the_calendar_kssgov_keeps_is_refused() -> None:
    error = refusal(end=dt.date(1850, 1, 1))
    assert (error.code, error.field) == ("date.out_of_range", "end")
    assert error.params == {"value": "1.1.1850", "first": 1900, "last": 2199}


def test_the_statutes_term_length_ends_a_term_that_many_meetings_later() -> None:
    started = term(start=AgmBound(2023))
    assert in_force(started, BOARD).end == AgmBound(2025)
    assert in_force(
        started, Body(id="board", kind=BodyKind.BOARD, name="Styret", term_years=1)
    ).end == AgmBound(2024)


@pytest.mark.parametrize(
    ("given", "body"),
    [
        (term(start=AgmBound(2023)), None),
        (term(start=AgmBound(2023)), Body(id="board", kind=BodyKind.BOARD, name="Styret")),
        (term(start=AgmBound(2023), end=AgmBound(2024)), BOARD),
        (term(start=dt.date(2023, 5, 1)), BOARD),
        (term(), BOARD),
    ],
)
def test_a_term_the_statutes_do_not_end_stays_as_it_is(given: Term, body: Body | None) -> None:
    assert in_force(given, body) is given


def test_a_seat_deputy_stands_in_for_the_holder_of_that_seat_in_that_body_only() -> None:
    deputy = term(id="d", role=Role.DEPUTY, seat="1")
    assert stands_in_for(deputy, term(id="m", seat="1"))
    assert not stands_in_for(deputy, term(id="m", seat="2"))
    assert not stands_in_for(deputy, Term(id="m", body="council", person="Bo", role=Role.MEMBER, seat="1"))
    assert not stands_in_for(term(id="d", role=Role.DEPUTY), term(id="m"))


def test_a_personal_deputy_stands_in_for_that_term_only_whatever_the_seat() -> None:
    deputy = term(id="d", role=Role.DEPUTY, deputy_for="m", seat="1")
    assert stands_in_for(deputy, term(id="m", seat="2"))
    assert not stands_in_for(deputy, term(id="n", seat="1"))


def test_intervals_share_days_only_before_the_first_end() -> None:
    may, june = dt.date(2023, 5, 1), dt.date(2023, 6, 1)
    assert Interval(may, june).overlap(Interval(june, None)) is None
    assert Interval(may, june).overlap(Interval(dt.date(2023, 5, 31), None)) == Interval(
        dt.date(2023, 5, 31), june
    )
    assert Interval(None, None).overlap(Interval(may, None)) == Interval(may, None)
    assert Interval(None, june).overlap(Interval(None, may)) == Interval(None, may)
    assert Interval(may, None, started=False).overlap(Interval(may, None)) is None
    assert Interval(may, None).overlap(Interval(may, None, started=False)) is None


def test_a_roster_is_of_its_body_and_day_and_puts_the_chair_before_the_deputy_chair() -> None:
    day = dt.date(2023, 6, 1)
    terms = (
        term(id="bo", person="Bo"),
        term(id="bo-deputy-chair", person="Bo", role=Role.DEPUTY_CHAIR),
        term(id="cy", person="Cy", role=Role.EMPLOYEE_REPRESENTATIVE),
        term(id="anna", person="Anna"),
        term(id="anna-chair", person="Anna", role=Role.CHAIR),
        term(id="dag", person="Dag"),
    )
    found = roster(BOARD, terms, {}, day)
    assert (found.body, found.day) == (BOARD, day)
    assert [seat.term.id for seat in found.seats] == ["anna", "bo", "dag", "cy"]


def test_a_roster_names_the_terms_that_end_at_an_unrecorded_meeting_of_its_year_or_earlier() -> None:
    recorded = {2023: dt.date(2023, 4, 25)}
    ending = term(id="ending", person="Anna", start=AgmBound(2023), end=AgmBound(2025))
    staying = term(id="staying", person="Berit", start=AgmBound(2023), end=AgmBound(2027))
    dated = term(id="dated", person="Cecilie", end=dt.date(2026, 6, 1))
    terms = (staying, dated, ending)  # the ending term last: the roster's order is not the answer
    assert roster(BOARD, terms, recorded, dt.date(2024, 12, 31)).open_ends == ()
    in_its_year = roster(BOARD, terms, recorded, dt.date(2025, 1, 1))
    assert in_its_year.open_ends == (ending,)
    assert in_its_year.unrecorded_meetings == (2025,)
    assert (in_its_year.ends_unrecorded(ending), in_its_year.ends_unrecorded(staying)) == (2025, None)
    assert roster(BOARD, terms, recorded, dt.date(2026, 3, 1)).open_ends == (ending,)
    held = roster(BOARD, terms, {**recorded, 2025: dt.date(2025, 4, 24)}, dt.date(2025, 5, 1))
    assert (held.open_ends, held.people) == ((), ("Berit", "Cecilie"))
