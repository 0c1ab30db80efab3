"""Every example the help gives runs as written, in every language, and every command it names exists.

An example is a paragraph of the help that is one line starting with ``kssgov``: a person copies it,
puts their dataset where the help says ``DATASET`` (in their language), and runs it.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kssgov import Language
from kssgov.messages import text

from .conftest import EXAMPLE
from .helps import every_help

LANGUAGES: tuple[Language, ...] = ("nb", "nn", "en")
KSSGOV = Path(sys.executable).with_name("kssgov")
#: Where the help's examples expect the example dataset: the repository's own layout.
EXAMPLE_PLACE = "examples/kss-2023"


def examples(help_text: str) -> list[str]:
    """The one-line paragraphs of *help_text* that are a kssgov command line."""
    paragraphs = [p.strip("\n") for p in re.split(r"\n\s*\n", help_text)]
    return [p.strip() for p in paragraphs if "\n" not in p and p.strip().startswith("kssgov ")]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module", params=LANGUAGES)
def helps(request: pytest.FixtureRequest) -> tuple[Language, dict[str, str]]:
    found, _ = every_help(request.param)
    return request.param, found


def test_the_examples_are_found(helps: tuple[Language, dict[str, str]]) -> None:
    _, found = helps
    commands = {path for path, shown in found.items() if examples(shown)}
    assert {"add", "edit", "export"} <= commands


def test_every_example_runs_as_written(helps: tuple[Language, dict[str, str]], tmp_path: Path) -> None:
    language, found = helps
    dataset = text("metavar.dataset", language)
    lines = sorted({line for shown in found.values() for line in examples(shown)})
    assert lines
    for number, line in enumerate(lines):
        where = tmp_path / str(number)
        shutil.copytree(EXAMPLE, where / EXAMPLE_PLACE)
        before = snapshot(where)
        words = [EXAMPLE_PLACE if word == dataset else word for word in shlex.split(line)]
        assert words[0] == "kssgov"
        done = subprocess.run(
            [str(KSSGOV), *words[1:]],
            cwd=where,
            env={"PATH": "/usr/bin:/bin", "KSSGOV_LANG": language, "LANG": "C.UTF-8"},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, f"{line}\n{done.stdout}{done.stderr}"
        assert "Traceback" not in done.stderr
        assert snapshot(where) != before, f"{line} changed nothing"


def test_every_command_the_help_names_exists(helps: tuple[Language, dict[str, str]]) -> None:
    _, found = helps
    commands = {path.split()[0] for path in found if path}
    mention = re.compile(r"\bkssgov ([a-z-]+)(?![^\W\d_])")  # a word of prose (kssgov spør) is no command
    named = {name for shown in found.values() for name in mention.findall(shown)}
    assert named - commands == set()
    assert {"check", "export", "exporters"} <= named
