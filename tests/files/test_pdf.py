"""Turning a document into PDF: the command LibreOffice is given, and each way it can fail.

A stand-in ``soffice`` on the PATH records its arguments and behaves as told;
the end-to-end tests convert with the real LibreOffice.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

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
