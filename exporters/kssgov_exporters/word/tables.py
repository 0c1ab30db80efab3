"""Tables that Word and LibreOffice lay out alike, filled fast.

Filling a table cell by cell through python-docx is slow (``Table.cell`` is
quadratic, ``add_row().cells`` linear but heavy), so one data row is prepared
as XML and copied for every record, with only its texts set. The header row
repeats on every page, rows never split across pages, and column widths are
written both in the grid and in every cell, as both programs need.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from typing import cast

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Row
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.styles.style import _TableStyle
from docx.table import Table

from .document import clean, find_style, text_width

_EMU_PER_TWIP = 635
_TEXT = qn("w:t")
_BORDERS = ("top", "left", "bottom", "right", "insideH", "insideV")


def add_table(
    document: Document,
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    widths: Sequence[float],
) -> Table:
    """A table with a repeated bold header row and one row per item of *rows*.

    *widths* are the columns' shares of the text width (they need not add up to 1).
    """
    table: Table = document.add_table(rows=1, cols=len(headers))
    style = find_style(document, WD_STYLE_TYPE.TABLE, "Table Grid", "TableGrid", "Tabellrutenett")
    if style is not None:
        table.style = cast(_TableStyle, style)
    else:
        _explicit_borders(table)
    twips = _column_twips(document, widths)
    _fix_layout(table, twips)
    header = table.rows[0]
    for cell, text in zip(header.cells, headers, strict=True):
        run = cell.paragraphs[0].add_run(clean(text))
        run.bold = True
    header_tr = header._tr
    template = copy.deepcopy(header_tr)
    _row_properties(header_tr, repeat=True)
    _row_properties(template, repeat=False)
    for r in template.iter(qn("w:r")):
        for child in list(r):
            r.remove(child)
        text = OxmlElement("w:t")
        text.set(qn("xml:space"), "preserve")
        r.append(text)
    tbl = table._tbl
    for values in rows:
        tr = copy.deepcopy(template)
        for slot, value in zip(list(tr.iter(_TEXT)), values, strict=True):
            _set_text(slot, clean(value))
        tbl.append(tr)
    return table


def _set_text(t: BaseOxmlElement, value: str) -> None:
    """Put *value* in the cell whose only text element is *t*: line breaks and tabs as Word's own."""
    if "\n" not in value and "\t" not in value:
        t.text = value
        return
    run = t.getparent()
    run.remove(t)
    for line_number, line in enumerate(value.split("\n")):
        if line_number:
            run.append(OxmlElement("w:br"))
        for piece_number, piece in enumerate(line.split("\t")):
            if piece_number:
                run.append(OxmlElement("w:tab"))
            element = OxmlElement("w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = piece
            run.append(element)


def _column_twips(document: Document, widths: Sequence[float]) -> list[int]:
    total = text_width(document) // _EMU_PER_TWIP
    share = sum(widths)
    return [int(total * w / share) for w in widths]


def _fix_layout(table: Table, twips: Sequence[int]) -> None:
    tbl = table._tbl
    properties = tbl.tblPr
    width = properties.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        properties.append(width)
    width.set(qn("w:w"), str(sum(twips)))
    width.set(qn("w:type"), "dxa")
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    properties.append(layout)
    grid = tbl.tblGrid
    for column, value in zip(grid.findall(qn("w:gridCol")), twips, strict=True):
        column.set(qn("w:w"), str(value))
    for cell, value in zip(table.rows[0].cells, twips, strict=True):
        cell_properties = cell._tc.get_or_add_tcPr()
        cell_width = cell_properties.find(qn("w:tcW"))
        if cell_width is None:
            cell_width = OxmlElement("w:tcW")
            cell_properties.append(cell_width)
        cell_width.set(qn("w:w"), str(value))
        cell_width.set(qn("w:type"), "dxa")


def _row_properties(tr: CT_Row, *, repeat: bool) -> None:
    """Rows never split across pages; the header row repeats on each page."""
    properties = tr.get_or_add_trPr()
    for child in list(properties):
        if child.tag in (qn("w:tblHeader"), qn("w:cantSplit")):
            properties.remove(child)
    properties.append(OxmlElement("w:cantSplit"))
    if repeat:
        properties.append(OxmlElement("w:tblHeader"))


def _explicit_borders(table: Table) -> None:
    """Single borders written on the table itself, for templates without a grid style."""
    borders = OxmlElement("w:tblBorders")
    for side in _BORDERS:
        border = OxmlElement(f"w:{side}")
        border.set(qn("w:val"), "single")
        border.set(qn("w:sz"), "4")
        border.set(qn("w:space"), "0")
        border.set(qn("w:color"), "auto")
        borders.append(border)
    table._tbl.tblPr.append(borders)
