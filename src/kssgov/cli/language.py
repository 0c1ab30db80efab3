"""The language a command speaks: ``--lang``, else ``KSSGOV_LANG``, else its dataset's, else the locale.

Kept apart from :mod:`.params` so that click's own words (:mod:`.click_words`) can ask
for it without loading the library's model.
"""

from __future__ import annotations

import os
from typing import Final

import click

from ..messages import Language, user_language
from ..translations import language_of

#: Where ``--lang`` leaves its value in a command's context.
LANGUAGE_KEY: Final = "kssgov.language"


def language(ctx: click.Context | None = None) -> Language:
    """The language of the messages for this command.

    ``--lang``; else ``KSSGOV_LANG``; else the language of the dataset the command
    works on (its ``DATASET`` argument, by default ``KSSGOV_DATASET`` or the current
    folder); else the system's locale.
    """
    current = ctx or click.get_current_context(silent=True)
    folder = None
    while current is not None:
        chosen = language_of(current.meta.get(LANGUAGE_KEY))
        if chosen is not None:
            return chosen
        given = current.params.get("folder")
        if folder is None and isinstance(given, str | os.PathLike):
            folder = given
        current = current.parent
    return user_language(folder=folder)
