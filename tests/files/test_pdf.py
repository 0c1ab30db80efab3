"""Turning a document into PDF: the command LibreOffice is given, and each way it can fail.

A stand-in ``soffice`` on the PATH records its arguments and behaves as told;
the end-to-end tests convert with the real LibreOffice.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
import zipfile
from pathlib import Path

import docx
import pytest

from kssgov import PdfError
from kssgov.files import pdf
from kssgov.messages import Phrase

#: What the stand-in does after writing its arguments, one per line, to $ARGUMENTS.
BEHAVIOURS = {
    "converts": 'name="${7##*/}"; name="${name%.*}"; printf "%%PDF-1.7 from %s" "$name" > "$6/$name.pdf"',
    "fails": 'echo "Error: source file could not be loaded" >&2; exit 1',
    "writes nothing": "exit 0",
    "hangs": "exec /bin/sleep 30",
    "says much": "printf 'first line\\n' >&2; printf '%0600d\\n' 0 >&2; exit 77",
    # As LibreOffice does: the clock's time (in the zone it is given) and an identifier of its own.
    "stamps": 'name="${7##*/}"; name="${name%.*}"; '
    "printf \"%%PDF-1.7 %s\\n/CreationDate(D:20261127170350Z')\\n"
    '<xmp:CreateDate>2026-11-27T18:03:50+01:00</xmp:CreateDate>\\n/ID [ <%032X> <%032X> ]\\n" '
    '"$TZ" $$ $$ > "$6/$name.pdf"',
}


def stand_in(folder: Path, name: str, behaviour: str) -> Path:
    folder.mkdir(exist_ok=True)
    program = folder / name
    program.write_text(
        f'#!/bin/sh\nfor a in "$@"; do echo "$a"; done > "$ARGUMENTS"\n{BEHAVIOURS[behaviour]}\n',
        encoding="utf-8",
    )
    program.chmod(program.stat().st_mode | stat.S_IEXEC)
    return program


@pytest.fixture
def document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setenv("ARGUMENTS", str(tmp_path / "arguments.txt"))
    path = tmp_path / "arsmelding.docx"
    path.write_bytes(b"PK not really a document")
    return path


def refusal(document: Path, timeout: float = 300) -> tuple[str, dict[str, object]]:
    with pytest.raises(PdfError) as caught:
        pdf.to_pdf(document, timeout=timeout)
    return str(caught.value.code), caught.value.params


def test_without_libreoffice_the_error_says_to_install_it(document: Path) -> None:
    assert pdf.soffice() is None
    assert refusal(document) == ("pdf.no_libreoffice", {})


def test_the_pdf_is_written_next_to_the_document_by_its_own_libreoffice_profile(document: Path) -> None:
    program = stand_in(document.parent / "bin", "soffice", "converts")
    assert pdf.soffice() == str(program)
    written = pdf.to_pdf(document)
    assert written == document.with_suffix(".pdf")
    assert written.read_bytes() == b"%PDF-1.7 from arsmelding"
    assert stat.S_IMODE(written.stat().st_mode) == 0o644 & ~_umask()
    arguments = (document.parent / "arguments.txt").read_text(encoding="utf-8").splitlines()
    assert arguments[0].startswith("-env:UserInstallation=file:///")
    assert arguments[1:5] == ["--headless", "--convert-to", pdf.EXPORT_FILTER, "--outdir"]
    assert arguments[6] == str(document)
    assert not Path(
        arguments[0].removeprefix("-env:UserInstallation=file://")
    ).exists()  # the profile is gone


def test_the_pdf_goes_where_it_is_asked_and_libreoffice_may_be_called_libreoffice(document: Path) -> None:
    stand_in(document.parent / "bin", "libreoffice", "converts")
    target = document.parent / "published" / "report.pdf"
    target.parent.mkdir()
    assert pdf.to_pdf(document, target) == target
    assert target.read_bytes() == b"%PDF-1.7 from arsmelding"
    assert not document.with_suffix(".pdf").exists()


def test_the_export_asks_for_a_tagged_accessible_pdf_with_its_title_shown() -> None:
    kind, name, settings = pdf.EXPORT_FILTER.split(":", 2)
    assert (kind, name) == ("pdf", "writer_pdf_Export")
    assert json.loads(settings) == {
        key: {"type": "boolean", "value": "true"}
        for key in (
            "UseTaggedPDF",
            "PDFUACompliance",
            "DisplayPDFDocumentTitle",
            "ExportBookmarks",
            "UseLosslessCompression",
        )
    }


def test_a_failed_conversion_says_what_libreoffice_said(document: Path) -> None:
    stand_in(document.parent / "bin", "soffice", "fails")
    assert refusal(document) == (
        "pdf.failed",
        {"path": document, "detail": "Error: source file could not be loaded"},
    )
    assert not document.with_suffix(".pdf").exists()


def test_of_a_long_complaint_the_last_500_characters_are_kept(document: Path) -> None:
    stand_in(document.parent / "bin", "soffice", "says much")
    assert refusal(document) == ("pdf.failed", {"path": document, "detail": "0" * 500})


def test_a_conversion_that_writes_nothing_says_so(document: Path) -> None:
    stand_in(document.parent / "bin", "soffice", "writes nothing")
    code, params = refusal(document)
    assert (code, params["path"]) == ("pdf.failed", document)
    detail = params["detail"]
    assert isinstance(detail, Phrase) and detail.key() == Phrase("pdf.no_output").key()


def test_a_conversion_that_takes_too_long_is_stopped(document: Path) -> None:
    stand_in(document.parent / "bin", "soffice", "hangs")
    assert refusal(document, timeout=1.4) == ("pdf.timeout", {"path": document, "seconds": 1})


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


#: A PDF as LibreOffice writes it, in the parts kssgov makes reproducible.
STAMPED = (
    b"%PDF-1.6\n<xmp:CreateDate>2026-11-27T17:03:50Z</xmp:CreateDate>"
    b"<xmp:ModifyDate>2026-11-27T18:03:50+01:00</xmp:ModifyDate><xmp:MetadataDate>2026-11-27T17:03:50Z"
    b"</xmp:MetadataDate>\n/CreationDate(D:20261127170350Z')/ModDate(D:20261127170351Z')>>\n"
    b"trailer\n<</Size 676/Root 674 0 R\n/ID [ <CFAA1CF2999DA5B69578D4A1638ED28A>\n"
    b"<CFAA1CF2999DA5B69578D4A1638ED28A> ]\n/DocChecksum /6CD7990B948D1BAB7F9CD70B55F2575F\n"
    b">>\nstartxref\n93710\n"
)
MOMENT = dt.datetime(2024, 1, 1, 1, 2, 3, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_a_pdf_gets_the_documents_time_and_an_identifier_made_from_its_content() -> None:
    made = pdf.reproducible(STAMPED, MOMENT)
    assert len(made) == len(STAMPED)  # the cross-reference table's offsets stay true
    identifier = re.search(rb"/ID \[ <([0-9A-F]{32})>\n<\1> \]\n/DocChecksum /\1\n", made)
    assert identifier is not None
    assert made == (
        STAMPED.replace(b"2026-11-27T17:03:50Z", b"2024-01-01T00:02:03Z")
        .replace(b"2026-11-27T18:03:50+01:00", b"2024-01-01T00:02:03+00:00")
        .replace(b"D:20261127170350Z", b"D:20240101000203Z")
        .replace(b"D:20261127170351Z", b"D:20240101000203Z")
        .replace(b"CFAA1CF2999DA5B69578D4A1638ED28A", identifier.group(1))
        .replace(b"6CD7990B948D1BAB7F9CD70B55F2575F", identifier.group(1))
    )
    later = STAMPED.replace(b"17:03:50", b"19:44:12").replace(b"CFAA1CF2", b"0123ABCD")
    assert pdf.reproducible(later, MOMENT) == made
    other = pdf.reproducible(STAMPED.replace(b"Size 676", b"Size 677"), MOMENT)
    assert identifier.group(1) not in other  # other content, another identifier


def test_the_pdf_of_a_document_is_the_same_whenever_it_is_made(document: Path) -> None:
    stand_in(document.parent / "bin", "soffice", "stamps")
    saved = docx.Document()
    saved.core_properties.modified = dt.datetime(2024, 1, 1, 0, 2, 3)
    saved.save(str(document))
    first = pdf.to_pdf(document).read_bytes()
    assert first.startswith(b"%PDF-1.7 UTC\n/CreationDate(D:20240101000203Z')\n")
    assert b"<xmp:CreateDate>2024-01-01T00:02:03+00:00</xmp:CreateDate>" in first
    assert pdf.to_pdf(document).read_bytes() == first  # another process, another identifier, later


def test_a_document_that_does_not_say_when_it_was_changed_gives_the_pdf_as_made(document: Path) -> None:
    assert pdf.modified(document) is None  # not a zip
    archive = document.parent / "without-properties.docx"
    with zipfile.ZipFile(archive, "w") as written:
        written.writestr("word/document.xml", "<w:document/>")
    assert pdf.modified(archive) is None
