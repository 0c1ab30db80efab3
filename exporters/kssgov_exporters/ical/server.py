"""Serving the calendar feeds over HTTP for subscription (``kssgov serve``).

A WSGI application, run on waitress (a production-grade, pure-Python server).
Requests are always answered from the last good version of the feeds, never
made to wait for a rebuild: :meth:`FeedApp.refresh` (run in a background
thread by :func:`serve_app`) looks at the files, has the dataset read and the
feeds built when they changed (by a :class:`~.builder.BuildProcess` when it
has one, else here), and puts the new version in place when it is ready. With
a build process, the serving process reads the records only when a page or a
new filter needs them, so that an edit does not take processor time from
the readers twice. While an edit
has errors, or a feed cannot be built, the last good version is served and the
reason is logged. Conditional requests get 304; anything not served (unknown
paths, path tricks, wrong tokens, filters naming no record) is a plain 404.
Responses are never compressed and never depend on the ``Accept`` header.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import hmac
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import parse_qs

import attrs

from kssgov import Dataset, ExportRequest, KssgovError, PluginError, Settings, Visibility, Watcher, build_time
from kssgov.exporting import OptionError, for_audience, options, present
from kssgov.model.settings import WORKSPACE

from . import CalendarFeed
from .feed import Built, build, check_filters
from .history import History, open_history
from .options import FeedOptions
from .site import Feed, feeds, tokens
from .words import ERRORS

if TYPE_CHECKING:
    from .builder import BuildProcess, Snapshot

log = logging.getLogger("kssgov.serve")

StartResponse = Callable[[str, list[tuple[str, str]]], Any]
#: How many feeds (``?kind=...`` filters included) are kept per version of the data; the feeds without
#: filters are always among them.
CACHE_LIMIT: Final = 64
#: Headers larger than this are answered 431 by the application. waitress reads headers up to
#: HEADER_READ_BYTES whole first, so that the answer reaches the client instead of a reset connection.
MAX_HEADER_BYTES: Final = 64 * 1024
HEADER_READ_BYTES: Final = 1024 * 1024
#: How often the serving process's threads take turns (Python's default is 5 ms).
SWITCH_SECONDS: Final = 0.0005
#: How often the files are looked at for a change (a look is a stat of each file: cheap).
LOOK_SECONDS: Final = 0.05
#: How many filter values one request may give; more is not a feed anyone subscribes to.
MAX_FILTER_VALUES: Final = 4
_FILTERS: Final = {"kind": "kinds", "body": "bodies", "alliance": "alliances"}
Filters = tuple[tuple[str, tuple[str, ...]], ...]
#: The files of a dataset as last seen: each path with its modification time and size.
Signature = tuple[tuple[str, int, int], ...]


class BuilderGone(Exception):
    """The build process stopped, or stopped answering."""


@attrs.frozen
class Response:
    status: str
    headers: tuple[tuple[str, str], ...]
    body: bytes = b""


def _plain(status: str, text: str) -> Response:
    body = (text + "\n").encode()
    return Response(
        status, (("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))), body
    )


NOT_FOUND = _plain("404 Not Found", "Not found")


@attrs.frozen
class Served:
    """A built feed as it is served: its bytes, ETag and Last-Modified (also as the header writes it)."""

    body: bytes
    etag: str
    modified: dt.datetime
    last_modified: str = ""

    @classmethod
    def of(cls, built: Built) -> Served:
        etag = f'"{hashlib.sha256(built.body).hexdigest()[:40]}"'
        written = email.utils.format_datetime(built.modified, usegmt=True)
        return cls(built.body, etag, built.modified, written)


@attrs.define
class Version:
    """One version of the data and the feeds built from it."""

    settings: Settings
    signature: Signature
    secret: Mapping[Visibility, str]
    built: dict[tuple[Feed, Filters], Served] = attrs.Factory(dict)
    #: The records, once read in this process: at once without a build process, else when first needed.
    dataset: Dataset | None = None
    #: Each feed with its path as bytes, for finding the one asked for.
    paths: tuple[tuple[bytes, Feed], ...] = ()

    def __attrs_post_init__(self) -> None:
        self.paths = tuple((feed.path.encode(), feed) for feed in feeds(self.settings, self.secret))


class FeedApp:
    """The WSGI application serving the feeds of the dataset in *folder*.

    With a *builder* (:class:`~.builder.BuildProcess`), the feeds are built in
    that process; without one, here.
    """

    def __init__(
        self,
        folder: Path,
        *,
        environ: Mapping[str, str] = os.environ,
        builder: BuildProcess | None = None,
        build_all: bool = True,
    ) -> None:
        self.folder = Path(folder)
        self.environ = environ
        #: Whether each version builds every feed without filters at once; else only the public one in the
        #: data's language, the others when first asked for (and from then on with each version).
        self.build_all = build_all
        self.calendar = CalendarFeed()
        self._watcher = Watcher(self.folder)
        self._builder = builder
        self._version: Version | None = None
        self._refreshing = threading.Lock()
        self._reading = threading.Lock()
        self._failed: Signature | None = None
        self._last_read: Dataset | None = None
        self.refresh()

    # -- versions of the data ---------------------------------------------------------

    def _files_signature(self) -> Signature:
        found = []
        for folder, subfolders, names in os.walk(self.folder):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            for name in sorted(names):
                if name.startswith(".") or not name.endswith(".toml"):
                    continue
                try:
                    status = os.stat(os.path.join(folder, name))
                except OSError:
                    continue
                found.append((os.path.join(folder, name), status.st_mtime_ns, status.st_size))
        return tuple(found)

    @property
    def current(self) -> Version | None:
        """The version of the data being served, if any is good."""
        return self._version

    @property
    def failed(self) -> Signature | None:
        """The files as last seen, when they could not be used (errors); None once a version is good."""
        return self._failed

    @property
    def ready(self) -> bool:
        """True once a good version of the data is being served."""
        return self._version is not None

    def refresh(self) -> bool:
        """Re-read the dataset if its files changed and build its feeds; True if a new version is served.

        The new version replaces the old one only when its feeds are built;
        until then, and whenever it cannot be read, the old one is served.
        """
        with self._refreshing:
            signature = self._files_signature()
            current = self._version
            if (current is not None and current.signature == signature) or self._failed == signature:
                return False
            if self._builder is not None:
                keys = list(current.built) if current is not None else []
                try:
                    snapshot = self._builder.refresh(keys)
                except BuilderGone as error:
                    self._builder_gone(error)
                else:
                    return self._take(signature, snapshot)
            with self._reading:
                result = self._watcher.check(warnings=False)
            if result.dataset is None:
                self._failed = signature
                log.error("the dataset has errors; still serving the last good version")
                for problem in result.errors:
                    log.error("%s", problem.render("en"))
                return False
            self._last_read = result.dataset
            return self._put_in_place(signature, result.dataset.settings, current, dataset=result.dataset)

    def _take(self, signature: Signature, snapshot: Snapshot) -> bool:
        """Put in place the version the build process made of the files seen as *signature*."""
        if snapshot.failed == signature:
            self._failed = signature
            log.error(
                "the dataset has errors (the build process names them); still serving the last good version"
            )
            return False
        if snapshot.signature != signature or snapshot.settings is None:
            return False  # the files changed while they were read: the next look reads them again
        return self._put_in_place(signature, snapshot.settings, self._version, built=snapshot.built)

    def _put_in_place(
        self,
        signature: Signature,
        settings: Settings,
        current: Version | None,
        *,
        built: Mapping[tuple[Feed, Filters], Served] | None = None,
        dataset: Dataset | None = None,
    ) -> bool:
        """Put the version of *settings* in place (under the refresh lock), with the feeds *built*
        by the build process or, without them, feeds built here from *dataset*."""
        try:
            secret = tokens(settings, self.environ)
        except KssgovError as error:
            self._failed = signature
            log.error("the tokens cannot be used; still serving the last good version: %s", error)
            return False
        version = Version(settings, signature, secret, dataset=dataset)
        if built is not None:
            version.built.update(built)
        else:
            now = present(build_time(self.environ))
            with ExitStack() as stack:
                try:
                    history: History | None = stack.enter_context(open_history(self.folder / WORKSPACE, now))
                except KssgovError:
                    history = None  # each build tries on its own, and logs why it cannot
                for feed in feeds(settings, secret):
                    if self.build_all or (
                        feed.audience is Visibility.PUBLIC and feed.language == settings.language
                    ):
                        self._build(version, feed, (), previous=current, history=history)
        self._version = version
        self._failed = None
        return True

    def dataset(self, version: Version) -> Dataset | None:
        """The records of *version*, read here when first needed.

        When the files changed since *version* was made, what they hold now is
        given (the next version follows within a refresh) but not kept; when they
        no longer read, the last records read here are given. None if there are
        none.
        """
        if version.dataset is not None:
            return version.dataset
        with self._reading:
            if version.dataset is not None:
                return version.dataset
            before = self._files_signature()
            result = self._watcher.check(warnings=False)
            if result.dataset is None:
                log.error("the dataset has errors; the pages show the last good version read")
                return self._last_read
            self._last_read = result.dataset
            if before == version.signature == self._files_signature():
                version.dataset = result.dataset
            return result.dataset

    def _records(self, version: Version) -> Dataset:
        """The records of *version* for building a feed; refused when there are none to give."""
        dataset = self.dataset(version)
        if dataset is None:
            raise PluginError(ERRORS["no_dataset"])
        return dataset

    def watch(self, seconds: float = LOOK_SECONDS) -> threading.Thread:
        """Look at the files every *seconds* in a background thread, refreshing when they change."""
        stop = threading.Event()

        def loop() -> None:
            while not stop.wait(seconds):
                try:
                    self.refresh()
                except Exception:
                    log.exception("refreshing the feeds failed; still serving the last good version")

        thread = threading.Thread(target=loop, daemon=True)
        thread.start()
        return thread

    def _build(
        self,
        version: Version,
        feed: Feed,
        filters: Filters,
        *,
        previous: Version | None = None,
        request: ExportRequest[FeedOptions] | None = None,
        history: History | None = None,
    ) -> Served | None:
        """The feed built for *version*; on any failure the previous version's, if it had one."""
        key = (feed, filters)
        try:
            dataset = self._records(version)
            asked = request or self._request(version.settings, feed, filters)
            served = Served.of(build(for_audience(dataset, asked), asked, history))
        except Exception as error:
            log.error(
                "the feed %s cannot be built: %s",
                feed.path,
                error,
                exc_info=not isinstance(error, KssgovError),
            )
            old = previous.built.get(key) if previous is not None else None
            if old is not None:
                version.built[key] = old
            return old
        self._keep(version, key, served)
        return served

    def build_feed(self, version: Version, feed: Feed, filters: Filters) -> Served | None:
        """The feed of *feed* and *filters* built for *version* and kept in it.

        Raises :class:`KssgovError` when the filters are not options of the feed
        or name no record it may show.
        """
        request = self._request(version.settings, feed, filters)
        check_filters(for_audience(self._records(version), request), request.options)
        return self._build(version, feed, filters, request=request)

    def _on_demand(
        self, version: Version, feed: Feed, filters: Filters, request: ExportRequest[FeedOptions]
    ) -> Served | None:
        """A feed asked for the first time in *version*: built by the builder, else here."""
        builder = self._builder
        if builder is not None:
            try:
                signature, served = builder.build((feed, filters))
            except BuilderGone as error:
                self._builder_gone(error)
            else:
                if served is not None and signature == version.signature:
                    self._keep(version, (feed, filters), served)
                return served
        return self._build(version, feed, filters, request=request)

    def _builder_gone(self, error: BuilderGone) -> None:
        log.error("the build process stopped (%s); building the feeds here from now on", error)
        self._builder = None

    @staticmethod
    def _keep(version: Version, key: tuple[Feed, Filters], served: Served) -> None:
        """Keep *served* in *version*; at the limit, the oldest filtered feed is given up.

        The feeds without filters, those most subscribe to, are always kept.
        """
        if len(version.built) >= CACHE_LIMIT:  # far more than the feeds without filters: one has filters
            oldest = next(kept for kept in list(version.built) if kept[1])
            version.built.pop(oldest, None)  # None: another request's thread may have given it up
        version.built[key] = served

    def _request(self, settings: Settings, feed: Feed, filters: Filters) -> ExportRequest[FeedOptions]:
        given = {_FILTERS[name]: list(values) for name, values in filters}
        chosen = options(self.calendar, settings, given, settings_file=str(self.folder / "kssgov.toml"))
        assert isinstance(chosen, FeedOptions)
        return ExportRequest(
            options=chosen,
            language=feed.language,
            audience=feed.audience,
            build_time=build_time(self.environ),
            workspace=self.folder / WORKSPACE,
        )

    # -- requests ----------------------------------------------------------------

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        response = self.respond(environ)
        start_response(response.status, list(response.headers))
        return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [response.body]

    def respond(self, environ: Mapping[str, Any]) -> Response:
        headers = sum(len(k) + len(str(v)) for k, v in environ.items() if k.startswith("HTTP_"))
        if headers > MAX_HEADER_BYTES:
            return _plain("431 Request Header Fields Too Large", "Request header fields too large")
        if environ.get("REQUEST_METHOD", "GET") not in ("GET", "HEAD"):
            return Response("405 Method Not Allowed", (("Allow", "GET, HEAD"), ("Content-Length", "0")))
        version = self._version
        if version is None:
            return _plain("503 Service Unavailable", "The dataset has errors; run 'kssgov check' on it.")
        path = str(environ.get("PATH_INFO", "")).lstrip("/")
        feed = self._find(version, path)
        if feed is None:
            return NOT_FOUND
        asked = str(environ.get("QUERY_STRING", ""))
        query = parse_qs(asked) if asked else {}
        values = sum(len(v) for v in query.values())
        if set(query) - set(_FILTERS) or values > MAX_FILTER_VALUES:
            return NOT_FOUND
        filters: Filters = tuple(sorted((name, tuple(sorted(set(v)))) for name, v in query.items()))
        served = version.built.get((feed, filters))
        if served is None:
            try:
                request = self._request(version.settings, feed, filters)
            except OptionError as error:
                return _plain("400 Bad Request", error.render("en"))
            except KssgovError as error:
                log.error("the feed %s cannot be built: %s", feed.path, error)
                return _plain("503 Service Unavailable", "The feed cannot be built; the server log says why.")
            dataset = self.dataset(version)
            if dataset is None:
                return _plain("503 Service Unavailable", "The dataset has errors; run 'kssgov check' on it.")
            try:
                check_filters(for_audience(dataset, request), request.options)
            except KssgovError:
                return NOT_FOUND
            served = self._on_demand(version, feed, filters, request)
        if served is None:
            return _plain("503 Service Unavailable", "The feed cannot be built; the server log says why.")
        return self._conditional(environ, served, private=feed.audience is not Visibility.PUBLIC)

    def _find(self, version: Version, path: str) -> Feed | None:
        """The feed at *path*, comparing secret tokens in constant time."""
        found = None
        asked = path.encode()
        for known, feed in version.paths:
            if hmac.compare_digest(known, asked):
                found = feed
        return found

    def _conditional(self, environ: Mapping[str, Any], served: Served, *, private: bool) -> Response:
        headers = [
            ("Content-Type", "text/calendar; charset=utf-8"),
            ("ETag", served.etag),
            ("Cache-Control", "private, max-age=300" if private else "public, max-age=300"),
            ("Last-Modified", served.last_modified),
        ]
        if _not_modified(environ, served.etag, served.modified):
            return Response("304 Not Modified", tuple(headers))
        headers.append(("Content-Length", str(len(served.body))))
        return Response("200 OK", tuple(headers), served.body)


def _not_modified(environ: Mapping[str, Any], etag: str, modified: dt.datetime) -> bool:
    if_none_match = environ.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        tags = [t.strip().removeprefix("W/") for t in str(if_none_match).split(",")]
        return "*" in tags or etag in tags
    since = environ.get("HTTP_IF_MODIFIED_SINCE")
    if since is None:
        return False
    try:
        moment = email.utils.parsedate_to_datetime(str(since))
    except (TypeError, ValueError, IndexError):
        return False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return modified <= moment


def serve_app(
    feed_app: FeedApp,
    app: Callable[..., Iterable[bytes]] | None = None,
    *,
    host: str,
    port: int,
    threads: int,
    trusted_proxy: str | None = None,
) -> None:
    """Serve *app* (the feeds alone by default) with waitress until interrupted.

    The feeds follow changes to the files in the background. The connection limits
    and timeouts are those of :mod:`.connections`.
    """
    from .connections import make_server

    # Reading the dataset after an edit keeps one thread busy for about 0.1 s at 10,000 records; handing
    # the interpreter over every 0.5 ms instead of every 5 ms keeps answers from queueing behind it.
    sys.setswitchinterval(SWITCH_SECONDS)
    feed_app.watch()
    server = make_server(
        app or feed_app,
        host=host,
        port=port,
        threads=threads,
        trusted_proxy=trusted_proxy,
        max_request_header_size=HEADER_READ_BYTES,
    )
    try:
        server.run()
    finally:
        server.task_dispatcher.shutdown()
