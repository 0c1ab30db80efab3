"""The dataset's queries at their edges: first and last days, other years, kinds, unknown keys."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import attrs
import pytest

from kssgov import (
    ActivityKind,
    AgmBound,
    Alliance,
    AllianceKind,
    AnnualMeeting,
    Body,
    BodyKind,
    Dataset,
    DateSpan,
    Member,
    MemberSummary,
    OperatingForm,
    Record,
    Role,
    Settings,
    Statistics,
    Status,
    Term,
    TermBound,
    Visibility,
)
from kssgov.model.records import reference_fields, referenced_tables, refers_to

from ..checks.test_warnings import row as activity

SETTINGS = Settings(name="Org", year=2023)
FORUM = Alliance(id="forum", kind=AllianceKind.NETWORK, name="Forumet")


def test_the_activities_of_a_year_run_from_its_first_day_to_its_last() -> None:
    rows = (activity("new-year", "1.1.2024"), activity("eve", "31.12.2024"), activity("before", "31.12.2023"))
    data = Dataset(settings=SETTINGS, activities=rows)
    assert [a.id for a in data.activities_in(2024, audience=Visibility.PUBLIC)] == ["new-year", "eve"]
    assert [a.id for a in data.activities_in(audience=Visibility.PUBLIC)] == ["before"]


def test_only_meetings_held_count_as_an_alliances_recorded_meetings() -> None:
    rows = (
        activity("met", "1.2.2024", alliance="forum"),
        activity("off", "2.2.2024", alliance="forum", status=Status.CANCELLED),
        activity("talk", "3.2.2024", kind=ActivityKind.CONFERENCE, alliance="forum"),
        activity("elsewhere", "4.2.2024"),
    )
    data = Dataset(settings=SETTINGS, alliances=(FORUM,), activities=rows)
    assert data.recorded_meetings("forum", 2024, audience=Visibility.PUBLIC) == 1


def test_the_meeting_count_of_another_year_than_the_report_year() -> None:
    rows = (activity("a", "1.2.2024", alliance="forum"), activity("b", "1.3.2024", alliance="forum"))
    data = Dataset(settings=SETTINGS, alliances=(FORUM,), activities=rows)
    assert data.meeting_count("forum", 2024, audience=Visibility.PUBLIC) == 2
    assert data.meeting_count("forum", audience=Visibility.PUBLIC) is None
    declared = Statistics(id="forum-2024", subject="forum", year=2024, meetings=5)
    counted = attrs.evolve(data, statistics=(declared,))
    assert counted.meeting_count("forum", 2024, audience=Visibility.PUBLIC) == 5


def test_asking_for_a_body_that_is_not_there_names_what_was_asked() -> None:
    with pytest.raises(KeyError) as caught:
        Dataset(settings=SETTINGS).body("styret")
    assert caught.value.args == ("styret",)


def test_the_terms_held_during_a_period_share_at_least_one_day_with_it() -> None:
    board = Body(id="board", kind=BodyKind.BOARD, name="Styret")
    agm = AnnualMeeting(id="agm-2024", year=2024, date=DateSpan.parse("25.4.2024"))

    def term(id: str, start: TermBound | None = None, end: TermBound | None = None) -> Term:
        return Term(id=id, body="board", person=id.upper(), role=Role.MEMBER, start=start, end=end)

    terms = (
        term("ended", end=dt.date(2024, 1, 1)),
        term("last-day", end=dt.date(2024, 1, 2)),
        term("unbounded"),
        term("unrecorded-start", start=AgmBound(2025)),
        term("from-agm", start=AgmBound(2024)),
        term("later", start=dt.date(2025, 1, 1)),
        term("first-day", start=dt.date(2024, 12, 31)),
    )
    other = Term(id="other", body="council", person="O", role=Role.MEMBER)
    council = Body(id="council", kind=BodyKind.OTHER, name="Rådet")
    data = Dataset(settings=SETTINGS, bodies=(board, council), agms=(agm,), terms=(*terms, other))
    found = data.terms_during("board", dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert [t.id for t in found] == ["last-day", "unbounded", "from-agm", "first-day"]


def test_the_member_summary_counts_other_operating_forms() -> None:
    members = (
        Member(id="a", name="A", operating_form=OperatingForm.OTHER),
        Member(id="b", name="B", operating_form=OperatingForm.NON_PROFIT),
    )
    assert MemberSummary.of(members) == MemberSummary(total=2, public=0, non_profit=1, foundation=0, other=1)


def test_a_record_type_of_its_own_declares_what_its_fields_refer_to() -> None:
    @attrs.frozen(kw_only=True)
    class Visit(Record):
        table: ClassVar[str] = "visit"
        host: str = attrs.field(metadata=refers_to("member", "alliance"))
        note: str = ""

    assert referenced_tables(Visit, "host") == ("member", "alliance")
    assert referenced_tables(Visit, "note") == ()
    assert reference_fields(Visit) == ("host",)
    assert reference_fields(Visit) is reference_fields(Visit)  # found once per class, not at every record
