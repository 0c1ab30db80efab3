"""Reading exported Word documents back."""

from __future__ import annotations

import io
from typing import Final

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.table import Table
from docx.text.paragraph import Paragraph

from ...exports import export as export


def read(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def table_rows(document: Document, index: int = 0) -> list[list[str]]:
    """The texts of a table's rows as a person reads them: without the invisible break points."""
    table = document.tables[index]
    return [[cell.text.replace("\u200b", "") for cell in row.cells] for row in table.rows]


def texts(document: Document) -> list[str]:
    return [p.text for p in document.paragraphs]


def outline(document: Document) -> list[str]:
    """Every paragraph and table of the body as a person sees it, one line each, with what shapes it.

    A paragraph: its style, ``bold`` when a run is, the paragraph properties it sets (keeping with the
    next, page breaks), its text with line breaks as ``\\n``, and each link's address. A table: its
    caption, layout and column widths, then each row with the properties it sets and its cells' texts.
    """
    lines = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = Paragraph(child, document)
            shape = [paragraph.style.name if paragraph.style is not None else "-"]
            if any(run.bold for run in paragraph.runs):
                shape.append("bold")
            properties = child.find(qn("w:pPr"))
            if properties is not None:
                shape.extend(_described(p) for p in properties if _local(p.tag) not in _PLAIN_PROPERTIES)
            links = [f" -> {link.url}" for link in paragraph.hyperlinks]
            lines.append(f"[{' '.join(shape)}] {_shown(paragraph.text)}{''.join(links)}")
        elif child.tag == qn("w:tbl"):
            table = Table(child, document)
            properties = child.find(qn("w:tblPr"))
            assert properties is not None
            settings = [_described(p) for p in properties]
            widths = [c.get(qn("w:w")) for c in child.iterfind(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")]
            lines.append(f"<table {' '.join(settings)} grid={','.join(str(w) for w in widths)}>")
            for row in table.rows:
                row_properties = row._tr.find(qn("w:trPr"))
                flags = [_described(p) for p in row_properties] if row_properties is not None else []
                cells = " | ".join(_shown(cell.text) for cell in row.cells)
                lines.append(f"  [{' '.join(flags)}] | {cells} |")
    return lines


#: Paragraph properties every paragraph of its style has; the outline names only the others.
_PLAIN_PROPERTIES: Final = {"pStyle", "rPr"}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _described(element: BaseOxmlElement) -> str:
    """``spacing(after=0)``: a property's name and its values."""
    values = ",".join(f"{_local(k)}={v}" for k, v in sorted(element.attrib.items()))
    return f"{_local(element.tag)}({values})" if values else _local(element.tag)


def _shown(text: str) -> str:
    return text.replace("\u200b", "").replace("\n", "\\n")
