"""``kssgov export``, ``kssgov exporters`` and ``kssgov fill``: documents from a dataset.

``export`` has a subcommand for each installed exporter, with the options
every export shares (``-o``, ``--audience``, ``--lang``, and ``--pdf`` for
Word documents) and a flag for each field of the exporter's own ``Options``.
An option the exporter does not have is a usage error.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import click

from ..exceptions import DatasetError, PluginError
from ..exporting import (
    Exporter,
    ExportRequest,
    Filler,
    OptionError,
    Period,
    Registry,
    build_time,
    description,
    discover,
    options,
    run,
)
from ..exporting import check as full_check
from ..exporting import fill as fill_document
from ..files.atomic import write_atomically
from ..files.pdf import to_pdf
from ..messages import LANGUAGES, Count, Language, text
from ..model import Dataset, DateSpan, Visibility
from ..model.settings import SETTINGS_FILE, WORKSPACE
from ..problems import Problem
from ..translations import language_of
from .fields import field_options, given_values
from .language import lang_option, language, remember_language
from .params import dataset_parameter, fail, handled, help_text, metavar


def registry() -> Registry:
    """The installed exporters; those left out are named on standard error."""
    found = discover()
    for problem in found.problems:
        click.echo(text("exporters.left_out", language(), problem=problem.render(language())), err=True)
    return found


def load(folder: Path) -> tuple[Dataset, list[Problem]]:
    """The dataset, or every error printed and exit 1; also its warnings."""
    result = full_check(folder)
    if result.dataset is None:
        raise fail(DatasetError(result.problems, folder))
    return result.dataset, list(result.warnings)


def left_out(dataset: Dataset, request: ExportRequest[object], warnings: list[Problem]) -> list[str]:
    """A line for each record the period left out that the checker thinks is mis-dated into it.

    Such a record is not in the document, and the person should hear of it:
    ``2022-10-26-...: 26.10.2022 is outside the period; did you mean 26.10.2023?``.
    """
    if not isinstance(request.options, Period):
        return []
    first, last = request.options.period(dataset.settings)
    visible = dataset.visible_to(request.audience)
    lines = []
    for problem in warnings:
        fix = problem.fix
        if fix is None or not isinstance(fix.value, DateSpan):
            continue
        record = visible.get(fix.record)
        dated = getattr(record, fix.field, None)
        if (
            isinstance(dated, DateSpan)
            and not dated.overlaps(first, last)
            and fix.value.overlaps(first, last)
        ):
            lines.append(
                text(
                    "export.left_out",
                    language(),
                    location=problem.location,
                    record=fix.record,
                    value=dated.format(),
                    suggestion=fix.shown,
                )
            )
    return lines


def request_for(
    exporter: Exporter,
    dataset: Dataset,
    folder: Path,
    given: Mapping[str, object],
    *,
    audience: str,
    document_language: str | None,
) -> ExportRequest[object]:
    """What to ask *exporter* for; a bad option is a usage error naming it."""
    try:
        chosen = options(
            exporter, dataset.settings, given_values(given), settings_file=str(folder / SETTINGS_FILE)
        )
    except OptionError as error:
        raise click.UsageError(error.render(language())) from None
    written_in: Language = language_of(document_language) or dataset.settings.language
    with handled():
        moment = build_time()
    return ExportRequest(
        options=chosen,
        language=written_in,
        audience=Visibility(audience),
        build_time=moment,
        workspace=folder / WORKSPACE,
    )


def deliver(output: Path, document: bytes, *, pdf: bool, warnings: int, folder: Path) -> None:
    """Write *document* atomically, say so, point at any warnings, and make the PDF if asked."""
    lang = language()
    with handled():
        write_atomically(output, document)
    click.echo(text("written", lang, path=output), err=True)
    if warnings:
        click.echo(text("export.warnings", lang, count=Count("warning", warnings), folder=folder), err=True)
    if pdf:
        with handled():
            target = to_pdf(output)
        click.echo(text("written", lang, path=target), err=True)


def check_output(exporter: Exporter, output: Path, pdf: bool) -> None:
    """Refuse a file name that does not fit what *exporter* writes, and --pdf for what is not Word."""
    lang = language()
    if output.suffix.lower() != f".{exporter.output}":
        raise click.BadParameter(
            text("output.extension", lang, path=output, expected=exporter.output, exporter=exporter.name),
            param_hint="'-o' / '--output'",
        )
    if pdf and exporter.output != "docx":
        raise click.UsageError(
            text("output.pdf_not_docx", lang, exporter=exporter.name, output=exporter.output)
        )


def _shared_options(*, pdf: bool) -> list[click.Parameter]:
    shared: list[click.Parameter] = [
        click.Option(
            ["-o", "--output"],
            type=click.Path(dir_okay=False, path_type=Path),
            metavar=metavar("file"),
            required=True,
            help=help_text("help.output"),
        ),
        click.Option(
            ["--audience"],
            type=click.Choice(Visibility.names()),
            default="public",
            show_default=True,
            help=help_text("help.audience"),
        ),
        click.Option(
            ["--lang", "document_language"],
            type=click.Choice(LANGUAGES),
            callback=remember_language,  # the messages are in the document's language too
            is_eager=True,
            help=help_text("help.doc_lang"),
        ),
    ]
    if pdf:
        shared.append(click.Option(["--pdf"], is_flag=True, help=help_text("help.pdf")))
    return shared


def export_command(exporter: Exporter) -> click.Command:
    """``kssgov export NAME DATASET -o FILE`` with the shared options and the exporter's own."""
    lang = language()
    word = exporter.output == "docx"
    params = [
        dataset_parameter(),
        *_shared_options(pdf=word),
        *field_options(exporter.Options, table=None, lang=lang, prompt=False),
    ]

    def callback(
        folder: Path, output: Path, audience: str, document_language: str | None, **given: object
    ) -> None:
        pdf = bool(given.pop("pdf", False))
        check_output(exporter, output, pdf)
        dataset, warnings = load(folder)
        request = request_for(
            exporter, dataset, folder, given, audience=audience, document_language=document_language
        )
        with handled():
            document = run(exporter, dataset, request)
        deliver(output, document, pdf=pdf, warnings=len(warnings), folder=folder)
        for line in left_out(dataset, request, warnings):
            click.echo(line, err=True)

    summary = description(exporter, lang)
    return click.Command(
        exporter.name,
        params=params,
        callback=callback,
        help=summary,
        short_help=summary,
        options_metavar=metavar("options"),
    )


class ExportCommands(click.Group):
    """A subcommand per installed exporter, built from its options when it is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(registry().plugins)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        found = discover().plugins.get(cmd_name)
        return export_command(found.exporter) if found is not None else None


@click.group(cls=ExportCommands, help=help_text("help.export"))
@lang_option()
def export() -> None:
    pass


@click.command(help=help_text("help.exporters"))
@lang_option()
def exporters() -> None:
    lang = language()
    for name, plugin in sorted(registry().plugins.items()):
        exporter = plugin.exporter
        click.echo(f"{name:<12} {exporter.output:<6} {description(exporter, lang)}  [{plugin.distribution}]")


def _fill(
    report: Path,
    folder: Path,
    exporter_name: str,
    output: Path,
    audience: str,
    document_language: str | None,
    pdf: bool,
) -> None:
    with handled():
        exporter = registry().get(exporter_name)
        if not isinstance(exporter, Filler):
            raise PluginError("plugin.cannot_fill", value=exporter.name)
    check_output(exporter, output, pdf)
    dataset, warnings = load(folder)
    request = request_for(
        exporter, dataset, folder, {}, audience=audience, document_language=document_language
    )
    with handled():
        document = fill_document(exporter, report.read_bytes(), dataset, request)
    deliver(output, document, pdf=pdf, warnings=len(warnings), folder=folder)
    for line in left_out(dataset, request, warnings):
        click.echo(line, err=True)


fill = click.Command(
    "fill",
    params=[
        click.Argument(
            ["report"],
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            metavar=metavar("report"),
        ),
        dataset_parameter(),
        click.Option(
            ["--with", "exporter_name"],
            default="report",
            show_default=True,
            metavar=metavar("exporter"),
            help=help_text("help.with"),
        ),
        *_shared_options(pdf=True),
    ],
    callback=_fill,
    help=help_text("help.fill"),
)
