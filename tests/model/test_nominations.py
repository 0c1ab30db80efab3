"""What is due at an annual meeting: ending terms, vacancies, orphaned deputies, conflicts."""

from __future__ import annotations

import datetime as dt

from kssgov import AgmBound, AnnualMeeting, Body, BodyKind, Dataset, DateSpan, Role, Settings, Term
from kssgov.model.nominations import due

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
