"""``kssgov add``, ``edit``, ``cancel`` and ``fmt``: changing the data safely from the command line."""

from __future__ import annotations

import sys
from pathlib import Path

import click
import tomli

from ..exceptions import EditError
from ..files import editing
from ..messages import Phrase, text
from ..model import RECORD_TYPES, Consultation
from .fields import field_options, given_values
from .language import lang_option, language
from .params import confirm, dataset_argument, dataset_parameter, handled, help_text, metavar


class RecordCommands(click.Group):
    """A subcommand per record type, each built from the record's fields when it is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(RECORD_TYPES)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return add_command(cmd_name) if cmd_name in RECORD_TYPES else None


@click.group(cls=RecordCommands, help=help_text("help.add"))
@lang_option()
def add() -> None:
    pass


def add_command(table: str) -> click.Command:
    """``kssgov add TABLE DATASET --field VALUE ...`` with an option for each field of the record."""
    cls = RECORD_TYPES[table].cls
    lang = language()
    params: list[click.Parameter] = [
        dataset_parameter(),
        *field_options(cls, table=table, lang=lang, prompt=True),
        click.Option(["--force"], is_flag=True, help=help_text("help.force")),
    ]

    def callback(folder: Path, force: bool, **given: object) -> None:
        values = given_values(given)
        with handled():
            try:
                added = editing.add(folder, table, values, force=force)
            except EditError as error:
                if error.code != "edit.duplicate" or not _ask_anyway(error):
                    raise
                added = editing.add(folder, table, values, force=True)
        click.echo(
            text(
                "edit.added",
                language(),
                table=Phrase(f"table.{table}"),
                id=added.records[0].id,
                path=added.path,
            )
        )

    words = text(f"table.{table}", lang)
    summary = f"{words[:1].upper()}{words[1:]}"
    described = text(f"table.{table}.help", lang)
    return click.command(
        table, params=params, help=described, short_help=summary, options_metavar=metavar("options")
    )(lang_option()(callback))


def _ask_anyway(error: EditError) -> bool:
    """At the keyboard, whether to add a record that looks like one already there; a script is refused."""
    if not sys.stdin.isatty():
        return False
    lang = language()
    click.echo(error.render(lang), err=True)
    return confirm(text("edit.add_anyway", lang), lang)


def parse_assignment(assignment: str) -> tuple[str, object]:
    """``FIELD=VALUE``, the value read as TOML when it is valid TOML, else as text."""
    key, sep, value = assignment.partition("=")
    if not sep or not key.strip():
        raise click.BadParameter(
            text("edit.not_assignment", language(), value=assignment), param_hint="'--set'"
        )
    try:
        parsed: object = tomli.loads(f"value = {value}")["value"]
    except (tomli.TOMLDecodeError, RecursionError):
        parsed = value
    return key.strip(), parsed


@click.command(help=help_text("help.edit"))
@click.argument("record_id", metavar=metavar("record_id"))
@dataset_argument()
@click.option(
    "--set", "assignments", multiple=True, metavar=metavar("field_value"), help=help_text("help.set")
)
@click.option("--unset", multiple=True, metavar=metavar("field"), help=help_text("help.unset"))
@lang_option()
def edit(record_id: str, folder: Path, assignments: tuple[str, ...], unset: tuple[str, ...]) -> None:
    if not assignments and not unset:
        raise click.UsageError(text("edit.nothing_asked", language()))
    changes = dict(parse_assignment(a) for a in assignments)
    with handled():
        editing.edit(folder, record_id, changes, unset)
    click.echo(text("edit.changed", language(), id=record_id))


@click.command(help=help_text("help.cancel"))
@click.argument("record_id", metavar=metavar("record_id"))
@dataset_argument()
@lang_option()
def cancel(record_id: str, folder: Path) -> None:
    with handled():
        done = editing.cancel(folder, record_id)
    code = "edit.already_cancelled" if done.already else "edit.cancelled"
    if isinstance(done.record, Consultation):
        code = "edit.already_withdrawn" if done.already else "edit.withdrawn"
    click.echo(text(code, language(), id=record_id))


@click.command(help=help_text("help.fmt"))
@dataset_argument()
@lang_option()
def fmt(folder: Path) -> None:
    with handled():
        changed = editing.reformat(folder)
    for path in changed:
        click.echo(text("edit.formatted", language(), path=path))
    if not changed:
        click.echo(text("edit.tidy", language()))
