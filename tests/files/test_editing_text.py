"""Where an added record's text goes in its file, and what of the file's own text stays as it was."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

import kssgov
from kssgov import EditError
from kssgov.files.editing import FileText, add, add_many, edit
from kssgov.files.importing import import_rows
from kssgov.messages import Phrase

from ..conftest import write_dataset

SETTINGS = 'name = "T"\nyear = 2024\n'


def activity(key: str, day: str, comment: str = "") -> str:
    return f'{comment}[[activity]]\nid = "{key}"\ndate = {day}\nwhere = "{key.title()}"\ntopic = "T"\n'


def entry(key: str, day: str) -> str:
    return f'[[activity]]\nid = "{key}"\ndate = {day}\nwhere = "{key.title()}"\ntopic = "T"\n'


def folder_with(tmp_path: Path, text: str) -> Path:
    return write_dataset(tmp_path / "d", {"activities.toml": text}, SETTINGS)


def added(folder: Path, key: str, day: str) -> str:
    day_month_year = ".".join(str(int(p)) for p in reversed(day.split("-")))
    add(folder, "activity", {"id": key, "date": day_month_year, "where": key.title(), "topic": "T"})
    return (folder / "activities.toml").read_text(encoding="utf-8")


def test_a_record_goes_before_the_first_that_is_later_than_all_before_it(tmp_path: Path) -> None:
    # March is written before January: February belongs before March, the first later than it.
    folder = folder_with(tmp_path, activity("mar", "2024-03-05") + "\n" + activity("jan", "2024-01-10"))
    text = added(folder, "feb", "2024-02-14")
    assert text == entry("feb", "2024-02-14") + "\n" + activity("mar", "2024-03-05") + "\n" + activity(
        "jan", "2024-01-10"
    )


def test_a_record_equal_to_one_goes_after_it(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, activity("one", "2024-03-05") + "\n" + activity("three", "2024-04-01"))
    text = added(folder, "two", "2024-03-05")
    assert text == (
        activity("one", "2024-03-05")
        + "\n"
        + entry("two", "2024-03-05")
        + "\n"
        + activity("three", "2024-04-01")
    )


def test_a_record_later_than_all_ends_the_file_after_one_blank_line(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, activity("jan", "2024-01-10") + "\n\n\n")
    assert added(folder, "feb", "2024-02-14") == activity("jan", "2024-01-10") + "\n" + entry(
        "feb", "2024-02-14"
    )


def test_the_first_record_of_a_new_file_starts_it(tmp_path: Path) -> None:
    folder = write_dataset(tmp_path / "d", {}, SETTINGS)
    assert added(folder, "feb", "2024-02-14") == entry("feb", "2024-02-14")


def test_a_file_of_comments_only_keeps_them_above_its_first_record(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "# Politics 2024\n")
    assert added(folder, "feb", "2024-02-14") == "# Politics 2024\n\n" + entry("feb", "2024-02-14")


@pytest.mark.parametrize(
    "above",
    [
        "# The first of the year.\n",
        "  # Indented, as some editors write it.\n",
        "# Two lines\n# of comment.\n",
    ],
)
def test_the_comments_above_a_record_stay_with_it_at_the_start_of_a_file(tmp_path: Path, above: str) -> None:
    folder = folder_with(tmp_path, activity("mar", "2024-03-05", above))
    text = added(folder, "feb", "2024-02-14")
    assert text == entry("feb", "2024-02-14") + "\n" + activity("mar", "2024-03-05", above)


def test_a_blank_first_line_stays_above_the_comment_of_the_first_record(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "\n" + activity("mar", "2024-03-05", "# March.\n"))
    text = added(folder, "feb", "2024-02-14")
    assert text == "\n" + entry("feb", "2024-02-14") + "\n" + activity("mar", "2024-03-05", "# March.\n")


def test_rows_imported_together_stay_in_their_order_where_the_first_belongs(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, activity("feb", "2024-02-14"))
    result = import_rows(folder, [(1, ["1.3.2024", "Mars", "T"]), (2, ["5.1.2024", "Januar", "T"])])
    assert [r.where for r in result.added] == ["Mars", "Januar"]
    assert [a.where for a in kssgov.load(folder).activities] == ["Feb", "Mars", "Januar"]


def test_each_change_keeps_the_files_own_line_ends(tmp_path: Path) -> None:
    crlf = folder_with(tmp_path / "crlf", "")
    rows = crlf / "activities.toml"
    rows.write_bytes(activity("jan", "2024-01-10").replace("\n", "\r\n").encode())
    add(crlf, "activity", {"date": "1.2.2024", "where": "Ny", "topic": "T"})
    raw = rows.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n") == 11
    lf = folder_with(tmp_path / "lf", activity("jan", "2024-01-10"))
    edit(lf, "jan", {"topic": "Budsjett"})
    assert b"\r" not in (lf / "activities.toml").read_bytes()


def test_a_file_that_cannot_be_read_says_which_and_why(tmp_path: Path) -> None:
    with pytest.raises(EditError) as caught:
        FileText.read(tmp_path)
    assert caught.value.code == "edit.cannot_read"
    assert caught.value.params == {"path": tmp_path, "detail": Phrase("os.is_folder", number=errno.EISDIR)}


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    latin = tmp_path / "a.toml"
    latin.write_bytes("topic = 'Møte'\n".encode("latin-1"))
    with pytest.raises(EditError) as caught:
        FileText.read(latin)
    assert caught.value.code == "edit.dataset_invalid"


def test_a_refused_add_names_the_file_it_was_for_the_field_and_the_value(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, activity("jan", "2024-01-10"))
    target = str(folder / "activities.toml")
    with pytest.raises(EditError) as caught:
        add(folder, "activity", {"date": "1.2.2024", "where": " ", "topic": "T"})
    assert caught.value.code == "edit.record_invalid"
    assert caught.value.params == {"table": Phrase("table.activity")}
    assert [(p.code, p.location.file, p.location.field, p.params) for p in caught.value.problems] == [
        ("text.empty", target, "where", {"value": " "})
    ]
    with pytest.raises(EditError) as caught:
        add(folder, "activity", {"date": "1.2.2024", "where": "W", "topic": "T", "alliance": "none"})
    assert [(p.code, p.location.file, p.location.field) for p in caught.value.problems] == [
        ("ref.dangling", target, "alliance")
    ]


def test_an_edit_refused_for_its_value_names_the_kind_of_record(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, activity("jan", "2024-01-10"))
    with pytest.raises(EditError) as caught:
        edit(folder, "jan", {"date": "31.2.2024"})
    assert (caught.value.code, caught.value.params) == (
        "edit.record_invalid",
        {"table": Phrase("table.activity")},
    )


def test_an_id_given_to_one_record_is_not_made_again_for_the_next(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "")
    rows = [
        {"id": "2024-02-01-mote", "date": "1.2.2024", "where": "Møte", "topic": "T"},
        {"date": "1.2.2024", "where": "Møte", "topic": "Other"},
    ]
    result = add_many(folder, "activity", rows)
    assert [r.id for r in result.records] == ["2024-02-01-mote", "2024-02-01-mote-2"]


def test_times_are_written_in_the_datasets_own_time_zone(tmp_path: Path) -> None:
    folder = write_dataset(tmp_path / "d", {}, 'name = "T"\nyear = 2024\ntimezone = "America/New_York"\n')
    add(folder, "activity", {"id": "call", "date": "1.2.2024 10:00-11:00", "where": "Call", "topic": "T"})
    text = (folder / "activities.toml").read_text(encoding="utf-8")
    assert text == (
        '[[activity]]\nid = "call"\ndate = {start = 2024-02-01T10:00:00, end = 2024-02-01T11:00:00}\n'
        'where = "Call"\ntopic = "T"\n'
    )


def test_a_yes_or_no_other_than_the_default_is_written_as_toml_writes_it(tmp_path: Path) -> None:
    folder = write_dataset(tmp_path / "d", {}, SETTINGS)
    added = add(folder, "body", {"id": "panel", "name": "Panelet", "kind": "other", "has_chair": False})
    assert added.path.read_text(encoding="utf-8").endswith("has_chair = false\n")


@pytest.mark.parametrize("last_line", ["# Neste: X\n", "# Neste  \n"])
def test_the_last_line_of_a_file_is_kept_as_written_before_a_record_added_at_its_end(
    tmp_path: Path, last_line: str
) -> None:
    folder = folder_with(tmp_path, activity("jan", "2024-01-10") + last_line)
    text = added(folder, "feb", "2024-02-14")
    assert text == activity("jan", "2024-01-10") + last_line + "\n" + entry("feb", "2024-02-14")
