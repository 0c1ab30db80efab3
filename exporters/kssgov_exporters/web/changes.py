"""The history of the data when its folder is a git working tree: each save a commit, undo a revert.

Only the data files are committed (never ``.kssgov/``, where the editors'
password hashes and the session key live); each commit names the editor as
its author.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import attrs

from kssgov import check

_DATA_ONLY = (".", ":(exclude).kssgov")


@attrs.frozen
class Change:
    """One saved change: its commit, who made it, when, and what it says."""

    commit: str
    author: str
    when: str
    message: str


def _git(folder: Path, *args: str, author: str | None = None) -> subprocess.CompletedProcess[str]:
    identity = ["-c", f"user.name={author}", "-c", f"user.email={author}@kssgov.invalid"] if author else []
    return subprocess.run(
        ["git", "-C", str(folder), *identity, *args], capture_output=True, text=True, check=False, timeout=60
    )


def tracked(folder: Path) -> bool:
    """True when *folder* is inside a git working tree (and git is installed)."""
    if shutil.which("git") is None:
        return False
    return _git(folder, "rev-parse", "--is-inside-work-tree").stdout.strip() == "true"


def record(folder: Path, author: str, message: str) -> str | None:
    """Commit the data files as *author*; the commit, or None when there was nothing to commit."""
    if not tracked(folder):
        return None
    _git(folder, "add", "-A", "--", *_DATA_ONLY)
    done = _git(folder, "commit", "--quiet", "-m", message, "--", *_DATA_ONLY, author=author)
    if done.returncode != 0:
        return None
    return _git(folder, "rev-parse", "HEAD").stdout.strip()


def recent(folder: Path, count: int = 10) -> list[Change]:
    """The last *count* changes to the data, newest first."""
    if not tracked(folder):
        return []
    listed = _git(
        folder,
        "log",
        f"-n{count}",
        "--format=%H%x1f%an%x1f%ad%x1f%s",
        "--date=format:%d.%m.%Y %H:%M",
        "--",
        ".",
    )
    found = []
    for line in listed.stdout.splitlines():
        commit, author, when, message = line.split("\x1f", 3)
        found.append(Change(commit, author, when, message))
    return found


def undo(folder: Path, commit: str, author: str) -> bool:
    """Revert *commit* as a new commit by *author*; False (and nothing changed) when that cannot be.

    The revert is kept only if the data is still valid afterwards.
    """
    if not tracked(folder) or not all(c in "0123456789abcdef" for c in commit) or len(commit) < 7:
        return False
    if _git(folder, "status", "--porcelain", "--", *_DATA_ONLY).stdout.strip():
        return False
    if _git(folder, "revert", "--no-edit", commit, author=author).returncode != 0:
        _git(folder, "revert", "--abort")
        return False
    if check(folder).dataset is None:
        _git(folder, "reset", "--keep", "--quiet", "HEAD~1")
        return False
    return True
