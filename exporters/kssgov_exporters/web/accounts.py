"""The editors who may change the data from a browser: names with argon2 password hashes.

Kept beside the dataset in ``DATASET/.kssgov/editors.json`` (never published,
readable by its owner only), managed with ``kssgov editor add`` and
``kssgov editor remove``. Passwords are hashed with argon2id (argon2-cffi's
defaults, which follow RFC 9106); a failed login costs the person a growing
wait, so that guessing is slow.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from pathlib import Path
from typing import Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kssgov import PluginError, write_atomically
from kssgov.messages import Text
from kssgov.model.settings import WORKSPACE

FILE: Final = "editors.json"
KEY_FILE: Final = "session-key"
MINIMUM_PASSWORD: Final = 12
_HASHER: Final = PasswordHasher()

ERRORS: Final[dict[str, Text]] = {
    "short_password": Text(
        "the password is too short: it needs at least {minimum} characters",
        "passordet er for kort: det må ha minst {minimum} tegn",
        "choose a longer password, for instance a few words",
        "velg et lengre passord, for eksempel noen ord",
    ),
    "bad_name": Text(
        "{value!r} cannot be an editor's name",
        "{value!r} kan ikke være navnet på en redaktør",
        "use letters, digits, dots, hyphens or underscores, at most 64",
        "bruk bokstaver, sifre, punktum, bindestrek eller understrek, høyst 64",
    ),
    "no_editor": Text("there is no editor called {value!r}", "det finnes ingen redaktør som heter {value!r}"),
    "unreadable": Text(
        "{path} cannot be read as the list of editors",
        "{path} kan ikke leses som listen over redaktører",
        "remove it and add the editors again with 'kssgov editor add'",
        "fjern den og legg til redaktørene på nytt med 'kssgov editor add'",
    ),
}


def _path(folder: Path) -> Path:
    return folder / WORKSPACE / FILE


def editors(folder: Path) -> dict[str, str]:
    """Each editor's name and password hash."""
    path = _path(folder)
    if not path.exists():
        return {}
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
        return {str(name): str(value) for name, value in found["editors"].items()}
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        raise PluginError(ERRORS["unreadable"], path=path) from None


def _save(folder: Path, found: dict[str, str]) -> None:
    path = _path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"editors": dict(sorted(found.items()))}, indent=1, ensure_ascii=False) + "\n"
    write_atomically(path, text.encode("utf-8"), mode=0o600)


def valid_name(name: str) -> bool:
    return 0 < len(name) <= 64 and all(c.isalnum() or c in "._-" for c in name)


def add_editor(folder: Path, name: str, password: str) -> None:
    """Add the editor *name* (or give them a new password)."""
    if not valid_name(name):
        raise PluginError(ERRORS["bad_name"], value=name)
    if len(password) < MINIMUM_PASSWORD:
        raise PluginError(ERRORS["short_password"], minimum=MINIMUM_PASSWORD)
    found = editors(folder)
    found[name] = _HASHER.hash(password)
    _save(folder, found)


def remove_editor(folder: Path, name: str) -> None:
    found = editors(folder)
    if name not in found:
        raise PluginError(ERRORS["no_editor"], value=name)
    del found[name]
    _save(folder, found)


class Logins:
    """Checks passwords, and makes each failed attempt for a name wait longer than the last."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._failures: dict[str, int] = {}
        self._lock = threading.Lock()

    def check(self, name: str, password: str) -> bool:
        """True when *password* is *name*'s; a wrong one waits 1, 2, 4 ... up to 30 seconds first."""
        stored = editors(self.folder).get(name)
        try:
            good = stored is not None and _HASHER.verify(stored, password)
        except (VerificationError, InvalidHashError):
            good = False
        if stored is None:
            _HASHER.hash(password)  # as long as a real check, so a missing name cannot be told apart
        with self._lock:
            failures = 0 if good else self._failures.get(name, 0) + 1
            self._failures[name] = failures
        if not good:
            time.sleep(min(2 ** (failures - 1), 30) * self.slowness)
        return good

    #: How long the waits after failures are, as a share of their length (tests shorten them).
    slowness: float = 1.0


def session_key(folder: Path) -> bytes:
    """The key that signs the editors' session cookies: made once, kept beside the editors."""
    path = folder / WORKSPACE / KEY_FILE
    if path.exists():
        return path.read_bytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    write_atomically(path, key, mode=0o600)
    return key
