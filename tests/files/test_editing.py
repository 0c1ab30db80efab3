"""Adding, editing, cancelling and tidying records: comments survive, bad changes write nothing."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

import kssgov
from kssgov import EditError
from kssgov.files import editing
from kssgov.files.editing import add, add_many, cancel, edit, new_id, reformat, slug

from ..conftest import write_dataset

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
    with pytest.raises(EditError, match="the disk is full; the file is unchanged"):
        add(dataset, "activity", {"date": "1.2.2024", "where": "w", "topic": "t"})
    assert snapshot(dataset) == before


def test_a_read_only_folder(dataset: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(EditError, match="the disk is read-only"):
        add(dataset, "activity", {"date": "1.2.2024", "where": "w", "topic": "t"})
