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


def kssgov(site: Path, *args: str, language: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(site), "KSSGOV_LANG": language}
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
    assert len(lines) == 2 + 44
    assert "| 7.-8.2.2023 | Deltakelse på Forum Jämställdhet" in lines[10]
    assert "Likestilling<br>Krisesentertilbudet i de nordiske landene |" in lines[10]


def test_the_plugin_speaks_nynorsk_from_its_own_catalogue(site: Path, tmp_path: Path) -> None:
    target = tmp_path / "politikk.md"
    result = kssgov(site, "export", "politics-md", str(EXAMPLE), "-o", str(target), "--lang", "nn")
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8").splitlines()[0] == "| Dato | Kvar | Tema |"
    listed = kssgov(site, "exporters", language="nn").stdout
    assert "Politikktabellen som Markdown (eit døme på ein eksportør frå andre)." in listed
    helped = " ".join(kssgov(site, "export", "politics-md", "--help", language="nn").stdout.split())
    assert "Berre aktivitetar av denne typen (kan gjentakast)." in helped
    assert "Ei overskrift over tabellen." in helped
    counted = " ".join(kssgov(site, "politics-count", "--help", language="nn").stdout.split())
    assert "Tel dei opne radene i politikktabellen etter type." in counted
    assert "--year ÅR" in counted


def test_the_exporters_own_options_come_as_flags_and_others_are_refused(site: Path, tmp_path: Path) -> None:
    target = tmp_path / "moter.md"
    args = ("export", "politics-md", str(EXAMPLE), "-o", str(target))
    result = kssgov(site, *args, "--kind", "oral_hearing", "--title", "Høringer", "--from", "1.10.2023")
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8").splitlines() == [
        "# Høringer",
        "",
        "| Dato | Hvor | Tema |",
        "| --- | --- | --- |",
        "| 26.10.2023 | Muntlig høring i Stortingets Justiskomite | Statsbudsjettet |",
    ]
    refused = kssgov(site, *args, "--date", "1.1.2023")
    assert refused.returncode == 2
    assert "No such option '--date'" in refused.stderr


def test_the_host_gives_the_exporter_only_what_the_audience_may_see(
    site: Path, tmp_path: Path, example_copy: Path
) -> None:
    (example_copy / "internal.toml").write_text(
        '[[activity]]\nid = "board-only"\ndate = 2023-06-01\nwhere = "Styreseminar"\ntopic = "Strategi"\n'
        'visibility = "board"\n',
        encoding="utf-8",
    )
    public, board = tmp_path / "public.md", tmp_path / "board.md"
    assert kssgov(site, "export", "politics-md", str(example_copy), "-o", str(public)).returncode == 0
    assert "Styreseminar" not in public.read_text(encoding="utf-8")
    args = ("export", "politics-md", str(example_copy), "-o", str(board), "--audience", "board")
    assert kssgov(site, *args).returncode == 0
    assert "| 1.6.2023 | Styreseminar | Strategi |" in board.read_text(encoding="utf-8")


def test_the_plugins_command_is_listed_and_runs(site: Path) -> None:
    listed = kssgov(site, "--help")
    assert "politics-count" in listed.stdout
    counted = kssgov(site, "politics-count", str(EXAMPLE), "--year", "2023", language="nb")
    assert counted.returncode == 0, counted.stderr
    assert counted.stdout.splitlines()[0].split() == ["22", "Møte"]


def test_a_plugins_command_that_fails_is_shown_by_the_host(site: Path, tmp_path: Path) -> None:
    result = kssgov(site, "politics-count", str(tmp_path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"there is no dataset in {tmp_path}: it has no kssgov.toml" in result.stderr
