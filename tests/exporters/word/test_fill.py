"""Filling marker paragraphs of a report written in Word."""

from __future__ import annotations

import io

import attrs
import docx
import pytest
from docx.document import Document as DocxDocument

from kssgov import Dataset, PluginError, discover
from kssgov.exporting import fill as fill_markers

from ...exports import request
from .helpers import read, table_rows, texts


def report_with(*paragraphs: str) -> bytes:
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "Side"
    for text in paragraphs:
        document.add_paragraph(text)
    return saved(document)


def saved(document: DocxDocument) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def filled_headings(source: DocxDocument, dataset: Dataset) -> list[tuple[str, str | None]]:
    """The headings of *source* with its markers filled: each one's text and style."""
    document = read(fill(saved(source), dataset))
    return [
        (p.text, p.style.name)
        for p in document.paragraphs
        if p.style is not None and "Heading" in (p.style.name or "")
    ]


def fill(data: bytes, dataset: Dataset) -> bytes:
    return fill_markers(discover().get("report"), data, dataset, request("report", dataset))


def test_markers_are_replaced_and_everything_else_stays(example: Dataset) -> None:
    source = report_with(
        "Innledning fra styret", "{{kssgov:politics}}", "Informasjonsarbeid", "{{ kssgov:members }}", "Slutt"
    )
    document = read(fill(source, attrs.evolve(example, texts=())))
    paragraphs = texts(document)
    assert paragraphs[0] == "Innledning fra styret"
    assert paragraphs[1:3] == ["Politikk", "Høringer, innspill, konferanser og politisk representasjon"]
    assert paragraphs.index("Informasjonsarbeid") < paragraphs.index(
        "Medlemmer i Krisesentersekretariatet 2023"
    )
    assert paragraphs[-1] == "Slutt"
    assert not [p for p in paragraphs if "kssgov:" in p]
    assert table_rows(document, 0)[0] == ["Dato", "Hvor", "Tema"]
    assert table_rows(document, 1)[0][0] == "Navn"
    assert document.sections[0].footer.paragraphs[0].text == "Side"
    body = [child.tag.split("}")[1] for child in document.element.body]
    assert body.index("tbl") > 1


def test_unknown_markers_are_named(example: Dataset) -> None:
    with pytest.raises(PluginError) as caught:
        fill(report_with("{{kssgov:polittics}}", "{{kssgov:budget}}", "{{kssgov:members}}"), example)
    assert caught.value.render("en") == (
        "unknown marker(s): budget, polittics; known sections are: politics, communication, alliances, "
        "projects, bodies, members, secretariat, awards"
    )


def test_a_document_without_markers_or_not_a_docx(example: Dataset) -> None:
    with pytest.raises(PluginError, match="no marker paragraphs"):
        fill(report_with("Just text"), example)
    with pytest.raises(PluginError, match="cannot be read as a Word document"):
        fill(b"not a zip file", example)


def test_markers_in_any_letter_case_are_filled(example: Dataset) -> None:
    without_prose = attrs.evolve(example, texts=())
    document = read(fill(report_with("{{KSSGOV:Politics}}", "{{ Kssgov : awards }}"), without_prose))
    paragraphs = texts(document)
    assert paragraphs[:2] == ["Politikk", "Høringer, innspill, konferanser og politisk representasjon"]
    assert "Priser" in paragraphs
    assert not [p for p in paragraphs if "kssgov" in p.lower()]


def test_a_marker_without_its_heading_or_at_a_level_follows_the_authors_headings(example: Dataset) -> None:
    source = docx.Document()
    source.add_heading("Politikk", level=1)
    source.add_paragraph("Vår egen innledning.")
    source.add_paragraph("{{kssgov:politics | uten overskrift}}")
    source.add_heading("Sekretariatet", level=1)
    source.add_paragraph("{{kssgov:secretariat | nivå 2}}")
    headings = filled_headings(source, example)
    assert headings[:3] == [
        ("Politikk", "Heading 1"),
        ("Høringer, innspill, konferanser og politisk representasjon", "Heading 2"),
        ("Sekretariatet", "Heading 1"),
    ]
    assert headings[3:5] == [("Sekretariat", "Heading 2"), ("Ansatte", "Heading 3")]
    assert [t for t, _ in headings].count("Politikk") == 1


def test_a_section_three_levels_deep_at_level_3_keeps_its_levels_apart(example: Dataset) -> None:
    source = docx.Document()
    source.add_heading("Vårt arbeid", level=1)
    source.add_heading("Prosjektene", level=2)
    source.add_paragraph("{{kssgov:projects | nivå 3}}")
    headings = filled_headings(source, example)
    assert headings[:6] == [
        ("Vårt arbeid", "Heading 1"),
        ("Prosjektene", "Heading 2"),
        ("Prosjekter og tiltak i Krisesentersekretariatet", "Heading 3"),
        ("Tiltak", "Heading 4"),
        ("VO-linjen", "Heading 5"),
        ("Ansatte", "Heading 6"),
    ]


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("sentence", "{{kssgov:awards}} inside the text of paragraph 2"),
        ("table", "{{kssgov:members}} in table 1, row 1"),
        ("header", "{{kssgov:politics}} in a header or footer of section 1"),
        # A footer behind a header the section takes from none: the header is looked past, not the rest.
        ("footer", "{{kssgov:politics}} in a header or footer of section 1"),
    ],
)
def test_a_marker_where_a_section_cannot_go_is_named_and_nothing_is_written(
    example: Dataset, place: str, expected: str
) -> None:
    source = docx.Document()
    source.add_paragraph("{{kssgov:politics}}")
    if place == "sentence":
        source.add_paragraph("Se tabellen: {{kssgov:awards}}")
    elif place == "table":
        source.add_table(rows=1, cols=1).cell(0, 0).text = "{{kssgov:members}}"
    elif place == "header":
        source.sections[0].header.paragraphs[0].text = "{{kssgov:politics}}"
    else:
        source.sections[0].footer.paragraphs[0].text = "{{kssgov:politics}}"
        assert source.sections[0].header.is_linked_to_previous
    with pytest.raises(PluginError) as caught:
        fill(saved(source), example)
    assert expected in caught.value.render("en")
    assert "en markør kan ikke fylles der den står" in caught.value.render("nb")


def test_an_unknown_option_is_named(example: Dataset) -> None:
    with pytest.raises(PluginError) as caught:
        fill(report_with("{{kssgov:politics | uten tabell}}"), example)
    message = caught.value.render("en")
    assert message.startswith(
        "{{kssgov:politics | uten tabell}} asks for 'uten tabell', which is not an option"
    )


def test_a_marker_may_take_both_options(example: Dataset) -> None:
    source = docx.Document()
    source.add_heading("Vårt arbeid", level=1)
    source.add_paragraph("{{kssgov:secretariat | uten overskrift | nivå 2}}")
    headings = filled_headings(source, example)
    # The section's own heading, left out, would have been at level 2: its parts are at level 3.
    assert headings[:3] == [("Vårt arbeid", "Heading 1"), ("Ansatte", "Heading 3"), ("Økonomi", "Heading 3")]


def test_every_marker_where_a_section_cannot_go_is_named(example: Dataset) -> None:
    source = docx.Document()
    source.add_paragraph("{{kssgov:politics}}")
    source.add_paragraph("Se: {{kssgov:awards}}")
    source.add_paragraph("Og: {{kssgov:members}}")
    with pytest.raises(PluginError) as caught:
        fill(saved(source), example)
    message = caught.value.render("en")
    assert "{{kssgov:awards}} inside the text of paragraph 2" in message
    assert "{{kssgov:members}} inside the text of paragraph 3" in message
