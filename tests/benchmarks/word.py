"""A 10,000-row politics table from loaded records to the saved .docx.

Compared, in the same run, with (a) python-docx filled naively with
``add_row().cells`` and (b) the floor: the same rows written as prepared
table-row XML and saved, with nothing else done.
"""

from __future__ import annotations

import copy
import io
import tempfile
from pathlib import Path

import docx
from docx.oxml.ns import qn

import kssgov

from .. import exports
from .loading import write_dataset
from .timing import best_of, report


def naive(rows: list[tuple[str, str, str]]) -> bytes:
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Dato", "Hvor", "Tema"), strict=True):
        cell.text = text
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def floor(rows: list[tuple[str, str, str]]) -> bytes:
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Dato", "Hvor", "Tema"), strict=True):
        cell.paragraphs[0].add_run(text)
    template = copy.deepcopy(table.rows[0]._tr)
    tbl = table._tbl
    for row in rows:
        tr = copy.deepcopy(template)
        for t, text in zip(tr.iter(qn("w:t")), row, strict=True):
            t.text = text
        tbl.append(tr)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def run() -> list[str]:
    with tempfile.TemporaryDirectory() as name:
        dataset = kssgov.load(write_dataset(Path(name)))
    exporter = kssgov.discover().get("politics")
    request = exports.request("politics", dataset)
    rows = [
        (a.date.format(), a.where, a.topic)
        for a in dataset.activities_in(2023, audience=kssgov.Visibility.PUBLIC)
    ]
    times = best_of(
        {
            "kssgov": lambda: kssgov.run(exporter, dataset, request),
            "naive": lambda: naive(rows),
            "floor": lambda: floor(rows),
        },
        rounds=5,
    )
    return [
        report(
            "politics table, 10,000 rows", times["kssgov"], times["naive"], "naive add_row().cells", "<= 0.1x"
        ),
        report("politics table, 10,000 rows", times["kssgov"], times["floor"], "prepared row XML", "<= 1.5x"),
    ]
