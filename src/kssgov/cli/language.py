"""The language a command speaks: ``--lang``, else ``KSSGOV_LANG``, else its dataset's, else the locale.

Kept apart from :mod:`.params` so that click's own words (:mod:`.click_words`) can ask
for it without loading the library's model.
"""

from __future__ import annotations

import os
from typing import Final

import click

from ..messages import Language, choose, user_language
from ..translations import language_of

#: The settings file that marks a folder as a dataset.
SETTINGS: Final = "kssgov.toml"
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


def arguments_language(args: list[str]) -> Language:
    """The language a command line asks for: its ``--lang``, else as :func:`user_language` says for the
    first dataset folder among its arguments (a folder holding ``kssgov.toml``)."""
    for position, argument in enumerate(args):
        value = argument.removeprefix("--lang=") if argument.startswith("--lang=") else None
        if argument == "--lang" and position + 1 < len(args):
            value = args[position + 1]
        chosen = language_of(value)
        if chosen is not None:
            return chosen
    choose(None)
    folder = next((a for a in args if os.path.isfile(os.path.join(a, SETTINGS))), None)
    return user_language(folder=folder)
