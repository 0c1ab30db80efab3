"""Every word for people is in the catalogue, in both languages, and bokmål output holds no English."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner

from kssgov import (
    RECORD_TYPES,
    Language,
)
from kssgov.cli import main
from kssgov.messages import (
    CATALOG,
    NOUNS,
    Count,
    Phrase,
    counted,
    join,
    number,
    text,
    user_language,
)

from .conftest import EXAMPLE, write_dataset
from .english import data_words, english_words
from .files.test_corpus import CASES


#: Words of English that are not also words of bokmål: one of these in bokmål output is a leak.
def run_nb(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), env={"KSSGOV_LANG": "nb"})
    assert "Traceback" not in result.output
    return result.output


def test_the_detector_finds_english_and_passes_bokmal() -> None:
    assert english_words("Error: the file cannot be read") == ["Error", "the", "file", "cannot", "read"]
    assert english_words("This field is required.") == ["This", "field", "is", "required"]
    assert english_words("Feil: filen kan ikke leses; sjekk 'the value' i /tmp/the/file.toml") == []


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_broken_dataset_is_reported_in_bokmal(case: Path) -> None:
    output = run_nb("check", str(case))
    assert english_words(output) == [], output


def bokmal_runs(tmp_path: Path) -> Iterator[tuple[str, ...]]:
    folder = write_dataset(tmp_path / "d", {}, settings='name = "KSS"\nyear = 2024\n')
    broken = write_dataset(
        tmp_path / "broken",
        {"a.toml": '[[activity]]\nid = "a"\ndate = "30.2.2023"\nwhere = "w"\ntopic = "t"\n'},
    )
    sheet = tmp_path / "rader.csv"
    sheet.write_text("Dato;Hvor;Tema\n6.1.2024;Møte;Tema\n31.2.2024;x;y\n;x;y\n", encoding="utf-8")
    yield ("check", str(EXAMPLE))
    yield ("check", str(EXAMPLE), "--strict")
    yield ("check", str(folder))
    yield ("check", str(tmp_path / "nowhere"))
    yield (
        "add",
        "activity",
        str(folder),
        "--date",
        "1.3.2024",
        "--where",
        "Møte",
        "--topic",
        "T",
        "--id",
        "m",
    )
    yield ("add", "activity", str(folder), "--date", "1.3.2024", "--where", "Møte", "--topic", "T")
    yield (
        "add",
        "activity",
        str(folder),
        "--date",
        "2.3.2024",
        "--where",
        "Møte",
        "--topic",
        "T",
        "--alliance",
        "x",
    )
    yield ("add", "activity", str(broken), "--date", "2.3.2024", "--where", "Møte", "--topic", "T")
    yield ("edit", "m", str(folder), "--set", "topic=Ny")
    yield ("edit", "zzz", str(folder), "--set", "topic=Ny")
    yield ("edit", "m", str(folder), "--set", "id=x")
    yield ("edit", "m", str(folder), "--set", "kind=picnic")
    yield ("cancel", "m", str(folder))
    yield ("fmt", str(folder))
    yield ("import", "csv", str(sheet), str(folder))
    yield ("export", "politics", str(EXAMPLE), "-o", str(tmp_path / "p.docx"))
    yield ("export", "politics", str(broken), "-o", str(tmp_path / "x.docx"))
    yield ("export", "politics", str(EXAMPLE), "-o", str(tmp_path / "missing" / "p.docx"))
    yield ("export", "signatures", str(EXAMPLE), "-o", str(tmp_path / "s.docx"), "--date", "1.1.2030")
    yield ("export", "ical", str(EXAMPLE), "-o", str(tmp_path / "c.ics"), "--body", "nobody")
    yield ("exporters",)
    yield ("governance", "roster", str(EXAMPLE), "--date", "1.3.2024")
    yield ("governance", "due", str(EXAMPLE), "--agm", "2023")
    yield ("fill", str(tmp_path / "p.docx"), str(EXAMPLE), "-o", str(tmp_path / "f.docx"))


def test_the_command_line_speaks_bokmal(tmp_path: Path) -> None:
    for args in bokmal_runs(tmp_path):
        output = run_nb(*args)
        assert output.strip(), args
        assert english_words(output, besides=data_words(EXAMPLE)) == [], (args, output)


def run_in_a_locale(locale: str, *args: str, chosen: str | None = None) -> str:
    """``kssgov ARGS`` as a person whose system speaks *locale* runs it (or who chose a language):
    help words are made at start, in a process of its own."""
    environ = {k: v for k, v in os.environ.items() if k not in ("KSSGOV_LANG", "LC_ALL", "LC_MESSAGES")}
    result = subprocess.run(
        [str(Path(sys.executable).parent / "kssgov"), *args],
        env={**environ, "LANG": locale, **({"KSSGOV_LANG": chosen} if chosen else {})},
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in result.stderr
    return result.stdout + result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("--help",),
        ("check", "--help"),
        ("serve", "--help"),
        ("publish", "--help"),
        ("editor", "--help"),
        ("editor", "add", "--help"),
        ("check", "--nope"),
        ("export", "politics", "--year", "abc"),
    ],
)
def test_help_and_the_command_lines_own_errors_speak_bokmal(args: tuple[str, ...]) -> None:
    output = run_in_a_locale("nb_NO.UTF-8", *args)
    assert output.startswith(f"Bruk: kssgov {args[0]}" if args != ("--help",) else "Bruk: kssgov [VALG]")
    assert english_words(output) == [], output


def test_the_command_lines_own_words_in_each_language() -> None:
    def run(language: str, *args: str) -> str:
        return run_in_a_locale("C.UTF-8", *args, chosen=language)

    assert run("nb", "check", "--nope") == (
        "Bruk: kssgov check [VALG] DATASETT\n"
        "Skriv 'kssgov check --help' for å få hjelp.\n\n"
        "Feil: Valget '--nope' finnes ikke.\n"
    )
    assert run("nn", "check", "--nope") == (
        "Bruk: kssgov check [VAL] DATASETT\n"
        "Skriv 'kssgov check --help' for å få hjelp.\n\n"
        "Feil: Valet '--nope' finst ikkje.\n"
    )
    assert run("en", "check", "--nope") == (
        "Usage: kssgov check [OPTIONS] DATASET\n"
        "Try 'kssgov check --help' for help.\n\n"
        "Error: No such option '--nope'.\n"
    )
    assert run("nb", "exporters", "x", "y").endswith("Feil: Fikk argumenter for mye (x y)\n")
    assert run("nb", "exporters", "x").endswith("Feil: Fikk et argument for mye (x)\n")
    assert run("nn", "exporters", "x").endswith("Feil: Fekk eitt argument for mykje (x)\n")
    assert run("nb", "check", "--lang", "xx").endswith(
        "Feil: Ugyldig verdi for '--lang': 'xx' er ikke en av 'nb', 'nn', 'en'.\n"
    )


@pytest.mark.parametrize(
    "args",
    [
        ("--lang", "nn", "add", "--help"),
        ("add", "--lang", "nn", "--help"),
        ("import", "--help", "--lang", "nn"),
        ("governance", "--lang", "nn", "--help"),
        ("export", "--lang", "nn", "--help"),
        ("--lang", "nn", "--help"),
    ],
)
def test_lang_is_taken_before_or_after_any_command(args: tuple[str, ...]) -> None:
    """The help says ``--lang`` chooses the language: it does so wherever it stands, groups too."""
    output = run_in_a_locale("en_GB.UTF-8", *args)
    assert output.startswith("Bruk: kssgov"), output
    assert re.search(r"--lang \[nb\|nn\|en\]\s+Språket i meldingane", output), output


def test_words_inside_messages_follow_the_language() -> None:
    phrase = Phrase("type.wrong", value=5, expected=Phrase("expect.year"))
    assert phrase.render("en") == "5 has the wrong type: expected a year such as 2023"
    assert phrase.render("nb") == "5 har feil type: forventet et årstall som 2023"
    assert Count("meeting", 1).render("nb") == "1 møte"
    assert Count("meeting", 6, in_words=True).render("nb") == "seks møter"
    assert Count("meeting", 1, in_words=True).render("nb") == "ett møte"
    assert Count("case", 1, in_words=True).render("nb") == "én sak"
    assert Count("case", 51, in_words=True).render("nb") == "51 saker"
    assert Count("meeting", 2, in_words=True).render("en") == "two meetings"
    assert counted("error", 0, "en") == "0 errors"
    assert number(13, "nb") == "13"
    assert join(["A", "B", "C"], "nb") == "A, B og C"
    assert join(["A", "B"], "en") == "A and B"
    assert join(["A"], "nb") == "A"
    assert set(NOUNS) >= {"noun.meeting", "noun.case", "noun.error", "noun.warning"}


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"KSSGOV_LANG": "nb"}, "nb"),
        ({"KSSGOV_LANG": "en", "LANG": "nb_NO.UTF-8"}, "en"),
        ({"LANG": "nb_NO.UTF-8"}, "nb"),
        ({"LC_ALL": "nn_NO.UTF-8", "LANG": "en_GB.UTF-8"}, "nn"),
        ({"LANG": "no_NO.UTF-8"}, "nb"),
        ({"KSSGOV_LANG": "nn"}, "nn"),
        ({"KSSGOV_DATASET": "/nonexistent"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"KSSGOV_LANG": "de"}, "en"),
        ({}, "en"),
    ],
)
def test_the_language_of_the_person_at_the_keyboard(environ: dict[str, str], expected: str) -> None:
    assert user_language(environ) == expected


def test_every_field_a_person_fills_in_has_a_label_and_help_in_both_languages() -> None:
    for table, record_type in RECORD_TYPES.items():
        for field in attrs.fields(record_type.cls):
            if field.name == "id":
                continue
            assert f"prompt.field.{field.name}" in CATALOG, (table, field.name)
            assert f"field.{table}.{field.name}" in CATALOG or f"field.{field.name}" in CATALOG, (
                table,
                field.name,
            )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nb", "Pål og Per har plass 'nord-1' i Styret samtidig (fra 26.4.2023)"),
        ("en", "Pål and Per hold seat 'nord-1' of Styret at the same time (from 26.4.2023)"),
    ],
)
def test_a_day_in_a_message_is_written_as_the_organisation_writes_it(
    language: Language, expected: str
) -> None:
    seat = Phrase("seat.named", value="nord-1")
    said = text(
        "term.seat_overlap",
        language,
        person="Pål",
        other_person="Per",
        seat=seat,
        body="Styret",
        date=dt.date(2023, 4, 26),
    )
    assert said == expected
