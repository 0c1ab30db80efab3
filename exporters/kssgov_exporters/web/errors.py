"""The page a visitor or an editor gets when a request cannot be answered.

Werkzeug's own pages are in English and say what went wrong in HTTP's words ("Bad
Request: The CSRF token is invalid"); these say it in the reader's language, with
what to do about it and a link on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import flask
from werkzeug.exceptions import HTTPException

from kssgov import Language
from kssgov.translations import LANGUAGE_TAGS, language_of

from .words import word

#: The answers with words of their own; any other is told as the server's failure.
TOLD: Final = frozenset({400, 404, 405, 413, 503})


def register(app: flask.Flask, site_language: Callable[[], Language]) -> None:
    """Answer *app*'s failures with pages in the reader's language; *site_language* is the site's own."""

    @app.errorhandler(HTTPException)
    def answer(error: HTTPException) -> flask.Response:
        code = error.code or 500
        editing = flask.request.path.startswith("/edit/")
        language = _language(flask.session.get("lang") if editing else None, site_language)
        key = f"error.{code if code in TOLD else 500}"
        body = flask.render_template(
            "error.html",
            lang_tag=LANGUAGE_TAGS[language],
            stylesheet=flask.url_for("static", filename="kssgov.css"),
            title=word(f"{key}.title", language),
            text=word(f"{key}.text", language),
            back=flask.url_for("editor.home") if editing else flask.url_for("index"),
            back_words=word("error.back.editor" if editing else "error.back", language),
        )
        response = flask.Response(body, status=code)
        response.headers["Cache-Control"] = "no-store"  # the next request may well be answered
        return response


def _language(remembered: object, site_language: Callable[[], Language]) -> Language:
    """The language asked for (``?lang=``), else the one the editor chose, else the site's."""
    return language_of(flask.request.args.get("lang")) or language_of(remembered) or site_language()
