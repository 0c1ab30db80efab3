"""Interleaved best-of-N timing, and the report line every benchmark prints."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(functions: dict[str, Callable[[], object]], rounds: int = 5) -> dict[str, float]:
    """The fastest of *rounds* runs of each function, the functions taking turns each round."""
    best = {name: float("inf") for name in functions}
    for _ in range(rounds):
        for name, function in functions.items():
            start = time.perf_counter()
            function()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def report(title: str, measured: float, baseline: float, baseline_name: str, goal: str) -> str:
    """One line: the ratio of *measured* to *baseline*, both times, and the goal."""
    ratio = measured / baseline
    return (
        f"{title}: {ratio:.2f}x {baseline_name} "
        f"({measured * 1000:.1f} ms vs {baseline * 1000:.1f} ms; goal {goal})"
    )
