"""The feed server under concurrent load on loopback: every answer is a 200 or a 304."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .benchmarks.serving import free_port, load, wait_for


def test_a_thousand_concurrent_requests_without_an_error(example_copy: Path) -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "kssgov.cli", "serve", str(example_copy), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(port, server)
        outcomes, _ = load(port, "/calendar.ics", requests=1000, clients=10)
    finally:
        server.terminate()
        server.wait()
    assert outcomes == {"200": 500, "304": 500}
