"""Servers started for a test or a benchmark on 127.0.0.1, and stopped afterwards."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running(
    command: Sequence[str], env: Mapping[str, str] | None = None, port: int | None = None
) -> Iterator[int]:
    """Run *command* (``{port}`` in it is replaced) until it listens on *port* (a free one by default);
    yield the port; stop it."""
    port = port or free_port()
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


def load(port: int, path: str, requests: int = 10_000, clients: int = 8) -> tuple[Counter[str], float]:
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


class Readers:
    """While the block runs, a thread asks every 20 ms (``ask(n)`` makes the n-th request), noting in
    ``times`` how many seconds each took: readers of a server meanwhile doing something else."""

    def __init__(self, ask: Callable[[int], object]) -> None:
        self.ask, self._stop = ask, threading.Event()
        self.times: list[float] = []
        self._thread = threading.Thread(target=self._read)

    def _read(self) -> None:
        while not self._stop.wait(0.02):
            started = time.perf_counter()
            self.ask(len(self.times))
            self.times.append(time.perf_counter() - started)

    def __enter__(self) -> Readers:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(30)
