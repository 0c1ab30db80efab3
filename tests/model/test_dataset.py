"""The example dataset holds the whole 2023 report, and the queries over it."""

from __future__ import annotations

import datetime as dt

import attrs

from kssgov import (
    ActivityKind,
    AllianceKind,
    Body,
    BodyKind,
    Dataset,
    MemberSummary,
    ProjectKind,
    Role,
    Settings,
    Statistics,
    Term,
    Visibility,
)


def test_the_politics_table_has_all_44_rows_with_their_true_dates(example: Dataset) -> None:
    assert len(example.activities) == 44
    assert [a for a in example.activities if a.date.start.year != 2023] == []
    by_id = {a.id: a.date.format() for a in example.activities}
    assert by_id["2023-10-26-justiskomiteen-statsbudsjettet"] == "26.10.2023"
    assert by_id["2023-08-16-rod-knapp-panelsamtale"] == "16.8.2023"
    assert example.activities[8].date.format() == "7.-8.2.2023"


def test_activities_of_the_year_come_in_date_order(example: Dataset) -> None:
    rows = example.activities_in(2023, audience=Visibility.BOARD)
    assert len(rows) == 44
    starts = [a.date.start for a in rows]
    assert starts == sorted(starts)


def test_activities_between_and_by_kind(example: Dataset) -> None:
    february = example.activities_between(
        dt.date(2023, 2, 1), dt.date(2023, 2, 28), audience=Visibility.BOARD
    )
    assert [a.date.format() for a in february][:2] == ["1.2.2023", "2.2.2023"]
    responses = example.activities_in(kinds=[ActivityKind.CONSULTATION_RESPONSE], audience=Visibility.BOARD)
    assert len(responses) == 3
    assert all(a.consultation for a in responses)


def test_visibility_filters(example: Dataset) -> None:
    assert example.visible_to(Visibility.PUBLIC).activities == example.activities
    hidden = attrs.evolve(example.activities[0], visibility=Visibility.BOARD)
    data = attrs.evolve(example, activities=(hidden, *example.activities[1:]))
    assert hidden not in data.visible_to(Visibility.PUBLIC).activities
    assert hidden not in data.visible_to(Visibility.MEMBERS).activities
    assert hidden in data.visible_to(Visibility.BOARD).activities
    assert hidden not in data.activities_in(2023, audience=Visibility.PUBLIC)


def test_groups_and_meeting_counts(example: Dataset) -> None:
    kinds = [a.kind for a in example.alliances]
    assert kinds.count(AllianceKind.REFERENCE_GROUP) == 3
    assert kinds.count(AllianceKind.ALLIANCE) == 4
    assert kinds.count(AllianceKind.NETWORK) == 1
    assert example.meeting_count("rod-knapp", audience=Visibility.PUBLIC) == 18
    assert example.meeting_count("samtykkealliansen", audience=Visibility.PUBLIC) is None
    assert example.recorded_meetings("fokus", 2023, audience=Visibility.BOARD) == 3


def test_projects_and_programmes(example: Dataset) -> None:
    kinds = [p.kind for p in example.projects]
    assert kinds.count(ProjectKind.PROJECT) == 7
    assert kinds.count(ProjectKind.PROGRAMME) == 2
    assert {p.name: p.amount for p in example.projects}["Sommeraksjonen"] == 2_783_973


def test_members_summary(example: Dataset) -> None:
    assert example.member_summary() == MemberSummary(total=20, public=11, non_profit=5, foundation=4, other=0)


def test_organisation(example: Dataset) -> None:
    agm = example.agm(2023)
    assert agm is not None
    assert agm.date.format() == "26.-27.4.2023"
    assert agm.where == "Scandic Lillestrøm"
    assert len(example.awards) == 2
    board = example.declared_statistics("styret", 2023)
    council = example.declared_statistics("fagetisk-rad", 2023)
    assert board is not None and (board.meetings, board.cases) == (6, 51)
    assert council is not None and (council.meetings, council.cases) == (2, 13)
    assert len(example.elections) == 3


def test_staff_figures_media_and_finances(example: Dataset) -> None:
    assert [s.person for s in example.staff_of(None, 2023)] == ["Ane Fossum", "Hege Mauroy"]
    assert len(example.staff_of("vo-linjen", 2023)) == 5
    assert len(example.staff_of("rosa", 2023)) == 6
    assert [s.person for s in example.staff_of("rosa", 2024)] == [
        "Silje Heitmann",
        "Leila Langdalen Sbai",
        "Maria Horsfjord",
    ]
    enquiries = {
        (f.channel.value if f.channel else None): f.value
        for f in example.figures_of("vo-linjen", 2023)
        if f.category is None
    }
    assert enquiries == {None: 4279, "phone": 2679, "chat": 1600}
    assert len(example.figures_of(None, 2023)) == 31  # 20, 5 media hits broken down, 6 of top posts
    assert len(example.media_in(2023)) == 10
    assert example.media_in(2022) == ()
    finances = example.finances_of(2023)
    assert finances is not None
    assert (finances.result, finances.auditor, finances.accountant_contact) == (
        -353_215,
        "RSM Norge AS",
        "Bente Bremnes",
    )
    assert example.finances_of(2022) is None


def test_get_and_records(example: Dataset) -> None:
    record = example.get("rosa")
    assert record is not None and record.id == "rosa"
    assert example.get("nope") is None
    assert sum(1 for _ in example.records()) == 264


def test_locations_point_at_the_files(example: Dataset) -> None:
    location = example.locations["2023-02-07-forum-jamstalldhet"]
    assert location.file.endswith("activities.toml")
    assert location.line is not None and location.line > 1


def test_an_audience_gets_no_reference_to_what_it_may_not_see() -> None:
    public = Body(id="styret", kind=BodyKind.BOARD, name="Styret")
    closed = Body(id="lukket", kind=BodyKind.OTHER, name="Lukket utvalg", visibility=Visibility.BOARD)
    member = Term(id="t-lukket", body="lukket", person="A", role=Role.MEMBER)
    deputy = Term(id="t-vara", body="lukket", person="B", role=Role.DEPUTY, deputy_for="t-lukket")
    crossing = Term(id="t-styret", body="styret", person="C", role=Role.DEPUTY, deputy_for="t-lukket")
    figures = Statistics(id="s-lukket", subject="lukket", year=2023, meetings=3)
    data = Dataset(
        settings=Settings(name="Org", year=2023),
        bodies=(public, closed),
        terms=(member, deputy, crossing),
        statistics=(figures,),
    )
    seen = data.visible_to(Visibility.PUBLIC)
    assert seen.bodies == (public,)
    assert seen.terms == (attrs.evolve(crossing, deputy_for=None),)
    assert seen.statistics == ()
    assert data.visible_to(Visibility.BOARD) is data
