"""``kssgov check`` and ``kssgov schema``: what is wrong with a dataset, and the schema of its files."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import cattrs
import click

from ..exporting import check as full_check
from ..files.atomic import write_text
from ..files.converter import make_converter
from ..files.schema import records_schema, settings_schema
from ..messages import Count, text
from ..problems import Problem
from .language import lang_option, language
from .params import DATE, confirm, dataset_argument, handled, help_text, metavar


@click.command(help=help_text("help.check"))
@dataset_argument()
@click.option("--as-of", type=DATE, help=help_text("help.as_of"))
@click.option("--strict", is_flag=True, help=help_text("help.strict"))
@click.option("--fix", is_flag=True, help=help_text("help.fix"))
@click.option("--yes", "-y", is_flag=True, help=help_text("help.yes"))
@lang_option()
def check(folder: Path, as_of: dt.date | None, strict: bool, fix: bool, yes: bool) -> None:
    lang = language()
    with handled():
        result = full_check(folder, as_of)
    if fix or yes:
        offered = [p for p in result.problems if p.fix is not None]
        if not offered or result.dataset is None:
            click.echo(text("fix.none", lang))
        elif _corrected(folder, offered, make_converter(result.dataset.settings.timezone), ask=not yes):
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
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar=metavar("file"),
    help=help_text("help.output"),
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


def _corrected(folder: Path, problems: list[Problem], converter: cattrs.Converter, *, ask: bool) -> int:
    """Apply each problem's fix that the person accepts, through the safe editing path; how many were."""
    from ..files import editing  # the writing machinery, only when something is to be written

    lang = language()
    applied = 0
    for problem in problems:
        fix = problem.fix
        assert fix is not None
        click.echo(
            text(
                "fix.offer",
                lang,
                location=problem.location,
                record=fix.record,
                field=fix.field,
                old=problem.params.get("value", "?"),
                new=fix.shown,
            )
        )
        if ask:
            try:
                accepted = confirm(text("fix.confirm", lang), lang)
            except click.Abort:
                click.echo()
                break
            if not accepted:
                continue
        with handled():
            editing.edit(folder, fix.record, {fix.field: converter.unstructure(fix.value)})
        applied += 1
        click.echo(text("fix.applied", lang, record=fix.record, field=fix.field, new=fix.shown))
    click.echo(text("fix.summary", lang, count=Count("correction", applied)))
    return applied
