"""Filling marker paragraphs of a report written in Word."""

from __future__ import annotations

import io

import docx
import pytest

from kssgov import Dataset, PluginError, discover
from kssgov.exporting import fill as fill_markers

from ...exports import request
from .helpers import read, table_rows, texts


def report_with(*paragraphs: str) -> bytes:
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "Side"
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def fill(data: bytes, dataset: Dataset) -> bytes:
    return fill_markers(discover().get("report"), data, dataset, request("report", dataset))


def test_markers_are_replaced_and_everything_else_stays(example: Dataset) -> None:
    source = report_with(
        "Innledning fra styret", "{{kssgov:politics}}", "Informasjonsarbeid", "{{ kssgov:members }}", "Slutt"
    )
    document = read(fill(source, example))
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
    with pytest.raises(PluginError, match=r"unknown marker\(s\): budget, polittics"):
        fill(report_with("{{kssgov:polittics}}", "{{kssgov:budget}}", "{{kssgov:members}}"), example)


def test_a_document_without_markers_or_not_a_docx(example: Dataset) -> None:
    with pytest.raises(PluginError, match="no marker paragraphs"):
        fill(report_with("Just text"), example)
    with pytest.raises(PluginError, match="cannot be read as a Word document"):
        fill(b"not a zip file", example)
