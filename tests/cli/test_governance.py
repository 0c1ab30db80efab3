"""The governance commands and the signature sheet from the command line."""

from __future__ import annotations

from pathlib import Path

import docx
from click.testing import CliRunner

from kssgov.cli import main

from ..conftest import EXAMPLE


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_roster_of_the_board_in_bokmal() -> None:
    code, output = run("governance", "roster", str(EXAMPLE), "--date", "1.3.2024", "--lang", "nb")
    assert code == 0
    lines = output.splitlines()
    assert lines[0] == "Styret 1.3.2024:"
    assert lines[1] == "  Heidi Olden Eng (medlem, leder)"
    assert lines[2] == "    vara: Maria S.B Winther"
    assert lines[-2] == "  Hege Mauroy (ansattrepresentant)"


def test_roster_of_another_body_by_id() -> None:
    code, output = run("governance", "roster", str(EXAMPLE), "--body", "fagetisk-rad", "--date", "2023-06-01")
    assert code == 0
    assert "Hanne Stenvaag (member, chair)" in output
    assert "Hege Mauroy (secretary)" in output


def test_roster_of_an_unknown_body() -> None:
    code, output = run("governance", "roster", str(EXAMPLE), "--body", "senate", "--date", "2023-06-01")
    assert code == 2
    assert "the bodies are: arsmotet, styret, fagetisk-rad, valgkomiteen" in output


def test_due_at_the_2023_meeting() -> None:
    code, output = run("governance", "due", str(EXAMPLE), "--agm", "2023")
    assert code == 0
    assert output.splitlines()[0] == "Annual meeting 2023: the situation on 25.4.2023"
    assert "  Styret: Sidsel Ånes (deputy)" in output
    assert "  Valgkomiteen: Ann-Sissel Tresnes (member)" in output


def test_due_at_an_unrecorded_meeting() -> None:
    code, output = run(
        "governance", "due", str(EXAMPLE), "--agm", "2025", "--date", "2025-03-01", "--lang", "nb"
    )
    assert code == 0
    assert "møtet er ikke registrert ennå" in output
    assert "Ingenting å følge opp." in output


def test_signatures_from_the_cli(tmp_path: Path) -> None:
    target = tmp_path / "signatur.docx"
    code, output = run(
        "export", "signatures", str(EXAMPLE), "--date", "2024-03-12", "--place", "Oslo", "-o", str(target)
    )
    assert code == 0, output
    assert [p.text for p in docx.Document(str(target)).paragraphs][:2] == [
        "Styrets signatur",
        "Oslo, 12.3.2024",
    ]


def test_signatures_on_a_day_without_a_full_board_write_nothing(tmp_path: Path) -> None:
    target = tmp_path / "signatur.docx"
    code, output = run("export", "signatures", str(EXAMPLE), "--date", "2010-01-01", "-o", str(target))
    assert code == 1
    assert "5 members on 1.1.2010 but 6 seats" in output
    assert not target.exists()
