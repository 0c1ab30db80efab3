"""The options of the Word exporters: what each section can be asked for, and nothing more."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs

from kssgov import ActivityKind, Period
from kssgov.model import validators


@attrs.frozen(kw_only=True)
class SectionOptions(Period):
    """A report section covers a period (``--year``, ``--from``, ``--to``).

    ``--template`` is the organisation's own .docx, whose styles, header,
    footer and page setup are used.
    """

    template: Path | None = attrs.field(default=None, metadata={"help": "option.template"})


@attrs.frozen(kw_only=True)
class PoliticsOptions(SectionOptions):
    """The politics table may be limited to some kinds of activity (``--kind``, repeatable)."""

    kinds: tuple[ActivityKind, ...] = attrs.field(
        default=(), metadata={"help": "option.kinds", "flag": "kind"}
    )


@attrs.frozen(kw_only=True)
class SignatureOptions:
    """The signature sheet is for the day the board signs (``--date``), at a place (``--place``)."""

    date: dt.date = attrs.field(validator=validators.date, metadata={"help": "option.date"})
    place: str | None = attrs.field(
        default=None, validator=validators.optional_line, metadata={"help": "option.place"}
    )
    template: Path | None = attrs.field(default=None, metadata={"help": "option.template"})
