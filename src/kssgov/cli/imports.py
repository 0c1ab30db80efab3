"""``kssgov import docx`` and ``kssgov import csv``: politics-table rows from a report or a spreadsheet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from ..files import importing
from ..messages import Count, text
from ..model import ActivityKind
from .language import lang_option, language
from .params import dataset_argument, handled, help_text, metavar

Reader = Callable[[Path], list[importing.Row]]


@click.group("import", help=help_text("help.import"))
@lang_option()
def import_group() -> None:
    pass


def _import_command(source: str, reader: Reader, help_code: str) -> click.Command:
    """``kssgov import SOURCE FILE DATASET``, reading FILE with *reader*."""

    @click.command(source, help=help_text(help_code))
    @click.argument(
        "file", type=click.Path(exists=True, dir_okay=False, path_type=Path), metavar=metavar("file")
    )
    @dataset_argument()
    @click.option("--kind", type=click.Choice(ActivityKind.names()), help=help_text("help.import_kind"))
    @lang_option()
    def command(file: Path, folder: Path, kind: str | None) -> None:
        lang = language()
        with handled():
            result = importing.import_rows(folder, reader(file), {"kind": kind} if kind else None)
        for skipped in result.skipped:
            click.echo(text("import.skipped", lang, row=skipped.row, reason=skipped.reason), err=True)
        if result.added:
            click.echo(text("import.added", lang, count=Count("row", len(result.added)), path=result.path))
        else:
            click.echo(text("import.nothing", lang))

    return command


import_group.add_command(_import_command("docx", importing.docx_rows, "help.import_docx"))
import_group.add_command(_import_command("csv", importing.csv_rows, "help.import_csv"))
