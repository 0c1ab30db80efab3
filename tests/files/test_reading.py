"""Reading a dataset again after a change: a long-running host reads only the files that changed,
an edit is checked with its files' new texts, and a new time zone or year reaches every record."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

import kssgov
from kssgov import Activity, Watcher, exporting
from kssgov.files.read import Reading

from ..conftest import append, write_dataset

FIRST = '[[activity]]\nid = "a"\ndate = 2023-02-07\nwhere = "Stortinget"\ntopic = "Budsjett"\n'
SECOND = (
    '[[activity]]\nid = "b"\ndate = {start = 2023-03-01T10:00:00, end = 2023-03-01T12:00:00}\n'
    'where = "W"\ntopic = "T"\n'
)
SETTINGS = 'name = "Test"\nyear = 2023\n'


def folder(tmp_path: Path) -> Path:
    return write_dataset(tmp_path / "d", {"a.toml": FIRST, "b.toml": SECOND}, SETTINGS)


def ids(result: kssgov.CheckResult) -> list[str]:
    assert result.dataset is not None, [p.render() for p in result.errors]
    return [a.id for a in result.dataset.activities]


def test_a_watched_folder_reads_again_only_the_file_that_changed(tmp_path: Path) -> None:
    root = folder(tmp_path)
    watcher = Watcher(root)
    first = watcher.check(warnings=False)
    assert first.dataset == kssgov.check(root).dataset
    append(root / "b.toml", '\n[[activity]]\nid = "c"\ndate = 2023-03-02\nwhere = "W"\ntopic = "T"\n')
    second = watcher.check(warnings=False)
    assert ids(second) == ["a", "b", "c"]
    assert first.dataset is not None and second.dataset is not None
    assert second.dataset.activities[0] is first.dataset.activities[0]  # a.toml was not read again
    assert second.dataset.activities[1] is not first.dataset.activities[1]


def test_a_watched_folder_follows_files_added_removed_and_broken(tmp_path: Path) -> None:
    root = folder(tmp_path)
    watcher = Watcher(root)
    watcher.check()
    (root / "b.toml").unlink()
    (root / "c.toml").write_text(FIRST.replace('"a"', '"c"'), encoding="utf-8")
    assert ids(watcher.check()) == ["a", "c"]
    (root / "c.toml").write_text("[[activity]\n", encoding="utf-8")
    broken = watcher.check()
    assert broken.dataset is None
    assert [(p.code, Path(p.location.file).name) for p in broken.errors] == [("file.toml_syntax", "c.toml")]
    (root / "c.toml").write_text(FIRST.replace('"a"', '"c"'), encoding="utf-8")
    assert ids(watcher.check()) == ["a", "c"]


def test_new_settings_reach_every_record_of_a_watched_folder(tmp_path: Path) -> None:
    root = folder(tmp_path)
    watcher = Watcher(root)
    before = watcher.check()
    (root / "kssgov.toml").write_text(SETTINGS + 'timezone = "America/New_York"\n', encoding="utf-8")
    after = watcher.check()
    assert after.dataset is not None and before.dataset is not None
    assert after.dataset.settings.timezone == "America/New_York"
    assert after.dataset.activities[1].date.timezone == "America/New_York"
    assert after.dataset.activities[0] is not before.dataset.activities[0]


def test_an_edit_is_checked_with_the_new_texts_of_its_files(tmp_path: Path) -> None:
    root = folder(tmp_path)
    reading = Reading.of(root)
    added = root / "c.toml"
    changed = reading.changed({added: FIRST.replace('"a"', '"c"')})
    assert list(changed.files) == [root / "a.toml", root / "b.toml", added]
    assert changed.files[root / "a.toml"] is reading.files[root / "a.toml"]
    assert ids(changed.result()) == ["a", "b", "c"]
    assert not added.exists()  # nothing is written


def test_an_edit_of_the_settings_reads_the_records_with_them(tmp_path: Path) -> None:
    root = folder(tmp_path)
    reading = Reading.of(root)
    settings = root / "kssgov.toml"
    next_year = reading.changed({settings: 'name = "Test"\nyear = 2024\n'})
    assert next_year.settings is not None and next_year.settings.year == 2024
    assert next_year.files[root / "a.toml"] is reading.files[root / "a.toml"]
    zoned = reading.changed(
        {settings: SETTINGS + 'timezone = "Asia/Tokyo"\n', root / "a.toml": FIRST.replace("Budsjett", "Ny")}
    )
    result = zoned.result()
    assert result.dataset is not None
    assert result.dataset.activities[1].date.timezone == "Asia/Tokyo"
    assert result.dataset.activities[1].date.start_datetime == dt.datetime(
        2023, 3, 1, 10, tzinfo=kssgov.zone("Asia/Tokyo")
    )
    assert result.dataset.activities[0].topic == "Ny"
    broken = reading.changed({settings: 'name = "Test"\n'})
    assert broken.settings is None
    assert [(p.code, p.location.file, p.location.field) for p in broken.result().errors] == [
        ("field.missing", str(settings), "year")
    ]


def test_a_watched_folder_reports_a_file_it_cannot_read_after_a_change(tmp_path: Path) -> None:
    root = folder(tmp_path)
    watcher = Watcher(root)
    watcher.check()
    (root / "c.toml").symlink_to(root / "nowhere.toml")
    result = watcher.check()
    assert [(p.code, Path(p.location.file).name) for p in result.errors] == [("file.unreadable", "c.toml")]
    broken_text = Reading.of(root).changed({root / "d.toml": "[[activity]\n"})
    assert [(p.code, Path(p.location.file).name) for p in broken_text.result().errors] == [
        ("file.unreadable", "c.toml"),
        ("file.toml_syntax", "d.toml"),
    ]


def test_a_watched_folder_looks_up_the_exporters_once_and_checks_their_settings_each_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = folder(tmp_path)
    looked_up: list[object] = []
    real = exporting.discover

    def counted() -> exporting.Registry:
        looked_up.append(None)
        return real()

    monkeypatch.setattr(exporting, "discover", counted)
    watcher = Watcher(root)
    assert watcher.check().dataset is not None
    (root / "kssgov.toml").write_text(SETTINGS + "\n[kalender]\nname = 'Møter'\n", encoding="utf-8")
    later = watcher.check()
    assert later.dataset is None
    assert [(p.code, p.params["value"]) for p in later.errors] == [("plugin.settings_unknown", "kalender")]
    assert len(looked_up) == 1


def test_reading_a_file_again_makes_only_the_records_whose_text_changed(example_copy: Path) -> None:
    rows = example_copy / "activities.toml"
    first = Reading.of(example_copy)
    before = first.result(warnings=False).dataset
    assert before is not None
    text = rows.read_text(encoding="utf-8")
    rows.write_text(
        text.replace('topic = """Likestilling\n', 'topic = """Likestilling og vold\n', 1), encoding="utf-8"
    )
    os.utime(rows, ns=(rows.stat().st_atime_ns, rows.stat().st_mtime_ns + 1_000_000_000))
    second = first.refreshed()
    old = {r.id: r for _, r in first.files[rows].records["activity"]}
    new = {r.id: r for _, r in second.files[rows].records["activity"]}
    changed = [i for i in new if new[i] is not old[i]]
    assert changed == ["2023-02-07-forum-jamstalldhet"]
    edited = new[changed[0]]
    assert isinstance(edited, Activity) and edited.topic.startswith("Likestilling og vold")
    assert all(new[i] == old[i] for i in new if i not in changed)
    after = second.result(warnings=False).dataset
    assert after is not None and before.locations.keys() == after.locations.keys()


def test_an_edits_new_text_reuses_the_records_it_did_not_change(example_copy: Path) -> None:
    rows = example_copy / "activities.toml"
    first = Reading.of(example_copy)
    text = rows.read_text(encoding="utf-8").replace('topic = """Likestilling\n', 'topic = """Vold\n', 1)
    second = first.changed({rows: text})
    old = {r.id: r for _, r in first.files[rows].records["activity"]}
    new = {r.id: r for _, r in second.files[rows].records["activity"]}
    assert [i for i in new if new[i] is not old[i]] == ["2023-02-07-forum-jamstalldhet"]
