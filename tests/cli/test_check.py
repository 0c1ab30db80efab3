"""The command line: exit codes, messages in both languages, and the schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kssgov.cli import main

from ..conftest import EXAMPLE, write_dataset


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_check_the_example_in_english() -> None:
    code, output = run("check", str(EXAMPLE))
    assert code == 0
    assert "activities.toml:216: warning: field 'date': 16.8.2022 is out of order" in output
    assert "Did you mean 16.8.2023?" in output
    assert output.strip().endswith("0 errors, 6 warnings.")


def test_check_in_bokmal() -> None:
    code, output = run("check", str(EXAMPLE), "--lang", "nb")
    assert code == 0
    assert "advarsel: felt 'date': 16.8.2022 står i feil rekkefølge" in output
    assert output.strip().endswith("0 feil, 6 advarsler.")


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
