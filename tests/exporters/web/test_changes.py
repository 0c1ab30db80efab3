"""The data's history in git: each save a commit of exactly what it wrote, undo exactly of its files.

A shared data folder has other people's changes in it: by hand, uncommitted, some staged. The
commits are judged with git's own view of them (``git show``, ``git diff``), never with the code
under test.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kssgov.files import editing
from kssgov_exporters.web.changes import merged, others, recent, record, tracked, undo

ROW = {"date": "20.12.2023", "where": "Nytt møte med Bufdir", "topic": "Budsjett", "kind": "meeting"}
FIRST_TOPIC = 'topic = "FNs oppfølging av vold mot kvinner"'
HAND_TOPIC = 'topic = "FNs oppfølging av vold mot kvinner (rettet for hånd)"'
LAST_WHERE = 'where = "Nytt møte med Bufdir"'


def git(folder: Path, *args: str) -> str:
    command = ["git", "-C", str(folder), "-c", "user.name=t", "-c", "user.email=t@t", *args]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def repository(example_copy: Path) -> Path:
    git(example_copy, "init", "-q")
    git(example_copy, "add", "-A")
    git(example_copy, "commit", "-qm", "start")
    return example_copy


def by_hand(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def added_lines(folder: Path, *args: str) -> list[str]:
    """The lines a diff adds, as git shows them."""
    shown = git(folder, *args)
    return [line[1:] for line in shown.splitlines() if line.startswith("+") and not line.startswith("+++")]


def removed_lines(folder: Path, *args: str) -> list[str]:
    shown = git(folder, *args)
    return [line[1:] for line in shown.splitlines() if line.startswith("-") and not line.startswith("---")]


def test_outside_a_git_working_tree_nothing_is_recorded_listed_or_undone(example_copy: Path) -> None:
    added = editing.add(example_copy, "activity", ROW)
    assert not tracked(example_copy)
    assert record(example_copy, "kari", "La til et møte", added.written).commit is None
    assert recent(example_copy) == []
    assert others(example_copy) == ()
    assert not undo(example_copy, "0123456789abcdef", "kari", "Angret")


def test_without_git_installed_the_folder_is_not_tracked(
    repository: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("shutil.which", lambda name: None)
    assert not tracked(repository)


def test_a_save_commits_what_it_wrote_and_leaves_every_hand_edit_uncommitted(repository: Path) -> None:
    by_hand(repository / "activities.toml", FIRST_TOPIC, HAND_TOPIC)  # same file, far from the save
    by_hand(repository / "governance.toml", 'where = "Scandic Lillestrøm"', 'where = "Lillestrøm"')
    git(repository, "add", "governance.toml")  # staged by hand
    (repository / "notes.toml").write_text("# new, not added\n", encoding="utf-8")
    added = editing.add(repository, "activity", ROW)
    done = record(repository, "kari", "La til et møte", added.written)
    assert done.commit == git(repository, "rev-parse", "HEAD").strip()
    assert done.others == ("activities.toml", "governance.toml", "notes.toml")
    assert done.apart == ()
    assert git(repository, "show", "--name-only", "--format=", "HEAD").split() == ["activities.toml"]
    new_lines = added_lines(repository, "show", "--format=", "HEAD")
    assert LAST_WHERE in new_lines
    assert HAND_TOPIC not in new_lines
    assert removed_lines(repository, "show", "--format=", "HEAD") == []
    # The hand edits are still in the working tree, not committed, the staged one still staged.
    assert added_lines(repository, "diff", "--", "activities.toml") == [HAND_TOPIC]
    assert added_lines(repository, "diff", "--cached", "--", "governance.toml") == ['where = "Lillestrøm"']
    assert git(repository, "diff", "--cached", "--", "activities.toml") == ""
    assert git(repository, "log", "-1", "--format=%an|%ae|%s") == "kari|kari@kssgov.invalid|La til et møte\n"
    assert git(repository, "status", "--porcelain", "--", "notes.toml") == "?? notes.toml\n"


def test_a_save_whose_lines_cannot_be_told_from_a_hand_edit_is_not_committed(repository: Path) -> None:
    rows = repository / "activities.toml"
    added = editing.add(repository, "activity", ROW)
    record(repository, "kari", "La til et møte", added.written)
    by_hand(rows, LAST_WHERE, 'where = "Nytt møte med Bufdir (for hånd)"')
    head = git(repository, "rev-parse", "HEAD")
    changed = editing.edit(repository, added.records[0].id, {"topic": "Budsjett 2024"})
    done = record(repository, "kari", "Endret et møte", changed.written)
    assert (done.commit, done.apart) == (None, ("activities.toml",))
    assert git(repository, "rev-parse", "HEAD") == head
    text = rows.read_text(encoding="utf-8")
    assert 'where = "Nytt møte med Bufdir (for hånd)"' in text
    assert 'topic = "Budsjett 2024"' in text


def test_a_save_in_a_new_file_commits_it_and_nothing_outside_the_data(repository: Path) -> None:
    (repository / "awards.toml").unlink()
    git(repository, "commit", "-qam", "no awards")
    (repository / ".kssgov").mkdir(exist_ok=True)
    (repository / ".kssgov" / "session.key").write_text("secret", encoding="utf-8")
    git(repository, "add", "-f", ".kssgov/session.key")  # staged by someone, by hand
    added = editing.add(repository, "award", {"prize": "Ærespris", "year": 2024, "recipient": "Kari"})
    done = record(repository, "kari", "La til en pris", added.written)
    assert done.commit is not None
    assert git(repository, "show", "--name-only", "--format=", "HEAD").split() == ["awards.toml"]
    assert 'recipient = "Kari"' in added_lines(repository, "show", "--format=", "HEAD")
    assert undo(repository, done.commit, "ola", "Angret")
    assert not (repository / "awards.toml").exists()
    assert git(repository, "show", "--name-status", "--format=", "HEAD").split() == ["D", "awards.toml"]


def test_a_data_folder_below_the_top_of_its_repository(tmp_path: Path, example_copy: Path) -> None:
    top = example_copy.parent
    git(top, "init", "-q")
    git(top, "add", "-A")
    git(top, "commit", "-qm", "start")
    by_hand(example_copy / "activities.toml", FIRST_TOPIC, HAND_TOPIC)
    added = editing.add(example_copy, "activity", ROW)
    done = record(example_copy, "kari", "La til et møte", added.written)
    assert done.commit is not None
    assert done.others == ("activities.toml",)
    assert git(top, "show", "--name-only", "--format=", "HEAD").split() == ["kss-2023/activities.toml"]
    assert undo(example_copy, done.commit, "ola", "Angret")
    assert LAST_WHERE in removed_lines(top, "show", "--format=", "HEAD")
    assert added_lines(top, "diff", "--", "kss-2023/activities.toml") == [HAND_TOPIC]


def test_undo_takes_back_exactly_the_files_of_its_change_and_keeps_every_other(repository: Path) -> None:
    rows = repository / "activities.toml"
    start = git(repository, "show", "HEAD:activities.toml")
    added = editing.add(repository, "activity", ROW)
    commit = record(repository, "kari", "La til et møte", added.written).commit
    assert commit is not None
    by_hand(rows, FIRST_TOPIC, HAND_TOPIC)
    by_hand(repository / "governance.toml", 'where = "Scandic Lillestrøm"', 'where = "Lillestrøm"')
    (repository / ".kssgov").mkdir(exist_ok=True)
    (repository / ".kssgov" / "editors.json").write_text("{}", encoding="utf-8")  # never committed
    assert undo(repository, commit[:7], "ola", "Angret: La til et møte")
    assert git(repository, "show", "HEAD:activities.toml") == start
    assert git(repository, "show", "--name-only", "--format=", "HEAD").split() == ["activities.toml"]
    assert git(repository, "log", "-1", "--format=%an|%s") == "ola|Angret: La til et møte\n"
    assert LAST_WHERE not in rows.read_text(encoding="utf-8")
    assert added_lines(repository, "diff", "--", "activities.toml") == [HAND_TOPIC]
    assert added_lines(repository, "diff", "--", "governance.toml") == ['where = "Lillestrøm"']


@pytest.mark.parametrize("commit", ["HEAD", "HEAD~0000", "abc12", "ABCDEF1234", "abcdefg1234", "0123456"])
def test_undo_refuses_what_is_no_commit_of_the_data(repository: Path, commit: str) -> None:
    added = editing.add(repository, "activity", ROW)
    assert record(repository, "kari", "La til et møte", added.written).commit is not None
    head = git(repository, "rev-parse", "HEAD")
    assert not undo(repository, commit, "kari", "Angret")
    assert git(repository, "rev-parse", "HEAD") == head


def test_the_first_commit_is_listed_as_not_undoable_and_is_not_undone(repository: Path) -> None:
    first = git(repository, "rev-parse", "HEAD").strip()
    added = editing.add(repository, "activity", ROW)
    second = record(repository, "kari", "La til et møte", added.written).commit
    assert [(c.commit, c.undoable) for c in recent(repository)] == [(second, True), (first, False)]
    assert not undo(repository, first, "kari", "Angret")
    assert git(repository, "rev-parse", "HEAD").strip() == second


def test_undo_of_a_change_later_changes_build_on_changes_nothing(repository: Path) -> None:
    added = editing.add(repository, "activity", ROW)
    first = record(repository, "kari", "La til et møte", added.written).commit
    assert first is not None
    changed = editing.edit(repository, added.records[0].id, {"where": "Omdøpt møte"})
    record(repository, "ola", "Endret stedet", changed.written)
    rows = repository / "activities.toml"
    head, text = git(repository, "rev-parse", "HEAD"), rows.read_text(encoding="utf-8")
    assert not undo(repository, first, "kari", "Angret")
    assert (git(repository, "rev-parse", "HEAD"), rows.read_text(encoding="utf-8")) == (head, text)
    assert git(repository, "status", "--porcelain", "--", ".", ":(exclude).kssgov") == ""


def test_undo_that_would_leave_the_data_invalid_changes_nothing(repository: Path) -> None:
    alliance = editing.add(repository, "alliance", {"kind": "network", "name": "Ny allianse"})
    added = record(repository, "kari", "La til en allianse", alliance.written).commit
    assert added is not None
    meeting = editing.add(repository, "activity", {**ROW, "alliance": alliance.records[0].id})
    record(repository, "ola", "Et møte i alliansen", meeting.written)
    alliances = repository / "alliances.toml"
    head, text = git(repository, "rev-parse", "HEAD"), alliances.read_text(encoding="utf-8")
    assert not undo(repository, added, "kari", "Angret")  # the meeting would name an alliance that is gone
    assert (git(repository, "rev-parse", "HEAD"), alliances.read_text(encoding="utf-8")) == (head, text)


def test_only_the_last_ten_changes_of_the_data_folder_are_listed(tmp_path: Path, example_copy: Path) -> None:
    git(tmp_path, "init", "-q")
    (tmp_path / "README").write_text("Not data\n", encoding="utf-8")
    git(tmp_path, "add", "README")
    git(tmp_path, "commit", "-qm", "outside the data")
    git(tmp_path, "add", "kss-2023")
    git(tmp_path, "commit", "-qm", "the data")
    for number in range(11):
        added = editing.add(example_copy, "activity", {**ROW, "where": f"Møte {number}"})
        assert record(example_copy, "kari", f"Møte {number}", added.written).commit is not None
    (tmp_path / "README").write_text("Still not data\n", encoding="utf-8")
    git(tmp_path, "commit", "-qam", "outside the data again")
    listed = recent(example_copy)
    assert [c.message for c in listed] == [f"Møte {n}" for n in range(10, 0, -1)]
    assert [c.author for c in listed] == ["kari"] * 10


@pytest.mark.parametrize(
    ("ours", "base", "theirs", "expected"),
    [
        (b"a\nb\nc\n", b"a\nb\nc\n", b"a\nB\nc\n", b"a\nB\nc\n"),
        (b"A\nb\nc\nd\ne\n", b"a\nb\nc\nd\ne\n", b"a\nb\nc\nd\nE\n", b"A\nb\nc\nd\nE\n"),
        (None, None, b"new\n", b"new\n"),
        (b"same\n", b"old\n", b"same\n", b"same\n"),
    ],
)
def test_a_change_is_made_in_another_version_of_its_file(
    ours: bytes | None, base: bytes | None, theirs: bytes | None, expected: bytes
) -> None:
    assert merged(ours, base, theirs) == expected
