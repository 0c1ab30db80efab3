"""Changing a dataset safely: adding, editing, cancelling and tidying records.

Every change is made to the files' text through tomlkit, so comments and order
survive; the whole dataset is validated with the change before any file is
replaced; each file is replaced atomically; and writers are serialised with a
lock file in ``.kssgov/``. A refused change leaves every file as it was.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import attrs
import cattrs
import tomlkit
from filelock import FileLock, Timeout
from tomlkit.items import AoT, Comment, Table, Whitespace
from tomlkit.toml_document import TOMLDocument

from ..exceptions import EditError
from ..messages import Phrase, os_reason
from ..model import RECORD_TYPES, Activity, Dataset, DateSpan, Record, Status
from ..problems import Location
from ._toml import record_table, toml_value
from .atomic import write_text
from .converter import make_converter
from .failures import failures
from .read import data_files, read

LOCK_TIMEOUT_SECONDS = 60
_TRANSLITERATION = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a", "ß": "ss"})


# --- ids ------------------------------------------------------------------------------


def slug(text: str, words: int = 6) -> str:
    """``Møte med Justis- og beredskapsdepartementet`` -> ``mote-med-justis-og-beredskapsdepartementet``."""
    plain = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATION)).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", plain.lower())
    return "-".join(parts[:words])


_NAMING_FIELDS = ("where", "title", "name", "person", "prize", "topic", "subject")
_PLACEHOLDER_ID = "new"


def new_id(record: Record, taken: set[str]) -> str:
    """A readable, unused id for *record*: its date or year and the start of its name or text."""
    when = getattr(record, "date", None) or getattr(record, "deadline", None) or getattr(record, "year", None)
    if isinstance(when, DateSpan):
        when = when.start
    prefix = when.isoformat() if isinstance(when, dt.date) else str(when or "")
    words = next((str(getattr(record, k)) for k in _NAMING_FIELDS if getattr(record, k, None)), "")
    base = "-".join(p for p in (prefix, slug(words, 5)) if p) or record.table
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    taken.add(candidate)
    return candidate


# --- the transaction ------------------------------------------------------------------


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold the dataset's write lock, so that concurrent writers take turns."""
    workspace = folder / ".kssgov"
    try:
        workspace.mkdir(parents=True, exist_ok=True)
        with FileLock(str(workspace / "write.lock"), timeout=LOCK_TIMEOUT_SECONDS):
            yield
    except Timeout:
        raise EditError("edit.locked", folder=folder) from None
    except OSError as error:
        raise EditError("edit.cannot_lock", folder=folder, detail=os_reason(error)) from None


def _current(folder: Path) -> Dataset:
    result = read(folder, warnings=False)
    if result.dataset is None:
        raise EditError("edit.dataset_invalid", result.errors)
    return result.dataset


def _commit(folder: Path, texts: Mapping[Path, str]) -> None:
    """Validate the dataset as it would be with *texts*, then replace each file atomically."""
    result = read(folder, warnings=False, overrides=texts)
    if result.dataset is None:
        raise EditError("edit.would_be_invalid", result.errors)
    for path, text in texts.items():
        try:
            write_text(path, text)
        except OSError as error:
            raise EditError("edit.cannot_write", path=path, detail=os_reason(error)) from None


def _structure(dataset: Dataset, table: str, values: Mapping[str, Any], where: Location) -> Record:
    """The record *values* make, or every problem with them at *where* (the record's file and line)."""
    cls = RECORD_TYPES[table].cls
    converter = make_converter(dataset.settings.timezone)
    try:
        return converter.structure(dict(values), cls)
    except Exception as error:  # noqa: BLE001 - every failure becomes a Problem
        problems = [
            attrs.evolve(problem, location=attrs.evolve(where, field=field))
            for field, problem in failures(error, dict(values))
        ]
        raise EditError("edit.record_invalid", problems, table=Phrase(f"table.{table}")) from None


def _document(path: Path) -> TOMLDocument:
    try:
        return tomlkit.parse(path.read_text(encoding="utf-8-sig")) if path.exists() else tomlkit.document()
    except OSError as error:
        raise EditError("edit.cannot_read", path=path, detail=os_reason(error)) from None


def _target(folder: Path, dataset: Dataset, table: str) -> Path:
    """The file new records of *table* go to: the one holding the last of them, else a new one."""
    attribute = RECORD_TYPES[table].attribute
    records = getattr(dataset, attribute)
    for record in reversed(records):
        location = dataset.locations.get(record.id)
        if location is not None:
            return Path(location.file)
    return folder / f"{attribute}.toml"


# --- operations -------------------------------------------------------------------------


@attrs.frozen
class Added:
    """The records an addition wrote, and the file they went to."""

    records: tuple[Record, ...]
    path: Path


def add(folder: str | Path, table: str, values: Mapping[str, Any], *, force: bool = False) -> Added:
    """Add one record of *table* (``activity``, ``term``, ...) with a fresh id unless given.

    An activity with the same date, place and topic as one already there is
    refused as a duplicate unless *force*.
    """
    return add_many(folder, table, [values], force=force)


def add_many(
    folder: str | Path, table: str, rows: Sequence[Mapping[str, Any]], *, force: bool = False
) -> Added:
    """Add records of *table* in one validated change; all are written or none."""
    if table not in RECORD_TYPES:
        raise EditError("edit.unknown_table", value=table, allowed=", ".join(RECORD_TYPES))
    folder = Path(folder)
    with _locked(folder):
        dataset = _current(folder)
        taken = {record.id for _, record in dataset.records()}
        records = []
        target = _target(folder, dataset, table)
        for values in rows:
            if values.get("id") in taken:
                raise EditError("edit.id_taken", value=values["id"])
            record = _structure(dataset, table, {"id": _PLACEHOLDER_ID, **values}, Location(str(target)))
            if not force and (twin := _twin(dataset, record)) is not None:
                raise EditError("edit.duplicate", value=twin.id)
            if "id" in values:
                taken.add(record.id)
            else:
                record = attrs.evolve(record, id=new_id(record, taken))
            records.append(record)
        try:
            before = target.read_text(encoding="utf-8-sig") if target.exists() else ""
        except OSError as error:
            raise EditError("edit.cannot_read", path=target, detail=os_reason(error)) from None
        converter = make_converter(dataset.settings.timezone)
        _commit(folder, {target: _appended(before, table, records, converter)})
    return Added(tuple(records), target)


def _twin(dataset: Dataset, record: Record) -> Record | None:
    """An activity already in *dataset* with the same date, place and topic as *record*."""
    if not isinstance(record, Activity):
        return None
    key = (record.date, record.where.strip(), record.topic.strip())
    return next((a for a in dataset.activities if (a.date, a.where.strip(), a.topic.strip()) == key), None)


def _appended(text: str, table: str, records: Sequence[Record], converter: cattrs.Converter) -> str:
    """*text* with ``[[table]]`` entries for *records* after everything already there.

    Appending leaves every existing byte as it was, and costs the same however
    long the file is.
    """
    entries = []
    for record in records:
        document = tomlkit.document()
        array = tomlkit.aot()
        array.append(record_table(record, converter))
        document.append(table, array)
        entries.append(_dumps(document))
    separator = "\n\n" if text.strip() else ""
    return text.rstrip("\n") + separator + "\n".join(entries)


def _find(document: TOMLDocument, record_id: str) -> tuple[str, Table] | None:
    for table, value in document.items():
        if table in RECORD_TYPES and isinstance(value, AoT):
            for item in value:
                if item.get("id") == record_id:
                    return table, item
    return None


def edit(folder: str | Path, record_id: str, changes: Mapping[str, Any], unset: Iterable[str] = ()) -> Record:
    """Change fields of the record *record_id*; other fields, comments and order stay as they are."""
    folder = Path(folder)
    removed = list(unset)
    with _locked(folder):
        dataset = _current(folder)
        location = dataset.locations.get(record_id)
        if location is None or dataset.get(record_id) is None:
            raise EditError("edit.no_record", value=record_id)
        path = Path(location.file)
        document = _document(path)
        found = _find(document, record_id)
        if found is None:
            raise EditError("edit.no_id_written", value=record_id, path=path)
        table, item = found
        if "id" in changes or "id" in removed:
            raise EditError("edit.id_fixed")
        values = {**item.unwrap(), **changes}
        for name in removed:
            values.pop(name, None)
        record = _structure(dataset, table, values, location)
        converter = make_converter(dataset.settings.timezone)
        unstructured = converter.unstructure(record, type(record))
        for name in changes:
            item[name] = toml_value(unstructured[name])
        for name in removed:
            if name in item:
                del item[name]
        _commit(folder, {path: _dumps(document)})
    return record


def cancel(folder: str | Path, record_id: str) -> Record:
    """Mark the activity *record_id* as cancelled (it stays in the files and, for a while, in the feed)."""
    dataset = read(Path(folder), warnings=False).dataset
    record = dataset.get(record_id) if dataset is not None else None
    if record is not None and not isinstance(record, Activity):
        raise EditError("edit.not_cancellable", value=record_id, table=Phrase(f"table.{record.table}"))
    return edit(folder, record_id, {"status": Status.CANCELLED.value})


# --- tidying --------------------------------------------------------------------------------


def reformat(folder: str | Path) -> list[Path]:
    """Rewrite the data files in the canonical layout and give every record an id; return those changed.

    Fields come in the order of the record's definition, records are separated
    by one blank line, and comments stay with the field they stand above.
    """
    folder = Path(folder)
    with _locked(folder):
        dataset = _current(folder)
        originals = {path: path.read_text(encoding="utf-8-sig") for path in data_files(folder)}
        documents = {path: tomlkit.parse(text) for path, text in originals.items()}
        arrays = [
            (table, value)
            for document in documents.values()
            for table, value in document.items()
            if table in RECORD_TYPES and isinstance(value, AoT)
        ]
        taken = {str(item["id"]) for _, array in arrays for item in array if "id" in item}
        converter = make_converter(dataset.settings.timezone)
        for table, array in arrays:
            _reformat_tables(array, table, taken, converter)
        texts = {
            path: _dumps(document)
            for path, document in documents.items()
            if _dumps(document) != originals[path]
        }
        if texts:
            _commit(folder, texts)
    return sorted(texts)


def _reformat_tables(array: AoT, table: str, taken: set[str], converter: cattrs.Converter) -> None:
    cls = RECORD_TYPES[table].cls
    order = [a.name for a in attrs.fields(cls)]
    tables = list(array)
    for position, item in enumerate(tables):
        if "id" not in item:
            record = converter.structure({"id": _PLACEHOLDER_ID, **item.unwrap()}, cls)
            item.add("id", new_id(record, taken))
        array[position] = _reordered(item, order)


def _reordered(item: Table, order: list[str]) -> Table:
    """*item* with its fields in *order*, ending in one blank line.

    Comments above the first field stay at the top of the record; other
    comments move with the field below them; comments after the last field
    (such as a heading for the records that follow) stay at the end.
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
    for name in [n for n in order if n in groups] + [n for n in groups if n not in order]:
        comments, value = groups[name]
        for comment in comments:
            rebuilt.add(comment)
        rebuilt.add(name, value)
    if not any(isinstance(p, Whitespace) for p in pending):
        rebuilt.add(tomlkit.nl())
    for trailing in pending:
        rebuilt.add(trailing)
    return rebuilt


def _dumps(document: TOMLDocument) -> str:
    """The document's text, ending in exactly one line break."""
    return tomlkit.dumps(document).rstrip("\n") + "\n"
