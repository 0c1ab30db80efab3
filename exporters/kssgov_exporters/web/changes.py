"""The history of the data when its folder is a git working tree: each save a commit, undo a revert.

A data folder may be shared: someone may have changed a file by hand and not
committed it. A save therefore commits exactly what it wrote and nothing else:
each written file goes into the commit as the last commit had it with the
save's change made in it (a three-way merge, ``git merge-file``), put together
in an index of the commit's own, so that other people's changes, staged or
not, stay where they are. Undo takes back exactly the files of the commit it
undoes, in the last commit and in the working tree alike, and leaves every
other change as it is. Only the data files are ever committed (never
``.kssgov/``, where the editors' password hashes and the session key live);
each commit names the editor as its author.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

import attrs
from filelock import FileLock

from kssgov import EditError
from kssgov.files.editing import FileText, Written, session
from kssgov.model.settings import WORKSPACE

_DATA_ONLY: Final = (".", f":(exclude){WORKSPACE}")
_EMPTY_TREE: Final = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"


@attrs.frozen
class Change:
    """One saved change: its commit, who made it, when, what it says, and whether it can be undone."""

    commit: str
    author: str
    when: str
    message: str
    undoable: bool


@attrs.frozen
class Recorded:
    """What a save left in the history: its commit (None if none was made), and what it left out.

    *others* are the data files with changes not saved through the editor, left
    out of the commit (a file the save wrote among them when it has others too);
    *apart* those of the save's own files whose other changes are so close to the
    save's that the two cannot be told apart: the save is then not committed at all.
    """

    commit: str | None
    others: tuple[str, ...] = ()
    apart: tuple[str, ...] = ()


class Conflict(Exception):
    """A file's change could not be made in another version of it."""


def _run(
    top: Path,
    *args: str,
    author: str | None = None,
    stdin: bytes | None = None,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    identity = ["-c", f"user.name={author}", "-c", f"user.email={author}@kssgov.invalid"] if author else []
    return subprocess.run(
        ["git", "-C", str(top), *identity, *args],
        input=stdin,
        capture_output=True,
        check=False,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def _out(top: Path, *args: str, env: Mapping[str, str] | None = None, author: str | None = None) -> str:
    done = _run(top, *args, env=env, author=author)
    return done.stdout.decode("utf-8", "replace").strip() if done.returncode == 0 else ""


def tracked(folder: Path) -> bool:
    """True when *folder* is inside a git working tree (and git is installed)."""
    if shutil.which("git") is None:
        return False
    return _out(folder, "rev-parse", "--is-inside-work-tree") == "true"


@attrs.frozen
class _Repository:
    """The git repository a data folder is in: its top, and the folder's path from there (``data/``)."""

    folder: Path
    top: Path
    prefix: str

    @classmethod
    def of(cls, folder: Path) -> _Repository:
        top = Path(_out(folder, "rev-parse", "--show-toplevel"))
        return cls(folder, top, _out(folder, "rev-parse", "--show-prefix"))

    def name(self, path: Path) -> str:
        """*path* (in the data folder) as git names it from the top."""
        return self.prefix + path.resolve().relative_to(self.folder.resolve()).as_posix()

    def head(self) -> str | None:
        return _out(self.top, "rev-parse", "--verify", "--quiet", "HEAD") or None

    def content(self, commit: str | None, name: str) -> bytes | None:
        """The file *name* in *commit*; None where the commit has no such file."""
        if commit is None:
            return None
        done = _run(self.top, "cat-file", "blob", f"{commit}:{name}")
        return done.stdout if done.returncode == 0 else None

    def entry(self, commit: str | None, name: str) -> tuple[str, str] | None:
        """The mode and blob of *name* in *commit*."""
        listed = _out(self.top, "ls-tree", commit, "--", name) if commit else ""
        return (listed.split()[0], listed.split()[2]) if listed else None

    def indexed(self, name: str) -> str | None:
        """The blob the working tree's index holds for *name*."""
        listed = _out(self.top, "ls-files", "--stage", "--", name)
        return listed.split()[1] if listed else None

    def lock(self) -> FileLock:
        (self.folder / WORKSPACE).mkdir(parents=True, exist_ok=True)
        return FileLock(str(self.folder / WORKSPACE / "history.lock"), timeout=60)

    def commit(
        self, head: str | None, contents: Mapping[str, bytes | None], message: str, author: str
    ) -> str | None:
        """Commit *head* with *contents* in place of its files (None: removed); None if nothing changed.

        The commit is put together in an index of its own. In the working tree's
        index, each of the files that still stood as in *head* is brought up to the
        commit; every other entry is left alone.
        """
        blobs: dict[str, str] = {}
        with tempfile.TemporaryDirectory(prefix="kssgov-index-") as scratch:
            alone = {"GIT_INDEX_FILE": str(Path(scratch) / "index")}
            _run(self.top, "read-tree", *([head] if head else ["--empty"]), env=alone)
            for name, content in contents.items():
                if content is None:
                    _run(self.top, "update-index", "--force-remove", "--", name, env=alone)
                    continue
                blobs[name] = _run(self.top, "hash-object", "-w", "--stdin", stdin=content).stdout.decode()
                blobs[name] = blobs[name].strip()
                mode = (self.entry(head, name) or ("100644", ""))[0]
                _run(
                    self.top,
                    "update-index",
                    "--add",
                    "--cacheinfo",
                    f"{mode},{blobs[name]},{name}",
                    env=alone,
                )
            tree = _out(self.top, "write-tree", env=alone)
        if not tree or tree == (_out(self.top, "rev-parse", f"{head}^{{tree}}") if head else _EMPTY_TREE):
            return None
        made = _out(
            self.top, "commit-tree", tree, *(["-p", head] if head else []), "-m", message, author=author
        )
        if not made:
            return None
        _run(self.top, "update-ref", "-m", f"kssgov: {message}", "HEAD", made, *([head] if head else []))
        for name, content in contents.items():
            before = self.entry(head, name)
            if self.indexed(name) != (before[1] if before else None):
                continue  # someone staged their own version: theirs stays staged
            if content is None:
                _run(self.top, "update-index", "--force-remove", "--", name)
            else:
                mode = (before or ("100644", ""))[0]
                _run(self.top, "update-index", "--add", "--cacheinfo", f"{mode},{blobs[name]},{name}")
        return made


def merged(ours: bytes | None, base: bytes | None, theirs: bytes | None) -> bytes | None:
    """*ours* with the change from *base* to *theirs* made in it; :class:`Conflict` if it cannot be.

    None stands for a file that does not exist.
    """
    if ours == base:
        return theirs
    if theirs == base or ours == theirs:
        return ours
    if ours is None or base is None or theirs is None:
        raise Conflict
    with tempfile.TemporaryDirectory(prefix="kssgov-merge-") as scratch:
        files = []
        for label, content in (("ours", ours), ("base", base), ("theirs", theirs)):
            file = Path(scratch) / label
            file.write_bytes(content)
            files.append(str(file))
        done = subprocess.run(
            ["git", "merge-file", "-p", "--quiet", *files], capture_output=True, check=False, timeout=60
        )
    if done.returncode != 0:
        raise Conflict
    return done.stdout


def others(folder: Path) -> tuple[str, ...]:
    """The data files (as the folder names them) with changes not in the last commit, new files too."""
    if not tracked(folder):
        return ()
    repository = _Repository.of(folder)
    listed = _run(folder, "status", "--porcelain", "-z", "--untracked-files=all", "--", *_DATA_ONLY)
    found = set()
    entries = iter(listed.stdout.decode("utf-8", "replace").split("\0"))
    for entry in entries:
        if len(entry) < 4:
            continue
        found.add(entry[3:].removeprefix(repository.prefix))  # porcelain paths are from the top
        if entry[0] in "RC":
            next(entries, None)  # a rename's old name follows
    return tuple(sorted(found))


def record(folder: Path, author: str, message: str, written: Sequence[Written]) -> Recorded:
    """Commit what a save *written* changed in each file, and nothing else, as *author*."""
    if not tracked(folder):
        return Recorded(None)
    repository = _Repository.of(folder)
    with repository.lock():
        head = repository.head()
        contents: dict[str, bytes | None] = {}
        apart = []
        for change in written:
            name = repository.name(change.path)
            before = None if change.before is None else change.before.encode("utf-8")
            try:
                contents[name] = merged(repository.content(head, name), before, change.after.encode("utf-8"))
            except Conflict:
                apart.append(name.removeprefix(repository.prefix))
        if apart:
            return Recorded(None, others(folder), tuple(apart))
        return Recorded(repository.commit(head, contents, message, author), others(folder))


def recent(folder: Path, count: int = 10) -> list[Change]:
    """The last *count* changes to the data, newest first."""
    if not tracked(folder):
        return []
    listed = _out(
        folder,
        "log",
        f"-n{count}",
        "--format=%H%x1f%P%x1f%an%x1f%ad%x1f%s",
        "--date=format:%d.%m.%Y %H:%M",
        "--",
        ".",
    )
    found = []
    for line in listed.splitlines():
        commit, parents, author, when, message = line.split("\x1f", 4)
        found.append(Change(commit, author, when, message, undoable=len(parents.split()) == 1))
    return found


def undo(folder: Path, commit: str, author: str, message: str) -> bool:
    """Take back *commit* as a new commit by *author*; False (and nothing changed) when that cannot be.

    Only the data files *commit* changed are touched: each is given back, in the
    last commit and in the working tree, as it would be without *commit*'s change.
    Nothing is done when that change cannot be told apart from later ones, or
    when the data would not be valid afterwards.
    """
    if not tracked(folder) or not (7 <= len(commit) <= 64 and all(c in "0123456789abcdef" for c in commit)):
        return False
    repository = _Repository.of(folder)
    with repository.lock():
        head = repository.head()
        parents = _out(repository.top, "rev-list", "--parents", "-n1", commit, "--").split()
        if head is None or len(parents) != 2:
            return False  # the first commit, a merge, or no commit at all
        if _run(repository.top, "merge-base", "--is-ancestor", parents[0], head).returncode != 0:
            return False
        full, parent = parents
        listed = _out(repository.top, "diff-tree", "--no-commit-id", "-r", "-z", "--name-only", parent, full)
        names = [n for n in listed.split("\0") if n and _in_data(n, repository.prefix)]
        if not names:
            return False
        committed: dict[str, bytes | None] = {}
        working: dict[Path, bytes | None] = {}
        try:
            for name in names:
                then, before = repository.content(full, name), repository.content(parent, name)
                committed[name] = merged(repository.content(head, name), then, before)
                file = folder / name.removeprefix(repository.prefix)
                working[file] = merged(file.read_bytes() if file.exists() else None, then, before)
        except (Conflict, OSError):
            return False
        if not _put_back(folder, working):
            return False
        repository.commit(head, committed, message, author)
    return True


def _in_data(name: str, prefix: str) -> bool:
    """True for a file of the data folder at *prefix*, outside its ``.kssgov/``."""
    return name.startswith(prefix) and name.removeprefix(prefix).split("/", 1)[0] != WORKSPACE


def _put_back(folder: Path, contents: Mapping[Path, bytes | None]) -> bool:
    """Write *contents* into the working tree, if the data stays valid with them; True when written."""
    try:
        # A file the commit made is checked as empty, then removed.
        texts = {path: FileText((c or b"").decode("utf-8")) for path, c in contents.items()}
        with session(folder) as change:
            change.commit(texts)
            for path, content in contents.items():
                if content is None and path.exists():
                    path.unlink()
    except (EditError, UnicodeDecodeError, OSError):
        return False
    return True
