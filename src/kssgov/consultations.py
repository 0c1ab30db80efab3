"""Consultations (høringer) and the organisation's response to them."""

from __future__ import annotations

import datetime as dt

import attrs

from . import _validate
from .records import Record
from .vocabulary import ConsultationStatus


@attrs.frozen(kw_only=True)
class Consultation(Record):
    """A public consultation: who issued it, its title and deadline, and our response."""

    issuer: str = attrs.field(validator=_validate.text)
    title: str = attrs.field(validator=_validate.text)
    reference: str | None = attrs.field(default=None, validator=_validate.optional_text)
    deadline: dt.date | None = attrs.field(default=None, validator=_validate.optional_date)
    status: ConsultationStatus = attrs.field(
        default=ConsultationStatus.OPEN,
        validator=attrs.validators.instance_of(ConsultationStatus),
    )
    response: str | None = attrs.field(default=None, validator=_validate.optional_text)
    url: str | None = attrs.field(default=None, validator=_validate.optional_text)
