"""Rosters computed from terms: before, on and after an annual meeting, deputies, offices."""

from __future__ import annotations

import datetime as dt

import pytest

from kssgov import (
    AgmBound,
    AnnualMeeting,
    Body,
    BodyKind,
    Dataset,
    DateSpan,
    ElectedBy,
    Role,
    Settings,
    Term,
)
from kssgov.checks import errors
from kssgov.model.governance import change_days, interval

BOARD = Body(id="board", kind=BodyKind.BOARD, name="Styret", seats=3)
AGM_2023 = AnnualMeeting(id="agm-2023", year=2023, date=DateSpan.parse("26.-27.4.2023"))


def term(id: str, person: str, role: Role = Role.MEMBER, **kwargs: object) -> Term:
    return Term(id=id, body="board", person=person, role=role, **kwargs)  # type: ignore[arg-type]


def dataset(*terms: Term, agms: tuple[AnnualMeeting, ...] = (AGM_2023,)) -> Dataset:
    return Dataset(settings=Settings(name="Org", year=2023), bodies=(BOARD,), agms=agms, terms=terms)


TERMS = (
    term("anna", "Anna", start=dt.date(2021, 4, 20), end=AgmBound(2023)),
    term("anna-chair", "Anna", Role.CHAIR, end=AgmBound(2023), elected_by=ElectedBy.BODY),
    term("bo", "Bo", start=AgmBound(2023)),
    term("bo-chair", "Bo", Role.CHAIR, start=dt.date(2023, 5, 10), elected_by=ElectedBy.BODY),
    term("cai", "Cai"),
    term("cai-deputy-1", "Dina", Role.DEPUTY, deputy_for="cai", end=AgmBound(2023)),
    term("cai-deputy-2", "Eli", Role.DEPUTY, deputy_for="cai", start=AgmBound(2023)),
    term("fia-deputy", "Fia", Role.DEPUTY, end=dt.date(2022, 9, 1)),
    term("fia", "Fia", start=dt.date(2022, 9, 1)),
    term("emp", "Gry", Role.EMPLOYEE_REPRESENTATIVE, elected_by=ElectedBy.EMPLOYEES),
)


def test_before_the_agm_the_old_terms_hold() -> None:
    roster = dataset(*TERMS).roster("board", dt.date(2023, 4, 25))
    assert roster.people == ("Anna", "Cai", "Fia", "Gry")
    assert roster.chair == "Anna"
    assert roster.seats[1].deputies[0].person == "Dina"


def test_on_the_agm_day_the_new_terms_begin() -> None:
    roster = dataset(*TERMS).roster("board", dt.date(2023, 4, 26))
    assert "Anna" not in roster.people
    assert "Bo" in roster.people
    assert [d.person for s in roster.seats for d in s.deputies] == ["Eli"]


def test_a_chair_elected_by_the_board_at_its_first_meeting() -> None:
    data = dataset(*TERMS)
    assert data.roster("board", dt.date(2023, 5, 1)).chair is None
    after = data.roster("board", dt.date(2023, 5, 10))
    assert after.chair == "Bo"
    assert after.seats[0].person == "Bo"
    assert after.seats[0].is_chair


def test_a_deputy_who_becomes_a_member_mid_term() -> None:
    data = dataset(*TERMS)
    before = data.roster("board", dt.date(2022, 8, 31))
    assert "Fia" not in before.people
    assert [d.person for d in before.deputies] == ["Fia"]
    after = data.roster("board", dt.date(2022, 9, 1))
    assert "Fia" in after.people
    assert not after.deputies


def test_the_employee_representative_comes_last() -> None:
    roster = dataset(*TERMS).roster("board", dt.date(2023, 6, 1))
    assert roster.seats[-1].term.role is Role.EMPLOYEE_REPRESENTATIVE


def test_a_term_until_an_unrecorded_agm_stays_open() -> None:
    member = term("x", "X", end=AgmBound(2025))
    data = dataset(member)
    assert data.roster("board", dt.date(2030, 1, 1)).people == ("X",)
    agm_2025 = AnnualMeeting(id="agm-2025", year=2025, date=DateSpan.parse("24.4.2025"))
    data = dataset(member, agms=(AGM_2023, agm_2025))
    assert data.roster("board", dt.date(2025, 4, 23)).people == ("X",)
    assert data.roster("board", dt.date(2025, 4, 24)).people == ()


def test_a_term_from_an_unrecorded_agm_has_not_begun() -> None:
    data = dataset(term("x", "X", start=AgmBound(2025)))
    assert data.roster("board", dt.date(2030, 1, 1)).people == ()
    assert not interval(data.terms[0], data.agm_dates).started


def test_change_days_lists_every_boundary() -> None:
    data = dataset(*TERMS)
    assert dt.date(2023, 4, 26) in change_days(data.terms, data.agm_dates)
    assert dt.date(2022, 9, 1) in change_days(data.terms, data.agm_dates)


def test_unknown_body_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        dataset().roster("nope", dt.date(2023, 1, 1))


def test_example_board_between_the_agms(example: Dataset) -> None:
    """Any day between the 2023 and 2024 meetings: the six who signed the 2023 report."""
    for day in (dt.date(2023, 4, 26), dt.date(2023, 12, 31), dt.date(2024, 3, 12)):
        roster = example.roster(BodyKind.BOARD, day)
        assert roster.people == (
            "Heidi Olden Eng",
            "Wanja J. Sæther",
            "Else Marie Berg Lorentzen",
            "Inger-Lise Kilmark",
            "Unni Selnes",
            "Hege Mauroy",
        )
        assert roster.seats[0].is_chair
        assert roster.seats[1].is_deputy_chair


def test_example_deputies_replaced_at_the_2023_agm(example: Dataset) -> None:
    def deputies(day: dt.date) -> dict[str, list[str]]:
        roster = example.roster("styret", day)
        return {s.person: [d.person for d in s.deputies] for s in roster.seats}

    before, after = deputies(dt.date(2023, 4, 25)), deputies(dt.date(2023, 4, 26))
    assert before["Wanja J. Sæther"] == ["Sidsel Ånes"]
    assert after["Wanja J. Sæther"] == ["Gunn Knörr"]
    assert before["Else Marie Berg Lorentzen"] == []
    assert after["Else Marie Berg Lorentzen"] == ["Kristin Mettenes"]
    assert before["Martine Sorknes Ødegården"] == ["Kristin Næss Stub"]
    assert after["Hege Mauroy"] == ["Martine Sorknes Ødegården"]


def test_example_ethics_council(example: Dataset) -> None:
    roster = example.roster(BodyKind.ETHICS_COUNCIL, dt.date(2023, 6, 1))
    assert roster.chair == "Hanne Stenvaag"
    assert [o.person for o in roster.officers] == ["Hege Mauroy"]
    assert "Ingeborg Åsen Fjeldstad" in roster.people
    assert "Bjørk Gudmundsdottir Jonassen" not in roster.people


def test_a_one_day_term_and_a_term_within_one_meeting_are_allowed() -> None:
    one_day = term("day", "Dag", start=dt.date(2023, 6, 1), end=dt.date(2023, 6, 1))
    meeting = term("meeting", "Møte", start=AgmBound(2023), end=AgmBound(2023))
    assert one_day.end == one_day.start
    assert meeting.start == meeting.end
    data = dataset(one_day, meeting)
    assert kssgov_errors(data) == []


def test_the_employee_representative_signs_last_and_a_loose_deputy_is_kept() -> None:
    employee = term("emp", "Eva", Role.EMPLOYEE_REPRESENTATIVE, elected_by=ElectedBy.EMPLOYEES)
    member = term("m", "Mia")
    chair = term("m-chair", "Mia", Role.CHAIR, elected_by=ElectedBy.BODY)
    other = term("o", "Ola")
    loose = term("dep", "Dina", Role.DEPUTY, deputy_for="gone")
    roster = dataset(employee, other, member, chair, loose).roster(BOARD, dt.date(2023, 6, 1))
    assert [s.person for s in roster.seats] == ["Mia", "Ola", "Eva"]
    assert [d.person for d in roster.deputies] == ["Dina"]


def kssgov_errors(data: Dataset) -> list[str]:
    return [p.code for p in errors(data)]
