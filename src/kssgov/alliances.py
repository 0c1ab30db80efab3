"""Reference groups, alliances and networks the organisation takes part in."""

from __future__ import annotations

import attrs

from . import _validate
from .records import Record
from .vocabulary import AllianceKind


@attrs.frozen(kw_only=True)
class Alliance(Record):
    """A reference group, alliance or network.

    ``participants`` are the partners or other participants as the report names
    them; ``funders`` is empty when the group has no funder. Meeting counts are
    kept per year as :class:`~kssgov.governance.Statistics`, or derived from
    activities that link here with ``alliance = "<id>"``.
    """

    kind: AllianceKind = attrs.field(validator=attrs.validators.instance_of(AllianceKind))
    name: str = attrs.field(validator=_validate.text)
    participants: tuple[str, ...] = attrs.field(default=(), validator=_validate.texts)
    funders: tuple[str, ...] = attrs.field(default=(), validator=_validate.texts)
    description: str | None = attrs.field(default=None, validator=_validate.optional_text)
    url: str | None = attrs.field(default=None, validator=_validate.optional_text)
