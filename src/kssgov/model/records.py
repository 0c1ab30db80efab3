"""What every record has: a stable id, a visibility, and optional sources."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from . import validators
from .vocabulary import Visibility


@attrs.frozen(kw_only=True)
class Record:
    """Base of all records.

    ``id`` is stable across edits: calendar UIDs and cross-references hang on it.
    ``sources`` holds links or citations that back the record up. ``table`` is
    the record type's name in the files (``[[activity]]``).
    """

    table: ClassVar[str]

    id: str = attrs.field(validator=validators.record_id)
    visibility: Visibility = attrs.field(
        default=Visibility.PUBLIC, validator=validators.vocabulary(Visibility)
    )
    sources: tuple[str, ...] = attrs.field(default=(), validator=validators.texts)

    def references(self) -> dict[str, str]:
        """The ids this record refers to, by field name (see :func:`refers_to`)."""
        return {
            name: value
            for name in reference_fields(type(self))
            if isinstance(value := getattr(self, name), str)
        }


_REFERENCE_FIELDS: dict[type, tuple[str, ...]] = {}


def reference_fields(cls: type[Record]) -> tuple[str, ...]:
    """The names of the fields of *cls* that refer to other records (see :func:`refers_to`), found once
    per class."""
    found = _REFERENCE_FIELDS.get(cls)
    if found is None:
        found = tuple(field.name for field in attrs.fields(cls) if "references" in field.metadata)
        _REFERENCE_FIELDS[cls] = found
    return found


def refers_to(*tables: str, needed: bool = False) -> dict[str, Any]:
    """Field metadata saying that the field holds the id of a record of one of *tables*.

    Checks, audience narrowing and the editor find references through this
    declaration: ``attrs.field(..., metadata=refers_to("alliance"))``. A
    *needed* reference is optional, yet the record means something else
    without it (a share without its base): narrowing leaves such a record
    out with what it refers to, as it does a record whose reference is required.
    """
    return {"references": tables, "needed": needed}


def referenced_tables(cls: type[Record], field: str) -> tuple[str, ...]:
    """The tables that *field* of *cls* may name."""
    return tuple(attrs.fields_dict(cls)[field].metadata.get("references", ()))
