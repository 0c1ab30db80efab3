"""Finding the line of a record or a field in a TOML file's text.

tomli does not report positions, so lines are found in the text itself,
cheaply: the headers of a file are indexed once, and a field's line is looked
up only when a problem needs it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*([A-Za-z0-9_\-\"' .]+?)[ \t]*\]\]", re.MULTILINE)
_ANY_TABLE = re.compile(r"^[ \t]*\[", re.MULTILINE)
_ANY_HEADER = re.compile(r"^[ \t]*\[\[?[ \t]*([A-Za-z0-9_\-\"' .]+?)[ \t]*\]\]?", re.MULTILINE)


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
    def _headers(self) -> dict[str, list[tuple[int, int]]]:
        """Offset and line of every ``[[table]]`` header, by table name, found in one pass."""
        headers: dict[str, list[tuple[int, int]]] = {}
        line, counted = 1, 0
        for match in _HEADER.finditer(self.text):
            line += self.text.count("\n", counted, match.start())
            counted = match.start()
            name = match.group(1).strip().strip("\"'")
            headers.setdefault(name, []).append((match.start(), line))
        return headers

    def _line_of(self, offset: int) -> int:
        return bisect_right(self._line_starts, offset)

    def _table_header(self, table: str) -> re.Match[str] | None:
        pattern = rf"^[ \t]*\[[ \t]*[\"']?{re.escape(table)}[\"']?[ \t]*\]"
        return re.search(pattern, self.text, re.MULTILINE)

    def table_line(self, table: str) -> int | None:
        """The line of the ``[table]`` header, or of a ``table = ...`` key."""
        match = self._table_header(table)
        return self._line_of(match.start()) if match else self.key_line(table)

    def table_key_line(self, table: str, key: str | None) -> int | None:
        """The line of *key* inside the ``[table]`` of a settings file, else the table's line."""
        match = self._table_header(table)
        if match is None:
            return self.key_line(table)
        if key:
            following = _ANY_TABLE.search(self.text, match.end())
            found = self.key_line(key, match.end(), following.start() if following else None)
            if found is not None:
                return found
        return self._line_of(match.start())

    def header_offsets(self, table: str) -> list[int]:
        """Where each ``[[table]]`` header starts, in order."""
        return [offset for offset, _ in self._headers.get(table, [])]

    def all_headers(self) -> list[tuple[int, str]]:
        """Where every table header (``[[x]]`` or ``[x]``) starts, with its name, in order."""
        found = []
        for match in _ANY_HEADER.finditer(self.text):
            found.append((match.start(), match.group(1).strip().strip("\"'")))
        return found

    def record_texts(self, table: str) -> list[str]:
        """The text of each ``[[table]]`` record, from its header to the next of the same table (or the
        end): all of the record, its own sub-tables included."""
        offsets = self.header_offsets(table)
        if not offsets:
            return []
        ends = [*offsets[1:], len(self.text)]
        return [self.text[start:end] for start, end in zip(offsets, ends, strict=True)]

    def has_headers(self, table: str) -> bool:
        """True when the records of *table* stand under ``[[table]]`` headers (not in an inline list)."""
        return table in self._headers

    def record_lines(self, table: str) -> list[int]:
        """The 1-based line of every ``[[table]]`` header, in order."""
        return [line for _, line in self._headers.get(table, [])]

    def record_line(self, table: str, index: int) -> int | None:
        """The 1-based line of the *index*-th ``[[table]]`` header, if there is one."""
        headers = self._headers.get(table, [])
        if index < len(headers):
            return headers[index][1]
        return self.key_line(table)

    def key_line(self, key: str, start: int = 0, stop: int | None = None) -> int | None:
        pattern = re.compile(rf"^[ \t]*[\"']?{re.escape(key)}[\"']?[ \t]*[=.]", re.MULTILINE)
        match = pattern.search(self.text, start, len(self.text) if stop is None else stop)
        return self._line_of(match.start()) if match else None

    def field_line(self, table: str, index: int, field: str | None) -> int | None:
        """The line where *field* of the *index*-th record stands, or the record's line."""
        headers = self._headers.get(table, [])
        if index >= len(headers):
            return self.key_line(table)
        start, line = headers[index]
        if field:
            following = _ANY_TABLE.search(self.text, start + 1)
            stop = following.start() if following else len(self.text)
            found = self.key_line(field.split(".")[0].split("[")[0], start, stop)
            if found is not None:
                return found
        return line
