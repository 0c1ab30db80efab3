"""Atomic writes: whole files, modes a web server can read, links written through, leftovers cleaned."""

from __future__ import annotations

import errno
import os
import re
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kssgov import WriteError
from kssgov.files.atomic import STALE_SECONDS, leftovers, temporary_name, write_atomically, write_text


@pytest.fixture
def umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("umask")
def test_a_new_file_gets_the_mode_of_an_ordinary_file_under_the_umask(tmp_path: Path) -> None:
    write_text(tmp_path / "feed.ics", "x")
    assert mode(tmp_path / "feed.ics") == 0o644
    os.umask(0o077)
    write_text(tmp_path / "private.ics", "x")
    assert mode(tmp_path / "private.ics") == 0o600


@pytest.mark.usefixtures("umask")
def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "data.toml"
    target.write_text("old")
    target.chmod(0o640)
    write_text(target, "new")
    assert (target.read_text(), mode(target)) == ("new", 0o640)


def test_a_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    target = tmp_path / "real.toml"
    target.write_text("old")
    link = tmp_path / "link.toml"
    link.symlink_to(target)
    write_text(link, "new")
    assert link.is_symlink()
    assert target.read_text() == "new"


def test_leftovers_of_a_killed_write_are_removed_when_old_and_kept_while_fresh(tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    old, fresh = temporary_name(target), temporary_name(target)
    old.write_bytes(b"half")
    fresh.write_bytes(b"half")
    long_ago = time.time() - STALE_SECONDS - 5
    os.utime(old, (long_ago, long_ago))
    assert write_atomically(target, b"whole") == [old]
    assert not old.exists()
    assert fresh.exists()
    assert target.read_bytes() == b"whole"


def test_a_failed_write_raises_a_write_error_naming_the_file_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "x.docx"
    with pytest.raises(WriteError) as caught:
        write_atomically(target, b"x")
    assert isinstance(caught.value, OSError)
    assert caught.value.render("en") == (
        f"cannot write {target}: it does not exist; check that the folder exists and that you may write in it"
    )
    assert caught.value.render("nb").startswith(f"kan ikke skrive {target}: den finnes ikke")


@pytest.mark.usefixtures("umask")
def test_a_secret_is_written_readable_by_its_owner_only_even_over_a_readable_file(tmp_path: Path) -> None:
    target = tmp_path / "users.json"
    write_atomically(target, b"{}", mode=0o600)
    assert mode(target) == 0o600
    target.chmod(0o644)
    write_atomically(target, b"{}", mode=0o600)
    assert mode(target) == 0o600
    assert re.fullmatch(r"\.users\.json\.[0-9a-f]{12}\.tmp", temporary_name(target).name)


def test_a_failed_write_carries_the_systems_reason(tmp_path: Path) -> None:
    with pytest.raises(WriteError) as caught:
        write_atomically(tmp_path / "missing" / "x.docx", b"x")
    assert caught.value.errno == errno.ENOENT


def test_a_secrets_temporary_file_is_made_owner_only_before_a_byte_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[int] = []
    real_open = os.open

    def recorded(path: str | os.PathLike[str], flags: int, file_mode: int = 0o777) -> int:
        if flags & os.O_CREAT:
            made.append(file_mode)
        return real_open(path, flags, file_mode)

    monkeypatch.setattr(os, "open", recorded)
    write_atomically(tmp_path / "users.json", b"{}", mode=0o600)
    write_atomically(tmp_path / "report.docx", b"whole")
    assert made == [0o600, 0o666]


def test_a_leftover_exactly_as_old_as_the_limit_is_still_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = 2_000_000_000.0
    monkeypatch.setattr(time, "time", lambda: now)
    target = tmp_path / "report.docx"
    limit, older = temporary_name(target), temporary_name(target)
    for path, age in ((limit, STALE_SECONDS), (older, STALE_SECONDS + 1)):
        path.write_bytes(b"half")
        os.utime(path, (now - age, now - age))
    assert leftovers(target) == [older]


#: A writer in a process of its own: writes the two contents in turn to the target, forever.
WRITER = """
import sys
from kssgov.files.atomic import write_atomically
target, first, second = sys.argv[1], open(sys.argv[2], "rb").read(), open(sys.argv[3], "rb").read()
print("ready", flush=True)
while True:
    write_atomically(target, first)
    write_atomically(target, second)
"""


def _contents(tmp_path: Path) -> tuple[bytes, bytes, Path, Path]:
    """Two contents of several megabytes that differ from their first byte, and files holding them."""
    first, second = b"A" * 6_000_000 + b"\n", b"B" * 7_000_000 + b"\n"
    (tmp_path / "first").write_bytes(first)
    (tmp_path / "second").write_bytes(second)
    return first, second, tmp_path / "first", tmp_path / "second"


def _writer(target: Path, first: Path, second: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target), str(first), str(second)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline() == "ready\n"
    return process


def _stop(writer: subprocess.Popen[str]) -> None:
    """Kill *writer* at once, without letting it finish what it is doing."""
    writer.kill()
    writer.wait()
    if writer.stdout is not None:
        writer.stdout.close()


def test_a_reader_meanwhile_only_ever_sees_a_whole_file(tmp_path: Path) -> None:
    first, second, one, other = _contents(tmp_path)
    target = tmp_path / "feed.ics"
    target.write_bytes(first)
    writer = _writer(target, one, other)
    seen: set[bytes] = set()
    try:
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline or len(seen) < 2:
            content = target.read_bytes()  # as a web server or a calendar reads it
            assert content in (first, second), f"a reader saw {len(content)} bytes, not a whole file"
            seen.add(content[:1])
    finally:
        _stop(writer)
    assert seen == {b"A", b"B"}


def test_a_writer_killed_at_any_moment_leaves_a_whole_file(tmp_path: Path) -> None:
    first, second, one, other = _contents(tmp_path)
    target = tmp_path / "activities.toml"
    target.write_bytes(first)
    for moment in (0.01, 0.023, 0.037, 0.05, 0.071, 0.09, 0.13, 0.17):
        writer = _writer(target, one, other)
        time.sleep(moment)
        _stop(writer)  # as a power cut or an out-of-memory killer would
        assert target.read_bytes() in (first, second), f"killed after {moment} s: not a whole file"
