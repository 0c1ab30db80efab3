"""The public pages and the editor's lists of ``kssgov serve`` at 10,000 records, against the feed.

Time to first byte (the answer's headers in) of each page on a new connection:
the first request after the server starts, then the median of ten more, beside
the feed's in the same run. Then an activity is added to a file; once the feed
holds it, the politics page is asked again: its first answer after the edit
must hold the new row (the kept page was given up), and the ones after it are
again fast. The editor's lists are asked by a logged-in editor, their size in
bytes reported: a page of them, not all 10,000.
"""

from __future__ import annotations

import http.client
import re
import statistics
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

from kssgov_exporters.web.accounts import add_editor

from ..servers import kssgov_serve
from .datasets import write_dataset
from .serving import fetch

PASSWORD = "et langt og godt passord"
PAGES = ("/politikk/2023/", "/kommende/", "/", "/politikk/2023/?q=nummer+5000")
EDITOR_PAGES = ("/edit/activity/", "/edit/activity/?side=50", "/edit/activity/?q=nummer+5000")


def first_byte(port: int, path: str, cookie: str = "") -> tuple[float, int, bytes]:
    """Seconds until the answer's headers arrive, its status and its body."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    started = time.perf_counter()
    connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
    answer = connection.getresponse()
    took = time.perf_counter() - started
    body = answer.read()
    connection.close()
    return took, answer.status, body


def login(port: int) -> str:
    """The cookie of a logged-in editor."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", "/edit/login")
    page = connection.getresponse()
    cookie = (page.getheader("Set-Cookie") or "").split(";", 1)[0]
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.read().decode())
    assert token is not None
    form = urlencode({"csrf_token": token.group(1), "name": "kari", "password": PASSWORD})
    headers = {"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"}
    connection.request("POST", "/edit/login", body=form, headers=headers)
    answer = connection.getresponse()
    answer.read()
    connection.close()
    assert answer.status == 302, answer.status
    return (answer.getheader("Set-Cookie") or cookie).split(";", 1)[0]


def measured(port: int, path: str, cookie: str = "") -> tuple[float, float, int]:
    """The first time to first byte, the median of ten more, and the body's size."""
    first, status, body = first_byte(port, path, cookie)
    assert status == 200, (path, status)
    later = statistics.median(first_byte(port, path, cookie)[0] for _ in range(10))
    return first, later, len(body)


def run() -> list[str]:
    lines = []
    with tempfile.TemporaryDirectory() as name:
        dataset = write_dataset(Path(name) / "d10k", rows=10_000, files=10)
        add_editor(dataset, "kari", PASSWORD)
        with kssgov_serve(dataset) as port:
            fetch(port, "/calendar.ics")
            feed = statistics.median(first_byte(port, "/calendar.ics")[0] for _ in range(10))
            lines.append(f"the feed at 10,000 events: median time to first byte {feed * 1000:.1f} ms")
            for path in PAGES:
                first, later, size = measured(port, path)
                lines.append(
                    f"page {path} at 10,000 activities: first {first:.2f} s, then median "
                    f"{later * 1000:.1f} ms ({later / feed:.2f}x the feed; goal <= 0.2 s), "
                    f"{size / 1024:.0f} KiB"
                )
            cookie = login(port)
            for path in EDITOR_PAGES:
                first, later, size = measured(port, path, cookie)
                lines.append(
                    f"editor {path} at 10,000 activities: first {first:.2f} s, then median "
                    f"{later * 1000:.1f} ms ({later / feed:.2f}x the feed; goal <= 0.2 s), "
                    f"{size / 1024:.0f} KiB"
                )
            with (dataset / "activities-000.toml").open("a", encoding="utf-8") as handle:
                handle.write(
                    '\n[[activity]]\nid = "lagt-til"\ndate = 2023-06-01\nwhere = "Lagt til nå"\ntopic = "T"\n'
                )
            while b"Lagt til n" not in fetch(port, "/calendar.ics")[1]:
                time.sleep(0.05)
            first, _, body = first_byte(port, "/politikk/2023/")
            assert "Lagt til nå".encode() in body, "the page kept from before the edit was served"
            later = statistics.median(first_byte(port, "/politikk/2023/")[0] for _ in range(10))
            lines.append(
                f"page /politikk/2023/ after an edit: first {first:.2f} s (holds the new row), then median "
                f"{later * 1000:.1f} ms ({later / feed:.2f}x the feed)"
            )
    return lines
