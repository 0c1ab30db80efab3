"""The editors: added and removed from the command line, kept where only the server's user may read
them, each with a session stamp that a logout, a new password and removal change."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from click.testing import CliRunner

from kssgov import PluginError
from kssgov.cli import main
from kssgov_exporters.web import accounts
from kssgov_exporters.web.accounts import (
    Accounts,
    Editor,
    add_editor,
    editors,
    end_sessions,
    remove_editor,
    session_key,
    valid_name,
)

PASSWORD = "et langt og godt passord"


def kssgov(*args: str, language: str = "nb") -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), env={"KSSGOV_LANG": language})
    return result.exit_code, result.output


def test_an_editor_is_added_and_removed_from_the_command_line(example_copy: Path) -> None:
    folder = str(example_copy)
    assert kssgov("editor", "add", "kari", folder, "--password", PASSWORD) == (
        0,
        "kari kan nå logge inn på /edit/ av 'kssgov serve'.\n",
    )
    path = example_copy / ".kssgov" / "editors.json"
    assert list(json.loads(path.read_text(encoding="utf-8"))["editors"]) == ["kari"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert Accounts(example_copy).verify("kari", PASSWORD) is not None
    assert kssgov("editor", "remove", "kari", folder, language="en") == (0, "kari can no longer log in.\n")
    assert editors(example_copy) == {}


def test_a_short_password_or_an_unknown_editor_is_refused_with_what_to_do(example_copy: Path) -> None:
    folder = str(example_copy)
    code, output = kssgov("editor", "add", "kari", folder, "--password", "for kort")
    assert (code, output) == (
        1,
        "Feil: passordet er for kort: det må ha minst 12 tegn; "
        "velg et lengre passord, for eksempel noen ord\n",
    )
    assert not (example_copy / ".kssgov" / "editors.json").exists()
    assert kssgov("editor", "add", "kari", folder, "--password", "tolv tegn er")[0] == 0
    assert kssgov("editor", "remove", "ola", folder, language="en") == (
        1,
        "Error: there is no editor called 'ola'\n",
    )


@pytest.mark.parametrize(
    ("name", "valid"),
    [
        *[("kari", True), ("k", True), ("kari.nordmann-2_b", True), ("Åse", True), ("x" * 64, True)],
        *[("x" * 65, False), ("", False), ("kari nordmann", False), ("kari/..", False), ("kari@x", False)],
    ],
)
def test_an_editors_name_is_letters_digits_dots_hyphens_or_underscores(name: str, valid: bool) -> None:
    assert valid_name(name) is valid


def test_a_bad_name_is_refused_and_nothing_is_written(example_copy: Path) -> None:
    with pytest.raises(PluginError) as caught:
        add_editor(example_copy, "kari nordmann", PASSWORD)
    assert caught.value.render("en").startswith("'kari nordmann' cannot be an editor's name")
    assert not (example_copy / ".kssgov" / "editors.json").exists()


def test_a_new_password_replaces_the_old_and_other_editors_stay(example_copy: Path) -> None:
    add_editor(example_copy, "kari", PASSWORD)
    add_editor(example_copy, "ola", PASSWORD)
    add_editor(example_copy, "kari", "et annet langt passord")
    accounts = Accounts(example_copy)
    assert sorted(editors(example_copy)) == ["kari", "ola"]
    assert accounts.verify("kari", PASSWORD) is None
    assert accounts.verify("kari", "et annet langt passord") is not None
    assert accounts.verify("ola", PASSWORD) is not None


def test_a_new_password_a_logout_and_removal_each_change_the_session_stamp(example_copy: Path) -> None:
    add_editor(example_copy, "kari", PASSWORD)
    add_editor(example_copy, "ola", PASSWORD)
    accounts = Accounts(example_copy)
    first, ola = accounts.get("kari"), accounts.get("ola")
    assert first is not None and ola is not None
    assert len({first.stamp, ola.stamp}) == 2 and len(first.stamp) >= 16
    end_sessions(example_copy, "kari")
    second = accounts.get("kari")
    assert second is not None and second.stamp != first.stamp and second.hash == first.hash
    add_editor(example_copy, "kari", PASSWORD)
    third = accounts.get("kari")
    assert third is not None and third.stamp not in (first.stamp, second.stamp)
    assert accounts.get("ola") == ola
    remove_editor(example_copy, "kari")
    assert accounts.get("kari") is None
    end_sessions(example_copy, "kari")  # no such editor any more: nothing happens
    assert editors(example_copy) == {"ola": ola}


def test_a_list_of_editors_written_before_sessions_had_stamps_is_read(example_copy: Path) -> None:
    path = example_copy / ".kssgov" / "editors.json"
    path.parent.mkdir(exist_ok=True)
    hashed = PasswordHasher().hash(PASSWORD)
    path.write_text(json.dumps({"editors": {"kari": hashed}}), encoding="utf-8")
    assert editors(example_copy) == {"kari": Editor(hashed, "")}
    end_sessions(example_copy, "kari")
    stamped = editors(example_copy)["kari"]
    assert stamped.hash == hashed and stamped.stamp != ""


@pytest.mark.parametrize(
    "content",
    ["{ not json", '{"others": {}}', '{"editors": []}', "[]", '{"editors": {"kari": {"hash": "x"}}}'],
)
def test_a_list_of_editors_that_cannot_be_read_is_named(example_copy: Path, content: str) -> None:
    path = example_copy / ".kssgov" / "editors.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PluginError) as caught:
        editors(example_copy)
    assert caught.value.render("en").startswith(f"{path} cannot be read as the list of editors")
    assert path.read_text(encoding="utf-8") == content


def test_a_stored_hash_that_is_no_hash_fails_the_check(example_copy: Path) -> None:
    path = example_copy / ".kssgov" / "editors.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text('{"editors": {"kari": "not a hash"}}', encoding="utf-8")
    assert Accounts(example_copy).verify("kari", "not a hash") is None


def test_the_session_key_is_made_once_and_kept_for_the_server_alone(example_copy: Path) -> None:
    key = session_key(example_copy)
    path = example_copy / ".kssgov" / "session-key"
    assert len(key) == 32
    assert path.read_bytes() == key
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert session_key(example_copy) == key
    assert session_key(example_copy.parent / "other") != key


def test_the_list_of_editors_is_written_for_a_person_to_read(example_copy: Path) -> None:
    add_editor(example_copy, "åse", PASSWORD)
    add_editor(example_copy, "bjørn", PASSWORD)
    text = (example_copy / ".kssgov" / "editors.json").read_text(encoding="utf-8")
    found = json.loads(text)["editors"]
    entries = [
        f'  "{name}": {{\n   "hash": "{found[name]["hash"]}",\n   "stamp": "{found[name]["stamp"]}"\n  }}'
        for name in ("bjørn", "åse")
    ]
    assert text == '{\n "editors": {\n' + ",\n".join(entries) + "\n }\n}\n"
    assert found["åse"]["hash"].startswith("$argon2id$")


def test_the_file_is_read_again_only_when_it_changed(
    example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_editor(example_copy, "kari", PASSWORD)
    checked = Accounts(example_copy)
    read: list[Path] = []
    original = accounts.editors

    def counted(folder: Path) -> dict[str, Editor]:
        read.append(folder)
        return original(folder)

    monkeypatch.setattr(accounts, "editors", counted)
    assert checked.get("kari") is not None
    assert checked.get("kari") is not None
    assert read == [example_copy]
    add_editor(example_copy, "ola", PASSWORD)  # reads the file once itself
    assert checked.get("ola") is not None
    assert checked.get("ola") is not None
    assert read == [example_copy] * 3


def test_a_name_that_is_no_editor_takes_a_password_check_as_long_as_one_that_is(
    example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_editor(example_copy, "kari", PASSWORD)
    hashed: list[str] = []
    hasher = accounts._HASHER
    monkeypatch.setattr(accounts, "_HASHER", _Counting(hasher, hashed))
    checked = Accounts(example_copy)
    assert checked.verify("ingen", PASSWORD) is None
    assert hashed == [PASSWORD]
    assert checked.verify("kari", PASSWORD) is not None
    assert checked.verify("kari", "feil passord") is None
    assert hashed == [PASSWORD]


class _Counting:
    """The password hasher, noting each password it hashes."""

    def __init__(self, hasher: PasswordHasher, hashed: list[str]) -> None:
        self.hasher, self.hashed = hasher, hashed

    def hash(self, password: str) -> str:
        self.hashed.append(password)
        return self.hasher.hash(password)

    def verify(self, stored: str, password: str) -> bool:
        return self.hasher.verify(stored, password)
