"""Reading exported Word documents back."""

from __future__ import annotations

import io

import docx
from docx.document import Document

from ...exports import export as export


def read(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def table_rows(document: Document, index: int = 0) -> list[list[str]]:
    """The texts of a table's rows as a person reads them: without the invisible break points."""
    table = document.tables[index]
    return [[cell.text.replace("\u200b", "") for cell in row.cells] for row in table.rows]


def texts(document: Document) -> list[str]:
    return [p.text for p in document.paragraphs]
