"""A dataset: all of an organisation's records, and the queries over them."""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final, NamedTuple

import attrs

from ..problems import Location
from .activities import Activity
from .alliances import Alliance
from .awards import Award
from .communication import Figure, MediaItem
from .consultations import Consultation
from .governance import (
    AnnualMeeting,
    Body,
    Election,
    Roster,
    Statistics,
    Term,
    agm_dates,
    in_force,
    interval,
    roster,
)
from .members import Member, MemberSummary
from .projects import Project
from .records import Record
from .settings import Settings
from .staff import Finances, Staff
from .texts import SectionText
from .vocabulary import ActivityKind, BodyKind, Placement, ReportPart, Status, Visibility


@attrs.frozen(kw_only=True)
class Dataset:
    """An organisation's records: immutable, validated, queryable.

    Build one with :func:`kssgov.load` from a folder of files, or in Python and
    save it with :func:`kssgov.save`. ``locations`` says where each record was
    read (file and line), keyed by id; it is empty for records built in Python.

    Each tuple of records is one record type; :data:`RECORD_TYPES` is read
    from these fields, so a new record type is a new field here.
    """

    settings: Settings
    activities: tuple[Activity, ...] = ()
    consultations: tuple[Consultation, ...] = ()
    alliances: tuple[Alliance, ...] = ()
    bodies: tuple[Body, ...] = ()
    agms: tuple[AnnualMeeting, ...] = ()
    terms: tuple[Term, ...] = ()
    elections: tuple[Election, ...] = ()
    statistics: tuple[Statistics, ...] = ()
    awards: tuple[Award, ...] = ()
    members: tuple[Member, ...] = ()
    projects: tuple[Project, ...] = ()
    staff: tuple[Staff, ...] = ()
    figures: tuple[Figure, ...] = ()
    media: tuple[MediaItem, ...] = ()
    finances: tuple[Finances, ...] = ()
    texts: tuple[SectionText, ...] = ()
    locations: Mapping[str, Location] = attrs.field(factory=dict, eq=False, repr=False)

    # -- records -------------------------------------------------------------

    def records(self) -> Iterator[tuple[str, Record]]:
        """Every record with its table name, in file order."""
        for table, kind in RECORD_TYPES.items():
            for record in getattr(self, kind.attribute):
                yield table, record

    def get(self, record_id: str) -> Record | None:
        """The record with *record_id*, or None."""
        return next((r for _, r in self.records() if r.id == record_id), None)

    def visible_to(self, audience: Visibility) -> Dataset:
        """A copy holding only what *audience* may see, and nothing that points elsewhere.

        Records narrower than the audience are left out. A reference to a
        record left out is removed too: an optional one is cleared, and a
        record that cannot be without it (the term of a board-only body) is
        left out as well. So no id, name or text of a narrower record can
        reach a document made from the copy.
        """
        admitted = {visibility for visibility in Visibility if audience.admits(visibility)}
        kept = {
            kind.attribute: [r for r in getattr(self, kind.attribute) if r.visibility in admitted]
            for kind in RECORD_TYPES.values()
        }
        if all(len(kept[k.attribute]) == len(getattr(self, k.attribute)) for k in RECORD_TYPES.values()):
            return self  # nothing left out, so nothing can point at what was
        # Leaving a record out can leave out those that cannot be without it: narrow until no more go.
        ids = {r.id for records in kept.values() for r in records}
        while True:
            for attribute, records in kept.items():
                kept[attribute] = [c for r in records if (c := _without_hidden(r, ids)) is not None]
            remaining = {r.id for records in kept.values() for r in records}
            if remaining == ids:
                break
            ids = remaining
        changes: dict[str, Any] = {attribute: tuple(records) for attribute, records in kept.items()}
        return attrs.evolve(self, **changes)

    # -- activities ------------------------------------------------------------

    def activities_between(
        self,
        first: dt.date,
        last: dt.date,
        *,
        audience: Visibility,
        kinds: Iterable[ActivityKind] | None = None,
    ) -> tuple[Activity, ...]:
        """The activities *audience* may see that share a day with ``first..last``, in date order."""
        wanted = None if kinds is None else frozenset(kinds)
        found = [
            a
            for a in self.activities
            if a.date.overlaps(first, last)
            and (wanted is None or a.kind in wanted)
            and audience.admits(a.visibility)
        ]
        return tuple(sorted(found, key=lambda a: a.date.sort_key()))

    def activities_in(
        self,
        year: int | None = None,
        *,
        audience: Visibility,
        kinds: Iterable[ActivityKind] | None = None,
    ) -> tuple[Activity, ...]:
        """The activities of *year* (the report year by default) *audience* may see, in date order."""
        year = self.settings.year if year is None else year
        return self.activities_between(
            dt.date(year, 1, 1), dt.date(year, 12, 31), kinds=kinds, audience=audience
        )

    # -- alliances -------------------------------------------------------------

    def recorded_meetings(self, alliance_id: str, year: int, *, audience: Visibility) -> int:
        """How many meetings of *year* linked to the alliance were held, of those *audience* may see."""
        return sum(
            1
            for a in self.activities_in(year, kinds=(ActivityKind.MEETING,), audience=audience)
            if a.alliance == alliance_id and a.status is not Status.CANCELLED
        )

    def declared_statistics(self, subject: str, year: int) -> Statistics | None:
        """The figures recorded for *subject* (a body or an alliance) in *year*, if any."""
        return next((s for s in self.statistics if s.subject == subject and s.year == year), None)

    def meeting_count(self, subject_id: str, year: int | None = None, *, audience: Visibility) -> int | None:
        """The declared meeting count of *year*, else the recorded meetings; None if neither."""
        year = self.settings.year if year is None else year
        declared = self.declared_statistics(subject_id, year)
        if declared is not None and declared.meetings is not None:
            return declared.meetings
        return self.recorded_meetings(subject_id, year, audience=audience) or None

    # -- governance --------------------------------------------------------------

    @property
    def agm_dates(self) -> dict[int, dt.date]:
        """The first day of each recorded annual meeting, by year."""
        return agm_dates(self.agms)

    def agm(self, year: int) -> AnnualMeeting | None:
        """The annual meeting of *year*, if it is recorded."""
        return next((m for m in self.agms if m.year == year), None)

    def body(self, key: str | BodyKind) -> Body:
        """The body with id *key*, or the first body of kind *key*; KeyError if none."""
        for body in self.bodies:
            if body.id == key or body.kind == key:
                return body
        raise KeyError(key)

    @property
    def terms_in_force(self) -> tuple[Term, ...]:
        """Every term with the end its body's statutes give it (see :func:`in_force`), in file order."""
        bodies = {b.id: b for b in self.bodies}
        return tuple(in_force(t, bodies.get(t.body)) for t in self.terms)

    def roster(self, body: str | BodyKind | Body, day: dt.date) -> Roster:
        """Who holds which role of *body* on *day*."""
        found = body if isinstance(body, Body) else self.body(body)
        return roster(found, self.terms_in_force, self.agm_dates, day)

    def terms_of(self, body_id: str) -> tuple[Term, ...]:
        """The terms of the body *body_id* as in force, in file order."""
        return tuple(t for t in self.terms_in_force if t.body == body_id)

    def terms_during(self, body_id: str, first: dt.date, last: dt.date) -> tuple[Term, ...]:
        """The terms of a body held on at least one day of ``first..last``, in file order."""
        agms = self.agm_dates
        found = []
        for term in self.terms_of(body_id):
            span = interval(term, agms)
            if not span.started:
                continue
            if (span.start is None or span.start <= last) and (span.end is None or span.end > first):
                found.append(term)
        return tuple(found)

    # -- the secretariat, its programmes and its reach ---------------------------------

    def staff_of(self, unit: str | None, year: int) -> tuple[Staff, ...]:
        """Who worked in *unit* (a programme's id; None for the secretariat) in *year*, in file order."""
        return tuple(s for s in self.staff if s.unit == unit and s.serves_in(year))

    def figures_of(self, unit: str | None, year: int) -> tuple[Figure, ...]:
        """The figures of *year* for *unit* (a programme's id; None for the organisation), in file order."""
        return tuple(f for f in self.figures if f.unit == unit and f.year == year)

    def media_in(self, year: int) -> tuple[MediaItem, ...]:
        """The media items of *year*, in file order."""
        return tuple(m for m in self.media if m.year == year)

    def texts_of(
        self, part: ReportPart, year: int, placement: Placement = Placement.INTRO
    ) -> tuple[SectionText, ...]:
        """The prose of *part* of the report of *year* at *placement*, in file order."""
        return tuple(t for t in self.texts if t.part is part and t.year == year and t.placement is placement)

    def finances_of(self, year: int) -> Finances | None:
        """The organisation's key figures for *year*, if recorded."""
        return next((f for f in self.finances if f.year == year), None)

    # -- members -------------------------------------------------------------------

    def member_summary(self) -> MemberSummary:
        """Members counted by operating form, as the report's summary sentence does."""
        return MemberSummary.of(self.members)


def _without_hidden(record: Record, visible: set[str]) -> Record | None:
    """*record* without its references to ids not in *visible*; None if it cannot be without one."""
    cleared: dict[str, Any] = {}
    for field, target in record.references().items():
        if target in visible:
            continue
        declared = attrs.fields_dict(type(record))[field]
        if declared.default is attrs.NOTHING or declared.metadata.get("needed"):
            return None
        cleared[field] = None
    return attrs.evolve(record, **cleared) if cleared else record


class RecordType(NamedTuple):
    """A record type: the :class:`Dataset` attribute holding its records, and its class."""

    attribute: str
    cls: type[Record]


def _record_types() -> dict[str, RecordType]:
    hints = typing.get_type_hints(Dataset)
    found = {}
    for field in attrs.fields(Dataset):
        arguments = typing.get_args(hints[field.name])
        if typing.get_origin(hints[field.name]) is tuple and arguments and issubclass(arguments[0], Record):
            found[arguments[0].table] = RecordType(field.name, arguments[0])
    return found


#: Every record type by its table name in the files (``activity``), read from the fields of :class:`Dataset`.
RECORD_TYPES: Final[Mapping[str, RecordType]] = _record_types()
