"""``kssgov serve`` of a 10,000-event feed under a real load generator, against bare waitress.

wrk sends the same requests to kssgov and to bare waitress serving the same
bytes (``floors/static_server.py``); its latency percentiles are compared.
Then, while wrk keeps loading kssgov with revalidations, an activity is added
to a file every second, six times: the benchmark reports how long until the
served feed holds each, and the latency percentiles of the requests made
meanwhile (rebuilding takes up much of that time). Last, revalidations are
sent at a steady 100 a second (as many subscribers send them, rather than a
generator keeping the server saturated) while six more activities are added.
"""

from __future__ import annotations

import http.client
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from kssgov_exporters.ical.server import LOOK_SECONDS

from ..servers import Readers, kssgov_serve, running
from .commands import KSSGOV
from .datasets import write_dataset

FLOORS = Path(__file__).parent / "floors"
SECONDS = 8


PERCENTILE = re.compile(r"^\s+(50|90|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)", re.M)


def wrk(port: int, path: str, seconds: int = SECONDS, etag: str | None = None) -> dict[str, float]:
    """Latency percentiles (ms) and requests per second of wrk's run against *path*.

    With *etag*, every request revalidates (``If-None-Match``), as a subscribed calendar does.
    """
    arguments = ["wrk", "-t2", "-c16", f"-d{seconds}s", "--latency"]
    if etag:
        arguments += ["-H", f"If-None-Match: {etag}"]
    done = subprocess.run(
        [*arguments, f"http://127.0.0.1:{port}{path}"], check=True, capture_output=True, text=True
    )
    found = {f"p{percent}": _ms(value, unit) for percent, value, unit in PERCENTILE.findall(done.stdout)}
    rate = re.search(r"Requests/sec:\s+([\d.]+)", done.stdout)
    found["rate"] = float(rate.group(1)) if rate else 0.0
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", done.stdout)
    found["errors"] = float(errors.group(1)) if errors else 0.0
    return found


def _ms(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def fetch(port: int, path: str, etag: str | None = None) -> tuple[int, bytes, str]:
    """The status, body and ETag at *path*; with *etag*, a revalidation (``If-None-Match``)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", path, headers={"If-None-Match": etag} if etag else {})
    response = connection.getresponse()
    status, body, tag = response.status, response.read(), response.getheader("ETag") or ""
    connection.close()
    return status, body, tag


def add_and_wait(port: int, file: Path, number: int, etag: str) -> tuple[float, str]:
    """Append activity *number* to *file*; the seconds until the served feed holds it, and its new ETag.

    The feed is asked every 20 ms by revalidation (cheap 304s until it changes), as a calendar would.
    """
    place = f"Møte lagt til nummer {number}"
    written = time.perf_counter()
    with file.open("a", encoding="utf-8") as handle:
        handle.write(
            f'\n[[activity]]\nid = "lagt-til-{number}"\ndate = 2023-06-01\nwhere = "{place}"\ntopic = "T"\n'
        )
    while True:
        status, body, new = fetch(port, "/calendar.ics", etag)
        if status == 200:
            if place.encode() in body:
                return time.perf_counter() - written, new
            etag = new
        time.sleep(0.02)


def paced(port: int, path: str, etag: str, rate: int, until: threading.Event) -> list[float]:
    """Latencies (ms) of revalidations sent at *rate* a second, each on a new connection, until *until*.

    This is what subscribers send: many clients, each asking now and then,
    rather than a load generator keeping the server saturated.
    """
    latencies: list[float] = []
    interval = 1 / rate
    due = time.perf_counter()
    while not until.is_set():
        due += interval
        started = time.perf_counter()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.request("GET", path, headers={"If-None-Match": etag})
        connection.getresponse().read()
        connection.close()
        latencies.append((time.perf_counter() - started) * 1000)
        time.sleep(max(0.0, due - time.perf_counter()))
    return latencies


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


#: Edits made while the server is loaded, one every EDIT_SECONDS (each starts a rebuild).
EDITS = 6
EDIT_SECONDS = 1.0


def run() -> list[str]:
    lines = []
    with tempfile.TemporaryDirectory() as name:
        dataset = write_dataset(Path(name) / "d10k", rows=10_000, files=10)
        with kssgov_serve(dataset) as port:
            _, body, etag = fetch(port, "/calendar.ics")
            ours = wrk(port, "/calendar.ics")
            revalidated = wrk(port, "/calendar.ics", etag=etag)
            feed = Path(name) / "feed.ics"
            feed.write_bytes(body)
            # wrk revalidates with "If-None-Match: *" (answered 304 whatever the version), so that every
            # request made during the rebuilds is the same cheap one, before and after each edit.
            during: dict[str, float] = {}
            seconds = int(2 + EDITS * EDIT_SECONDS)
            loader = threading.Thread(
                target=lambda: during.update(wrk(port, "/calendar.ics", seconds=seconds, etag="*"))
            )
            loader.start()
            time.sleep(1)
            saturated = []
            for number in range(EDITS):
                due = time.perf_counter() + EDIT_SECONDS
                took, etag = add_and_wait(port, dataset / f"activities-{number % 10:03d}.toml", number, etag)
                saturated.append(took)
                time.sleep(max(0.0, due - time.perf_counter()))
            loader.join()
            done = threading.Event()
            found: list[float] = []
            pacer = threading.Thread(
                target=lambda: found.extend(paced(port, "/calendar.ics", "*", 100, done))
            )
            pacer.start()
            time.sleep(1)
            paced_served = []
            for number in range(EDITS, 2 * EDITS):
                due = time.perf_counter() + EDIT_SECONDS
                took, etag = add_and_wait(port, dataset / f"activities-{number % 10:03d}.toml", number, etag)
                paced_served.append(took)
                time.sleep(max(0.0, due - time.perf_counter()))
            done.set()
            pacer.join()
        with running([sys.executable, str(FLOORS / "static_server.py"), "{port}", str(feed)]) as port:
            bare = wrk(port, "/calendar.ics")
            bare_revalidated = wrk(port, "/calendar.ics", etag="*")
    lines.append(
        f"serve 10,000 events: p50 {ours['p50']:.1f} ms, p99 {ours['p99']:.1f} ms, {ours['rate']:.0f} req/s; "
        f"bare waitress p50 {bare['p50']:.1f} ms, p99 {bare['p99']:.1f} ms, {bare['rate']:.0f} req/s "
        f"(p99 {ours['p99'] / bare['p99']:.2f}x); errors {ours['errors']:.0f}"
    )
    lines.append(
        f"revalidations (304) of the same feed: p50 {revalidated['p50']:.1f} ms, "
        f"p99 {revalidated['p99']:.1f} ms, {revalidated['rate']:.0f} req/s; bare waitress's 304: "
        f"p50 {bare_revalidated['p50']:.1f} ms, {bare_revalidated['rate']:.0f} req/s "
        f"({revalidated['rate'] / bare_revalidated['rate']:.2f}x its rate; goal >= 1x)"
    )
    lines.append(
        f"revalidations from wrk (saturating) during {EDITS} rebuilds: p50 {during['p50']:.1f} ms, "
        f"p99 {during['p99']:.1f} ms (goal < 50 ms), {during['rate']:.0f} req/s, "
        f"errors {during['errors']:.0f}; "
        f"each added activity served after {_seconds(saturated)} "
        f"(goal < 0.5 s; the server looks every {LOOK_SECONDS} s)"
    )
    lines.append(
        f"revalidations at 100 a second, each on a new connection, during {EDITS} rebuilds: "
        f"p50 {percentile(found, 0.5):.1f} ms, p99 {percentile(found, 0.99):.1f} ms, "
        f"slowest {max(found):.1f} ms (goal p99 < 50 ms); each added activity served after "
        f"{_seconds(paced_served)} (goal < 0.5 s)"
    )
    lines.append(edit_to_feed())
    return lines


def edit_to_feed(rows: int = 10_000, times: int = 5) -> str:
    """``kssgov edit`` of one record in a dataset of *rows* activities in one file: the seconds from the
    command's return until the served feed holds the change (median of *times*), and the slowest
    answer a reader meanwhile waited for."""
    with tempfile.TemporaryDirectory() as name:
        dataset = write_dataset(Path(name) / "one-file", rows=rows, files=1)
        with kssgov_serve(dataset) as port:
            _, _, etag = fetch(port, "/calendar.ics")
            readers = Readers(lambda _: fetch(port, "/calendar.ics", "*"))
            took = []
            with readers:
                for number in range(times):
                    topic = f"Endret tema {number}"
                    subprocess.run(
                        [KSSGOV, "edit", f"activity-{number * 997 % rows:06d}", str(dataset), "--set",
                         f"topic={topic}"],
                        check=True, capture_output=True,
                    )  # fmt: skip
                    returned = time.perf_counter()
                    while True:
                        status, body, new = fetch(port, "/calendar.ics", etag)
                        if status == 200 and topic.encode() in body.replace(b"\r\n ", b""):
                            took.append(time.perf_counter() - returned)
                            etag = new
                            break
                        etag = new if status == 200 else etag
                        time.sleep(0.01)
                    time.sleep(0.5)
    return (
        f"'kssgov edit' to the served feed, {rows:,} activities in one file: median "
        f"{percentile(took, 0.5):.2f} s, slowest {max(took):.2f} s (goal <= 0.5 s); "
        f"slowest reader meanwhile {max(readers.times, default=0.0) * 1000:.0f} ms (goal <= 250 ms)"
    )


def _seconds(values: list[float]) -> str:
    return f"median {percentile(values, 0.5):.2f} s, slowest {max(values):.2f} s"
