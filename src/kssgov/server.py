"""Serving the calendar feeds over HTTP for subscription (``kssgov serve``).

A WSGI application, run on waitress (a production-grade, pure-Python server).
It re-reads the dataset when its files change, keeps serving the last good
version while an edit has errors, answers conditional requests with 304, and
returns a plain 404 for anything it does not serve: unknown paths, path
tricks and wrong tokens alike. Responses are never compressed and never
depend on the ``Accept`` header.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import hmac
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import attrs

from .dataset import Dataset
from .exceptions import KssgovError
from .feedsite import Feed, feeds, index_html, tokens
from .plugins import ExportRequest, build_timestamp, discover
from .store import check
from .vocabulary import ActivityKind, Visibility

log = logging.getLogger("kssgov.serve")

StartResponse = Callable[[str, list[tuple[str, str]]], Any]
_CALENDAR_MODIFIED = re.compile(rb"^LAST-MODIFIED:(\d{8}T\d{6}Z)\r?$", re.MULTILINE)
_CACHE_LIMIT = 64


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


class FeedApp:
    """The WSGI application serving the feeds of the dataset in *folder*."""

    def __init__(
        self,
        folder: Path,
        *,
        base_url: str | None = None,
        environ: Mapping[str, str] = os.environ,
        recheck_seconds: float = 1.0,
    ) -> None:
        self.folder = Path(folder)
        self.base_url = base_url
        self.environ = environ
        self.recheck_seconds = recheck_seconds
        self.exporter = discover().get("ical")
        self._lock = threading.Lock()
        self._signature: tuple[tuple[str, int, int], ...] | None = None
        self._checked = -float("inf")
        self._dataset: Dataset | None = None
        self._cache: dict[tuple[Any, ...], tuple[bytes, str, dt.datetime | None]] = {}

    # -- the dataset -------------------------------------------------------------

    def _files_signature(self) -> tuple[tuple[str, int, int], ...]:
        found = []
        for file in sorted(self.folder.rglob("*.toml")):
            if any(part.startswith(".") for part in file.relative_to(self.folder).parts):
                continue
            try:
                stat = file.stat()
            except OSError:
                continue
            found.append((str(file), stat.st_mtime_ns, stat.st_size))
        return tuple(found)

    def dataset(self) -> Dataset | None:
        """The current dataset, re-read if its files changed; the last good one if they have errors.

        The files are looked at no more than once per ``recheck_seconds``.
        """
        now = time.monotonic()
        if now - self._checked < self.recheck_seconds:
            return self._dataset
        self._checked = now
        signature = self._files_signature()
        with self._lock:
            if signature != self._signature:
                result = check(self.folder)
                self._signature = signature
                if result.dataset is None:
                    log.error("the dataset has errors; still serving the last good version")
                    for problem in result.errors:
                        log.error("%s", problem.render("en"))
                else:
                    self._dataset = result.dataset
                    self._cache.clear()
            return self._dataset

    # -- requests ----------------------------------------------------------------

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        response = self.respond(environ)
        start_response(response.status, list(response.headers))
        return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [response.body]

    def respond(self, environ: Mapping[str, Any]) -> Response:
        if environ.get("REQUEST_METHOD", "GET") not in ("GET", "HEAD"):
            return Response("405 Method Not Allowed", (("Allow", "GET, HEAD"), ("Content-Length", "0")))
        data = self.dataset()
        if data is None:
            return _plain("503 Service Unavailable", "The dataset has errors; run 'kssgov check' on it.")
        path = str(environ.get("PATH_INFO", "")).lstrip("/")
        if path in ("", "index.html"):
            return self._index(data, environ)
        feed = self._find(data, path)
        if feed is None:
            return NOT_FOUND
        try:
            request = self._request(data, feed, str(environ.get("QUERY_STRING", "")))
        except ValueError as error:
            return _plain("400 Bad Request", str(error))
        try:
            body, etag, modified = self._body(data, feed, request)
        except KssgovError as error:
            log.error("the feed %s cannot be built: %s", feed.path, error)
            return _plain("500 Internal Server Error", "The feed cannot be built; the server log says why.")
        return self._conditional(
            environ, body, etag, modified, private=feed.audience is not Visibility.PUBLIC
        )

    def _find(self, data: Dataset, path: str) -> Feed | None:
        """The feed at *path*, comparing secret tokens in constant time."""
        found = None
        for feed in feeds(data.settings, tokens(data.settings, self.environ)):
            if hmac.compare_digest(feed.path.encode(), path.encode()):
                found = feed
        return found

    def _request(self, data: Dataset, feed: Feed, query: str) -> ExportRequest:
        filters = parse_qs(query)
        kinds = []
        for value in filters.get("kind", []):
            if value not in ActivityKind.names():
                raise ValueError(f"unknown kind {value!r}; use one of: {', '.join(ActivityKind.names())}")
            kinds.append(ActivityKind(value))
        return ExportRequest(
            language=feed.language,
            audience=feed.audience,
            kinds=tuple(kinds),
            bodies=tuple(filters.get("body", [])),
            alliances=tuple(filters.get("alliance", [])),
            timestamp=build_timestamp(self.environ),
            workspace=self.folder / ".kssgov",
        )

    def _body(
        self, data: Dataset, feed: Feed, request: ExportRequest
    ) -> tuple[bytes, str, dt.datetime | None]:
        """The feed, its ETag and its Last-Modified; built once per version of the data and day."""
        today = dt.date.today().isoformat()
        key = (self._signature, feed, request.kinds, request.bodies, request.alliances, today)
        with self._lock:
            cached = self._cache.get(key)
        if cached is not None:
            return cached
        body = self.exporter.export(data, request)
        built = (body, f'"{hashlib.sha256(body).hexdigest()[:40]}"', _calendar_modified(body))
        with self._lock:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = built
        return built

    def _conditional(
        self,
        environ: Mapping[str, Any],
        body: bytes,
        etag: str,
        modified: dt.datetime | None,
        *,
        private: bool,
    ) -> Response:
        headers = [
            ("Content-Type", "text/calendar; charset=utf-8"),
            ("ETag", etag),
            ("Cache-Control", f"{'private' if private else 'public'}, max-age=300"),
        ]
        if modified is not None:
            headers.append(("Last-Modified", email.utils.format_datetime(modified, usegmt=True)))
        if _not_modified(environ, etag, modified):
            return Response("304 Not Modified", tuple(headers))
        headers.append(("Content-Length", str(len(body))))
        return Response("200 OK", tuple(headers), body)

    def _index(self, data: Dataset, environ: Mapping[str, Any]) -> Response:
        base = (
            self.base_url
            or f"{environ.get('wsgi.url_scheme', 'http')}://{environ.get('HTTP_HOST', 'localhost')}"
        )
        body = index_html(data.settings, base).encode()
        return Response(
            "200 OK", (("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))), body
        )


def _calendar_modified(body: bytes) -> dt.datetime | None:
    """The calendar's own LAST-MODIFIED (the feed history keeps it from moving backwards)."""
    header = body[: body.find(b"\nBEGIN:", 10)]
    match = _CALENDAR_MODIFIED.search(header)
    if match is None:
        return None
    return dt.datetime.strptime(match.group(1).decode(), "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)


def _not_modified(environ: Mapping[str, Any], etag: str, modified: dt.datetime | None) -> bool:
    if_none_match = environ.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        tags = [t.strip().removeprefix("W/") for t in str(if_none_match).split(",")]
        return "*" in tags or etag in tags
    since = environ.get("HTTP_IF_MODIFIED_SINCE")
    if since is None or modified is None:
        return False
    try:
        moment = email.utils.parsedate_to_datetime(str(since))
    except (TypeError, ValueError, IndexError):
        return False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return modified <= moment


def serve(folder: Path, *, host: str, port: int, base_url: str | None, threads: int) -> None:
    """Serve the feeds of *folder* until interrupted."""
    import waitress

    app = FeedApp(folder, base_url=base_url)
    if app.dataset() is None:
        log.error("the dataset has errors; fix them before serving (kssgov check %s)", folder)
        raise SystemExit(1)
    waitress.serve(app, host=host, port=port, threads=threads, ident="kssgov")
