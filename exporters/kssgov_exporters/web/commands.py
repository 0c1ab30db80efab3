"""``kssgov serve`` and ``kssgov publish``: the site (pages and calendar feeds), brought in through
``kssgov.commands``.

They raise kssgov's errors and leave printing them to the host, like every command.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import click

from kssgov import DatasetError, ExportRequest, build_time, check, write_atomically
from kssgov.exporting import options, run
from kssgov.messages import text, user_language
from kssgov.model.settings import WORKSPACE
from kssgov_exporters.ical import CalendarFeed
from kssgov_exporters.ical.site import feeds, tokens
from kssgov_exporters.ical.words import word

from .publishing import write_pages
from .words import word as site_word

DATASET = click.argument(
    "folder",
    metavar=text("metavar.dataset", user_language()),
    envvar="KSSGOV_DATASET",
    default=".",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
)


def _help(key: str) -> str:
    """The help text *key* in the language of the person reading it."""
    return site_word(key, user_language())


def _core(code: str) -> str:
    """kssgov's own words *code* (a placeholder such as ``metavar.number``) for the person reading."""
    return text(code, user_language())


@click.command("serve", help=_help("command.serve"))
@DATASET
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    metavar=_help("metavar.address"),
    help=_help("command.serve.host"),
)
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=8080,
    show_default=True,
    metavar=_help("metavar.port"),
    help=_help("command.serve.port"),
)
@click.option("--base-url", metavar=_help("metavar.url"), help=_help("command.serve.base_url"))
@click.option(
    "--threads",
    type=click.IntRange(1, 64),
    default=4,
    show_default=True,
    metavar=_core("metavar.number"),
    help=_help("command.serve.threads"),
)
@click.option("--trusted-proxy", metavar=_help("metavar.address"), help=_help("command.serve.trusted_proxy"))
def serve(
    folder: Path, host: str, port: int, base_url: str | None, threads: int, trusted_proxy: str | None
) -> None:
    from kssgov_exporters.ical.builder import BuildProcess
    from kssgov_exporters.ical.server import FeedApp, serve_app

    from .site import Site

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    result = check(folder)
    if result.dataset is None:
        raise DatasetError(result.problems, folder)
    tokens(result.dataset.settings)
    builder = BuildProcess(folder, os.environ)
    try:
        feed_app = FeedApp(folder, builder=builder)
        shown = (base_url or f"http://{host}:{port}").rstrip("/") + "/calendar.ics"
        click.echo(word("serve.listening", user_language(), url=shown), err=True)
        site = Site(feed_app, base_url=base_url)
        serve_app(feed_app, site, host=host, port=port, threads=threads, trusted_proxy=trusted_proxy)
    finally:
        builder.close()


@click.command("publish", help=_help("command.publish"))
@DATASET
@click.option(
    "--to",
    "target",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    metavar=_core("metavar.folder"),
    help=_help("command.publish.to"),
)
@click.option(
    "--base-url", required=True, metavar=_help("metavar.url"), help=_help("command.publish.base_url")
)
def publish(folder: Path, target: Path, base_url: str) -> None:
    language = user_language()
    result = check(folder)
    if result.dataset is None:
        raise DatasetError(result.problems, folder)
    dataset = result.dataset
    calendar = CalendarFeed()
    chosen = options(calendar, dataset.settings, {}, settings_file=str(folder / "kssgov.toml"))
    for feed in feeds(dataset.settings, tokens(dataset.settings)):
        request = ExportRequest(
            options=chosen,
            language=feed.language,
            audience=feed.audience,
            build_time=build_time(),
            workspace=folder / WORKSPACE,
        )
        path = target / feed.path
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, run(calendar, dataset, request))
        click.echo(text("written", language, path=path), err=True)
    for page in write_pages(dataset, target, base_url):
        click.echo(text("written", language, path=page), err=True)


@click.group("editor", help=_help("command.editor"))
def editor() -> None:
    pass


@editor.command("add", help=_help("command.editor.add"))
@click.argument("name", metavar=_help("metavar.name"))
@DATASET
@click.password_option(
    prompt=_help("command.editor.password_prompt"),
    metavar=_help("metavar.password"),
    help=_help("command.editor.password"),
)
def add_editor(name: str, folder: Path, password: str) -> None:
    from .accounts import add_editor as add

    add(folder, name, password)
    click.echo(site_word("editor.added", user_language(), name=name), err=True)


@editor.command("remove", help=_help("command.editor.remove"))
@click.argument("name", metavar=_help("metavar.name"))
@DATASET
def remove_editor(name: str, folder: Path) -> None:
    from .accounts import remove_editor as remove

    remove(folder, name)
    click.echo(site_word("editor.removed", user_language(), name=name), err=True)
