"""Run every benchmark and print one ratio line each: ``python -m tests.benchmarks``."""

from __future__ import annotations

from . import feed, loading, serving, startup, word


def main() -> None:
    for module in (loading, word, feed, serving, startup):
        for line in module.run():
            print(line, flush=True)


if __name__ == "__main__":
    main()
