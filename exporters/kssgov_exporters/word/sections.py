"""The annual report's sections, each written into a Word document from the records.

Sections receive the dataset already narrowed to the request's audience
(see :mod:`.render`), and compute everything they print from it; nothing is
typed by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from docx.document import Document

from kssgov import (
    AgmBound,
    AllianceKind,
    Body,
    BodyKind,
    Dataset,
    ExportRequest,
    Language,
    ProjectKind,
    Role,
    Status,
    Term,
    TermBound,
    format_date,
)
from kssgov.messages import counted, join
from kssgov.messages import label as vocabulary_label

from .document import heading, paragraph
from .labels import kroner, label, office
from .options import PoliticsOptions, SectionOptions
from .tables import add_table

Section = Callable[[Document, Dataset, ExportRequest[Any]], None]


def politics(document: Document, dataset: Dataset, request: ExportRequest[Any]) -> None:
    """The politics table, Dato | Hvor | Tema, in date order, cancelled rows left out."""
    options: PoliticsOptions = request.options
    language = request.language
    first, last = options.period(dataset.settings)
    rows = [
        (_unbroken(a.date.format(with_time=False)), a.where, a.topic)
        for a in dataset.activities_between(
            first, last, kinds=options.kinds or None, audience=request.audience
        )
        if a.status is not Status.CANCELLED
    ]
    heading(document, label("politics.heading", language), 1)
    headers = [label(f"politics.{c}", language) for c in ("date", "where", "topic")]
    add_table(document, headers, rows, widths=(17, 47, 36))


def _unbroken(date_text: str) -> str:
    """A date range kept on one line: its hyphens made non-breaking."""
    return date_text.replace("-", "\u2011")


def alliances(document: Document, dataset: Dataset, request: ExportRequest[Any]) -> None:
    """Reference groups and alliances as tables, networks as text."""
    options: SectionOptions = request.options
    language = request.language
    year = options.report_year(dataset.settings)
    visible = dataset.alliances
    heading(document, label("alliances.heading", language), 1)

    def meetings(alliance_id: str) -> str:
        count = dataset.meeting_count(alliance_id, year, audience=request.audience)
        return "" if count is None else str(count)

    groups = [a for a in visible if a.kind is AllianceKind.REFERENCE_GROUP]
    if groups:
        add_table(
            document,
            [label(k, language) for k in ("alliances.name", "alliances.participants", "alliances.meetings")],
            [(g.name, ", ".join(g.participants), meetings(g.id)) for g in groups],
            widths=(34, 52, 14),
        )
        paragraph(document)
    allied = [a for a in visible if a.kind is AllianceKind.ALLIANCE]
    if allied:
        headers = ("alliances.name", "alliances.partners", "alliances.funder", "alliances.meetings")
        add_table(
            document,
            [label(k, language) for k in headers],
            [
                (
                    a.name,
                    ", ".join(a.participants),
                    ", ".join(a.funders) or label("alliances.none", language),
                    meetings(a.id),
                )
                for a in allied
            ],
            widths=(24, 38, 24, 14),
        )
    for network in (a for a in visible if a.kind is AllianceKind.NETWORK):
        heading(document, network.name, 2)
        for text in (network.description or ", ".join(network.participants)).split("\n\n"):
            paragraph(document, text)


def members(document: Document, dataset: Dataset, request: ExportRequest[Any]) -> None:
    """The member table and the summary sentence computed from it."""
    options: SectionOptions = request.options
    language = request.language
    organisation = dataset.settings.name
    heading(
        document,
        label(
            "members.heading", language, organisation=organisation, year=options.report_year(dataset.settings)
        ),
        1,
    )

    def region(region_id: str | None) -> str:
        found = dataset.settings.region(region_id) if region_id else None
        return found.name if found else ""

    add_table(
        document,
        [label(f"members.{c}", language) for c in ("name", "form", "region", "leader", "contact")],
        [
            (
                m.name,
                vocabulary_label(m.operating_form, language),
                region(m.region),
                "/".join(m.leaders),
                m.contact or "",
            )
            for m in dataset.members
        ],
        widths=(24, 21, 11, 19, 25),
    )
    paragraph(document)
    paragraph(document, member_summary(dataset, request))


def member_summary(dataset: Dataset, request: ExportRequest[Any]) -> str:
    """``Organisasjonen hadde 20 medlemmer i perioden, hvorav 11 er kommunale/IKS, ...``."""
    language = request.language
    summary = dataset.member_summary()
    if language == "nb":
        parts = [
            (summary.public, "er kommunale/IKS", "er kommunal/IKS"),
            (summary.non_profit, "er ideelle organisasjoner", "er en ideell organisasjon"),
            (summary.foundation, "er stiftelser", "er en stiftelse"),
            (summary.other, "har annen driftsform", "har annen driftsform"),
        ]
        named = [f"{n} {many if n != 1 else one}" for n, many, one in parts if n]
        head = f"Organisasjonen hadde {counted('member', summary.total, language)} i perioden"
        return f"{head}, hvorav {join(named, language)}." if named else f"{head}."
    parts_en = [
        (summary.public, "municipal or inter-municipal"),
        (
            summary.non_profit,
            "non-profit organisations" if summary.non_profit != 1 else "a non-profit organisation",
        ),
        (summary.foundation, "foundations" if summary.foundation != 1 else "a foundation"),
        (summary.other, "of another operating form"),
    ]
    named_en = [f"{n} {text}" if not text.startswith("a ") else text for n, text in parts_en if n]
    head = f"The organisation had {counted('member', summary.total, language)} in the period"
    return f"{head}: {join(named_en, language)}." if named_en else f"{head}."


def projects(document: Document, dataset: Dataset, request: ExportRequest[Any]) -> None:
    """Projects and programmes with partners, funders and grants in the report's style."""
    options: SectionOptions = request.options
    language = request.language
    year = options.report_year(dataset.settings)
    organisation = dataset.settings.short_name or dataset.settings.name
    visible = [p for p in dataset.projects if not p.years or year in p.years]
    own = [p for p in visible if p.kind is ProjectKind.PROJECT]
    programmes = [p for p in visible if p.kind is ProjectKind.PROGRAMME]
    heading(document, label("projects.heading", language, organisation=dataset.settings.name), 1)
    paragraph(
        document,
        label(
            "projects.summary",
            language,
            organisation=organisation,
            projects=counted("project", len(own), language),
            programmes=counted("programme", len(programmes), language),
        ),
    )

    def amount(project_years: tuple[int, ...], value: int | None) -> str:
        if value is None:
            return ""
        text = kroner(value, language)
        if len(project_years) > 1:
            years = join([str(y) for y in project_years], language)
            text += f" ({label('projects.years', language, years=years)})"
        return text

    headers = [label(f"projects.{c}", language) for c in ("name", "partner", "funder", "amount")]
    for title, items in (("projects.projects", own), ("projects.programmes", programmes)):
        if not items:
            continue
        heading(document, label(title, language), 2)
        add_table(
            document,
            headers,
            [(p.name, ", ".join(p.partners), ", ".join(p.funders), amount(p.years, p.amount)) for p in items],
            widths=(26, 27, 22, 25),
        )


def awards(document: Document, dataset: Dataset, request: ExportRequest[Any]) -> None:
    """A paragraph for each award of the year."""
    options: SectionOptions = request.options
    language = request.language
    year = options.report_year(dataset.settings)
    given = [a for a in dataset.awards if a.year == year]
    heading(document, label("awards.heading", language), 1)
    for award in given:
        heading(
            document,
            label(
                "awards.title",
                language,
                recipient=award.recipient,
                prize=award.prize,
                year=award.year,
            ),
            2,
        )
        sentence = label(
            "awards.given", language, prize=award.prize, year=award.year, recipient=award.recipient
        )
        if award.affiliation:
            sentence += f" ({award.affiliation})"
        if award.presented_at:
            sentence += " " + label("awards.at", language, place=award.presented_at)
        text = sentence + "."
        if award.citation:
            text += " " + award.citation
        if award.gifts:
            text += " " + label(
                "awards.gifts", language, recipient=award.recipient, gifts=join(list(award.gifts), language)
            )
        paragraph(document, text)


def bodies(document: Document, dataset: Dataset, request: ExportRequest[Any]) -> None:
    """The annual meeting, each body's members for the year with qualifiers, figures and elections."""
    options: SectionOptions = request.options
    language = request.language
    year = options.report_year(dataset.settings)
    heading(document, label("bodies.heading", language), 1)
    agm = dataset.agm(year)
    if agm is not None:
        place = label("bodies.agm.place", language, place=agm.where) if agm.where else ""
        paragraph(document, label("bodies.agm", language, year=year, date=agm.date.format(), place=place))
    for body in dataset.bodies:
        terms = list(dataset.terms_during(body.id, dt.date(year, 1, 1), dt.date(year, 12, 31)))
        if terms:
            _body_members(document, dataset, body, terms, year, language)
        _body_figures(document, dataset, body, year, language)
    _elections(document, dataset, language, year)


def qualifier(bound: TermBound | None, starting: bool, year: int, language: Language) -> str | None:
    """``fra årsmøtet 2023`` or ``fram til 1.9.2023`` when a bound falls in *year*."""
    if isinstance(bound, AgmBound):
        if bound.agm != year:
            return None
        return label("bodies.from_agm" if starting else "bodies.until_agm", language, year=bound.agm)
    if bound is None or bound.year != year:
        return None
    return label("bodies.from_date" if starting else "bodies.until_date", language, date=format_date(bound))


def describe(term: Term, year: int, language: Language, offices: Sequence[str] = ()) -> str:
    """``Heidi Olden Eng, styreleder, Gjøvik krisesenter IKS fra årsmøtet 2023 – note``."""
    parts = [term.person, *offices]
    if term.affiliation:
        parts.append(term.affiliation)
    text = ", ".join(parts)
    bounds = [
        q
        for q in (qualifier(term.start, True, year, language), qualifier(term.end, False, year, language))
        if q
    ]
    if bounds:
        text += " " + " ".join(bounds)
    if term.note:
        text += f" – {term.note}"
    return text


def _body_members(
    document: Document, dataset: Dataset, body: Body, terms: list[Term], year: int, language: Language
) -> None:
    title = (
        label("bodies.board_members", language, year=year)
        if body.kind is BodyKind.BOARD
        else label("bodies.members", language, body=body.name, year=year)
    )
    heading(document, title, 2)
    seats = [t for t in terms if t.role.holds_seat]
    seat_ids = {t.id for t in seats}
    offices = [t for t in terms if t.role.is_office]
    deputy_word = label("bodies.deputy", language)

    def write_seat(seat: Term) -> None:
        held = [office(o.role, body.kind, language) for o in offices if o.person == seat.person]
        lines = [describe(seat, year, language, held)]
        lines += [
            f"{deputy_word}: {describe(d, year, language)}"
            for d in terms
            if d.role is Role.DEPUTY and d.deputy_for == seat.id
        ]
        paragraph(document, "\n".join(lines))

    groups: list[tuple[str | None, list[Term]]] = []
    if body.kind is BodyKind.BOARD:
        for region in dataset.settings.regions:
            in_region = [s for s in seats if s.region == region.id and s.role is Role.MEMBER]
            if in_region:
                groups.append((label("bodies.region", language, region=region.name.lower()), in_region))
        rest = [s for s in seats if s.role is Role.MEMBER and s not in [t for _, g in groups for t in g]]
        if rest:
            groups.append((None, rest))
        employees = [s for s in seats if s.role is Role.EMPLOYEE_REPRESENTATIVE]
        if employees:
            groups.append((label("bodies.employees", language), employees))
    else:
        groups.append((None, seats))
    for title_text, group in groups:
        if title_text:
            paragraph(document, title_text, bold=True)
        for seat in group:
            write_seat(seat)
    loose = [
        t for t in terms if t.role is Role.DEPUTY and (t.deputy_for is None or t.deputy_for not in seat_ids)
    ]
    if loose:
        paragraph(document, "\n".join(f"{deputy_word}: {describe(d, year, language)}" for d in loose))
    seated = {s.person for s in seats}
    for officer in (t for t in offices if t.person not in seated):
        paragraph(document, describe(officer, year, language, [office(officer.role, body.kind, language)]))
    for secretary in (t for t in terms if t.role is Role.SECRETARY):
        paragraph(document, f"{label('bodies.secretary', language)}: {describe(secretary, year, language)}")


def _body_figures(document: Document, dataset: Dataset, body: Body, year: int, language: Language) -> None:
    figures = dataset.declared_statistics(body.id, year)
    if figures is None or figures.meetings is None:
        return
    meetings = counted("meeting", figures.meetings, language)
    name = body.name if language == "nb" else body.name.lower()
    if figures.cases is None:
        paragraph(document, label("bodies.meetings_only", language, body=name, meetings=meetings, year=year))
        return
    cases = counted("case", figures.cases, language)
    paragraph(
        document, label("bodies.figures", language, body=name, meetings=meetings, cases=cases, year=year)
    )


def _elections(document: Document, dataset: Dataset, language: Language, year: int) -> None:
    agm = dataset.agm(year)
    if agm is None:
        return
    held = [e for e in dataset.elections if e.agm == agm.id]
    if not held:
        return
    names = {b.id: b.name for b in dataset.bodies}
    unrecorded = label("bodies.election.unrecorded", language)
    heading(document, label("bodies.elections", language, year=year), 2)
    add_table(
        document,
        [label(f"bodies.election.{c}", language) for c in ("body", "proposed", "elected")],
        [
            (
                names[e.body],
                "\n".join(e.proposed) or unrecorded,
                "\n".join(e.elected) or unrecorded,
            )
            for e in held
        ],
        widths=(24, 38, 38),
    )


#: Every section by name, in the order the annual report prints them.
SECTIONS: dict[str, Section] = {
    "politics": politics,
    "alliances": alliances,
    "projects": projects,
    "awards": awards,
    "bodies": bodies,
    "members": members,
}
