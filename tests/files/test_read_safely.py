"""Reading never skips data silently and never hangs: every folder and file it cannot use is an error."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
import tomli
import tomlkit
from hypothesis import given, settings
from hypothesis import strategies as st

import kssgov
from kssgov.files import atomic
from kssgov.files.read import _decode_error, _depth, _nesting_bound, parse, read_file
from kssgov.messages import Phrase, text
from kssgov.problems import Problem

from ..conftest import write_dataset

ROW = '[[activity]]\nid = "{id}"\ndate = 2023-03-01\nwhere = "Møte"\ntopic = "T"\n'


def codes(folder: Path) -> list[tuple[str, str]]:
    return [(p.code, Path(p.location.file).name) for p in kssgov.check(folder).problems]


def test_a_folder_that_cannot_be_read_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_dataset(tmp_path / "d", {"a.toml": ROW.format(id="a")})
    hidden = folder / "2024"
    hidden.mkdir()
    (hidden / "b.toml").write_text(ROW.format(id="b"), encoding="utf-8")
    if os.geteuid() == 0:
        real = os.scandir

        def refuse(path: str | os.PathLike[str] = ".") -> Iterator[os.DirEntry[str]]:
            if Path(path) == hidden:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(os, "scandir", refuse)
    else:
        hidden.chmod(0)
    result = kssgov.check(folder)
    assert result.dataset is None
    (found,) = result.errors
    assert (found.code, found.location.file) == ("folder.unreadable", str(hidden))
    assert found.render("en") == f"{hidden}: error: the folder cannot be read: permission denied. " + (
        "Give yourself permission to read it, or move it out of the dataset folder."
    )
    assert "mappen kan ikke leses: ingen tilgang" in found.render("nb")


def test_a_fifo_named_toml_is_refused_without_waiting(tmp_path: Path) -> None:
    folder = write_dataset(tmp_path / "d", {"a.toml": ROW.format(id="a")})
    os.mkfifo(folder / "pipe.toml")
    script = "import kssgov, sys; print([p.code for p in kssgov.check(sys.argv[1]).errors])"
    result = subprocess.run(
        [sys.executable, "-c", script, str(folder)], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "['file.not_regular']"


def test_a_socket_or_fifo_as_the_settings_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    os.mkfifo(folder / "kssgov.toml")
    assert codes(folder) == [("file.not_regular", "kssgov.toml")]
    other = tmp_path / "e"
    write_dataset(other, {})
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(other / "s.toml"))
        assert codes(other) == [("file.not_regular", "s.toml")]


def test_links_to_files_and_folders_are_followed_and_loops_end(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.toml").write_text(ROW.format(id="b"), encoding="utf-8")
    folder = write_dataset(tmp_path / "d", {"a.toml": ROW.format(id="a")})
    (folder / "linked.toml").symlink_to(elsewhere / "b.toml")
    (folder / "more").symlink_to(elsewhere, target_is_directory=True)
    (folder / "more" / "loop").symlink_to(folder, target_is_directory=True)
    result = kssgov.check(folder)
    assert [e.code for e in result.errors] == ["id.duplicate"]
    (folder / "more").unlink()
    assert {a.id for a in kssgov.load(folder).activities} == {"a", "b"}


def test_a_dangling_link_is_an_error_naming_it(tmp_path: Path) -> None:
    folder = write_dataset(tmp_path / "d", {})
    (folder / "gone.toml").symlink_to(tmp_path / "missing.toml")
    (found,) = kssgov.check(folder).errors
    assert (found.code, found.location.file) == ("file.unreadable", str(folder / "gone.toml"))
    assert "the file cannot be read: it does not exist" in found.render("en")


def test_a_temporary_file_left_by_an_interrupted_write_is_reported(tmp_path: Path) -> None:
    folder = write_dataset(tmp_path / "d", {"a.toml": ROW.format(id="a")})
    left = atomic.temporary_name(folder / "a.toml")
    left.write_text("[[activity]]\nid = ", encoding="utf-8")
    result = kssgov.check(folder)
    assert result.dataset is not None
    (found,) = result.warnings
    assert (found.code, found.location.file) == ("file.leftover", str(left))
    assert found.message("en") == "a temporary file left by a change to a.toml that was interrupted"
    assert found.render("nb").startswith(f"{left}: advarsel: ")


def test_a_toml_error_kssgov_has_no_words_for_is_given_as_the_parser_says_it() -> None:
    error = tomli.TOMLDecodeError("Something new went wrong", "x = 1\ny = 2\n", 8)
    line, phrase = _decode_error(error)
    assert (line, phrase) == (2, Phrase("toml.other", detail="Something new went wrong"))
    assert text(phrase.code, "nb", **phrase.params) == "Something new went wrong"


def test_sixteen_levels_of_nesting_are_read_and_seventeen_refused() -> None:
    sixteen, seventeen = "x = " + "[" * 15 + "1" + "]" * 15, "x = " + "[" * 16 + "1" + "]" * 16
    found: list[Problem] = []
    assert parse(sixteen, "a.toml", found) is not None
    assert found == []
    assert parse(seventeen, "a.toml", found) is None
    assert [(p.code, p.message("en")) for p in found] == [
        ("file.too_deep", "the file nests tables or lists more than 16 levels deep")
    ]
    assert (_depth({}), _depth({"a": 1}), _depth([]), _depth([[]])) == (0, 1, 0, 1)


MIXED = """bogus = 1
consultation = ["x"]
alliance = [{ id = "a", kind = "network", name = "A" }]

[[activity]]
id = "bad"
date = 2023-02-07
where = " "
topic = "T"

[[activity]]
id = "good"
date = 2023-02-08
where = "W"
topic = "T"
"""


def test_every_problem_of_a_file_is_found_and_its_good_records_kept(tmp_path: Path) -> None:
    path = tmp_path / "mixed.toml"
    path.write_text(MIXED, encoding="utf-8")
    reading = read_file(path, "Europe/Oslo")
    assert [(p.code, p.location.line, p.location.field) for p in reading.problems] == [
        ("file.unknown_table", 1, None),
        ("file.not_a_list", 2, None),
        ("file.inline_records", 3, None),
        ("text.empty", 8, "where"),
    ]
    assert {table: [record.id for _, record in rows] for table, rows in reading.records.items()} == {
        "activity": ["good"]
    }


NESTED = st.recursive(
    st.integers(0, 9) | st.text("ab[]{}\"'", max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from("xyz"), inner, max_size=3),
    max_leaves=30,
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["a", "b", "c"]), NESTED, min_size=1, max_size=3))
def test_the_cheap_bound_on_nesting_is_never_below_the_depth(data: dict[str, object]) -> None:
    text = tomlkit.dumps(data)
    assert _nesting_bound(text) >= _depth(tomllib.loads(text))
