"""Organisasjon: the annual meeting with its awards and elections, then each body with its members.

Who sat on a body in the year comes from the terms. A seat is written as
the report writes it: each holder over the year on a line, with their
personal deputies, then the deputy of the seat once, however often its
holder changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kssgov import (
    AgmBound,
    AnnualMeeting,
    Body,
    BodyKind,
    Placement,
    ReportPart,
    Role,
    Status,
    Term,
    TermBound,
    format_date,
)
from kssgov.messages import label as vocabulary_label

from ..labels import count, office
from .awards import write_awards
from .page import Page


def organisation(page: Page) -> None:
    """The organisation's bodies for the year, in the order of the files."""
    page.heading(page.words("bodies.heading"), 1)
    page.prose(ReportPart.BODIES)
    for body in page.dataset.bodies:
        if body.kind is BodyKind.ANNUAL_MEETING:
            page.texts(body.description)
    agm = page.dataset.agm(page.year)
    if agm is not None:
        _annual_meeting(page, agm)
    for body in page.dataset.bodies:
        if body.kind is not BodyKind.ANNUAL_MEETING:
            _body(page, body)
    page.prose(ReportPart.BODIES, Placement.CLOSING)


def body_name(page: Page, body: Body, *, capital: bool = False) -> str:
    """The body's own name in the records' language; in another what kind of body it is."""
    if page.in_data_language or body.kind is BodyKind.OTHER:
        return body.name
    text = "the " + vocabulary_label(body.kind, "en")
    return text[:1].upper() + text[1:] if capital else text


def _annual_meeting(page: Page, agm: AnnualMeeting) -> None:
    title = agm.title if agm.title and page.in_data_language else None
    page.heading(title or page.words("bodies.agm.heading", year=agm.year), 2)
    if agm.status is Status.CANCELLED:
        page.text(page.words("bodies.agm.cancelled", year=agm.year))
    else:
        place = page.words("bodies.agm.place", place=agm.where) if agm.where else ""
        page.text(page.words("bodies.agm", year=agm.year, date=agm.date.format(), place=place))
    page.texts(agm.description)
    page.texts(agm.note)
    write_awards(page, 3)
    _elections(page, agm)


def _elections(page: Page, agm: AnnualMeeting) -> None:
    """Who was elected to what, deputies marked, and the proposal when recorded; a note of an election
    is a paragraph under the table (a column of notes would stand mostly empty)."""
    held = [e for e in page.dataset.elections if e.agm == agm.id]
    if not held:
        return
    bodies = {b.id: b for b in page.dataset.bodies}
    with_proposals = any(e.proposed for e in held)
    columns = ["body", *(["proposed"] if with_proposals else []), "elected"]
    rows = []
    for election in held:
        body = bodies[election.body]
        cells = {
            "body": body_name(page, body, capital=True),
            "proposed": "\n".join(_marked(page, body, agm, election.proposed)),
            "elected": "\n".join(_marked(page, body, agm, election.elected)),
        }
        rows.append([cells[c] for c in columns])
    title = page.words("bodies.elections", year=agm.year)
    page.heading(title, 3)
    page.table([page.words(f"bodies.election.{c}") for c in columns], rows, caption=title)
    for election in held:
        if election.note:
            body = bodies[election.body]
            page.text(
                page.words(
                    "bodies.election.noted", body=body_name(page, body, capital=True), note=election.note
                )
            )


def _marked(page: Page, body: Body, agm: AnnualMeeting, people: Sequence[str]) -> list[str]:
    """The names, each elected as a deputy marked ``(vara)``."""
    starting = [t for t in page.dataset.terms_of(body.id) if _starts_at(t.start, agm)]
    deputies = {t.person for t in starting if t.role is Role.DEPUTY}
    seated = {t.person for t in starting if t.role.holds_seat}
    return [
        page.words("bodies.election.deputy", person=p) if p in deputies and p not in seated else p
        for p in people
    ]


def _starts_at(bound: TermBound | None, agm: AnnualMeeting) -> bool:
    if isinstance(bound, AgmBound):
        return bound.agm == agm.year
    return bound is not None and agm.date.start <= bound <= agm.date.end


def _body(page: Page, body: Body) -> None:
    year = page.year
    page.heading(body_name(page, body, capital=True), 2)
    page.texts(body.description)
    page.texts(body.mandate)
    if body.tasks:
        page.text(page.words("bodies.tasks"))
        page.bullets(list(body.tasks))
    page.texts(body.note)
    _figures(page, body)
    terms = list(page.dataset.terms_during(body.id, dt.date(year, 1, 1), dt.date(year, 12, 31)))
    if terms:
        _members(page, body, terms)


def _figures(page: Page, body: Body) -> None:
    """``Styret hadde seks møter og behandlet 51 saker i 2023.``"""
    figures = page.dataset.declared_statistics(body.id, page.year)
    if figures is None or figures.meetings is None:
        return
    name = body_name(page, body)
    meetings = count("meeting", figures.meetings, page.language)
    if figures.cases is None:
        text = page.words("bodies.meetings_only", body=name, meetings=meetings, year=page.year)
    else:
        cases = count("case", figures.cases, page.language)
        text = page.words("bodies.figures", body=name, meetings=meetings, cases=cases, year=page.year)
    page.text(text[:1].upper() + text[1:])
    page.texts(figures.note)


def qualifier(page: Page, bound: TermBound | None, starting: bool) -> str | None:
    """``fra årsmøtet 2023`` or ``fram til 1.9.2023`` when a bound falls in the year."""
    if isinstance(bound, AgmBound):
        if bound.agm != page.year:
            return None
        return page.words("bodies.from_agm" if starting else "bodies.until_agm", year=bound.agm)
    if bound is None or bound.year != page.year:
        return None
    return page.words("bodies.from_date" if starting else "bodies.until_date", date=format_date(bound))


def describe(page: Page, term: Term, offices: Sequence[str] = ()) -> str:
    """``Heidi Olden Eng, styreleder, Gjøvik krisesenter IKS fra årsmøtet 2023 – note``."""
    text = ", ".join([term.person, *offices, *([term.affiliation] if term.affiliation else [])])
    bounds = [q for q in (qualifier(page, term.start, True), qualifier(page, term.end, False)) if q]
    if bounds:
        text += " " + " ".join(bounds)
    if term.note:
        text += f" – {term.note}"
    return text


def held_office(page: Page, body: Body, term: Term) -> str:
    """``styreleder``, or ``nestleder fra 1.5.2023`` when the office began or ended in the year."""
    bounds = [q for q in (qualifier(page, term.start, True), qualifier(page, term.end, False)) if q]
    return " ".join([office(term.role, body.kind, page.language), *bounds])


def _members(page: Page, body: Body, terms: list[Term]) -> None:
    title = (
        page.words("bodies.board_members", year=page.year)
        if body.kind is BodyKind.BOARD
        else page.words("bodies.members", body=body_name(page, body), year=page.year)
    )
    page.heading(title, 3)
    holders = [t for t in terms if t.role.holds_seat]
    offices = [t for t in terms if t.role.is_office]
    deputy = page.words("bodies.deputy")
    written: set[str] = set()

    def seat_lines(seat: list[Term]) -> list[str]:
        lines = []
        for holder in seat:
            own = [o for o in offices if o.person == holder.person]
            line = describe(page, holder, [held_office(page, body, o) for o in own])
            lines.append(line + "".join(f" – {o.note}" for o in own if o.note))
            personal = [d for d in terms if d.role is Role.DEPUTY and d.deputy_for == holder.id]
            lines += [f"{deputy}: {describe(page, d)}" for d in personal]
            written.update(d.id for d in personal)
        shared = [
            d
            for d in terms
            if d.role is Role.DEPUTY
            and d.deputy_for is None
            and d.seat is not None
            and d.seat == seat[0].seat
        ]
        lines += [f"{deputy}: {describe(page, d)}" for d in shared]
        written.update(d.id for d in shared)
        return lines

    groups: list[tuple[str | None, list[Term]]] = []
    if body.kind is BodyKind.BOARD:
        for region in page.dataset.settings.regions:
            in_region = [s for s in holders if s.region == region.id and s.role is Role.MEMBER]
            if in_region:
                groups.append((page.words("bodies.region", region=region.name.lower()), in_region))
        grouped_ids = {t.id for _, group in groups for t in group}
        rest = [s for s in holders if s.role is Role.MEMBER and s.id not in grouped_ids]
        if rest:
            # Beside members listed by region, those of none get a title of their own.
            groups.append((page.words("bodies.no_region") if groups else None, rest))
        employees = [s for s in holders if s.role is Role.EMPLOYEE_REPRESENTATIVE]
        if employees:
            groups.append((page.words("bodies.employees"), employees))
    else:
        groups.append((None, holders))
    for group_title, group in groups:
        if group_title:
            # A region's title never ends a page: it stays with its first member.
            page.text(group_title, bold=True).paragraph_format.keep_with_next = True
        for seat in _by_seat(group):
            page.text("\n".join(seat_lines(seat)))
    loose = [t for t in terms if t.role is Role.DEPUTY and t.id not in written]
    if loose:
        page.text("\n".join(f"{deputy}: {describe(page, d)}" for d in loose))
    seated = {s.person for s in holders}
    for officer in (t for t in offices if t.person not in seated):
        page.text(describe(page, officer, [office(officer.role, body.kind, page.language)]))
    for secretary in (t for t in terms if t.role is Role.SECRETARY):
        page.text(f"{page.words('bodies.secretary')}: {describe(page, secretary)}")


def _by_seat(holders: list[Term]) -> list[list[Term]]:
    """The holders grouped by seat, in the order each seat first appears; a holder without a seat alone."""
    seats: dict[str, list[Term]] = {}
    for holder in holders:
        seats.setdefault(holder.seat or f"term:{holder.id}", []).append(holder)
    return list(seats.values())
