"""Every part kssgov writes or changes follows the Office Open XML schema, so Word opens it unrepaired.

LibreOffice is lenient and Word is not: an element out of the schema's order
(``w:tblLayout`` after ``w:tblLook``, say) opens in one and is "repaired" by
the other. So every Word exporter, the signature sheet, ``fill`` and a
document made from the organisation's template are validated here.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import pytest
from lxml import etree

import kssgov
from kssgov import Dataset, Language
from kssgov.exporting import fill
from kssgov.messages import LANGUAGES

from ...exports import request
from .helpers import export
from .ooxml import problems, schema
from .test_fill import report_with
from .test_templates import word_template

WORD_EXPORTERS = sorted(
    name for name, plugin in kssgov.discover().plugins.items() if plugin.exporter.output == "docx"
)


def test_every_word_exporter_is_covered() -> None:
    assert {"politics", "report", "signatures", "communication", "secretariat"} <= set(WORD_EXPORTERS)


@pytest.mark.parametrize("name", WORD_EXPORTERS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_word_exporter_writes_valid_parts(example: Dataset, name: str, language: Language) -> None:
    given: dict[str, object] = {"date": dt.date(2024, 3, 12), "place": "Oslo"} if name == "signatures" else {}
    document = export(name, example, language=language, options=given)
    assert problems(document) == []


def test_a_document_from_the_organisations_template_is_valid(example: Dataset) -> None:
    for with_grid in (True, False):
        document = export("report", example, template=word_template(with_table_grid=with_grid))
        assert problems(document) == []


def test_a_filled_report_is_valid_headers_and_footers_too(example: Dataset) -> None:
    source = report_with("Forord", "{{kssgov:politics}}", "{{kssgov:awards}}", "{{kssgov:secretariat}}")
    filled = fill(kssgov.discover().get("report"), source, example, request("report", example))
    assert "word/footer1.xml" in _names(filled)
    assert problems(filled) == []


def test_the_check_finds_what_word_would_repair(example: Dataset) -> None:
    """The validator is not a rubber stamp: the ordering fault that started this is caught."""
    document = docx.Document(io.BytesIO(export("politics", example)))
    properties = document.tables[0]._tbl.tblPr
    layout = properties.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblLayout")
    properties.remove(layout)
    properties.append(layout)
    buffer = io.BytesIO()
    document.save(buffer)
    found = problems(buffer.getvalue())
    assert len(found) == 1
    assert "tblLayout" in found[0]


def test_the_schemas_compile() -> None:
    assert isinstance(schema("wml.xsd"), etree.XMLSchema)


def _names(document: bytes) -> set[str]:
    return set(zipfile.ZipFile(io.BytesIO(document)).namelist())
