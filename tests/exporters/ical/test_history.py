"""The feed history file: written in pieces, it is byte for byte what one JSON dump would be,
and a history another process replaced is read again, not taken from memory."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import hypothesis.strategies as st
import pytest
from hypothesis import given

from kssgov import PluginError
from kssgov_exporters.ical import history
from kssgov_exporters.ical.history import Fragments, encoded, open_history

MOMENT = dt.datetime(2024, 1, 10, 12, tzinfo=dt.UTC)

entry = st.fixed_dictionaries(
    {"hash": st.text(max_size=8), "sequence": st.integers(0, 10**6), "modified": st.text(max_size=8)}
)
tables = st.dictionaries(st.text(max_size=12), entry, max_size=1200)


@given(events=tables, feeds=tables, other=st.lists(st.integers() | st.text(max_size=5), max_size=3))
def test_encoded_is_one_json_dump(
    events: dict[str, object], feeds: dict[str, object], other: list[object]
) -> None:
    data = {"events": events, "feeds": feeds, "other": other}
    expected = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"
    assert encoded(data) == expected.encode("utf-8")


def test_a_history_replaced_by_another_process_is_read_again(tmp_path: Path) -> None:
    with open_history(tmp_path, MOMENT) as history:
        assert history.event("nb a@x", "first") == (0, MOMENT)
    path = tmp_path / "feed-history.json"
    written = json.loads(path.read_text(encoding="utf-8"))
    written["events"]["nb a@x"]["sequence"] = 7
    replacement = tmp_path / "replacement.json"
    replacement.write_text(json.dumps(written), encoding="utf-8")
    replacement.replace(path)
    with open_history(tmp_path, MOMENT) as history:
        assert history.event("nb a@x", "first") == (7, MOMENT)


def test_a_history_kept_in_memory_holds_what_was_written(tmp_path: Path) -> None:
    later = MOMENT + dt.timedelta(hours=1)
    with open_history(tmp_path, MOMENT) as history:
        history.event("nb a@x", "first")
    with open_history(tmp_path, later) as history:
        assert history.event("nb a@x", "second") == (1, later)
    with open_history(tmp_path, later) as history:
        assert history.event("nb a@x", "second") == (1, later)
    saved = json.loads((tmp_path / "feed-history.json").read_text(encoding="utf-8"))
    assert saved["events"]["nb a@x"] == {"hash": "second", "sequence": 1, "modified": later.isoformat()}


def test_a_feed_changed_in_a_history_kept_in_memory_is_written_as_it_is_now(tmp_path: Path) -> None:
    later = MOMENT + dt.timedelta(hours=1)
    with open_history(tmp_path, MOMENT) as opened:
        assert opened.feed("nb public", "first") == MOMENT
    with open_history(tmp_path, later) as opened:
        assert opened.feed("nb public", "second") == later
        assert opened.touched == {("feeds", "nb public")}
    saved = json.loads((tmp_path / "feed-history.json").read_text(encoding="utf-8"))
    assert saved["feeds"] == {"nb public": {"hash": "second", "sequence": 1, "modified": later.isoformat()}}


@given(
    before=tables,
    changes=st.lists(st.tuples(st.text(max_size=12), entry | st.just({"hash": ["a", "list"]})), max_size=20),
)
def test_encoded_again_after_changes_is_one_json_dump_of_what_changed(
    before: dict[str, dict[str, object]], changes: list[tuple[str, dict[str, object]]]
) -> None:
    data: dict[str, object] = {"events": before}
    fragments: Fragments = {}
    encoded(data, fragments)
    touched = set()
    for key, value in changes:
        if key in before:
            before[key].update(value)  # the history changes its entries in place
        else:
            before[key] = dict(value)
        touched.add(("events", key))
    expected = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"
    assert encoded(data, fragments, touched) == expected.encode("utf-8")


def test_an_unchanged_entry_is_not_encoded_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    later = MOMENT + dt.timedelta(hours=1)
    with open_history(tmp_path, MOMENT) as opened:
        for number in range(3):
            opened.event(f"nb e{number}@x", "first")
    encoded_now: list[object] = []
    real = history._json

    def counted(value: object) -> str:
        encoded_now.append(value)
        return real(value)

    monkeypatch.setattr(history, "_json", counted)
    with open_history(tmp_path, later) as opened:
        opened.event("nb e1@x", "second")
    assert [v for v in encoded_now if isinstance(v, dict)] == [
        {"hash": "second", "sequence": 1, "modified": later.isoformat()}
    ]
    saved = json.loads((tmp_path / "feed-history.json").read_text(encoding="utf-8"))
    assert sorted(saved["events"]) == ["nb e0@x", "nb e1@x", "nb e2@x"]


def test_a_workspace_that_cannot_be_made_is_named_with_the_reason(tmp_path: Path) -> None:
    taken = tmp_path / "workspace"
    taken.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(PluginError) as caught, open_history(taken, MOMENT):
        pass
    assert caught.value.render("en").startswith(f"cannot keep the feed history in {taken}: ")
    assert caught.value.render("nb").startswith(f"kan ikke lagre kalenderhistorikken i {taken}: ")


@pytest.mark.parametrize("damage", ["folder", "not json", "stat"])
def test_a_history_that_cannot_be_read_is_named_and_left_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    path = tmp_path / "feed-history.json"
    if damage == "folder":
        path.mkdir()
    else:
        path.write_text("{ not json", encoding="utf-8")
    if damage == "stat":
        real = Path.stat

        def refused(self: Path, **arguments: bool) -> object:
            if self == path:
                raise PermissionError(13, "Permission denied")
            return real(self, **arguments)

        monkeypatch.setattr(Path, "stat", refused)
    with pytest.raises(PluginError) as caught, open_history(tmp_path, MOMENT):
        pass
    assert caught.value.render("en").startswith(f"the feed history {path} cannot be read")
    monkeypatch.undo()
    assert path.is_dir() if damage == "folder" else path.read_text(encoding="utf-8") == "{ not json"
