"""``kssgov governance roster`` and ``kssgov governance due``: who holds which role, and what is due."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from ..messages import Count, Label, Language, sentence, text
from ..model import BodyKind, ElectedBy, Roster, Term, format_date
from ..model.nominations import due as agenda
from ..model.nominations import next_agm
from .export import load
from .language import lang_option, language
from .params import DATE, dataset_argument, help_text, metavar


@click.group(help=help_text("help.governance"))
@lang_option()
def governance() -> None:
    pass


@governance.command(help=help_text("help.roster"))
@dataset_argument()
@click.option(
    "--body",
    "body_key",
    default="board",
    show_default=True,
    metavar=metavar("body"),
    help=help_text("help.roster_body"),
)
@click.option("--date", "day", type=DATE, help=help_text("help.roster_date"))
@lang_option()
def roster(folder: Path, body_key: str, day: dt.date | None) -> None:
    lang = language()
    data, _ = load(folder)
    key: str | BodyKind = BodyKind(body_key) if body_key in BodyKind.names() else body_key
    try:
        body = data.body(key)
    except KeyError:
        known = ", ".join(b.id for b in data.bodies)
        raise click.BadParameter(
            sentence("roster.no_body", lang, value=body_key, known=known), param_hint="'--body'"
        ) from None
    day = day or dt.date.today()
    listing = data.roster(body, day)
    click.echo(text("roster.heading", lang, body=body.name, date=format_date(day)))
    for seat in listing.seats:
        offices = "".join(f", {Label(o.role).render(lang)}" for o in seat.offices)
        until = _open_end(listing, seat.term, lang)
        click.echo(f"  {seat.person} ({Label(seat.term.role).render(lang)}{offices}{until})")
        for standing_in in seat.deputies:
            click.echo(
                f"    {Label(standing_in.role).render(lang)}: {standing_in.person}"
                f"{_open_end(listing, standing_in, lang, brackets=True)}"
            )
    for other in (*listing.deputies, *listing.officers):
        click.echo(f"  {other.person} ({Label(other.role).render(lang)}{_open_end(listing, other, lang)})")
    if not (listing.seats or listing.deputies or listing.officers):
        click.echo(f"  {text('roster.empty', lang)}")
    for year in listing.unrecorded_meetings:
        key = "roster.ended_unrecorded" if year < day.year else "roster.ends_unrecorded"
        click.echo(sentence(key, lang, year=year, date=format_date(day)) + ".")


def _open_end(listing: Roster, term: Term, lang: Language, *, brackets: bool = False) -> str:
    """``; until the annual meeting of 2025, which is not recorded`` for a term of the roster's open ends."""
    year = listing.ends_unrecorded(term)
    if year is None:
        return ""
    said = text("roster.open_end", lang, year=year)
    return f" ({said})" if brackets else f"; {said}"


@governance.command(help=help_text("help.due"))
@dataset_argument()
@click.option(
    "--agm", "year", type=click.IntRange(1900, 2199), metavar=metavar("year"), help=help_text("help.due_agm")
)
@click.option("--date", "day", type=DATE, help=help_text("help.due_date"))
@lang_option()
def due(folder: Path, year: int | None, day: dt.date | None) -> None:
    lang = language()
    data, _ = load(folder)
    today = day or dt.date.today()
    report = agenda(data, year if year is not None else next_agm(data, today), today)
    names = {b.id: b.name for b in data.bodies}
    note = "" if report.agm_recorded else text("due.unrecorded", lang)
    click.echo(text("due.heading", lang, year=report.year, date=format_date(report.day), note=note))
    for heading, terms in (("due.ending", report.ending), ("due.to_confirm", report.to_confirm)):
        if terms:
            click.echo(text(heading, lang))
        for term in terms:
            click.echo(f"  {names[term.body]}: {term.person} ({_role(term, lang)})")
    for vacancy in report.vacancies:
        click.echo(
            text(
                "due.vacant",
                lang,
                body=vacancy.body.name,
                vacant=Count("seat", vacancy.vacant),
                held=vacancy.held,
                seats=vacancy.seats,
            )
        )
    for orphan in report.orphaned_deputies:
        click.echo(text("due.orphaned", lang, deputy=orphan.deputy.person, member=orphan.member.person))
    for conflict in report.conflicts:
        if conflict.same_body:
            click.echo(text("due.same_body", lang, person=conflict.person, body=names[conflict.first.body]))
        else:
            first, second = names[conflict.first.body], names[conflict.second.body]
            click.echo(text("due.incompatible", lang, person=conflict.person, first=first, second=second))
    if report.is_empty:
        click.echo(text("due.nothing", lang))


def _role(term: Term, lang: Language) -> str:
    """``deputy``, or ``employee representative, elected by the employees``."""
    role = Label(term.role).render(lang)
    if term.elected_by is ElectedBy.EMPLOYEES:
        return f"{role}, {text('due.by_employees', lang)}"
    return role
