"""The report's prose: a part's introduction and closing paragraphs, kept as data with the records."""

from __future__ import annotations

from typing import ClassVar

import attrs

from . import validators
from .records import Record
from .vocabulary import Placement, ReportPart


@attrs.frozen(kw_only=True)
class SectionText(Record):
    """The paragraphs a part of the annual report of *year* opens or closes with.

    ``part`` is the part (``politics``, ``social_media``, ``finances``, ...);
    ``placement`` whether the text stands under the part's heading, before what
    the data gives (``intro``, the default), or after it (``closing``).
    ``text`` is written in the dataset's language; a blank line starts a new
    paragraph. Several texts of one part and placement are printed in file order.
    """

    table: ClassVar[str] = "text"

    year: int = attrs.field(validator=validators.year)
    part: ReportPart = attrs.field(validator=validators.vocabulary(ReportPart))
    text: str = attrs.field(validator=validators.text)
    placement: Placement = attrs.field(default=Placement.INTRO, validator=validators.vocabulary(Placement))
    note: str | None = attrs.field(default=None, validator=validators.optional_text)
