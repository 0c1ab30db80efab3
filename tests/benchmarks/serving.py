"""Requests to ``kssgov serve`` on loopback, mixing full answers (200) and revalidations (304).

Throughput is compared, in the same run, with waitress serving a constant body of the same size
from a one-line WSGI application: the cost kssgov adds on top of its server.
"""

from __future__ import annotations

import http.client
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from ..servers import kssgov_serve, running

ROOT = Path(__file__).resolve().parents[2]
REQUESTS = 10_000
CLIENTS = 8

_CONSTANT_APP = """
import sys, waitress
body = b"x" * int(sys.argv[2])
def app(environ, start_response):
    headers = [("Content-Type", "text/calendar; charset=utf-8"), ("Content-Length", str(len(body)))]
    start_response("200 OK", headers)
    return [body]
waitress.serve(app, host="127.0.0.1", port=int(sys.argv[1]), threads=4, _quiet=True)
"""


def load(
    port: int, path: str, requests: int = REQUESTS, clients: int = CLIENTS
) -> tuple[Counter[str], float]:
    """Send *requests* GETs from *clients* keep-alive connections, every other one conditional."""
    probe = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    probe.request("GET", path)
    first = probe.getresponse()
    first.read()
    etag = first.getheader("ETag") or '"none"'
    probe.close()
    outcomes: Counter[str] = Counter()
    lock = threading.Lock()

    def client(count: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        seen: Counter[str] = Counter()
        for number in range(count):
            headers = {"If-None-Match": etag} if number % 2 else {}
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
                seen[str(response.status)] += 1
            except (OSError, http.client.HTTPException) as error:
                seen[type(error).__name__] += 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.close()
        with lock:
            outcomes.update(seen)

    threads = [threading.Thread(target=client, args=(requests // clients,)) for _ in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes, time.perf_counter() - start


def run() -> list[str]:
    with tempfile.TemporaryDirectory() as name:
        dataset = Path(name) / "kss-2023"
        shutil.copytree(ROOT / "examples" / "kss-2023", dataset)
        with kssgov_serve(dataset) as port:
            outcomes, seconds = load(port, "/calendar.ics")
            size = len(_fetch(port))
        with running([sys.executable, "-c", _CONSTANT_APP, "{port}", str(size)]) as port:
            _, baseline = load(port, "/")
    errors = sum(n for status, n in outcomes.items() if status not in ("200", "304"))
    rate = REQUESTS / seconds
    answers = dict(sorted(outcomes.items()))
    return [
        f"serve on loopback: {rate:.0f} requests/s, {REQUESTS / baseline:.0f} for bare waitress "
        f"({seconds / baseline:.2f}x its time); answers {answers}; errors {errors} (goal 0)"
    ]


def _fetch(port: int) -> bytes:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", "/calendar.ics")
    body = connection.getresponse().read()
    connection.close()
    return body
