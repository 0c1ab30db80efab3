"""The web site ``kssgov serve`` serves: the pages, the editor, and the calendar feeds beside them.

Feeds (paths ending in ``.ics``) go to the calendar's :class:`FeedApp`; the
pages and the editor are a Flask application reading the same version of the
data, so that a page and a feed never disagree. A path under a secret token
(``/<token>/politikk/2023/``) shows that audience's records; tokens are
compared in constant time, and an unknown one is simply not found.
"""

from __future__ import annotations

import datetime as dt
import hmac
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

import flask
from flask_wtf.csrf import CSRFProtect

from kssgov import Dataset, Language, Visibility, build_time
from kssgov.translations import language_of
from kssgov_exporters.ical.server import FeedApp, StartResponse
from kssgov_exporters.ical.site import feeds
from kssgov_exporters.ical.words import word as calendar_word

from . import errors
from .accounts import Accounts, session_key
from .editor import blueprint as editor_pages
from .pages import (
    ASSETS,
    POLITICS,
    UPCOMING,
    FeedLink,
    Filters,
    Place,
    feed_links,
    index_page,
    politics_page,
    upcoming_page,
)
from .throttle import Logins

#: The security policy of every page: nothing inline, nothing from elsewhere, never in a frame.
SECURITY_POLICY: Final = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
#: How many bytes of made pages are kept for the version of the data being served.
PAGE_CACHE_BYTES: Final = 64 * 1024 * 1024


class Site:
    """The WSGI application of ``kssgov serve``: feeds to the calendar, everything else to the pages."""

    def __init__(self, feed_app: FeedApp, *, base_url: str | None = None) -> None:
        self.feeds = feed_app
        self.base_url = base_url
        self.made = PageCache(PAGE_CACHE_BYTES)
        self.pages = _pages(self)

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = str(environ.get("PATH_INFO", ""))
        if path.endswith(".ics"):
            return self.feeds(environ, start_response)
        answer: Iterable[bytes] = self.pages.wsgi_app(environ, start_response)  # type: ignore[arg-type]
        return answer

    def data(self) -> tuple[Dataset, Mapping[Visibility, str]]:
        """The data being served and the audiences' tokens; 503 while there is no good version."""
        version = self.feeds.current
        dataset = None if version is None else self.feeds.dataset(version)
        if version is None or dataset is None:
            flask.abort(503)
        return dataset, version.secret

    def records(self) -> Dataset | None:
        """The records as the files hold them now, for the editor; None while the files have errors."""
        self.feeds.refresh()
        version = self.feeds.current
        if self.feeds.failed is not None or version is None:
            return None
        return self.feeds.dataset(version)

    def audience(self, token: str | None) -> Visibility:
        """The audience of *token* (public without one); 404 for a token that is not one."""
        if token is None:
            return Visibility.PUBLIC
        found = None
        for audience, secret in self.data()[1].items():
            if hmac.compare_digest(secret.encode(), token.encode()):
                found = audience
        if found is None:
            flask.abort(404)
        return found

    def language_default(self) -> Language:
        """The site's own language: the data's, or bokmål while no version is served."""
        version = self.feeds.current
        return "nb" if version is None else version.settings.language

    def subscribe_links(
        self, dataset: Dataset, audience: Visibility, token: str | None, language: Language
    ) -> list[FeedLink]:
        """The feeds of *audience* in every language, as links under the site's address."""
        base = self.base_url or flask.request.host_url
        secret = {audience: token} if token is not None else {}
        paths = [
            (feed.path, calendar_word(f"page.{feed.language}", language))
            for feed in feeds(dataset.settings, secret)
            if feed.audience is audience
        ]
        return feed_links(base, paths, language)


class PageCache:
    """Made pages of one version of the data, the least recently asked for given up past *limit* bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._version: object = None
        self._pages: OrderedDict[tuple[object, ...], bytes] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, version: object, key: tuple[object, ...], make: Callable[[], str]) -> bytes:
        """The page *key* of *version*, made by *make* unless it is kept."""
        with self._lock:
            if version is self._version and key in self._pages:
                self._pages.move_to_end(key)
                return self._pages[key]
        body = make().encode("utf-8")
        with self._lock:
            if version is not self._version:
                self._version, self._pages, self._size = version, OrderedDict(), 0
            if key not in self._pages and len(body) <= self.limit:
                self._pages[key] = body
                self._size += len(body)
                while self._size > self.limit:
                    self._size -= len(self._pages.popitem(last=False)[1])
        return body


def _pages(site: Site) -> flask.Flask:
    app = flask.Flask("kssgov_exporters.web", static_folder=ASSETS, static_url_path=f"/{ASSETS}")
    folder = site.feeds.folder
    accounts = Accounts(folder)
    app.config.update(
        SECRET_KEY=session_key(folder),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_SECURE=(site.base_url or "").startswith("https://"),
        SESSION_COOKIE_NAME="kssgov-editor",
        PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=8),
        KSSGOV_FOLDER=folder,
        KSSGOV_ACCOUNTS=accounts,
        KSSGOV_LOGINS=Logins(accounts),
        KSSGOV_RECORDS=site.records,
        KSSGOV_SAVED=site.feeds.refresh,
        KSSGOV_LANGUAGE=site.language_default,
        MAX_CONTENT_LENGTH=1024 * 1024,
        # A form's token lasts as long as the login (eight hours), not Flask-WTF's hour: a form
        # opened before lunch is still saved after it.
        WTF_CSRF_TIME_LIMIT=None,
    )
    CSRFProtect(app)
    app.register_blueprint(editor_pages)

    def language() -> tuple[Language, Language]:
        dataset, _ = site.data()
        default = dataset.settings.language
        return language_of(flask.request.args.get("lang")) or default, default

    def respond(audience: Visibility, key: tuple[object, ...], make: Callable[[], str]) -> flask.Response:
        """The page made by *make*, or as made before for the same version of the data and *key*."""
        where = (flask.request.path, site.base_url or flask.request.host_url, *key)
        body = site.made.get(site.feeds.current, where, make)
        response = flask.Response(body, mimetype="text/html")
        response.headers["Cache-Control"] = (
            f"{'public' if audience is Visibility.PUBLIC else 'private'}, max-age=60"
        )
        return response

    @app.after_request
    def secured(response: flask.Response) -> flask.Response:
        """Every page, the editor's and the error pages too: its own resources only, no sniffing."""
        response.headers["Content-Security-Policy"] = SECURITY_POLICY
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    errors.register(app, site.language_default)

    @app.get("/")
    @app.get("/<token>/")
    def index(token: str | None = None) -> flask.Response:
        audience = site.audience(token)
        dataset, _ = site.data()
        lang, default = language()
        place = Place(lang, default, token)
        name = dataset.settings.name
        return respond(
            audience,
            (lang,),
            lambda: index_page(
                dataset,
                audience,
                place,
                site.subscribe_links(dataset, audience, token, lang),
                title=calendar_word("page.title", lang, name=name),
                intro=calendar_word("page.intro", lang),
                how=calendar_word("page.how", lang),
            ),
        )

    @app.get(f"/{POLITICS}/")
    @app.get(f"/<token>/{POLITICS}/")
    def politics_now(token: str | None = None) -> Any:
        site.audience(token)
        dataset, _ = site.data()
        lang, default = language()
        target = Place(lang, default, token, depth=1).link(POLITICS, str(dataset.settings.year))
        return flask.redirect(target)

    @app.get(f"/{POLITICS}/<int:year>/")
    @app.get(f"/<token>/{POLITICS}/<int:year>/")
    def politics(year: int, token: str | None = None) -> flask.Response:
        audience = site.audience(token)
        dataset, _ = site.data()
        if not 1900 <= year <= 2199:
            flask.abort(404)
        lang, default = language()
        filters = Filters.of({k: flask.request.args.getlist(k) for k in flask.request.args})
        place = Place(lang, default, token, depth=2)
        return respond(
            audience, (lang, filters), lambda: politics_page(dataset, audience, year, place, filters)
        )

    @app.get(f"/{UPCOMING}/")
    @app.get(f"/<token>/{UPCOMING}/")
    def upcoming(token: str | None = None) -> flask.Response:
        audience = site.audience(token)
        dataset, _ = site.data()
        lang, default = language()
        today = (build_time() or dt.datetime.now(dt.UTC)).date()
        place = Place(lang, default, token, depth=1)
        return respond(
            audience,
            (lang, today),
            lambda: upcoming_page(
                dataset, audience, today, place, site.subscribe_links(dataset, audience, token, lang)
            ),
        )

    return app
