"""The data's history in git: each save a commit by its editor, undo a revert kept only when it is safe."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kssgov import CheckResult, check
from kssgov_exporters.web import changes
from kssgov_exporters.web.changes import recent, record, tracked, undo

from ...conftest import append

ROW = (
    '\n[[activity]]\nid = "2023-12-20-nytt-mote"\ndate = 2023-12-20\nwhere = "Nytt møte"\n'
    'topic = "Budsjett"\n'
)


def git(folder: Path, *args: str) -> str:
    command = ["git", "-C", str(folder), "-c", "user.name=t", "-c", "user.email=t@t", *args]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def repository(example_copy: Path) -> Path:
    git(example_copy, "init", "-q")
    git(example_copy, "add", "-A")
    git(example_copy, "commit", "-qm", "start")
    return example_copy


def add_row(folder: Path, row: str = ROW) -> None:
    append(folder / "activities.toml", row)


def test_outside_a_git_working_tree_nothing_is_recorded_listed_or_undone(example_copy: Path) -> None:
    add_row(example_copy)
    assert not tracked(example_copy)
    assert record(example_copy, "kari", "La til et møte") is None
    assert recent(example_copy) == []
    assert not undo(example_copy, "0123456789abcdef", "kari")


def test_without_git_installed_the_folder_is_not_tracked(
    repository: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("shutil.which", lambda name: None)
    assert not tracked(repository)


def test_a_save_is_a_commit_of_the_data_alone_by_its_editor(repository: Path) -> None:
    add_row(repository)
    (repository / ".kssgov").mkdir(exist_ok=True)
    (repository / ".kssgov" / "editors.json").write_text("{}", encoding="utf-8")
    commit = record(repository, "kari", "La til et møte")
    assert commit == git(repository, "rev-parse", "HEAD").strip()
    assert git(repository, "log", "-1", "--format=%an|%ae|%s") == "kari|kari@kssgov.invalid|La til et møte\n"
    assert git(repository, "show", "--name-only", "--format=", "HEAD").split() == ["activities.toml"]
    assert git(repository, "status", "--porcelain").split() == ["??", ".kssgov/"]
    assert record(repository, "kari", "Ingenting nytt") is None  # nothing to commit


def test_recent_changes_are_listed_newest_first_with_editor_time_and_message(repository: Path) -> None:
    add_row(repository)
    first = record(repository, "kari", "La til et møte")
    add_row(repository, ROW.replace("nytt-mote", "annet-mote").replace("Nytt møte", "Annet møte"))
    second = record(repository, "ola", "La til et møte til")
    listed = recent(repository, count=2)
    assert [(c.commit, c.author, c.message) for c in listed] == [
        (second, "ola", "La til et møte til"),
        (first, "kari", "La til et møte"),
    ]
    when = git(repository, "log", "-1", "--date=format:%d.%m.%Y %H:%M", "--format=%ad").strip()
    assert listed[0].when == when
    assert [c.message for c in recent(repository)] == ["La til et møte til", "La til et møte", "start"]


def test_undo_reverts_a_change_as_a_new_commit_by_its_editor(repository: Path) -> None:
    before = (repository / "activities.toml").read_text(encoding="utf-8")
    add_row(repository)
    commit = record(repository, "kari", "La til et møte")
    assert commit is not None
    (repository / ".kssgov").mkdir(exist_ok=True)
    (repository / ".kssgov" / "editors.json").write_text("{}", encoding="utf-8")  # never committed
    assert undo(repository, commit[:7], "ola")
    assert (repository / "activities.toml").read_text(encoding="utf-8") == before
    assert git(repository, "log", "-1", "--format=%an|%s").startswith('ola|Revert "La til et møte"')


@pytest.mark.parametrize("commit", ["HEAD", "HEAD~0000", "abc12", "ABCDEF1234", "abcdefg1234", "0123456"])
def test_undo_refuses_what_is_no_commit_of_the_data(repository: Path, commit: str) -> None:
    add_row(repository)
    assert record(repository, "kari", "La til et møte") is not None
    head = git(repository, "rev-parse", "HEAD")
    assert not undo(repository, commit, "kari")
    assert git(repository, "rev-parse", "HEAD") == head


def test_undo_refuses_while_the_data_has_changes_not_saved(repository: Path) -> None:
    add_row(repository)
    commit = record(repository, "kari", "La til et møte")
    assert commit is not None
    (repository / "agms.toml").write_text("# changed by hand\n", encoding="utf-8")
    head = git(repository, "rev-parse", "HEAD")
    assert not undo(repository, commit, "ola")
    assert git(repository, "rev-parse", "HEAD") == head
    assert (repository / "agms.toml").read_text(encoding="utf-8") == "# changed by hand\n"


def test_undo_of_a_change_later_changes_build_on_is_aborted(repository: Path) -> None:
    add_row(repository)
    first = record(repository, "kari", "La til et møte")
    assert first is not None
    rows = repository / "activities.toml"
    rows.write_text(
        rows.read_text(encoding="utf-8").replace('"Nytt møte"', '"Omdøpt møte"'), encoding="utf-8"
    )
    record(repository, "ola", "Endret stedet")
    head, text = git(repository, "rev-parse", "HEAD"), rows.read_text(encoding="utf-8")
    assert not undo(repository, first, "kari")
    assert (git(repository, "rev-parse", "HEAD"), rows.read_text(encoding="utf-8")) == (head, text)
    assert git(repository, "status", "--porcelain", "--", ".", ":(exclude).kssgov") == ""


def test_undo_that_would_leave_the_data_invalid_is_taken_back(
    repository: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alliances = repository / "alliances.toml"
    append(alliances, '\n[[alliance]]\nid = "ny"\nkind = "network"\nname = "Ny"\n')
    added = record(repository, "kari", "La til en allianse")
    assert added is not None
    add_row(repository, ROW.replace("Budsjett", "Alliansen") + 'alliance = "ny"\n')
    record(repository, "ola", "Et møte i alliansen")
    head, text = git(repository, "rev-parse", "HEAD"), alliances.read_text(encoding="utf-8")
    checked: list[CheckResult] = []

    def counted(folder: Path) -> CheckResult:
        checked.append(check(folder))
        return checked[-1]

    monkeypatch.setattr(changes, "check", counted)
    assert not undo(repository, added, "kari")
    assert [result.dataset for result in checked] == [
        None
    ]  # reverted, found invalid, taken back  # the meeting would refer to an alliance that is gone
    assert (git(repository, "rev-parse", "HEAD"), alliances.read_text(encoding="utf-8")) == (head, text)


def test_a_new_data_file_and_nothing_outside_the_data_is_committed(repository: Path) -> None:
    (repository / "agms.toml").write_text('[[agm]]\nid = "agm-2024"\nyear = 2024\n', encoding="utf-8")
    (repository / ".kssgov").mkdir(exist_ok=True)
    (repository / ".kssgov" / "session.key").write_text("secret", encoding="utf-8")
    git(repository, "add", "-f", ".kssgov/session.key")  # staged by someone, by hand
    assert record(repository, "kari", "La til et årsmøte") is not None
    assert git(repository, "show", "--name-only", "--format=", "HEAD").split() == ["agms.toml"]


def test_only_the_last_ten_changes_of_the_data_folder_are_listed(tmp_path: Path, example_copy: Path) -> None:
    git(tmp_path, "init", "-q")
    (tmp_path / "README").write_text("Not data\n", encoding="utf-8")
    git(tmp_path, "add", "README")
    git(tmp_path, "commit", "-qm", "outside the data")
    for number in range(11):
        add_row(example_copy, ROW.replace("nytt-mote", f"mote-{number}"))
        assert record(example_copy, "kari", f"Møte {number}") is not None
    (tmp_path / "README").write_text("Still not data\n", encoding="utf-8")
    git(tmp_path, "commit", "-qam", "outside the data again")
    assert [c.message for c in recent(example_copy)] == [f"Møte {n}" for n in range(10, 0, -1)]
