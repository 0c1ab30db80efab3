"""Datasets and spreadsheets of any size for the benchmarks: one year of meetings, spread over files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path


def write_dataset(folder: Path, rows: int = 10_000, files: int = 10) -> Path:
    """A dataset of *rows* activities of 2023 spread over *files* files."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "kssgov.toml").write_text('name = "Benchmark"\nyear = 2023\n', encoding="utf-8")
    first = dt.date(2023, 1, 1)
    per_file = rows // files
    for number in range(files):
        lines = []
        for index in range(number * per_file, (number + 1) * per_file):
            day = first + dt.timedelta(days=index * 365 // rows)
            lines.append(
                f'[[activity]]\nid = "activity-{index:06d}"\ndate = {day.isoformat()}\n'
                f'kind = "meeting"\nwhere = "Møte med departementet nummer {index}"\n'
                f'topic = "Krisesentertilbudet, sak {index}"\n'
            )
        (folder / f"activities-{number:03d}.toml").write_text("\n".join(lines), encoding="utf-8")
    return folder


def write_csv(path: Path, rows: int) -> Path:
    """A spreadsheet of *rows* politics-table rows (Dato;Hvor;Tema) of 2023."""
    first = dt.date(2023, 1, 1)
    lines = ["Dato;Hvor;Tema"]
    for index in range(rows):
        day = first + dt.timedelta(days=index * 365 // rows)
        lines.append(f"{day.day}.{day.month}.{day.year};Innspillsmøte nummer {index};Sak {index}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
