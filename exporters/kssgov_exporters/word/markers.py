"""The markers an author writes in their own draft where a section belongs, and where they may stand.

A marker is a paragraph of its own: ``{{kssgov:politics}}``, in any letter
case, optionally with options after a bar:

- ``{{kssgov:politics | uten overskrift}}`` (or ``no heading``): the section
  without its own top heading, for a draft that has its own;
- ``{{kssgov:politics | nivå 2}}`` (or ``level 2``): the section's top heading
  at that level, its other headings below it.

A marker inside a sentence, in a table, or in a header or footer cannot be
replaced by a section; it is reported with where it stands, and nothing is
written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

import attrs
from docx.document import Document
from docx.text.paragraph import Paragraph

from kssgov import PluginError
from kssgov.messages import Listing, Phrase

from .labels import ERRORS

#: A marker anywhere in a text.
FOUND: Final = re.compile(r"\{\{\s*kssgov\s*:\s*([^}|]*?)\s*(?:\|\s*([^}]*?)\s*)?\}\}", re.IGNORECASE)
_NO_HEADING: Final = frozenset({"uten overskrift", "no heading", "without heading"})
_LEVEL: Final = re.compile(r"(?:nivå|niva|level)\s*([1-3])", re.IGNORECASE)


@attrs.frozen
class Marker:
    """A marker paragraph: the section it asks for and how."""

    paragraph: Paragraph
    section: str
    with_heading: bool = True
    top_level: int = 1


def markers(document: Document, sections: Sequence[str]) -> list[Marker]:
    """Every marker of *document*, checked: in place, naming a known section, with known options."""
    misplaced = list(dict.fromkeys(_misplaced(document)))
    if misplaced:
        raise PluginError(ERRORS["markers_misplaced"], places=Listing(misplaced))
    found = []
    unknown: set[str] = set()
    for paragraph in document.paragraphs:
        match = FOUND.search(paragraph.text)
        if match is None:
            continue
        name = match.group(1).lower()
        if name not in sections:
            unknown.add(match.group(1))
            continue
        found.append(_marker(paragraph, name, match.group(2) or ""))
    if unknown:
        raise PluginError(
            ERRORS["unknown_markers"], names=", ".join(sorted(unknown)), known=", ".join(sections)
        )
    if not found:
        raise PluginError(ERRORS["no_markers"])
    return found


def _marker(paragraph: Paragraph, name: str, options: str) -> Marker:
    with_heading, level = True, 1
    for option in (o.strip() for o in options.split("|") if o.strip()):
        if option.lower() in _NO_HEADING:
            with_heading = False
        elif (chosen := _LEVEL.fullmatch(option)) is not None:
            level = int(chosen.group(1))
        else:
            raise PluginError(ERRORS["marker_option"], option=option, marker=paragraph.text.strip())
    return Marker(paragraph, name, with_heading, level)


def _misplaced(document: Document) -> Iterator[Phrase]:
    """Where a marker stands that a section cannot replace."""
    for number, paragraph in enumerate(document.paragraphs, start=1):
        match = FOUND.search(paragraph.text)
        if match is not None and paragraph.text.strip() != match.group(0):
            yield Phrase(ERRORS["in_sentence"], number=number, marker=match.group(0))
    for number, table in enumerate(document.tables, start=1):
        for row_number, row in enumerate(table.rows, start=1):
            for cell in row.cells:
                match = FOUND.search(cell.text)
                if match is not None:
                    yield Phrase(ERRORS["in_table"], number=number, row=row_number, marker=match.group(0))
    for number, section in enumerate(document.sections, start=1):
        for part in (
            section.header,
            section.footer,
            section.first_page_header,
            section.first_page_footer,
            section.even_page_header,
            section.even_page_footer,
        ):
            if part.is_linked_to_previous:
                continue
            for paragraph in part.paragraphs:
                match = FOUND.search(paragraph.text)
                if match is not None:
                    yield Phrase(ERRORS["in_header"], number=number, marker=match.group(0))
