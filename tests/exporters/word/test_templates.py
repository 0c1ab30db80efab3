"""The organisation's own template: styles found however they were saved, nothing missing is fatal."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import docx
import pytest
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from kssgov import Dataset, PluginError
from kssgov_exporters.word.document import find_style, read_template
from kssgov_exporters.word.tables import body_size

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
    sides = [child.tag.split("}")[1] for child in borders]
    assert sides == ["top", "left", "bottom", "right", "insideH", "insideV"]
    attributes = [{k.split("}")[1]: v for k, v in child.attrib.items()} for child in borders]
    assert attributes == [{"val": "single", "sz": "4", "space": "0", "color": "auto"}] * 6


@pytest.mark.parametrize("with_normal", [True, False])
def test_a_template_without_heading_styles_gets_real_heading_styles(
    example: Dataset, with_normal: bool
) -> None:
    source = docx.Document()
    for style in list(source.styles):
        unwanted = (style.name or "").startswith("Heading") or (style.name == "Normal" and not with_normal)
        if style.type == WD_STYLE_TYPE.PARAGRAPH and unwanted:
            style.element.getparent().remove(style.element)
    buffer = io.BytesIO()
    source.save(buffer)
    document = read(export("politics", attrs.evolve(example, texts=()), template=buffer.getvalue()))
    first, second = document.paragraphs[:2]
    assert (first.text, second.text) == (
        "Politikk",
        "Høringer, innspill, konferanser og politisk representasjon",
    )
    assert (first.style, second.style) == (document.styles["Heading 1"], document.styles["Heading 2"])
    for level, size, before in ((1, 16, 14), (2, 13, 10), (3, 11.5, 10), (4, 11, 10), (5, 11, 10)):
        style = document.styles[f"Heading {level}"]
        assert style.type == WD_STYLE_TYPE.PARAGRAPH
        assert style.font.bold is True
        assert style.font.size == Pt(size)
        assert style.paragraph_format.keep_with_next is True
        assert (style.paragraph_format.space_before, style.paragraph_format.space_after) == (
            Pt(before),
            Pt(4),
        )
        assert style.base_style == (document.styles["Normal"] if with_normal else None)
        outline = style.element.pPr.find(qn("w:outlineLvl"))
        assert outline.get(qn("w:val")) == str(level - 1)


def _template(change: Callable[[DocxDocument], None]) -> bytes:
    """python-docx's own template, changed by *change*."""
    document = docx.Document()
    change(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _link_runs(document: DocxDocument) -> list[Any]:
    return [run for link in document.element.body.iter(qn("w:hyperlink")) for run in link.iter(qn("w:r"))]


@pytest.mark.parametrize("name", ["Hyperlink", "Hyperkobling"])
def test_links_take_the_templates_link_style_by_its_english_or_norwegian_name(
    example: Dataset, name: str
) -> None:
    def add_link_style(document: DocxDocument) -> None:
        document.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)

    runs = _link_runs(read(export("communication", example, template=_template(add_link_style))))
    assert len(runs) == len(example.media_in(2023))
    for run in runs:
        assert run.rPr.find(qn("w:rStyle")).get(qn("w:val")) == name
        assert run.rPr.find(qn("w:u")) is None  # the style decides how a link looks


def test_links_in_a_template_without_a_link_style_are_underlined_in_blue(example: Dataset) -> None:
    document = read(export("communication", example))
    runs = _link_runs(document)
    assert len(runs) == len(example.media_in(2023))
    style = document.styles["Hyperlink"]  # made, as the template has none
    assert style.font.underline is True
    assert str(style.font.color.rgb) == "0563C1"
    for run in runs:
        assert run.rPr.find(qn("w:rStyle")).get(qn("w:val")) == style.style_id


def _as_norwegian_word_names_it(document: DocxDocument) -> None:
    style = document.styles["List Bullet"]
    style.name = "Punktmerket liste"
    style.element.set(qn("w:styleId"), "Punktmerketliste")


def _without_bullet_styles(document: DocxDocument) -> None:
    for style in list(document.styles):
        if (style.name or "").startswith("List Bullet"):
            style.element.getparent().remove(style.element)


@pytest.mark.parametrize(
    ("change", "style_id"),
    [(lambda document: None, "ListBullet"), (_as_norwegian_word_names_it, "Punktmerketliste")],
)
def test_bullets_take_the_templates_bullet_list_style(
    example: Dataset, change: Callable[[DocxDocument], None], style_id: str
) -> None:
    document = read(export("communication", example, template=_template(change)))
    listed = [p.text for p in document.paragraphs if p.style is not None and p.style.style_id == style_id]
    # Every story and figure but the three media hits and the newsletters sent (written as sentences).
    whole = [f for f in example.figures_of(None, 2023) if f.category is None]  # breakdowns are sentences
    assert len(listed) == len(example.media_in(2023)) + len(whole) - 4
    assert "Unike besøkende: 18\u00a0000 (tilnærmet)" in listed
    assert not [p.text for p in document.paragraphs if p.text.startswith("•")]


def test_bullets_in_a_template_without_a_bullet_list_style_start_with_a_bullet(example: Dataset) -> None:
    plain = read(export("communication", example))
    expected = [
        f"• {p.text}" for p in plain.paragraphs if p.style is not None and p.style.style_id == "ListBullet"
    ]
    assert len(expected) > 10
    document = read(export("communication", example, template=_template(_without_bullet_styles)))
    assert [p.text for p in document.paragraphs if p.text.startswith("• ")] == expected


def test_a_template_that_is_not_a_word_document_is_refused_by_its_path(example: Dataset) -> None:
    with pytest.raises(PluginError) as caught:
        export("politics", example, template=b"not a zip file")
    path, said = caught.value.render("nb").split(" ", 1)
    assert path.endswith(".docx")
    assert said == (
        "kan ikke leses som et Word-dokument (.docx); "
        "åpne den i Word eller LibreOffice og lagre den som .docx"
    )


def test_a_template_that_cannot_be_read_is_refused_by_its_path(tmp_path: Path) -> None:
    missing = tmp_path / "mal.docx"
    with pytest.raises(PluginError) as caught:
        read_template(missing)
    assert caught.value.render("en") == (
        f"{missing} cannot be read as a Word document (.docx); "
        "open it in Word or LibreOffice and save it as .docx"
    )
    assert read_template(None) is None


def test_without_a_template_the_page_is_a4_with_margins_of_25_mm(example: Dataset) -> None:
    section = read(export("politics", example)).sections[0]
    measures = [
        section.page_width,
        section.page_height,
        section.left_margin,
        section.right_margin,
        section.top_margin,
        section.bottom_margin,
    ]
    millimetres = [round((m or 0) / Mm(1), 1) for m in measures]  # kept in twips: to a tenth of a mm
    assert millimetres == [210.0, 297.0, 25.0, 25.0, 25.0, 25.0]


@pytest.mark.parametrize(("name", "size"), [("Normal", 12.0), ("Standard", 10.5)])
def test_the_body_size_is_the_normal_styles(name: str, size: float) -> None:
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.name = name
    normal.element.set(qn("w:styleId"), name)
    normal.font.size = Pt(size)
    assert body_size(document) == size
    normal.font.size = None
    assert body_size(document) == 11.0
    normal.font.size = Pt(0)
    assert body_size(document) == 11.0
    normal.element.getparent().remove(normal.element)
    assert body_size(document) == 11.0


@pytest.mark.parametrize(
    ("name", "style_id"),
    [("LIST_BULLET", "Egendefinert1"), ("Egendefinert", "list-bullet"), ("List  Bullet", "X")],
)
def test_a_style_is_found_by_its_name_or_its_id_in_any_casing_and_spacing(name: str, style_id: str) -> None:
    document = docx.Document()
    for style in list(document.styles):
        if (style.name or "").startswith("List Bullet"):
            style.element.getparent().remove(style.element)
    added = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    added.element.set(qn("w:styleId"), style_id)
    found = find_style(document, WD_STYLE_TYPE.PARAGRAPH, "Punktmerket liste", "List Bullet")
    assert found is not None
    assert found.element is added.element
    assert find_style(document, WD_STYLE_TYPE.CHARACTER, "List Bullet") is None


def _page_fields(document: DocxDocument) -> list[str]:
    footer = document.sections[0].footer._element
    return [f.get(qn("w:instr")) for f in footer.iter(qn("w:fldSimple"))]


def test_without_a_footer_of_its_own_each_page_gets_its_number(example: Dataset) -> None:
    document = read(export("politics", example))
    assert _page_fields(document) == ["PAGE"]


def test_a_templates_own_footer_is_kept_as_it_is(example: Dataset) -> None:
    def footed(document: DocxDocument) -> None:
        document.sections[0].footer.paragraphs[0].text = "Krisesentersekretariatet, Oslo"

    document = read(export("politics", example, template=_template(footed)))
    assert [p.text for p in document.sections[0].footer.paragraphs] == ["Krisesentersekretariatet, Oslo"]
    assert _page_fields(document) == []
