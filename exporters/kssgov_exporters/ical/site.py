"""Where the calendar feeds live, and the index page that offers them to subscribers.

The same layout serves ``kssgov serve`` and the static files of ``kssgov
publish``: the public feed at ``/calendar.ics`` (``/calendar-en.ics`` in
English), and the members' and the board's feeds under their secret tokens,
``/<token>/calendar.ics``.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterator, Mapping

import attrs

from kssgov import Language, Settings, Visibility
from kssgov.messages import LANGUAGES

from .words import word


@attrs.frozen
class Feed:
    """One published feed: its path, audience and language."""

    path: str
    audience: Visibility
    language: Language


def tokens(settings: Settings, environ: Mapping[str, str] = os.environ) -> dict[Visibility, str]:
    """The secret token of each narrower audience: from the environment, else from the settings.

    Tokens from the environment are checked exactly as those in ``kssgov.toml``
    (raising :class:`~kssgov.InvalidValueError`), and must differ.
    """
    return settings.access.from_environment(environ).tokens()


def file_name(language: Language, default: Language) -> str:
    return "calendar.ics" if language == default else f"calendar-{language}.ics"


def feeds(settings: Settings, secret: Mapping[Visibility, str]) -> Iterator[Feed]:
    """Every feed: public ones first, then those of audiences that have a token."""
    for language in _languages(settings):
        yield Feed(file_name(language, settings.language), Visibility.PUBLIC, language)
    for audience, token in secret.items():
        for language in _languages(settings):
            yield Feed(f"{token}/{file_name(language, settings.language)}", audience, language)


def _languages(settings: Settings) -> list[Language]:
    return [settings.language, *(lang for lang in LANGUAGES if lang != settings.language)]


def index_html(settings: Settings, base_url: str, calendar_name: str | None = None) -> str:
    """A page offering the public feeds with https and webcal links; never the secret ones."""
    language = settings.language
    name = html.escape(calendar_name or settings.name)
    title = html.escape(word("page.title", language, name=name), quote=False)
    base = base_url.rstrip("/")
    items = []
    for feed in feeds(settings, {}):
        https = f"{base}/{feed.path}"
        webcal = "webcal://" + https.split("://", 1)[-1]
        items.append(
            f"<li><strong>{html.escape(word(f'page.{feed.language}', language))}</strong><br>"
            f'<a href="{html.escape(webcal)}">{html.escape(word("page.webcal", language))}</a><br>'
            f"{html.escape(word('page.https', language))}: <code>{html.escape(https)}</code></li>"
        )
    return (
        f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n</head>\n<body>\n<main>\n"
        f"<h1>{title}</h1>\n<p>{html.escape(word('page.intro', language))}</p>\n"
        f"<ul>\n{chr(10).join(items)}\n</ul>\n<p>{html.escape(word('page.how', language))}</p>\n"
        f"</main>\n</body>\n</html>\n"
    )
