"""Warnings: what a careful editor would want to see."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs

import kssgov
from kssgov import (
    Activity,
    ActivityKind,
    AgmBound,
    Alliance,
    AllianceKind,
    Body,
    BodyKind,
    Dataset,
    DateSpan,
    Role,
    Settings,
    Statistics,
    Term,
)
from kssgov.checks import warnings as lint
from kssgov.messages import Count

from ..conftest import EXAMPLE

SETTINGS = Settings(name="Org", year=2023)


def row(id: str, day: str, **kwargs: object) -> Activity:
    return Activity(id=id, date=DateSpan.parse(day), where="w", topic="t", **kwargs)  # type: ignore[arg-type]


def test_the_printed_table_shows_the_four_rows_printed_with_2022(as_printed: Path) -> None:
    warnings = kssgov.check(as_printed).warnings
    out_of_order = [p for p in warnings if p.code == "lint.out_of_order"]
    assert [(p.params["value"], p.params["suggestion"]) for p in out_of_order] == [
        ("16.8.2022", "16.8.2023"),
        ("26.10.2022", "26.10.2023"),
        ("9.11.2022", "9.11.2023"),
        ("10.11.2022", "10.11.2023"),
    ]
    assert all(Path(p.location.file).name == "activities.toml" for p in out_of_order)
    lines = [p.location.line for p in out_of_order]
    text = (as_printed / "activities.toml").read_text(encoding="utf-8").splitlines()
    assert [text[line - 1] for line in lines if line] == [
        "date = 2022-08-16  # printed 16.8.2022 between June and August 2023 rows",
        "date = 2022-10-26  # printed 26.10.2022 between October and November 2023 rows",
        "date = 2022-11-09  # printed 9.11.2022 between October and November 2023 rows",
        "date = 2022-11-10  # printed 10.11.2022 between October and November 2023 rows",
    ]
    fixes = [p.fix for p in out_of_order]
    assert [(f.record, f.field, f.shown) for f in fixes if f is not None] == [
        ("2022-08-16-rod-knapp-panelsamtale", "date", "16.8.2023"),
        ("2022-10-26-justiskomiteen-statsbudsjettet", "date", "26.10.2023"),
        ("2022-11-09-fokus-arbeidsgruppe", "date", "9.11.2023"),
        ("2022-11-10-kun-ldo-stalking", "date", "10.11.2023"),
    ]


def test_the_example_holds_the_true_dates_and_no_other_surprises() -> None:
    codes = sorted({p.code for p in kssgov.check(EXAMPLE).problems})
    assert codes == ["lint.meeting_count"]


def test_a_span_out_of_order_is_moved_whole() -> None:
    data = Dataset(
        settings=SETTINGS,
        activities=(
            row("a", "1.12.2023"),
            row("b", "5.12.2023"),
            row("c", "30.12.2022-2.1.2023"),
            row("d", "31.12.2023"),
        ),
    )
    (found,) = [p for p in lint(data) if p.code == "lint.out_of_order"]
    assert found.fix is not None
    assert found.fix.value == DateSpan.parse("30.12.2023-2.1.2024")
    assert found.fix.shown == "30.12.2023-2.1.2024"


def test_a_row_outside_the_year_in_its_place() -> None:
    data = Dataset(settings=SETTINGS, activities=(row("a", "1.1.2023"), row("b", "3.3.2024")))
    assert [p.code for p in lint(data)] == ["lint.outside_year"]


def test_out_of_order_without_a_good_guess() -> None:
    data = Dataset(
        settings=SETTINGS,
        activities=(row("a", "1.3.2023"), row("b", "2.3.2023"), row("c", "1.1.2023"), row("d", "3.3.2023")),
    )
    assert [p.code for p in lint(data)] == ["lint.out_of_order_no_guess"]


def test_declared_meetings_against_recorded_ones() -> None:
    alliance = Alliance(id="x", kind=AllianceKind.ALLIANCE, name="X")
    data = Dataset(
        settings=SETTINGS,
        alliances=(alliance,),
        statistics=(Statistics(id="s", subject="x", year=2023, meetings=3),),
        activities=(row("a", "1.2.2023", alliance="x"), row("b", "1.3.2023", alliance="x")),
    )
    problems = lint(data)
    assert [p.code for p in problems] == ["lint.meeting_count"]
    assert (problems[0].params["declared"], problems[0].params["recorded"]) == (Count("meeting", 3), 2)
    assert problems[0].message("en") == "X: 3 meetings declared for 2023, but 2 recorded"


def test_a_body_without_a_chair() -> None:
    body = Body(id="b", kind=BodyKind.BOARD, name="Styret")
    member = Term(id="m", body="b", person="P", role=Role.MEMBER)
    chair = Term(id="c", body="b", person="P", role=Role.CHAIR, start=dt.date(2023, 3, 1))
    data = Dataset(settings=SETTINGS, bodies=(body,), terms=(member, chair))
    problems = lint(data)
    assert [(p.code, p.params["date"]) for p in problems] == [("lint.no_chair", "1.1.2023")]
    assert lint(data, as_of=dt.date(2023, 6, 1)) == []
    no_chair_expected = Body(id="b", kind=BodyKind.NOMINATION_COMMITTEE, name="Valgkomiteen", has_chair=False)
    assert lint(Dataset(settings=SETTINGS, bodies=(no_chair_expected,), terms=(member,))) == []


def test_a_term_bound_to_an_annual_meeting_that_should_be_recorded() -> None:
    body = Body(id="b", kind=BodyKind.BOARD, name="Styret", has_chair=False)
    past = Term(id="m", body="b", person="P", role=Role.MEMBER, end=AgmBound(2023))
    future = Term(id="n", body="b", person="Q", role=Role.MEMBER, end=AgmBound(2025))
    problems = lint(Dataset(settings=SETTINGS, bodies=(body,), terms=(past, future)))
    assert [(p.code, p.params["value"]) for p in problems] == [("lint.agm_unrecorded", 2023)]


def test_local_times_that_do_not_exist_or_happen_twice() -> None:
    data = Dataset(
        settings=SETTINGS,
        activities=(
            row("gap", "31.3.2024 kl. 02.30-03.30"),
            row("fold", "27.10.2024 kl. 02.15-04.00"),
            row("plain", "12.3.2024 kl. 10.00-12.00"),
        ),
    )
    found = [(p.code, p.params["value"]) for p in lint(data) if p.code.startswith("lint.time")]
    assert found == [("lint.time_gap", "31.3.2024 kl. 02.30"), ("lint.time_fold", "27.10.2024 kl. 02.15")]
    gap = next(p for p in lint(data) if p.code == "lint.time_gap")
    assert gap.message("nb") == "31.3.2024 kl. 02.30 finnes ikke i Europe/Oslo: klokka stilles fram den natta"


def test_a_figure_recorded_twice() -> None:
    from kssgov import Channel, Figure, Finances, Measure

    first = Figure(id="a", year=2023, channel=Channel.FACEBOOK, measure=Measure.FOLLOWERS, value=6900)
    other_year = attrs.evolve(first, id="b", year=2022)
    again = attrs.evolve(first, id="c", value=7000)
    data = Dataset(
        settings=SETTINGS,
        figures=(first, other_year, again),
        finances=(Finances(id="f1", year=2023), Finances(id="f2", year=2023, result=-1)),
    )
    found = [(p.location.line, p.params["value"], p.params["first"]) for p in lint(data)]
    assert found == [(3, "c", "a"), (2, "f2", "f1")]


def test_a_consultation_deadline_outside_the_year_is_named_with_its_date() -> None:
    from kssgov import Consultation

    hearing = Consultation(id="h", issuer="Departementet", title="Høring", deadline=dt.date(2024, 1, 15))
    in_year = attrs.evolve(hearing, id="i", deadline=dt.date(2023, 12, 31))
    (found,) = lint(Dataset(settings=SETTINGS, consultations=(hearing, in_year)))
    assert (found.code, found.location.line, found.location.field) == ("lint.outside_year", 1, "deadline")
    assert found.params == {"value": "15.1.2024", "year": 2023}


def test_the_out_of_order_warning_names_both_neighbours() -> None:
    data = Dataset(
        settings=SETTINGS,
        activities=(row("a", "1.3.2023"), row("b", "2.3.2023"), row("c", "5.3.2022"), row("d", "9.3.2023")),
    )
    (found,) = lint(data)
    assert found.params == {
        "value": "5.3.2022",
        "before": "2.3.2023",
        "after": "9.3.2023",
        "suggestion": "5.3.2023",
    }
    assert found.location.line == 3


def test_the_likely_date_keeps_equal_days_and_skips_29_february() -> None:
    equal = Dataset(
        settings=SETTINGS,
        activities=(row("a", "1.3.2023"), row("b", "2.3.2023"), row("c", "2.3.2022"), row("d", "2.3.2023")),
    )
    assert [p.params["suggestion"] for p in lint(equal)] == ["2.3.2023"]
    leap = Dataset(
        settings=Settings(name="Org", year=2024),
        activities=(row("a", "1.2.2023"), row("b", "29.2.2024"), row("c", "3.3.2023")),
    )
    assert [p.code for p in lint(leap) if p.code.startswith("lint.out_of_order")] == [
        "lint.out_of_order_no_guess"
    ]


def test_a_declared_count_is_compared_only_when_meetings_are_recorded() -> None:
    alliance = Alliance(id="x", kind=AllianceKind.ALLIANCE, name="X")
    meeting = row("m", "1.5.2023", kind=ActivityKind.MEETING, alliance="x")
    declared = Statistics(id="s", subject="x", year=2023, meetings=2)
    assert lint(Dataset(settings=SETTINGS, alliances=(alliance,), statistics=(declared,))) == []
    found = lint(
        Dataset(settings=SETTINGS, alliances=(alliance,), statistics=(declared,), activities=(meeting,))
    )
    assert [(p.code, p.params["recorded"]) for p in found] == [("lint.meeting_count", 1)]
    agreeing = attrs.evolve(declared, meetings=1)
    assert (
        lint(Dataset(settings=SETTINGS, alliances=(alliance,), statistics=(agreeing,), activities=(meeting,)))
        == []
    )


def test_only_the_body_without_a_chair_is_named() -> None:
    bodies = (
        Body(id="a", kind=BodyKind.BOARD, name="Styret"),
        Body(id="b", kind=BodyKind.OTHER, name="Rådet"),
    )
    terms = (
        Term(id="a1", body="a", person="P", role=Role.MEMBER),
        Term(id="a2", body="a", person="P", role=Role.CHAIR),
        Term(id="b1", body="b", person="Q", role=Role.MEMBER),
    )
    found = lint(Dataset(settings=SETTINGS, bodies=bodies, terms=terms))
    assert [(p.code, p.params["name"], p.location.line) for p in found] == [("lint.no_chair", "Rådet", 2)]
