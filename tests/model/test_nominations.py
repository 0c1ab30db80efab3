"""What is due at an annual meeting: ending terms, vacancies, orphaned deputies, conflicts."""

from __future__ import annotations

import datetime as dt

from kssgov import AgmBound, AnnualMeeting, Body, BodyKind, Dataset, DateSpan, Role, Settings, Term
from kssgov.model.nominations import due, next_agm

BOARD = Body(id="board", kind=BodyKind.BOARD, name="Styret", seats=3)
COMMITTEE = Body(id="nc", kind=BodyKind.NOMINATION_COMMITTEE, name="Valgkomiteen", has_chair=False)
AGM = AnnualMeeting(id="agm-2024", year=2024, date=DateSpan.parse("25.4.2024"))


def term(id: str, person: str, role: Role = Role.MEMBER, body: str = "board", **kwargs: object) -> Term:
    return Term(id=id, body=body, person=person, role=role, **kwargs)  # type: ignore[arg-type]


def dataset(*terms: Term, agms: tuple[AnnualMeeting, ...] = (AGM,)) -> Dataset:
    return Dataset(
        settings=Settings(name="Org", year=2024), bodies=(BOARD, COMMITTEE), agms=agms, terms=terms
    )


def test_terms_ending_at_the_meeting_by_year_or_by_date() -> None:
    data = dataset(
        term("a", "A", end=AgmBound(2024)),
        term("b", "B", end=dt.date(2024, 4, 25)),
        term("c", "C", end=AgmBound(2026)),
    )
    assert [t.id for t in due(data, 2024, dt.date(2024, 1, 1)).ending] == ["a", "b"]


def test_vacant_seats_on_the_day_before() -> None:
    report = due(dataset(term("a", "A"), term("b", "B", end=dt.date(2024, 2, 1))), 2024, dt.date(2030, 1, 1))
    assert report.day == dt.date(2024, 4, 24)
    (vacancy,) = report.vacancies
    assert (vacancy.body.id, vacancy.vacant, vacancy.held) == ("board", 2, 1)


def test_a_deputy_whose_member_has_left() -> None:
    data = dataset(
        term("a", "A", end=dt.date(2024, 1, 31)),
        term("a-vara", "D", Role.DEPUTY, deputy_for="a"),
        term("b", "B"),
        term("c", "C"),
    )
    (orphan,) = due(data, 2024, dt.date(2024, 1, 1)).orphaned_deputies
    assert (orphan.deputy.person, orphan.member.person) == ("D", "A")


def test_roles_that_should_not_be_combined() -> None:
    data = dataset(
        term("a", "A"),
        term("a-nc", "A", body="nc"),
        term("b", "B"),
        term("b-vara", "B", Role.DEPUTY),
        term("c", "C"),
        term("c-chair", "C", Role.CHAIR),
    )
    conflicts = due(data, 2024, dt.date(2024, 1, 1)).conflicts
    assert [(c.person, c.same_body) for c in conflicts] == [("A", False), ("B", True)]


def test_an_unrecorded_meeting_is_looked_at_from_today() -> None:
    report = due(dataset(term("a", "A", end=AgmBound(2025)), agms=()), 2025, dt.date(2025, 3, 1))
    assert (report.day, report.agm_recorded) == (dt.date(2025, 3, 1), False)
    assert [t.id for t in report.ending] == ["a"]


def test_the_example_at_its_2023_meeting(example: Dataset) -> None:
    report = due(example, 2023, dt.date(2030, 1, 1))
    assert report.day == dt.date(2023, 4, 25)
    assert len(report.ending) == 8
    assert "rad-kai-stokke" not in {t.id for t in report.ending}
    assert not report.vacancies
    assert not report.orphaned_deputies
    assert not report.conflicts


def test_the_next_annual_meeting_is_the_first_recorded_from_today_on() -> None:
    later = AnnualMeeting(id="agm-2025", year=2025, date=DateSpan.parse("24.4.2025"))
    data = dataset(agms=(later, AGM))
    assert next_agm(data, dt.date(2024, 3, 1)) == 2024
    assert next_agm(data, dt.date(2024, 4, 25)) == 2024
    assert next_agm(data, dt.date(2024, 4, 26)) == 2025


def test_without_a_recorded_meeting_ahead_the_next_is_this_years_or_next_years() -> None:
    data = dataset()
    assert next_agm(data, dt.date(2024, 4, 26)) == 2025
    assert next_agm(data, dt.date(2026, 1, 1)) == 2026
    assert next_agm(dataset(agms=()), dt.date(2024, 6, 1)) == 2024
    only_next_year = dataset(
        agms=(AnnualMeeting(id="agm-2025", year=2025, date=DateSpan.parse("24.4.2025")),)
    )
    assert next_agm(only_next_year, dt.date(2024, 1, 10)) == 2025


def test_terms_without_recorded_dates_in_bodies_with_a_fixed_length_are_to_be_confirmed() -> None:
    fixed = Body(id="fixed", kind=BodyKind.OTHER, name="Fagrådet", term_years=2)
    data = Dataset(
        settings=Settings(name="Org", year=2024),
        bodies=(BOARD, fixed),
        agms=(AGM,),
        terms=(
            term("open", "A", body="fixed"),
            term("open-chair", "A", Role.CHAIR, body="fixed"),
            term("started", "B", body="fixed", start=AgmBound(2023)),
            term("ends", "C", body="fixed", end=AgmBound(2026)),
            term("board-open", "D"),
        ),
    )
    report = due(data, 2024, dt.date(2024, 1, 1))
    assert report.year == 2024
    assert [t.id for t in report.to_confirm] == ["open"]
    assert not report.is_empty


def test_seats_are_counted_in_each_body_by_its_own_seat_holders() -> None:
    small = Body(id="small", kind=BodyKind.OTHER, name="Arbeidsutvalget", seats=2)
    data = Dataset(
        settings=Settings(name="Org", year=2024),
        bodies=(COMMITTEE, small, BOARD),
        agms=(AGM,),
        terms=(
            term("s1", "A", body="small"),
            term("s-deputy", "B", Role.DEPUTY, body="small"),
            term("b1", "C"),
            term("b2", "D"),
            term("b3", "E"),
        ),
    )
    (vacancy,) = due(data, 2024, dt.date(2024, 1, 1)).vacancies
    assert (vacancy.body.id, vacancy.vacant, vacancy.held) == ("small", 1, 1)


def test_every_orphaned_deputy_and_conflict_is_found_after_ones_that_are_not() -> None:
    data = dataset(
        term("x", "X"),
        term("a", "A", end=dt.date(2024, 1, 31)),
        term("a-vara", "D", Role.DEPUTY, deputy_for="a"),
        term("y", "Y"),
        term("z", "Z"),
        term("y-nc", "Y", body="nc"),
    )
    report = due(data, 2024, dt.date(2024, 1, 1))
    assert [(o.deputy.id, o.member.id) for o in report.orphaned_deputies] == [("a-vara", "a")]
    assert [(c.person, c.first.id, c.second.id) for c in report.conflicts] == [("Y", "y", "y-nc")]
