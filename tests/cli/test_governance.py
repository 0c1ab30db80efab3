"""The governance commands and the signature sheet from the command line."""

from __future__ import annotations

from pathlib import Path

import docx
from click.testing import CliRunner

from kssgov.cli import main

from ..conftest import EXAMPLE, append


def run(*args: str) -> tuple[int, str]:
    """The command run in English (the example's own language is bokmål)."""
    result = CliRunner().invoke(main, list(args), env={"KSSGOV_LANG": "en"})
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


def test_due_in_2025_lists_those_elected_for_two_years_in_2023() -> None:
    code, output = run(
        "governance", "due", str(EXAMPLE), "--agm", "2025", "--date", "2025-03-01", "--lang", "nb"
    )
    assert code == 0
    lines = output.splitlines()
    assert "møtet er ikke registrert ennå" in lines[0]
    confirm = next(n for n, line in enumerate(lines) if line.startswith("Å bekrefte"))
    ending = lines[lines.index("Verv som går ut på møtet:") + 1 : confirm]
    assert ending == [
        "  Styret: Kristin Mettenes (vara)",
        "  Styret: Gunn Knörr (vara)",
        "  Styret: Hege Mauroy (ansattrepresentant, valgt av de ansatte)",
        "  Styret: Martine Sorknes Ødegården (vara, valgt av de ansatte)",
    ]


def test_due_in_2024_asks_to_confirm_the_terms_whose_start_is_not_recorded() -> None:
    code, output = run("governance", "due", str(EXAMPLE), "--agm", "2024", "--date", "2024-01-10")
    assert code == 0
    lines = output.splitlines()
    assert "Nothing is due." not in output
    start = lines.index("To confirm (the term's start is not recorded, so it may end at this meeting):")
    assert lines[start + 1 :] == [
        "  Styret: Heidi Olden Eng (member)",
        "  Styret: Maria S.B Winther (deputy)",
        "  Styret: Wanja J. Sæther (member)",
        "  Styret: Inger-Lise Kilmark (member)",
        "  Styret: Fritz Nilsen (deputy)",
        "  Styret: Unni Selnes (member)",
        "  Styret: Pia Krüger Grönqvist (deputy)",
    ]


def test_due_defaults_to_the_next_meeting() -> None:
    _, output = run("governance", "due", str(EXAMPLE), "--date", "2023-03-01")
    assert output.splitlines()[0] == "Annual meeting 2023: the situation on 25.4.2023"
    _, output = run("governance", "due", str(EXAMPLE), "--date", "2023-06-01")
    assert output.splitlines()[0].startswith("Annual meeting 2024: the situation on 1.6.2023")


def test_the_board_in_2025_after_its_meeting_is_recorded(tmp_path: Path, example_copy: Path) -> None:
    append(
        example_copy / "governance.toml", '\n[[agm]]\nid = "arsmote-2025"\nyear = 2025\ndate = 2025-04-24\n'
    )
    code, output = run("governance", "roster", str(example_copy), "--date", "2025-05-01")
    assert code == 0
    assert "Kristin Mettenes" not in output
    assert "Gunn Knörr" not in output
    code, output = run("governance", "roster", str(example_copy), "--date", "2025-04-01")
    assert "Kristin Mettenes" in output


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


def test_the_roster_past_an_unrecorded_meeting_says_whose_terms_ended_there() -> None:
    code, output = run("governance", "roster", str(EXAMPLE), "--date", "1.1.2026", "--lang", "nb")
    assert code == 0
    lines = output.splitlines()
    assert "  Hege Mauroy (ansattrepresentant; til årsmøtet 2025, som ikke er registrert)" in lines
    assert "    vara: Gunn Knörr (til årsmøtet 2025, som ikke er registrert)" in lines
    assert "    vara: Maria S.B Winther" in lines  # her term's end is not bound to that meeting
    assert lines[-1] == (
        "Årsmøtet 2025 er ikke registrert: vervene som går ut der, opphørte før 1.1.2026, men er likevel"
        " vist her; oppgi møtets dato i en [[agm]]-oppføring."
    )


def test_the_roster_in_the_year_of_an_unrecorded_meeting_says_the_terms_may_be_over() -> None:
    _, output = run("governance", "roster", str(EXAMPLE), "--date", "1.9.2025")
    assert output.splitlines()[-1].startswith(
        "The annual meeting of 2025 is not recorded: if it was held by 1.9.2025, the terms that end there"
    )
    _, before = run("governance", "roster", str(EXAMPLE), "--date", "1.9.2024")
    assert "not recorded" not in before


def test_signatures_past_an_unrecorded_meeting_write_nothing_and_name_who(tmp_path: Path) -> None:
    target = tmp_path / "signatur.docx"
    code, output = run("export", "signatures", str(EXAMPLE), "--date", "2025-09-01", "-o", str(target))
    assert code == 1
    assert "the terms of Hege Mauroy end at the annual meeting of 2025, which is not recorded" in output
    assert not target.exists()


def test_signatures_before_a_planned_meeting_include_those_whose_terms_end_there(
    tmp_path: Path, example_copy: Path
) -> None:
    target = tmp_path / "signatur.docx"
    append(
        example_copy / "governance.toml",
        '\n[[agm]]\nid = "arsmote-2025"\nyear = 2025\ndate = 2025-10-01\nstatus = "planned"\n',
    )
    code, output = run("export", "signatures", str(example_copy), "--date", "2025-09-01", "-o", str(target))
    assert code == 0, output
    signed = [p.text for p in docx.Document(str(target)).paragraphs]
    assert "Hege Mauroy, sign." in signed
