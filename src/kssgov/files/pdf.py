"""Turning a Word document into PDF with LibreOffice, when it is installed.

The PDF is tagged (a structure tree with headings, tables and their header
cells, and the document's language), meets PDF/UA where LibreOffice can, and
shows the document's title in the reader's window, so that it can be
published on the web under the rules for universal design.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Final

from ..exceptions import PdfError
from ..messages import Phrase
from .atomic import write_atomically

#: LibreOffice's PDF export filter settings: tagged PDF, PDF/UA, the title in the window.
EXPORT_FILTER: Final = "pdf:writer_pdf_Export:" + json.dumps(
    {
        "UseTaggedPDF": {"type": "boolean", "value": "true"},
        "PDFUACompliance": {"type": "boolean", "value": "true"},
        "DisplayPDFDocumentTitle": {"type": "boolean", "value": "true"},
        "ExportBookmarks": {"type": "boolean", "value": "true"},
        "UseLosslessCompression": {"type": "boolean", "value": "true"},
    },
    separators=(",", ":"),
)


def soffice() -> str | None:
    """The LibreOffice program, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(document: Path, target: Path | None = None, *, timeout: float = 300) -> Path:
    """Convert *document* to a tagged PDF at *target* (next to it by default) and return that path.

    Each conversion runs with its own LibreOffice profile: two conversions
    sharing one fail silently.
    """
    program = soffice()
    if program is None:
        raise PdfError("pdf.no_libreoffice")
    target = target or document.with_suffix(".pdf")
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as output:
        command = [
            program,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--convert-to",
            EXPORT_FILTER,
            "--outdir",
            output,
            str(document),
        ]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise PdfError("pdf.timeout", path=document, seconds=round(timeout)) from None
        produced = Path(output) / f"{document.stem}.pdf"
        if result.returncode != 0 or not produced.is_file():
            detail = (result.stderr or result.stdout).strip()[-500:]
            raise PdfError("pdf.failed", path=document, detail=detail or Phrase("pdf.no_output"))
        write_atomically(target, produced.read_bytes())
    return target
