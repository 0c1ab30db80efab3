"""Writing sections into a document, and filling marker paragraphs of an existing one.

The dataset arrives already narrowed to the request's audience by the host
(:func:`kssgov.exporting.run`), so nothing here decides who may see what.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from typing import Any, Final

import attrs
import docx
from docx.document import Document

from kssgov import Dataset, ExportRequest, Period, PluginError, Settings

from .document import body_elements, move_before, open_document, prepare, read_template, save
from .labels import ERRORS
from .markers import markers
from .sections import SECTIONS, Page
from .signature_sheet import signature_sheet

#: What :func:`render` can write: the report's sections and the signature sheet.
WRITERS: Final[dict[str, Callable[[Page], None]]] = {**SECTIONS, "signatures": signature_sheet}

#: The phrase each writer's heading is; a document of one section is titled by it.
HEADINGS: Final[dict[str, str]] = {
    "politics": "politics.heading",
    "communication": "communication.heading",
    "alliances": "alliances.heading",
    "projects": "projects.heading",
    "bodies": "bodies.heading",
    "members": "members.heading",
    "secretariat": "secretariat.heading",
    "awards": "awards.heading",
    "signatures": "signatures.heading",
}


def render(names: Sequence[str], dataset: Dataset, request: ExportRequest[Any]) -> bytes:
    """A document holding the sections *names*."""
    template = request.options.template
    document = open_document(read_template(template), request.language, template)
    page = Page(document, dataset, request)
    for name in names:
        WRITERS[name](page)
    return _saved(document, names, page)


def fill(data: bytes, names: Sequence[str], dataset: Dataset, request: ExportRequest[Any]) -> bytes:
    """*data* (a .docx) with every marker paragraph of *names* replaced by that section.

    Everything else in the document stays as it was. A marker that names no
    section, asks for an unknown option, or stands where a section cannot go
    is reported, and nothing is written (see :mod:`.markers`).
    """
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - any unreadable input is the same problem to a person
        raise PluginError(ERRORS["fill_not_docx"]) from None
    found = markers(document, names)
    prepare(document, request.language)
    page = Page(document, dataset, request)
    for marker in found:
        before = len(body_elements(document))
        WRITERS[marker.section](
            attrs.evolve(page, top_level=marker.top_level, with_heading=marker.with_heading)
        )
        move_before(body_elements(document)[before:], marker.paragraph._p)
        marker.paragraph._p.getparent().remove(marker.paragraph._p)
    return _saved(document, names, page)


def title(names: Sequence[str], page: Page) -> str:
    """``Årsmelding 2023`` for the report; ``Politikk – Årsmelding 2023`` for one of its sections."""
    if list(names) == ["signatures"]:
        return page.words("signatures.heading")
    report = page.words("report.title", year=page.year)
    if len(names) != 1:
        return report
    heading = page.words(HEADINGS[names[0]], organisation=page.organisation, year=page.year)
    return f"{heading} – {report}"


def _saved(document: Document, names: Sequence[str], page: Page) -> bytes:
    request = page.request
    moment = request.stamp(_last_day(request.options, page.dataset.settings))
    return save(
        document, moment, title=title(names, page), author=page.organisation, language=request.language
    )


def _last_day(options: Any, settings: Settings) -> dt.date:
    """The last day a document covers: its period's, or the day it is for."""
    if isinstance(options, Period):
        return options.period(settings)[1]
    day: dt.date = options.date
    return day
