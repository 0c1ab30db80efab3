"""Run every benchmark and print one line each: ``python -m tests.benchmarks [SIZE ...]``.

SIZE is a number of activities (default 1000 10000 100000). The figures of a
run on the team's machine are kept in ``tests/benchmarks/README.md``.
"""

from __future__ import annotations

import os
import platform
import sys

from . import commands, pages, serving, startup


def main() -> None:
    sizes = tuple(int(size) for size in sys.argv[1:]) or (1_000, 10_000, 100_000)
    machine = platform.processor() or platform.machine()
    print(f"# {platform.node()}: {machine}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    for lines in (startup.run(), commands.run(sizes), serving.run(), pages.run()):
        for line in lines:
            print(line, flush=True)


if __name__ == "__main__":
    main()
