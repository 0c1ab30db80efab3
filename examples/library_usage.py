"""Using kssgov as a library: load the example, ask it questions, build and save records.

Run it from the repository root: ``python examples/library_usage.py [OUTPUT-FOLDER]``.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

import kssgov

EXAMPLE = Path(__file__).resolve().parent / "kss-2023"


def main(output: Path) -> None:
    data = kssgov.load(EXAMPLE)

    print("The politics table of 2023, as the public sees it:")
    for row in data.activities_in(2023, audience=kssgov.Visibility.PUBLIC)[:5]:
        print(f"  {row.date.format():<14} {row.where[:60]}")

    board = data.roster(kssgov.BodyKind.BOARD, dt.date(2024, 3, 1))
    print(f"\nThe board on 1 March 2024 (chair: {board.chair}):")
    for seat in board.seats:
        deputies = ", ".join(d.person for d in seat.deputies) or "no personal deputy"
        print(f"  {seat.person} (deputy: {deputies})")

    summary = data.member_summary()
    print(
        f"\n{summary.total} members: {summary.public} municipal or IKS, {summary.non_profit} non-profit, "
        f"{summary.foundation} foundations"
    )
    meetings = data.meeting_count("rod-knapp", audience=kssgov.Visibility.PUBLIC)
    print(f"Rød knapp met {meetings} times in 2023.")

    hearing = kssgov.Activity(
        id="2024-03-01-justiskomiteen",
        date=kssgov.DateSpan.parse("1.3.2024 kl. 10.00-11.00"),
        where="Muntlig høring i Stortingets justiskomité",
        topic="Statsbudsjettet",
        kind=kssgov.ActivityKind.ORAL_HEARING,
        role=kssgov.ActivityRole.SPEAKER,
    )
    dataset = kssgov.Dataset(
        settings=kssgov.Settings(name=data.settings.name, year=2024), activities=(hearing,)
    )
    written = kssgov.save(dataset, output)
    print(f"\nSaved a new dataset: {', '.join(p.name for p in written)} in {output}")
    assert kssgov.load(output) == dataset


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="kssgov-")))
