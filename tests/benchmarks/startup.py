"""``kssgov --help`` start-up (the installed command), against ``python -c "import click"``, by hyperfine."""

from __future__ import annotations

import sys

from .commands import KSSGOV, line, medians


def run() -> list[str]:
    times = medians({"click": f'{sys.executable} -c "import click"', "help": f"{KSSGOV} --help"}, runs=20)
    return [
        line("kssgov --help start-up", times["help"], times["click"], 'python -c "import click"', "<= 1.5x")
    ]
