"""Projects and permanent programmes, with their funders and grants."""

from __future__ import annotations

from typing import ClassVar

import attrs

from . import validators
from .records import Record
from .vocabulary import ProjectKind


@attrs.frozen(kw_only=True)
class Project(Record):
    """A project or a permanent programme (tiltak).

    ``amount`` is the grant in whole NOK (None when the report names no sum),
    ``amount_note`` what the report says of it ("basert på foreløpig regnskap");
    ``years`` are the years the grant covers; ``applied`` the sum applied for,
    when the report gives it.
    """

    table: ClassVar[str] = "project"

    name: str = attrs.field(validator=validators.line)
    kind: ProjectKind = attrs.field(default=ProjectKind.PROJECT, validator=validators.vocabulary(ProjectKind))
    partners: tuple[str, ...] = attrs.field(default=(), validator=validators.texts)
    funders: tuple[str, ...] = attrs.field(default=(), validator=validators.texts)
    amount: int | None = attrs.field(default=None, validator=validators.amount)
    amount_note: str | None = attrs.field(default=None, validator=validators.optional_line)
    applied: int | None = attrs.field(default=None, validator=validators.amount)
    years: tuple[int, ...] = attrs.field(default=(), validator=validators.years)
    description: str | None = attrs.field(default=None, validator=validators.optional_text)
    url: str | None = attrs.field(default=None, validator=validators.optional_url)
    note: str | None = attrs.field(default=None, validator=validators.optional_text)
