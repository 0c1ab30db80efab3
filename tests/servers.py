"""Servers started for a test or a benchmark on 127.0.0.1, and stopped afterwards."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running(command: Sequence[str], env: Mapping[str, str] | None = None) -> Iterator[int]:
    """Run *command* (``{port}`` in it is replaced) until it listens; yield the port; stop it."""
    port = free_port()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            [part.replace("{port}", str(port)) for part in command],
            env={**os.environ, **(env or {})},
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=1):
                        break
                except OSError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        errors.seek(0)
                        raise RuntimeError(f"{command[0]} did not start: {errors.read().decode()}") from None
                    time.sleep(0.1)
            yield port
        finally:
            process.terminate()
            process.wait(timeout=10)


def kssgov_serve(dataset: Path, env: Mapping[str, str] | None = None) -> AbstractContextManager[int]:
    """``kssgov serve DATASET`` on a free port."""
    return running([sys.executable, "-m", "kssgov.cli", "serve", str(dataset), "--port", "{port}"], env)
