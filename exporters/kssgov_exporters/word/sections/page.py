"""What every section writes with: the document, the data it may show, the year and the language."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs
from docx.document import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from kssgov import Dataset, ExportRequest, Language, Period, Placement, ReportPart

from .. import document as writing
from ..labels import label
from ..tables import add_table


@attrs.frozen
class Page:
    """A section's place in a document, with the words it is written in.

    The dataset is the one the host narrowed to the request's audience, so a
    section shows everything it is given and decides nothing about who may
    see it.
    """

    document: Document
    dataset: Dataset
    request: ExportRequest[Any]
    #: The level the section's top heading is written at; its other headings follow below it.
    top_level: int = 1
    #: False when the section goes under the author's own heading (``| uten overskrift``).
    with_heading: bool = True

    @property
    def language(self) -> Language:
        return self.request.language

    @property
    def year(self) -> int:
        """The report's year: the year of the period asked for."""
        options = self.request.options
        if isinstance(options, Period):
            return options.report_year(self.dataset.settings)
        return int(options.date.year)

    @property
    def in_data_language(self) -> bool:
        """True when the page is written in the language the records are kept in.

        Headings kept in the records as printed (an annual meeting's title, an
        award's heading, a body's name) are used only then; in another
        language the page writes its own.
        """
        return self.language == self.dataset.settings.language

    @property
    def organisation(self) -> str:
        return self.dataset.settings.name

    def words(self, key: str, **params: object) -> str:
        """The document phrase *key* in the page's language."""
        return label(key, self.language, **params)

    def heading(self, text: str, level: int) -> Paragraph | None:
        """A heading at *level* of the section (1 is its top), placed where the page's level says."""
        if level == 1 and not self.with_heading:
            return None
        return writing.heading(self.document, text, level + self.top_level - 1, self.language)

    def text(self, text: str, *, bold: bool = False) -> Paragraph:
        return writing.paragraph(self.document, text, self.language, bold=bold)

    def texts(self, text: str | None) -> None:
        """*text* as paragraphs, one for each block separated by a blank line."""
        for block in (text or "").split("\n\n"):
            if block.strip():
                self.text(block.strip())

    def prose(self, part: ReportPart, placement: Placement = Placement.INTRO) -> None:
        """The dataset's texts of *part* of the page's year at *placement*, each followed by its note."""
        for written in self.dataset.texts_of(part, self.year, placement):
            self.texts(written.text)
            self.texts(written.note)

    def has_prose(self, part: ReportPart) -> bool:
        """True when *part* has a text of the page's year, so that its heading is printed for it."""
        return any(self.dataset.texts_of(part, self.year, placement) for placement in Placement)

    def bullets(self, items: Sequence[str], links: Sequence[str | None] = ()) -> None:
        """A bulleted list; an item with a link (``links`` in the same order) is a hyperlink."""
        writing.bullets(self.document, items, self.language, links)

    def table(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[str]],
        *,
        caption: str | None = None,
        notes: Sequence[str | None] = (),
    ) -> Table:
        """A table of *rows*; the notes of its rows (``notes`` in the order of the rows) follow it.

        A note is printed under the table after the row's first cell (``16.8.2023: Datoen er
        rettet ...``): the cells stay as they are, for a reader who searches or copies them.
        """
        rows = [list(row) for row in rows]
        table = add_table(self.document, headers, rows, self.language, caption=caption)
        noted = [(row[0], note) for row, note in zip(rows, notes or [None] * len(rows), strict=True) if note]
        if noted:
            self.text(self.words("table.notes")).paragraph_format.keep_with_next = True
            for first, note in noted:
                self.texts(self.words("table.note", row=first, note=note))
        return table
