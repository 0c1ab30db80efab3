"""Reference groups, alliances and networks the organisation takes part in."""

from __future__ import annotations

from typing import ClassVar

import attrs

from . import validators
from .records import Record
from .vocabulary import AllianceKind


@attrs.frozen(kw_only=True)
class Alliance(Record):
    """A reference group, alliance or network.

    ``participants`` are the partners or other participants as the report names
    them; ``funders`` is empty when the group has no funder. Meeting counts are
    kept per year as :class:`~kssgov.Statistics`, or derived from
    activities that link here with ``alliance = "<id>"``.
    """

    table: ClassVar[str] = "alliance"

    kind: AllianceKind = attrs.field(validator=validators.vocabulary(AllianceKind))
    name: str = attrs.field(validator=validators.line)
    participants: tuple[str, ...] = attrs.field(default=(), validator=validators.texts)
    funders: tuple[str, ...] = attrs.field(default=(), validator=validators.texts)
    description: str | None = attrs.field(default=None, validator=validators.optional_text)
    url: str | None = attrs.field(default=None, validator=validators.optional_url)
    note: str | None = attrs.field(default=None, validator=validators.optional_text)
