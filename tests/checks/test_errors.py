"""Cross-record errors, on datasets built in Python."""

from __future__ import annotations

import datetime as dt

from kssgov import (
    Activity,
    AgmBound,
    AnnualMeeting,
    Body,
    BodyKind,
    Dataset,
    DateSpan,
    Member,
    OperatingForm,
    Region,
    Role,
    Settings,
    Term,
)
from kssgov.checks import errors as validate

SETTINGS = Settings(name="Org", year=2023, regions=(Region("nord", "Nord"),))
BOARD = Body(id="b", kind=BodyKind.BOARD, name="Styret")
DAY = DateSpan.day(dt.date(2023, 3, 1))


def codes(data: Dataset) -> list[str]:
    return [p.code for p in validate(data)]


def test_a_clean_dataset_has_no_errors(example: Dataset) -> None:
    assert validate(example) == []


def test_duplicate_ids_across_record_types() -> None:
    data = Dataset(
        settings=SETTINGS,
        bodies=(BOARD,),
        activities=(Activity(id="b", date=DAY, where="w", topic="t"),),
    )
    problems = validate(data)
    assert [p.code for p in problems] == ["id.duplicate"]
    assert problems[0].params["other"] == "<activity>:1"


def test_dangling_references_and_regions() -> None:
    data = Dataset(
        settings=SETTINGS,
        activities=(
            Activity(id="a", date=DAY, where="w", topic="t", alliance="x", consultation="y", body="z"),
        ),
        members=(Member(id="m", name="M", operating_form=OperatingForm.MUNICIPAL, region="vest"),),
        terms=(Term(id="t", body="b", person="P", role=Role.DEPUTY, deputy_for="nobody", region="nord"),),
    )
    assert sorted(codes(data)) == ["ref.dangling"] * 5 + ["ref.region"]


def test_a_term_ending_at_an_agm_before_it_starts() -> None:
    agm = AnnualMeeting(id="agm", year=2023, date=DateSpan.day(dt.date(2023, 4, 26)))
    term = Term(id="t", body="b", person="P", role=Role.MEMBER, start=dt.date(2023, 6, 1), end=AgmBound(2023))
    assert codes(Dataset(settings=SETTINGS, bodies=(BOARD,), agms=(agm,), terms=(term,))) == [
        "term.ends_before_start"
    ]


def test_one_seat_held_by_two_at_once_but_not_in_turn() -> None:
    agm = AnnualMeeting(id="agm", year=2023, date=DateSpan.day(dt.date(2023, 4, 26)))
    first = Term(id="t1", body="b", person="A", role=Role.MEMBER, seat="1", end=AgmBound(2023))
    second = Term(id="t2", body="b", person="B", role=Role.MEMBER, seat="1", start=AgmBound(2023))
    in_turn = Dataset(settings=SETTINGS, bodies=(BOARD,), agms=(agm,), terms=(first, second))
    assert codes(in_turn) == []
    overlapping = Term(id="t3", body="b", person="C", role=Role.MEMBER, seat="1", start=dt.date(2023, 1, 1))
    both = Dataset(settings=SETTINGS, bodies=(BOARD,), agms=(agm,), terms=(first, second, overlapping))
    problems = validate(both)
    assert [p.code for p in problems] == ["term.seat_overlap", "term.seat_overlap"]
    assert problems[0].params["date"] == dt.date(2023, 1, 1)


def test_two_deputies_of_one_deputy_seat_at_once_but_not_deputies_of_different_seats() -> None:
    def deputy(id: str, person: str, seat: str | None) -> Term:
        return Term(id=id, body="b", person=person, role=Role.DEPUTY, seat=seat)

    apart = Dataset(
        settings=SETTINGS, bodies=(BOARD,), terms=(deputy("d1", "A", "1"), deputy("d2", "B", "2"))
    )
    assert codes(apart) == []
    unseated = Dataset(
        settings=SETTINGS, bodies=(BOARD,), terms=(deputy("d1", "A", None), deputy("d2", "B", None))
    )
    assert codes(unseated) == []
    shared = Dataset(
        settings=SETTINGS, bodies=(BOARD,), terms=(deputy("d1", "A", "1"), deputy("d2", "B", "1"))
    )
    (problem,) = validate(shared)
    assert problem.code == "term.seat_overlap"
    assert (problem.params["person"], problem.params["other_person"], problem.params["body"]) == (
        "B",
        "A",
        "Styret",
    )
    assert problem.message("en") == (
        "B and A hold the deputy seat of seat '1' of Styret at the same time (from the start of the records)"
    )


def test_a_region_named_where_none_are_kept_says_there_are_none() -> None:
    member = Member(id="m", name="M", operating_form=OperatingForm.MUNICIPAL, region="vest")
    (problem,) = validate(Dataset(settings=Settings(name="Org", year=2023), members=(member,)))
    assert (problem.code, problem.params) == ("ref.region", {"value": "vest", "allowed": "-"})


def test_a_deputy_seat_is_held_in_turn_from_one_annual_meeting_to_the_next() -> None:
    agm = AnnualMeeting(id="agm", year=2023, date=DateSpan.day(dt.date(2023, 4, 26)))
    first = Term(id="d1", body="b", person="A", role=Role.DEPUTY, seat="1", end=AgmBound(2023))
    second = Term(id="d2", body="b", person="B", role=Role.DEPUTY, seat="1", start=AgmBound(2023))
    assert codes(Dataset(settings=SETTINGS, bodies=(BOARD,), agms=(agm,), terms=(first, second))) == []


def test_a_seat_overlap_is_found_after_an_earlier_holder_it_does_not_overlap() -> None:
    terms = (
        Term(id="t1", body="b", person="A", role=Role.MEMBER, seat="1", end=dt.date(2023, 1, 1)),
        Term(id="t2", body="b", person="B", role=Role.MEMBER, seat="1", start=dt.date(2023, 1, 1)),
        Term(id="t3", body="b", person="C", role=Role.MEMBER, seat="1", start=dt.date(2023, 6, 1)),
    )
    problems = validate(Dataset(settings=SETTINGS, bodies=(BOARD,), terms=terms))
    assert [(p.params["person"], p.params["other_person"], p.params["date"]) for p in problems] == [
        ("C", "B", dt.date(2023, 6, 1))
    ]


def test_a_seat_overlap_in_a_body_not_recorded_names_the_body_by_its_id() -> None:
    terms = (
        Term(id="t1", body="radet", person="A", role=Role.MEMBER, seat="1"),
        Term(id="t2", body="radet", person="B", role=Role.MEMBER, seat="1"),
    )
    problems = validate(Dataset(settings=SETTINGS, terms=terms))
    overlap = [p for p in problems if p.code == "term.seat_overlap"]
    assert [p.params["body"] for p in overlap] == ["radet"]
