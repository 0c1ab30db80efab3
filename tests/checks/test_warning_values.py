"""Each warning's place, fields and values, at the edges where a careless change would go wrong."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from kssgov import (
    Activity,
    ActivityKind,
    AgmBound,
    Alliance,
    AllianceKind,
    AnnualMeeting,
    Body,
    BodyKind,
    Channel,
    Dataset,
    DateSpan,
    Election,
    Figure,
    Finances,
    Measure,
    Role,
    Settings,
    Statistics,
    Status,
    Term,
    Visibility,
)
from kssgov.checks import warnings as lint
from kssgov.checks.warnings import _longest_ordered
from kssgov.messages import Count, Label

from .test_warnings import SETTINGS, row

NEW_YORK = "America/New_York"


Found = list[tuple[str, str, str | None, dict[str, object]]]


def found(data: Dataset, as_of: dt.date | None = None) -> Found:
    """Each warning as (code, table and record number as ``<table>:N``, field, values)."""
    return [(p.code, str(p.location), p.location.field, dict(p.params)) for p in lint(data, as_of=as_of)]


# -- outside the year --------------------------------------------------------------------------


def test_the_first_and_last_days_of_the_year_are_inside_it() -> None:
    data = Dataset(
        settings=SETTINGS,
        activities=(
            row("a", "31.12.2022"),
            row("b", "1.1.2023"),
            row("c", "31.12.2023"),
            row("d", "1.1.2024"),
        ),
    )
    assert found(data) == [
        ("lint.outside_year", "<activity>:1", "date", {"value": "31.12.2022", "year": 2023}),
        ("lint.outside_year", "<activity>:4", "date", {"value": "1.1.2024", "year": 2023}),
    ]


def test_a_span_across_new_year_belongs_to_both_years() -> None:
    data = Dataset(
        settings=SETTINGS, activities=(row("a", "30.12.2022-2.1.2023"), row("b", "30.12.2023-2.1.2024"))
    )
    assert found(data) == []


# -- out of order --------------------------------------------------------------------------------


def test_a_first_row_out_of_order_has_no_row_before_it() -> None:
    data = Dataset(
        settings=SETTINGS, activities=(row("a", "9.3.2024"), row("b", "1.3.2023"), row("c", "2.3.2023"))
    )
    assert found(data) == [
        (
            "lint.out_of_order_no_guess",
            "<activity>:1",
            "date",
            {"value": "9.3.2024", "before": "-", "after": "1.3.2023"},
        )
    ]


def test_a_last_row_out_of_order_has_no_row_after_it() -> None:
    data = Dataset(
        settings=SETTINGS, activities=(row("a", "1.3.2023"), row("b", "2.3.2023"), row("c", "5.3.2022"))
    )
    ((code, line, field, values),) = found(data)
    assert (code, line, field) == ("lint.out_of_order", "<activity>:3", "date")
    assert values == {"value": "5.3.2022", "before": "2.3.2023", "after": "-", "suggestion": "5.3.2023"}
    (problem,) = lint(data)
    assert problem.fix is not None
    assert (problem.fix.record, problem.fix.field, problem.fix.shown) == ("c", "date", "5.3.2023")


def test_rows_on_the_same_day_are_in_order() -> None:
    data = Dataset(
        settings=SETTINGS,
        activities=(row("a", "1.3.2023"), row("b", "1.3.2023"), row("c", "1.3.2023"), row("d", "2.3.2023")),
    )
    assert found(data) == []


def test_the_likely_date_is_in_the_earlier_neighbours_year_when_both_fit() -> None:
    data = Dataset(
        settings=Settings(name="Org", year=2023),
        activities=(
            row("a", "1.12.2022"),
            row("b", "20.12.2022"),
            row("c", "25.12.2021"),
            row("d", "10.1.2024"),
        ),
    )
    ordering = [(code, values) for code, _, _, values in found(data) if code.startswith("lint.out_of_order")]
    assert [(code, values["suggestion"]) for code, values in ordering] == [
        ("lint.out_of_order", "25.12.2022")
    ]


def _longest_non_decreasing(days: list[int]) -> int:
    best = [1] * len(days)
    for later in range(len(days)):
        for earlier in range(later):
            if days[earlier] <= days[later]:
                best[later] = max(best[later], best[earlier] + 1)
    return max(best, default=0)


@given(st.lists(st.integers(min_value=1, max_value=28), max_size=12))
def test_the_rows_kept_in_order_are_a_longest_ordered_run(days: list[int]) -> None:
    data = Dataset(
        settings=SETTINGS,
        activities=tuple(row(f"r{i}", f"{day}.3.2023") for i, day in enumerate(days)),
    )
    flagged = {p.location.line for p in lint(data) if p.code.startswith("lint.out_of_order")}
    kept = [day for number, day in enumerate(days, start=1) if number not in flagged]
    assert kept == sorted(kept)
    assert len(kept) == _longest_non_decreasing(days)


# -- meeting counts ------------------------------------------------------------------------------


def test_a_meeting_count_names_the_alliance_its_year_and_both_counts() -> None:
    alliance = Alliance(id="fokus", kind=AllianceKind.NETWORK, name="FOKUS")
    data = Dataset(
        settings=SETTINGS,
        alliances=(alliance,),
        statistics=(
            Statistics(id="s22", subject="fokus", year=2022, meetings=1),
            Statistics(id="s23", subject="fokus", year=2023, meetings=5),
            Statistics(id="other", subject="not-an-alliance", year=2023, meetings=5),
        ),
        activities=(
            row("a", "1.2.2023", kind=ActivityKind.MEETING, alliance="fokus"),
            row("b", "1.3.2023", kind=ActivityKind.MEETING, alliance="fokus", visibility=Visibility.BOARD),
        ),
    )
    assert found(data) == [
        (
            "lint.meeting_count",
            "<statistics>:2",
            "meetings",
            {"name": "FOKUS", "declared": Count("meeting", 5), "recorded": 2, "year": 2023, "value": "fokus"},
        )
    ]


# -- bodies without a chair ---------------------------------------------------------------------------


BOARD = Body(id="b", kind=BodyKind.BOARD, name="Styret")
MEMBER = Term(id="m", body="b", person="P", role=Role.MEMBER)


def test_a_chair_leaving_mid_year_is_missed_from_that_day_once() -> None:
    chair = Term(id="c", body="b", person="Q", role=Role.CHAIR, end=dt.date(2023, 6, 30))
    later = Term(id="c2", body="b", person="R", role=Role.CHAIR, start=dt.date(2023, 9, 1))
    data = Dataset(settings=SETTINGS, bodies=(BOARD,), terms=(MEMBER, chair, later))
    assert found(data) == [("lint.no_chair", "<body>:1", None, {"name": "Styret", "date": "30.6.2023"})]
    assert found(data, as_of=dt.date(2023, 8, 1)) == [
        ("lint.no_chair", "<body>:1", None, {"name": "Styret", "date": "1.8.2023"})
    ]
    assert found(data, as_of=dt.date(2023, 9, 1)) == []
    assert found(data, as_of=dt.date(2023, 6, 29)) == []


def test_a_chair_missed_only_after_the_year_is_not_warned_of() -> None:
    chair = Term(id="c", body="b", person="Q", role=Role.CHAIR, end=dt.date(2024, 3, 1))
    assert found(Dataset(settings=SETTINGS, bodies=(BOARD,), terms=(MEMBER, chair))) == []


def test_a_body_whose_seats_are_all_still_to_come_is_not_warned_of() -> None:
    future = Term(id="f", body="b", person="P", role=Role.MEMBER, start=dt.date(2024, 1, 1))
    assert found(Dataset(settings=SETTINGS, bodies=(BOARD,), terms=(future,))) == []


# -- annual meetings that should be recorded ----------------------------------------------------------


def test_a_terms_start_and_end_at_unrecorded_meetings_are_both_named() -> None:
    body = attrs.evolve(BOARD, has_chair=False)
    term = Term(id="t", body="b", person="P", role=Role.MEMBER, start=AgmBound(2022), end=AgmBound(2024))
    recorded = AnnualMeeting(id="agm-2022", year=2022, date=DateSpan.parse("20.4.2022"))
    assert found(Dataset(settings=SETTINGS, bodies=(body,), terms=(term,))) == [
        ("lint.agm_unrecorded", "<term>:1", "start", {"value": 2022})
    ]
    assert found(Dataset(settings=SETTINGS, bodies=(body,), terms=(term,), agms=(recorded,))) == []
    ended = attrs.evolve(term, start=AgmBound(2021), end=AgmBound(2022))
    assert [(c, f) for c, _, f, _ in found(Dataset(settings=SETTINGS, bodies=(body,), terms=(ended,)))] == [
        ("lint.agm_unrecorded", "start"),
        ("lint.agm_unrecorded", "end"),
    ]


def test_an_end_given_by_the_term_length_at_an_unrecorded_meeting_is_named_with_its_person() -> None:
    body = attrs.evolve(BOARD, has_chair=False, term_years=2)
    elected = AnnualMeeting(id="agm-2021", year=2021, date=DateSpan.parse("20.4.2021"))
    term = Term(id="t", body="b", person="Kari", role=Role.MEMBER, start=AgmBound(2021))
    data = Dataset(settings=SETTINGS, bodies=(body,), terms=(term,), agms=(elected,))
    expected = ("lint.agm_unrecorded_end", "<term>:1", "start", {"value": 2023, "person": "Kari"})
    assert found(data) == [expected]
    later = attrs.evolve(term, start=AgmBound(2023))
    recorded = AnnualMeeting(id="agm-2023", year=2023, date=DateSpan.parse("20.4.2023"))
    unsure = Dataset(settings=SETTINGS, bodies=(body,), terms=(later,), agms=(recorded,))
    assert found(unsure) == []
    assert found(unsure, as_of=dt.date(2025, 6, 1)) == [
        ("lint.agm_unrecorded_end", "<term>:1", "start", {"value": 2025, "person": "Kari"})
    ]
    assert found(unsure, as_of=dt.date(2024, 6, 1)) == []
    own_end = attrs.evolve(later, end=AgmBound(2024))
    assert found(attrs.evolve(unsure, terms=(own_end,)), as_of=dt.date(2024, 6, 1)) == [
        ("lint.agm_unrecorded", "<term>:1", "end", {"value": 2024})
    ]


def test_an_election_at_a_cancelled_annual_meeting_is_named_with_its_meeting() -> None:
    meetings = (
        AnnualMeeting(id="agm-2022", year=2022, date=DateSpan.parse("20.4.2022")),
        AnnualMeeting(id="agm-2023", year=2023, date=DateSpan.parse("19.4.2023"), status=Status.CANCELLED),
        AnnualMeeting(id="agm-2024", year=2024, date=DateSpan.parse("17.4.2024"), status=Status.PLANNED),
    )
    elections = tuple(
        Election(id=f"e{n}", agm=m.id, body="b", elected=("P",)) for n, m in enumerate(meetings)
    )
    data = Dataset(
        settings=SETTINGS, bodies=(attrs.evolve(BOARD, has_chair=False),), agms=meetings, elections=elections
    )
    problems = lint(data)
    assert found(data) == [
        ("lint.election_at_cancelled_agm", "<election>:2", "agm", {"value": "agm-2023", "year": 2023})
    ]
    assert (
        problems[0].message("nb")
        == "årsmøtet 'agm-2023' i 2023 ble avlyst, men dette valget er registrert på det"
    )


# -- references to narrower records ------------------------------------------------------------------


def test_a_reference_to_a_narrower_record_names_both_audiences() -> None:
    alliances = (
        Alliance(id="open", kind=AllianceKind.NETWORK, name="Open"),
        Alliance(id="members", kind=AllianceKind.NETWORK, name="M", visibility=Visibility.MEMBERS),
        Alliance(id="board", kind=AllianceKind.NETWORK, name="B", visibility=Visibility.BOARD),
    )
    data = Dataset(
        settings=SETTINGS,
        alliances=alliances,
        activities=(
            row("a", "1.2.2023", alliance="open"),
            row("b", "2.2.2023", alliance="members"),
            row("c", "3.2.2023", alliance="board", visibility=Visibility.MEMBERS),
            row("d", "4.2.2023", alliance="members", visibility=Visibility.MEMBERS),
            row("e", "5.2.2023", alliance="open", visibility=Visibility.BOARD),
            row("f", "6.2.2023", alliance="unknown"),
        ),
    )
    assert found(data) == [
        (
            "ref.narrower",
            "<activity>:2",
            "alliance",
            {"value": "members", "visibility": Label(Visibility.PUBLIC), "other": Label(Visibility.MEMBERS)},
        ),
        (
            "ref.narrower",
            "<activity>:3",
            "alliance",
            {"value": "board", "visibility": Label(Visibility.MEMBERS), "other": Label(Visibility.BOARD)},
        ),
    ]


# -- clock changes -------------------------------------------------------------------------------------


def test_an_end_in_the_spring_gap_is_named_with_its_zone() -> None:
    data = Dataset(
        settings=SETTINGS,
        activities=(
            row("a", "31.3.2023 kl. 22.00-23.00"),
            row("b", "26.3.2023 kl. 01.00-02.30"),
            Activity(
                id="c",
                date=DateSpan.timed(
                    dt.datetime(2023, 11, 5, 1, 30), dt.datetime(2023, 11, 5, 2, 0), "America/New_York"
                ),
                where="w",
                topic="t",
            ),
        ),
    )
    assert [(c, line, f, v) for c, line, f, v in found(data) if c.startswith("lint.time")] == [
        ("lint.time_gap", "<activity>:2", "date", {"value": "26.3.2023 kl. 02.30", "zone": "Europe/Oslo"}),
        (
            "lint.time_fold",
            "<activity>:3",
            "date",
            {"value": "5.11.2023 kl. 01.30", "zone": "America/New_York"},
        ),
    ]


# -- figures recorded twice ------------------------------------------------------------------------


def test_figures_differing_in_channel_unit_or_year_are_not_the_same_figure() -> None:
    first = Figure(id="a", year=2023, channel=Channel.FACEBOOK, measure=Measure.FOLLOWERS, value=6900)
    data = Dataset(
        settings=SETTINGS,
        figures=(
            first,
            attrs.evolve(first, id="b", channel=Channel.INSTAGRAM),
            attrs.evolve(first, id="c", year=2022),
            attrs.evolve(first, id="d", measure=Measure.POSTS),
            attrs.evolve(first, id="e", value=7000),
            attrs.evolve(first, id="f", value=7100),
        ),
        finances=(Finances(id="f2022", year=2022), Finances(id="f2023", year=2023)),
    )
    assert found(data) == [
        ("lint.figure_twice", "<figure>:5", "value", {"value": "e", "first": "a"}),
        ("lint.figure_twice", "<figure>:6", "value", {"value": "f", "first": "a"}),
    ]


def test_finances_recorded_twice_name_the_first() -> None:
    data = Dataset(
        settings=SETTINGS,
        finances=(Finances(id="x", year=2023), Finances(id="y", year=2023), Finances(id="z", year=2023)),
    )
    assert found(data) == [
        ("lint.figure_twice", "<finances>:2", "year", {"value": "y", "first": "x"}),
        ("lint.figure_twice", "<finances>:3", "year", {"value": "z", "first": "x"}),
    ]


# -- more edges, each found by a change to the code that no test noticed --------------------------


def test_a_deadline_outside_the_year_is_placed_among_the_consultations() -> None:
    from kssgov import Consultation

    hearing = Consultation(id="h", issuer="D", title="T", deadline=dt.date(2022, 12, 31))
    assert found(Dataset(settings=SETTINGS, consultations=(hearing,))) == [
        ("lint.outside_year", "<consultation>:1", "deadline", {"value": "31.12.2022", "year": 2023})
    ]


def test_the_row_before_is_named_when_only_one_row_stands_before() -> None:
    data = Dataset(
        settings=SETTINGS,
        activities=(row("a", "1.3.2023"), row("b", "4.3.2024"), row("c", "5.3.2023"), row("d", "9.3.2023")),
    )
    assert found(data) == [
        (
            "lint.out_of_order",
            "<activity>:2",
            "date",
            {"value": "4.3.2024", "before": "1.3.2023", "after": "5.3.2023", "suggestion": "4.3.2023"},
        )
    ]


def test_no_date_is_guessed_that_would_fall_after_the_next_row() -> None:
    data = Dataset(
        settings=SETTINGS,
        activities=(row("a", "1.3.2023"), row("b", "2.3.2023"), row("c", "5.3.2022"), row("d", "4.3.2023")),
    )
    assert [c for c, _, _, _ in found(data)] == ["lint.out_of_order_no_guess"]


def test_29_february_is_guessed_in_the_next_neighbours_leap_year() -> None:
    data = Dataset(
        settings=Settings(name="Org", year=2024),
        activities=(
            row("a", "1.1.2023"),
            row("b", "1.2.2023"),
            row("c", "29.2.2020"),
            row("d", "1.3.2024"),
            row("e", "1.4.2024"),
        ),
    )
    guesses = [v.get("suggestion") for c, _, _, v in found(data) if c.startswith("lint.out_of_order")]
    assert guesses == ["29.2.2024"]


def test_no_rows_keep_no_order() -> None:
    assert _longest_ordered([]) == set()


def test_every_body_without_a_chair_is_named_after_one_that_needs_none() -> None:
    committee = Body(id="v", kind=BodyKind.NOMINATION_COMMITTEE, name="Valgkomiteen", has_chair=False)
    council = Body(id="r", kind=BodyKind.ETHICS_COUNCIL, name="Rådet")
    terms = (
        Term(id="v1", body="v", person="A", role=Role.MEMBER),
        MEMBER,
        Term(id="r1", body="r", person="B", role=Role.MEMBER),
    )
    data = Dataset(settings=SETTINGS, bodies=(committee, BOARD, council), terms=terms)
    assert [(c, where, v["name"]) for c, where, _, v in found(data)] == [
        ("lint.no_chair", "<body>:2", "Styret"),
        ("lint.no_chair", "<body>:3", "Rådet"),
    ]


def test_a_chair_leaving_on_new_years_eve_is_missed_that_day() -> None:
    chair = Term(id="c", body="b", person="Q", role=Role.CHAIR, end=dt.date(2023, 12, 31))
    assert found(Dataset(settings=SETTINGS, bodies=(BOARD,), terms=(MEMBER, chair))) == [
        ("lint.no_chair", "<body>:1", None, {"name": "Styret", "date": "31.12.2023"})
    ]


def test_a_term_refering_to_a_narrower_body_is_warned_of() -> None:
    hidden = attrs.evolve(BOARD, has_chair=False, visibility=Visibility.BOARD)
    data = Dataset(settings=SETTINGS, bodies=(hidden,), terms=(MEMBER,))
    assert [(c, where, f) for c, where, f, _ in found(data)] == [("ref.narrower", "<term>:1", "body")]


def test_an_annual_meeting_in_the_spring_gap_is_warned_of() -> None:
    agm = AnnualMeeting(id="agm", year=2023, date=DateSpan.parse("26.3.2023 kl. 02.30-04.00"))
    assert found(Dataset(settings=SETTINGS, agms=(agm,))) == [
        ("lint.time_gap", "<agm>:1", "date", {"value": "26.3.2023 kl. 02.30", "zone": "Europe/Oslo"})
    ]
