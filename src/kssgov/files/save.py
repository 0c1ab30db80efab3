"""Writing a dataset built in Python as a folder of TOML files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import cattrs
import tomlkit

from ..model import RECORD_TYPES, Dataset, Settings
from ..model.settings import SETTINGS_FILE
from ._toml import record_table
from .atomic import write_text
from .converter import make_converter


def save(dataset: Dataset, folder: str | Path) -> list[Path]:
    """Write *dataset* as a folder of TOML files, one per record type; return the files written.

    Every file is replaced atomically; the file of a record type with no records
    is removed. Files of other names are left alone, so save into a folder of
    its own.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    converter = make_converter(dataset.settings.timezone)
    written = [folder / SETTINGS_FILE]
    write_text(written[0], tomlkit.dumps(_settings_document(dataset.settings, converter)))
    for table, kind in RECORD_TYPES.items():
        records = getattr(dataset, kind.attribute)
        target = folder / f"{kind.attribute}.toml"
        if not records:
            target.unlink(missing_ok=True)
            continue
        document = tomlkit.document()
        array = tomlkit.aot()
        for record in records:
            array.append(record_table(record, converter))
        document.add(table, array)
        write_text(target, tomlkit.dumps(document))
        written.append(target)
    return written


def _settings_document(settings: Settings, converter: cattrs.Converter) -> dict[str, Any]:
    data = converter.unstructure(settings)
    sections = data.pop("sections")
    return _compact({**data, **sections})


def _compact(data: dict[str, Any]) -> dict[str, Any]:
    """*data* without None values and empty tables, which TOML cannot or need not hold."""
    compacted = {}
    for key, value in data.items():
        if isinstance(value, dict):
            value = _compact(value)
        if value is not None and value != {}:
            compacted[key] = value
    return compacted
