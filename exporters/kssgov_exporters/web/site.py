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
from collections.abc import Iterable, Mapping
from typing import Any

import flask
from flask_wtf.csrf import CSRFProtect

from kssgov import Dataset, Language, Visibility, build_time
from kssgov_exporters.ical.server import FeedApp, StartResponse
from kssgov_exporters.ical.site import feeds
from kssgov_exporters.ical.words import word as calendar_word

from . import errors
from .accounts import Logins, session_key
from .editor import blueprint as editor_pages
from .pages import (
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


class Site:
    """The WSGI application of ``kssgov serve``: feeds to the calendar, everything else to the pages."""

    def __init__(self, feed_app: FeedApp, *, base_url: str | None = None) -> None:
        self.feeds = feed_app
        self.base_url = base_url
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


def _pages(site: Site) -> flask.Flask:
    app = flask.Flask("kssgov_exporters.web")
    folder = site.feeds.folder
    app.config.update(
        SECRET_KEY=session_key(folder),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_SECURE=(site.base_url or "").startswith("https://"),
        SESSION_COOKIE_NAME="kssgov-editor",
        PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=8),
        KSSGOV_FOLDER=folder,
        KSSGOV_LOGINS=Logins(folder),
        KSSGOV_SAVED=site.feeds.refresh,
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
        asked = flask.request.args.get("lang")
        chosen: Language = "en" if asked == "en" else "nb" if asked == "nb" else default
        return chosen, default

    def respond(body: str, audience: Visibility) -> flask.Response:
        response = flask.Response(body, mimetype="text/html")
        response.headers["Cache-Control"] = (
            f"{'public' if audience is Visibility.PUBLIC else 'private'}, max-age=60"
        )
        return response

    @app.after_request
    def secured(response: flask.Response) -> flask.Response:
        """Every page, the editor's and the error pages too: its own resources only, no sniffing."""
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"
        )
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
        body = index_page(
            dataset,
            audience,
            place,
            site.subscribe_links(dataset, audience, token, lang),
            title=calendar_word("page.title", lang, name=name),
            intro=calendar_word("page.intro", lang),
            how=calendar_word("page.how", lang),
        )
        return respond(body, audience)

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
        body = politics_page(dataset, audience, year, Place(lang, default, token, depth=2), filters)
        return respond(body, audience)

    @app.get(f"/{UPCOMING}/")
    @app.get(f"/<token>/{UPCOMING}/")
    def upcoming(token: str | None = None) -> flask.Response:
        audience = site.audience(token)
        dataset, _ = site.data()
        lang, default = language()
        today = (build_time() or dt.datetime.now(dt.UTC)).date()
        links = site.subscribe_links(dataset, audience, token, lang)
        body = upcoming_page(dataset, audience, today, Place(lang, default, token, depth=1), links)
        return respond(body, audience)

    return app
