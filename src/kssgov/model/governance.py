"""Governing bodies, their members' terms, annual meetings, elections and yearly figures.

Who sits on a body on a given day is computed from the terms, never kept by
hand: see :func:`roster`. A term may start or end on a date or at "the annual
meeting of YEAR" (:class:`AgmBound`), which resolves to that meeting's first
day once the meeting is recorded and stays open until then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import ClassVar

import attrs

from ..exceptions import InvalidValueError
from . import validators
from .dates import DateSpan
from .records import Record, refers_to
from .vocabulary import BodyKind, ElectedBy, Role, Status


@attrs.frozen
class AgmBound:
    """A term boundary at the annual meeting of ``agm`` (a year)."""

    agm: int = attrs.field(validator=validators.year)

    def __str__(self) -> str:
        return f"AGM {self.agm}"


TermBound = dt.date | AgmBound


def _check_bound(instance: object, attribute: attrs.Attribute[TermBound | None], value: object) -> None:
    if value is not None and not (type(value) is dt.date or isinstance(value, AgmBound)):
        raise InvalidValueError("term.bound", value=value, field=attribute.name)
    if type(value) is dt.date:
        validators.date(instance, attribute, value)


@attrs.frozen(kw_only=True)
class Body(Record):
    """A governing body: the annual meeting, the board, a council or a committee.

    ``seats`` is the number of full seats (members and employee representatives),
    when the statutes fix it. ``has_chair`` says whether a chair is expected.
    ``term_years`` is how many years a term that starts at an annual meeting
    lasts, when the statutes say so: such a term then ends that many annual
    meetings later unless its own ``end`` says otherwise. ``description``,
    ``mandate`` and ``tasks`` are printed in the report as the body's introduction.
    """

    table: ClassVar[str] = "body"

    kind: BodyKind = attrs.field(validator=validators.vocabulary(BodyKind))
    name: str = attrs.field(validator=validators.line)
    seats: int | None = attrs.field(default=None, validator=validators.seats)
    has_chair: bool = attrs.field(default=True, validator=validators.boolean)
    term_years: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(validators.whole(1, 10))
    )
    description: str | None = attrs.field(default=None, validator=validators.optional_text)
    mandate: str | None = attrs.field(default=None, validator=validators.optional_text)
    tasks: tuple[str, ...] = attrs.field(default=(), validator=validators.texts)
    note: str | None = attrs.field(default=None, validator=validators.optional_text)


@attrs.frozen(kw_only=True)
class AnnualMeeting(Record):
    """The annual general meeting (årsmøte) of a year: when and where it was held.

    A meeting that was called off is ``cancelled``; it still resolves the
    terms bound to it only when it is held or planned. ``title`` is the
    report's heading for it ("Årsmøte og fagdag 2023"), ``description`` what
    the report says of it.
    """

    table: ClassVar[str] = "agm"

    year: int = attrs.field(validator=validators.year)
    date: DateSpan = attrs.field(validator=attrs.validators.instance_of(DateSpan))
    title: str | None = attrs.field(default=None, validator=validators.optional_line)
    where: str | None = attrs.field(default=None, validator=validators.optional_line)
    status: Status = attrs.field(default=Status.HELD, validator=validators.vocabulary(Status))
    description: str | None = attrs.field(default=None, validator=validators.optional_text)
    note: str | None = attrs.field(default=None, validator=validators.optional_text)

    def __attrs_post_init__(self) -> None:
        if self.date.start.year != self.year:
            raise InvalidValueError(
                "agm.year_mismatch", value=self.date.format(), year=self.year, field="date"
            )


@attrs.frozen(kw_only=True)
class Term(Record):
    """One person in one role of one body, from ``start`` to ``end``.

    ``start`` None means the term began before the records do; ``end`` None means
    it is open. A ``deputy`` with ``deputy_for`` is the personal deputy of that
    term; a ``deputy`` with a ``seat`` (and no ``deputy_for``) stands in for
    whoever holds that seat, across a change of holder. A chair or deputy chair
    is an office held alongside a member's seat. ``seat`` of a member names the
    seat, so that two holders of one seat at once are caught. ``signs`` is the
    member's place in the order the board signs the annual report (1 signs first).
    """

    table: ClassVar[str] = "term"

    body: str = attrs.field(validator=validators.record_id, metadata=refers_to("body"))
    person: str = attrs.field(validator=validators.line)
    role: Role = attrs.field(validator=validators.vocabulary(Role))
    affiliation: str | None = attrs.field(default=None, validator=validators.optional_line)
    region: str | None = attrs.field(default=None, validator=validators.optional_id)
    seat: str | None = attrs.field(default=None, validator=validators.optional_line)
    deputy_for: str | None = attrs.field(
        default=None, validator=validators.optional_id, metadata=refers_to("term")
    )
    start: TermBound | None = attrs.field(default=None, validator=_check_bound)
    end: TermBound | None = attrs.field(default=None, validator=_check_bound)
    elected_by: ElectedBy | None = attrs.field(
        default=None, validator=attrs.validators.optional(validators.vocabulary(ElectedBy))
    )
    note: str | None = attrs.field(default=None, validator=validators.optional_text)
    signs: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(validators.whole(1, 99))
    )

    def __attrs_post_init__(self) -> None:
        if self.deputy_for is not None and self.role is not Role.DEPUTY:
            raise InvalidValueError("term.deputy_for_not_deputy", field="deputy_for")
        if self.deputy_for == self.id:
            raise InvalidValueError("term.deputy_for_self", field="deputy_for")
        if type(self.start) is dt.date and type(self.end) is dt.date and self.end < self.start:
            raise InvalidValueError("term.ends_before_start", start=self.start, end=self.end, field="end")
        if (
            isinstance(self.start, AgmBound)
            and isinstance(self.end, AgmBound)
            and self.end.agm < self.start.agm
        ):
            raise InvalidValueError("term.ends_before_start", start=self.start, end=self.end, field="end")


@attrs.frozen(kw_only=True)
class Election(Record):
    """An election at an annual meeting: the nomination committee's proposal and the result."""

    table: ClassVar[str] = "election"

    agm: str = attrs.field(validator=validators.record_id, metadata=refers_to("agm"))
    body: str = attrs.field(validator=validators.record_id, metadata=refers_to("body"))
    proposed: tuple[str, ...] = attrs.field(default=(), validator=validators.lines)
    elected: tuple[str, ...] = attrs.field(default=(), validator=validators.lines)
    note: str | None = attrs.field(default=None, validator=validators.optional_text)


@attrs.frozen(kw_only=True)
class Statistics(Record):
    """A year's figures for a body or an alliance: meetings held and cases dealt with."""

    table: ClassVar[str] = "statistics"

    subject: str = attrs.field(validator=validators.record_id, metadata=refers_to("body", "alliance"))
    year: int = attrs.field(validator=validators.year)
    meetings: int | None = attrs.field(default=None, validator=validators.optional_count)
    cases: int | None = attrs.field(default=None, validator=validators.optional_count)
    note: str | None = attrs.field(default=None, validator=validators.optional_text)


# --- resolving terms ----------------------------------------------------------


def agm_dates(meetings: Iterable[AnnualMeeting]) -> dict[int, dt.date]:
    """The first day of each recorded annual meeting that was not cancelled, by year."""
    return {m.year: m.date.start for m in meetings if m.status is not Status.CANCELLED}


def resolve(bound: TermBound | None, agms: Mapping[int, dt.date]) -> dt.date | None:
    """The date of a bound, or None when it is open or its meeting is not yet recorded."""
    if isinstance(bound, AgmBound):
        return agms.get(bound.agm)
    return bound


@attrs.frozen
class Interval:
    """A half-open interval of days ``[start, end)``; None ends are unbounded."""

    start: dt.date | None
    end: dt.date | None
    started: bool = True

    def contains(self, day: dt.date) -> bool:
        if not self.started:
            return False
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def overlap(self, other: Interval) -> Interval | None:
        """The days both intervals share, or None when they share none."""
        if not (self.started and other.started):
            return None
        starts = [d for d in (self.start, other.start) if d is not None]
        ends = [d for d in (self.end, other.end) if d is not None]
        shared = Interval(max(starts) if starts else None, min(ends) if ends else None)
        if shared.start is not None and shared.end is not None and shared.start >= shared.end:
            return None
        return shared


def in_force(term: Term, body: Body | None) -> Term:
    """*term* with the end its body's statutes give it.

    A term that starts at an annual meeting of a body with ``term_years``
    ends that many annual meetings later, unless its own ``end`` says
    otherwise. Any other term is returned as it is.
    """
    if body is None or body.term_years is None or term.end is not None:
        return term
    if not isinstance(term.start, AgmBound):
        return term
    return attrs.evolve(term, end=AgmBound(term.start.agm + body.term_years))


def interval(term: Term, agms: Mapping[int, dt.date]) -> Interval:
    """The days on which *term* is held. A start at an unrecorded meeting has not begun."""
    start = resolve(term.start, agms)
    started = not (term.start is not None and start is None)
    return Interval(start, resolve(term.end, agms), started)


@attrs.frozen
class Seat:
    """A seat on a body on one day: its holder, any offices they hold, their deputies."""

    term: Term
    offices: tuple[Term, ...] = ()
    deputies: tuple[Term, ...] = ()

    @property
    def person(self) -> str:
        return self.term.person

    @property
    def is_chair(self) -> bool:
        return any(o.role is Role.CHAIR for o in self.offices)

    @property
    def is_deputy_chair(self) -> bool:
        return any(o.role is Role.DEPUTY_CHAIR for o in self.offices)


@attrs.frozen
class Roster:
    """Who holds which role of a body on a day.

    ``seats`` come chair first, deputy chair second, then members in the order
    of the files, employee representatives last. ``deputies`` are deputies who
    stand in for no one in particular; ``officers`` are chairs without a seat,
    secretaries and the like. ``open_ends`` are the terms among them that end
    at an annual meeting of the day's year or earlier that is not recorded:
    if that meeting was held by the day, they are over, but nothing says so.
    """

    body: Body
    day: dt.date
    seats: tuple[Seat, ...]
    deputies: tuple[Term, ...]
    officers: tuple[Term, ...]
    open_ends: tuple[Term, ...] = ()

    def ends_unrecorded(self, term: Term) -> int | None:
        """The year of the unrecorded annual meeting *term* ends at, if it is one of ``open_ends``."""
        if term in self.open_ends and isinstance(term.end, AgmBound):
            return term.end.agm
        return None

    @property
    def unrecorded_meetings(self) -> tuple[int, ...]:
        """The years of the unrecorded annual meetings at which terms of this roster end, in order."""
        return tuple(sorted({t.end.agm for t in self.open_ends if isinstance(t.end, AgmBound)}))

    @property
    def chair(self) -> str | None:
        for term in self.offices:
            if term.role is Role.CHAIR:
                return term.person
        return None

    @property
    def offices(self) -> tuple[Term, ...]:
        return tuple(o for seat in self.seats for o in seat.offices) + tuple(
            o for o in self.officers if o.role.is_office
        )

    @property
    def people(self) -> tuple[str, ...]:
        return tuple(seat.person for seat in self.seats)


def roster(body: Body, terms: Iterable[Term], agms: Mapping[int, dt.date], day: dt.date) -> Roster:
    """The roster of *body* on *day*, computed from *terms*."""
    active = [t for t in terms if t.body == body.id and interval(t, agms).contains(day)]
    seat_terms = [t for t in active if t.role.holds_seat]
    seated = {t.person for t in seat_terms}
    seats = [
        Seat(
            term=t,
            offices=tuple(o for o in active if o.role.is_office and o.person == t.person),
            deputies=tuple(d for d in active if d.role is Role.DEPUTY and stands_in_for(d, t)),
        )
        for t in seat_terms
    ]

    def rank(seat: Seat) -> int:
        if seat.is_chair:
            return 0
        if seat.is_deputy_chair:
            return 1
        return 3 if seat.term.role is Role.EMPLOYEE_REPRESENTATIVE else 2

    seats.sort(key=rank)
    deputies = tuple(
        d for d in active if d.role is Role.DEPUTY and not any(stands_in_for(d, t) for t in seat_terms)
    )
    officers = tuple(
        o for o in active if (o.role.is_office and o.person not in seated) or o.role is Role.SECRETARY
    )
    open_ends = tuple(
        t for t in active if isinstance(t.end, AgmBound) and t.end.agm not in agms and t.end.agm <= day.year
    )
    return Roster(body, day, tuple(seats), deputies, officers, open_ends)


def stands_in_for(deputy: Term, member: Term) -> bool:
    """True when *deputy* is the personal deputy of *member*: of the member's term, or of its seat."""
    if deputy.deputy_for is not None:
        return deputy.deputy_for == member.id
    return deputy.seat is not None and deputy.seat == member.seat and deputy.body == member.body


def change_days(terms: Iterable[Term], agms: Mapping[int, dt.date]) -> list[dt.date]:
    """Every day on which some term starts or ends, in order."""
    days: set[dt.date] = set()
    for term in terms:
        span = interval(term, agms)
        days.update(d for d in (span.start, span.end) if d is not None)
    return sorted(days)
