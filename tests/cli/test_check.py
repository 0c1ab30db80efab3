"""The command line: exit codes, messages in both languages, and the schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import kssgov
from kssgov.cli import main

from ..conftest import EXAMPLE, write_dataset


def run(*args: str) -> tuple[int, str]:
    """The command run in English (the example's own language is bokmål)."""
    result = CliRunner().invoke(main, list(args), env={"KSSGOV_LANG": "en"})
    return result.exit_code, result.output


def test_check_the_printed_table_in_english(as_printed: Path) -> None:
    code, output = run("check", str(as_printed))
    assert code == 0
    assert "activities.toml:215: warning: field 'date': 16.8.2022 is out of order" in output
    assert "Did you mean 16.8.2023?" in output
    assert output.strip().endswith("0 errors, 6 warnings.")


def test_check_in_bokmal(as_printed: Path) -> None:
    code, output = run("check", str(as_printed), "--lang", "nb")
    assert code == 0
    assert "advarsel: felt 'date': 16.8.2022 står i feil rekkefølge" in output
    assert output.strip().endswith("0 feil, 6 advarsler.")


def test_check_fix_asks_for_each_and_changes_only_what_was_accepted(as_printed: Path) -> None:
    before = (as_printed / "activities.toml").read_text(encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", "--fix", str(as_printed)], input="y\nn\ny\nn\n", env={"KSSGOV_LANG": "en"}
    )
    assert result.exit_code == 0, result.output
    assert result.output.count("Make this correction? [y/N]") == 4
    assert "2 corrections made." in result.output
    after = (as_printed / "activities.toml").read_text(encoding="utf-8")
    changed = [
        (old, new) for old, new in zip(before.splitlines(), after.splitlines(), strict=True) if old != new
    ]
    assert changed == [
        (
            "date = 2022-08-16  # printed 16.8.2022 between June and August 2023 rows",
            "date = 2023-08-16  # printed 16.8.2022 between June and August 2023 rows",
        ),
        (
            "date = 2022-11-09  # printed 9.11.2022 between October and November 2023 rows",
            "date = 2023-11-09  # printed 9.11.2022 between October and November 2023 rows",
        ),
    ]
    assert output_tail(result.output) == "0 errors, 4 warnings."


def test_check_fix_yes_accepts_all_and_leaves_the_example_as_kept(as_printed: Path) -> None:
    code, output = run("check", "--fix", "--yes", str(as_printed), "--lang", "nb")
    assert code == 0, output
    assert "4 rettelser gjort." in output
    assert output_tail(output) == "0 feil, 2 advarsler."
    fixed = [a.date for a in kssgov.load(as_printed).activities]
    assert fixed == [a.date for a in kssgov.load(EXAMPLE).activities]


def test_check_fix_with_nothing_to_fix() -> None:
    code, output = run("check", "--fix", str(EXAMPLE))
    assert code == 0
    assert "No suggested corrections to make." in output


def output_tail(output: str) -> str:
    return output.strip().splitlines()[-1].split(": ", 1)[1]


def test_language_from_the_environment() -> None:
    result = CliRunner().invoke(main, ["check", str(EXAMPLE)], env={"KSSGOV_LANG": "nb"})
    assert "advarsler" in result.output


def test_strict_fails_on_warnings() -> None:
    code, output = run("check", str(EXAMPLE), "--strict")
    assert code == 1
    assert "--strict" in output


def test_a_clean_dataset(tmp_path: Path) -> None:
    code, output = run("check", str(write_dataset(tmp_path / "d", {})))
    assert (code, output.strip().endswith("no problems found.")) == (0, True)


def test_errors_exit_1_with_file_and_line(tmp_path: Path) -> None:
    folder = write_dataset(tmp_path / "d", {"a.toml": '[[activity]]\nid = "a"\ndate = "30.2.2023"\n'})
    code, output = run("check", str(folder))
    assert code == 1
    assert "a.toml:3: error: field 'date': '30.2.2023' is not a real date" in output
    assert "a.toml:1: error: field 'where': the required field is missing" in output


@pytest.mark.parametrize(
    "args",
    [
        ["check", str(EXAMPLE), "--as-of", "30.2.2023"],
        ["check", str(EXAMPLE), "--lang", "de"],
        ["nonsense"],
        ["check", str(EXAMPLE), "--unknown"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    code, _ = run(*args)
    assert code == 2


def test_as_of_checks_one_day(tmp_path: Path) -> None:
    code, output = run("check", str(EXAMPLE), "--as-of", "2024-03-12")
    assert code == 0
    assert "warning" in output


def test_schema_is_json_and_names_every_record_type(tmp_path: Path) -> None:
    code, output = run("schema")
    assert code == 0
    schema = json.loads(output)
    assert set(schema["properties"]) >= {"activity", "term", "member", "project"}
    activity = schema["properties"]["activity"]["items"]
    assert activity["additionalProperties"] is False
    assert set(activity["required"]) == {"date", "where", "topic"}
    assert "consultation_response" in activity["properties"]["kind"]["enum"]


def test_schema_to_a_file_and_the_settings_schema(tmp_path: Path) -> None:
    target = tmp_path / "settings.schema.json"
    code, _ = run("schema", "--settings", "-o", str(target))
    assert code == 0
    assert json.loads(target.read_text())["required"] == ["name", "year"]


def test_help_and_version() -> None:
    code, output = run("--help")
    assert code == 0
    assert "check" in output
    code, output = run("--version")
    assert code == 0
    assert "version" in output
