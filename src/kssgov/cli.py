"""The ``kssgov`` command line. Only this layer prints; the library raises.

Heavy modules (the loader, exporters and their libraries) are imported inside
the commands that need them, so that ``kssgov --help`` starts fast.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import click

from .messages import LANGUAGES, Language, plural, ui

LANG = click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    envvar="KSSGOV_LANG",
    default="en",
    show_default=True,
    help="Language of the messages: en (English) or nb (bokmål). Also KSSGOV_LANG.",
)


class DateType(click.ParamType[dt.date, Any]):
    """A day on the command line, in the report's style (6.1.2023) or ISO (2023-01-06)."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> dt.date:
        if isinstance(value, dt.date):
            return value
        from .dates import parse_date
        from .exceptions import InvalidValueError

        try:
            return parse_date(str(value))
        except InvalidValueError as error:
            self.fail(str(error), param, ctx)


DATE = DateType()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kssgov")
def main() -> None:
    """Keep an organisation's governance and advocacy records, and publish them.

    A dataset is a folder of TOML files with a kssgov.toml settings file.
    Start with 'kssgov check DATASET'.
    """


@main.command()
@click.argument("dataset", type=click.Path(path_type=Path, file_okay=False))
@click.option("--as-of", type=DATE, help="Check the governing bodies on this day only.")
@click.option("--strict", is_flag=True, help="Fail (exit 1) on warnings too.")
@LANG
def check(dataset: Path, as_of: dt.date | None, strict: bool, lang: Language) -> None:
    """Check DATASET and print every error and warning with its file and line.

    Exits 0 when there are no errors, 1 when there are (or warnings with --strict).
    """
    from .store import check as check_dataset

    result = check_dataset(dataset, as_of=as_of)
    for problem in result.problems:
        click.echo(problem.render(lang))
    if not result.problems:
        click.echo(ui("check.clean", lang, path=dataset))
    else:
        errors, warnings = len(result.errors), len(result.warnings)
        click.echo(
            ui(
                "check.summary",
                lang,
                path=dataset,
                errors=errors,
                warnings=warnings,
                errors_word=plural("error", errors, lang),
                warnings_word=plural("warning", warnings, lang),
            )
        )
    if result.errors:
        sys.exit(1)
    if strict and result.warnings:
        click.echo(ui("check.strict", lang), err=True)
        sys.exit(1)


@main.command()
@click.option("--settings", is_flag=True, help="The schema of kssgov.toml instead of the data files.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Write to this file.")
@LANG
def schema(settings: bool, output: Path | None, lang: Language) -> None:
    """Print the JSON Schema of the dataset files, for editors that validate while you type."""
    from . import _atomic
    from .schema import records_schema, settings_schema

    document = settings_schema() if settings else records_schema()
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if output is None:
        click.echo(text, nl=False)
        return
    _atomic.write_text(output, text)
    click.echo(ui("written", lang, path=output), err=True)


if __name__ == "__main__":
    main()
