"""What every record has: a stable id, a visibility, and optional sources."""

from __future__ import annotations

import attrs

from . import _validate
from .vocabulary import Visibility


@attrs.frozen(kw_only=True)
class Record:
    """Base of all records.

    ``id`` is stable across edits: calendar UIDs and cross-references hang on it.
    ``sources`` holds links or citations that back the record up.
    """

    id: str = attrs.field(validator=_validate.record_id)
    visibility: Visibility = attrs.field(
        default=Visibility.PUBLIC, validator=attrs.validators.instance_of(Visibility)
    )
    sources: tuple[str, ...] = attrs.field(default=(), validator=_validate.texts)
