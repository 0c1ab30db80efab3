"""Projects and permanent programmes, with their funders and grants."""

from __future__ import annotations

import attrs

from . import _validate
from .records import Record
from .vocabulary import ProjectKind


@attrs.frozen(kw_only=True)
class Project(Record):
    """A project or a permanent programme (tiltak).

    ``amount`` is the grant in whole NOK (None when the report names no sum);
    ``years`` are the years the grant covers.
    """

    name: str = attrs.field(validator=_validate.text)
    kind: ProjectKind = attrs.field(
        default=ProjectKind.PROJECT, validator=attrs.validators.instance_of(ProjectKind)
    )
    partners: tuple[str, ...] = attrs.field(default=(), validator=_validate.texts)
    funders: tuple[str, ...] = attrs.field(default=(), validator=_validate.texts)
    amount: int | None = attrs.field(default=None, validator=_validate.count)
    years: tuple[int, ...] = attrs.field(default=(), validator=_validate.years)
    description: str | None = attrs.field(default=None, validator=_validate.optional_text)
    url: str | None = attrs.field(default=None, validator=_validate.optional_text)
