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

from .messages import LANGUAGES, Language
from .settings import Settings
from .vocabulary import Visibility

TOKEN_VARIABLES: Mapping[Visibility, str] = {
    Visibility.MEMBERS: "KSSGOV_MEMBERS_TOKEN",
    Visibility.BOARD: "KSSGOV_BOARD_TOKEN",
}


@attrs.frozen
class Feed:
    """One published feed: its path, audience and language."""

    path: str
    audience: Visibility
    language: Language


def tokens(settings: Settings, environ: Mapping[str, str] = os.environ) -> dict[Visibility, str]:
    """The secret token of each narrower audience: from the environment, else from the settings."""
    configured = {
        Visibility.MEMBERS: settings.feed.members_token,
        Visibility.BOARD: settings.feed.board_token,
    }
    found = {}
    for audience, variable in TOKEN_VARIABLES.items():
        token = environ.get(variable) or configured[audience]
        if token:
            found[audience] = token
    return found


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


_PAGE = {
    "nb": {
        "title": "Kalender: {name}",
        "intro": "Abonner på kalenderen, så holder den seg oppdatert av seg selv.",
        "webcal": "Abonner (Apple Kalender, Outlook, Thunderbird)",
        "https": "Adresse til Google Kalender og andre",
        "how": "I Google Kalender: Andre kalendere, Fra nettadresse, og lim inn adressen.",
        "nb": "På norsk",
        "en": "In English",
    },
    "en": {
        "title": "Calendar: {name}",
        "intro": "Subscribe to the calendar and it keeps itself up to date.",
        "webcal": "Subscribe (Apple Calendar, Outlook, Thunderbird)",
        "https": "Address for Google Calendar and others",
        "how": "In Google Calendar: Other calendars, From URL, and paste the address.",
        "nb": "In Norwegian",
        "en": "In English",
    },
}


def index_html(settings: Settings, base_url: str) -> str:
    """A page offering the public feeds with https and webcal links; never the secret ones."""
    words = _PAGE[settings.language]
    name = html.escape(settings.feed.name or settings.name)
    base = base_url.rstrip("/")
    items = []
    for feed in feeds(settings, {}):
        https = f"{base}/{feed.path}"
        webcal = "webcal://" + https.split("://", 1)[-1]
        items.append(
            f"<li><strong>{html.escape(words[feed.language])}</strong><br>"
            f'<a href="{html.escape(webcal)}">{html.escape(words["webcal"])}</a><br>'
            f"{html.escape(words['https'])}: <code>{html.escape(https)}</code></li>"
        )
    return (
        f'<!DOCTYPE html>\n<html lang="{settings.language}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{words['title'].format(name=name)}</title>\n</head>\n<body>\n"
        f"<h1>{words['title'].format(name=name)}</h1>\n<p>{html.escape(words['intro'])}</p>\n"
        f"<ul>\n{chr(10).join(items)}\n</ul>\n<p>{html.escape(words['how'])}</p>\n</body>\n</html>\n"
    )
