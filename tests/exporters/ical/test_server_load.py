"""The feed server under concurrent load on loopback: every answer is a 200 or a 304."""

from __future__ import annotations

import socket
from pathlib import Path

from ...servers import kssgov_serve, load


def test_a_thousand_concurrent_requests_without_an_error(example_copy: Path) -> None:
    with kssgov_serve(example_copy) as port:
        outcomes, _ = load(port, "/calendar.ics", requests=1000, clients=10)
    assert outcomes == {"200": 500, "304": 500}


def test_headers_too_large_get_a_clean_431(example_copy: Path) -> None:
    with (
        kssgov_serve(example_copy) as port,
        socket.create_connection(("127.0.0.1", port), timeout=30) as client,
    ):
        huge = b"X-Padding: " + b"a" * 300_000 + b"\r\n"
        client.sendall(
            b"GET /calendar.ics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + huge + b"\r\n"
        )
        answer = b""
        while chunk := client.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 431 Request Header Fields Too Large\r\n")
    assert answer.endswith(b"\r\n\r\nRequest header fields too large\n")
