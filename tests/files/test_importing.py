"""Importing the politics table from a Word report or a spreadsheet."""

from __future__ import annotations

import contextlib
import csv
import io
import subprocess
import sys
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import docx
import pytest

import kssgov
from kssgov import EditError
from kssgov.files import importing
from kssgov.files.importing import Skipped, csv_rows, docx_rows, import_rows
from kssgov.messages import Phrase

from ..conftest import EXAMPLE, write_dataset
from ..exporters.word.helpers import read, table_rows
from ..exports import export


def empty(tmp_path: Path) -> Path:
    return write_dataset(tmp_path / "new", {}, settings='name = "KSS"\nyear = 2023\n')


def test_export_import_export_gives_the_same_table(tmp_path: Path) -> None:
    original = export("politics", kssgov.load(EXAMPLE))
    report = tmp_path / "arsmelding.docx"
    report.write_bytes(original)
    folder = empty(tmp_path)
    result = import_rows(folder, docx_rows(report))
    assert len(result.added) == 44
    assert result.skipped == ()
    again = export("politics", kssgov.load(folder))
    assert table_rows(read(again)) == table_rows(read(original))


def test_importing_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    report = tmp_path / "r.docx"
    report.write_bytes(export("politics", kssgov.load(EXAMPLE)))
    folder = empty(tmp_path)
    import_rows(folder, docx_rows(report))
    second = import_rows(folder, docx_rows(report))
    assert second.added == ()
    assert len(second.skipped) == 44
    assert {s.reason.render("en") for s in second.skipped} == {"it is already in the dataset"}


def test_a_printed_table_keeps_its_order_and_its_slips_are_found(tmp_path: Path, as_printed: Path) -> None:
    printed = kssgov.load(as_printed).activities
    rows = [(a.date.format(), a.where, a.topic) for a in printed]
    report = word_table(tmp_path / "trykt.docx", ("Dato", "Hvor", "Tema"), rows)
    folder = empty(tmp_path)
    result = import_rows(folder, docx_rows(report))
    assert [(a.date.format(), a.where, a.topic) for a in kssgov.load(folder).activities] == rows
    assert len(result.added) == 44
    found = [
        (p.params["value"], p.params["suggestion"])
        for p in kssgov.check(folder).warnings
        if p.code == "lint.out_of_order"
    ]
    assert found == [
        ("16.8.2022", "16.8.2023"),
        ("26.10.2022", "26.10.2023"),
        ("9.11.2022", "9.11.2023"),
        ("10.11.2022", "10.11.2023"),
    ]


def word_table(path: Path, header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> Path:
    document = docx.Document()
    document.add_paragraph("Noe tekst før tabellen")
    other = document.add_table(rows=1, cols=2)
    other.rows[0].cells[0].text = "Navn"
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def test_unreadable_rows_are_reported_by_number_and_skipped(tmp_path: Path) -> None:
    report = word_table(
        tmp_path / "r.docx",
        ("Date", "Where", "Topic"),
        [
            ("6.1.2023", "Møte", "Tema"),
            ("30.2.2023", "Møte", "Tema"),
            ("sometime", "Møte", "Tema"),
            ("7.1.2023", "", "Tema"),
            ("7.\u20118.2.2023", "Forum", "Likestilling"),
        ],
    )
    result = import_rows(empty(tmp_path), docx_rows(report))
    assert [a.date.format() for a in result.added] == ["6.1.2023", "7.-8.2.2023"]
    assert [(s.row, s.reason.render("en")) for s in result.skipped] == [
        (3, "'30.2.2023' is not a real date (the month has no day 30)"),
        (4, "'sometime' is not a date or date range"),
        (5, "the Hvor or Tema column is empty"),
    ]
    assert [s.reason.render("nb") for s in result.skipped] == [
        "'30.2.2023' er ikke en virkelig dato (måneden har ingen dag 30)",
        "'sometime' er ikke en dato eller et datoområde",
        "kolonnen Hvor eller Tema er tom",
    ]


def test_a_document_without_a_politics_table(tmp_path: Path) -> None:
    report = word_table(tmp_path / "r.docx", ("Navn", "Partnere", "Antall"), [])
    with pytest.raises(EditError, match="no table with the columns Dato") as caught:
        docx_rows(report)
    assert caught.value.params == {"path": report}
    (tmp_path / "x.docx").write_bytes(b"not a document")
    with pytest.raises(EditError, match="cannot be read as a Word document"):
        docx_rows(tmp_path / "x.docx")


def test_a_table_with_a_fourth_column_repeated_headings_and_break_points_gives_its_three_texts(
    tmp_path: Path,
) -> None:
    report = word_table(
        tmp_path / "r.docx",
        ("Dato", "Hvor", "Tema", "Merknad"),
        [
            ("6.1.2023", "Møte med JD", "Vold", "intern"),
            ("Dato", "Hvor", "Tema", ""),
            ("7.2.2023", "Justis\u200b-\u200bdepartementet", "Budsjett", "x"),
        ],
    )
    assert docx_rows(report) == [
        (2, ["6.1.2023", "Møte med JD", "Vold"]),
        (4, ["7.2.2023", "Justis-departementet", "Budsjett"]),
    ]


def test_a_row_written_twice_in_one_import_is_added_once(tmp_path: Path) -> None:
    folder = empty(tmp_path)
    row = ["6.1.2023", "Møte med JD", "Vold"]
    result = import_rows(folder, [(2, list(row)), (3, list(row))])
    assert [a.where for a in result.added] == ["Møte med JD"]
    assert [(s.row, s.reason.key()) for s in result.skipped] == [(3, Phrase("skip.present").key())]
    assert result.path == folder / "activities.toml"


@pytest.mark.parametrize(
    ("content", "encoding"),
    [
        (
            "Dato;Hvor;Tema\n6.1.2023;Møte med JD;Vold\n30.2.2023;x;y\n\n"
            "7.-8.2.2023;Forum, Malmö;Likestilling\n",
            "cp1252",
        ),
        (
            "Date,Where,Topic\n6.1.2023,Møte med JD,Vold\n30.2.2023,x,y\n"
            '7.-8.2.2023,"Forum, Malmö",Likestilling\n',
            "utf-8-sig",
        ),
    ],
)
def test_spreadsheets(tmp_path: Path, content: str, encoding: str) -> None:
    sheet = tmp_path / "rader.csv"
    sheet.write_bytes(content.encode(encoding))
    result = import_rows(empty(tmp_path), csv_rows(sheet), {"kind": "meeting"})
    assert [(a.date.format(), a.where) for a in result.added] == [
        ("6.1.2023", "Møte med JD"),
        ("7.-8.2.2023", "Forum, Malmö"),
    ]
    assert [s.row for s in result.skipped] == [3]
    assert all(a.kind is kssgov.ActivityKind.MEETING for a in result.added)


def test_a_spreadsheet_without_headings(tmp_path: Path) -> None:
    sheet = tmp_path / "rader.csv"
    sheet.write_text("6.1.2023;Møte;Tema\n")
    with pytest.raises(EditError, match="the first row must be the headings"):
        csv_rows(sheet)


def test_a_bad_value_skips_its_row_only_with_its_number_and_reason(tmp_path: Path) -> None:
    sheet = tmp_path / "rader.csv"
    long_topic = "x" * 150_000
    sheet.write_text(
        "Dato;Hvor;Tema\n6.1.2023;Møte;Tema\n7.1.2023;Møte\x07med bjelle;Tema\n"
        f"8.1.2023;Møte;{long_topic}\n9.1.2023;Møte;Siste\n",
        encoding="utf-8",
    )
    result = import_rows(empty(tmp_path), csv_rows(sheet))
    assert [a.date.format() for a in result.added] == ["6.1.2023", "9.1.2023"]
    assert [(s.row, s.reason.render("en")) for s in result.skipped] == [
        (3, "where: the text contains the control character U+0007"),
        (4, "topic: the text is 150000 characters long, more than the 20000 this field can hold"),
    ]
    assert result.skipped[0].reason.render("nb") == "where: teksten inneholder kontrolltegnet U+0007"


def test_a_binary_file_is_not_a_spreadsheet(tmp_path: Path) -> None:
    sheet = tmp_path / "rader.csv"
    sheet.write_bytes(b"Dato;Hvor;Tema\n\x00\x01\x02\xff\xfe" * 20)
    with pytest.raises(EditError) as caught:
        csv_rows(sheet)
    assert caught.value.render("en").startswith(f"{sheet} is not a spreadsheet saved as text (CSV)")


def test_a_row_with_merged_cells_is_skipped_not_split(tmp_path: Path) -> None:
    report = word_table(
        tmp_path / "r.docx",
        ("Dato", "Hvor", "Tema"),
        [("6.1.2023", "Møte", "Tema"), ("7.1.2023", "Samlet", "x")],
    )
    document = docx.Document(str(report))
    table = document.tables[1]
    table.cell(2, 1).merge(table.cell(2, 2))
    document.save(str(report))
    result = import_rows(empty(tmp_path), docx_rows(report))
    assert [a.where for a in result.added] == ["Møte"]
    assert [(s.row, s.reason.render("en")) for s in result.skipped] == [
        (3, "its cells are merged, so one text would be read into two columns")
    ]


def test_a_document_that_would_unpack_to_a_huge_size_is_refused_before_it_is_read(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:t>" + b"a" * (60 * 1024 * 1024) + b"</w:t>")
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(EditError) as caught:
        docx_rows(bomb)
    assert caught.value.code == "docx.too_large"
    assert "word/document.xml" in caught.value.render("en")
    # The peak of this process alone: VmHWM starts afresh at exec, while ru_maxrss would carry
    # over the (large) test runner's peak from the fork.
    script = (
        "import pathlib, re, sys\nfrom kssgov.files.importing import docx_rows\n"
        "try:\n    docx_rows(pathlib.Path(sys.argv[1]))\n"
        "except Exception as error:\n    print(type(error).__name__)\n"
        "status = pathlib.Path('/proc/self/status').read_text()\n"
        "print(re.search(r'VmHWM:\\s+(\\d+) kB', status).group(1))\n"
    )
    command = [sys.executable, "-c", script, str(bomb)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    refused, peak_kib = done.stdout.split()
    assert refused == "EditError"
    assert int(peak_kib) < 200 * 1024


def test_a_spreadsheet_with_more_columns_and_short_rows_says_which_rows_it_left(tmp_path: Path) -> None:
    sheet = tmp_path / "rader.csv"
    sheet.write_text(
        "Dato;Hvor;Tema;Notat\n6.1.2023;Møte;Vold;intern\n7.1.2023;Bare to\n;Møte;Uten dato\n"
        "8.1.2023;;Uten sted\n9.1.2023;Møte;Siste;\n",
        encoding="utf-8",
    )
    result = import_rows(empty(tmp_path), csv_rows(sheet))
    assert [(a.date.format(), a.where, a.topic) for a in result.added] == [
        ("6.1.2023", "Møte", "Vold"),
        ("9.1.2023", "Møte", "Siste"),
    ]
    assert [(s.row, s.reason.render("en")) for s in result.skipped] == [
        (3, "it has fewer than three columns"),
        (4, "the date is empty"),
        (5, "the Hvor or Tema column is empty"),
    ]


def test_a_spreadsheet_that_adds_nothing_names_no_file_and_says_why(tmp_path: Path) -> None:
    sheet = tmp_path / "rader.csv"
    sheet.write_text("Dato;Hvor;Tema\n6.1.2023;Møte;Vold\n", encoding="utf-8")
    folder = empty(tmp_path)
    import_rows(folder, csv_rows(sheet))
    again = import_rows(folder, csv_rows(sheet))
    assert (again.added, again.path) == ((), None)
    assert [(s.row, s.reason.render("en")) for s in again.skipped] == [(2, "it is already in the dataset")]


def test_a_spreadsheet_saved_in_the_windows_encoding_keeps_its_letters(tmp_path: Path) -> None:
    sheet = tmp_path / "rader.csv"
    sheet.write_bytes(
        "Dato\tHvor\tTema\n6.1.2023\tMøte på Ås\tVold\n".encode("cp1252") + b"7.1.2023\tRom\x81\tT\n"
    )
    rows = csv_rows(sheet)
    assert rows == [(2, ["6.1.2023", "Møte på Ås", "Vold"]), (3, ["7.1.2023", "Rom\ufffd", "T"])]


def test_a_spreadsheet_that_cannot_be_read_names_the_file_and_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(EditError) as caught:
        csv_rows(tmp_path)
    assert caught.value.code == "edit.cannot_read"
    assert caught.value.params["path"] == tmp_path
    assert str(caught.value.params["detail"]) == "it is a folder"
    sheet = tmp_path / "rader.csv"
    sheet.write_text("Dato;Hvor;Tema\n6.1.2023;Møte;Vold\n", encoding="utf-8")
    monkeypatch.setattr(importing, "MAX_FILE_BYTES", 20)
    with pytest.raises(EditError) as caught:
        csv_rows(sheet)
    assert (caught.value.code, caught.value.params) == (
        "import.too_large",
        {"path": sheet, "size": sheet.stat().st_size, "limit": 20},
    )
    monkeypatch.setattr(importing, "MAX_FILE_BYTES", sheet.stat().st_size)
    assert len(csv_rows(sheet)) == 1
    headless = tmp_path / "uten.csv"
    headless.write_text("", encoding="utf-8")
    with pytest.raises(EditError) as caught:
        csv_rows(headless)
    assert (caught.value.code, caught.value.params) == ("import.no_headings", {"path": headless})


def test_a_row_the_csv_reader_refuses_is_skipped_and_the_rows_after_it_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    @contextlib.contextmanager
    def small_fields() -> Iterator[None]:
        previous = csv.field_size_limit(40)
        try:
            yield
        finally:
            csv.field_size_limit(previous)

    monkeypatch.setattr(
        importing, "_any_field_size", small_fields
    )  # as the reader refuses what it cannot read
    sheet = tmp_path / "rader.csv"
    sheet.write_text(f"Dato;Hvor;Tema\n6.1.2023;{'x' * 50};Vold\n7.1.2023;Møte;Siste\n", encoding="utf-8")
    assert [
        (number, cells if isinstance(cells, list) else cells.reason.render("en"))
        for number, cells in csv_rows(sheet)
    ] == [
        (2, "the row cannot be read as CSV"),
        (3, ["7.1.2023", "Møte", "Siste"]),
    ]
    assert [cells.row for _, cells in csv_rows(sheet) if isinstance(cells, Skipped)] == [2]
    (tmp_path / "kort.csv").write_text(f"Dato;Hvor;{'T' * 50}\n", encoding="utf-8")
    with pytest.raises(EditError) as caught:
        csv_rows(tmp_path / "kort.csv")
    assert caught.value.code == "import.no_headings"


def test_a_windows_spreadsheet_with_a_line_break_inside_a_cell_keeps_it_as_a_line_break(
    tmp_path: Path,
) -> None:
    sheet = tmp_path / "rader.csv"
    sheet.write_bytes(
        b'Dato;Hvor;Tema\r\n6.1.2023;M\xc3\xb8te;"Vold\r\nog trusler"\r\n7.1.2023;M\xc3\xb8te;Siste\r\n'
    )
    assert csv_rows(sheet) == [
        (2, ["6.1.2023", "Møte", "Vold\nog trusler"]),
        (3, ["7.1.2023", "Møte", "Siste"]),
    ]
    result = import_rows(empty(tmp_path), csv_rows(sheet))
    assert [a.topic for a in result.added] == ["Vold\nog trusler", "Siste"]


def test_a_spreadsheet_of_an_old_mac_ends_its_lines_and_its_cells_line_breaks_with_a_carriage_return(
    tmp_path: Path,
) -> None:
    sheet = tmp_path / "rader.csv"
    sheet.write_bytes(b'Dato;Hvor;Tema\r6.1.2023;"M\xc3\xb8te\rmed Bufdir";Tema\r7.1.2023;Sted;Siste\r')
    assert csv_rows(sheet) == [
        (2, ["6.1.2023", "Møte\nmed Bufdir", "Tema"]),
        (3, ["7.1.2023", "Sted", "Siste"]),
    ]


def test_the_delimiter_is_the_one_between_the_headings_whatever_the_cells_hold(tmp_path: Path) -> None:
    sheet = tmp_path / "rader.csv"
    sheet.write_text(
        "Dato;Hvor;Tema\n6.1.2023;Møte med JD, BLD, KD, AID, HOD og FIN;Vold, trusler\n", encoding="utf-8"
    )
    assert csv_rows(sheet) == [(2, ["6.1.2023", "Møte med JD, BLD, KD, AID, HOD og FIN", "Vold, trusler"])]


def test_times_in_a_spreadsheet_are_read_in_the_datasets_time_zone(tmp_path: Path) -> None:
    folder = write_dataset(tmp_path / "d", {}, 'name = "Org"\nyear = 2023\ntimezone = "America/New_York"\n')
    sheet = tmp_path / "rader.csv"
    sheet.write_text("Dato;Hvor;Tema\n7.2.2023 kl. 10.00-12.00;Møte;Vold\n", encoding="utf-8")
    (added,) = import_rows(folder, csv_rows(sheet)).added
    assert added.date.timezone == "America/New_York"


def test_a_document_is_measured_part_by_part_and_in_all_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "DOCX_PART_BYTES", 1000)
    monkeypatch.setattr(importing, "DOCX_TOTAL_BYTES", 1500)

    def archive(name: str, sizes: list[int]) -> Path:
        path = tmp_path / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as written:
            for number, size in enumerate(sizes):
                written.writestr(f"word/part{number}.xml", b"x" * size)
        return path

    def refusal(path: Path) -> tuple[str, dict[str, object]]:
        with pytest.raises(EditError) as caught:
            importing.check_docx(path)
        return str(caught.value.code), caught.value.params

    importing.check_docx(archive("fits.docx", [1000, 500]))
    big = archive("big.docx", [400, 1001])
    assert refusal(big) == (
        "docx.too_large",
        {"path": big, "size": 1001, "part": "word/part1.xml", "limit": 1000},
    )
    many = archive("many.docx", [800, 800])
    assert refusal(many) == (
        "docx.too_large",
        {"path": many, "size": 1600, "part": "word/part1.xml", "limit": 1500},
    )
    fits = archive("fits.docx", [10])
    with pytest.raises(EditError) as caught:
        docx_rows(fits)
    assert (caught.value.code, caught.value.params) == ("import.not_docx", {"path": fits})
    not_a_zip = tmp_path / "x.docx"
    not_a_zip.write_bytes(b"plain text")
    assert refusal(not_a_zip) == ("import.not_docx", {"path": not_a_zip})


def test_a_large_part_packed_far_more_tightly_than_a_report_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "DOCX_RATIO_FROM_BYTES", 1000)
    monkeypatch.setattr(importing, "DOCX_RATIO", 10)

    def packed(name: str, content: bytes) -> tuple[Path, zipfile.ZipInfo]:
        path = tmp_path / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as written:
            written.writestr("word/document.xml", content)
        with zipfile.ZipFile(path) as archive:
            return path, archive.getinfo("word/document.xml")

    path, part = packed("zeros.docx", b"0" * 5000)
    with pytest.raises(EditError) as caught:
        importing.check_docx(path)
    assert (caught.value.code, caught.value.params) == (
        "docx.too_packed",
        {"path": path, "part": "word/document.xml", "size": 5000, "packed": part.compress_size, "limit": 10},
    )
    assert caught.value.render("en").startswith(
        f"word/document.xml in {path} would unpack to 5000 bytes from"
    )
    # A part of exactly 1000 bytes is not measured; one exactly as large as the limit allows passes.
    importing.check_docx(packed("small.docx", b"0" * 1000)[0])
    monkeypatch.setattr(importing, "DOCX_RATIO", 1)
    stored = tmp_path / "stored.docx"
    with zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as written:
        written.writestr("word/document.xml", b"0" * 5000)
    importing.check_docx(stored)
