"""Reading a dataset folder into records, and writing records back as files.

A dataset is a folder holding ``kssgov.toml`` (the settings) and any number
of other ``.toml`` files, each holding records under ``[[activity]]``,
``[[term]]`` and the other table names of :data:`RECORD_TYPES`. Every problem
in every file is collected in one pass.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Final

import attrs
import cattrs

from . import _atomic, lint, validation
from ._failures import failures, problem
from ._locate import Locator
from .converter import make_converter
from .dataset import RECORD_TYPES, Dataset
from .exceptions import DatasetError
from .problems import Location, Problem, Severity
from .records import Record
from .settings import SETTINGS_FILE, Settings

#: Files larger than this are refused rather than parsed.
MAX_FILE_BYTES: Final = 64 * 1024 * 1024


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


def load(path: str | Path) -> Dataset:
    """Read the dataset in folder *path*; raise :class:`DatasetError` listing every error."""
    result = read(path, lint_checks=False)
    if result.dataset is None:
        raise DatasetError(result.problems)
    return result.dataset


def check(path: str | Path, as_of: dt.date | None = None) -> CheckResult:
    """Read the dataset in *path* and return it with its errors and warnings."""
    return read(path, lint_checks=True, as_of=as_of)


def read(
    path: str | Path,
    *,
    lint_checks: bool = True,
    as_of: dt.date | None = None,
    overrides: Mapping[Path, str] | None = None,
) -> CheckResult:
    """Read a dataset folder, collecting every problem instead of stopping at the first.

    *overrides* gives the text of files as they would be after a change (new
    files included), so that a change can be validated before anything is written.
    """
    folder = Path(path)
    overrides = overrides or {}
    if not folder.is_dir():
        return CheckResult(None, (problem("dataset.not_found", str(folder)),))
    settings_path = folder / SETTINGS_FILE
    if not settings_path.is_file():
        return CheckResult(None, (problem("dataset.no_settings", str(folder)),))
    reader = _Reader(folder, overrides)
    settings = reader.read_settings(settings_path)
    if settings is None:
        return CheckResult(None, tuple(reader.problems))
    converter = make_converter(settings.timezone)
    tables: dict[str, list[Record]] = {table: [] for table in RECORD_TYPES}
    for file in data_files(folder, overrides):
        reader.read_records(file, converter, tables)
    dataset = Dataset(
        settings=settings,
        locations=reader.locations,
        **_tuples(tables),
    )
    reader.problems.extend(validation.validate(dataset, reader.where))
    if lint_checks:
        reader.problems.extend(lint.lint(dataset, reader.where, as_of))
    problems = tuple(sorted(reader.problems, key=Problem.sort_key))
    has_errors = any(p.is_error for p in problems)
    return CheckResult(None if has_errors else dataset, problems)


def _tuples(tables: dict[str, list[Record]]) -> dict[str, Any]:
    return {attribute: tuple(tables[table]) for table, (attribute, _) in RECORD_TYPES.items()}


def data_files(folder: Path, overrides: Mapping[Path, str] | None = None) -> Iterator[Path]:
    """The record files of a dataset, in the order they are read (with any files *overrides* adds)."""
    for file in sorted({*folder.rglob("*.toml"), *(overrides or {})}):
        relative = file.relative_to(folder)
        if relative.parts[0].startswith(".") or relative == Path(SETTINGS_FILE):
            continue
        yield file


class _Reader:
    """Reads files of one dataset, keeping the problems and record locations found."""

    def __init__(self, folder: Path, overrides: Mapping[Path, str]) -> None:
        self.folder = folder
        self.overrides = overrides
        self.problems: list[Problem] = []
        self.locations: dict[str, Location] = {}
        self.provisional_ids: set[str] = set()
        self.positions: dict[str, list[tuple[str, int, Locator]]] = {t: [] for t in RECORD_TYPES}

    def where(self, table: str, index: int, field: str | None) -> Location:
        """The file and line of a read record, or of one of its fields."""
        name, index_in_file, locator = self.positions[table][index]
        return Location(name, locator.field_line(table, index_in_file, field), field)

    def name(self, file: Path) -> str:
        return str(file)

    def parse(self, file: Path) -> tuple[dict[str, Any], Locator] | None:
        name = self.name(file)
        if file in self.overrides:
            return self._parse_text(self.overrides[file], name)
        try:
            size = file.stat().st_size
            if size > MAX_FILE_BYTES:
                self.problems.append(problem("file.too_large", name, size=size, limit=MAX_FILE_BYTES))
                return None
            raw = file.read_bytes()
        except OSError as error:
            self.problems.append(problem("file.unreadable", name, detail=error.strerror or str(error)))
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
        return data, Locator(text)

    def read_settings(self, file: Path) -> Settings | None:
        parsed = self.parse(file)
        if parsed is None:
            return None
        data, locator = parsed
        converter = make_converter()
        try:
            return converter.structure(data, Settings)
        except Exception as error:  # noqa: BLE001 - every failure becomes a Problem
            for field, failure in failures(error, data):
                line = locator.key_line(field.split(".")[0]) if field else None
                self.problems.append(attrs.evolve(failure, location=Location(self.name(file), line, field)))
            return None

    def read_records(self, file: Path, converter: cattrs.Converter, tables: dict[str, list[Record]]) -> None:
        parsed = self.parse(file)
        if parsed is None:
            return
        data, locator = parsed
        name = self.name(file)
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
            cls = RECORD_TYPES[table][1]
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
                problem("lint.missing_id", name, line, "id", Severity.WARNING, value=row["id"], kind=table)
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


def _decode_error(error: tomllib.TOMLDecodeError) -> tuple[int | None, str]:
    """The line and the message of a TOML syntax error (Python 3.11 keeps them in the text)."""
    message = str(error)
    line = getattr(error, "lineno", None)
    if line is None and "(at line " in message:
        tail = message.rsplit("(at line ", 1)[1]
        line = int(tail.split(",")[0])
    detail = message.split(" (at ")[0]
    return line, detail


# --- writing -------------------------------------------------------------------


def save(dataset: Dataset, path: str | Path) -> list[Path]:
    """Write *dataset* as a folder of TOML files, one per record type; return the files written.

    Every file is replaced atomically; the file of a record type with no records
    is removed. Files of other names are left alone, so save into a folder of
    its own.
    """
    import tomlkit

    from ._toml import record_table

    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    converter = make_converter(dataset.settings.timezone)
    written = [folder / SETTINGS_FILE]
    _atomic.write_text(written[0], tomlkit.dumps(_settings_document(dataset.settings, converter)))
    for table, (attribute, _) in RECORD_TYPES.items():
        records = getattr(dataset, attribute)
        target = folder / f"{attribute}.toml"
        if not records:
            target.unlink(missing_ok=True)
            continue
        document = tomlkit.document()
        array = tomlkit.aot()
        for record in records:
            array.append(record_table(record, converter))
        document.add(table, array)
        _atomic.write_text(target, tomlkit.dumps(document))
        written.append(target)
    return written


def _settings_document(settings: Settings, converter: cattrs.Converter) -> dict[str, Any]:
    return _compact(converter.unstructure(settings, Settings))


def _compact(data: dict[str, Any]) -> dict[str, Any]:
    """*data* without None values and empty tables, which TOML cannot or need not hold."""
    compacted = {}
    for key, value in data.items():
        if isinstance(value, dict):
            value = _compact(value)
        if value is not None and value != {}:
            compacted[key] = value
    return compacted
