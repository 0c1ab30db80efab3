"""SEQUENCE and LAST-MODIFIED that rise whenever published content changes, kept between runs.

Subscribed clients decide whether an event changed by its SEQUENCE and
LAST-MODIFIED, so both must rise with every change of an event and never go
backwards. The history file remembers, for each event of each feed language,
a hash of what was published, its sequence and when it last changed, and for
each feed the same for the feed as a whole. With no file, every event has
sequence 0 and the build's moment as its time.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterator, Set
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import attrs
from filelock import FileLock

from kssgov import PluginError, write_atomically
from kssgov.messages import os_reason

from .words import ERRORS

FILE = "feed-history.json"


class History:
    """The remembered state of events and feeds; use :func:`open_history`."""

    def __init__(
        self, data: dict[str, Any], now: dt.datetime, serialised: dict[str, tuple[str, bytes]] | None = None
    ) -> None:
        self.events: dict[str, dict[str, Any]] = data.setdefault("events", {})
        self.feeds: dict[str, dict[str, Any]] = data.setdefault("feeds", {})
        self.data = data
        self.now = now
        #: The entries changed while open, as (table, key): only these are encoded again when saved.
        self.touched: set[tuple[str, str]] = set()
        #: Each event's lines as the feed last made them, with the hash of their content, by event key.
        #: Kept as long as *data* is (an event's sequence and times change only with its hash here).
        self.serialised: dict[str, tuple[str, bytes]] = {} if serialised is None else serialised

    @property
    def changed(self) -> bool:
        return bool(self.touched)

    def _touch(self, name: str, table: dict[str, dict[str, Any]], key: str, digest: str) -> dict[str, Any]:
        entry = table.get(key)
        if entry is None:
            entry = {"hash": digest, "sequence": 0, "modified": self.now.isoformat()}
            table[key] = entry
            self.touched.add((name, key))
        elif entry["hash"] != digest:
            before = _moment(entry["modified"])
            entry.update(
                hash=digest, sequence=entry["sequence"] + 1, modified=max(self.now, before).isoformat()
            )
            self.touched.add((name, key))
        return entry

    def event(self, key: str, digest: str) -> tuple[int, dt.datetime]:
        """The sequence and last change of the event *key* whose content hashes to *digest*."""
        entry = self._touch("events", self.events, key, digest)
        return entry["sequence"], _moment(entry["modified"])

    def feed(self, key: str, digest: str) -> dt.datetime:
        """When the feed *key*, whose content hashes to *digest*, last changed."""
        return _moment(self._touch("feeds", self.feeds, key, digest)["modified"])


@functools.lru_cache(maxsize=4096)
def _moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


@contextmanager
def open_history(workspace: Path | None, now: dt.datetime) -> Iterator[History]:
    """The history in *workspace*, locked against other writers while in use, saved if changed."""
    if workspace is None:
        yield History({}, now)
        return
    try:
        workspace.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise PluginError(ERRORS["history_folder"], folder=workspace, detail=os_reason(error)) from None
    path = workspace / FILE
    with FileLock(str(path) + ".lock", timeout=60):
        try:
            signature = _signature(path)
        except OSError:
            raise PluginError(ERRORS["history_unreadable"], path=path) from None
        remembered = _LOADED.pop(path, None)
        if remembered is not None and signature is not None and remembered.signature == signature:
            data, fragments, serialised = remembered.data, remembered.fragments, remembered.serialised
        else:
            try:
                data = json.loads(path.read_text(encoding="utf-8")) if signature is not None else {}
            except (OSError, ValueError):
                raise PluginError(ERRORS["history_unreadable"], path=path) from None
            fragments, serialised = {}, {}
        history = History(data, now, serialised)
        yield history
        if history.changed:
            write_atomically(path, encoded(history.data, fragments, history.touched))
        after = _signature(path)
        if after is not None:
            _LOADED[path] = _Loaded(after, data, fragments, serialised)


@attrs.frozen
class _Loaded:
    """A history file as this process last read or wrote it, the JSON of each of its entries, and the
    lines of each event made with it."""

    signature: tuple[int, int, int]
    data: dict[str, Any]
    fragments: Fragments
    serialised: dict[str, tuple[str, bytes]]


#: The history each file held when this process last read or wrote it, by the file's identity:
#: a server rebuilding its feeds does not parse the file again while nobody else changed it,
#: and writes again only the entries that changed. Only used under the file's lock; a build that
#: fails leaves nothing here.
_LOADED: dict[Path, _Loaded] = {}


def _signature(path: Path) -> tuple[int, int, int] | None:
    """The inode, change time and size of *path* (an atomic replace gives a new inode), or None."""
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return status.st_ino, status.st_mtime_ns, status.st_size


#: The JSON of each table entry as last written (``"key":{...}``), by table and key.
Fragments = dict[tuple[str, str], str]


def _json(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def encoded(
    data: dict[str, Any], fragments: Fragments | None = None, touched: Set[tuple[str, str]] = frozenset()
) -> bytes:
    """*data* as compact JSON with sorted keys, ended by a line break.

    The same bytes as one :func:`json.dumps`, made one table entry at a time:
    one call for a history of many events would hold the interpreter lock for a
    tenth of a second, and a server's readers would wait for it. With
    *fragments* (kept between writes of the same data), only the entries
    *touched* since, and those never encoded, are encoded again.
    """
    made: Fragments = {} if fragments is None else fragments
    parts = []
    for key in sorted(data):
        value = data[key]
        if isinstance(value, dict):
            inner = ",".join(_fragment(made, touched, key, k, value[k]) for k in sorted(value))
            parts.append(f"{_json(key)}:{{{inner}}}")
        else:
            parts.append(f"{_json(key)}:{_json(value)}")
    return ("{" + ",".join(parts) + "}\n").encode("utf-8")


def _fragment(made: Fragments, touched: Set[tuple[str, str]], table: str, key: str, value: Any) -> str:
    """The JSON of one entry, taken from *made* unless it was *touched* since it was made."""
    place = (table, key)
    if place not in touched:
        found = made.get(place)
        if found is not None:
            return found
    text = f"{_json(key)}:{_json(value)}"
    made[place] = text
    return text
