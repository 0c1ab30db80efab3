"""The language a command speaks: ``--lang``, else ``KSSGOV_LANG``, else its dataset's, else the locale.

Kept apart from :mod:`.params` so that click's own words (:mod:`.click_words`) can ask
for it without loading the library's model.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Final, TypeVar

import click

from ..messages import LANGUAGES, Language, choose, text, user_language
from ..translations import language_of

#: The settings file that marks a folder as a dataset.
SETTINGS: Final = "kssgov.toml"
#: Where ``--lang`` leaves its value in a command's context.
LANGUAGE_KEY: Final = "kssgov.language"

F = TypeVar("F", bound=Callable[..., object])


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


def remember_language(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Keep ``--lang`` where :func:`language` finds it, for this command and those under it."""
    if value is not None:
        ctx.meta[LANGUAGE_KEY] = value
    return value


def lang_option() -> Callable[[F], F]:
    """``--lang nb|nn|en``: the language of the messages (``KSSGOV_LANG`` or the locale by default)."""
    return click.option(
        "--lang",
        type=click.Choice(LANGUAGES),
        envvar="KSSGOV_LANG",
        callback=remember_language,
        expose_value=False,
        is_eager=True,
        help=text("help.lang", user_language()),
    )
