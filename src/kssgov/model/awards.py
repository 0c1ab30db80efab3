"""Prizes the organisation awards."""

from __future__ import annotations

from typing import ClassVar

import attrs

from . import validators
from .records import Record


@attrs.frozen(kw_only=True)
class Award(Record):
    """A prize given to a recipient in a year, with the citation and what was given.

    ``title`` and ``citation`` hold the heading and the whole text as the
    report prints them. Without a title the heading is written from the
    prize, the recipient and the year; without a citation the text is
    written from the prize, the recipient, ``affiliation``, ``presented_at``
    and ``gifts``.
    """

    table: ClassVar[str] = "award"

    prize: str = attrs.field(validator=validators.line)
    title: str | None = attrs.field(default=None, validator=validators.optional_line)
    year: int = attrs.field(validator=validators.year)
    recipient: str = attrs.field(validator=validators.line)
    affiliation: str | None = attrs.field(default=None, validator=validators.optional_line)
    citation: str | None = attrs.field(default=None, validator=validators.optional_text)
    presented_at: str | None = attrs.field(default=None, validator=validators.optional_line)
    gifts: tuple[str, ...] = attrs.field(default=(), validator=validators.texts)
    note: str | None = attrs.field(default=None, validator=validators.optional_text)
