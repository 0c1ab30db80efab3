"""Changing a dataset safely: adding, editing, cancelling and tidying records.

Every change takes the dataset's write lock (a file in ``.kssgov/``), reads
the dataset once, and changes the files' text so that comments, order, line
endings and the rest of each file stay as they were. The changed files are
read again on their own and the whole dataset is checked with them before
any file is replaced; each file is then replaced atomically (through a
symbolic link to its target, keeping its mode). A refused change leaves every
file as it was. Temporary files left by an interrupted write are removed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

import attrs
import cattrs
import tomli
import tomlkit
from filelock import FileLock, Timeout
from tomlkit.items import AoT, Array, Comment, InlineTable, Table, Whitespace
from tomlkit.toml_document import TOMLDocument

from .. import checks
from ..exceptions import EditError
from ..messages import Phrase, os_reason
from ..model import (
    RECORD_TYPES,
    Activity,
    AnnualMeeting,
    Consultation,
    ConsultationStatus,
    Dataset,
    DateSpan,
    Record,
    Status,
)
from ..model.settings import SETTINGS_FILE, WORKSPACE
from ..problems import Location
from ._toml import entry_text, toml_value
from .atomic import leftovers, write_text
from .converter import make_converter, structure
from .failures import failures
from .locate import Locator
from .read import FileReading, Reading

LOCK_TIMEOUT_SECONDS: Final = 60
_TRANSLITERATION = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a", "ß": "ss"})
_NAMING_FIELDS: Final = ("where", "title", "name", "person", "prize", "topic", "subject", "part")
_PLACEHOLDER_ID: Final = "new"


# --- ids ------------------------------------------------------------------------------


def slug(text: str, words: int = 6) -> str:
    """``Møte med Justis- og beredskapsdepartementet`` -> ``mote-med-justis-og-beredskapsdepartementet``."""
    plain = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATION)).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", plain.lower())
    return "-".join(parts[:words])


def new_id(record: Record, taken: set[str]) -> str:
    """A readable, unused id for *record*: its date or year and the start of its name or text."""
    when = getattr(record, "date", None) or getattr(record, "deadline", None) or getattr(record, "year", None)
    if isinstance(when, DateSpan):
        when = when.start
    prefix = str(when or "")  # a date as 2024-03-07, a year as 2024
    named = next((getattr(record, k) for k in _NAMING_FIELDS if getattr(record, k, None)), "")
    words = named.value if isinstance(named, enum.Enum) else str(named)
    base = "-".join(p for p in (prefix, slug(words, 5)) if p)[:100].rstrip("-") or record.table
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    taken.add(candidate)
    return candidate


# --- a file's text, as it is kept ---------------------------------------------------------


@attrs.frozen
class FileText:
    """A file's text with line feeds only, and what it is written back with: CRLF, a BOM."""

    content: str
    crlf: bool = False
    bom: bool = False

    @classmethod
    def read(cls, path: Path) -> FileText:
        """The text of *path*; an empty text for a file that does not exist yet."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return cls("")
        except OSError as error:
            raise EditError("edit.cannot_read", path=path, detail=os_reason(error)) from None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise EditError("edit.dataset_invalid") from None
        bom = text.startswith("\ufeff")
        text = text.removeprefix("\ufeff")
        return cls(text.replace("\r\n", "\n"), "\r\n" in text, bom)

    def with_content(self, content: str) -> FileText:
        return attrs.evolve(self, content=content)

    def render(self) -> str:
        """The text as it is written: the file's own line endings and BOM kept."""
        text = self.content.replace("\n", "\r\n") if self.crlf else self.content
        return ("\ufeff" if self.bom else "") + text


# --- the transaction ------------------------------------------------------------------


@attrs.frozen
class Written:
    """A file a change replaced: its text before (None when there was no file) and after."""

    path: Path
    before: str | None
    after: str


@attrs.frozen
class Session:
    """A change in progress: the dataset as read under the lock, and a way to commit new texts."""

    folder: Path
    reading: Reading
    dataset: Dataset
    #: The files replaced so far, in the order they were.
    written: list[Written] = attrs.Factory(list)

    def commit(self, texts: Mapping[Path, FileText]) -> None:
        """Read *texts* again, check the dataset as it would be with them, then replace each file."""
        rendered = {path: text.render() for path, text in texts.items()}
        result = self.reading.changed(rendered).result(warnings=False)
        if result.dataset is None:
            raise EditError("edit.would_be_invalid", result.errors)
        self._write(rendered)

    def commit_records(self, path: Path, text: FileText, dataset: Dataset) -> None:
        """Check *dataset* (what was read, with the records changed into *text*), then replace *path*.

        The records themselves were checked as they were built; here they are
        checked against all the others, without reading every file again.
        """
        found = checks.errors(dataset, _where_by_id(dataset, path))
        if found:
            raise EditError("edit.would_be_invalid", found)
        self._write({path: text.render()})

    def _write(self, rendered: Mapping[Path, str]) -> None:
        for path, text in rendered.items():
            try:
                before = path.read_bytes().decode("utf-8") if path.exists() else None
                write_text(path, text)
            except (OSError, UnicodeDecodeError) as error:
                detail = os_reason(error) if isinstance(error, OSError) else str(error)
                raise EditError("edit.cannot_write", path=path, detail=detail) from None
            self.written.append(Written(path, before, text))


def _where_by_id(dataset: Dataset, new_records_file: Path) -> checks.Where:
    """Where a record stands, by its id: where it was read, else the file new records go to."""

    def where(table: str, index: int, field: str | None) -> Location:
        record = getattr(dataset, RECORD_TYPES[table].attribute)[index]
        found = dataset.locations.get(record.id)
        return Location(found.file if found else str(new_records_file), found.line if found else None, field)

    return where


@contextmanager
def session(folder: str | Path, *, prepare: Mapping[Path, str] | None = None) -> Iterator[Session]:
    """Hold the dataset's write lock, and the dataset read once under it.

    *prepare* gives texts to read in place of files before the dataset is
    checked (``fmt`` writes inline lists as tables this way first).
    """
    root = Path(folder)
    if not (root / SETTINGS_FILE).is_file():
        raise EditError("edit.no_dataset", folder=root)
    workspace = root / WORKSPACE
    try:
        workspace.mkdir(parents=True, exist_ok=True)
        with FileLock(str(workspace / "write.lock"), timeout=LOCK_TIMEOUT_SECONDS):
            reading = Reading.of(root)
            _remove_leftovers(reading)
            if prepare:
                reading = reading.changed(prepare)
            result = reading.result(warnings=False)
            if result.dataset is None:
                raise EditError("edit.dataset_invalid", result.errors)
            yield Session(root, reading, result.dataset)
    except Timeout:
        raise EditError("edit.locked", folder=root) from None
    except EditError:
        raise
    except OSError as error:
        raise EditError("edit.cannot_lock", folder=root, detail=os_reason(error)) from None


def _remove_leftovers(reading: Reading) -> None:
    """Temporary files of interrupted writes: under the lock, no other write can still be going on."""
    for target in (reading.folder / SETTINGS_FILE, *reading.files):
        for stale in leftovers(target, older_than=0):
            stale.unlink(missing_ok=True)


def _structure(dataset: Dataset, table: str, values: Mapping[str, Any], where: Location) -> Record:
    """The record *values* make, or every problem with them at *where* (the record's file and line)."""
    try:
        return structure(dict(values), RECORD_TYPES[table].cls, dataset.settings.timezone)
    except Exception as error:  # noqa: BLE001 - every failure becomes a Problem
        problems = [
            attrs.evolve(problem, location=attrs.evolve(where, field=field))
            for field, problem in failures(error, dict(values))
        ]
        raise EditError("edit.record_invalid", problems, table=Phrase(f"table.{table}")) from None


def _target(folder: Path, dataset: Dataset, table: str) -> Path:
    """The file new records of *table* go to: the one holding the last of them, else a new one."""
    kind = RECORD_TYPES[table]
    for record in reversed(getattr(dataset, kind.attribute)):
        location = dataset.locations.get(record.id)
        if location is not None:
            return Path(location.file)
    return folder / f"{kind.attribute}.toml"


# --- adding ------------------------------------------------------------------------------


@attrs.frozen
class Added:
    """The records an addition wrote, the file they went to, and the file as before and after."""

    records: tuple[Record, ...]
    path: Path
    written: tuple[Written, ...]


def add(folder: str | Path, table: str, values: Mapping[str, Any], *, force: bool = False) -> Added:
    """Add one record of *table* (``activity``, ``term``, ...) with a fresh id unless given.

    It goes where it belongs in date order among the records of its file. An
    activity with the same date, place and topic as one already there is
    refused as a duplicate unless *force*.
    """
    return add_many(folder, table, [values], force=force)


def add_many(
    folder: str | Path, table: str, rows: Sequence[Mapping[str, Any]], *, force: bool = False
) -> Added:
    """Add records of *table* in one checked change; all are written or none."""
    if table not in RECORD_TYPES:
        raise EditError("edit.unknown_table", value=table, allowed=", ".join(RECORD_TYPES))
    with session(folder) as change:
        target = target_file(change, table)
        taken = {record.id for _, record in change.dataset.records()}
        records = []
        for values in rows:
            if values.get("id") in taken:
                raise EditError("edit.id_taken", value=values["id"])
            record = build(change.dataset, table, values, Location(str(target)))
            if not force and (twin := _twin(change.dataset, record)) is not None:
                raise EditError("edit.duplicate", value=twin.id)
            records.append(identified(record, "id" in values, taken))
        return place(change, table, records)


def target_file(change: Session, table: str) -> Path:
    """The file new records of *table* go to: the one holding the last of them, else a new one."""
    return _target(change.folder, change.dataset, table)


def build(dataset: Dataset, table: str, values: Mapping[str, Any], where: Location) -> Record:
    """The record of *table* that *values* make (with a placeholder id if none is given)."""
    return _structure(dataset, table, {"id": _PLACEHOLDER_ID, **values}, where)


def identified(record: Record, has_id: bool, taken: set[str]) -> Record:
    """*record* with a readable id of its own if it was given none; its id is then taken."""
    if has_id:
        taken.add(record.id)
        return record
    return attrs.evolve(record, id=new_id(record, taken))


def place(change: Session, table: str, records: Sequence[Record], *, as_given: bool = False) -> Added:
    """Write *records* into the file of their kind, checked against all others.

    Each goes where it belongs in date order; with *as_given* they stay
    together in the order given, where the first of them belongs, so that
    rows imported from a printed table keep its order (and a row printed out
    of order is found by the checker as it would be in the printed table).
    """
    dataset = change.dataset
    target = target_file(change, table)
    text = FileText.read(target)
    converter = make_converter(dataset.settings.timezone, detailed=False)
    content = _inserted(
        text.content, table, records, change.reading.files.get(target), converter, as_given=as_given
    )
    attribute = RECORD_TYPES[table].attribute
    changes: dict[str, Any] = {attribute: (*getattr(dataset, attribute), *records)}
    change.commit_records(target, text.with_content(content), attrs.evolve(dataset, **changes))
    return Added(tuple(records), target, tuple(change.written))


def _twin(dataset: Dataset, record: Record) -> Record | None:
    """An activity already in *dataset* with the same date, place and topic as *record*."""
    if not isinstance(record, Activity):
        return None
    key = (record.date, " ".join(record.where.split()), " ".join(record.topic.split()))
    return next(
        (
            a
            for a in dataset.activities
            if (a.date, " ".join(a.where.split()), " ".join(a.topic.split())) == key
        ),
        None,
    )


def order_key(record: Record) -> tuple[dt.date, dt.time, dt.date, dt.time] | None:
    """Where a record stands in date order in its file, if its type is kept in date order."""
    if isinstance(record, Activity | AnnualMeeting):
        return record.date.sort_key()
    if isinstance(record, Consultation) and record.deadline is not None:
        return (record.deadline, dt.time(), record.deadline, dt.time())
    return None


def _entries(table: str, records: Sequence[Record], converter: cattrs.Converter) -> list[str]:
    """The ``[[table]]`` entry of each of *records*, as a person would write it.

    All are read back at once to be sure each holds its record exactly.
    """
    texts = [entry_text(table, record, converter) for record in records]
    read_back = tomli.loads("\n".join(texts)).get(table, [])
    for record, values in zip(records, read_back, strict=True):
        if converter.structure(values, type(record)) != record:
            raise EditError("edit.record_invalid", table=Phrase(f"table.{table}"))
    return texts


def _inserted(
    text: str,
    table: str,
    records: Sequence[Record],
    existing: FileReading | None,
    converter: cattrs.Converter,
    *,
    as_given: bool,
) -> str:
    """*text* with a ``[[table]]`` entry for each of *records*, each placed in date order.

    A record goes before the first record of its file (in file order) that is
    later than it, and before the comments directly above that one; a record
    without a date, or later than all, goes at the end. *as_given* places
    them all, in their order, where the first belongs. Every other byte stays
    as it was.
    """
    headers: list[int] = []
    keys: list[tuple[dt.date, dt.time, dt.date, dt.time] | None] = []
    if existing is not None and existing.locator is not None and existing.locator.text == text:
        offsets = existing.locator.header_offsets(table)
        for index, record in existing.records.get(table, ()):
            if index < len(offsets):
                headers.append(offsets[index])
                keys.append(order_key(record))
    highest, running = [], _FIRST
    for key in keys:
        running = key if key is not None and key > running else running
        highest.append(running)
    before: dict[int, list[str]] = {}
    ordered = records if as_given else sorted(records, key=lambda r: order_key(r) or _LAST)
    for record, entry in zip(ordered, _entries(table, ordered, converter), strict=True):
        key = order_key(ordered[0] if as_given else record)
        place = len(headers) if key is None else bisect.bisect_right(highest, key)
        before.setdefault(place, []).append(entry)
    parts: list[str] = []
    cursor = 0
    for place in sorted(p for p in before if p < len(headers)):
        start = _comments_above(text, headers[place])
        parts.append(text[cursor:start])
        parts.extend(f"{entry}\n" for entry in before[place])
        cursor = start
    rest = text[cursor:]
    if tail := before.get(len(headers)):
        entries = "\n".join(tail)
        rest = rest.rstrip("\n") + ("\n\n" if rest.strip() or parts else "") + entries
    return "".join(parts) + rest


_FIRST: Final = (dt.date.min, dt.time.min, dt.date.min, dt.time.min)
_LAST: Final = (dt.date.max, dt.time.max, dt.date.max, dt.time.max)


def _comments_above(text: str, offset: int) -> int:
    """The start of the comment lines directly above the header at *offset* (they belong to it)."""
    start = offset
    while start > 0:
        previous = text.rfind("\n", 0, start - 1) + 1
        if not text[previous:start].lstrip().startswith("#"):
            break
        start = previous
    return start


# --- editing -------------------------------------------------------------------------------


def version(record: Record) -> str:
    """A fingerprint of everything *record* holds: it changes whenever the record does."""
    return hashlib.sha256(repr(record).encode("utf-8")).hexdigest()[:32]


@attrs.frozen
class Edited:
    """The record as an edit left it, and its file as before and after."""

    record: Record
    written: tuple[Written, ...]


def edit(
    folder: str | Path,
    record_id: str,
    changes: Mapping[str, Any],
    unset: Iterable[str] = (),
    *,
    expected_version: str | None = None,
) -> Edited:
    """Change fields of the record *record_id*; other fields, comments and order stay as they are.

    With *expected_version* (see :func:`version`), the change is refused if the
    record changed since that version was read: two people editing one record
    never overwrite each other.
    """
    removed = list(unset)
    if "id" in changes or "id" in removed:
        raise EditError("edit.id_fixed")
    with session(folder) as change:
        current = change.dataset.get(record_id)
        if expected_version is not None and current is not None and version(current) != expected_version:
            raise EditError("edit.changed_meanwhile", value=record_id)
        return Edited(_edit(change, record_id, changes, removed), tuple(change.written))


def _edit(change: Session, record_id: str, changes: Mapping[str, Any], removed: Sequence[str]) -> Record:
    dataset = change.dataset
    location = dataset.locations.get(record_id)
    if location is None or dataset.get(record_id) is None:
        raise EditError("edit.no_record", value=record_id)
    path = Path(location.file)
    text = FileText.read(path)
    block = _block(text.content, record_id)
    if block is None:
        raise EditError("edit.no_id_written", value=record_id, path=path)
    start, end, table = block
    document = tomlkit.parse(text.content[start:end])
    item = document[table][0]
    values = {**item.unwrap(), **changes}
    for name in removed:
        values.pop(name, None)
    where = Location(str(path), location.line)
    record = _structure(dataset, table, values, where)
    unstructured = make_converter(dataset.settings.timezone).unstructure(record)
    for name in changes:
        item[name] = toml_value(unstructured[name])
    for name in removed:
        if name in item:
            del item[name]
    written = tomlkit.dumps(document)
    converter = make_converter(dataset.settings.timezone)
    if converter.structure(tomli.loads(written)[table][0], type(record)) != record:
        raise EditError("edit.record_invalid", table=Phrase(f"table.{table}"))
    content = text.content[:start] + written + text.content[end:]
    attribute = RECORD_TYPES[table].attribute
    replaced: dict[str, Any] = {
        attribute: tuple(record if r.id == record_id else r for r in getattr(dataset, attribute))
    }
    change.commit_records(path, text.with_content(content), attrs.evolve(dataset, **replaced))
    return record


def _block(text: str, record_id: str) -> tuple[int, int, str] | None:
    """Where the record *record_id* is written in *text* (from its header to the next), and its table."""
    locator = Locator(text)
    headers = locator.all_headers()
    id_line = re.compile(
        rf"^[ \t]*id[ \t]*=[ \t]*[\"']{re.escape(record_id)}[\"'][ \t]*(?:#.*)?$", re.MULTILINE
    )
    for position, (offset, table) in enumerate(headers):
        end = headers[position + 1][0] if position + 1 < len(headers) else len(text)
        if table in RECORD_TYPES and id_line.search(text, offset, end):
            return offset, _comments_above(text, end), table
    return None


# --- cancelling ------------------------------------------------------------------------------


@attrs.frozen
class Cancelled:
    """The record cancelled (or withdrawn), and whether it already was."""

    record: Record
    already: bool


_CANCELLED: Final[dict[type[Record], object]] = {
    Activity: Status.CANCELLED,
    AnnualMeeting: Status.CANCELLED,
    Consultation: ConsultationStatus.WITHDRAWN,
}


def cancel(folder: str | Path, record_id: str) -> Cancelled:
    """Mark the activity or annual meeting *record_id* as cancelled, or the consultation as withdrawn.

    It stays in the files and, for a while, in the calendar feed, marked.
    """
    with session(folder) as change:
        record = change.dataset.get(record_id)
        if record is None:
            raise EditError("edit.no_record", value=record_id)
        status = _CANCELLED.get(type(record))
        if status is None:
            raise EditError("edit.not_cancellable", value=record_id, table=Phrase(f"table.{record.table}"))
        if getattr(record, "status", None) is status:
            return Cancelled(record, already=True)
        assert isinstance(status, Status | ConsultationStatus)
        return Cancelled(_edit(change, record_id, {"status": status.value}, ()), already=False)


# --- tidying --------------------------------------------------------------------------------


def reformat(folder: str | Path) -> list[Path]:
    """Rewrite the data files in the canonical layout and give every record an id; return those changed.

    Records written as inline lists become ``[[table]]`` entries, fields come in
    the order of the record's definition, records are separated by one blank
    line, and every comment stays with the record (and the field) it stands by.
    """
    root = Path(folder)
    originals = {path: FileText.read(path) for path in Reading.of(root).files}
    tabled = {path: text.with_content(_tabled(text.content)) for path, text in originals.items()}
    prepared = {path: text.render() for path, text in tabled.items() if text != originals[path]}
    with session(root, prepare=prepared) as change:
        documents = {path: tomlkit.parse(text.content) for path, text in tabled.items()}
        arrays = [
            (table, value)
            for document in documents.values()
            for table, value in document.items()
            if table in RECORD_TYPES and isinstance(value, AoT)
        ]
        taken = {str(item["id"]) for _, array in arrays for item in array if "id" in item}
        converter = make_converter(change.dataset.settings.timezone)
        for table, array in arrays:
            _reformat_tables(array, table, taken, converter)
        texts = {
            path: originals[path].with_content(_dumps(document))
            for path, document in documents.items()
            if _dumps(document) != originals[path].content
        }
        if texts:
            change.commit(texts)
    return sorted(texts)


def _tabled(text: str) -> str:
    """*text* with records written as an inline list (``activity = [{...}]``) as ``[[activity]]`` entries."""
    try:
        document = tomlkit.parse(text)
    except Exception:  # noqa: BLE001 - a file tomlkit cannot read is left for the check to report
        return text
    changed = False
    for table in list(document.keys()):
        value = document[table]
        if (
            table in RECORD_TYPES
            and isinstance(value, Array)
            and all(isinstance(v, InlineTable) for v in value)
        ):
            array = tomlkit.aot()
            for inline in value:
                entry = tomlkit.table()
                for key, field in inline.items():
                    entry.add(key, field)
                array.append(entry)
            del document[table]
            document.append(table, array)
            changed = True
    return _dumps(document).lstrip("\n") if changed else text


def _reformat_tables(array: AoT, table: str, taken: set[str], converter: cattrs.Converter) -> None:
    cls = RECORD_TYPES[table].cls
    order = [a.name for a in attrs.fields(cls)]
    for position, item in enumerate(list(array)):
        if "id" not in item:
            record = converter.structure({"id": _PLACEHOLDER_ID, **item.unwrap()}, cls)
            identifier = new_id(record, taken)
        else:
            identifier = None
        array[position] = _reordered(item, order, identifier)


def _reordered(item: Table, order: list[str], identifier: str | None) -> Table:
    """*item* with its fields in *order* (and ``id`` first when it is given one), ending in a blank line.

    Comments above the first field stay at the top of the record; other
    comments move with the field below them. Comments under the last field
    that a blank line parts from the next record are the record's own and stay
    with it; comments after the last blank line belong to what follows the
    record (a heading for the next records) and stay at the end, after the
    blank line.
    """
    leading: list[Comment] = []
    groups: dict[str, tuple[list[Comment], Any]] = {}
    pending: list[Any] = []
    for key, value in item.value.body:
        if key is None:
            pending.append(value)
            continue
        comments = [c for c in pending if isinstance(c, Comment)]
        if groups:
            groups[key.key] = (comments, value)
        else:
            leading, groups[key.key] = comments, ([], value)
        pending = []
    rebuilt = tomlkit.table()
    for comment in leading:
        rebuilt.add(comment)
    if identifier is not None:
        rebuilt.add("id", identifier)
    for name in [n for n in order if n in groups] + [n for n in groups if n not in order]:
        comments, value = groups[name]
        for comment in comments:
            rebuilt.add(comment)
        rebuilt.add(name, value)
    blanks = [n for n, p in enumerate(pending) if isinstance(p, Whitespace) and "\n" in p.s]
    blank = blanks[-1] if blanks else 0  # after the last blank line: a heading of what follows
    for comment in (p for p in pending[:blank] if isinstance(p, Comment)):
        rebuilt.add(comment)
    rebuilt.add(tomlkit.nl())
    for comment in (p for p in pending[blank:] if isinstance(p, Comment)):
        rebuilt.add(comment)
    return rebuilt


def _dumps(document: TOMLDocument) -> str:
    """The document's text, ending in exactly one line break."""
    return tomlkit.dumps(document).rstrip("\n") + "\n"
