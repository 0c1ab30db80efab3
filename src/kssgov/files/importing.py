"""Reading a politics table (Dato | Hvor | Tema) from last year's Word report or a spreadsheet.

A row that cannot be read is reported with its row number and skipped, never
guessed; a row already in the dataset is skipped too, so importing twice adds
nothing. The rows that can be read are added in one validated change.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from ..exceptions import EditError, InvalidValueError
from ..messages import Phrase, Words, os_reason
from ..model import Activity, Dataset, DateSpan
from .editing import add_many
from .read import read

HEADERS: Final = {("dato", "hvor", "tema"), ("date", "where", "topic")}


@attrs.frozen
class Skipped:
    """A row left out, with its number in the table (the header is row 1) and why."""

    row: int
    reason: Words


@attrs.frozen
class ImportResult:
    """The rows added (and the file they went to), and the rows skipped."""

    added: tuple[Activity, ...]
    skipped: tuple[Skipped, ...]
    path: Path | None


def _normalise(cells: Sequence[str]) -> tuple[str, ...]:
    return tuple(cell.strip().lower() for cell in cells)


def _header(cells: Sequence[str]) -> bool:
    return _normalise(cells)[:3] in HEADERS


def docx_rows(path: Path) -> list[tuple[int, list[str]]]:
    """The data rows, numbered, of every politics table in a .docx file."""
    import docx

    try:
        document = docx.Document(str(path))
    except Exception:  # noqa: BLE001 - any unreadable input is the same problem to a person
        raise EditError("import.not_docx", path=path) from None
    found: list[tuple[int, list[str]]] = []
    for table in document.tables:
        rows = [[cell.text for cell in row.cells] for row in table.rows]
        if rows and _header(rows[0]):
            found.extend(
                (number, cells) for number, cells in enumerate(rows[1:], start=2) if not _header(cells)
            )
    if not found and not any(_header([c.text for c in t.rows[0].cells]) for t in document.tables if t.rows):
        raise EditError("import.no_table", path=path)
    return found


def csv_rows(path: Path) -> list[tuple[int, list[str]]]:
    """The data rows, numbered, of a spreadsheet saved as CSV (comma, semicolon or tab separated)."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise EditError("edit.cannot_read", path=path, detail=os_reason(error)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    if not rows or not _header(rows[0]):
        raise EditError("import.no_headings", path=path)
    return [
        (number, cells) for number, cells in enumerate(rows[1:], start=2) if any(c.strip() for c in cells)
    ]


def _values(number: int, cells: list[str], timezone: str) -> dict[str, Any] | Skipped:
    if len(cells) < 3:
        return Skipped(number, Phrase("skip.few_columns"))
    date_text, where, topic = (cell.strip() for cell in cells[:3])
    if not date_text:
        return Skipped(number, Phrase("skip.empty_date"))
    try:
        span = DateSpan.parse(date_text, timezone)
    except InvalidValueError as error:
        return Skipped(number, Phrase(error.code, **error.params))
    if not where or not topic:
        return Skipped(number, Phrase("skip.empty_cell"))
    return {"date": span.isoformat() if span.is_timed else span.format(), "where": where, "topic": topic}


def import_rows(
    folder: str | Path, rows: Iterable[tuple[int, list[str]]], extra: dict[str, Any] | None = None
) -> ImportResult:
    """Add the readable, new rows as activities; report the others."""
    folder = Path(folder)
    current = read(folder, warnings=False)
    if current.dataset is None:
        raise EditError("edit.dataset_invalid", current.errors)
    dataset: Dataset = current.dataset
    timezone = dataset.settings.timezone
    present = {(a.date, a.where, a.topic) for a in dataset.activities}
    skipped: list[Skipped] = []
    wanted: list[dict[str, Any]] = []
    for number, cells in rows:
        values = _values(number, cells, timezone)
        if isinstance(values, Skipped):
            skipped.append(values)
            continue
        key = (DateSpan.parse(values["date"], timezone), values["where"], values["topic"])
        if key in present:
            skipped.append(Skipped(number, Phrase("skip.present")))
            continue
        present.add(key)
        wanted.append({**values, **(extra or {})})
    if not wanted:
        return ImportResult((), tuple(skipped), None)
    added = add_many(folder, "activity", wanted)
    activities = tuple(r for r in added.records if isinstance(r, Activity))
    return ImportResult(activities, tuple(skipped), added.path)
