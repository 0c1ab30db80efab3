"""Checks across records that make a dataset wrong: each finding is an error.

Duplicate ids, references to ids that do not exist, terms that end before
they start, two people in one seat at once, and personal deputies who stand
in for another deputy or for a member of another body.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Final

import attrs

from ..messages import Phrase
from ..model import RECORD_TYPES, Dataset, Role, Term
from ..model.governance import Interval, interval, resolve
from ..model.records import reference_fields, referenced_tables
from ..problems import Problem
from ._where import Where, error, nowhere


def errors(dataset: Dataset, where: Where = nowhere) -> list[Problem]:
    """Every cross-record error in *dataset*."""
    return [problem for check in CHECKS for problem in check(dataset, where)]


def _duplicate_ids(dataset: Dataset, where: Where) -> Iterator[Problem]:
    seen: dict[str, tuple[str, int]] = {}
    for table, kind in RECORD_TYPES.items():
        for index, record in enumerate(getattr(dataset, kind.attribute)):
            first = seen.setdefault(record.id, (table, index))
            if first != (table, index):
                other = where(*first, "id")
                yield error(where(table, index, "id"), "id.duplicate", value=record.id, other=str(other))


def _target(tables: tuple[str, ...]) -> Phrase:
    return Phrase(f"table.{tables[0]}") if len(tables) == 1 else Phrase("table.subject")


def _dangling_references(dataset: Dataset, where: Where) -> Iterator[Problem]:
    ids: dict[str, set[str]] = {
        table: {r.id for r in getattr(dataset, kind.attribute)} for table, kind in RECORD_TYPES.items()
    }
    regions = {r.id for r in dataset.settings.regions}
    allowed_regions = ", ".join(sorted(regions)) or "-"
    for table, kind in RECORD_TYPES.items():
        fields = [(name, referenced_tables(kind.cls, name)) for name in reference_fields(kind.cls)]
        has_region = "region" in attrs.fields_dict(kind.cls)
        if not (fields or has_region):
            continue
        for index, record in enumerate(getattr(dataset, kind.attribute)):
            for field, tables in fields:
                value = getattr(record, field)
                if isinstance(value, str) and not any(value in ids[t] for t in tables):
                    yield error(
                        where(table, index, field), "ref.dangling", value=value, target=_target(tables)
                    )
            region = getattr(record, "region", None) if has_region else None
            if isinstance(region, str) and region not in regions:
                yield error(
                    where(table, index, "region"), "ref.region", value=region, allowed=allowed_regions
                )


def _term_order(dataset: Dataset, where: Where) -> Iterator[Problem]:
    agms = dataset.agm_dates
    for index, term in enumerate(dataset.terms):
        start, end = resolve(term.start, agms), resolve(term.end, agms)
        if start is not None and end is not None and end < start:
            yield error(where("term", index, "end"), "term.ends_before_start", start=start, end=end)


def _deputies(dataset: Dataset, where: Where) -> Iterator[Problem]:
    """A personal deputy stands in for a member of the same body, never for another deputy."""
    terms = {t.id: t for t in dataset.terms}
    for index, term in enumerate(dataset.terms):
        principal = terms.get(term.deputy_for or "")
        if principal is None:
            continue
        if principal.role is Role.DEPUTY:
            yield error(where("term", index, "deputy_for"), "term.deputy_for_deputy", value=principal.id)
        elif principal.body != term.body:
            yield error(where("term", index, "deputy_for"), "term.deputy_other_body", value=principal.id)


def _seat_overlaps(dataset: Dataset, where: Where) -> Iterator[Problem]:
    agms = dataset.agm_dates
    names = {b.id: b.name for b in dataset.bodies}
    groups: dict[tuple[str, Phrase], list[tuple[int, Term, Interval]]] = defaultdict(list)
    for index, term in enumerate(dataset.terms):
        if term.seat is not None and term.role.holds_seat:
            groups[(term.body, Phrase("seat.named", value=term.seat))].append(
                (index, term, interval(term, agms))
            )
        if term.role is Role.DEPUTY and term.deputy_for is not None:
            seat = Phrase("seat.deputy", value=term.deputy_for)
            groups[(term.body, seat)].append((index, term, interval(term, agms)))
        elif term.role is Role.DEPUTY and term.seat is not None:
            seat = Phrase("seat.deputy_seat", value=term.seat)
            groups[(term.body, seat)].append((index, term, interval(term, agms)))
    for (body, seat), members in groups.items():
        for later_position, (index, term, span) in enumerate(members):
            for _, other, other_span in members[:later_position]:
                shared = span.overlap(other_span)
                if shared is None:
                    continue
                yield error(
                    where("term", index, "start"),
                    "term.seat_overlap",
                    seat=seat,
                    person=term.person,
                    other_person=other.person,
                    body=names.get(body, body),
                    date=shared.start or Phrase("records.start"),
                )


CHECKS: Final[tuple[Callable[[Dataset, Where], Iterator[Problem]], ...]] = (
    _duplicate_ids,
    _dangling_references,
    _term_order,
    _deputies,
    _seat_overlaps,
)
