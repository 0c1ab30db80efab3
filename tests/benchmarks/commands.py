"""Whole commands as a person runs them, against plain scripts written without kssgov.

Each command runs in its own process (start, load, check, write), timed by
hyperfine with warm-up runs; the floors are the scripts in ``floors/``. Every
line names its baseline and prints the ratio of the medians, and the growth
of each command from size to size (10.0 is linear for ten times the rows).
Peak memory is the process's maximum resident size, measured by GNU time.
"""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .datasets import write_csv, write_dataset

FLOORS = Path(__file__).parent / "floors"
PYTHON = sys.executable
KSSGOV = str(Path(sys.executable).parent / "kssgov")


def medians(commands: dict[str, str], *, runs: int, prepare: str | None = None) -> dict[str, float]:
    """The median wall time of each shell command, in seconds, measured by hyperfine in one run."""
    with tempfile.NamedTemporaryFile(suffix=".json") as exported:
        arguments = ["hyperfine", "--style", "none", "--warmup", "1", "--runs", str(runs)]
        arguments += ["--export-json", exported.name]
        if prepare:
            arguments += ["--prepare", prepare]
        for name, command in commands.items():
            arguments += ["--command-name", name, command]
        subprocess.run(arguments, check=True, capture_output=True)
        results = json.loads(Path(exported.name).read_text(encoding="utf-8"))["results"]
    return {result["command"]: result["median"] for result in results}


def peak_mib(command: str) -> float:
    """The peak resident memory of *command*, in MiB."""
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", "sh", "-c", f"{command} > /dev/null"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(done.stderr.strip().splitlines()[-1]) / 1024


def line(title: str, measured: float, baseline: float, baseline_name: str, goal: str) -> str:
    return (
        f"{title}: {measured / baseline:.2f}x {baseline_name} "
        f"(median {measured:.3f} s vs {baseline:.3f} s; goal {goal})"
    )


def run(sizes: tuple[int, ...] = (1_000, 10_000, 100_000)) -> list[str]:
    lines: list[str] = []
    growth: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        for size in sizes:
            data = write_dataset(root / f"d{size}", rows=size, files=max(size // 1000, 1))
            runs = 3 if size >= 100_000 else 10
            out = root / "out"
            times = medians(
                {
                    "check": f"{KSSGOV} check {data}",
                    "tomllib": f"{PYTHON} {FLOORS / 'check_floor.py'} {data}",
                    "export politics": f"{KSSGOV} export politics {data} -o {out}.docx",
                    "politics floor": f"{PYTHON} {FLOORS / 'politics_floor.py'} {data} {out}-floor.docx",
                    "export ical": f"{KSSGOV} export ical {data} -o {out}.ics",
                    "ical floor": f"{PYTHON} {FLOORS / 'ical_floor.py'} {data} {out}-floor.ics",
                },
                runs=runs,
            )
            label = f"{size:,} activities"
            lines.append(
                line(f"check, {label}", times["check"], times["tomllib"], "tomllib parse", "<= 1.6x")
            )
            lines.append(
                line(
                    f"export politics, {label}",
                    times["export politics"],
                    times["politics floor"],
                    "tomllib + XML strings",
                    "<= 1.5x",
                )
            )
            lines.append(
                line(
                    f"export ical, {label}",
                    times["export ical"],
                    times["ical floor"],
                    "tomllib + icalendar",
                    "<= 1.2x",
                )
            )
            for command in ("check", "export politics", "export ical"):
                growth.setdefault(command, []).append(times[command])
            work = root / "work"
            reset = f"rm -rf {work} && cp -r {data} {work}"
            added = medians(
                {
                    "add": f"{KSSGOV} add activity {work} --date 1.6.2023 --where Ny --topic T --force",
                    "check": f"{KSSGOV} check {work}",
                },
                runs=runs,
                prepare=reset,
            )
            lines.append(line(f"add, {label}", added["add"], added["check"], "one check", "<= 1.1x"))
            sheet = write_csv(root / f"rows{size}.csv", size)
            empty = root / "empty"
            imported = medians(
                {"import csv": f"{KSSGOV} import csv {sheet} {empty}", "check": f"{KSSGOV} check {data}"},
                runs=3,
                prepare=f"rm -rf {empty} && mkdir {empty} && cp {data}/kssgov.toml {empty}/",
            )
            lines.append(
                line(f"import csv, {label}", imported["import csv"], imported["check"], "check", "<= 2x")
            )
            if size == max(sizes):
                for command, floor, goal in (
                    (f"{KSSGOV} export politics {data} -o {out}.docx", "politics_floor.py", "<= 1.5x"),
                    (f"{KSSGOV} export ical {data} -o {out}.ics", "ical_floor.py", "<= 1.2x"),
                ):
                    ours = peak_mib(command)
                    suffix = ".docx" if "politics" in floor else ".ics"
                    theirs = peak_mib(f"{PYTHON} {FLOORS / floor} {data} {out}-floor{suffix}")
                    lines.append(
                        f"peak memory, {command.split()[1:3]}, {label}: {ours / theirs:.2f}x {floor} "
                        f"({ours:.0f} MiB vs {theirs:.0f} MiB; goal {goal})"
                    )
            shutil.rmtree(data)
    for command, values in growth.items():
        factors = ", ".join(f"{later / earlier:.1f}" for earlier, later in itertools.pairwise(values))
        lines.append(
            f"growth of {command} from size to size ({', '.join(f'{s:,}' for s in sizes)}): {factors}"
        )
    return lines
