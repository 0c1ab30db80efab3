"""Reading a dataset folder into records, collecting every problem in one pass.

A dataset is a folder holding ``kssgov.toml`` (the settings) and any number
of other ``.toml`` files, also in subfolders, each holding records under
``[[activity]]``, ``[[term]]`` and the other table names of
:data:`~kssgov.model.RECORD_TYPES`. Nothing is skipped silently: a folder or
file that cannot be read, or that is not an ordinary file, is an error.
Folders and files whose names start with a dot (``.kssgov/``, ``.git/``) are
not part of the data.

A :class:`Reading` keeps what each file held, so that a change to one file
(an edit, or a file the server sees change) is read again on its own and
checked with the rest as it was read, instead of reading everything again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Final

import attrs
import tomli

from .. import checks
from ..exceptions import DatasetError
from ..messages import Phrase, os_reason
from ..model import RECORD_TYPES, Dataset, Record, Settings
from ..model.settings import SETTINGS_FILE
from ..problems import Location, Problem, Severity
from .atomic import leftovers
from .converter import make_converter, structure
from .failures import failures, problem
from .locate import Locator

#: Files larger than this are refused rather than parsed.
MAX_FILE_BYTES: Final = 64 * 1024 * 1024
#: Tables and lists nested deeper than this are refused: records are flat.
MAX_DEPTH: Final = 16

Signature = tuple[int, int]


@attrs.frozen
class CheckResult:
    """The outcome of reading a dataset: the dataset (when it has no errors) and all problems."""

    dataset: Dataset | None
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.is_error)


def load(folder: str | Path) -> Dataset:
    """Read the dataset in *folder*; raise :class:`DatasetError` listing every error."""
    result = read(folder, warnings=False)
    if result.dataset is None:
        raise DatasetError(result.problems, folder)
    return result.dataset


def check(folder: str | Path, as_of: dt.date | None = None) -> CheckResult:
    """Read the dataset in *folder* and return it with its errors and warnings."""
    return read(folder, warnings=True, as_of=as_of)


def read(folder: str | Path, *, warnings: bool = True, as_of: dt.date | None = None) -> CheckResult:
    """Read a dataset folder, collecting every problem instead of stopping at the first.

    A change is validated before anything is written through :meth:`Reading.changed`.
    """
    return Reading.of(folder).result(warnings=warnings, as_of=as_of)


# --- one file --------------------------------------------------------------------------


@attrs.frozen
class FileReading:
    """What one data file held: its records by table (with their place in the file) and its problems.

    ``missing_ids`` lists the records written without an id (table, position
    among that table's records here): they carry a provisional id until the
    dataset is put together.
    """

    signature: Signature | None
    records: Mapping[str, tuple[tuple[int, Record], ...]]
    problems: tuple[Problem, ...]
    locator: Locator | None
    missing_ids: tuple[tuple[str, int], ...] = ()
    #: Each record by its table and the text it was read from, so that reading the file again after an
    #: edit makes only the records whose text changed anew.
    by_text: Mapping[tuple[str, str], Record] = attrs.field(factory=dict, eq=False, repr=False)


def _signature(path: Path) -> Signature | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_mtime_ns, status.st_size)


def _raw_text(path: Path, found: list[Problem]) -> str | None:
    """The UTF-8 text of *path*, or None with the reason in *found*."""
    name = str(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            found.append(problem("file.not_regular", name))
            return None
        with path.open("rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                found.append(problem("file.not_regular", name))
                return None
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        found.append(problem("file.unreadable", name, detail=os_reason(error)))
        return None
    if len(raw) > MAX_FILE_BYTES:
        found.append(problem("file.too_large", name, size=path.stat().st_size, limit=MAX_FILE_BYTES))
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        found.append(problem("file.not_text", name, raw[: error.start].count(b"\n") + 1))
        return None


def parse(text: str, name: str, found: list[Problem]) -> dict[str, Any] | None:
    """The TOML of *text*, or None with the reason in *found*."""
    try:
        data = tomli.loads(text)
    except tomli.TOMLDecodeError as error:
        line, detail = _decode_error(error)
        found.append(problem("file.toml_syntax", name, line, detail=detail))
        return None
    except RecursionError:
        found.append(problem("file.too_deep", name, limit=MAX_DEPTH))
        return None
    if _nesting_bound(text) > MAX_DEPTH and _depth(data) > MAX_DEPTH:
        found.append(problem("file.too_deep", name, limit=MAX_DEPTH))
        return None
    return data


_HEADER_LINE: Final = re.compile(r"^[ \t]*\[\[?([^\]\n]*)\]\]?", re.MULTILINE)
_BRACKETS: Final = re.compile(r"[^\[\]{}]+")


def _nesting_bound(text: str) -> int:
    """A bound, cheap to find, on how deeply the tables and lists of *text* can nest.

    Headers (``[[a.b]]``) nest by their dotted names, values by their brackets; brackets in
    strings are counted too, which only makes the bound larger, never smaller.
    """
    headers = max((name.count(".") for name in _HEADER_LINE.findall(text)), default=0)
    deepest = level = 0
    for bracket in _BRACKETS.sub("", _HEADER_LINE.sub("", text)):
        level = level + 1 if bracket in "[{" else max(level - 1, 0)
        deepest = max(deepest, level)
    return 3 + headers + deepest


def read_file(
    path: Path, timezone: str, text: str | None = None, previous: FileReading | None = None
) -> FileReading:
    """The records of the data file *path* (or of *text*, as the file would hold it).

    Records are structured by the fast converter; only a record it refuses is
    structured again by the detailed one, which names every field at fault.
    A record whose text is as it was in the *previous* reading of the same file
    (read in the same time zone) is taken from it as it is.
    """
    found: list[Problem] = []
    signature = _signature(path) if text is None else None
    if text is None:
        text = _raw_text(path, found)
    data = parse(text, str(path), found) if text is not None else None
    if text is None or data is None:
        return FileReading(signature, {}, tuple(found), None)
    locator = Locator(text)
    name = str(path)
    records: dict[str, list[tuple[int, Record]]] = {}
    missing: list[tuple[str, int]] = []
    known = previous.by_text if previous is not None else {}
    by_text: dict[tuple[str, str], Record] = {}
    for table, rows in data.items():
        if table not in RECORD_TYPES:
            line = locator.key_line(table) or locator.record_line(table, 0)
            found.append(
                problem("file.unknown_table", name, line, value=table, allowed=", ".join(RECORD_TYPES))
            )
            continue
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            found.append(problem("file.not_a_list", name, locator.key_line(table), value=table))
            continue
        if rows and not locator.has_headers(table):
            found.append(problem("file.inline_records", name, locator.key_line(table), value=table))
            continue
        cls = RECORD_TYPES[table].cls
        kept = records.setdefault(table, [])
        texts = locator.record_texts(table)
        for index, row in enumerate(rows):
            key = (table, texts[index]) if len(texts) == len(rows) else None
            record = known.get(key) if key is not None else None
            if record is None:
                given = row if "id" in row else {"id": _provisional_id(table, row), **row}
                try:
                    record = structure(given, cls, timezone)
                except Exception as error:  # noqa: BLE001 - every failure becomes a Problem
                    for field, failure in failures(error, given):
                        where = Location(name, locator.field_line(table, index, field), field)
                        found.append(attrs.evolve(failure, location=where))
                    continue
            if key is not None:
                by_text[key] = record
            if "id" not in row:
                missing.append((table, len(kept)))
            kept.append((index, record))
    frozen = {table: tuple(rows) for table, rows in records.items()}
    return FileReading(signature, frozen, tuple(found), locator, tuple(missing), by_text)


def _provisional_id(table: str, row: dict[str, Any]) -> str:
    digest = hashlib.sha256(json.dumps(row, sort_keys=True, default=str).encode()).hexdigest()
    return f"{table}-{digest[:10]}"


# --- the whole folder -------------------------------------------------------------------


@attrs.frozen
class Reading:
    """A dataset folder as read: its settings and what each data file held.

    :meth:`result` puts the dataset together and checks it; :meth:`changed`
    and :meth:`refreshed` read only the files that differ.
    """

    folder: Path
    settings: Settings | None
    settings_signature: Signature | None
    settings_problems: tuple[Problem, ...]
    files: Mapping[Path, FileReading]
    folder_problems: tuple[Problem, ...] = ()

    @classmethod
    def of(cls, folder: str | Path) -> Reading:
        """Read every file of the dataset in *folder*."""
        root = Path(folder)
        if not root.is_dir():
            return cls(root, None, None, (problem("dataset.not_found", str(root)),), {})
        settings_path = root / SETTINGS_FILE
        if not settings_path.exists():
            return cls(root, None, None, (problem("dataset.no_settings", str(root)),), {})
        settings, found = read_settings(settings_path)
        folder_problems: list[Problem] = []
        paths = list(data_files(root, problems=folder_problems))
        if settings is None:
            return cls(root, None, _signature(settings_path), tuple(found), {}, tuple(folder_problems))
        files = {path: read_file(path, settings.timezone) for path in paths}
        return cls(root, settings, _signature(settings_path), tuple(found), files, tuple(folder_problems))

    def changed(self, texts: Mapping[Path, str]) -> Reading:
        """This reading with the files of *texts* holding those texts (new files included)."""
        if self.settings is None:
            return self
        settings_path = self.folder / SETTINGS_FILE
        if settings_path in texts:
            settings, found = read_settings(settings_path, texts[settings_path])
            changed = attrs.evolve(self, settings=settings, settings_problems=tuple(found))
            rest = {p: t for p, t in texts.items() if p != settings_path}
            if settings is None:
                return changed
            if settings.timezone != self.settings.timezone:
                # Every record is read again in the new zone: from its new text if it has one.
                paths = sorted({*self.files, *rest})
                return attrs.evolve(
                    changed, files={p: read_file(p, settings.timezone, rest.get(p)) for p in paths}
                )
            return changed.changed(rest)
        files = dict(self.files)
        for path, text in texts.items():
            files[path] = read_file(path, self.settings.timezone, text, previous=self.files.get(path))
        return attrs.evolve(self, files=dict(sorted(files.items())))

    def refreshed(self) -> Reading:
        """This reading brought up to date with the folder: only files that changed are read again."""
        settings_path = self.folder / SETTINGS_FILE
        if self.settings is None or _signature(settings_path) != self.settings_signature:
            return Reading.of(self.folder)
        folder_problems: list[Problem] = []
        paths = list(data_files(self.folder, problems=folder_problems))
        files = {}
        for path in paths:
            kept = self.files.get(path)
            same = kept is not None and kept.signature is not None and kept.signature == _signature(path)
            files[path] = (
                kept if same and kept is not None else read_file(path, self.settings.timezone, previous=kept)
            )
        return attrs.evolve(self, files=files, folder_problems=tuple(folder_problems))

    def result(self, *, warnings: bool = True, as_of: dt.date | None = None) -> CheckResult:
        """The dataset put together and checked, with every problem of every file."""
        problems = [*self.settings_problems, *self.folder_problems]
        if self.settings is None:
            return CheckResult(None, tuple(sorted(problems, key=Problem.sort_key)))
        assembled = _Assembly(self)
        problems.extend(assembled.problems)
        dataset = assembled.dataset(self.settings)
        problems.extend(checks.errors(dataset, assembled.where))
        if warnings:
            problems.extend(checks.warnings(dataset, assembled.where, as_of))
            problems.extend(_leftover_temporaries(self))
        ordered = tuple(sorted(problems, key=Problem.sort_key))
        has_errors = any(p.is_error for p in ordered)
        return CheckResult(None if has_errors else dataset, ordered)


class _Assembly:
    """The records of every file in file order, with provisional ids made unique and located."""

    def __init__(self, reading: Reading) -> None:
        self.tables: dict[str, list[Record]] = {table: [] for table in RECORD_TYPES}
        self.positions: dict[str, list[tuple[str, int, Locator]]] = {table: [] for table in RECORD_TYPES}
        self.locations: dict[str, Location] = {}
        self.problems: list[Problem] = []
        provisional: set[str] = set()
        for path, file in reading.files.items():
            self.problems.extend(file.problems)
            if file.locator is None:
                continue
            missing = set(file.missing_ids)
            name = str(path)
            for table, rows in file.records.items():
                lines = file.locator.record_lines(table)
                tables, positions = self.tables[table], self.positions[table]
                for position, (index, record) in enumerate(rows):
                    line = lines[index] if index < len(lines) else file.locator.key_line(table)
                    if (table, position) in missing:
                        record = self._unique(record, provisional)
                        self.problems.append(
                            problem(
                                "lint.missing_id",
                                name,
                                line,
                                "id",
                                Severity.WARNING,
                                value=record.id,
                                kind=Phrase(f"table.{table}"),
                            )
                        )
                    tables.append(record)
                    positions.append((name, index, file.locator))
                    self.locations.setdefault(record.id, Location(name, line))

    @staticmethod
    def _unique(record: Record, taken: set[str]) -> Record:
        candidate, number = record.id, 1
        while candidate in taken:
            number += 1
            candidate = f"{record.id}-{number}"
        taken.add(candidate)
        return record if candidate == record.id else attrs.evolve(record, id=candidate)

    def where(self, table: str, index: int, field: str | None) -> Location:
        """The file and line of a record, or of one of its fields."""
        name, index_in_file, locator = self.positions[table][index]
        return Location(name, locator.field_line(table, index_in_file, field), field)

    def dataset(self, settings: Settings) -> Dataset:
        records: dict[str, Any] = {kind.attribute: tuple(self.tables[t]) for t, kind in RECORD_TYPES.items()}
        return Dataset(settings=settings, locations=self.locations, **records)


def read_settings(path: Path, text: str | None = None) -> tuple[Settings | None, list[Problem]]:
    """The settings in ``kssgov.toml`` (or in *text*), or None with every problem found."""
    found: list[Problem] = []
    if text is None:
        text = _raw_text(path, found)
    data = parse(text, str(path), found) if text is not None else None
    if text is None or data is None:
        return None, found
    locator = Locator(text)
    known = {field.name for field in attrs.fields(Settings)} - {"sections"}
    sections = {k: v for k, v in data.items() if k not in known and isinstance(v, dict)}
    given = {k: v for k, v in data.items() if k not in sections}
    try:
        return make_converter().structure({**given, "sections": sections}, Settings), found
    except Exception as error:  # noqa: BLE001 - every failure becomes a Problem
        for field, failure in failures(error, given):
            line = None
            if field:
                line = locator.key_line(field.split(".")[-1]) or locator.key_line(field.split(".")[0])
            found.append(attrs.evolve(failure, location=Location(str(path), line, field)))
        return None, found


def data_files(folder: Path, problems: list[Problem] | None = None) -> Iterator[Path]:
    """The record files of a dataset, in the order they are read.

    A folder that cannot be read, or a ``.toml`` name that is not an ordinary
    file (or a link to one), is added to *problems*.
    """
    report = problems if problems is not None else []

    def refused(error: OSError) -> None:
        report.append(problem("folder.unreadable", str(error.filename or folder), detail=os_reason(error)))

    found = []
    visited: set[str] = set()
    for current, subfolders, names in os.walk(folder, onerror=refused, followlinks=True):
        real = os.path.realpath(current)
        if real in visited:
            subfolders[:] = []
            continue
        visited.add(real)
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in names:
            if name.startswith(".") or not name.endswith(".toml"):
                continue
            path = Path(current, name)
            if path == folder / SETTINGS_FILE:
                continue
            try:
                regular = stat.S_ISREG(path.stat().st_mode)
            except OSError as error:
                report.append(problem("file.unreadable", str(path), detail=os_reason(error)))
                continue
            if regular:
                found.append(path)
            else:
                report.append(problem("file.not_regular", str(path)))
    yield from sorted(found)


def _leftover_temporaries(reading: Reading) -> Iterable[Problem]:
    """Temporary files beside the data files, left by writes that were interrupted."""
    targets = [reading.folder / SETTINGS_FILE, *reading.files]
    for target in targets:
        for stale in leftovers(target, older_than=0):
            yield problem("file.leftover", str(stale), severity=Severity.WARNING, target=target.name)


def _depth(value: object) -> int:
    """How deeply tables and lists nest in *value*, counted without recursion."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        nested = [child for child in children if isinstance(child, dict | list)]
        deepest = max(deepest, depth + 1 if nested or children else depth)
        stack.extend((child, depth + 1) for child in nested)
    return deepest


#: tomli's messages, and the catalogue's words for them.
_TOML_MESSAGES: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(pattern), code)
    for pattern, code in (
        (r"Invalid statement", "toml.invalid_statement"),
        (r"(?:Found invalid|Illegal) character (?P<char>.+)", "toml.invalid_character"),
        (r"Cannot declare (?P<key>.+) twice", "toml.declared_twice"),
        (r"Cannot (?:overwrite a value|mutate immutable namespace.*|redefine namespace.*)", "toml.overwrite"),
        (r"Duplicate inline table key.*", "toml.overwrite"),
        (r"Expected '\]' at the end of a table declaration", "toml.expected_bracket"),
        (r"Expected '\]\]' at the end of an array declaration", "toml.expected_brackets"),
        (r"Expected '=' after a key in a key/value pair", "toml.expected_equals"),
        (r"Invalid initial character for a key part", "toml.bad_key"),
        (r"Unclosed array", "toml.unclosed_list"),
        (r"Unclosed inline table", "toml.unclosed_table"),
        (r"Unterminated string", "toml.unterminated_string"),
        (r"Unescaped .* in a string|Invalid hex value|Escaped character is not.*", "toml.bad_escape"),
        (r"Invalid date or datetime", "toml.bad_date"),
        (r"Expected newline or end of document after a statement", "toml.expected_newline"),
        (r"Invalid value", "toml.invalid_value"),
    )
)


def _decode_error(error: tomli.TOMLDecodeError) -> tuple[int, Phrase]:
    """The line of a TOML syntax error, and what is wrong in words of the catalogue."""
    detail = error.msg  # tomli (2.1 and later) gives the message and its line apart
    for pattern, code in _TOML_MESSAGES:
        if match := pattern.fullmatch(detail):
            return error.lineno, Phrase(code, **match.groupdict())
    return error.lineno, Phrase("toml.other", detail=detail)
