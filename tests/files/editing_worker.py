"""A process that changes a dataset again and again, printing what each acknowledged change did.

Used by the crash and concurrency tests: ``python -m tests.files.editing_worker JOB DATASET PREFIX COUNT``.
JOB is ``add`` (activities one by one, each id printed once acknowledged), ``import`` (a
spreadsheet of COUNT rows at once, its row count printed) or ``fmt`` (records without ids
appended by hand and tidied, the number of files tidied printed).
"""

from __future__ import annotations

import sys
from pathlib import Path

from kssgov.files.editing import add, reformat
from kssgov.files.importing import csv_rows, import_rows


def main() -> None:
    job, folder, prefix, count = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    if job == "add":
        for number in range(count):
            record_id = f"{prefix}-{number:04d}"
            add(
                folder,
                "activity",
                {"id": record_id, "date": "1.3.2024", "where": f"Møte {record_id}", "topic": "T"},
            )
            print(record_id, flush=True)
    elif job == "import":
        sheet = folder.parent / f"{prefix}.csv"
        rows = "".join(f"{1 + n % 28}.{1 + n % 12}.2024;Import {prefix} {n};T\n" for n in range(count))
        sheet.write_text("Dato;Hvor;Tema\n" + rows, encoding="utf-8")
        result = import_rows(folder, csv_rows(sheet))
        print(len(result.added), flush=True)
    elif job == "fmt":
        untidy = folder / f"{prefix}.toml"
        for number in range(count):
            with untidy.open("a", encoding="utf-8") as handle:
                handle.write(
                    f'\n[[activity]]\ntopic = "T"\nwhere = "Fmt {prefix} {number}"\ndate = 2024-02-01\n'
                )
            print(len(reformat(folder)), flush=True)


if __name__ == "__main__":
    main()
