"""A Word document to write sections into: the organisation's template or a plain one.

Styles are looked up tolerantly (Word saves ``heading 1`` with a localised id
such as ``Overskrift1``; LibreOffice saves ``Heading 1``), and when a template
lacks one the text gets explicit formatting instead. Saving is deterministic:
fixed timestamps in the package and in the zip entries.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import cast

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt
from docx.styles.style import BaseStyle, ParagraphStyle
from docx.text.paragraph import Paragraph

from kssgov import PluginError

from .labels import ERRORS

_HEADING_IDS = {
    1: ("heading 1", "heading1", "overskrift1", "rubrik1", "berschrift1", "titre1"),
    2: ("heading 2", "heading2", "overskrift2", "rubrik2", "berschrift2", "titre2"),
}
_HEADING_SIZES = {1: Pt(16), 2: Pt(13)}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Text Word can hold: XML-illegal characters removed, line ends made ``\\n``."""
    if text.isprintable():
        return text
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def read_template(path: Path | None) -> bytes | None:
    """The bytes of the organisation's template, if one was given."""
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError:
        raise PluginError(ERRORS["not_docx"], path=path) from None


def open_document(template: bytes | None, name: object = "--template") -> Document:
    """The template with its body emptied (styles, headers, footers and page setup kept), or a new one."""
    if template is None:
        document = docx.Document()
        section = document.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(25)
        section.top_margin = section.bottom_margin = Mm(25)
        return document
    try:
        document = docx.Document(io.BytesIO(template))
    except Exception:  # noqa: BLE001 - any unreadable input is the same problem to a person
        raise PluginError(ERRORS["not_docx"], path=name) from None
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def _normalised(name: str) -> str:
    return re.sub(r"[\s_-]", "", name).lower()


def find_style(document: Document, kind: WD_STYLE_TYPE, *names: str) -> BaseStyle | None:
    """The first style of *kind* whose name or id matches one of *names*, in any casing."""
    wanted = [_normalised(n) for n in names]
    candidates = [s for s in document.styles if s.type == kind]
    for name in wanted:
        for style in candidates:
            if _normalised(style.name or "") == name or _normalised(style.style_id or "") == name:
                return cast(BaseStyle, style)
    return None


def heading(document: Document, text: str, level: int) -> Paragraph:
    """A heading of *level*: the template's heading style, else bold text of a heading size."""
    style = find_style(document, WD_STYLE_TYPE.PARAGRAPH, *_HEADING_IDS[level])
    paragraph = document.add_paragraph(style=cast(ParagraphStyle | None, style))
    run = paragraph.add_run(clean(text))
    if style is None:
        run.bold = True
        run.font.size = _HEADING_SIZES[level]
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.space_before = Pt(12)
    return paragraph


def paragraph(document: Document, text: str = "", *, bold: bool = False) -> Paragraph:
    """A body paragraph; line breaks in *text* become breaks in the paragraph."""
    para = document.add_paragraph()
    lines = clean(text).split("\n")
    for index, line in enumerate(lines):
        run = para.add_run(line)
        run.bold = bold or None
        if index < len(lines) - 1:
            run.add_break()
    return para


def text_width(document: Document) -> int:
    """The width between the margins of the last section, in EMU."""
    section = document.sections[-1]
    width = (section.page_width or 7772400) - (section.left_margin or 0) - (section.right_margin or 0)
    return int(width)


def save(document: Document, moment: dt.datetime) -> bytes:
    """The document as bytes, identical for identical content and *moment*."""
    properties = document.core_properties
    properties.created = moment.replace(tzinfo=None)
    properties.modified = moment.replace(tzinfo=None)
    properties.last_printed = moment.replace(tzinfo=None)
    properties.revision = 1
    properties.last_modified_by = "kssgov"
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue(), moment)


def _normalise_zip(data: bytes, moment: dt.datetime) -> bytes:
    """*data* with every zip entry's time set to *moment*, in place, without recompressing.

    The DOS date and time sit at fixed offsets of each local file header and
    each central directory entry (APPNOTE 4.3.7 and 4.3.12).
    """
    year, month, day, hour, minute, second = max(moment, dt.datetime(1980, 1, 1, tzinfo=dt.UTC)).timetuple()[
        :6
    ]
    dos_time = (hour << 11) | (minute << 5) | (second // 2)
    dos_date = ((year - 1980) << 9) | (month << 5) | day
    patched = bytearray(data)
    for info in zipfile.ZipFile(io.BytesIO(data)).infolist():
        struct.pack_into("<HH", patched, info.header_offset + 10, dos_time, dos_date)
    end = data.rfind(b"PK\x05\x06")
    size, offset = struct.unpack_from("<II", data, end + 12)
    position = offset
    while position < offset + size:
        struct.pack_into("<HH", patched, position + 12, dos_time, dos_date)
        name, extra, comment = struct.unpack_from("<HHH", data, position + 28)
        position += 46 + name + extra + comment
    return bytes(patched)


def body_elements(document: Document) -> list[BaseOxmlElement]:
    """The block elements of the body, without the final section properties."""
    return [child for child in document.element.body if child.tag != qn("w:sectPr")]


def move_before(elements: Iterable[BaseOxmlElement], anchor: BaseOxmlElement) -> None:
    """Move *elements* (in order) to just before *anchor*."""
    for element in elements:
        anchor.addprevious(element)
