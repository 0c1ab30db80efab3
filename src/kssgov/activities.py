"""Activities: the rows of the politics table (Dato | Hvor | Tema)."""

from __future__ import annotations

import attrs

from . import _validate
from .dates import DateSpan
from .records import Record
from .vocabulary import ActivityKind, ActivityRole, Status


@attrs.frozen(kw_only=True)
class Activity(Record):
    """A consultation response, hearing, meeting, conference or other dated activity.

    ``where`` is the report's *Hvor* column (host, occasion or venue as printed),
    ``topic`` its *Tema*. ``venue`` is the physical place, for calendars.
    ``alliance`` and ``consultation`` link to those records by id.
    """

    date: DateSpan = attrs.field(validator=attrs.validators.instance_of(DateSpan))
    where: str = attrs.field(validator=_validate.text)
    topic: str = attrs.field(validator=_validate.text)
    kind: ActivityKind = attrs.field(
        default=ActivityKind.MEETING, validator=attrs.validators.instance_of(ActivityKind)
    )
    role: ActivityRole = attrs.field(
        default=ActivityRole.PARTICIPANT, validator=attrs.validators.instance_of(ActivityRole)
    )
    status: Status = attrs.field(default=Status.HELD, validator=attrs.validators.instance_of(Status))
    venue: str | None = attrs.field(default=None, validator=_validate.optional_text)
    alliance: str | None = attrs.field(default=None, validator=_validate.optional_id)
    consultation: str | None = attrs.field(default=None, validator=_validate.optional_id)
    body: str | None = attrs.field(default=None, validator=_validate.optional_id)
    description: str | None = attrs.field(default=None, validator=_validate.optional_text)
    url: str | None = attrs.field(default=None, validator=_validate.optional_text)
