"""Turning a Word document into PDF with LibreOffice, when it is installed.

The PDF is tagged (a structure tree with headings, tables and their header
cells, and the document's language), meets PDF/UA where LibreOffice can, and
shows the document's title in the reader's window, so that it can be
published on the web under the rules for universal design.

LibreOffice stamps the PDF with the clock and a random identifier; kssgov
puts the document's own time in their place (the time in its properties,
``SOURCE_DATE_EPOCH`` when that was set) and an identifier made from the
content, so that the same document gives the same PDF, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from typing import Final
from xml.etree import ElementTree

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
        # In UTC, LibreOffice writes its times in the one form kssgov replaces (see reproducible).
        environment = {**os.environ, "TZ": "UTC"}
        try:
            result = subprocess.run(
                command, capture_output=True, text=True, timeout=timeout, check=False, env=environment
            )
        except subprocess.TimeoutExpired:
            raise PdfError("pdf.timeout", path=document, seconds=round(timeout)) from None
        produced = Path(output) / f"{document.stem}.pdf"
        if result.returncode != 0 or not produced.is_file():
            detail = (result.stderr or result.stdout).strip()[-500:]
            raise PdfError("pdf.failed", path=document, detail=detail or Phrase("pdf.no_output"))
        data = produced.read_bytes()
        moment = modified(document)
        write_atomically(target, data if moment is None else reproducible(data, moment))
    return target


def modified(document: Path) -> dt.datetime | None:
    """When *document* (a .docx) says it was last changed, if it says so."""
    try:
        with zipfile.ZipFile(document) as archive:
            root = ElementTree.fromstring(archive.read("docProps/core.xml"))
        found = root.find("{http://purl.org/dc/terms/}modified")
        if found is None or not found.text:
            return None
        moment = dt.datetime.fromisoformat(found.text.strip())
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, ElementTree.ParseError):
        return None


_INFO_DATE: Final = re.compile(rb"/(CreationDate|ModDate)\(D:\d{14}Z'\)")
_XMP_DATE: Final = re.compile(
    rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)</xmp:\1>"
)
_ID: Final = re.compile(rb"(/ID\s*\[\s*<)[0-9A-Fa-f]{32}(>\s*<)[0-9A-Fa-f]{32}(>\s*\])")
_CHECKSUM: Final = re.compile(rb"(/DocChecksum\s*/)[0-9A-Fa-f]{32}")


def reproducible(data: bytes, moment: dt.datetime) -> bytes:
    """The PDF *data* as LibreOffice wrote it, with *moment* for its times and an identifier (and
    LibreOffice's checksum) made from its content.

    Each value is replaced by one of the same length, so that the offsets of
    the PDF's cross-reference table stay true.
    """
    utc = moment.astimezone(dt.UTC)

    def xmp(found: re.Match[bytes]) -> bytes:
        zone = b"Z" if found.group(2) == b"Z" else b"+00:00"
        stamp = utc.strftime("%Y-%m-%dT%H:%M:%S").encode() + zone
        return b"<xmp:%s>%s</xmp:%s>" % (found.group(1), stamp, found.group(1))

    info = utc.strftime("%Y%m%d%H%M%S").encode()
    data = _INFO_DATE.sub(lambda found: b"/%s(D:%sZ')" % (found.group(1), info), data)
    data = _XMP_DATE.sub(xmp, data)

    identifier = hashlib.md5(_identified(data, b"0" * 32), usedforsecurity=False).hexdigest().upper()
    return _identified(data, identifier.encode())


def _identified(data: bytes, identifier: bytes) -> bytes:
    """*data* with *identifier* as both halves of its ``/ID`` and as LibreOffice's checksum."""
    data = _ID.sub(lambda found: identifier.join((found.group(1), found.group(2), found.group(3))), data)
    return _CHECKSUM.sub(lambda found: found.group(1) + identifier, data)
