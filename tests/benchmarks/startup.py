"""``kssgov --help`` start-up, against ``python -c "import click"``."""

from __future__ import annotations

import subprocess
import sys

from .timing import best_of, report


def run() -> list[str]:
    def command(*args: str) -> None:
        subprocess.run([sys.executable, *args], check=True, capture_output=True)

    times = best_of(
        {
            "click": lambda: command("-c", "import click"),
            "help": lambda: command("-m", "kssgov.cli", "--help"),
        },
        rounds=15,
    )
    return [
        report("kssgov --help start-up", times["help"], times["click"], 'python -c "import click"', "<= 1.5x")
    ]
