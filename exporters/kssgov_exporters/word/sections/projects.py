"""Prosjekter og tiltak: the permanent programmes first, with service, staff and grant; then the projects."""

from __future__ import annotations

from kssgov import Measure, Placement, Project, ProjectKind, ReportPart, Staff
from kssgov.messages import join
from kssgov.messages import label as vocabulary_label

from ..labels import count, figure, grouped, kroner
from .communication import breakdowns, measured, remarks, whole_and_parts
from .page import Page


def projects(page: Page) -> None:
    """How many projects and programmes the organisation ran in the year, and each of them."""
    year = page.year
    visible = [p for p in page.dataset.projects if not p.years or year in p.years]
    own = [p for p in visible if p.kind is ProjectKind.PROJECT]
    programmes = [p for p in visible if p.kind is ProjectKind.PROGRAMME]
    page.heading(page.words("projects.heading", organisation=page.organisation), 1)
    page.text(
        page.words(
            "projects.summary",
            organisation=page.dataset.settings.short_name or page.organisation,
            projects=count("project", len(own), page.language),
            programmes=count("programme", len(programmes), page.language),
        )
    )
    if programmes or page.has_prose(ReportPart.PROGRAMMES):
        page.heading(page.words("projects.programmes"), 2)
        page.prose(ReportPart.PROGRAMMES)
        for programme in programmes:
            _programme(page, programme)
        page.prose(ReportPart.PROGRAMMES, Placement.CLOSING)
    if own or page.has_prose(ReportPart.PROJECTS):
        page.heading(page.words("projects.projects"), 2)
        page.prose(ReportPart.PROJECTS)
    if own:
        caption = page.words("projects.projects")
        headers = [page.words(f"projects.{c}") for c in ("name", "partner", "funder", "amount")]
        rows = [(p.name, ", ".join(p.partners), ", ".join(p.funders), _amount(page, p)) for p in own]
        page.table(headers, rows, caption=caption, notes=[p.note for p in own])
        for project in own:
            _project(page, project)
    page.prose(ReportPart.PROJECTS, Placement.CLOSING)


def _project(page: Page, project: Project) -> None:
    """A project's own part under the table: what it is and its figures, if it has either."""
    whole, parts = whole_and_parts(page.dataset.figures_of(project.id, page.year))
    if not (project.description or whole or parts or project.applied is not None):
        return
    page.heading(project.name, 3)
    page.texts(project.description)
    if project.applied is not None:
        applied = grouped(project.applied)
        if project.amount is None:
            page.text(page.words("projects.applied", applied=applied))
        else:
            granted = grouped(project.amount)
            page.text(page.words("projects.applied_granted", applied=applied, granted=granted))
    if whole:
        page.bullets([measured(page, f, with_channel=True) for f in whole])
    for line in breakdowns(page, parts):
        page.text(line)


def _amount(page: Page, project: Project) -> str:
    """``Kr 1 120 000 (for 2023 og 2024)``; empty when the report names no sum."""
    if project.amount is None:
        return project.amount_note or ""
    text = kroner(project.amount, page.language)
    notes = []
    if len(project.years) > 1:
        notes.append(page.words("projects.years", years=join([str(y) for y in project.years], page.language)))
    if project.amount_note:
        notes.append(project.amount_note)
    return f"{text} ({', '.join(notes)})" if notes else text


def _programme(page: Page, programme: Project) -> None:
    """A programme: what it is, what it did in figures, who worked there, and its grant."""
    page.heading(programme.name, 3)
    page.texts(programme.description)
    page.texts(programme.note)
    figures, parts = whole_and_parts(page.dataset.figures_of(programme.id, page.year))
    enquiries = [f for f in figures if f.measure is Measure.ENQUIRIES]
    total = next((f for f in enquiries if f.channel is None), None)
    if total is not None:
        by_channel = [
            page.words(
                "projects.enquiries_by",
                count=figure(f.value) + remarks(page, f),
                channel=vocabulary_label(f.channel, page.language),
            )
            for f in enquiries
            if f.channel is not None
        ]
        sentence = page.words(
            "projects.enquiries",
            year=page.year,
            unit=programme.name,
            total=count("enquiry", total.value, page.language) + remarks(page, total),
        )
        page.text(f"{sentence}, {join(by_channel, page.language)}." if by_channel else f"{sentence}.")
    for line in breakdowns(page, parts):
        page.text(line)
    rest = [f for f in figures if f.measure is not Measure.ENQUIRIES or total is None]
    if rest:
        page.bullets([measured(page, f, with_channel=True) for f in rest])
    staff = page.dataset.staff_of(programme.id, page.year)
    # Staff and finances are headings, as the secretariat's are: one style, one outline for the report.
    if staff:
        page.heading(page.words("projects.staff"), 4)
        page.text("\n".join(staff_line(page, s) for s in staff))
    if programme.amount is not None:
        page.heading(page.words("projects.finances"), 4)
        grant = page.words("projects.grant", year=page.year, amount=grouped(programme.amount))
        page.text(f"{grant} ({programme.amount_note})." if programme.amount_note else f"{grant}.")


def staff_line(page: Page, person: Staff) -> str:
    """``Eline Bostad, vikarierende rådgiver (april - september 2023)``; a note stands for the dates."""
    title = page.words("staff.temporary", title=person.title) if person.temporary else person.title
    when = person.note or _period(page, person)
    text = f"{person.person}, {title}"
    return f"{text} ({when})" if when else text


def _period(page: Page, person: Staff) -> str | None:
    """``fra september 2023``, ``til august 2023``, ``april - september 2023``."""
    start, end = person.start, person.end
    language = page.language
    if start is not None and end is not None:
        first = start.format(language)
        if start.day is None and end.day is None and start.year == end.year:
            first = first.removesuffix(f" {start.year}")
        return page.words("staff.between", start=first, end=end.format(language))
    if start is not None:
        return page.words("staff.from", date=start.format(language))
    if end is not None:
        return page.words("staff.until", date=end.format(language))
    return None
