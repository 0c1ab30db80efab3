"""Every record type: valid construction, and invalid values refused at construction."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from kssgov import (
    Activity,
    ActivityKind,
    AgmBound,
    Alliance,
    AllianceKind,
    AnnualMeeting,
    Award,
    Body,
    BodyKind,
    Consultation,
    DateSpan,
    Election,
    Figure,
    InvalidValueError,
    Measure,
    Member,
    MemberSummary,
    OperatingForm,
    Project,
    ProjectKind,
    Role,
    Settings,
    Statistics,
    Term,
    Visibility,
)
from kssgov.model import dataset
from kssgov.model.dates import PartialDate
from kssgov.model.staff import Staff

DAY = DateSpan.day(dt.date(2023, 2, 7))


def test_activity_defaults_and_immutability() -> None:
    activity = Activity(id="a-1", date=DAY, where="Stortinget", topic="Statsbudsjettet")
    assert activity.kind is ActivityKind.MEETING
    assert activity.visibility is Visibility.PUBLIC
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        activity.topic = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"id": "Has Spaces"}, "id", "id.malformed"),
        ({"id": ""}, "id", "id.malformed"),
        ({"where": ""}, "where", "text.empty"),
        ({"where": "   "}, "where", "text.empty"),
        ({"topic": "bell\x07"}, "topic", "text.control_character"),
        ({"topic": "lone \ud800 surrogate"}, "topic", "text.control_character"),
        ({"alliance": "Not An Id"}, "alliance", "id.malformed"),
        ({"sources": ["not", "a tuple"]}, "sources", "type.wrong"),
    ],
)
def test_activity_refuses_bad_values(changes: dict[str, object], field: str, code: str) -> None:
    values: dict[str, object] = {"id": "a-1", "date": DAY, "where": "Hvor", "topic": "Tema", **changes}
    with pytest.raises(InvalidValueError) as caught:
        Activity(**values)  # type: ignore[arg-type]
    assert (caught.value.field, caught.value.code) == (field, code)


def test_text_keeps_line_breaks_and_tabs() -> None:
    activity = Activity(id="a", date=DAY, where="a\tb", topic="Likestilling\nKrisesentertilbudet")
    assert "\n" in activity.topic


def test_consultation() -> None:
    consultation = Consultation(id="c", issuer="JD", title="Høring", deadline=dt.date(2023, 4, 13))
    assert consultation.deadline == dt.date(2023, 4, 13)
    with pytest.raises(InvalidValueError):
        Consultation(id="c", issuer="JD", title="Høring", deadline="13.4.2023")  # type: ignore[arg-type]


def test_alliance_and_network() -> None:
    alliance = Alliance(id="x", kind=AllianceKind.ALLIANCE, name="Rød knapp", participants=("Reform",))
    assert alliance.funders == ()
    with pytest.raises(InvalidValueError):
        Alliance(id="x", kind=AllianceKind.NETWORK, name="N", participants=("",))


def test_award() -> None:
    award = Award(id="p", prize="Ærespris", year=2023, recipient="A", gifts=("diplom",))
    assert award.year == 2023
    with pytest.raises(InvalidValueError, match="plausible year"):
        Award(id="p", prize="Ærespris", year=23, recipient="A")


def test_member_summary_counts_municipal_and_iks_together() -> None:
    members = (
        Member(id="a", name="A", operating_form=OperatingForm.MUNICIPAL),
        Member(id="b", name="B", operating_form=OperatingForm.INTER_MUNICIPAL),
        Member(id="c", name="C", operating_form=OperatingForm.FOUNDATION),
        Member(id="d", name="D", operating_form=OperatingForm.NON_PROFIT),
    )
    assert MemberSummary.of(members) == MemberSummary(total=4, public=2, non_profit=1, foundation=1, other=0)


def test_project_amount_is_whole_non_negative_kroner() -> None:
    assert Project(id="p", name="P", amount=2_783_973).kind is ProjectKind.PROJECT
    with pytest.raises(InvalidValueError, match="negative"):
        Project(id="p", name="P", amount=-1)
    with pytest.raises(InvalidValueError, match="whole number"):
        Project(id="p", name="P", amount=1.5)  # type: ignore[arg-type]


def test_governance_records() -> None:
    Body(id="styret", kind=BodyKind.BOARD, name="Styret", seats=6)
    AnnualMeeting(id="agm", year=2023, date=DateSpan.parse("26.-27.4.2023"))
    with pytest.raises(InvalidValueError) as caught:
        AnnualMeeting(id="agm", year=2024, date=DateSpan.parse("26.-27.4.2023"))
    assert caught.value.code == "agm.year_mismatch"
    Election(id="e", agm="agm", body="styret", proposed=("A",), elected=("A",))
    Statistics(id="s", subject="styret", year=2023, meetings=6, cases=51)


def test_term_checks_its_own_consistency() -> None:
    Term(id="t", body="b", person="P", role=Role.MEMBER, start=AgmBound(2023), end=AgmBound(2025))
    with pytest.raises(InvalidValueError) as caught:
        Term(
            id="t", body="b", person="P", role=Role.MEMBER, start=dt.date(2023, 5, 1), end=dt.date(2023, 1, 1)
        )
    assert caught.value.code == "term.ends_before_start"
    with pytest.raises(InvalidValueError):
        Term(id="t", body="b", person="P", role=Role.MEMBER, start=AgmBound(2025), end=AgmBound(2023))
    with pytest.raises(InvalidValueError) as caught:
        Term(id="t", body="b", person="P", role=Role.MEMBER, deputy_for="other")
    assert caught.value.code == "term.deputy_for_not_deputy"
    with pytest.raises(InvalidValueError) as caught:
        Term(id="t", body="b", person="P", role=Role.MEMBER, start="2023")  # type: ignore[arg-type]
    assert caught.value.code == "term.bound"


def test_settings() -> None:
    settings = Settings(name="KSS", year=2023)
    assert (settings.language, settings.timezone) == ("nb", "Europe/Oslo")
    with pytest.raises(InvalidValueError):
        Settings(name="KSS", year=2023, language="de")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        Settings(name="KSS", year=2023, timezone="Nowhere/Land")


def test_visibility_admits_wider_audiences_only() -> None:
    assert Visibility.PUBLIC.admits(Visibility.PUBLIC)
    assert not Visibility.PUBLIC.admits(Visibility.MEMBERS)
    assert Visibility.BOARD.admits(Visibility.MEMBERS)
    assert not Visibility.MEMBERS.admits(Visibility.BOARD)


def test_an_employment_may_end_in_the_month_it_starts_but_not_before() -> None:
    september = PartialDate(2023, 9)
    Staff(id="s", person="P", title="Rådgiver", start=september, end=september)
    with pytest.raises(InvalidValueError) as caught:
        Staff(id="s", person="P", title="Rådgiver", start=september, end=PartialDate(2023, 4))
    error = caught.value
    assert (error.code, error.field) == ("staff.end_before_start", "end")
    assert error.params == {"value": PartialDate(2023, 4), "start": september, "end": PartialDate(2023, 4)}


def test_the_record_types_are_read_from_the_datasets_fields_in_their_order() -> None:
    found = {table: (kind.attribute, kind.cls.__name__) for table, kind in dataset._record_types().items()}
    assert list(found.items()) == [
        ("activity", ("activities", "Activity")),
        ("consultation", ("consultations", "Consultation")),
        ("alliance", ("alliances", "Alliance")),
        ("body", ("bodies", "Body")),
        ("agm", ("agms", "AnnualMeeting")),
        ("term", ("terms", "Term")),
        ("election", ("elections", "Election")),
        ("statistics", ("statistics", "Statistics")),
        ("award", ("awards", "Award")),
        ("member", ("members", "Member")),
        ("project", ("projects", "Project")),
        ("staff", ("staff", "Staff")),
        ("figure", ("figures", "Figure")),
        ("media", ("media", "MediaItem")),
        ("finances", ("finances", "Finances")),
        ("text", ("texts", "SectionText")),
    ]


def test_a_share_is_in_per_cent_of_another_figure_and_a_breakdown_names_its_category() -> None:
    base = Figure(id="f", year=2023, measure=Measure.ENQUIRIES, value=1)

    def figure(**changes: Any) -> Figure:
        return attrs.evolve(base, **changes)  # validated again, as a new record is

    cases: list[tuple[dict[str, Any], str, str, object]] = [
        ({"value": 101, "share_of": "base", "category": "x"}, "figure.share_over_100", "value", 101),
        ({"share_of": "f", "category": "x"}, "figure.share_of_itself", "share_of", "f"),
        ({"group": "Hvem ringte?"}, "figure.group_without_category", "group", "Hvem ringte?"),
    ]
    for kwargs, code, field, value in cases:
        with pytest.raises(InvalidValueError) as caught:
            figure(**kwargs)
        assert (caught.value.code, caught.value.field, caught.value.params["value"]) == (code, field, value)
    assert figure(value=100, share_of="base", category="x").value == 100
    assert figure(value=101, category="x").value == 101  # a count may be any size
