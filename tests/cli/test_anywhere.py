"""``kssgov`` anywhere, under any input: a clear message and exit 0, 1 or 2, never a traceback."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kssgov.cli import main

from ..conftest import EXAMPLE

OUTSIDE = [
    ["add", "activity", "--date", "1.1.2024", "--where", "x", "--topic", "y"],
    ["edit", "x", "--set", "topic=y"],
    ["cancel", "x"],
    ["fmt"],
    ["export", "politics", "-o", "p.docx"],
    ["export", "ical", "-o", "c.ics"],
    ["governance", "roster"],
    ["governance", "due"],
    ["fill", "report.docx", "-o", "x.docx"],
    ["publish", "--to", "site", "--base-url", "https://example.org"],
    ["serve"],
]


@pytest.fixture
def nowhere(tmp_path: Path) -> Iterator[Path]:
    before = Path.cwd()
    os.chdir(tmp_path)
    (tmp_path / "report.docx").write_bytes(b"PK")
    yield tmp_path
    os.chdir(before)


@pytest.mark.usefixtures("nowhere")
@pytest.mark.parametrize("args", OUTSIDE, ids=lambda a: " ".join(a[:2]))
def test_outside_a_dataset_one_sentence_says_so(args: list[str]) -> None:
    result = CliRunner().invoke(main, args, env={"KSSGOV_LANG": "en", "KSSGOV_DATASET": ""})
    assert result.exit_code == 1, result.output
    assert result.output == (
        "Error: there is no dataset in .: it has no kssgov.toml; "
        "name the dataset's folder as the last argument, or set KSSGOV_DATASET\n"
    )


WORDS = st.sampled_from(
    [
        "check",
        "schema",
        "export",
        "exporters",
        "fill",
        "add",
        "edit",
        "cancel",
        "fmt",
        "import",
        "governance",
        "roster",
        "due",
        "publish",
        "politics",
        "report",
        "signatures",
        "ical",
        "activity",
        "term",
        "body",
        "csv",
        "docx",
        "data",
        "-o",
        "out.docx",
        "out.ics",
        "--date",
        "--year",
        "--from",
        "--to",
        "--kind",
        "--lang",
        "nb",
        "en",
        "--audience",
        "board",
        "--set",
        "--unset",
        "topic=x",
        "date=31.2.2024",
        "--strict",
        "--as-of",
        "--template",
        "--pdf",
        "--force",
        "--to",
        "--base-url",
        "--agm",
        "--body",
        "--where",
        "--topic",
        "--id",
        "x",
        "2023-01-30-redd-barna",
        "30.2.2023",
        "7.-8.2.2023",
        "2024",
        "99999",
        "-1",
        "--help",
        "--grace-days",
        "--settings",
        "styret",
    ]
)
ARGS = st.lists(WORDS | st.text(max_size=12), min_size=1, max_size=8).filter(lambda a: "serve" not in a)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("anywhere")
    shutil.copytree(EXAMPLE, folder / "data")
    before = Path.cwd()
    os.chdir(folder)
    yield folder
    os.chdir(before)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ARGS)
def test_any_command_line_ends_in_a_message_not_a_traceback(scratch: Path, args: list[str]) -> None:
    result = CliRunner().invoke(main, args, input="\n" * 20, env={"KSSGOV_DATASET": str(scratch / "data")})
    assert result.exit_code in (0, 1, 2), (args, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exception)
    assert "Traceback" not in result.output


def test_an_argument_with_a_nul_character_is_refused_in_one_sentence() -> None:
    for args in (["check", "a\x00b"], ["export", "politics", ".", "-o", "a\x00.docx"], ["serve", "\x00"]):
        result = CliRunner().invoke(main, args, env={"KSSGOV_LANG": "en"})
        assert result.exit_code == 2
        assert "holds a NUL character (shown as \\0)" in result.output
        assert "Traceback" not in result.output
