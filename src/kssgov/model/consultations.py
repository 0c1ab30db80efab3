"""Consultations (høringer) and the organisation's response to them."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import attrs

from . import validators
from .records import Record
from .vocabulary import ConsultationStatus


@attrs.frozen(kw_only=True)
class Consultation(Record):
    """A public consultation: who issued it, its title and deadline, and our response.

    ``status`` says where our response stands; a consultation that was called
    off is ``withdrawn``.
    """

    table: ClassVar[str] = "consultation"

    issuer: str = attrs.field(validator=validators.line)
    title: str = attrs.field(validator=validators.line)
    reference: str | None = attrs.field(default=None, validator=validators.optional_line)
    deadline: dt.date | None = attrs.field(default=None, validator=validators.optional_date)
    status: ConsultationStatus = attrs.field(
        default=ConsultationStatus.OPEN, validator=validators.vocabulary(ConsultationStatus)
    )
    response: str | None = attrs.field(default=None, validator=validators.optional_text)
    url: str | None = attrs.field(default=None, validator=validators.optional_url)
    note: str | None = attrs.field(default=None, validator=validators.optional_text)
