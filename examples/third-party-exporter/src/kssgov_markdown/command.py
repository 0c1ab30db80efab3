"""An example command from outside kssgov: ``kssgov politics-count DATASET``.

A plugin command is a click command named in the ``kssgov.commands`` entry
points. It raises kssgov's errors (here :class:`kssgov.DatasetError` from
:func:`kssgov.load`) and leaves printing them to kssgov, which shows them in
the reader's language and exits with status 1.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

import kssgov
from kssgov.messages import label, text, user_language

from . import WORDS


@click.command("politics-count", help=text(WORDS["command.count"], user_language()))
@click.argument(
    "folder",
    metavar=text("metavar.dataset", user_language()),
    envvar="KSSGOV_DATASET",
    default=".",
    type=click.Path(path_type=Path),
)
@click.option(
    "--year",
    type=int,
    metavar=text("metavar.year", user_language()),
    help=text(WORDS["command.year"], user_language()),
)
def politics_count(folder: Path, year: int | None) -> None:
    dataset = kssgov.load(folder)
    rows = dataset.activities_in(year, audience=kssgov.Visibility.PUBLIC)
    language = user_language()
    for kind, number in sorted(Counter(a.kind for a in rows).items(), key=lambda item: -item[1]):
        click.echo(f"{number:>4}  {label(kind, language)}")
