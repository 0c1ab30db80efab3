"""``kssgov --help`` start-up (the installed command), against ``python -c "import click"``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .timing import best_of, report


def run() -> list[str]:
    script = Path(sys.executable).with_name("kssgov")
    kssgov = [str(script)] if script.exists() else [sys.executable, "-m", "kssgov.cli"]

    def command(*args: str) -> None:
        subprocess.run(list(args), check=True, capture_output=True)

    times = best_of(
        {
            "click": lambda: command(sys.executable, "-c", "import click"),
            "help": lambda: command(*kssgov, "--help"),
        },
        rounds=15,
    )
    return [
        report("kssgov --help start-up", times["help"], times["click"], 'python -c "import click"', "<= 1.5x")
    ]
