"""Writes survive being killed at any moment, and concurrent writers never lose a record."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import kssgov

from ..conftest import ROOT, write_dataset

KILLS = 200


def worker(dataset: Path, prefix: str, count: int, job: str = "add") -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.files.editing_worker", job, str(dataset), prefix, str(count)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def test_adds_killed_at_random_moments_never_damage_the_files(tmp_path: Path) -> None:
    dataset = write_dataset(tmp_path / "d", {})
    chance = random.Random(20231231)
    acknowledged: set[str] = set()
    for kill in range(KILLS):
        process = worker(dataset, f"k{kill:03d}", 1000)
        time.sleep(chance.uniform(0.1, 0.4))
        os.kill(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        acknowledged.update(output.split())
        data = kssgov.load(dataset)
        present = {a.id for a in data.activities}
        assert acknowledged <= present, f"after kill {kill}: lost {sorted(acknowledged - present)}"
    assert acknowledged, "no add was ever acknowledged; the workers were killed too early"


def test_four_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    dataset = write_dataset(tmp_path / "d", {})
    processes = [worker(dataset, f"w{number}", 250) for number in range(4)]
    outputs = [process.communicate(timeout=600)[0].split() for process in processes]
    assert [process.returncode for process in processes] == [0, 0, 0, 0]
    assert sum(len(lines) for lines in outputs) == 1000
    ids = [a.id for a in kssgov.load(dataset).activities]
    assert len(ids) == 1000
    assert len(set(ids)) == 1000


def test_imports_killed_at_random_moments_add_all_their_rows_or_none(tmp_path: Path) -> None:
    dataset = write_dataset(tmp_path / "d", {}, settings='name = "T"\nyear = 2024\n')
    chance = random.Random(20240101)
    finished = 0
    for kill in range(40):
        process = worker(dataset, f"i{kill:02d}", 300, job="import")
        time.sleep(chance.uniform(0.2, 1.2))
        os.kill(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        imported = [a for a in kssgov.load(dataset).activities if a.where.startswith(f"Import i{kill:02d} ")]
        assert len(imported) in (0, 300), f"kill {kill}: {len(imported)} of 300 rows"
        assert (len(imported) == 300) == (output.strip() == "300") or output.strip() == ""
        finished += len(imported) == 300
    assert finished > 0, "no import ever finished; the workers were killed too early"
    assert kssgov.check(dataset).errors == ()


def test_fmt_killed_at_random_moments_never_damages_the_files(tmp_path: Path) -> None:
    dataset = write_dataset(tmp_path / "d", {}, settings='name = "T"\nyear = 2024\n')
    chance = random.Random(20240202)
    for kill in range(40):
        process = worker(dataset, f"f{kill:02d}", 50, job="fmt")
        time.sleep(chance.uniform(0.1, 0.6))
        os.kill(process.pid, signal.SIGKILL)
        process.communicate()
        result = kssgov.check(dataset)
        assert result.errors == (), f"after kill {kill}: {[p.render() for p in result.errors]}"
