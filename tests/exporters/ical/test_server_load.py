"""The feed server under concurrent load on loopback: every answer is a 200 or a 304."""

from __future__ import annotations

from pathlib import Path

from ...benchmarks.serving import load
from ...servers import kssgov_serve


def test_a_thousand_concurrent_requests_without_an_error(example_copy: Path) -> None:
    with kssgov_serve(example_copy) as port:
        outcomes, _ = load(port, "/calendar.ics", requests=1000, clients=10)
    assert outcomes == {"200": 500, "304": 500}
