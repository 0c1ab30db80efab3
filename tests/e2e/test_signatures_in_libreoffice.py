"""Signature sheets for boards of 3 to 15 members, as LibreOffice lays them out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kssgov import Body, BodyKind, Dataset, ElectedBy, Region, Role, Settings, Term
from kssgov.files.pdf import to_pdf

from ..exports import export
from .clients import page_image, pdf_pages, require

pytestmark = pytest.mark.e2e

REGIONS = (Region("nord", "Nord"), Region("sor", "Sør"), Region("vest", "Vest"))


def board_of(size: int) -> Dataset:
    """A board of *size* seats: a chair, a deputy chair, members by region, an employee representative."""
    terms: list[Term] = []
    for number in range(1, size + 1):
        employee = number == size
        terms.append(
            Term(
                id=f"seat-{number}",
                body="board",
                person=f"Person Nummer{number:02d}",
                role=Role.EMPLOYEE_REPRESENTATIVE if employee else Role.MEMBER,
                region=None if employee else REGIONS[number % 3].id,
                elected_by=ElectedBy.EMPLOYEES if employee else ElectedBy.ANNUAL_MEETING,
            )
        )
    terms.append(Term(id="chair", body="board", person="Person Nummer02", role=Role.CHAIR))
    terms.append(Term(id="deputy-chair", body="board", person="Person Nummer01", role=Role.DEPUTY_CHAIR))
    return Dataset(
        settings=Settings(name="Org", year=2024, regions=REGIONS),
        bodies=(Body(id="board", kind=BodyKind.BOARD, name="Styret", seats=size),),
        terms=tuple(terms),
    )


@pytest.mark.parametrize("size", range(3, 16))
def test_names_in_order_and_no_block_split(size: int, tmp_path: Path) -> None:
    require("soffice")
    data = board_of(size)
    document = tmp_path / f"signatur-{size}.docx"
    document.write_bytes(export("signatures", data, date=dt.date(2024, 3, 12), place="Oslo"))
    pdf = to_pdf(document)
    pages = [[line.strip() for line in page.splitlines() if line.strip()] for page in pdf_pages(pdf)]
    assert pages[0][:2] == ["Styrets signatur", "Oslo, 12.3.2024"]
    names = []
    for page in pages:
        for index, line in enumerate(page):
            if line.endswith(", sign."):
                assert index > 0, f"a block starts mid-way on a page: {line}"
                assert page[index - 1].startswith("____"), f"{line} is separated from its signature line"
                assert index + 1 < len(page), f"{line} is separated from its role"
                names.append(line.removesuffix(", sign."))
            if line.startswith("____"):
                assert index + 2 < len(page), "a signature line is separated from its name and role"
    roster = data.roster("board", dt.date(2024, 3, 12))
    assert names == [seat.person for seat in roster.seats]
    assert names[0] == "Person Nummer02"
    assert names[1] == "Person Nummer01"
    assert names[-1] == f"Person Nummer{size:02d}"
    if size == 15:
        assert len(pages) >= 2
        page_image(pdf, "signatur-15-page-2", page=2)
