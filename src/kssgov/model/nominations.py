"""What the nomination committee must deal with before an annual meeting.

For the annual meeting of a year: the terms that end there (by their own end
or by their body's term length), the terms whose start is not recorded and
whose end must therefore be confirmed, seats that are already vacant,
personal deputies whose member has left, and people holding roles that
should not be combined.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Final

import attrs

from .dataset import Dataset
from .governance import AgmBound, Body, Term, interval
from .vocabulary import BodyKind, Role

#: Bodies whose members should not also sit in the other: the nomination
#: committee proposes the members of the board and the ethics council.
INCOMPATIBLE: Final[frozenset[frozenset[BodyKind]]] = frozenset(
    {
        frozenset({BodyKind.NOMINATION_COMMITTEE, BodyKind.BOARD}),
        frozenset({BodyKind.NOMINATION_COMMITTEE, BodyKind.ETHICS_COUNCIL}),
    }
)


@attrs.frozen
class Vacancy:
    """A body with fewer seat holders than seats on a day."""

    body: Body
    seats: int
    held: int

    @property
    def vacant(self) -> int:
        return self.seats - self.held


@attrs.frozen
class OrphanedDeputy:
    """A personal deputy still in office whose member's term has ended."""

    deputy: Term
    member: Term


@attrs.frozen
class Conflict:
    """One person holding two roles that should not be combined, on the same day.

    ``same_body`` tells two roles in one body (a member who is also a deputy)
    from roles in two bodies that should be kept apart (see :data:`INCOMPATIBLE`).
    """

    person: str
    first: Term
    second: Term
    same_body: bool


@attrs.frozen
class Due:
    """The nomination committee's agenda for the annual meeting of ``year``, as on ``day``."""

    year: int
    day: dt.date
    agm_recorded: bool
    ending: tuple[Term, ...]
    vacancies: tuple[Vacancy, ...]
    orphaned_deputies: tuple[OrphanedDeputy, ...]
    conflicts: tuple[Conflict, ...]
    #: Terms in office of bodies with a fixed term length whose start is not recorded: they may end now.
    to_confirm: tuple[Term, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (
            self.ending or self.vacancies or self.orphaned_deputies or self.conflicts or self.to_confirm
        )


def next_agm(dataset: Dataset, today: dt.date) -> int:
    """The year of the next annual meeting: the first recorded from *today* on, else this year's or next."""
    coming = [m.year for m in dataset.agms if m.date.end >= today]
    if coming:
        return min(coming)
    held = dataset.agm(today.year)
    return today.year + 1 if held is not None and held.date.end < today else today.year


def due(dataset: Dataset, year: int, today: dt.date) -> Due:
    """The agenda for the annual meeting of *year*.

    The situation is taken on the day before that meeting when it is recorded,
    otherwise on *today*.
    """
    agm = dataset.agm(year)
    day = agm.date.start - dt.timedelta(days=1) if agm is not None else today
    agms = dataset.agm_dates
    terms = dataset.terms_in_force
    active = [t for t in terms if interval(t, agms).contains(day)]
    ending = tuple(
        t for t in terms if t.end == AgmBound(year) or (agm is not None and t.end == agm.date.start)
    )
    fixed = {b.id for b in dataset.bodies if b.term_years is not None}
    to_confirm = tuple(
        t for t in active if t.body in fixed and not t.role.is_office and t.start is None and t.end is None
    )
    return Due(
        year=year,
        day=day,
        agm_recorded=agm is not None,
        ending=ending,
        vacancies=tuple(_vacancies(dataset, active)),
        orphaned_deputies=tuple(_orphaned(dataset, active, day)),
        conflicts=tuple(_conflicts(dataset, active)),
        to_confirm=to_confirm,
    )


def _vacancies(dataset: Dataset, active: list[Term]) -> Iterator[Vacancy]:
    for body in dataset.bodies:
        if body.seats is None:
            continue
        held = sum(1 for t in active if t.body == body.id and t.role.holds_seat)
        if held < body.seats:
            yield Vacancy(body, body.seats, held)


def _orphaned(dataset: Dataset, active: list[Term], day: dt.date) -> Iterator[OrphanedDeputy]:
    terms = {t.id: t for t in dataset.terms_in_force}
    agms = dataset.agm_dates
    for deputy in active:
        if deputy.role is not Role.DEPUTY or deputy.deputy_for is None:
            continue
        member = terms.get(deputy.deputy_for)
        if member is not None and not interval(member, agms).contains(day):
            yield OrphanedDeputy(deputy, member)


def _conflicts(dataset: Dataset, active: list[Term]) -> Iterator[Conflict]:
    kinds = {b.id: b.kind for b in dataset.bodies}
    roles = [t for t in active if not t.role.is_office and t.role is not Role.SECRETARY]
    for position, first in enumerate(roles):
        for second in roles[position + 1 :]:
            if first.person != second.person:
                continue
            same_body = first.body == second.body
            if same_body or frozenset({kinds.get(first.body), kinds.get(second.body)}) in INCOMPATIBLE:
                yield Conflict(first.person, first, second, same_body)
