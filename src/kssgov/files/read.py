"""Reading a dataset folder into records, collecting every problem in one pass.

A dataset is a folder holding ``kssgov.toml`` (the settings) and any number
of other ``.toml`` files, also in subfolders, each holding records under
``[[activity]]``, ``[[term]]`` and the other table names of
:data:`~kssgov.model.RECORD_TYPES`. Nothing is skipped silently: a folder or
file that cannot be read, or that is not an ordinary file, is an error.
Folders and files whose names start with a dot (``.kssgov/``, ``.git/``) are
not part of the data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import stat
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Final

import attrs
import cattrs

from .. import checks
from ..exceptions import DatasetError
from ..messages import Phrase, os_reason
from ..model import RECORD_TYPES, Dataset, Record, Settings
from ..model.settings import SETTINGS_FILE
from ..problems import Location, Problem, Severity
from .converter import make_converter
from .failures import failures, problem
from .locate import Locator

#: Files larger than this are refused rather than parsed.
MAX_FILE_BYTES: Final = 64 * 1024 * 1024
#: Tables and lists nested deeper than this are refused: records are flat.
MAX_DEPTH: Final = 16


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


def read(
    folder: str | Path,
    *,
    warnings: bool = True,
    as_of: dt.date | None = None,
    overrides: Mapping[Path, str] | None = None,
) -> CheckResult:
    """Read a dataset folder, collecting every problem instead of stopping at the first.

    *overrides* gives the text of files as they would be after a change (new
    files included), so that a change can be validated before anything is written.
    """
    folder = Path(folder)
    overrides = overrides or {}
    if not folder.is_dir():
        return CheckResult(None, (problem("dataset.not_found", str(folder)),))
    settings_path = folder / SETTINGS_FILE
    if not settings_path.is_file() and settings_path not in overrides:
        return CheckResult(None, (problem("dataset.no_settings", str(folder)),))
    reader = _Reader(overrides)
    settings = reader.read_settings(settings_path)
    files = list(data_files(folder, overrides, reader.problems))
    if settings is None:
        return CheckResult(None, tuple(sorted(reader.problems, key=Problem.sort_key)))
    converter = make_converter(settings.timezone)
    tables: dict[str, list[Record]] = {table: [] for table in RECORD_TYPES}
    for file in files:
        reader.read_records(file, converter, tables)
    records: dict[str, Any] = {kind.attribute: tuple(tables[table]) for table, kind in RECORD_TYPES.items()}
    dataset = Dataset(settings=settings, locations=reader.locations, **records)
    reader.problems.extend(checks.errors(dataset, reader.where))
    if warnings:
        reader.problems.extend(checks.warnings(dataset, reader.where, as_of))
    problems = tuple(sorted(reader.problems, key=Problem.sort_key))
    has_errors = any(p.is_error for p in problems)
    return CheckResult(None if has_errors else dataset, problems)


def data_files(
    folder: Path, overrides: Mapping[Path, str] | None = None, problems: list[Problem] | None = None
) -> Iterator[Path]:
    """The record files of a dataset in the order they are read, with any files *overrides* adds.

    A folder that cannot be read, or a ``.toml`` name that is not an ordinary
    file (or a link to one), is added to *problems*.
    """
    found = set(overrides or {})
    report = problems if problems is not None else []

    def refused(error: OSError) -> None:
        report.append(problem("folder.unreadable", str(error.filename or folder), detail=os_reason(error)))

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
                found.add(path)
            else:
                report.append(problem("file.not_regular", str(path)))
    yield from sorted(p for p in found if p != folder / SETTINGS_FILE)


class _Reader:
    """Reads the files of one dataset, keeping the problems and record locations found."""

    def __init__(self, overrides: Mapping[Path, str]) -> None:
        self.overrides = overrides
        self.problems: list[Problem] = []
        self.locations: dict[str, Location] = {}
        self.provisional_ids: set[str] = set()
        self.positions: dict[str, list[tuple[str, int, Locator]]] = {t: [] for t in RECORD_TYPES}

    def where(self, table: str, index: int, field: str | None) -> Location:
        """The file and line of a read record, or of one of its fields."""
        name, index_in_file, locator = self.positions[table][index]
        return Location(name, locator.field_line(table, index_in_file, field), field)

    def parse(self, file: Path) -> tuple[dict[str, Any], Locator] | None:
        name = str(file)
        if file in self.overrides:
            return self._parse_text(self.overrides[file], name)
        try:
            with file.open("rb") as handle:
                if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                    self.problems.append(problem("file.not_regular", name))
                    return None
                raw = handle.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            self.problems.append(problem("file.unreadable", name, detail=os_reason(error)))
            return None
        if len(raw) > MAX_FILE_BYTES:
            size = file.stat().st_size
            self.problems.append(problem("file.too_large", name, size=size, limit=MAX_FILE_BYTES))
            return None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            self.problems.append(problem("file.not_text", name, raw[: error.start].count(b"\n") + 1))
            return None
        return self._parse_text(text, name)

    def _parse_text(self, text: str, name: str) -> tuple[dict[str, Any], Locator] | None:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            line, detail = _decode_error(error)
            self.problems.append(problem("file.toml_syntax", name, line, detail=detail))
            return None
        except RecursionError:
            self.problems.append(problem("file.too_deep", name, limit=MAX_DEPTH))
            return None
        if _depth(data) > MAX_DEPTH:
            self.problems.append(problem("file.too_deep", name, limit=MAX_DEPTH))
            return None
        return data, Locator(text)

    def read_settings(self, file: Path) -> Settings | None:
        parsed = self.parse(file)
        if parsed is None:
            return None
        data, locator = parsed
        known = {field.name for field in attrs.fields(Settings)} - {"sections"}
        sections = {k: v for k, v in data.items() if k not in known and isinstance(v, dict)}
        given = {k: v for k, v in data.items() if k not in sections}
        try:
            return make_converter().structure({**given, "sections": sections}, Settings)
        except Exception as error:  # noqa: BLE001 - every failure becomes a Problem
            for field, failure in failures(error, given):
                line = (
                    locator.key_line(field.split(".")[-1]) or locator.key_line(field.split(".")[0])
                    if field
                    else None
                )
                self.problems.append(attrs.evolve(failure, location=Location(str(file), line, field)))
            return None

    def read_records(self, file: Path, converter: cattrs.Converter, tables: dict[str, list[Record]]) -> None:
        parsed = self.parse(file)
        if parsed is None:
            return
        data, locator = parsed
        name = str(file)
        for table, rows in data.items():
            if table not in RECORD_TYPES:
                self.problems.append(
                    problem(
                        "file.unknown_table",
                        name,
                        locator.key_line(table) or locator.record_line(table, 0),
                        value=table,
                        allowed=", ".join(RECORD_TYPES),
                    )
                )
                continue
            if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
                self.problems.append(problem("file.not_a_list", name, locator.key_line(table), value=table))
                continue
            if rows and not locator.has_headers(table):
                self.problems.append(
                    problem("file.inline_records", name, locator.key_line(table), value=table)
                )
                continue
            cls = RECORD_TYPES[table].cls
            for index, row in enumerate(rows):
                record = self._structure(converter, cls, table, index, row, name, locator)
                if record is not None:
                    tables[table].append(record)
                    self.positions[table].append((name, index, locator))

    def _structure(
        self,
        converter: cattrs.Converter,
        cls: type[Record],
        table: str,
        index: int,
        row: dict[str, Any],
        name: str,
        locator: Locator,
    ) -> Record | None:
        line = locator.record_line(table, index)
        if "id" not in row:
            row = {"id": self._provisional_id(table, row), **row}
            self.problems.append(
                problem(
                    "lint.missing_id",
                    name,
                    line,
                    "id",
                    Severity.WARNING,
                    value=row["id"],
                    kind=Phrase(f"table.{table}"),
                )
            )
        try:
            record = converter.structure(row, cls)
        except Exception as error:  # noqa: BLE001 - every failure becomes a Problem
            for field, failure in failures(error, row):
                where = Location(name, locator.field_line(table, index, field), field)
                self.problems.append(attrs.evolve(failure, location=where))
            return None
        if record.id not in self.locations:
            self.locations[record.id] = Location(name, line)
        return record

    def _provisional_id(self, table: str, row: dict[str, Any]) -> str:
        digest = hashlib.sha256(json.dumps(row, sort_keys=True, default=str).encode()).hexdigest()
        candidate = f"{table}-{digest[:10]}"
        number = 1
        while candidate in self.provisional_ids:
            number += 1
            candidate = f"{table}-{digest[:10]}-{number}"
        self.provisional_ids.add(candidate)
        return candidate


def _depth(value: object) -> int:
    """How deeply tables and lists nest in *value*, counted without recursion."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return deepest


#: tomllib's messages, and the catalogue's words for them.
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
        (r"Invalid value", "toml.invalid_value"),
    )
)


def _decode_error(error: tomllib.TOMLDecodeError) -> tuple[int | None, Phrase]:
    """The line of a TOML syntax error, and what is wrong in words of the catalogue."""
    message = str(error)
    line = getattr(error, "lineno", None)
    if line is None and "(at line " in message:
        tail = message.rsplit("(at line ", 1)[1]
        line = int(tail.split(",")[0])
    detail = message.split(" (at ")[0]
    for pattern, code in _TOML_MESSAGES:
        if match := pattern.fullmatch(detail):
            return line, Phrase(code, **match.groupdict())
    return line, Phrase("toml.other", detail=detail)
