"""The example's report as LibreOffice renders it: every politics row is in the PDF, in order."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest

import kssgov
from kssgov import Status, Visibility
from kssgov.files.pdf import to_pdf

from ..conftest import EXAMPLE
from ..exports import export
from .clients import ARTEFACTS, page_image, pdf_pages, pdf_text, require, squeeze

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require("soffice")
    folder = tmp_path_factory.mktemp("report")
    document = folder / "arsmelding-2023.docx"
    data = kssgov.load(EXAMPLE)
    document.write_bytes(export("report", data))
    pdf = to_pdf(document)
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    (ARTEFACTS / "arsmelding-2023.pdf").write_bytes(pdf.read_bytes())
    return pdf


def test_every_politics_row_is_in_the_pdf_in_date_order(report_pdf: Path) -> None:
    text = squeeze(pdf_text(report_pdf))
    data = kssgov.load(EXAMPLE)
    rows = [
        a for a in data.activities_in(2023, audience=Visibility.PUBLIC) if a.status is not Status.CANCELLED
    ]
    assert len(rows) == 44
    position = 0
    for row in rows:
        found = text.find(squeeze(f"{row.date.format()}{row.where}{row.topic}"), position)
        assert found >= 0, f"row {row.date.format()} {row.where!r} is missing or out of order"
        position = found


def test_the_same_document_gives_the_same_pdf_stamped_with_the_documents_time(
    report_pdf: Path, tmp_path: Path
) -> None:
    again = to_pdf(report_pdf.with_suffix(".docx"), tmp_path / "again.pdf")
    assert again.read_bytes() == report_pdf.read_bytes()
    assert _misplaced_objects(again.read_bytes()) == []
    with pikepdf.open(again) as opened:
        assert str(opened.docinfo["/CreationDate"]) == "D:20240101000000Z'"  # the end of the year reported
        assert opened.trailer.ID[0] == opened.trailer.ID[1]
        with opened.open_metadata() as metadata:
            assert metadata["xmp:CreateDate"] == "2024-01-01T00:00:00Z"


def test_the_header_row_repeats_on_each_page_of_the_table(report_pdf: Path) -> None:
    text = pdf_text(report_pdf)
    assert text.count("Dato Hvor Tema") >= 2


def test_a_page_image_is_written_for_a_person_to_look_at(report_pdf: Path) -> None:
    image = page_image(report_pdf, "arsmelding-2023-page-1")
    assert image.stat().st_size > 10_000
    assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_template_saved_by_libreoffice(tmp_path: Path) -> None:
    """A template that went through LibreOffice keeps working: its own heading style is used."""
    import subprocess

    import docx

    soffice = require("soffice")
    source = tmp_path / "mal.docx"
    original = docx.Document()
    original.sections[0].header.paragraphs[0].text = "Krisesentersekretariatet"
    original.add_heading("Årsmelding", level=1)
    original.save(str(source))
    converted = tmp_path / "converted"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(converted),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    template = (converted / "mal.docx").read_bytes()
    data = export("politics", kssgov.load(EXAMPLE), template=template)
    document = docx.Document(io.BytesIO(data))
    heading = document.paragraphs[0]
    assert heading.text == "Politikk"
    assert heading.style is not None
    assert heading.style.name is not None
    assert heading.style.name.lower() == "heading 1"
    assert document.sections[0].header.paragraphs[0].text == "Krisesentersekretariatet"


def _misplaced_objects(data: bytes) -> list[int | str]:
    """The objects whose place in the cross-reference table is not where they start (and "xref" if the
    table itself is not where the file says)."""
    start = data.rindex(b"\nxref\n") + 1
    misplaced: list[int | str] = (
        [] if int(data[data.rindex(b"startxref") + 9 :].split()[0]) == start else ["xref"]
    )
    table = data[start + len(b"xref\n") : data.rindex(b"trailer")]
    first, _count, *entries = table.split()
    for number, (offset, generation, kind) in enumerate(zip(*[iter(entries)] * 3, strict=True), int(first)):
        if kind == b"n" and not data[int(offset) :].startswith(b"%d %d obj" % (number, int(generation))):
            misplaced.append(number)
    return misplaced


def test_each_page_is_numbered_at_its_foot(report_pdf: Path) -> None:
    pages = pdf_pages(report_pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[-1] == str(number), f"page {number} ends with {lines[-1]!r}"
