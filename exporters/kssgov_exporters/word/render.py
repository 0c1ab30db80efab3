"""Writing sections into a document, and filling marker paragraphs of an existing one."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

import docx

from kssgov import Dataset, ExportRequest, PluginError

from .document import body_elements, move_before, open_document, save
from .sections import SECTIONS
from .signatures import signature_sheet

#: What :func:`render` can write: the report's sections and the signature sheet.
WRITERS = {**SECTIONS, "signatures": signature_sheet}

MARKER = re.compile(r"^\s*\{\{\s*kssgov:([A-Za-z0-9_-]+)\s*\}\}\s*$")


def render(names: Sequence[str], dataset: Dataset, request: ExportRequest) -> bytes:
    """A document holding the sections *names*, for the request's audience only."""
    visible = dataset.visible_to(request.audience)
    document = open_document(request.template)
    for name in names:
        WRITERS[name](document, visible, request)
    return save(document, request.moment(dataset))


def fill(data: bytes, dataset: Dataset, request: ExportRequest) -> bytes:
    """*data* (a .docx) with every ``{{kssgov:SECTION}}`` paragraph replaced by that section.

    Everything else in the document stays as it was. Unknown markers are
    reported by name and nothing is written.
    """
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # noqa: BLE001 - any unreadable input is the same problem to a person
        raise PluginError(f"the document cannot be read as .docx: {error}") from None
    markers = [(p, m.group(1)) for p in document.paragraphs if (m := MARKER.match(p.text))]
    if not markers:
        raise PluginError("the document has no marker paragraphs such as {{kssgov:politics}}")
    unknown = sorted({name for _, name in markers if name not in SECTIONS})
    if unknown:
        raise PluginError(
            f"unknown marker(s): {', '.join(unknown)}; known sections are: {', '.join(SECTIONS)}"
        )
    visible = dataset.visible_to(request.audience)
    for marker, name in markers:
        before = len(body_elements(document))
        SECTIONS[name](document, visible, request)
        move_before(body_elements(document)[before:], marker._p)
        marker._p.getparent().remove(marker._p)
    return save(document, request.moment(dataset))
