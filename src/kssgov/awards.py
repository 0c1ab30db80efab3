"""Prizes the organisation awards."""

from __future__ import annotations

import attrs

from . import _validate
from .records import Record


@attrs.frozen(kw_only=True)
class Award(Record):
    """A prize given to a recipient in a year, with the citation and what was given."""

    prize: str = attrs.field(validator=_validate.text)
    year: int = attrs.field(validator=_validate.year)
    recipient: str = attrs.field(validator=_validate.text)
    affiliation: str | None = attrs.field(default=None, validator=_validate.optional_text)
    citation: str | None = attrs.field(default=None, validator=_validate.optional_text)
    presented_at: str | None = attrs.field(default=None, validator=_validate.optional_text)
    gifts: tuple[str, ...] = attrs.field(default=(), validator=_validate.texts)
