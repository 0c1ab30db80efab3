"""The organisation's own template: styles found however they were saved, nothing missing is fatal."""

from __future__ import annotations

import io

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Mm

from kssgov import Dataset

from .helpers import export, read


def word_template(*, with_table_grid: bool) -> bytes:
    """A template as Norwegian Word saves it: localised heading ids, a header, its own margins."""
    document = docx.Document()
    section = document.sections[0]
    section.left_margin = Mm(30)
    section.header.paragraphs[0].text = "Krisesentersekretariatet – årsmelding"
    document.add_paragraph("Text that belongs to the template and must go.")
    for style in document.styles:
        if style.type == WD_STYLE_TYPE.PARAGRAPH and style.style_id in ("Heading1", "Heading2"):
            style.element.set(qn("w:styleId"), style.style_id.replace("Heading", "Overskrift"))
    if not with_table_grid:
        for style in list(document.styles):
            if style.type == WD_STYLE_TYPE.TABLE:
                style.element.getparent().remove(style.element)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_word_template_keeps_its_header_margins_and_heading_styles(example: Dataset) -> None:
    document = read(export("report", example, template=word_template(with_table_grid=True)))
    assert document.sections[0].header.paragraphs[0].text == "Krisesentersekretariatet – årsmelding"
    margin = document.sections[0].left_margin
    assert margin is not None
    assert abs(margin - Mm(30)) < Mm(0.1)
    assert "Text that belongs to the template and must go." not in [p.text for p in document.paragraphs]
    headings = [p for p in document.paragraphs if p.text == "Utvalg, allianser og nettverk"]
    style, table_style = headings[0].style, document.tables[0].style
    assert style is not None
    assert style.style_id == "Overskrift1"
    assert table_style is not None
    assert table_style.name == "Table Grid"


def test_a_template_without_a_table_style_gets_explicit_borders(example: Dataset) -> None:
    document = read(export("politics", example, template=word_template(with_table_grid=False)))
    table = document.tables[0]
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders is not None
    assert {child.get(qn("w:val")) for child in borders} == {"single"}


def test_a_template_without_heading_styles_gets_real_heading_styles(example: Dataset) -> None:
    source = docx.Document()
    for style in list(source.styles):
        if style.type == WD_STYLE_TYPE.PARAGRAPH and (style.name or "").startswith("Heading"):
            style.element.getparent().remove(style.element)
    buffer = io.BytesIO()
    source.save(buffer)
    document = read(export("politics", example, template=buffer.getvalue()))
    first, second = document.paragraphs[:2]
    assert (first.text, second.text) == (
        "Politikk",
        "Høringer, innspill, konferanser og politisk representasjon",
    )
    for paragraph, level in ((first, 1), (second, 2)):
        style = paragraph.style
        assert style is not None
        assert style.name == f"Heading {level}"
        assert style.font.bold is True
        assert style.paragraph_format.keep_with_next is True
        outline = style.element.pPr.find(qn("w:outlineLvl"))
        assert outline.get(qn("w:val")) == str(level - 1)
