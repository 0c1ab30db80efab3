"""Reading a politics table (Dato | Hvor | Tema) from last year's Word report or a spreadsheet.

Each row is checked as the activity it would become. A row that cannot be
one (an impossible date, an empty cell, a control character, cells merged
across columns) is reported with its row number and why, and skipped, never
guessed; a row already in the dataset is skipped too, so importing twice adds
nothing. The rows that can be read are added in one checked change, in the
order of the table, where its first row belongs by date: a row printed out of
order stays out of order, for ``kssgov check`` to point out.

What an import may unpack is bounded before anything is parsed: a ``.docx``
whose parts would inflate beyond sane sizes, or a file too large, is refused
with a message that says so.
"""

from __future__ import annotations

import csv
import io
import itertools
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

import attrs

from ..exceptions import EditError, InvalidValueError
from ..messages import Phrase, Words, os_reason
from ..model import Activity, DateSpan
from ..problems import Location
from .editing import Session, build, identified, place, session, target_file
from .read import MAX_FILE_BYTES

HEADERS: Final = {("dato", "hvor", "tema"), ("date", "where", "topic")}
#: What may stand between the cells of a spreadsheet saved as text.
DELIMITERS: Final = (",", ";", "\t")
#: The most a .docx may unpack to, in all and in any one part, and how much any part may inflate.
DOCX_TOTAL_BYTES: Final = 100 * 1024 * 1024
DOCX_PART_BYTES: Final = 40 * 1024 * 1024
DOCX_RATIO: Final = 200
#: Parts smaller than this are not measured by their packing (small ones pack well, and harmlessly).
DOCX_RATIO_FROM_BYTES: Final = 1024 * 1024


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


Row = tuple[int, list[str] | Skipped]

#: The invisible break point a report's tables may hold inside an e-mail address; not part of the text.
INVISIBLE_BREAK: Final = "\u200b"


def _normalise(cells: Sequence[str]) -> tuple[str, ...]:
    return tuple(cell.strip().lower() for cell in cells)


def _header(cells: Sequence[str]) -> bool:
    return _normalise(cells)[:3] in HEADERS


# --- Word ------------------------------------------------------------------------------------


def check_docx(path: Path) -> None:
    """Refuse a .docx that would unpack to more than a report ever holds, before it is parsed."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise EditError("import.not_docx", path=path) from None
    total = 0
    for part in parts:
        total += part.file_size
        if part.file_size > DOCX_PART_BYTES:
            raise EditError(
                "docx.too_large", path=path, size=part.file_size, part=part.filename, limit=DOCX_PART_BYTES
            )
        if total > DOCX_TOTAL_BYTES:
            raise EditError(
                "docx.too_large", path=path, size=total, part=part.filename, limit=DOCX_TOTAL_BYTES
            )
        if part.file_size > DOCX_RATIO_FROM_BYTES and part.file_size > DOCX_RATIO * part.compress_size:
            raise EditError(
                "docx.too_packed",
                path=path,
                part=part.filename,
                size=part.file_size,
                packed=part.compress_size,
                limit=DOCX_RATIO,
            )


def docx_rows(path: Path) -> list[Row]:
    """The data rows, numbered, of every politics table in a .docx file; merged rows are skipped."""
    import docx

    check_docx(path)
    try:
        document = docx.Document(str(path))
    except Exception:  # noqa: BLE001 - any unreadable input is the same problem to a person
        raise EditError("import.not_docx", path=path) from None
    found: list[Row] = []
    any_table = False
    for table in document.tables:
        rows = list(table.rows)
        if not rows or not _header([c.text for c in rows[0].cells]):
            continue
        any_table = True
        above: list[object] = []
        for number, row in enumerate(rows[1:], start=2):
            cells = list(row.cells)[:3]
            elements = [cell._tc for cell in cells]
            texts = [cell.text.replace(INVISIBLE_BREAK, "") for cell in cells]
            merged = len(set(map(id, elements))) < len(elements) or any(
                e is a for e, a in zip(elements, above, strict=False)
            )
            above = elements
            if _header(texts):
                continue
            found.append((number, Skipped(number, Phrase("skip.merged")) if merged else texts))
    if not any_table:
        raise EditError("import.no_table", path=path)
    return found


# --- spreadsheets ------------------------------------------------------------------------------


@contextmanager
def _any_field_size() -> Iterator[None]:
    """Let the csv module read fields of any length; the records refuse those too long to keep."""
    previous = csv.field_size_limit()
    csv.field_size_limit(MAX_FILE_BYTES)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def csv_rows(path: Path) -> list[Row]:
    """The data rows, numbered, of a spreadsheet saved as CSV (comma, semicolon or tab separated)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise EditError("import.too_large", path=path, size=path.stat().st_size, limit=MAX_FILE_BYTES)
        raw = path.read_bytes()
    except OSError as error:
        raise EditError("edit.cannot_read", path=path, detail=os_reason(error)) from None
    if b"\x00" in raw:
        raise EditError("import.not_text", path=path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    rows: list[Row] = []
    with _any_field_size():
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
        try:
            header = next(reader, None)
        except csv.Error:
            header = None
        if header is None or not _header(header):
            raise EditError("import.no_headings", path=path)
        # Rows are numbered as the spreadsheet numbers them (the headings are row 1), not by the
        # file's lines: a cell may hold a line break.
        for number in itertools.count(2):
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error:
                rows.append((number, Skipped(number, Phrase("skip.not_csv"))))
                continue
            if any(c.strip() for c in cells):
                # A line break inside a cell is written as the file's line end: CRLF on Windows,
                # a carriage return alone on an old Mac.
                rows.append((number, [c.replace("\r\n", "\n").replace("\r", "\n") for c in cells]))
    return rows


def _delimiter(text: str) -> str:
    """The character between the headings: a comma, a semicolon (Excel in Norway) or a tab.

    Read from the headings alone, not guessed from the rows: rows with empty or
    missing cells would make a guess go wrong.
    """
    headings = text.split("\n", 1)[0]
    return max(DELIMITERS, key=headings.count)


# --- adding the rows ------------------------------------------------------------------------------


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
    return {"date": span, "where": where, "topic": topic}


def import_rows(folder: str | Path, rows: Iterable[Row], extra: dict[str, Any] | None = None) -> ImportResult:
    """Add the readable, new rows as activities in one checked change; report the others."""
    with session(folder) as change:
        return _import(change, rows, extra or {})


def _import(change: Session, rows: Iterable[Row], extra: dict[str, Any]) -> ImportResult:
    dataset = change.dataset
    timezone = dataset.settings.timezone
    target = Location(str(target_file(change, "activity")))
    present = {(a.date, a.where, a.topic) for a in dataset.activities}
    taken = {record.id for _, record in dataset.records()}
    skipped: list[Skipped] = []
    records = []
    for number, cells in rows:
        values = cells if isinstance(cells, Skipped) else _values(number, cells, timezone)
        if isinstance(values, Skipped):
            skipped.append(values)
            continue
        try:
            record = build(dataset, "activity", {**values, **extra}, target)
        except EditError as error:
            first = error.problems[0]
            reason = Phrase(
                "skip.invalid", field=first.location.field, problem=Phrase(first.code, **first.params)
            )
            skipped.append(Skipped(number, reason))
            continue
        assert isinstance(record, Activity)
        key = (record.date, record.where, record.topic)
        if key in present:
            skipped.append(Skipped(number, Phrase("skip.present")))
            continue
        present.add(key)
        records.append(identified(record, False, taken))
    if not records:
        return ImportResult((), tuple(skipped), None)
    added = place(change, "activity", records, as_given=True)
    activities = tuple(r for r in added.records if isinstance(r, Activity))
    return ImportResult(activities, tuple(skipped), added.path)
