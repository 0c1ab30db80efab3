"""No output for an audience holds any id, name or text of a record narrower than that audience.

Datasets are generated with every record type, random visibilities, and references between
records of any visibilities; each record's id and every text carry a unique marker. Every
exporter for every audience, the served feeds and index page, and the published folder are
searched for the markers of the records the audience may not see.
"""

from __future__ import annotations

import html
import io
import re
import tempfile
import zipfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from werkzeug.test import Client

import kssgov
from kssgov import Dataset, PluginError, Visibility
from kssgov.cli import main
from kssgov_exporters.ical.server import FeedApp
from kssgov_exporters.web.site import Site

from .exports import export
from .strategies import marked_datasets

MEMBERS_TOKEN = "members-token-0123456789"
BOARD_TOKEN = "board-token-0123456789ab"
TOKENS = {"KSSGOV_MEMBERS_TOKEN": MEMBERS_TOKEN, "KSSGOV_BOARD_TOKEN": BOARD_TOKEN}
PRIVATE = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def readable(output: bytes) -> str:
    """All the text a document or feed holds: every part of a .docx, an iCalendar feed unfolded."""
    if output.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(output)) as archive:
            parts = [archive.read(name).decode("utf-8", "replace") for name in archive.namelist()]
        return html.unescape(re.sub(r"<[^>]+>", "", "".join(parts))).lower()
    text = output.decode("utf-8").replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";")
    return text.lower()


#: Who may see what, written out here rather than asked of the code under test: each audience with the
#: visibilities of the records it may see.
SEES: dict[str, frozenset[str]] = {
    "public": frozenset({"public"}),
    "members": frozenset({"public", "members"}),
    "board": frozenset({"public", "members", "board"}),
}


def narrower_than(dataset: Dataset, audience: Visibility) -> set[str]:
    """The markers of the records *audience* may not see (a record's marker is its id, and it is in
    every text of the record: a name, a place, a description)."""
    return {
        record.id for _, record in dataset.records() if record.visibility.value not in SEES[audience.value]
    }


def test_the_generated_datasets_have_narrower_records_of_every_table_agm_included() -> None:
    """The markers are searched for in every record type's text, annual meetings among them."""
    tables: set[str] = set()

    @PRIVATE
    @given(marked_datasets())
    def seen(dataset: Dataset) -> None:
        tables.update(record.table for _, record in dataset.records() if record.visibility.value != "public")

    seen()
    assert {"agm", "activity", "term", "body", "consultation", "alliance"} <= tables


def leaked(text: str, markers: set[str]) -> set[str]:
    return {marker for marker in markers if marker in text}


@PRIVATE
@given(marked_datasets())
def test_no_exporter_shows_an_audience_a_narrower_record(dataset: Dataset) -> None:
    for audience in Visibility:
        hidden = narrower_than(dataset, audience)
        for name in kssgov.discover().plugins:
            given_options = {"date": "2023-06-01"} if name == "signatures" else {}
            try:
                output = export(name, dataset, audience=audience, options=given_options)
            except PluginError:
                continue
            assert not leaked(readable(output), hidden), (name, audience)


@PRIVATE
@given(marked_datasets())
def test_no_served_or_published_feed_or_page_shows_a_narrower_record(dataset: Dataset) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name) / "data"
        kssgov.save(dataset, folder)
        assert kssgov.check(folder).dataset is not None
        feed_app = FeedApp(folder, environ=TOKENS)
        client = Client(Site(feed_app))
        year = dataset.settings.year
        pages = ["", f"politikk/{year}/", f"politikk/{year}/?lang=en&q=a", "kommende/"]
        paths = {
            Visibility.PUBLIC: ["calendar.ics", "calendar-en.ics", "calendar.ics?kind=meeting", *pages],
            Visibility.MEMBERS: [f"{MEMBERS_TOKEN}/calendar.ics", *(f"{MEMBERS_TOKEN}/{p}" for p in pages)],
            Visibility.BOARD: [f"{BOARD_TOKEN}/calendar.ics", *(f"{BOARD_TOKEN}/{p}" for p in pages)],
        }
        for audience, served in paths.items():
            for path in served:
                response = client.get(f"/{path}")
                assert response.status_code == 200, path
                assert not leaked(readable(response.data), narrower_than(dataset, audience)), path
        site = Path(name) / "site"
        result = CliRunner().invoke(
            main, ["publish", str(folder), "--to", str(site), "--base-url", "https://example.org"], env=TOKENS
        )
        assert result.exit_code == 0, result.output
        for file in site.rglob("*"):
            if not file.is_file():
                continue
            relative = file.relative_to(site).as_posix()
            audience = (
                Visibility.BOARD
                if relative.startswith(BOARD_TOKEN)
                else Visibility.MEMBERS
                if relative.startswith(MEMBERS_TOKEN)
                else Visibility.PUBLIC
            )
            assert not leaked(readable(file.read_bytes()), narrower_than(dataset, audience)), relative
