"""The editors who may change the data from a browser: names, argon2 password hashes, and sessions.

Kept beside the dataset in ``DATASET/.kssgov/editors.json`` (never published,
readable by its owner only), managed with ``kssgov editor add`` and
``kssgov editor remove``. Passwords are hashed with argon2id (argon2-cffi's
defaults, which follow RFC 9106).

Each editor also has a session stamp, a random value kept in the same file and
copied into the signed cookie at login. The server compares the two on every
request, so that logging out, a new password and removing the editor end every
session of that editor at once, copies of the cookie included.
"""

from __future__ import annotations

import json
import os
import secrets
import threading
from pathlib import Path
from typing import Final

import attrs
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from filelock import FileLock

from kssgov import PluginError, write_atomically
from kssgov.model.settings import WORKSPACE
from kssgov.translations import Text, catalogue

from .words import DOMAIN

FILE: Final = "editors.json"
KEY_FILE: Final = "session-key"
MINIMUM_PASSWORD: Final = 12
_HASHER: Final = PasswordHasher()

ERRORS: Final = catalogue(
    DOMAIN,
    {
        "short_password": Text(
            "the password is too short: it needs at least {minimum} characters",
            "choose a longer password, for instance a few words",
        ),
        "bad_name": Text(
            "{value!r} cannot be an editor's name",
            "use letters, digits, dots, hyphens or underscores, at most 64",
        ),
        "no_editor": Text("there is no editor called {value!r}"),
        "unreadable": Text(
            "{path} cannot be read as the list of editors",
            "remove it and add the editors again with 'kssgov editor add'",
        ),
    },
)


@attrs.frozen
class Editor:
    """One editor: the password's argon2 hash, and the stamp every cookie of theirs must carry."""

    hash: str
    stamp: str


def _path(folder: Path) -> Path:
    return folder / WORKSPACE / FILE


def _new_stamp() -> str:
    return secrets.token_urlsafe(16)


def editors(folder: Path) -> dict[str, Editor]:
    """Each editor by name."""
    path = _path(folder)
    if not path.exists():
        return {}
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
        return {str(name): _editor(value) for name, value in found["editors"].items()}
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        raise PluginError(ERRORS["unreadable"], path=path) from None


def _editor(value: object) -> Editor:
    """An entry of the file; a bare hash (as kssgov wrote them before sessions had stamps) is one too."""
    if isinstance(value, str):
        return Editor(value, "")
    if isinstance(value, dict) and isinstance(value["hash"], str) and isinstance(value["stamp"], str):
        return Editor(value["hash"], value["stamp"])
    raise TypeError(value)


def _save(folder: Path, found: dict[str, Editor]) -> None:
    path = _path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    entries = {name: {"hash": e.hash, "stamp": e.stamp} for name, e in sorted(found.items())}
    text = json.dumps({"editors": entries}, indent=1, ensure_ascii=False) + "\n"
    write_atomically(path, text.encode("utf-8"), mode=0o600)


def _changing(folder: Path) -> FileLock:
    """The lock a change to the file is made under: the command line and the server both change it."""
    (folder / WORKSPACE).mkdir(parents=True, exist_ok=True)
    return FileLock(str(folder / WORKSPACE / "editors.lock"), timeout=30)


def valid_name(name: str) -> bool:
    return 0 < len(name) <= 64 and all(c.isalnum() or c in "._-" for c in name)


def add_editor(folder: Path, name: str, password: str) -> None:
    """Add the editor *name*, or give them a new password (which ends their sessions)."""
    if not valid_name(name):
        raise PluginError(ERRORS["bad_name"], value=name)
    if len(password) < MINIMUM_PASSWORD:
        raise PluginError(ERRORS["short_password"], minimum=MINIMUM_PASSWORD)
    hashed = _HASHER.hash(password)
    with _changing(folder):
        found = editors(folder)
        found[name] = Editor(hashed, _new_stamp())
        _save(folder, found)


def remove_editor(folder: Path, name: str) -> None:
    """Remove the editor *name*; their sessions end with it."""
    with _changing(folder):
        found = editors(folder)
        if name not in found:
            raise PluginError(ERRORS["no_editor"], value=name)
        del found[name]
        _save(folder, found)


def end_sessions(folder: Path, name: str) -> None:
    """End every session of the editor *name* (a new stamp); nothing happens for a name that is none."""
    with _changing(folder):
        found = editors(folder)
        if name in found:
            found[name] = attrs.evolve(found[name], stamp=_new_stamp())
            _save(folder, found)


class Accounts:
    """The editors as the server sees them: the file read again only when it changed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._seen: tuple[int, int, int] | None = None
        self._editors: dict[str, Editor] = {}
        self._lock = threading.Lock()

    def get(self, name: str) -> Editor | None:
        """The editor *name* as the file holds them now; None for a name that is no editor."""
        return self.all().get(name)

    def all(self) -> dict[str, Editor]:
        path = _path(self.folder)
        try:
            status = os.stat(path)
        except FileNotFoundError:
            return {}
        seen = (status.st_mtime_ns, status.st_size, status.st_ino)
        with self._lock:
            if seen != self._seen:
                self._editors, self._seen = editors(self.folder), seen
            return self._editors

    def verify(self, name: str, password: str) -> Editor | None:
        """The editor *name* if *password* is theirs, else None; as slow for a name that is no editor."""
        found = self.get(name)
        try:
            good = found is not None and _HASHER.verify(found.hash, password)
        except (VerificationError, InvalidHashError):
            good = False
        if found is None:
            _HASHER.hash(password)  # as long as a real check, so a missing name cannot be told apart
        return found if good else None

    def end(self, name: str) -> None:
        """End every session of *name*."""
        end_sessions(self.folder, name)


def session_key(folder: Path) -> bytes:
    """The key that signs the editors' session cookies: made once, kept beside the editors."""
    path = folder / WORKSPACE / KEY_FILE
    if path.exists():
        return path.read_bytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    write_atomically(path, key, mode=0o600)
    return key
