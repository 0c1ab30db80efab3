"""Adding, editing, cancelling and tidying records: comments survive, bad changes write nothing."""

from __future__ import annotations

import datetime as dt
import errno
from pathlib import Path

import attrs
import pytest
import tomlkit

import kssgov
from kssgov import EditError
from kssgov.files import _toml, editing
from kssgov.files.atomic import temporary_name
from kssgov.files.editing import add, add_many, cancel, edit, new_id, reformat, slug
from kssgov.messages import Phrase

from ..conftest import append, write_dataset

ROWS = """# Our politics table.

[[activity]]
# The first meeting of the year.
topic = "Budsjett"   # as printed
where = "Stortinget"
id = "a"
date = 2024-01-10
"""


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    return write_dataset(tmp_path / "d", {"activities.toml": ROWS})


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*.toml") if ".kssgov" not in p.parts
    }


def test_slugs_and_ids() -> None:
    assert (
        slug("Møte med Justis- og beredskapsdepartementet, 7. mars")
        == "mote-med-justis-og-beredskapsdepartementet-7"
    )
    record = kssgov.Activity(id="x", date=kssgov.DateSpan.parse("7.-8.3.2024"), where="Møte på Ås", topic="T")
    taken: set[str] = set()
    assert new_id(record, taken) == "2024-03-07-mote-pa-as"
    assert new_id(record, taken) == "2024-03-07-mote-pa-as-2"


def test_add_appends_and_keeps_every_existing_byte(dataset: Path) -> None:
    added = add(
        dataset,
        "activity",
        {"date": "7.-8.3.2024", "where": "Møte med JD", "topic": "Vold", "kind": "meeting"},
    )
    text = (dataset / "activities.toml").read_text(encoding="utf-8")
    assert text.startswith(ROWS.rstrip("\n"))
    assert added.path == dataset / "activities.toml"
    (record,) = added.records
    assert record.id == "2024-03-07-mote-med-jd"
    assert text.endswith(
        '[[activity]]\nid = "2024-03-07-mote-med-jd"\ndate = "7.-8.3.2024"\n'
        'where = "Møte med JD"\ntopic = "Vold"\n'
    )
    assert kssgov.load(dataset).get(record.id) == record


def test_add_to_a_new_file_when_none_holds_that_kind(dataset: Path) -> None:
    added = add(dataset, "consultation", {"issuer": "JD", "title": "Ny lov", "deadline": "1.2.2024"})
    assert added.path == dataset / "consultations.toml"
    assert "deadline = 2024-02-01" in added.path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("values", "code"),
    [
        ({"date": "30.2.2024", "where": "w", "topic": "t"}, "date.impossible"),
        ({"date": "1.2.2024", "where": "w", "topic": "t", "kind": "picnic"}, "enum.unknown"),
        ({"date": "1.2.2024", "where": "w"}, "field.missing"),
        ({"date": "1.2.2024", "where": "w", "topic": "t", "alliance": "nowhere"}, "ref.dangling"),
        ({"date": "1.2.2024", "where": "", "topic": "t"}, "text.empty"),
    ],
)
def test_an_invalid_add_writes_nothing(dataset: Path, values: dict[str, str], code: str) -> None:
    before = snapshot(dataset)
    with pytest.raises(EditError) as caught:
        add(dataset, "activity", values)
    assert code in [p.code for p in caught.value.problems]
    assert snapshot(dataset) == before


def test_ids_are_unique(dataset: Path) -> None:
    with pytest.raises(EditError, match="already in use"):
        add(dataset, "activity", {"id": "a", "date": "1.2.2024", "where": "w", "topic": "t"})
    added = add_many(dataset, "activity", [{"date": "1.2.2024", "where": "Møte", "topic": "t"}] * 2)
    assert [r.id for r in added.records] == ["2024-02-01-mote", "2024-02-01-mote-2"]


def test_a_dataset_with_errors_is_not_changed(dataset: Path) -> None:
    (dataset / "broken.toml").write_text("[[activity]\n")
    with pytest.raises(EditError, match="has errors already") as caught:
        add(dataset, "activity", {"date": "1.2.2024", "where": "w", "topic": "t"})
    assert caught.value.problems[0].code == "file.toml_syntax"


def test_edit_changes_only_what_it_is_told(dataset: Path) -> None:
    edit(dataset, "a", {"date": "11.1.2024", "venue": "Oslo", "topic": "Statsbudsjett"})
    text = (dataset / "activities.toml").read_text(encoding="utf-8")
    assert "# Our politics table." in text
    assert "# The first meeting of the year." in text
    assert 'topic = "Statsbudsjett"   # as printed' in text
    assert "date = 2024-01-11" in text
    assert 'venue = "Oslo"' in text
    assert text.index("topic") < text.index("where")


def test_edit_can_remove_an_optional_field(dataset: Path) -> None:
    edit(dataset, "a", {"venue": "Oslo"})
    edit(dataset, "a", {}, unset=["venue"])
    assert "venue" not in (dataset / "activities.toml").read_text(encoding="utf-8")
    with pytest.raises(EditError, match="not valid"):
        edit(dataset, "a", {}, unset=["topic"])


def test_edit_refuses_bad_changes_and_keeps_the_file(dataset: Path) -> None:
    before = snapshot(dataset)
    with pytest.raises(EditError):
        edit(dataset, "a", {"date": "32.1.2024"})
    with pytest.raises(EditError, match="cannot be changed"):
        edit(dataset, "a", {"id": "b"})
    with pytest.raises(EditError, match="no record with the id 'zzz'"):
        edit(dataset, "zzz", {"topic": "x"})
    assert snapshot(dataset) == before


def test_cancel(dataset: Path) -> None:
    cancel(dataset, "a")
    assert kssgov.load(dataset).activities[0].status is kssgov.Status.CANCELLED
    add(dataset, "award", {"id": "prize", "prize": "P", "year": 2024, "recipient": "R"})
    with pytest.raises(EditError, match="the award 'prize' cannot be cancelled"):
        cancel(dataset, "prize")


def test_fmt_orders_fields_fills_ids_and_keeps_comments(tmp_path: Path) -> None:
    rows = ROWS + '\n[[activity]]\ntopic = "Uten id"\ndate = 2024-02-01\nwhere = "Møte"\n'
    folder = write_dataset(tmp_path / "f", {"activities.toml": rows})
    assert reformat(folder) == [folder / "activities.toml"]
    text = (folder / "activities.toml").read_text(encoding="utf-8")
    assert text.startswith(
        '# Our politics table.\n\n[[activity]]\n# The first meeting of the year.\nid = "a"\n'
    )
    assert 'topic = "Budsjett"   # as printed' in text
    assert 'id = "2024-02-01-mote"\ndate = 2024-02-01\nwhere = "Møte"\ntopic = "Uten id"\n' in text
    assert reformat(folder) == []
    assert "lint.missing_id" not in {p.code for p in kssgov.check(folder).warnings}


def test_a_full_disk_writes_nothing(dataset: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(dataset)

    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(editing, "write_text", full)
    with pytest.raises(EditError, match="the disk is full; the file is unchanged") as caught:
        add(dataset, "activity", {"date": "1.2.2024", "where": "w", "topic": "t"})
    assert caught.value.params["path"] == dataset / "activities.toml"
    assert snapshot(dataset) == before


def test_a_read_only_folder(dataset: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(EditError, match="the disk is read-only"):
        add(dataset, "activity", {"date": "1.2.2024", "where": "w", "topic": "t"})


def test_a_file_with_crlf_line_ends_keeps_them(tmp_path: Path) -> None:
    folder = write_dataset(tmp_path / "d", {})
    rows = folder / "activities.toml"
    rows.write_bytes(("\ufeff" + ROWS).replace("\n", "\r\n").encode("utf-8"))
    add(folder, "activity", {"date": "1.2.2024", "where": "Ny", "topic": "T"})
    edit(folder, "a", {"topic": "Statsbudsjettet"})
    raw = rows.read_bytes()
    assert raw.startswith("\ufeff".encode())
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert raw.count(b"\r\n") == raw.count(b"\n") > 10
    assert b'topic = "Statsbudsjettet"   # as printed\r\n' in raw


def test_a_linked_data_file_is_changed_through_its_link(tmp_path: Path) -> None:
    shared = tmp_path / "shared.toml"
    shared.write_text(ROWS, encoding="utf-8")
    shared.chmod(0o640)
    folder = write_dataset(tmp_path / "d", {})
    (folder / "activities.toml").symlink_to(shared)
    add(folder, "activity", {"date": "1.2.2024", "where": "Ny", "topic": "T"})
    assert (folder / "activities.toml").is_symlink()
    assert "Ny" in shared.read_text(encoding="utf-8")
    assert shared.stat().st_mode & 0o777 == 0o640


def test_the_next_change_removes_what_an_interrupted_write_left(dataset: Path) -> None:
    stale = temporary_name(dataset / "activities.toml")
    stale.write_text("[[activity]]\nid = ", encoding="utf-8")
    assert "file.leftover" in [p.code for p in kssgov.check(dataset).warnings]
    add(dataset, "activity", {"date": "1.2.2024", "where": "Ny", "topic": "T"})
    assert not stale.exists()
    assert "file.leftover" not in [p.code for p in kssgov.check(dataset).warnings]


def test_a_new_record_goes_where_it_belongs_in_date_order(tmp_path: Path) -> None:
    folder = write_dataset(
        tmp_path / "d",
        {
            "activities.toml": "# Politikk 2024\n\n"
            '[[activity]]\nid = "jan"\ndate = 2024-01-10\nwhere = "Januar"\ntopic = "T"\n\n'
            "# The March meeting, as the report has it.\n"
            '[[activity]]\nid = "mar"\ndate = 2024-03-05\nwhere = "Mars"\ntopic = "T"\n\n'
            '[[activity]]\nid = "apr"\ndate = 2024-04-01\nwhere = "April"\ntopic = "T"\n'
        },
        settings='name = "T"\nyear = 2024\n',
    )
    add(folder, "activity", {"id": "feb", "date": "14.2.2024", "where": "Februar", "topic": "T"})
    add(folder, "activity", {"id": "may", "date": "2.5.2024", "where": "Mai", "topic": "T"})
    add(folder, "activity", {"id": "first", "date": "1.1.2024", "where": "Nyttår", "topic": "T"})
    text = (folder / "activities.toml").read_text(encoding="utf-8")
    assert [a.id for a in kssgov.load(folder).activities] == ["first", "jan", "feb", "mar", "apr", "may"]
    assert text.startswith('# Politikk 2024\n\n[[activity]]\nid = "first"')
    february = '[[activity]]\nid = "feb"\ndate = 2024-02-14\nwhere = "Februar"\ntopic = "T"\n\n'
    assert f'{february}# The March meeting, as the report has it.\n[[activity]]\nid = "mar"' in text
    assert text.endswith('[[activity]]\nid = "may"\ndate = 2024-05-02\nwhere = "Mai"\ntopic = "T"\n')
    assert kssgov.check(folder).problems == ()


def test_many_records_added_at_once_each_find_their_place(tmp_path: Path) -> None:
    folder = write_dataset(
        tmp_path / "d",
        {"a.toml": '[[activity]]\nid = "m"\ndate = 2024-06-01\nwhere = "Midt"\ntopic = "T"\n'},
    )
    rows = [
        {"date": f"{day}.{month}.2024", "where": f"M{month}-{day}", "topic": "T"}
        for month, day in [(9, 1), (1, 5), (6, 1), (3, 3), (12, 24)]
    ]
    add_many(folder, "activity", rows)
    starts = [a.date.start.isoformat() for a in kssgov.load(folder).activities]
    assert starts == sorted(starts)
    assert len(starts) == 6


def test_adding_the_same_activity_twice_is_refused_unless_forced(dataset: Path) -> None:
    same = {"date": "10.1.2024", "where": "Stortinget", "topic": "Budsjett"}
    with pytest.raises(EditError) as caught:
        add(dataset, "activity", same)
    assert caught.value.render("en") == (
        "the same date, place and topic are already recorded as 'a'; "
        "check that this is not the same record; add it anyway with --force"
    )
    added = add(dataset, "activity", same, force=True)
    assert added.records[0].id == "2024-01-10-stortinget"
    assert len(kssgov.load(dataset).activities) == 2


def test_records_in_an_inline_list_are_refused_until_fmt_writes_them_as_tables(tmp_path: Path) -> None:
    folder = write_dataset(
        tmp_path / "d",
        {
            "a.toml": 'activity = [{ id = "i", date = 2024-02-01, where = "W", topic = "T" }, '
            '{ date = 2024-02-02, where = "W2", topic = "T" }]\n'
        },
    )
    (found,) = kssgov.check(folder).errors
    assert (found.code, found.location.line) == ("file.inline_records", 1)
    with pytest.raises(EditError, match="the dataset has errors already"):
        add(folder, "activity", {"date": "1.3.2024", "where": "X", "topic": "T"})
    assert reformat(folder) == [folder / "a.toml"]
    assert (folder / "a.toml").read_text(encoding="utf-8").startswith('[[activity]]\nid = "i"\n')
    edit(folder, "i", {"topic": "Ny"})
    assert [a.topic for a in kssgov.load(folder).activities] == ["Ny", "T"]


def test_fmt_keeps_every_comment_with_its_record(tmp_path: Path) -> None:
    source = (
        '# Heading of the file\n\n# First meeting\n[[activity]]\ntopic = "T1"  # the topic\n'
        'date = 2024-01-01\nwhere = "W1"\n\n# About the second one\n[[activity]]\nwhere = "W2"\n'
        '# about the date\ndate = 2024-01-02\ntopic = "T2"\n# right after the last field\n[[activity]]\n'
        'id = "x"\ndate = 2024-01-03\nwhere = "W3"\ntopic = "T3"\n\n# The end\n'
    )
    folder = write_dataset(tmp_path / "d", {"a.toml": source})
    reformat(folder)
    assert (folder / "a.toml").read_text(encoding="utf-8") == (
        '# Heading of the file\n\n# First meeting\n[[activity]]\nid = "2024-01-01-w1"\ndate = 2024-01-01\n'
        'where = "W1"\ntopic = "T1"  # the topic\n\n# About the second one\n[[activity]]\n'
        'id = "2024-01-02-w2"\n# about the date\ndate = 2024-01-02\nwhere = "W2"\ntopic = "T2"\n\n'
        '# right after the last field\n[[activity]]\nid = "x"\ndate = 2024-01-03\nwhere = "W3"\n'
        'topic = "T3"\n\n# The end\n'
    )
    assert reformat(folder) == []


def test_fmt_keeps_a_comment_under_a_records_last_field_with_that_record(tmp_path: Path) -> None:
    """A comment under the last field, parted from the next record by a blank line, is the record's
    own (the example's "No funder" under Samtykkealliansen); after the blank line, a heading."""
    source = (
        '[[activity]]\nid = "a"\ntopic = "T1"\ndate = 2024-01-01\nwhere = "W1"\n# no agenda was sent\n\n'
        '# Spring\n[[activity]]\nid = "b"\ndate = 2024-03-01\nwhere = "W2"\ntopic = "T2"\n'
    )
    folder = write_dataset(tmp_path / "d", {"a.toml": source})
    reformat(folder)
    assert (folder / "a.toml").read_text(encoding="utf-8") == (
        '[[activity]]\nid = "a"\ndate = 2024-01-01\nwhere = "W1"\ntopic = "T1"\n# no agenda was sent\n\n'
        '# Spring\n[[activity]]\nid = "b"\ndate = 2024-03-01\nwhere = "W2"\ntopic = "T2"\n'
    )
    assert reformat(folder) == []


def test_cancelling_twice_and_what_can_be_cancelled(tmp_path: Path) -> None:
    folder = write_dataset(
        tmp_path / "d",
        {
            "a.toml": ROWS,
            "agms.toml": '[[agm]]\nid = "arsmote-2024"\nyear = 2024\ndate = 2024-04-24\n',
            "c.toml": '[[consultation]]\nid = "h"\nissuer = "JD"\ntitle = "Høring"\ndeadline = 2024-03-01\n',
        },
    )
    first, again = cancel(folder, "a"), cancel(folder, "a")
    assert (first.already, again.already) == (False, True)
    assert cancel(folder, "arsmote-2024").record.status is kssgov.Status.CANCELLED  # type: ignore[attr-defined]
    withdrawn = kssgov.load(folder).consultations[0]
    assert withdrawn.status is kssgov.ConsultationStatus.OPEN
    cancel(folder, "h")
    assert kssgov.load(folder).consultations[0].status is kssgov.ConsultationStatus.WITHDRAWN
    assert kssgov.load(folder).agm_dates == {}


def message(caught: pytest.ExceptionInfo[EditError]) -> str:
    return caught.value.render("en")


def test_each_refused_change_says_why_in_words(dataset: Path) -> None:
    with pytest.raises(EditError) as caught:
        cancel(dataset, "zzz")
    assert message(caught).startswith("there is no record with the id 'zzz'")
    with pytest.raises(EditError) as caught:
        add_many(dataset, "activities", [{"date": "1.2.2024", "where": "W", "topic": "T"}])
    assert caught.value.params == {
        "value": "activities",
        "allowed": "activity, consultation, alliance, body, agm, term, election, statistics, award, "
        "member, project, staff, figure, media, finances, text",
    }
    assert caught.value.code == "edit.unknown_table"
    with pytest.raises(EditError) as caught:
        edit(dataset, "a", {"alliance": "nowhere"})
    assert caught.value.code == "edit.would_be_invalid"
    assert [(p.code, p.location.field, p.params["value"]) for p in caught.value.problems] == [
        ("ref.dangling", "alliance", "nowhere")
    ]


def test_cancelling_what_is_cancelled_already_names_the_record(dataset: Path) -> None:
    cancel(dataset, "a")
    again = cancel(dataset, "a")
    assert again.already
    assert again.record == kssgov.load(dataset).activities[0]


def test_the_same_activity_written_with_other_spaces_is_the_same(dataset: Path) -> None:
    with pytest.raises(EditError) as caught:
        add(dataset, "activity", {"date": "10.1.2024", "where": " Stortinget ", "topic": "Budsjett "})
    assert caught.value.params["value"] == "a"
    with pytest.raises(EditError):
        add_many(dataset, "activity", [{"date": "10.1.2024", "where": "Stortinget", "topic": "Budsjett"}])
    two_words = {"date": "10.2.2024", "where": "Stortinget  Oslo", "topic": "Ny   lov"}
    add(dataset, "activity", two_words)
    with pytest.raises(EditError):
        add(dataset, "activity", {"date": "10.2.2024", "where": "Stortinget Oslo", "topic": "Ny lov"})


def test_fmt_leaves_a_tidy_file_and_what_is_not_a_record_table_alone(tmp_path: Path) -> None:
    tidy = '[[activity]]\nid = "a"\ndate = 2024-01-10\nwhere = "W"\ntopic = "T"\n'
    folder = write_dataset(tmp_path / "d", {"a.toml": tidy})
    assert reformat(folder) == []
    assert (folder / "a.toml").read_text(encoding="utf-8") == tidy
    untidy = '[[activity]]\ntopic = "T"\ndate = 2024-01-10\nwhere = "W"\nid = "a"\n\n\n'
    (folder / "a.toml").write_text(untidy, encoding="utf-8")
    assert reformat(folder) == [folder / "a.toml"]
    assert (folder / "a.toml").read_text(encoding="utf-8") == tidy


def test_fmt_gives_a_new_id_that_no_record_holds_yet(tmp_path: Path) -> None:
    source = (
        '[[activity]]\nid = "2024-01-10-w"\ndate = 2024-01-09\nwhere = "X"\ntopic = "T"\n\n'
        '[[activity]]\ndate = 2024-01-10\nwhere = "W"\ntopic = "T"\n'
    )
    folder = write_dataset(tmp_path / "d", {"a.toml": source})
    reformat(folder)
    assert [a.id for a in kssgov.load(folder).activities] == ["2024-01-10-w", "2024-01-10-w-2"]


def test_a_new_id_is_made_of_the_records_date_or_year_and_its_first_five_words() -> None:
    hearing = kssgov.Consultation(
        id="x", issuer="JD", title="Høring om ny lov i år", deadline=dt.date(2024, 3, 1)
    )
    assert new_id(hearing, set()) == "2024-03-01-horing-om-ny-lov-i"
    assert new_id(attrs.evolve(hearing, deadline=None), set()) == "horing-om-ny-lov-i"
    award = kssgov.Award(id="x", prize="Ærespris", year=2024, recipient="R")
    assert new_id(award, set()) == "2024-aerespris"
    assert new_id(kssgov.Election(id="x", agm="a", body="b"), set()) == "election"
    long = kssgov.Activity(id="x", date=kssgov.DateSpan.parse("1.1.2024"), where="a" * 88 + " bbb", topic="t")
    assert new_id(long, set()) == "2024-01-01-" + "a" * 88  # cut at 100 characters, no hyphen at the end
    taken = {"2024-aerespris", "2024-aerespris-2"}
    assert new_id(award, taken) == "2024-aerespris-3"
    assert "2024-aerespris-3" in taken


def test_an_edit_from_a_version_read_before_someone_else_changed_the_record_is_refused(dataset: Path) -> None:
    read = editing.version(kssgov.load(dataset).activities[0])
    assert len(read) == 32
    edit(dataset, "a", {"topic": "Første endring"}, expected_version=read)
    before = snapshot(dataset)
    with pytest.raises(EditError) as caught:
        edit(dataset, "a", {"topic": "Andre endring"}, expected_version=read)
    assert (caught.value.code, caught.value.params) == ("edit.changed_meanwhile", {"value": "a"})
    assert snapshot(dataset) == before
    with pytest.raises(EditError) as caught:
        edit(dataset, "a", {}, unset=["id"])
    assert caught.value.code == "edit.id_fixed"


def test_a_refused_edit_points_at_the_record_in_its_file(dataset: Path) -> None:
    with pytest.raises(EditError) as caught:
        edit(dataset, "a", {"alliance": "nowhere"})
    (problem,) = caught.value.problems
    assert (Path(problem.location.file).name, problem.location.line) == ("activities.toml", 3)


def test_a_record_without_an_id_in_its_file_is_given_one_by_fmt_before_it_can_be_edited(
    tmp_path: Path,
) -> None:
    folder = write_dataset(
        tmp_path / "d", {"a.toml": '[[activity]]\ndate = 2024-01-10\nwhere = "W"\ntopic = "T"\n'}
    )
    (provisional,) = [a.id for a in kssgov.load(folder).activities]
    with pytest.raises(EditError) as caught:
        edit(folder, provisional, {"topic": "Ny"})
    assert (caught.value.code, caught.value.params) == (
        "edit.no_id_written",
        {"value": provisional, "path": folder / "a.toml"},
    )


def test_an_edit_in_the_middle_of_a_file_keeps_the_next_records_comment_with_it(tmp_path: Path) -> None:
    source = (
        '[[activity]]\nid = "a"\ndate = 2024-01-10\nwhere = "W"\ntopic = "T"\n\n'
        '# about b\n[[activity]]\nid = "b"\ndate = 2024-01-11\nwhere = "W"\ntopic = "T"\n\n'
        '# about c\n[[activity]]\nid = "c"\ndate = 2024-01-12\nwhere = "W"\ntopic = "T"\n'
    )
    folder = write_dataset(tmp_path / "d", {"a.toml": source})
    edit(folder, "b", {"venue": "Salen"}, unset=["url"])
    assert (folder / "a.toml").read_text(encoding="utf-8") == source.replace(
        'id = "b"\ndate = 2024-01-11\nwhere = "W"\ntopic = "T"\n',
        'id = "b"\ndate = 2024-01-11\nwhere = "W"\ntopic = "T"\nvenue = "Salen"\n',
    )
    edit(folder, "a", {"topic": "Første"})
    assert '# about b\n[[activity]]\nid = "b"' in (folder / "a.toml").read_text(encoding="utf-8")


def test_a_refused_value_in_an_edit_points_at_the_field_of_the_record(dataset: Path) -> None:
    with pytest.raises(EditError) as caught:
        edit(dataset, "a", {"topic": ""})
    assert caught.value.code == "edit.record_invalid"
    (problem,) = caught.value.problems
    assert (
        problem.code,
        Path(problem.location.file).name,
        problem.location.line,
        problem.location.field,
    ) == (
        "text.empty",
        "activities.toml",
        3,
        "topic",
    )


def test_consultations_are_kept_in_order_of_their_deadlines(tmp_path: Path) -> None:
    source = (
        '[[consultation]]\nid = "mars"\nissuer = "JD"\ntitle = "Mars"\ndeadline = 2024-03-01\n\n'
        '[[consultation]]\nid = "mai"\nissuer = "JD"\ntitle = "Mai"\ndeadline = 2024-05-01\n'
    )
    folder = write_dataset(tmp_path / "d", {"c.toml": source})
    add(folder, "consultation", {"issuer": "JD", "title": "April", "deadline": "1.4.2024"})
    add(folder, "consultation", {"issuer": "JD", "title": "Uten frist"})
    assert [c.title for c in kssgov.load(folder).consultations] == ["Mars", "April", "Mai", "Uten frist"]


def test_records_added_together_get_ids_of_their_own(dataset: Path) -> None:
    rows = [{"date": "1.2.2024", "where": "Møte", "topic": f"T{n}"} for n in range(3)]
    added = add_many(
        dataset, "activity", [*rows, {"id": "eget", "date": "2.2.2024", "where": "X", "topic": "T"}]
    )
    assert [r.id for r in added.records] == [
        "2024-02-01-mote",
        "2024-02-01-mote-2",
        "2024-02-01-mote-3",
        "eget",
    ]
    assert added.path == dataset / "activities.toml"
    with pytest.raises(EditError) as caught:
        add_many(dataset, "activity", [{"id": "eget", "date": "3.2.2024", "where": "Y", "topic": "T"}])
    assert (caught.value.code, caught.value.params) == ("edit.id_taken", {"value": "eget"})


def test_fmt_refuses_to_give_a_new_id_to_a_record_another_refers_to_by_its_provisional_one(
    tmp_path: Path,
) -> None:
    member = '[[term]]\nbody = "styret"\nperson = "A"\nrole = "member"\n'
    folder = write_dataset(
        tmp_path / "d",
        {"b.toml": '[[body]]\nid = "styret"\nkind = "board"\nname = "Styret"\n', "t.toml": member},
    )
    (provisional,) = [t.id for t in kssgov.load(folder).terms]
    deputy = (
        '\n[[term]]\nid = "vara"\nbody = "styret"\nperson = "D"\nrole = "deputy"\n'
        f'deputy_for = "{provisional}"\n'
    )
    append(folder / "t.toml", deputy)
    before = snapshot(folder)
    with pytest.raises(EditError) as caught:
        reformat(folder)
    assert caught.value.code == "edit.would_be_invalid"
    assert [(p.code, p.params["value"]) for p in caught.value.problems] == [("ref.dangling", provisional)]
    assert snapshot(folder) == before


def test_fmt_leaves_a_file_in_canonical_order_as_it_is_written(tmp_path: Path) -> None:
    source = (
        '\n\n# Politikk\n[[activity]]\nid = "a"\ndate = 2024-01-10\nwhere = "W"\ntopic = "T"  # som trykt\n'
    )
    folder = write_dataset(tmp_path / "d", {"a.toml": source})
    assert reformat(folder) == []
    assert (folder / "a.toml").read_text(encoding="utf-8") == source


def test_a_record_that_would_not_read_back_as_it_was_is_not_written(
    dataset: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last guard against losing a value: each entry written is read back and compared."""
    before = snapshot(dataset)
    real = _toml.entry_text
    monkeypatch.setattr(editing, "entry_text", lambda *args: real(*args).replace('"Oslo"', '"Bergen"'))
    with pytest.raises(EditError) as caught:
        add(dataset, "activity", {"date": "1.2.2024", "where": "Oslo", "topic": "T"})
    assert (caught.value.code, caught.value.params["table"].key()) == (
        "edit.record_invalid",
        Phrase("table.activity").key(),
    )
    monkeypatch.setattr(editing, "entry_text", real)
    dumps = tomlkit.dumps
    monkeypatch.setattr(tomlkit, "dumps", lambda document: dumps(document).replace('"Ny"', '"Gammel"'))
    with pytest.raises(EditError) as caught:
        edit(dataset, "a", {"topic": "Ny"})
    assert (caught.value.code, caught.value.params) == (
        "edit.record_invalid",
        {"table": Phrase("table.activity")},
    )
    assert snapshot(dataset) == before


def test_a_problem_an_edit_causes_in_another_file_is_placed_in_that_file(tmp_path: Path) -> None:
    """Lengthening one term so that the next holder's shares its seat names the next holder's line."""
    first = (
        '[[body]]\nid = "styret"\nkind = "board"\nname = "Styret"\n\n'
        '[[term]]\nid = "first"\nbody = "styret"\nperson = "A"\nrole = "member"\nseat = "1"\n'
        "start = 2023-01-01\nend = 2023-07-01\n"
    )
    second = (
        '# The second holder.\n[[term]]\nid = "second"\nbody = "styret"\nperson = "B"\nrole = "member"\n'
        'seat = "1"\nstart = 2023-07-01\n'
    )
    folder = write_dataset(tmp_path / "d", {"a.toml": first, "b.toml": second})
    before = snapshot(folder)
    with pytest.raises(EditError) as caught:
        edit(folder, "first", {"end": "1.9.2023"})
    assert caught.value.code == "edit.would_be_invalid"
    assert [(p.code, p.location) for p in caught.value.problems] == [
        ("term.seat_overlap", kssgov.Location(str(folder / "b.toml"), 2, "start"))
    ]
    assert snapshot(folder) == before
