"""Activities: the rows of the politics table (Dato | Hvor | Tema)."""

from __future__ import annotations

from typing import ClassVar

import attrs

from . import validators
from .dates import DateSpan
from .records import Record, refers_to
from .vocabulary import ActivityKind, ActivityRole, Status


@attrs.frozen(kw_only=True, cache_hash=True)
class Activity(Record):
    """A consultation response, hearing, meeting, conference or other dated activity.

    ``where`` is the report's *Hvor* column (host, occasion or venue as printed),
    ``topic`` its *Tema*. ``venue`` is the physical place, for calendars.
    ``alliance`` and ``consultation`` link to those records by id.
    """

    table: ClassVar[str] = "activity"

    date: DateSpan = attrs.field(validator=attrs.validators.instance_of(DateSpan))
    where: str = attrs.field(validator=validators.text)
    topic: str = attrs.field(validator=validators.text)
    kind: ActivityKind = attrs.field(
        default=ActivityKind.MEETING, validator=validators.vocabulary(ActivityKind)
    )
    role: ActivityRole = attrs.field(
        default=ActivityRole.PARTICIPANT, validator=validators.vocabulary(ActivityRole)
    )
    status: Status = attrs.field(default=Status.HELD, validator=validators.vocabulary(Status))
    venue: str | None = attrs.field(default=None, validator=validators.optional_line)
    alliance: str | None = attrs.field(
        default=None, validator=validators.optional_id, metadata=refers_to("alliance")
    )
    consultation: str | None = attrs.field(
        default=None, validator=validators.optional_id, metadata=refers_to("consultation")
    )
    body: str | None = attrs.field(default=None, validator=validators.optional_id, metadata=refers_to("body"))
    description: str | None = attrs.field(default=None, validator=validators.optional_text)
    url: str | None = attrs.field(default=None, validator=validators.optional_url)
    note: str | None = attrs.field(default=None, validator=validators.optional_text)
