"""The calendar's commands, ``kssgov serve`` and ``kssgov publish``, brought in through ``kssgov.commands``.

They raise kssgov's errors and leave printing them to the host, like every command.
"""

from __future__ import annotations

import logging
from pathlib import Path

import click

from kssgov import DatasetError, ExportRequest, build_time, check, write_atomically
from kssgov.exporting import options, run
from kssgov.messages import text, user_language

from . import CalendarFeed
from .site import feeds, index_html, tokens
from .words import word

DATASET = click.argument(
    "folder",
    metavar="DATASET",
    envvar="KSSGOV_DATASET",
    default=".",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
)


@click.command("serve")
@DATASET
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8080, show_default=True, help="The port.")
@click.option(
    "--base-url", help="The public address behind a reverse proxy, e.g. https://kalender.example.org"
)
@click.option("--threads", type=click.IntRange(1, 64), default=4, show_default=True, help="Worker threads.")
def serve(folder: Path, host: str, port: int, base_url: str | None, threads: int) -> None:
    """Serve the calendar feeds of DATASET over HTTP for subscription.

    The public feed is at /calendar.ics (English: /calendar-en.ics), the members' and the
    board's at /<token>/calendar.ics. The feeds follow changes to the files without a restart.
    """
    from .server import FeedApp, serve_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    result = check(folder)
    if result.dataset is None:
        raise DatasetError(result.problems, folder)
    tokens(result.dataset.settings)
    app = FeedApp(folder, base_url=base_url)
    shown = (base_url or f"http://{host}:{port}").rstrip("/") + "/calendar.ics"
    click.echo(word("serve.listening", user_language(), url=shown), err=True)
    serve_app(app, host=host, port=port, threads=threads)


@click.command("publish")
@DATASET
@click.option(
    "--to",
    "target",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="The folder to write.",
)
@click.option(
    "--base-url", required=True, help="Where the folder will be served, e.g. https://example.org/kalender"
)
def publish(folder: Path, target: Path, base_url: str) -> None:
    """Write the calendar feeds and an index page into a folder, for any web server to serve.

    The layout is the same as 'kssgov serve': calendar.ics, calendar-en.ics, index.html,
    and <token>/calendar.ics for the members and the board when they have tokens.
    """
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
            workspace=folder / ".kssgov",
        )
        path = target / feed.path
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, run(calendar, dataset, request))
        click.echo(text("written", language, path=path), err=True)
    target.mkdir(parents=True, exist_ok=True)
    name = dataset.settings.sections.get("feed", {}).get("name")
    page = index_html(dataset.settings, base_url, name if isinstance(name, str) else None)
    write_atomically(target / "index.html", page.encode("utf-8"))
    click.echo(text("written", language, path=target / "index.html"), err=True)
