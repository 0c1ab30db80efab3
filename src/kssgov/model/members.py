"""Member organisations and the summary of them by operating form."""

from __future__ import annotations

from typing import ClassVar

import attrs

from . import validators
from .records import Record
from .vocabulary import OperatingForm


@attrs.frozen(kw_only=True)
class Member(Record):
    """A member organisation: its operating form, region, leader(s) and contact address."""

    table: ClassVar[str] = "member"

    name: str = attrs.field(validator=validators.line)
    operating_form: OperatingForm = attrs.field(validator=validators.vocabulary(OperatingForm))
    region: str | None = attrs.field(default=None, validator=validators.optional_id)
    leaders: tuple[str, ...] = attrs.field(default=(), validator=validators.lines)
    contact: str | None = attrs.field(default=None, validator=validators.optional_line)
    note: str | None = attrs.field(default=None, validator=validators.optional_text)


@attrs.frozen
class MemberSummary:
    """How many members there are of each operating form.

    The report counts municipal and inter-municipal (IKS) members together.
    """

    total: int
    public: int
    non_profit: int
    foundation: int
    other: int

    @classmethod
    def of(cls, members: tuple[Member, ...]) -> MemberSummary:
        forms = [m.operating_form for m in members]
        return cls(
            total=len(forms),
            public=sum(f in (OperatingForm.MUNICIPAL, OperatingForm.INTER_MUNICIPAL) for f in forms),
            non_profit=forms.count(OperatingForm.NON_PROFIT),
            foundation=forms.count(OperatingForm.FOUNDATION),
            other=forms.count(OperatingForm.OTHER),
        )
