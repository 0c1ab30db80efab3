"""The page the board signs under the annual report: one block per seat holder on a day.

The signatories come from the terms, never from a hand-kept list: in the order
the board signs, as the terms' ``signs`` give it; without it, chair first,
deputy chair second, the other members in the order of the files, employee
representatives last. A seat holder whose term ends at an annual meeting
of that year or earlier that is not recorded stops the sheet: whether they
sign depends on that meeting's date. A block never splits across pages and the heading stays
with the first block.
"""

from __future__ import annotations

from docx.shared import Pt

from kssgov import BodyKind, Dataset, Language, PluginError, Role, Seat, format_date
from kssgov.messages import Count

from .labels import ERRORS, label
from .options import SignatureOptions
from .sections.page import Page

_LINE = "_" * 32


def role_line(seat: Seat, region: str | None, language: Language) -> str:
    """``Styreleder, representant region sør-øst``, ``Styrerepresentant region nord``, ..."""
    if seat.term.role is Role.EMPLOYEE_REPRESENTATIVE:
        return label("signatures.employee", language)
    member = label("signatures.member", language)
    if seat.is_chair:
        office = label("signatures.chair", language)
        rest = label("signatures.representative", language, region=region) if region else ""
    elif seat.is_deputy_chair:
        office = label("signatures.deputy_chair", language)
        rest = label("signatures.board_representative", language, region=region) if region else member
    else:
        text = label("signatures.board_representative", language, region=region) if region else member
        return text[:1].upper() + text[1:]
    return f"{office}, {rest}" if rest else office


def signatories(dataset: Dataset, options: SignatureOptions, language: Language) -> list[tuple[str, str]]:
    """Each signatory's name and role line on the day asked for; raises if the board is incomplete."""
    try:
        board = dataset.body(BodyKind.BOARD)
    except KeyError:
        raise PluginError(ERRORS["no_board"]) from None
    roster = dataset.roster(board, options.date)
    day = format_date(options.date)
    if roster.chair is None:
        raise PluginError(ERRORS["no_chair"], board=board.name, day=day)
    if board.seats is not None and len(roster.seats) < board.seats:
        raise PluginError(
            ERRORS["too_few"],
            board=board.name,
            day=day,
            held=Count("member", len(roster.seats)),
            seats=Count("seat", board.seats),
        )
    for year in roster.unrecorded_meetings:
        ending = [seat.person for seat in roster.seats if roster.ends_unrecorded(seat.term) == year]
        if ending:
            raise PluginError(ERRORS["unrecorded_meeting"], people=", ".join(ending), year=year, day=day)
    lines = []
    # Python's sort keeps the roster's order among seats without a place of their own (they come last).
    ordered = sorted(roster.seats, key=lambda seat: seat.term.signs or 100)
    for seat in ordered:
        region = dataset.settings.region(seat.term.region)
        lines.append((seat.person, role_line(seat, region.name.lower() if region else None, language)))
    return lines


def signature_sheet(page: Page) -> None:
    """The heading, the place-and-date line, and a block to sign for each seat holder."""
    options: SignatureOptions = page.request.options
    people = signatories(page.dataset, options, page.language)
    page.heading(page.words("signatures.heading"), 1)  # a heading keeps with what follows
    when = format_date(options.date)
    dated = page.text(f"{options.place}, {when}" if options.place else when)
    dated.paragraph_format.keep_with_next = True
    for name, role in people:
        line = page.text(_LINE)
        line.paragraph_format.space_before = Pt(40)
        signed = page.text(page.words("signatures.signed", name=name))
        described = page.text(role)
        for part in (line, signed, described):
            part.paragraph_format.keep_together = True
            part.paragraph_format.space_after = Pt(0)
        line.paragraph_format.keep_with_next = True
        signed.paragraph_format.keep_with_next = True
