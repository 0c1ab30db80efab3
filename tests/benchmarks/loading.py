"""Loading and validating 10,000 activities, against tomllib parsing the same files alone."""

from __future__ import annotations

import datetime as dt
import tempfile
import tomllib
from pathlib import Path

import kssgov

from .timing import best_of, report

ROWS = 10_000
FILES = 10


def write_dataset(folder: Path, rows: int = ROWS, files: int = FILES) -> Path:
    """A dataset of *rows* activities of one year spread over *files* files."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "kssgov.toml").write_text('name = "Benchmark"\nyear = 2023\n', encoding="utf-8")
    first = dt.date(2023, 1, 1)
    per_file = rows // files
    for number in range(files):
        lines = []
        for index in range(number * per_file, (number + 1) * per_file):
            day = first + dt.timedelta(days=index * 365 // rows)
            lines.append(
                f'[[activity]]\nid = "activity-{index:05d}"\ndate = {day.isoformat()}\n'
                f'kind = "meeting"\nwhere = "Møte med departementet nummer {index}"\n'
                f'topic = "Krisesentertilbudet, sak {index}"\n'
            )
        (folder / f"activities-{number:02d}.toml").write_text("\n".join(lines), encoding="utf-8")
    return folder


def parse_only(folder: Path) -> None:
    for file in sorted(folder.glob("*.toml")):
        tomllib.loads(file.read_text(encoding="utf-8"))


def run() -> list[str]:
    with tempfile.TemporaryDirectory() as name:
        folder = write_dataset(Path(name))
        times = best_of(
            {
                "tomllib": lambda: parse_only(folder),
                "load": lambda: kssgov.load(folder),
                "check": lambda: kssgov.check(folder),
            }
        )
    return [
        report(
            "load + validate 10,000 activities", times["load"], times["tomllib"], "tomllib parse", "<= 2.0x"
        ),
        report(
            "check (load + validate + lint)", times["check"], times["tomllib"], "tomllib parse", "report only"
        ),
    ]
