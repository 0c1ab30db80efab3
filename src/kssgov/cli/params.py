"""What the commands share: the dataset argument, the language option, dates, and the one error handler.

Only the command line prints. The library raises :class:`~kssgov.KssgovError`;
:func:`handled` turns one into the problems behind it and a sentence in the
reader's language, and exit status 1.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final, TypeVar

import click

from ..exceptions import DatasetError, InvalidValueError, KssgovError
from ..messages import Language, sentence, text, user_language
from ..model import parse_date
from .language import language

F = TypeVar("F", bound=Callable[..., object])


def help_text(code: str) -> str:
    """The help text *code* in the language of the person reading it."""
    return text(code, user_language())


def metavar(name: str) -> str:
    """The placeholder *name* of the help (``metavar.dataset``: ``DATASET``) in the reader's language."""
    return help_text(f"metavar.{name}")


def confirm(question: str, lang: Language) -> bool:
    """Ask *question* at the keyboard; yes in the language's own words (``j``, ``ja``) or English's.

    Enter answers no. click's own ``confirm`` knows only ``y`` and ``n``.
    """
    yes = {word.strip() for word in text("confirm.yes", lang).split(",")} | {"y", "yes"}
    no = {word.strip() for word in text("confirm.no", lang).split(",")} | {"n", "no", ""}
    while True:
        answer = click.prompt(
            f"{question} {text('confirm.choices', lang)}", default="", show_default=False, prompt_suffix=" "
        )
        if answer.strip().lower() in yes:
            return True
        if answer.strip().lower() in no:
            return False
        click.echo(text("confirm.again", lang), err=True)


class DatasetFolder(click.Path):
    """A dataset folder, given to the command as a :class:`pathlib.Path`."""

    def __init__(self) -> None:
        super().__init__(file_okay=False, path_type=Path)


def dataset_parameter() -> click.Argument:
    """``DATASET``: the dataset folder, else ``KSSGOV_DATASET``, else the current folder."""
    return click.Argument(
        ["folder"], type=DatasetFolder(), metavar=metavar("dataset"), envvar="KSSGOV_DATASET", default="."
    )


def dataset_argument() -> Callable[[F], F]:
    """:func:`dataset_parameter` as a decorator."""
    return click.argument(
        "folder", type=DatasetFolder(), metavar=metavar("dataset"), envvar="KSSGOV_DATASET", default="."
    )


class DateType(click.ParamType[dt.date, object]):
    """A day on the command line, in the report's style (6.1.2023) or ISO (2023-01-06)."""

    name = "DATE"

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str | None:
        return text("metavar.date", language(ctx))

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return parse_date(str(value))
        except InvalidValueError as error:
            self.fail(error.render(language(ctx)), param, ctx)


DATE: Final = DateType()


class Failed(click.ClickException):
    """A command that could not do its job: the sentence, in the reader's language, and exit 1."""

    def __init__(self, message: str, language: Language) -> None:
        super().__init__(message)
        self.language = language

    def show(self, file: object = None) -> None:
        click.echo(text("error", self.language, message=self.format_message()), err=True)


#: Problems that mean the folder is not a dataset at all: one sentence says so.
NO_DATASET: Final = frozenset({"dataset.not_found", "dataset.no_settings"})


def fail(error: KssgovError, lang: Language | None = None) -> Failed:
    """*error*'s problems printed, and the exception that ends the command with its sentence.

    A folder that is no dataset at all gets one sentence saying so, and how to name one.
    """
    chosen = lang or language()
    if isinstance(error, DatasetError) and error.problems and {p.code for p in error.problems} <= NO_DATASET:
        return Failed(sentence("edit.no_dataset", chosen, folder=error.problems[0].location.file), chosen)
    for problem in error.problems:
        click.echo(problem.render(chosen), err=True)
    return Failed(error.render(chosen), chosen)


@contextmanager
def handled() -> Iterator[None]:
    """Run a command, turning any :class:`~kssgov.KssgovError` into its message and exit 1."""
    try:
        yield
    except KssgovError as error:
        raise fail(error) from None
