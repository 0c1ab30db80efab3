"""Tables that Word and LibreOffice lay out alike, filled fast, sized by their content.

Filling a table cell by cell through python-docx is slow (``Table.cell`` is
quadratic, ``add_row().cells`` linear but heavy), so one data row is prepared
as XML and copied for every record, with only its texts set. The header row
is marked as a header (for the PDF's structure and for screen readers) and
repeats on every page; rows never split across pages; column widths are
written both in the grid and in every cell, as both programs need.

Widths follow the content: every column is at least as wide as its longest
word (a date range such as ``30.12.2023-2.1.2024`` is one word; a line may
end after a hyphen), so that no word is broken in the middle; what is left
is shared by how much text each column holds. When the longest words of all
columns together are wider than the page, the table's text is set smaller
(down to 8 pt) until they fit. An e-mail address is a link (``mailto:``) and
one word, never broken across lines and never holding an invisible character,
so that copying it gives the address.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Iterable, Sequence
from typing import Final, cast
from xml.sax.saxutils import escape

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt
from docx.styles.style import ParagraphStyle, _TableStyle
from docx.table import Table
from lxml import etree

from kssgov import Language

from .document import clean, defer_rows, element, find_style, link_style, place, tag_run, text_width

_EMU_PER_TWIP: Final = 635
_TEXT: Final = qn("w:t")
_BORDERS: Final = ("top", "left", "bottom", "right", "insideH", "insideV")
#: A character's width at the body text's size, and a cell's margins left and right, in twips.
#: Generous, so that a word measured to fit does fit in Calibri, Carlito or Liberation Sans at 11 pt.
CHARACTER_TWIPS: Final = 120
CELL_MARGIN_TWIPS: Final = 216
#: The smallest size a table's text is set in to fit its longest words, in points.
SMALLEST_POINTS: Final = 8.0


def add_table(
    document: Document,
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    language: Language,
    *,
    caption: str | None = None,
) -> Table:
    """A table with a bold header row, marked and repeated, and one row per item of *rows*."""
    texts = [[clean(value) for value in row] for row in rows]
    table: Table = document.add_table(rows=1, cols=len(headers))
    style = find_style(document, WD_STYLE_TYPE.TABLE, "Table Grid", "Tabellrutenett")
    if style is not None:
        table.style = cast(_TableStyle, style)
    else:
        place(table._tbl.tblPr, _explicit_borders())
    twips, size = column_twips(document, headers, texts)
    _fix_layout(table, twips, caption)
    header = table.rows[0]
    for cell, text in zip(header.cells, headers, strict=True):
        run = tag_run(cell.paragraphs[0].add_run(clean(text)), language)
        run.bold = True
        if size is not None:
            run.font.size = Pt(size)
    header_tr = header._tr
    template = copy.deepcopy(header_tr)
    _row_properties(header_tr, repeat=True)
    _row_properties(template, repeat=False)
    for r in template.iter(qn("w:r")):
        for child in list(r):
            if child.tag != qn("w:rPr"):
                r.remove(child)
        properties = r.find(qn("w:rPr"))
        if properties is not None:
            for bold in properties.findall(qn("w:b")):
                properties.remove(bold)
        text = element("w:t")
        text.set(qn("xml:space"), "preserve")
        text.text = _SLOT
        r.append(text)
    _append_rows(document, table._tbl, template, texts, _Links(document, template))
    return table


class _Links:
    """E-mail addresses in a table's cells as links: the run of a link, and its relationship to the part."""

    def __init__(self, document: Document, template: BaseOxmlElement) -> None:
        self.document = document
        found = template.find(f".//{qn('w:rPr')}")
        written = etree.tostring(found, encoding="unicode") if found is not None else "<w:rPr></w:rPr>"
        self.properties = _NAMESPACES.sub("", written)
        # The style goes first among a run's properties, as the schema orders them.
        style = f'<w:rStyle w:val="{link_style(document).style_id}"/>'
        self.link_properties = re.sub(r"<w:rPr>|<w:rPr/>", f"<w:rPr>{style}", self.properties, count=1)
        if self.link_properties.endswith("<w:rPr>" + style):
            self.link_properties += "</w:rPr>"

    def cell(self, escaped: str) -> str:
        """The escaped text of a cell, each e-mail address in it closed into a link of its own."""
        return _ESCAPED_EMAIL.sub(self._link, escaped)

    def _link(self, match: re.Match[str]) -> str:
        address = match.group(0)
        relationship = self.document.part.relate_to(f"mailto:{address}", RT.HYPERLINK, is_external=True)
        return (
            f'</w:t></w:r><w:hyperlink r:id="{relationship}"><w:r>{self.link_properties}'
            f'<w:t xml:space="preserve">{address}</w:t></w:r></w:hyperlink>'
            f'<w:r>{self.properties}<w:t xml:space="preserve">'
        )


#: Where a cell's text goes in the row template, while the rows are written as strings.
_SLOT: Final = "\ue000kssgov\ue000"


def _append_rows(
    document: Document,
    tbl: BaseOxmlElement,
    template: BaseOxmlElement,
    rows: Sequence[Sequence[str]],
    links: _Links,
) -> None:
    """Append a copy of *template* for each of *rows*, its slots holding the row's texts.

    Every row has a text for each slot: :func:`column_twips` has checked their number.

    The rows are written as XML text, which :func:`~.document.save` puts into
    the saved document: far faster, and lighter, for thousands of rows than
    copying the template element by element.
    """
    pieces = _NAMESPACES.sub("", etree.tostring(template, encoding="unicode"), count=1).split(_SLOT)
    row = "{}".join(piece.replace("{", "{{").replace("}", "}}") for piece in pieces)
    written = [
        row.format(*(links.cell(_xml_text(v)) if "@" in v else _xml_text(v) for v in values))
        for values in rows
    ]
    tbl.append(defer_rows(document, "".join(written)))


#: The namespace declarations of a row's opening tag: the document declares them already.
_NAMESPACES: Final = re.compile(r'\s+xmlns(?::\w+)?="[^"]*"(?=[^<]*>)')


def _xml_text(value: str) -> str:
    """*value* as the content of a ``w:t`` element: escaped, line breaks and tabs as Word's own."""
    escaped = escape(value)
    if "\n" in escaped:
        escaped = escaped.replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')
    if "\t" in escaped:
        escaped = escaped.replace("\t", '</w:t><w:tab/><w:t xml:space="preserve">')
    return escaped


def column_twips(
    document: Document, headers: Sequence[str], rows: Sequence[Sequence[str]]
) -> tuple[list[int], float | None]:
    """Column widths in twips that follow the content and fill the text width, and the text size.

    The size is None when the document's own fits; otherwise the smaller
    size, in points, at which every column's longest word fits.
    """
    available = text_width(document) // _EMU_PER_TWIP
    columns = list(zip(headers, *rows, strict=True))
    least = [max(map(longest_word, column)) for column in columns]
    body = body_size(document)
    size: float | None = None
    minimum = _minimum(least, body, body)
    if sum(minimum) > available:
        scaled = (
            body
            * (available - CELL_MARGIN_TWIPS * len(least))
            / (sum(minimum) - CELL_MARGIN_TWIPS * len(least))
        )
        size = max(SMALLEST_POINTS, math.floor(scaled * 2) / 2)
        minimum = _minimum(least, size, body)
    if sum(minimum) >= available:
        # Even at the smallest size the longest words do not all fit: a column holding e-mail addresses
        # keeps its width, so that no address is broken, and the others share what is left.
        # Every other column keeps room for its heading, set in bold (a tenth wider).
        keep = [any("@" in value for value in column[1:]) for column in columns]
        floors = [
            min(m, int(f * 1.1))
            for m, f in zip(
                minimum, _minimum([longest_word(h) for h in headers], size or body, body), strict=True
            )
        ]
        fixed = sum(m if k else f for m, f, k in zip(minimum, floors, keep, strict=True))
        above = sum(m - f for m, f, k in zip(minimum, floors, keep, strict=True) if not k)
        if fixed < available and above:
            share = (available - fixed) / above
            return [
                m if k else int(f + (m - f) * share) for m, f, k in zip(minimum, floors, keep, strict=True)
            ], size
        return [int(available * m / sum(minimum)) for m in minimum], size
    weight = [max(sum(map(len, column[1:])) / max(len(column) - 1, 1), 1.0) for column in columns]
    spare = available - sum(minimum)
    extra = [spare * w / sum(weight) for w in weight]
    return [int(m + e) for m, e in zip(minimum, extra, strict=True)], size


def _minimum(least: Sequence[int], size: float, body: float) -> list[int]:
    character = CHARACTER_TWIPS * size / body
    return [int(CELL_MARGIN_TWIPS + character * max(n, 3)) for n in least]


#: Where a line may break: at spaces and after hyphens, but never inside an e-mail address.
_BREAKS: Final = re.compile(r"\s+|(?<=-)")


def longest_word(text: str) -> int:
    """The length of the longest piece of *text* a line cannot break inside (an e-mail address whole)."""
    words = text.split()
    return max((len(w) if "@" in w else max(map(len, _BREAKS.split(w))) for w in words), default=0)


def body_size(document: Document) -> float:
    """The size of the document's body text in points (11 when its styles do not say, or say 0)."""
    style = find_style(document, WD_STYLE_TYPE.PARAGRAPH, "Normal", "Standard")
    size = style.font.size if isinstance(style, ParagraphStyle) else None
    return size.pt if size else 11.0  # a size of 0 (a template's slip) is no size


#: An e-mail address in a cell's escaped text.
_ESCAPED_EMAIL: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _fix_layout(table: Table, twips: Sequence[int], caption: str | None) -> None:
    tbl = table._tbl
    properties = tbl.tblPr
    place(properties, element("w:tblW", w=str(sum(twips)), type="dxa"))
    place(properties, element("w:tblLayout", type="fixed"))
    if caption:
        place(properties, element("w:tblCaption", val=caption))
    grid = tbl.tblGrid
    for column, value in zip(grid.findall(qn("w:gridCol")), twips, strict=True):
        column.set(qn("w:w"), str(value))
    for cell, value in zip(table.rows[0].cells, twips, strict=True):
        place(cell._tc.get_or_add_tcPr(), element("w:tcW", w=str(value), type="dxa"))


def _row_properties(tr: BaseOxmlElement, *, repeat: bool) -> None:
    """Rows never split across pages; the header row is marked as one and repeats on each page."""
    properties = tr.get_or_add_trPr()
    place(properties, element("w:cantSplit"))
    if repeat:
        place(properties, element("w:tblHeader"))


def _explicit_borders() -> BaseOxmlElement:
    """Single borders written on the table itself, for templates without a grid style."""
    borders = element("w:tblBorders")
    for side in _BORDERS:
        borders.append(element(f"w:{side}", val="single", sz="4", space="0", color="auto"))
    return borders
