"""A dataset: all of an organisation's records, and the queries over them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final

import attrs

from .activities import Activity
from .alliances import Alliance
from .awards import Award
from .consultations import Consultation
from .governance import (
    AnnualMeeting,
    Body,
    Election,
    Roster,
    Statistics,
    Term,
    agm_dates,
    interval,
    roster,
)
from .members import Member, MemberSummary
from .problems import Location
from .projects import Project
from .records import Record
from .settings import Settings
from .vocabulary import ActivityKind, BodyKind, Status, Visibility

#: The table name of each record type in the files, and the dataset attribute holding it.
RECORD_TYPES: Final[Mapping[str, tuple[str, type[Record]]]] = {
    "activity": ("activities", Activity),
    "consultation": ("consultations", Consultation),
    "alliance": ("alliances", Alliance),
    "body": ("bodies", Body),
    "agm": ("agms", AnnualMeeting),
    "term": ("terms", Term),
    "election": ("elections", Election),
    "statistics": ("statistics", Statistics),
    "award": ("awards", Award),
    "member": ("members", Member),
    "project": ("projects", Project),
}


@attrs.frozen(kw_only=True)
class Dataset:
    """An organisation's records: immutable, validated, queryable.

    Build one with :func:`kssgov.load` from a folder of files, or in Python and
    save it with :func:`kssgov.save`. ``locations`` says where each record was
    read (file and line), keyed by id; it is empty for records built in Python.
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
    locations: Mapping[str, Location] = attrs.field(factory=dict, eq=False, repr=False)

    # -- records -------------------------------------------------------------

    def records(self) -> Iterator[tuple[str, Record]]:
        """Every record with its table name, in file order."""
        for table, (attribute, _) in RECORD_TYPES.items():
            for record in getattr(self, attribute):
                yield table, record

    def get(self, record_id: str) -> Record | None:
        """The record with *record_id*, or None."""
        return next((r for _, r in self.records() if r.id == record_id), None)

    def visible_to(self, audience: Visibility) -> Dataset:
        """A copy holding only the records *audience* may see."""
        changes: dict[str, Any] = {
            attribute: tuple(r for r in getattr(self, attribute) if audience.admits(r.visibility))
            for attribute, _ in RECORD_TYPES.values()
        }
        return attrs.evolve(self, **changes)

    # -- activities ------------------------------------------------------------

    def activities_between(
        self,
        first: dt.date,
        last: dt.date,
        *,
        kinds: Iterable[ActivityKind] | None = None,
        audience: Visibility = Visibility.BOARD,
    ) -> tuple[Activity, ...]:
        """Activities sharing a day with ``first..last``, in date order.

        *audience* leaves out what that audience may not see; the default,
        the board, sees everything.
        """
        wanted = None if kinds is None else frozenset(kinds)
        everyone = audience is Visibility.BOARD
        found = [
            a
            for a in self.activities
            if a.date.overlaps(first, last)
            and (wanted is None or a.kind in wanted)
            and (everyone or audience.admits(a.visibility))
        ]
        return tuple(sorted(found, key=lambda a: a.date.sort_key()))

    def activities_in(
        self,
        year: int | None = None,
        *,
        kinds: Iterable[ActivityKind] | None = None,
        audience: Visibility = Visibility.BOARD,
    ) -> tuple[Activity, ...]:
        """Activities of *year* (the report year by default), in date order."""
        year = self.settings.year if year is None else year
        return self.activities_between(
            dt.date(year, 1, 1), dt.date(year, 12, 31), kinds=kinds, audience=audience
        )

    # -- alliances -------------------------------------------------------------

    def recorded_meetings(self, alliance_id: str, year: int) -> int:
        """How many meetings of *year* that link to the alliance were held."""
        return sum(
            1
            for a in self.activities_in(year, kinds=(ActivityKind.MEETING,))
            if a.alliance == alliance_id and a.status is not Status.CANCELLED
        )

    def declared_statistics(self, subject: str, year: int) -> Statistics | None:
        return next((s for s in self.statistics if s.subject == subject and s.year == year), None)

    def meeting_count(self, subject_id: str, year: int | None = None) -> int | None:
        """The declared meeting count of *year*, else the recorded meetings; None if neither."""
        year = self.settings.year if year is None else year
        declared = self.declared_statistics(subject_id, year)
        if declared is not None and declared.meetings is not None:
            return declared.meetings
        return self.recorded_meetings(subject_id, year) or None

    # -- governance --------------------------------------------------------------

    @property
    def agm_dates(self) -> dict[int, dt.date]:
        """The first day of each recorded annual meeting, by year."""
        return agm_dates(self.agms)

    def agm(self, year: int) -> AnnualMeeting | None:
        return next((m for m in self.agms if m.year == year), None)

    def body(self, key: str | BodyKind) -> Body:
        """The body with id *key*, or the first body of kind *key*; KeyError if none."""
        for body in self.bodies:
            if body.id == key or body.kind == key:
                return body
        raise KeyError(key)

    def roster(self, body: str | BodyKind | Body, day: dt.date) -> Roster:
        """Who holds which role of *body* on *day*."""
        found = body if isinstance(body, Body) else self.body(body)
        return roster(found, self.terms, self.agm_dates, day)

    def terms_of(self, body_id: str) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.body == body_id)

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

    # -- members -------------------------------------------------------------------

    def member_summary(self) -> MemberSummary:
        """Members counted by operating form, as the report's summary sentence does."""
        return MemberSummary.of(self.members)
