"""Where the calendar feeds live: the same layout for ``kssgov serve`` and ``kssgov publish``.

The same layout serves ``kssgov serve`` and the static files of ``kssgov
publish``: the public feed at ``/calendar.ics`` (``/calendar-en.ics`` in
English), and the members' and the board's feeds under their secret tokens,
``/<token>/calendar.ics``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping

import attrs

from kssgov import Language, Settings, Visibility
from kssgov.messages import LANGUAGES


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
