"""The page the board signs under the annual report: one block per seat holder on a day.

The signatories come from the terms, never from a hand-kept list: chair first,
deputy chair second, the other members in the order of the files, employee
representatives last. A block never splits across pages and the heading stays
with the first block.
"""

from __future__ import annotations

import datetime as dt

from docx.document import Document
from docx.shared import Pt

from kssgov import BodyKind, Dataset, ExportRequest, Language, PluginError, Role, Seat, format_date

from .document import heading, paragraph

_TEXT = {
    "heading": {"nb": "Styrets signatur", "en": "Signatures of the board"},
    "signed": {"nb": "{name}, sign.", "en": "{name} (signed)"},
    "chair": {"nb": "Styreleder", "en": "Chair"},
    "deputy_chair": {"nb": "Nestleder", "en": "Deputy chair"},
    "representative": {"nb": "representant region {region}", "en": "representative of region {region}"},
    "board_representative": {
        "nb": "styrerepresentant region {region}",
        "en": "board representative of region {region}",
    },
    "member": {"nb": "styremedlem", "en": "board member"},
    "employee": {"nb": "Ansattrepresentant", "en": "Employee representative"},
}
_LINE = "_" * 32


def _text(key: str, language: Language, **params: object) -> str:
    return _TEXT[key][language].format(**params)


def role_line(seat: Seat, region: str | None, language: Language) -> str:
    """``Styreleder, representant region sør-øst``, ``Styrerepresentant region nord``, ..."""
    if seat.term.role is Role.EMPLOYEE_REPRESENTATIVE:
        return _text("employee", language)
    if seat.is_chair:
        office = _text("chair", language)
        rest = _text("representative", language, region=region) if region else ""
    elif seat.is_deputy_chair:
        office = _text("deputy_chair", language)
        rest = _text("board_representative", language, region=region) if region else _text("member", language)
    else:
        text = _text("board_representative", language, region=region) if region else _text("member", language)
        return text[:1].upper() + text[1:]
    return f"{office}, {rest}" if rest else office


def signing_day(request: ExportRequest) -> dt.date:
    if request.date is None:
        raise PluginError("give the date the board signs on, for example --date 2024-03-12")
    return request.date


def signatories(dataset: Dataset, request: ExportRequest) -> list[tuple[str, str]]:
    """Each signatory's name and role line on the request's date; raises if the board is incomplete."""
    try:
        board = dataset.body(BodyKind.BOARD)
    except KeyError:
        raise PluginError('the dataset has no board (a [[body]] with kind = "board")') from None
    roster = dataset.roster(board, signing_day(request))
    day = format_date(signing_day(request))
    if roster.chair is None:
        raise PluginError(
            f'{board.name} has no chair on {day}: add a term with role = "chair" covering that day'
        )
    if board.seats is not None and len(roster.seats) < board.seats:
        raise PluginError(
            f"{board.name} has {len(roster.seats)} members on {day} but {board.seats} seats: "
            "check the terms that end or start around that day"
        )
    language = request.language
    lines = []
    for seat in roster.seats:
        region = dataset.settings.region(seat.term.region) if seat.term.region else None
        lines.append((seat.person, role_line(seat, region.name.lower() if region else None, language)))
    return lines


def signature_sheet(document: Document, dataset: Dataset, request: ExportRequest) -> None:
    """The heading, the place-and-date line, and a block to sign for each seat holder."""
    people = signatories(dataset, request)
    language = request.language
    title = heading(document, _text("heading", language), 1)
    title.paragraph_format.keep_with_next = True
    when = format_date(signing_day(request))
    dated = paragraph(document, f"{request.place}, {when}" if request.place else when)
    dated.paragraph_format.keep_with_next = True
    for name, role in people:
        line = paragraph(document, _LINE)
        line.paragraph_format.space_before = Pt(40)
        signed = paragraph(document, _text("signed", language, name=name))
        described = paragraph(document, role)
        for part in (line, signed, described):
            part.paragraph_format.keep_together = True
            part.paragraph_format.space_after = Pt(0)
        line.paragraph_format.keep_with_next = True
        signed.paragraph_format.keep_with_next = True
