"""A process that adds activities one by one, printing each id once its add is acknowledged.

Used by the crash and concurrency tests: ``python -m tests.files.editing_worker DATASET PREFIX COUNT``.
"""

from __future__ import annotations

import sys

from kssgov.files.editing import add


def main() -> None:
    dataset, prefix, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    for number in range(count):
        record_id = f"{prefix}-{number:04d}"
        add(
            dataset,
            "activity",
            {"id": record_id, "date": "1.3.2024", "where": f"Møte {record_id}", "topic": "Test"},
        )
        print(record_id, flush=True)


if __name__ == "__main__":
    main()
