"""An editor's session: begun at login, ended by the server as well as by its cookie's age.

The session is Flask's signed cookie. Beside the editor's name it carries the
editor's session stamp (see :mod:`.accounts`), when the login was and when the
editor was last seen. A request is the editor's only while the stamp is the
one the file holds, the login is younger than :data:`LONGEST` and the last
request younger than :data:`IDLE`.
"""

from __future__ import annotations

import hmac
import time
from typing import Final, Literal

import flask

from .accounts import Accounts, Editor

#: How long a login lasts, however busy the editor is.
LONGEST: Final = 8 * 60 * 60
#: How long a login lasts without a request.
IDLE: Final = 60 * 60
#: The last request is noted again (a new cookie) only when the note is older than this.
NOTED: Final = 60

#: Why a session is no longer the editor's: ended (logged out, a new password, removed), idle, too old.
Ended = Literal["ended", "idle", "expired"]


def begin(name: str, editor: Editor) -> None:
    """Make the session *name*'s, keeping only the language chosen before."""
    forget()
    now = int(time.time())
    flask.session.update(editor=name, stamp=editor.stamp, since=now, seen=now)
    flask.session.permanent = True


def editor(accounts: Accounts) -> tuple[str | None, Ended | None]:
    """Whose the session is, and, when it is no longer anyone's, why (None without a login at all).

    A session that is no one's any more is cleared, keeping the language.
    """
    name = flask.session.get("editor")
    if name is None:
        return None, None
    now = int(time.time())
    since, seen, stamp = flask.session.get("since"), flask.session.get("seen"), flask.session.get("stamp")
    found = accounts.get(name) if isinstance(name, str) else None
    if not (isinstance(since, int) and isinstance(seen, int) and isinstance(stamp, str)):
        since = seen = 0
        found = None
    why: Ended | None = None
    if found is None or not hmac.compare_digest(found.stamp.encode(), str(stamp).encode()):
        why = "ended"
    elif now - since >= LONGEST:
        why = "expired"
    elif now - seen >= IDLE:
        why = "idle"
    if why is not None:
        forget()
        return None, why
    if now - seen >= NOTED:
        flask.session["seen"] = now
    return str(name), None


def forget() -> None:
    """Clear the session, keeping only the language chosen."""
    language = flask.session.get("lang")
    flask.session.clear()
    if language is not None:
        flask.session["lang"] = language
