"""The ``kssgov`` command line. Only this layer prints; the library raises.

Heavy modules (the loader, exporters and their libraries) are imported inside
the commands that need them, so that ``kssgov --help`` starts fast.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from .messages import LANGUAGES, Language, plural, ui

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

LANG = click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    envvar="KSSGOV_LANG",
    default="en",
    show_default=True,
    help="Language of the messages: en (English) or nb (bokmål). Also KSSGOV_LANG.",
)


class PathArg(click.Path):
    """A path option or argument, given to the command as a :class:`pathlib.Path`.

    pathlib is imported only when a path is given, which keeps ``--help`` fast.
    """

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        import os
        from pathlib import Path

        return Path(os.fsdecode(super().convert(value, param, ctx)))


class DateType(click.ParamType["dt.date", Any]):
    """A day on the command line, in the report's style (6.1.2023) or ISO (2023-01-06)."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> dt.date:
        import datetime as dt

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
@click.argument("dataset", type=PathArg(file_okay=False))
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
@click.option("-o", "--output", type=PathArg(dir_okay=False), help="Write to this file.")
@LANG
def schema(settings: bool, output: Path | None, lang: Language) -> None:
    """Print the JSON Schema of the dataset files, for editors that validate while you type."""
    import json

    from . import _atomic
    from .schema import records_schema, settings_schema

    document = settings_schema() if settings else records_schema()
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if output is None:
        click.echo(text, nl=False)
        return
    _atomic.write_text(output, text)
    click.echo(ui("written", lang, path=output), err=True)


# --- exporting --------------------------------------------------------------------


def _load_for_export(dataset: Path, lang: Language) -> tuple[Any, int]:
    """The dataset, or every error printed and exit 1; also the number of warnings."""
    from .store import check as check_dataset

    result = check_dataset(dataset)
    if result.dataset is None:
        for problem in result.errors:
            click.echo(problem.render(lang), err=True)
        raise click.ClickException(ui("dataset.invalid", lang, path=dataset))
    return result.dataset, len(result.warnings)


def _registry() -> Any:
    from .plugins import discover

    registry = discover()
    for problem in registry.problems:
        click.echo(f"warning: {problem}", err=True)
    return registry


def _options(pairs: tuple[str, ...]) -> dict[str, str]:
    options = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{pair!r} is not KEY=VALUE", param_hint="'-O' / '--option'")
        options[key.strip()] = value
    return options


def _write(target: Path, data: bytes) -> None:
    from . import _atomic

    try:
        _atomic.write_atomically(target, data)
    except OSError as error:
        raise click.ClickException(f"cannot write {target}: {error.strerror or error}") from None


def _export_options(function: Any) -> Any:
    """The options every export takes: output, period, filters, audience, language, template, PDF."""
    from .vocabulary import ActivityKind, Visibility

    options = [
        click.option(
            "-o", "--output", type=PathArg(dir_okay=False), required=True, help="The file to write."
        ),
        click.option(
            "--year", type=click.IntRange(1800, 2200), help="The year to cover (default: the report year)."
        ),
        click.option("--from", "first", type=DATE, help="The first day to cover."),
        click.option("--to", "last", type=DATE, help="The last day to cover."),
        click.option(
            "--kind",
            "kinds",
            type=click.Choice(ActivityKind.names()),
            multiple=True,
            help="Only these activities.",
        ),
        click.option("--body", "bodies", multiple=True, help="Only records of this body (id)."),
        click.option("--alliance", "alliances", multiple=True, help="Only records of this alliance (id)."),
        click.option(
            "--audience",
            type=click.Choice(Visibility.names()),
            default="public",
            show_default=True,
            help="Who the document is for; nothing narrower than this is included.",
        ),
        click.option(
            "--lang",
            type=click.Choice(LANGUAGES),
            help="Language of the document (default: the dataset's, usually nb).",
        ),
        click.option(
            "--template",
            type=PathArg(exists=True, dir_okay=False),
            help="The organisation's own .docx: its styles, header, footer and page setup are used.",
        ),
        click.option(
            "-O", "--option", "extra", multiple=True, metavar="KEY=VALUE", help="An exporter's own setting."
        ),
        click.option("--pdf", is_flag=True, help="Also write a PDF next to the output, with LibreOffice."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _request(dataset: Any, **given: Any) -> Any:
    from .plugins import ExportRequest, build_timestamp
    from .vocabulary import ActivityKind, Visibility

    template = given["template"]
    return ExportRequest(
        language=given["lang"] or dataset.settings.language,
        audience=Visibility(given["audience"]),
        year=given["year"],
        first=given["first"],
        last=given["last"],
        kinds=tuple(ActivityKind(k) for k in given["kinds"]),
        bodies=tuple(given["bodies"]),
        alliances=tuple(given["alliances"]),
        date=given.get("date"),
        place=given.get("place"),
        template=template.read_bytes() if template is not None else None,
        timestamp=build_timestamp(),
        workspace=given["dataset_path"] / ".kssgov",
        options=_options(given["extra"]),
    )


def _note_warnings(warnings: int, dataset: Path) -> None:
    if warnings:
        click.echo(ui("export.warnings", _message_language(), count=warnings, path=dataset), err=True)


def _message_language() -> Language:
    import os

    value = os.environ.get("KSSGOV_LANG", "en")
    return "nb" if value == "nb" else "en"


@main.command("exporters")
def list_exporters() -> None:
    """List the installed exporters: name, output type, description and where each comes from."""
    registry = _registry()
    for name, plugin in sorted(registry.plugins.items()):
        exporter = plugin.exporter
        click.echo(f"{name:<12} {exporter.output:<6} {exporter.description}  [{plugin.distribution}]")


@main.command()
@click.argument("section")
@click.argument("dataset", type=PathArg(file_okay=False))
@_export_options
@click.option("--date", "date", type=DATE, help="The day a document is for (the signature sheet's date).")
@click.option("--place", help="The place printed with the date.")
def export(section: str, dataset: Path, output: Path, pdf: bool, **given: Any) -> None:
    """Write SECTION of DATASET (see 'kssgov exporters') to a file.

    For example: kssgov export politics examples/kss-2023 -o politikk.docx
    """
    from .exceptions import PluginError

    registry = _registry()
    if section not in registry.plugins and not any(
        p.entry_point.startswith(f"{section} ") for p in registry.problems
    ):
        known = ", ".join(sorted(registry.plugins))
        raise click.UsageError(f"there is no exporter called {section!r}; installed: {known}")
    data, warnings = _load_for_export(dataset, _message_language())
    request = _request(data, dataset_path=dataset, **given)
    try:
        document = registry.get(section).export(data, request)
    except PluginError as error:
        raise click.ClickException(str(error)) from None
    _deliver(output, document, pdf=pdf, warnings=warnings, dataset=dataset)


def _deliver(output: Path, document: bytes, *, pdf: bool, warnings: int, dataset: Path) -> None:
    """Write *document* to *output* atomically, say so, point at any warnings, and make the PDF."""
    from .exceptions import PdfError
    from .pdf import to_pdf

    _write(output, document)
    click.echo(ui("written", _message_language(), path=output), err=True)
    _note_warnings(warnings, dataset)
    if not pdf:
        return
    try:
        target = to_pdf(output)
    except PdfError as error:
        raise click.ClickException(str(error)) from None
    click.echo(ui("written", _message_language(), path=target), err=True)


@main.command()
@click.argument("report", type=PathArg(exists=True, dir_okay=False))
@click.argument("dataset", type=PathArg(file_okay=False))
@_export_options
@click.option(
    "--with", "exporter_name", default="report", show_default=True, help="The exporter that fills markers."
)
def fill(report: Path, dataset: Path, output: Path, exporter_name: str, pdf: bool, **given: Any) -> None:
    """Fill the {{kssgov:SECTION}} marker paragraphs of REPORT with sections of DATASET.

    Write the annual report in Word, leave a paragraph such as {{kssgov:politics}}
    where a section belongs, and this replaces each marker, leaving the rest as it was.
    """
    from .exceptions import PluginError
    from .plugins import Filler

    registry = _registry()
    data, warnings = _load_for_export(dataset, _message_language())
    try:
        exporter = registry.get(exporter_name)
        if not isinstance(exporter, Filler):
            raise PluginError(f"the exporter {exporter_name!r} cannot fill markers")
        document = exporter.fill(report.read_bytes(), data, _request(data, dataset_path=dataset, **given))
    except PluginError as error:
        raise click.ClickException(str(error)) from None
    _deliver(output, document, pdf=pdf, warnings=warnings, dataset=dataset)


# --- calendar feeds ---------------------------------------------------------------


@main.command("serve")
@click.argument("dataset", type=PathArg(file_okay=False, exists=True))
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8080, show_default=True, help="The port.")
@click.option(
    "--base-url", help="The public address behind a reverse proxy, e.g. https://kalender.example.org"
)
@click.option("--threads", type=click.IntRange(1, 64), default=4, show_default=True, help="Worker threads.")
def serve_command(dataset: Path, host: str, port: int, base_url: str | None, threads: int) -> None:
    """Serve the calendar feeds of DATASET over HTTP for subscription.

    The public feed is at /calendar.ics (English: /calendar-en.ics), the members' and the
    board's at /<token>/calendar.ics. The feeds follow changes to the files without a restart.
    """
    import logging

    from .server import serve

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    shown = base_url or f"http://{host}:{port}"
    click.echo(ui("serve.listening", _message_language(), url=shown.rstrip("/") + "/calendar.ics"), err=True)
    serve(dataset, host=host, port=port, base_url=base_url, threads=threads)


@main.command()
@click.argument("dataset", type=PathArg(file_okay=False))
@click.option(
    "--to",
    "target",
    type=PathArg(file_okay=False),
    required=True,
    help="The folder to write.",
)
@click.option(
    "--base-url", required=True, help="Where the folder will be served, e.g. https://example.org/kalender"
)
def publish(dataset: Path, target: Path, base_url: str) -> None:
    """Write the calendar feeds and an index page into a folder, for any web server to serve.

    The layout is the same as 'kssgov serve': calendar.ics, calendar-en.ics, index.html,
    and <token>/calendar.ics for the members and the board when they have tokens.
    """
    from . import _atomic
    from .exceptions import PluginError
    from .feedsite import feeds, index_html, tokens
    from .plugins import ExportRequest, build_timestamp

    data, warnings = _load_for_export(dataset, _message_language())
    exporter = _registry().get("ical")
    try:
        for feed in feeds(data.settings, tokens(data.settings)):
            request = ExportRequest(
                language=feed.language,
                audience=feed.audience,
                timestamp=build_timestamp(),
                workspace=dataset / ".kssgov",
            )
            path = target / feed.path
            path.parent.mkdir(parents=True, exist_ok=True)
            _write(path, exporter.export(data, request))
            click.echo(ui("written", _message_language(), path=path), err=True)
        target.mkdir(parents=True, exist_ok=True)
        _atomic.write_text(target / "index.html", index_html(data.settings, base_url))
    except PluginError as error:
        raise click.ClickException(str(error)) from None
    except OSError as error:
        raise click.ClickException(f"cannot write into {target}: {error.strerror or error}") from None
    click.echo(ui("written", _message_language(), path=target / "index.html"), err=True)
    _note_warnings(warnings, dataset)


# --- changing the data ------------------------------------------------------------


def _refuse(error: Any, lang: Language) -> click.ClickException:
    """An edit that was refused: its problems printed, a ClickException to raise."""
    for problem in error.problems:
        click.echo(problem.render(lang), err=True)
    return click.ClickException(str(error))


#: The record tables of kssgov.dataset.RECORD_TYPES, named here so that --help need not load the records.
RECORD_TABLES = (
    "activity",
    "consultation",
    "alliance",
    "body",
    "agm",
    "term",
    "election",
    "statistics",
    "award",
    "member",
    "project",
)


class _RecordCommands(click.Group):
    """A subcommand per record type, each built from the record's fields when it is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(RECORD_TABLES)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return _add_command(cmd_name) if cmd_name in RECORD_TABLES else None


@main.group(cls=_RecordCommands)
def add() -> None:
    """Add a record; missing required values are asked for.

    For example: kssgov add activity DATASET --date 7.-8.2.2023 --where "..." --topic "..."
    """


def _add_command(table: str) -> click.Command:
    """``kssgov add TABLE DATASET --field VALUE ...`` with options made from the record's fields."""
    from .dataset import RECORD_TYPES

    cls = RECORD_TYPES[table][1]
    params: list[click.Parameter] = [click.Argument(["dataset"], type=PathArg(file_okay=False))]
    params += [_field_option(field, hint) for field, hint in _fields(cls)]
    params.append(LANG_PARAM)

    def callback(dataset: Path, lang: Language, **given: Any) -> None:
        from .editing import add as add_record
        from .exceptions import EditError

        values = {
            name.replace("-", "_"): list(value) if isinstance(value, tuple) else value
            for name, value in given.items()
            if value is not None and value != ()
        }
        try:
            added = add_record(dataset, table, values)
        except EditError as error:
            raise _refuse(error, lang) from None
        click.echo(ui("edit.added", lang, table=table, id=added.records[0].id, path=added.path))

    doc = " ".join((cls.__doc__ or "").strip().split("\n\n")[0].split())
    return click.Command(table, params=params, callback=callback, help=doc, short_help=doc.split(":")[0])


def _fields(cls: type) -> list[tuple[Any, Any]]:
    import typing

    import attrs

    hints = typing.get_type_hints(cls)
    return [(field, hints[field.name]) for field in attrs.fields(cls)]


def _field_option(field: Any, hint: Any) -> click.Option:
    import typing

    import attrs

    from .vocabulary import Vocabulary

    name = "--" + field.name.replace("_", "-")
    required = field.default is attrs.NOTHING and field.name != "id"
    options = [hint, *typing.get_args(hint)]
    vocabulary = next((t for t in options if isinstance(t, type) and issubclass(t, Vocabulary)), None)
    click_type: Any = click.Choice(vocabulary.names()) if vocabulary is not None else None
    if click_type is None and (hint is int or int in typing.get_args(hint)):
        click_type = int
    if click_type is None and hint is bool:
        return click.Option([f"{name}/--no-{name[2:]}"], default=None, help=f"{field.name}.")
    multiple = typing.get_origin(hint) is tuple
    if multiple:
        click_type = int if typing.get_args(hint)[0] is int else str
    prompt: str | bool = field.name.replace("_", " ").capitalize() if required else False
    return click.Option(
        [name],
        type=click_type or str,
        multiple=multiple,
        prompt=prompt,
        help=f"{field.name} (repeatable)." if multiple else None,
    )


LANG_PARAM = click.Option(
    ["--lang"],
    type=click.Choice(LANGUAGES),
    envvar="KSSGOV_LANG",
    default="en",
    show_default=True,
    help="Language of the messages: en or nb.",
)


def _parse_assignment(text: str) -> tuple[str, Any]:
    import tomllib

    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise click.BadParameter(f"{text!r} is not FIELD=VALUE", param_hint="'--set'")
    try:
        parsed: Any = tomllib.loads(f"value = {value}")["value"]
    except tomllib.TOMLDecodeError:
        parsed = value
    return key.strip(), parsed


DATASET_OPTION = click.option(
    "-d",
    "--dataset",
    type=PathArg(file_okay=False),
    default=".",
    show_default=True,
    help="The dataset folder.",
)


@main.command()
@click.argument("record_id")
@DATASET_OPTION
@click.option("--set", "assignments", multiple=True, metavar="FIELD=VALUE", help="Set a field (repeatable).")
@click.option("--unset", multiple=True, metavar="FIELD", help="Remove a field (repeatable).")
@LANG
def edit(
    record_id: str, dataset: Path, assignments: tuple[str, ...], unset: tuple[str, ...], lang: Language
) -> None:
    """Change fields of the record RECORD_ID; comments and everything else stay as they were.

    VALUE is read as TOML when it is valid TOML (2023-02-07, 5, ["a", "b"]), else as text:
    kssgov edit 2023-01-30-redd-barna --set date=31.1.2023 --set "topic=Samarbeid"
    """
    from .editing import edit as edit_record
    from .exceptions import EditError

    if not assignments and not unset:
        raise click.UsageError("say what to change with --set FIELD=VALUE or --unset FIELD")
    changes = dict(_parse_assignment(a) for a in assignments)
    try:
        edit_record(dataset, record_id, changes, unset)
    except EditError as error:
        raise _refuse(error, lang) from None
    click.echo(ui("edit.changed", lang, id=record_id))


@main.command()
@click.argument("record_id")
@DATASET_OPTION
@LANG
def cancel(record_id: str, dataset: Path, lang: Language) -> None:
    """Mark the activity RECORD_ID as cancelled; it stays in the data and, for a while, in the feed."""
    from .editing import cancel as cancel_record
    from .exceptions import EditError

    try:
        cancel_record(dataset, record_id)
    except EditError as error:
        raise _refuse(error, lang) from None
    click.echo(ui("edit.cancelled", lang, id=record_id))


@main.command()
@click.argument("dataset", type=PathArg(file_okay=False))
@LANG
def fmt(dataset: Path, lang: Language) -> None:
    """Rewrite the files of DATASET in the canonical layout and give every record an id, keeping comments."""
    from .editing import reformat
    from .exceptions import EditError

    try:
        changed = reformat(dataset)
    except EditError as error:
        raise _refuse(error, lang) from None
    for path in changed:
        click.echo(ui("edit.formatted", lang, path=path))
    if not changed:
        click.echo(ui("edit.tidy", lang))


@main.group("import")
def import_group() -> None:
    """Add politics-table rows (Dato | Hvor | Tema) from a Word report or a spreadsheet."""


def _import_command(source: str, reader: str, description: str) -> click.Command:
    """``kssgov import SOURCE FILE DATASET``, reading FILE with ``kssgov.importing.<reader>``."""
    from .vocabulary import ActivityKind

    @click.command(source, help=f"Add {description} to DATASET.")
    @click.argument("file", type=PathArg(exists=True, dir_okay=False))
    @click.argument("dataset", type=PathArg(file_okay=False))
    @click.option(
        "--kind", type=click.Choice(ActivityKind.names()), help="The kind of every imported activity."
    )
    @LANG
    def command(file: Path, dataset: Path, kind: str | None, lang: Language) -> None:
        from . import importing
        from .exceptions import EditError

        try:
            rows = getattr(importing, reader)(file)
            result = importing.import_rows(dataset, rows, {"kind": kind} if kind else None)
        except EditError as error:
            raise _refuse(error, lang) from None
        for skipped in result.skipped:
            click.echo(ui("import.skipped", lang, row=skipped.row, reason=skipped.reason), err=True)
        if result.added:
            click.echo(ui("import.added", lang, count=len(result.added), path=result.path))
        else:
            click.echo(ui("import.nothing", lang))

    return command


import_group.add_command(
    _import_command("docx", "docx_rows", "the rows of the politics table(s) in FILE (.docx)")
)
import_group.add_command(
    _import_command("csv", "csv_rows", "the rows of FILE (CSV with the headings Dato, Hvor, Tema)")
)


# --- governance ---------------------------------------------------------------------


@main.group()
def governance() -> None:
    """Who holds which role, and what the nomination committee must deal with."""


def _load_or_fail(dataset: Path, lang: Language) -> Any:
    return _load_for_export(dataset, lang)[0]


def _role(role: Any, lang: Language) -> str:
    return ui(f"role.{role.value}", lang)


@governance.command()
@click.argument("dataset", type=PathArg(file_okay=False))
@click.option("--body", "body_key", default="board", show_default=True, help="The body: its id or its kind.")
@click.option("--date", "day", type=DATE, required=True, help="The day to show.")
@LANG
def roster(dataset: Path, body_key: str, day: dt.date, lang: Language) -> None:
    """Print who holds which role of a body on a day, with their deputies."""
    from .dates import format_date
    from .vocabulary import BodyKind

    data = _load_or_fail(dataset, lang)
    key: str | BodyKind = BodyKind(body_key) if body_key in BodyKind.names() else body_key
    try:
        body = data.body(key)
    except KeyError:
        known = ", ".join(b.id for b in data.bodies)
        raise click.BadParameter(
            f"no body {body_key!r}; the bodies are: {known}", param_hint="'--body'"
        ) from None
    listing = data.roster(body, day)
    click.echo(ui("roster.heading", lang, body=body.name, date=format_date(day)))
    deputy = ui("roster.deputy", lang)
    for seat in listing.seats:
        offices = "".join(f", {_role(o.role, lang)}" for o in seat.offices)
        click.echo(f"  {seat.person} ({_role(seat.term.role, lang)}{offices})")
        for standing_in in seat.deputies:
            click.echo(f"    {deputy}: {standing_in.person}")
    for other in (*listing.deputies, *listing.officers):
        click.echo(f"  {other.person} ({_role(other.role, lang)})")
    if not (listing.seats or listing.deputies or listing.officers):
        click.echo(f"  {ui('roster.empty', lang)}")


@governance.command()
@click.argument("dataset", type=PathArg(file_okay=False))
@click.option(
    "--agm", "year", type=click.IntRange(1800, 2200), required=True, help="The year of the annual meeting."
)
@click.option(
    "--date", "day", type=DATE, help="The day to look from when the meeting is not recorded (default: today)."
)
@LANG
def due(dataset: Path, year: int, day: dt.date | None, lang: Language) -> None:
    """List what is due at an annual meeting: ending terms, vacancies, orphaned deputies, conflicts."""
    from .dates import format_date
    from .nominations import due as agenda

    data = _load_or_fail(dataset, lang)
    import datetime

    report = agenda(data, year, day or datetime.date.today())
    names = {b.id: b.name for b in data.bodies}
    note = "" if report.agm_recorded else ui("due.unrecorded", lang)
    click.echo(ui("due.heading", lang, year=year, date=format_date(report.day), note=note))
    if report.ending:
        click.echo(ui("due.ending", lang))
        for term in report.ending:
            click.echo(f"  {names.get(term.body, term.body)}: {term.person} ({_role(term.role, lang)})")
    for vacancy in report.vacancies:
        click.echo(
            ui(
                "due.vacant",
                lang,
                body=vacancy.body.name,
                vacant=vacancy.vacant,
                held=vacancy.held,
                seats=vacancy.seats,
            )
        )
    for orphan in report.orphaned_deputies:
        click.echo(ui("due.orphaned", lang, deputy=orphan.deputy.person, member=orphan.member.person))
    for conflict in report.conflicts:
        if conflict.same_body:
            click.echo(ui("due.same_body", lang, person=conflict.person, body=names.get(conflict.first.body)))
        else:
            first, second = names.get(conflict.first.body), names.get(conflict.second.body)
            click.echo(ui("due.incompatible", lang, person=conflict.person, first=first, second=second))
    if report.is_empty:
        click.echo(ui("due.nothing", lang))


if __name__ == "__main__":
    main()
