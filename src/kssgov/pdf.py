"""Turning a Word document into PDF with LibreOffice, when it is installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from . import _atomic
from .exceptions import PdfError

INSTALL_HINT = (
    "install LibreOffice (on Debian or Ubuntu: apt-get install libreoffice-writer-nogui) "
    "or open the .docx in Word and save it as PDF"
)


def soffice() -> str | None:
    """The LibreOffice program, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(document: Path, target: Path | None = None, *, timeout: float = 300) -> Path:
    """Convert *document* to PDF at *target* (next to it by default) and return that path.

    Each conversion runs with its own LibreOffice profile: two conversions
    sharing one fail silently.
    """
    program = soffice()
    if program is None:
        raise PdfError(f"cannot write a PDF: LibreOffice is not installed; {INSTALL_HINT}")
    target = target or document.with_suffix(".pdf")
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as output:
        command = [
            program,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            output,
            str(document),
        ]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise PdfError(
                f"LibreOffice did not finish converting {document} within {timeout:.0f} s"
            ) from None
        produced = Path(output) / f"{document.stem}.pdf"
        if result.returncode != 0 or not produced.is_file():
            detail = (result.stderr or result.stdout).strip()[-500:]
            raise PdfError(f"LibreOffice could not convert {document}: {detail or 'no PDF was written'}")
        _atomic.write_atomically(target, produced.read_bytes())
    return target
