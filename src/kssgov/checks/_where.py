"""How a check names where a record stands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..problems import Location, Problem, Severity

#: Where a record (table name, index among the dataset's records of that table) or one of its fields stands.
Where = Callable[[str, int, "str | None"], Location]


def nowhere(table: str, index: int, field: str | None) -> Location:
    """Locations for records built in Python, which have no file: ``<activity>:3`` is the third."""
    return Location(f"<{table}>", index + 1, field)


def error(location: Location, code: str, **params: Any) -> Problem:
    return Problem(Severity.ERROR, code, location, params)


def warning(location: Location, code: str, **params: Any) -> Problem:
    return Problem(Severity.WARNING, code, location, params)
