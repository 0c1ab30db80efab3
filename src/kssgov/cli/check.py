"""``kssgov check`` and ``kssgov schema``: what is wrong with a dataset, and the schema of its files."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from ..exporting import check as full_check
from ..files.atomic import write_text
from ..files.schema import records_schema, settings_schema
from ..messages import Count, text
from .params import DATE, dataset_argument, handled, help_text, lang_option, language


@click.command(help=help_text("help.check"))
@dataset_argument()
@click.option("--as-of", type=DATE, help=help_text("help.as_of"))
@click.option("--strict", is_flag=True, help=help_text("help.strict"))
@lang_option()
def check(folder: Path, as_of: dt.date | None, strict: bool) -> None:
    lang = language()
    with handled():
        result = full_check(folder, as_of)
    for problem in result.problems:
        click.echo(problem.render(lang))
    if not result.problems:
        click.echo(text("check.clean", lang, folder=folder))
    else:
        errors, warnings = Count("error", len(result.errors)), Count("warning", len(result.warnings))
        click.echo(text("check.summary", lang, folder=folder, errors=errors, warnings=warnings))
    if result.errors:
        sys.exit(1)
    if strict and result.warnings:
        click.echo(text("check.strict", lang), err=True)
        sys.exit(1)


@click.command(help=help_text("help.schema"))
@click.option("--settings", is_flag=True, help=help_text("help.settings_schema"))
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help=help_text("help.output")
)
@lang_option()
def schema(settings: bool, output: Path | None) -> None:
    document = settings_schema() if settings else records_schema()
    content = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if output is None:
        click.echo(content, nl=False)
        return
    with handled():
        write_text(output, content)
    click.echo(text("written", language(), path=output), err=True)
