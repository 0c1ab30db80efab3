"""The politics table, the feed and the pages are in date order whatever order the files hold.

The example's rows are in date order in its file already, so a test on it cannot tell sorting from
not sorting: here the rows are written backwards, half of them in a second file, and the order is
read back from what a person gets (the table's date column, the feed's DTSTART lines, the pages'
rows), not asked of the code.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
from pathlib import Path

import docx
import pytest
from werkzeug.test import Client

import kssgov
from kssgov import DateSpan
from kssgov_exporters.ical.server import FeedApp
from kssgov_exporters.web.site import Site

from .conftest import EXAMPLE
from .exports import export

#: 1 January 2023: every row of the year is still to come, so the upcoming page lists them all.
NEW_YEAR = {"SOURCE_DATE_EPOCH": "1672531200"}


@pytest.fixture
def backwards(tmp_path: Path) -> Path:
    """The example with its rows written in reverse date order, every other one in a second file."""
    folder = tmp_path / "data"
    shutil.copytree(EXAMPLE, folder)
    text = (folder / "activities.toml").read_text(encoding="utf-8")
    head, *rows = re.split(r"(?m)^(?=\[\[activity\]\])", text)
    rows.reverse()
    (folder / "activities.toml").write_text(head + "".join(r.rstrip() + "\n\n" for r in rows[::2]), "utf-8")
    (folder / "more-activities.toml").write_text("".join(r.rstrip() + "\n\n" for r in rows[1::2]), "utf-8")
    dataset = kssgov.load(folder)
    assert [a.date.start for a in dataset.activities] != sorted(a.date.start for a in dataset.activities)
    return folder


def in_order(days: list[dt.date]) -> bool:
    return len(days) > 10 and days == sorted(days)


def test_the_politics_table_is_in_date_order(backwards: Path) -> None:
    table = docx.Document(io.BytesIO(export("politics", kssgov.load(backwards)))).tables[0]
    days = [DateSpan.parse(row.cells[0].text).start for row in table.rows[1:]]
    assert len(days) == 44
    assert in_order(days)


def test_the_feed_is_in_date_order(backwards: Path) -> None:
    feed = export("ical", kssgov.load(backwards)).decode("utf-8")
    starts = re.findall(r"^DTSTART(?:;[^:]*)?:(\d{8})", feed, re.M)
    assert in_order([dt.datetime.strptime(s, "%Y%m%d").date() for s in starts])


def test_the_pages_are_in_date_order(backwards: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in NEW_YEAR.items():
        monkeypatch.setenv(name, value)
    client = Client(Site(FeedApp(backwards, environ=NEW_YEAR)))
    politics = client.get("/politikk/2023/").get_data(as_text=True)
    starts = [dt.date.fromisoformat(d) for d in re.findall(r'data-start="([0-9-]{10})"', politics)]
    assert len(starts) == 44
    assert in_order(starts)
    upcoming = client.get("/kommende/").get_data(as_text=True)
    listed = [DateSpan.parse(d).start for d in re.findall(r"<li><strong>([^<]+)</strong>", upcoming)]
    assert in_order(listed)
