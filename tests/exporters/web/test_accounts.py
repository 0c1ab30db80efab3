"""The editors: added and removed from the command line, their passwords checked slowly when wrong,
kept where only the server's user may read them."""

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
from kssgov_exporters.web.accounts import Logins, add_editor, editors, session_key, valid_name

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
    assert Logins(example_copy).check("kari", PASSWORD)
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
    logins = Logins(example_copy)
    logins.slowness = 0
    assert sorted(editors(example_copy)) == ["kari", "ola"]
    assert not logins.check("kari", PASSWORD)
    assert logins.check("kari", "et annet langt passord")
    assert logins.check("ola", PASSWORD)


@pytest.mark.parametrize("content", ["{ not json", '{"others": {}}', '{"editors": []}', "[]"])
def test_a_list_of_editors_that_cannot_be_read_is_named(example_copy: Path, content: str) -> None:
    path = example_copy / ".kssgov" / "editors.json"
    path.parent.mkdir()
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PluginError) as caught:
        editors(example_copy)
    assert caught.value.render("en").startswith(f"{path} cannot be read as the list of editors")
    assert path.read_text(encoding="utf-8") == content


def test_each_wrong_password_waits_twice_as_long_as_the_last_up_to_30_seconds(
    example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_editor(example_copy, "kari", PASSWORD)
    waited: list[float] = []
    monkeypatch.setattr("kssgov_exporters.web.accounts.time.sleep", waited.append)
    logins = Logins(example_copy)
    for _ in range(7):
        assert not logins.check("kari", "feil passord")
    assert waited == [1, 2, 4, 8, 16, 30, 30]
    assert logins.check("kari", PASSWORD)
    assert not logins.check("kari", "feil passord")
    assert not logins.check("ingen", PASSWORD)  # no such editor: waits as for a first failure
    assert waited[7:] == [1, 1]
    logins.slowness = 0.5
    assert not logins.check("ingen", PASSWORD)
    assert waited[9:] == [1.0]


def test_a_stored_hash_that_is_no_hash_fails_the_check(example_copy: Path) -> None:
    path = example_copy / ".kssgov" / "editors.json"
    path.parent.mkdir()
    path.write_text('{"editors": {"kari": "not a hash"}}', encoding="utf-8")
    logins = Logins(example_copy)
    logins.slowness = 0
    assert not logins.check("kari", "not a hash")


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
    hashes = editors(example_copy)
    assert text == (
        f'{{\n "editors": {{\n  "bjørn": "{hashes["bjørn"]}",\n  "åse": "{hashes["åse"]}"\n }}\n}}\n'
    )


def test_a_name_that_is_no_editor_takes_a_password_check_as_long_as_one_that_is(
    example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_editor(example_copy, "kari", PASSWORD)
    hashed: list[str] = []
    hasher = accounts._HASHER
    monkeypatch.setattr(accounts, "_HASHER", _Counting(hasher, hashed))
    logins = Logins(example_copy)
    logins.slowness = 0
    assert not logins.check("ingen", PASSWORD)
    assert hashed == [PASSWORD]
    assert logins.check("kari", PASSWORD)
    assert not logins.check("kari", "feil passord")
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
