"""The people employed by the secretariat and by its permanent programmes, and the year's finances."""

from __future__ import annotations

from typing import ClassVar

import attrs

from ..exceptions import InvalidValueError
from . import validators
from .dates import PartialDate
from .records import Record, refers_to


@attrs.frozen(kw_only=True)
class Staff(Record):
    """A person employed in a unit: the secretariat (no ``unit``), or a programme (its project's id).

    ``start`` and ``end`` may be a day or a month ("fra september 2023"); left
    out, the employment began before the year or goes on after it. ``temporary``
    marks a substitute (vikarierende). ``note`` says what the dates cannot, as
    the report prints it ("fungerende leder til 1.november 2023").
    """

    table: ClassVar[str] = "staff"

    person: str = attrs.field(validator=validators.line)
    title: str = attrs.field(validator=validators.line)
    unit: str | None = attrs.field(
        default=None, validator=validators.optional_id, metadata=refers_to("project")
    )
    start: PartialDate | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(PartialDate))
    )
    end: PartialDate | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(PartialDate))
    )
    temporary: bool = attrs.field(default=False, validator=validators.boolean)
    note: str | None = attrs.field(default=None, validator=validators.optional_line)

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise InvalidValueError(
                "staff.end_before_start", value=self.end, start=self.start, end=self.end, field="end"
            )

    def serves_in(self, year: int) -> bool:
        """True when the employment covers some of *year*."""
        return (self.start is None or self.start.year <= year) and (self.end is None or self.end.year >= year)


@attrs.frozen(kw_only=True)
class Finances(Record):
    """The organisation's key figures for a year: the result, and who audits and keeps the accounts."""

    table: ClassVar[str] = "finances"

    year: int = attrs.field(validator=validators.year)
    result: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(validators.whole(-(10**12), 10**12))
    )
    auditor: str | None = attrs.field(default=None, validator=validators.optional_line)
    accountant: str | None = attrs.field(default=None, validator=validators.optional_line)
    accountant_contact: str | None = attrs.field(default=None, validator=validators.optional_line)
    note: str | None = attrs.field(default=None, validator=validators.optional_text)
