"""The language a command speaks: ``--lang``, else ``KSSGOV_LANG`` or the locale.

Kept apart from :mod:`.params` so that click's own words (:mod:`.click_words`) can ask
for it without loading the library's model.
"""

from __future__ import annotations

from typing import Final

import click

from ..messages import LANGUAGES, Language, user_language

#: Where ``--lang`` leaves its value in a command's context.
LANGUAGE_KEY: Final = "kssgov.language"


def language(ctx: click.Context | None = None) -> Language:
    """The language of the messages for this command: ``--lang``, else ``KSSGOV_LANG`` or the locale."""
    current = ctx or click.get_current_context(silent=True)
    while current is not None:
        chosen = current.meta.get(LANGUAGE_KEY)
        if chosen in LANGUAGES:
            return "nb" if chosen == "nb" else "en"
        current = current.parent
    return user_language()
