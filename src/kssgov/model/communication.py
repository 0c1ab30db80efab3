"""What the organisation and its programmes reached: figures per channel and year, and media items."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import attrs

from ..exceptions import InvalidValueError
from . import validators
from .records import Record, refers_to
from .vocabulary import Channel, Measure


@attrs.frozen(kw_only=True)
class Figure(Record):
    """One figure of a year: followers on Facebook, newsletters sent, enquiries to a programme by phone.

    ``channel`` is where it was counted (none for a unit's own figures, such as
    enquiries); ``unit`` the programme it belongs to (a project's id; none for
    the organisation). ``previous`` is the same figure the year before and
    ``change`` the change from it in per cent, when the report gives either.

    A figure may count one ``category`` of something (``voldsutsatte``,
    ``tvungen prostitusjon``); with ``share_of`` (the id of the figure it is a
    share of, its base) its value is a share in per cent. Figures with the same
    ``group`` (the breakdown's lead-in: ``Hvem ringte inn?``) are printed
    together, in file order: ``Hvem ringte inn? 71% voldsutsatte, 14% pårørende
    og 1% hjelpeapparat.``
    """

    table: ClassVar[str] = "figure"

    year: int = attrs.field(validator=validators.year)
    measure: Measure = attrs.field(validator=validators.vocabulary(Measure))
    value: int = attrs.field(validator=validators.whole(0, 10**12))
    channel: Channel | None = attrs.field(
        default=None, validator=attrs.validators.optional(validators.vocabulary(Channel))
    )
    unit: str | None = attrs.field(
        default=None, validator=validators.optional_id, metadata=refers_to("project")
    )
    previous: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(validators.whole(0, 10**12))
    )
    change: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(validators.whole(-100, 100_000))
    )
    note: str | None = attrs.field(default=None, validator=validators.optional_line)
    category: str | None = attrs.field(default=None, validator=validators.optional_line)
    group: str | None = attrs.field(default=None, validator=validators.optional_line)
    share_of: str | None = attrs.field(
        default=None, validator=validators.optional_id, metadata=refers_to("figure", needed=True)
    )

    def __attrs_post_init__(self) -> None:
        if self.share_of is not None and self.value > 100:
            raise InvalidValueError("figure.share_over_100", value=self.value, field="value")
        if self.share_of == self.id:
            raise InvalidValueError("figure.share_of_itself", value=self.share_of, field="share_of")
        if self.group is not None and self.category is None:
            raise InvalidValueError("figure.group_without_category", value=self.group, field="group")


@attrs.frozen(kw_only=True)
class MediaItem(Record):
    """A story in the media about the organisation or one of its programmes ("Her er et lite utvalg ...").

    ``year`` is the report it belongs to; ``date``, when known, falls in it.
    ``unit`` is the programme the story is about (a project's id; none for the
    organisation itself).
    """

    table: ClassVar[str] = "media"

    year: int = attrs.field(validator=validators.year)
    title: str = attrs.field(validator=validators.line)
    outlet: str = attrs.field(validator=validators.line)
    date: dt.date | None = attrs.field(default=None, validator=validators.optional_date)
    unit: str | None = attrs.field(
        default=None, validator=validators.optional_id, metadata=refers_to("project")
    )
    url: str | None = attrs.field(default=None, validator=validators.optional_url)
    note: str | None = attrs.field(default=None, validator=validators.optional_text)

    def __attrs_post_init__(self) -> None:
        if self.date is not None and self.date.year != self.year:
            raise InvalidValueError("media.year_mismatch", value=self.date, year=self.year, field="date")
