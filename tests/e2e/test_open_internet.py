"""``kssgov serve`` as strangers on the open internet meet it: idle sockets and password guessers.

Readers keep asking for the feed and the politics page throughout and time
each answer; the attackers run in processes and sockets of their own.
"""

from __future__ import annotations

import http.client
import json
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kssgov_exporters.ical.connections import CONNECTION_LIMIT
from kssgov_exporters.web.accounts import add_editor

from ..servers import Readers, running

pytestmark = pytest.mark.e2e

PASSWORD = "et langt og godt passord"


@pytest.fixture
def port(example_copy: Path) -> Iterator[int]:
    add_editor(example_copy, "kari", PASSWORD)
    add_editor(example_copy, "ola", PASSWORD)
    command = [sys.executable, "-m", "kssgov.cli", "serve", str(example_copy), "--port", "{port}"]
    with running([*command, "--trusted-proxy", "127.0.0.1"]) as found:
        yield found


def timed_get(port: int, path: str) -> float:
    """Seconds from connecting to the whole answer of *path*, on a new connection as a calendar asks."""
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path)
    answer = connection.getresponse()
    answer.read()
    connection.close()
    assert answer.status == 200, (path, answer.status)
    return time.monotonic() - started


def readers(port: int) -> Readers:
    """Readers asking for the feed and the politics page in turn, each on a new connection."""
    paths = ("/calendar.ics", "/politikk/2023/")
    return Readers(lambda n: timed_get(port, paths[n % 2]))


def test_more_idle_connections_than_the_limit_do_not_lock_a_reader_out(port: int) -> None:
    quiet = timed_get(port, "/calendar.ics")
    idle = []
    for number in range(CONNECTION_LIMIT + 50):
        sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        if number % 5 == 0:
            sock.sendall(b"GET /calendar.ics HTTP/1.1\r\nHost: x\r\n")  # a request never finished
        idle.append(sock)
    try:
        time.sleep(0.5)
        waited = timed_get(port, "/calendar.ics")
        assert waited < 1.0, (quiet, waited)
        assert timed_get(port, "/politikk/2023/") < 1.0
    finally:
        for sock in idle:
            sock.close()


def test_a_guessing_run_costs_the_guesser_and_not_the_readers(port: int) -> None:
    timed_get(port, "/politikk/2023/")  # the page made once: it is kept for this version of the data
    with readers(port) as before:
        time.sleep(3)
    with readers(port) as during:
        run = subprocess.run(
            [sys.executable, "-m", "tests.e2e.guessing", str(port), "1000", "20"],
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
        )
    found = json.loads(run.stdout)
    assert sum(found["checked"].values()) + sum(found["refused"].values()) == 1000
    assert found["seconds"] < 60  # so that "a minute" below is the whole run
    assert all(count <= 5 for count in found["checked"].values()), found  # a few guesses per account
    usual = statistics.median(before.times)
    assert max(during.times) - usual <= 0.25, (usual, sorted(during.times)[-5:])
    assert len(during.times) >= 10
