"""Tables as Word draws them: a bold header row over plain rows, Word's own line breaks and tabs in
cells, a table too narrow for its words set smaller, and rows written in their one place."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

import attrs
import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt, Twips

from kssgov import Dataset, Status, Visibility
from kssgov_exporters.word import document as documents
from kssgov_exporters.word import tables

from .helpers import export, read

LONG_WORD = "Forvaltningsreformutredningssekretariatslederstillingsutlysningsteksten"


def _main_part(data: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")


def _with_first_activity(example: Dataset, **changes: Any) -> Dataset:
    first = attrs.evolve(example.activities[0], **changes)
    return attrs.evolve(example, activities=(first, *example.activities[1:]))


def test_no_text_of_the_report_holds_a_raw_line_break_or_tab(example: Dataset) -> None:
    """Word shows a line break inside a text as a space: each must be Word's own break."""
    xml = _main_part(export("report", example))
    texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)
    assert len(texts) > 300
    assert [t for t in texts if "\n" in t or "\t" in t] == []
    assert xml.count("<w:br/>") > 20  # the staff lists, the bodies' seats, the members' leaders


def test_text_word_cannot_hold_is_made_text_it_can() -> None:
    """The records refuse such text; a section's own text is cleaned too, so the document always opens."""
    assert documents.clean("a\r\nb\rc\x01d\x0be\tf\ud800g") == "a\nb\ncde\tfg"
    assert documents.clean("Årsmelding 2023 – styret") == "Årsmelding 2023 – styret"


def test_the_header_row_is_bold_and_the_rows_are_not(example: Dataset) -> None:
    table = read(export("politics", example)).tables[0]
    header = [run.bold for cell in table.rows[0].cells for run in cell.paragraphs[0].runs]
    assert header == [True, True, True]
    rows = {run.bold for row in table.rows[1:] for cell in row.cells for run in cell.paragraphs[0].runs}
    assert rows == {None}


def test_line_breaks_and_tabs_in_a_cell_are_words_own(example: Dataset) -> None:
    data = _with_first_activity(example, topic="Budsjett\tRevidert")
    xml = _main_part(export("politics", data))
    texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)
    assert [t for t in texts if "\n" in t or "\t" in t] == []
    rows = data.activities_in(2023, audience=Visibility.PUBLIC)
    breaks = sum(a.topic.count("\n") + a.where.count("\n") for a in rows if a.status is not Status.CANCELLED)
    assert breaks == 2
    assert xml.count("<w:br/>") == breaks
    assert xml.count("<w:tab/>") == 1
    assert '>Budsjett</w:t><w:tab/><w:t xml:space="preserve">Revidert<' in xml


def test_a_table_too_narrow_for_its_longest_word_is_set_smaller_header_and_rows(example: Dataset) -> None:
    assert "<w:sz " not in _main_part(export("politics", example))
    table = read(export("politics", _with_first_activity(example, where=f"{LONG_WORD} er lang"))).tables[0]
    sizes = {run.font.size for row in table.rows for cell in row.cells for run in cell.paragraphs[0].runs}
    assert sizes == {Pt(8)}


def test_the_saved_document_is_compressed(example: Dataset) -> None:
    parts = zipfile.ZipFile(io.BytesIO(export("report", example))).infolist()
    assert {part.compress_type for part in parts} == {zipfile.ZIP_DEFLATED}


def _package(main: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("word/document.xml", main)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "main",
    [b"<w:body><w:p/></w:body>", b"<w:body><?kssgov-rows 0?><?kssgov-rows 0?></w:body>"],
    ids=["missing", "twice"],
)
def test_rows_without_one_place_in_the_document_are_refused_not_dropped(main: bytes) -> None:
    with pytest.raises(RuntimeError, match=r"^the rows of table 0 have no single place in the document$"):
        documents._with_rows(_package(main), ["<w:tr/>"])


def test_rows_go_in_their_places_in_order() -> None:
    main = b"<w:body><?kssgov-rows 1?><w:p/><?kssgov-rows 0?></w:body>"
    done = documents._with_rows(_package(main), ["<w:tr>A</w:tr>", "<w:tr>B</w:tr>"])
    assert zipfile.ZipFile(io.BytesIO(done)).read("word/document.xml") == (
        b"<w:body><w:tr>B</w:tr><w:p/><w:tr>A</w:tr></w:body>"
    )


def test_a_table_that_does_not_fit_even_set_smallest_shares_the_width_by_its_longest_words(
    example: Dataset,
) -> None:
    table = read(export("politics", _with_first_activity(example, where=LONG_WORD * 3))).tables[0]
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert sum(grid) == pytest.approx(160 / 25.4 * 1440, abs=3)  # A4 less two margins of 25 mm
    assert grid[1] > 0.7 * sum(grid)  # the column of the long word takes most, the others their headings
    sizes = {run.font.size for row in table.rows for cell in row.cells for run in cell.paragraphs[0].runs}
    assert sizes == {Pt(8)}


def test_a_template_whose_table_grid_has_its_norwegian_name_gives_it_to_the_tables() -> None:
    document = docx.Document()
    grid = document.styles["Table Grid"]
    grid.name = "Tabellrutenett"
    grid.element.set(qn("w:styleId"), "Tabellrutenett")
    table = tables.add_table(document, ["Dato", "Hvor"], [["6.1.2023", "Oslo"]], "nb")
    assert table.style is not None and table.style.name == "Tabellrutenett"
    assert table._tbl.tblPr.find(qn("w:tblBorders")) is None


def test_a_column_is_never_narrower_than_three_characters_and_grows_by_each_beyond() -> None:
    document = docx.Document()
    rows = [["1", "Kari Nordmann"], ["2", "Ola Nordmann"]]

    def widths(header: str) -> list[int]:
        return tables.column_twips(document, [header, "Navn"], rows)[0]

    assert widths("N") == widths("Nr.")
    assert widths("Nr.")[0] < widths("Nr..")[0]


def test_a_table_exactly_as_wide_as_its_words_keeps_the_body_size() -> None:
    document = docx.Document()
    section = document.sections[-1]
    section.left_margin = section.right_margin = Twips(0)
    exact = sum(tables._minimum([len("Overskrift"), len("Tema")], 11.0, 11.0))
    section.page_width = Twips(exact)
    widths, size = tables.column_twips(document, ["Overskrift", "Tema"], [["A", "B"]])
    assert (widths, size) == (tables._minimum([10, 4], 11.0, 11.0), None)
    section.page_width = Twips(exact - 1)
    assert tables.column_twips(document, ["Overskrift", "Tema"], [["A", "B"]])[1] is not None
