"""Checks across records that make a dataset wrong: each finding is an error.

Duplicate ids, references to ids that do not exist, terms that end before
they start, and two people in one seat at once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from .dataset import RECORD_TYPES, Dataset
from .governance import Interval, Term, interval, resolve
from .problems import Location, Problem, Severity
from .vocabulary import Role

#: Where a record (table name, index in the dataset's tuple) or one of its fields stands.
Where = Callable[[str, int, "str | None"], Location]


def nowhere(table: str, index: int, field: str | None) -> Location:
    """Locations for records built in Python, which have no file: ``<activity>:3`` is the third."""
    return Location(f"<{table}>", index + 1, field)


def validate(dataset: Dataset, where: Where = nowhere) -> list[Problem]:
    """Every cross-record error in *dataset*."""
    problems: list[Problem] = []
    problems.extend(_duplicate_ids(dataset, where))
    problems.extend(_dangling_references(dataset, where))
    problems.extend(_term_order(dataset, where))
    problems.extend(_seat_overlaps(dataset, where))
    return problems


def _error(location: Location, code: str, **params: Any) -> Problem:
    return Problem(Severity.ERROR, code, location, params)


def _render_location(location: Location) -> str:
    return location.file if location.line is None else f"{location.file}:{location.line}"


def _duplicate_ids(dataset: Dataset, where: Where) -> Iterator[Problem]:
    seen: dict[str, Location] = {}
    for table, (attribute, _) in RECORD_TYPES.items():
        for index, record in enumerate(getattr(dataset, attribute)):
            location = where(table, index, "id")
            if record.id in seen:
                yield _error(
                    location, "id.duplicate", value=record.id, other=_render_location(seen[record.id])
                )
            else:
                seen[record.id] = location


def _dangling_references(dataset: Dataset, where: Where) -> Iterator[Problem]:
    ids = {
        "alliance": {a.id for a in dataset.alliances},
        "consultation": {c.id for c in dataset.consultations},
        "body": {b.id for b in dataset.bodies},
        "term": {t.id for t in dataset.terms},
        "agm": {m.id for m in dataset.agms},
    }
    subjects = ids["body"] | ids["alliance"]
    regions = {r.id for r in dataset.settings.regions}
    allowed_regions = ", ".join(sorted(regions)) or "(none defined)"

    def dangling(
        table: str, index: int, field: str, value: str | None, known: set[str], target: str
    ) -> Iterator[Problem]:
        if value is not None and value not in known:
            yield _error(where(table, index, field), "ref.dangling", value=value, target=target)

    def region(table: str, index: int, value: str | None) -> Iterator[Problem]:
        if value is not None and value not in regions:
            yield _error(where(table, index, "region"), "ref.region", value=value, allowed=allowed_regions)

    for i, a in enumerate(dataset.activities):
        yield from dangling("activity", i, "alliance", a.alliance, ids["alliance"], "alliance")
        yield from dangling(
            "activity", i, "consultation", a.consultation, ids["consultation"], "consultation"
        )
        yield from dangling("activity", i, "body", a.body, ids["body"], "body")
    for i, t in enumerate(dataset.terms):
        yield from dangling("term", i, "body", t.body, ids["body"], "body")
        yield from dangling("term", i, "deputy_for", t.deputy_for, ids["term"], "term")
        yield from region("term", i, t.region)
    for i, e in enumerate(dataset.elections):
        yield from dangling("election", i, "agm", e.agm, ids["agm"], "agm")
        yield from dangling("election", i, "body", e.body, ids["body"], "body")
    for i, s in enumerate(dataset.statistics):
        yield from dangling("statistics", i, "subject", s.subject, subjects, "body or alliance")
    for i, m in enumerate(dataset.members):
        yield from region("member", i, m.region)


def _term_order(dataset: Dataset, where: Where) -> Iterator[Problem]:
    agms = dataset.agm_dates
    for index, term in enumerate(dataset.terms):
        start, end = resolve(term.start, agms), resolve(term.end, agms)
        if start is not None and end is not None and end < start:
            yield _error(where("term", index, "end"), "term.ends_before_start", start=start, end=end)


def _seat_overlaps(dataset: Dataset, where: Where) -> Iterator[Problem]:
    agms = dataset.agm_dates
    groups: dict[tuple[str, str], list[tuple[int, Term, Interval]]] = defaultdict(list)
    for index, term in enumerate(dataset.terms):
        if term.seat is not None and term.role.holds_seat:
            groups[(term.body, f"seat {term.seat}")].append((index, term, interval(term, agms)))
        if term.role is Role.DEPUTY and term.deputy_for is not None:
            groups[(term.body, f"deputy for {term.deputy_for}")].append((index, term, interval(term, agms)))
    for (body, seat), members in groups.items():
        for later_position, (index, term, span) in enumerate(members):
            for _, other, other_span in members[:later_position]:
                shared = span.overlap(other_span)
                if shared is None:
                    continue
                yield _error(
                    where("term", index, "start"),
                    "term.seat_overlap",
                    value=seat,
                    person=term.person,
                    other_person=other.person,
                    body=body,
                    date=shared.start or "the start of the records",
                )
