"""The commands that change data: add, edit, cancel, fmt, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import kssgov
from kssgov.cli import main

from ..conftest import write_dataset


def run(*args: str, input: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.output


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_dataset(tmp_path / "d", {}, settings='name = "KSS"\nyear = 2024\n')


def add_meeting(folder: Path) -> None:
    """An activity with the id ``m``."""
    code, output = run(
        "add", "activity", str(folder), "--id", "m", "--date", "1.3.2024", "--where", "Møte", "--topic", "T"
    )
    assert code == 0, output


def test_the_add_commands_cover_every_record_type() -> None:
    code, output = run("add", "--help")
    assert code == 0
    listed = [line.split()[0] for line in output.split("Commands:")[1].splitlines() if line.strip()]
    assert listed == list(kssgov.RECORD_TYPES)


def test_add_with_options(folder: Path) -> None:
    code, output = run(
        "add",
        "activity",
        str(folder),
        "--date",
        "7.-8.2.2024",
        "--where",
        "Forum",
        "--topic",
        "Likestilling",
        "--kind",
        "conference",
        "--sources",
        "https://example.org",
    )
    assert code == 0, output
    assert f"Added activity 2024-02-07-forum to {folder / 'activities.toml'}" in output
    (activity,) = kssgov.load(folder).activities
    assert activity.sources == ("https://example.org",)


def test_missing_values_are_asked_for(folder: Path) -> None:
    code, output = run("add", "activity", str(folder), "--date", "1.3.2024", input="Stortinget\nBudsjett\n")
    assert code == 0, output
    assert "Where: " in output
    assert kssgov.load(folder).activities[0].topic == "Budsjett"


def test_add_a_term_from_an_annual_meeting(folder: Path) -> None:
    assert run("add", "body", str(folder), "--id", "styret", "--kind", "board", "--name", "Styret")[0] == 0
    code, output = run(
        "add",
        "term",
        str(folder),
        "--body",
        "styret",
        "--person",
        "Kari",
        "--role",
        "member",
        "--start",
        "agm 2024",
    )
    assert code == 0, output
    assert kssgov.load(folder).terms[0].start == kssgov.AgmBound(2024)


def test_a_bad_add_says_why_in_bokmal_and_writes_nothing(folder: Path) -> None:
    code, output = run(
        "add", "activity", str(folder), "--date", "30.2.2024", "--where", "w", "--topic", "t", "--lang", "nb"
    )
    assert code == 2
    assert "'30.2.2024' er ikke en virkelig dato (måneden har ingen dag 30)" in output
    assert not (folder / "activities.toml").exists()


def test_a_change_the_whole_dataset_refuses_says_why_and_writes_nothing(folder: Path) -> None:
    code, output = run(
        "add",
        "activity",
        str(folder),
        "--date",
        "1.3.2024",
        "--where",
        "w",
        "--topic",
        "t",
        "--alliance",
        "x",
    )
    assert code == 1
    assert "error: field 'alliance': 'x' does not name any alliance" in output
    assert "Error: the change would make the dataset invalid, so nothing was written" in output
    assert not (folder / "activities.toml").exists()


def test_edit_and_cancel(folder: Path) -> None:
    add_meeting(folder)
    code, output = run("edit", "m", str(folder), "--set", "date=2024-03-02", "--set", 'sources=["a", "b"]')
    assert code == 0, output
    activity = kssgov.load(folder).activities[0]
    assert (activity.date.format(), activity.sources) == ("2.3.2024", ("a", "b"))
    assert run("cancel", "m", str(folder))[0] == 0
    assert kssgov.load(folder).activities[0].status is kssgov.Status.CANCELLED


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["edit", "m"], 2),
        (["edit", "m", "--set", "nothing"], 2),
        (["edit", "zzz", "--set", "topic=x"], 1),
        (["edit", "m", "--set", "kind=picnic"], 1),
        (["cancel", "zzz"], 1),
    ],
)
def test_bad_edits(folder: Path, args: list[str], code: int) -> None:
    add_meeting(folder)
    before = (folder / "activities.toml").read_bytes()
    result, output = run(*args[:2], str(folder), *args[2:])
    assert result == code, output
    assert "Traceback" not in output
    assert (folder / "activities.toml").read_bytes() == before


def test_fmt(folder: Path) -> None:
    (folder / "activities.toml").write_text('[[activity]]\ntopic = "T"\nwhere = "W"\ndate = 2024-01-01\n')
    code, output = run("fmt", str(folder))
    assert code == 0
    assert "Tidied" in output
    assert (folder / "activities.toml").read_text().startswith('[[activity]]\nid = "2024-01-01-w"\ndate')
    assert run("fmt", str(folder))[1].strip() == "Nothing to tidy."


def test_import_csv_from_the_cli(folder: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "rader.csv"
    sheet.write_text("Dato;Hvor;Tema\n6.1.2024;Møte;Tema\n31.2.2024;x;y\n", encoding="utf-8")
    code, output = run("import", "csv", str(sheet), str(folder))
    assert code == 0, output
    assert "row 3: skipped: '31.2.2024' is not a real date" in output
    assert "Imported 1 row into" in output


def test_import_a_missing_file(folder: Path) -> None:
    code, output = run("import", "docx", "/no/such/report.docx", str(folder))
    assert code == 2
    assert "does not exist" in output
