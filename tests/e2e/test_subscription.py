"""A real subscriber: vdirsyncer syncs the served feed over 127.0.0.1 and khal shows what a person sees.

vdirsyncer's http storage replaces every UID with a hash of the event (its ``_ignore_uids``), so
the synced files are found by their content here, and a changed event arrives as a replaced file.

The dataset then changes (a meeting moves, one is cancelled, one is added), and after the next
sync the changes have arrived and nothing is duplicated.
"""

from __future__ import annotations

import os
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..servers import kssgov_serve
from .clients import Subscriber, require

pytestmark = pytest.mark.e2e

#: 1 December 2023: the server's clock, so that a cancellation in late November is within its grace.
SERVER_CLOCK = "1701388800"


@pytest.fixture
def server(example_copy: Path) -> Iterator[str]:
    with kssgov_serve(example_copy, {"SOURCE_DATE_EPOCH": SERVER_CLOCK}) as port:
        yield f"http://127.0.0.1:{port}/calendar.ics"


def feed_tag(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return str(response.headers["ETag"])


def wait_for_change(url: str, tag: str, seconds: float = 30) -> None:
    """Wait until the server publishes a new version of the feed (it rebuilds in the background)."""
    deadline = time.monotonic() + seconds
    while feed_tag(url) == tag:
        assert time.monotonic() < deadline, "the served feed never changed"
        time.sleep(0.2)


def test_subscribe_change_and_resync(server: str, example_copy: Path, tmp_path: Path) -> None:
    require("vdirsyncer")
    require("khal")
    person = Subscriber(tmp_path / "subscriber", server)
    person.sync()
    assert len(person.files()) == 45
    agenda = person.agenda()
    assert "2023-01-30 Samarbeidsmøte med Redd Barna" in agenda
    assert "2023-04-26 Årsmøte 2023" in agenda
    assert (
        "2023-02-07 Deltakelse på Forum Jämställdhet i Malmø og paneldeltaker på Unizons arrangement"
        in agenda
    )
    assert agenda.count("Forum Jämställdhet") == 2, "a two-day event is shown on both of its days"
    forum = next(f for f in person.files() if "Forum Jämställdhet" in f.read_text(encoding="utf-8"))
    assert "DTEND;VALUE=DATE:20230209" in forum.read_text(encoding="utf-8")

    rows = example_copy / "activities.toml"
    text = rows.read_text(encoding="utf-8")
    text = text.replace(
        'id = "2023-01-30-redd-barna"\ndate = 2023-01-30', 'id = "2023-01-30-redd-barna"\ndate = 2023-01-31'
    )
    text = text.replace(
        'id = "2023-11-29-referansegruppe-voldtektsutvalget"\ndate = 2023-11-29',
        'id = "2023-11-29-referansegruppe-voldtektsutvalget"\ndate = 2023-11-29\nstatus = "cancelled"',
    )
    text += (
        '\n[[activity]]\nid = "2023-12-05-nytt-mote"\ndate = "5.12.2023 kl. 10.00-11.30"\n'
        'where = "Nytt møte med departementet"\ntopic = "Budsjett"\n'
    )
    before = feed_tag(server)
    rows.write_text(text, encoding="utf-8")
    moment = time.time() + 5
    os.utime(rows, (moment, moment))
    wait_for_change(server, before)

    person.sync()
    assert len(person.files()) == 46
    agenda = person.agenda()
    assert "2023-01-31 Samarbeidsmøte med Redd Barna" in agenda
    assert "2023-01-30 Samarbeidsmøte med Redd Barna" not in agenda
    assert agenda.count("Samarbeidsmøte med Redd Barna") == 1
    assert "2023-12-05 Nytt møte med departementet" in agenda
    assert "AVLYST: Møte i referansegruppen til Voldtektsutvalget" in agenda
    cancelled = [f for f in person.files() if "STATUS:CANCELLED" in f.read_text(encoding="utf-8")]
    assert len(cancelled) == 1
    moved = next(
        f for f in person.files() if "Samarbeidsmøte med Redd Barna" in f.read_text(encoding="utf-8")
    )
    assert "SEQUENCE:1" in moved.read_text(encoding="utf-8")
