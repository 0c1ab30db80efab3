"""A third-party exporter, installed from its own pyproject.toml, runs through the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLE, ROOT

PACKAGE = ROOT / "examples" / "third-party-exporter"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(target),
            str(PACKAGE),
        ],
        check=True,
        capture_output=True,
    )
    return target


def kssgov(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run(
        [sys.executable, "-m", "kssgov.cli", *args], capture_output=True, text=True, env=env, check=False
    )


def test_the_installed_exporter_is_listed_with_its_distribution(site: Path) -> None:
    result = kssgov(site, "exporters")
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("politics-md"))
    assert "[kssgov-markdown-example 1.0.0]" in line
    assert "politics " in result.stdout


def test_the_installed_exporter_runs_through_the_cli(site: Path, tmp_path: Path) -> None:
    target = tmp_path / "politikk.md"
    result = kssgov(site, "export", "politics-md", str(EXAMPLE), "-o", str(target), "--lang", "en")
    assert result.returncode == 0, result.stderr
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "| Date | Where | Topic |"
    assert len(lines) == 2 + 40
    assert "| 7.-8.2.2023 | Deltakelse på Forum Jämställdhet" in lines[10]
    assert "Likestilling<br>Krisesentertilbudet i de nordiske landene |" in lines[10]
