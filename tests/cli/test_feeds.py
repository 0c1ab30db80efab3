"""The feed commands: export ical, publish."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kssgov.cli import main

from ..conftest import append, write_dataset
from ..feeds import assert_sound_feed

TOKEN = "members-token-0123456789"


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """The command run in English (the example's own language is bokmål) unless *env* says otherwise."""
    result = CliRunner().invoke(main, list(args), env={"KSSGOV_LANG": "en", **(env or {})})
    return result.exit_code, result.output


def test_export_ical_keeps_its_history_in_the_dataset(example_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "moter.ics"
    code, output = run("export", "ical", str(example_copy), "-o", str(target), "--audience", "members")
    assert code == 0, output
    assert_sound_feed(target.read_bytes())
    assert (example_copy / ".kssgov" / "feed-history.json").is_file()


def test_publish_writes_the_feeds_and_the_pages(example_copy: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    env = {"KSSGOV_MEMBERS_TOKEN": TOKEN, "SOURCE_DATE_EPOCH": "1704067200"}
    code, output = run(
        "publish", str(example_copy), "--to", str(site), "--base-url", "https://example.org/kal", env=env
    )
    assert code == 0, output
    pages = [
        f"{folder}index{suffix}.html"
        for folder in ("", "kommende/", "politikk/2023/")
        for suffix in ("", ".en", ".nn")
    ]
    assert sorted(str(p.relative_to(site)) for p in site.rglob("*") if p.is_file()) == sorted(
        ["calendar-en.ics", "calendar-nn.ics", "calendar.ics", *pages]
        + [f"{TOKEN}/calendar-en.ics", f"{TOKEN}/calendar-nn.ics", f"{TOKEN}/calendar.ics"]
        + [f"{TOKEN}/{page}" for page in pages]
        + ["static/kssgov.css", "static/politikk.js"]
    )
    for feed in site.rglob("*.ics"):
        assert_sound_feed(feed.read_bytes())
    page = (site / "index.html").read_text(encoding="utf-8")
    assert "webcal://example.org/kal/calendar.ics" in page
    assert "https://example.org/kal/calendar-en.ics" in page
    for public in site.glob("**/*.html"):
        if not public.relative_to(site).as_posix().startswith(TOKEN):
            assert TOKEN not in public.read_text(encoding="utf-8"), public
    members = (site / TOKEN / "index.html").read_text(encoding="utf-8")
    assert f"webcal://example.org/kal/{TOKEN}/calendar.ics" in members


def test_a_short_token_in_the_settings_is_an_error(example_copy: Path) -> None:
    settings = example_copy / "kssgov.toml"
    append(settings, '\n[access]\nboard_token = "short"\n')
    code, output = run("check", str(example_copy))
    assert code == 1
    assert "kssgov.toml:15: error: field 'access.board_token': the token is too short" in output


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"KSSGOV_BOARD_TOKEN": "a"}, "the token in KSSGOV_BOARD_TOKEN is not usable"),
        (
            {"KSSGOV_MEMBERS_TOKEN": "same-token-0123456789", "KSSGOV_BOARD_TOKEN": "same-token-0123456789"},
            "the members' token and the board's token are the same",
        ),
    ],
)
def test_tokens_from_the_environment_are_checked_as_strictly(
    example_copy: Path, tmp_path: Path, environ: dict[str, str], expected: str
) -> None:
    result = CliRunner().invoke(
        main,
        ["publish", str(example_copy), "--to", str(tmp_path / "site"), "--base-url", "https://x.org"],
        env={"KSSGOV_LANG": "en", **environ},
    )
    assert result.exit_code == 1
    assert expected in result.output
    assert not (tmp_path / "site").exists()


def test_no_line_break_reaches_a_feed_even_without_asserts(tmp_path: Path) -> None:
    folder = write_dataset(tmp_path / "d", {}, settings='name = "KSS\\nX-INJECTED:1"\nyear = 2023\n')
    command = [
        sys.executable,
        "-O",
        "-m",
        "kssgov.cli",
        "export",
        "ical",
        str(folder),
        "-o",
        str(tmp_path / "c.ics"),
    ]
    result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "KSSGOV_LANG": "en"})
    assert result.returncode == 1
    assert "kssgov.toml:1: error: field 'name': the text holds a line break" in result.stderr
    assert not (tmp_path / "c.ics").exists()
