"""Finding the line of a record or a field in a TOML file's text.

tomllib does not report positions, so lines are found in the text itself,
cheaply: the headers of a file are indexed once, and a field's line is looked
up only when a problem needs it.
"""

from __future__ import annotations

import re
from functools import cached_property

_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*([A-Za-z0-9_\-\"' .]+?)[ \t]*\]\]", re.MULTILINE)
_ANY_TABLE = re.compile(r"^[ \t]*\[", re.MULTILINE)


class Locator:
    """Lines of records (``[[table]]`` headers) and their fields in one file."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(m.end() for m in re.finditer("\n", self.text))
        return starts

    @cached_property
    def _headers(self) -> dict[str, list[int]]:
        headers: dict[str, list[int]] = {}
        for match in _HEADER.finditer(self.text):
            name = match.group(1).strip().strip("\"'")
            headers.setdefault(name, []).append(match.start())
        return headers

    def _line_of(self, offset: int) -> int:
        from bisect import bisect_right

        return bisect_right(self._line_starts, offset)

    def record_line(self, table: str, index: int) -> int | None:
        """The 1-based line of the *index*-th ``[[table]]`` header, if there is one."""
        offsets = self._headers.get(table, [])
        if index < len(offsets):
            return self._line_of(offsets[index])
        return self.key_line(table)

    def key_line(self, key: str, start: int = 0, stop: int | None = None) -> int | None:
        pattern = re.compile(rf"^[ \t]*[\"']?{re.escape(key)}[\"']?[ \t]*[=.]", re.MULTILINE)
        match = pattern.search(self.text, start, len(self.text) if stop is None else stop)
        return self._line_of(match.start()) if match else None

    def field_line(self, table: str, index: int, field: str | None) -> int | None:
        """The line where *field* of the *index*-th record stands, or the record's line."""
        offsets = self._headers.get(table, [])
        if index >= len(offsets):
            return self.key_line(table)
        start = offsets[index]
        if field:
            following = _ANY_TABLE.search(self.text, start + 1)
            stop = following.start() if following else len(self.text)
            line = self.key_line(field.split(".")[0].split("[")[0], start, stop)
            if line is not None:
                return line
        return self._line_of(start)
