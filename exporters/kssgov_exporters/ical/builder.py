"""Building the feeds in a process of their own, so that serving never waits for a rebuild.

Python runs one thread at a time: a rebuild in the serving process, even in a
background thread, slows every answer while it runs (at 10,000 events, by a
hundred milliseconds and more under load). ``kssgov serve`` therefore builds
its feeds in a second process that keeps its own copy of the data and of the
serialised events: :class:`BuildProcess` asks it to refresh when the files
change and receives the settings and the built feeds, ready to serve. The
serving process swaps the new version in, and reads the records only when a
page or a new filter needs them.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections.abc import Iterable, Mapping
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Final, Literal

import attrs

from kssgov import KssgovError, Settings

from .server import BuilderGone, FeedApp, Filters, Served, Signature
from .site import Feed

Key = tuple[Feed, Filters]
#: How long the serving process waits for the builder before giving up on it (a first build at
#: 100,000 events takes minutes on a slow machine).
PATIENCE_SECONDS: Final = 900.0


@attrs.frozen
class Snapshot:
    """The builder's version of the data (the signature of the files it read, their settings and
    its feeds; None before any is good), and the files it saw last if they could not be used."""

    signature: Signature | None
    settings: Settings | None
    built: Mapping[Key, Served]
    failed: Signature | None


class BuildProcess:
    """A process that reads the dataset in *folder* and builds its feeds on request."""

    def __init__(self, folder: Path, environ: Mapping[str, str]) -> None:
        context = multiprocessing.get_context("spawn")
        self._connection, theirs = context.Pipe()
        self._process = context.Process(target=_work, args=(str(folder), dict(environ), theirs), daemon=True)
        self._process.start()
        theirs.close()
        self._talking = threading.Lock()

    def refresh(self, keys: Iterable[Key]) -> Snapshot:
        """The feeds of *keys* (and the default ones) built from the files as they are now."""
        with self._talking:
            self._send(("refresh", tuple(keys)))
            answer = self._receive()
        assert isinstance(answer, Snapshot)
        return answer

    def build(self, key: Key) -> tuple[Signature | None, Served | None]:
        """One feed (a filtered one, asked for the first time), built from the builder's version."""
        with self._talking:
            self._send(("build", key))
            answer = self._receive()
        assert isinstance(answer, tuple)
        return answer

    def close(self) -> None:
        self._connection.close()
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.kill()

    def _send(self, message: tuple[Literal["refresh", "build"], object]) -> None:
        try:
            self._connection.send(message)
        except (OSError, ValueError) as error:
            raise BuilderGone(str(error)) from None

    def _receive(self) -> object:
        try:
            if not self._connection.poll(PATIENCE_SECONDS):
                raise BuilderGone(f"no answer in {PATIENCE_SECONDS:.0f} s")
            return self._connection.recv()
        except (OSError, EOFError, ValueError) as error:
            raise BuilderGone(str(error) or type(error).__name__) from None


def _work(folder: str, environ: dict[str, str], connection: Connection) -> None:
    """The build process: an in-process feed server answering the serving process's requests."""
    logging.basicConfig(format="%(asctime)s %(name)s (builder): %(message)s")  # it logs errors only
    # Each edit rebuilds the feeds the serving process has been asked for, not every feed in every language.
    app = FeedApp(Path(folder), environ=environ, build_all=False)
    while True:
        try:
            message, argument = connection.recv()
        except (EOFError, OSError):
            return
        version = app.current
        if message == "refresh":
            app.refresh()
            version = app.current
            if version is None:
                connection.send(Snapshot(None, None, {}, app.failed))
                continue
            for feed, filters in argument:
                _built(app, feed, filters)
            connection.send(Snapshot(version.signature, version.settings, dict(version.built), app.failed))
        else:
            feed, filters = argument
            served = _built(app, feed, filters)
            connection.send((version.signature if version else None, served))


def _built(app: FeedApp, feed: Feed, filters: Filters) -> Served | None:
    """The feed of *feed* and *filters* in the builder's version, built if not yet; None if it cannot be."""
    version = app.current
    if version is None:
        return None
    found = version.built.get((feed, filters))
    if found is not None:
        return found
    try:
        return app.build_feed(version, feed, filters)
    except KssgovError:
        return None
