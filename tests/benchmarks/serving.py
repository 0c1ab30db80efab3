"""``kssgov serve`` of a 10,000-event feed under a real load generator, against bare waitress.

wrk sends the same requests to kssgov and to bare waitress serving the same
bytes (``floors/static_server.py``); its latency percentiles are compared.
Then, while wrk keeps loading kssgov, one activity is added to a file: the
benchmark reports how long until the served feed holds it, and the latency
percentiles of the requests made during the rebuild. Last, revalidations
are sent at a steady 100 a second (as many subscribers send them, rather than
a generator keeping the server saturated) while another activity is added.
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

from ..servers import kssgov_serve, running
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


def fetch(port: int, path: str) -> tuple[bytes, str]:
    """The body at *path* and its ETag."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", path)
    response = connection.getresponse()
    body, etag = response.read(), response.getheader("ETag") or ""
    connection.close()
    return body, etag


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


ADDED = '\n[[activity]]\nid = "nytt-mote"\ndate = 2023-06-01\nwhere = "Nytt møte"\ntopic = "T"\n'


def run() -> list[str]:
    lines = []
    with tempfile.TemporaryDirectory() as name:
        dataset = write_dataset(Path(name) / "d10k", rows=10_000, files=10)
        with kssgov_serve(dataset) as port:
            body, etag = fetch(port, "/calendar.ics")
            ours = wrk(port, "/calendar.ics")
            revalidated = wrk(port, "/calendar.ics", etag=etag)
            feed = Path(name) / "feed.ics"
            feed.write_bytes(body)
            during: dict[str, float] = {}
            loader = threading.Thread(target=lambda: during.update(wrk(port, "/calendar.ics", etag=etag)))
            loader.start()
            time.sleep(2)
            written = time.perf_counter()
            with (dataset / "activities-000.toml").open("a", encoding="utf-8") as handle:
                handle.write(ADDED)
            while b"Nytt m\xc3\xb8te" not in fetch(port, "/calendar.ics")[0]:
                time.sleep(0.02)
            served = time.perf_counter() - written
            loader.join()
            body, etag = fetch(port, "/calendar.ics")
            done = threading.Event()
            found: list[float] = []
            pacer = threading.Thread(
                target=lambda: found.extend(paced(port, "/calendar.ics", etag, 100, done))
            )
            pacer.start()
            time.sleep(1)
            written = time.perf_counter()
            with (dataset / "activities-001.toml").open("a", encoding="utf-8") as handle:
                handle.write(ADDED.replace("nytt-mote", "nytt-mote-2").replace("Nytt møte", "Andre møte"))
            while b"Andre m\xc3\xb8te" not in fetch(port, "/calendar.ics")[0]:
                time.sleep(0.02)
            served_paced = time.perf_counter() - written
            time.sleep(0.5)
            done.set()
            pacer.join()
        with running([sys.executable, str(FLOORS / "static_server.py"), "{port}", str(feed)]) as port:
            bare = wrk(port, "/calendar.ics")
    lines.append(
        f"serve 10,000 events: p50 {ours['p50']:.1f} ms, p99 {ours['p99']:.1f} ms, {ours['rate']:.0f} req/s; "
        f"bare waitress p50 {bare['p50']:.1f} ms, p99 {bare['p99']:.1f} ms, {bare['rate']:.0f} req/s "
        f"(p99 {ours['p99'] / bare['p99']:.2f}x); errors {ours['errors']:.0f}"
    )
    lines.append(
        f"revalidations (304) of the same feed: p50 {revalidated['p50']:.1f} ms, "
        f"p99 {revalidated['p99']:.1f} ms, {revalidated['rate']:.0f} req/s"
    )
    lines.append(
        f"revalidations during a rebuild: p99 {during['p99']:.1f} ms (goal < 50 ms), "
        f"errors {during['errors']:.0f}; one added activity served after {served:.2f} s "
        "(goal < 0.5 s; the server looks every 0.1 s)"
    )
    lines.append(
        f"revalidations at 100 a second, each on a new connection, around a rebuild: "
        f"p50 {percentile(found, 0.5):.1f} ms, p99 {percentile(found, 0.99):.1f} ms, "
        f"slowest {max(found):.1f} ms (goal p99 < 50 ms); the added activity served after "
        f"{served_paced:.2f} s (goal < 0.5 s)"
    )
    return lines
