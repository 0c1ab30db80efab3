"""Checks that find what a careful editor would want to look at: each finding is a warning.

A dated record outside the report year; a record out of date order with its
neighbours in the file (naming the date that was likely meant); a declared
meeting count that disagrees with the recorded meetings; a body without a
chair; a term bound to an annual meeting that should be recorded but is not; an
election at an annual meeting that was cancelled;
a record that refers to one only a narrower audience may see; a local time
that does not exist, or happens twice, when the clocks change; a figure of a
year recorded twice.
Missing ids are reported by the reader, which is where they are noticed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import typing
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import Final

import attrs

from ..exceptions import InvalidValueError
from ..messages import Count, Label
from ..model import (
    RECORD_TYPES,
    Activity,
    AgmBound,
    Dataset,
    DateSpan,
    Status,
    Visibility,
    format_date,
    zone,
)
from ..model.governance import change_days
from ..model.records import reference_fields
from ..problems import Fix, Problem
from ._where import Where, nowhere, warning


def warnings(dataset: Dataset, where: Where = nowhere, as_of: dt.date | None = None) -> list[Problem]:
    """Every warning for *dataset*; *as_of* checks the bodies on that day only.

    A row flagged as out of order is not flagged again as outside the year.
    """
    found = [problem for check in CHECKS for problem in check(dataset, where, as_of)]
    out_of_order = {p.location for p in found if p.code.startswith("lint.out_of_order")}
    return [p for p in found if not (p.code == "lint.outside_year" and p.location in out_of_order)]


def _outside_year(dataset: Dataset, where: Where, as_of: dt.date | None) -> Iterator[Problem]:
    year = dataset.settings.year
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    for index, activity in enumerate(dataset.activities):
        if not activity.date.overlaps(first, last):
            yield warning(
                where("activity", index, "date"), "lint.outside_year", value=activity.date.format(), year=year
            )
    for index, consultation in enumerate(dataset.consultations):
        if consultation.deadline is not None and consultation.deadline.year != year:
            yield warning(
                where("consultation", index, "deadline"),
                "lint.outside_year",
                value=format_date(consultation.deadline),
                year=year,
            )


def _out_of_order(dataset: Dataset, where: Where, as_of: dt.date | None) -> Iterator[Problem]:
    """Rows outside the longest date-ordered run of their file, with the likely intended date."""
    by_file: dict[str, list[tuple[int, Activity]]] = defaultdict(list)
    for index, activity in enumerate(dataset.activities):
        by_file[where("activity", index, None).file].append((index, activity))
    for rows in by_file.values():
        keys = [activity.date.start for _, activity in rows]
        kept = _longest_ordered(keys)
        kept_positions = sorted(kept)
        for position, (index, activity) in enumerate(rows):
            if position in kept:
                continue
            at = bisect.bisect_left(kept_positions, position)
            before = keys[kept_positions[at - 1]] if at > 0 else None
            after = keys[kept_positions[at]] if at < len(kept_positions) else None
            suggestion = _likely_date(keys[position], before, after)
            params = {
                "value": activity.date.format(),
                "before": format_date(before) if before else "-",
                "after": format_date(after) if after else "-",
            }
            location = where("activity", index, "date")
            if suggestion is None:
                yield warning(location, "lint.out_of_order_no_guess", **params)
            else:
                found = warning(location, "lint.out_of_order", suggestion=format_date(suggestion), **params)
                yield attrs.evolve(found, fix=_redated(activity, suggestion))


def _redated(activity: Activity, start: dt.date) -> Fix | None:
    """The change that moves *activity* to begin on *start*, a span keeping its length; None if none can."""
    span = activity.date
    try:
        moved = attrs.evolve(span, start=start, end=start + (span.end - span.start))
    except InvalidValueError:
        return None
    return Fix(activity.id, "date", moved, moved.format())


def _longest_ordered(keys: Sequence[dt.date]) -> set[int]:
    """Positions of a longest non-decreasing subsequence of *keys* (patience sorting)."""
    tails: list[dt.date] = []
    tail_positions: list[int] = []
    previous: list[int] = [-1] * len(keys)
    for position, key in enumerate(keys):
        slot = bisect.bisect_right(tails, key)
        if slot == len(tails):
            tails.append(key)
            tail_positions.append(position)
        else:
            tails[slot] = key
            tail_positions[slot] = position
        previous[position] = tail_positions[slot - 1] if slot > 0 else -1
    kept: set[int] = set()
    position = tail_positions[-1] if tail_positions else -1
    while position != -1:
        kept.add(position)
        position = previous[position]
    return kept


def _likely_date(day: dt.date, before: dt.date | None, after: dt.date | None) -> dt.date | None:
    """The same day and month in a neighbour's year, if that fits between the neighbours."""
    for year in sorted({d.year for d in (before, after) if d is not None}):
        try:
            candidate = day.replace(year=year)
        except ValueError:
            continue
        if (before is None or before <= candidate) and (after is None or candidate <= after):
            return candidate
    return None


def _meeting_counts(dataset: Dataset, where: Where, as_of: dt.date | None) -> Iterator[Problem]:
    alliances = {a.id: a for a in dataset.alliances}
    for index, figures in enumerate(dataset.statistics):
        alliance = alliances.get(figures.subject)
        if alliance is None or figures.meetings is None:
            continue
        recorded = dataset.recorded_meetings(alliance.id, figures.year, audience=Visibility.BOARD)
        if recorded and recorded != figures.meetings:
            yield warning(
                where("statistics", index, "meetings"),
                "lint.meeting_count",
                name=alliance.name,
                declared=Count("meeting", figures.meetings),
                recorded=recorded,
                year=figures.year,
                value=alliance.id,
            )


def _chairless_bodies(dataset: Dataset, where: Where, as_of: dt.date | None) -> Iterator[Problem]:
    year = dataset.settings.year
    agms = dataset.agm_dates
    for index, body in enumerate(dataset.bodies):
        terms = dataset.terms_of(body.id)
        if not body.has_chair or not terms:
            continue
        if as_of is not None:
            days = [as_of]
        else:
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
            days = [first] + [d for d in change_days(terms, agms) if first < d <= last]
        for day in days:
            roster = dataset.roster(body, day)
            if roster.seats and roster.chair is None:
                yield warning(
                    where("body", index, None), "lint.no_chair", name=body.name, date=format_date(day)
                )
                break


def _unrecorded_agms(dataset: Dataset, where: Where, as_of: dt.date | None) -> Iterator[Problem]:
    """Terms bound to an annual meeting that should have been held, of the report's year or earlier
    (or of the ``--as-of`` day's year): their own bounds, and the end their body's term length gives."""
    recorded = dataset.agm_dates
    latest = dataset.settings.year if as_of is None else max(dataset.settings.year, as_of.year)
    for index, (term, in_force) in enumerate(zip(dataset.terms, dataset.terms_in_force, strict=True)):
        for field in ("start", "end"):
            bound = getattr(in_force, field)
            if isinstance(bound, AgmBound) and bound.agm <= latest and bound.agm not in recorded:
                if getattr(term, field) is None:
                    yield warning(
                        where("term", index, "start"),
                        "lint.agm_unrecorded_end",
                        value=bound.agm,
                        person=term.person,
                    )
                else:
                    yield warning(where("term", index, field), "lint.agm_unrecorded", value=bound.agm)


def _elections_at_cancelled_agms(dataset: Dataset, where: Where, as_of: dt.date | None) -> Iterator[Problem]:
    """An election recorded for an annual meeting that was called off: its report still lists it."""
    cancelled = {m.id: m.year for m in dataset.agms if m.status is Status.CANCELLED}
    for index, election in enumerate(dataset.elections):
        if election.agm in cancelled:
            yield warning(
                where("election", index, "agm"),
                "lint.election_at_cancelled_agm",
                value=election.agm,
                year=cancelled[election.agm],
            )


def _narrower_references(dataset: Dataset, where: Where, as_of: dt.date | None) -> Iterator[Problem]:
    """A record that refers to one a narrower audience sees: wider documents leave the reference out."""
    visibility = {record.id: record.visibility for _, record in dataset.records()}
    for table, kind in RECORD_TYPES.items():
        fields = reference_fields(kind.cls)
        if not fields:
            continue
        for index, record in enumerate(getattr(dataset, kind.attribute)):
            for field in fields:
                target = getattr(record, field)
                other = visibility.get(target) if isinstance(target, str) else None
                if other is not None and other.rank > record.visibility.rank:
                    yield warning(
                        where(table, index, field),
                        "ref.narrower",
                        value=target,
                        visibility=Label(record.visibility),
                        other=Label(other),
                    )


def _clock_changes(dataset: Dataset, where: Where, as_of: dt.date | None) -> Iterator[Problem]:
    """Local times that do not exist (spring forward) or happen twice (autumn back) in their zone."""
    for table, kind in RECORD_TYPES.items():
        names = _span_fields(table)
        if not names:
            continue
        for index, record in enumerate(getattr(dataset, kind.attribute)):
            for name in names:
                span = getattr(record, name)
                if not (isinstance(span, DateSpan) and span.is_timed):
                    continue
                for day, time in ((span.start, span.start_time), (span.end, span.end_time)):
                    assert time is not None
                    code = _clock_problem(dt.datetime.combine(day, time), span.timezone)
                    if code is not None:
                        shown = f"{format_date(day)} kl. {time:%H.%M}"
                        yield warning(where(table, index, name), code, value=shown, zone=span.timezone)


@functools.cache
def _span_fields(table: str) -> tuple[str, ...]:
    """The fields of the records of *table* that may hold a :class:`DateSpan`."""
    cls = RECORD_TYPES[table].cls
    hints = typing.get_type_hints(cls)
    return tuple(
        field.name
        for field in attrs.fields(cls)
        if hints[field.name] is DateSpan or DateSpan in typing.get_args(hints[field.name])
    )


def _clock_problem(local: dt.datetime, timezone: str) -> str | None:
    tz = zone(timezone)
    first, second = local.replace(tzinfo=tz, fold=0), local.replace(tzinfo=tz, fold=1)
    if first.utcoffset() == second.utcoffset():
        return None
    round_trip = first.astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None)
    return "lint.time_gap" if round_trip != local else "lint.time_fold"


def _repeated_figures(dataset: Dataset, where: Where, as_of: dt.date | None) -> Iterator[Problem]:
    """A figure or a year's finances recorded twice: the report would print both, or the wrong one."""
    seen: dict[tuple[object, ...], str] = {}
    for index, item in enumerate(dataset.figures):
        key: tuple[object, ...] = (
            "figure",
            item.year,
            item.measure,
            item.channel,
            item.unit,
            item.group,
            item.category,
            item.share_of,
        )
        if key in seen:
            yield warning(
                where("figure", index, "value"), "lint.figure_twice", value=item.id, first=seen[key]
            )
        seen.setdefault(key, item.id)
    for index, finances in enumerate(dataset.finances):
        key = ("finances", finances.year)
        if key in seen:
            yield warning(
                where("finances", index, "year"), "lint.figure_twice", value=finances.id, first=seen[key]
            )
        seen.setdefault(key, finances.id)


CHECKS: Final[tuple[Callable[[Dataset, Where, dt.date | None], Iterator[Problem]], ...]] = (
    _out_of_order,
    _outside_year,
    _meeting_counts,
    _chairless_bodies,
    _unrecorded_agms,
    _elections_at_cancelled_agms,
    _narrower_references,
    _clock_changes,
    _repeated_figures,
)
