"""Failed logins limited per account and per client address, refused at once, never slept on."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from kssgov_exporters.web.accounts import Accounts, Editor, add_editor
from kssgov_exporters.web.throttle import Logins, Refused

PASSWORD = "et langt og godt passord"


@pytest.fixture
def logins(example_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Logins:
    add_editor(example_copy, "kari", PASSWORD)
    add_editor(example_copy, "ola", PASSWORD)

    def no_sleeping(seconds: float) -> None:
        raise AssertionError(f"a login slept {seconds} s in the request")

    monkeypatch.setattr("time.sleep", no_sleeping)
    return Logins(Accounts(example_copy))


class Clock:
    """The time as the limits see it, moved on by the test."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = 1_800_000_000.0
        monkeypatch.setattr("time.time", lambda: self.now)


def test_the_right_password_logs_in_and_a_wrong_one_does_not(logins: Logins) -> None:
    assert isinstance(logins.attempt("kari", PASSWORD, "192.0.2.1"), Editor)
    assert logins.attempt("kari", "feil passord", "192.0.2.1") is None
    assert logins.attempt("ingen", PASSWORD, "192.0.2.1") is None


def test_five_failures_a_minute_stop_an_account_from_every_address_even_with_its_password(
    logins: Logins, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(monkeypatch)
    for number in range(5):
        assert logins.attempt("kari", "feil passord", f"192.0.2.{number}") is None
    refused = logins.attempt("kari", PASSWORD, "198.51.100.7")
    assert refused == Refused(60)
    assert refused.minutes == 1
    assert logins.attempt("KARI", PASSWORD, "198.51.100.8") == Refused(60)  # the same account
    assert isinstance(logins.attempt("ola", PASSWORD, "198.51.100.7"), Editor)
    clock.now += 30
    assert logins.attempt("kari", PASSWORD, "198.51.100.7") == Refused(30)
    clock.now += 30
    assert isinstance(logins.attempt("kari", PASSWORD, "198.51.100.7"), Editor)


def test_twenty_failures_an_hour_stop_an_account_for_what_is_left_of_the_hour(
    logins: Logins, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(monkeypatch)
    for number in range(20):
        if number and number % 5 == 0:
            clock.now += 61
        assert logins.attempt("kari", "feil passord", f"192.0.2.{number}") is None
    clock.now += 61
    refused = logins.attempt("kari", PASSWORD, "198.51.100.7")
    assert isinstance(refused, Refused) and not refused.busy
    assert refused.seconds == 3600 - 4 * 61
    assert refused.minutes == 56


def test_ten_failures_a_minute_stop_an_address_whatever_the_account(
    logins: Logins, monkeypatch: pytest.MonkeyPatch
) -> None:
    Clock(monkeypatch)
    for number in range(10):
        assert logins.attempt(f"gjett{number}", "feil passord", "203.0.113.9") is None
    assert logins.attempt("kari", PASSWORD, "203.0.113.9") == Refused(60)
    assert isinstance(logins.attempt("kari", PASSWORD, "203.0.113.10"), Editor)


def test_a_refused_attempt_is_not_counted_as_a_failure(
    logins: Logins, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(monkeypatch)
    for _ in range(5):
        logins.attempt("kari", "feil passord", "192.0.2.1")
    for _ in range(100):
        assert isinstance(logins.attempt("kari", "feil passord", "192.0.2.1"), Refused)
    clock.now += 60
    assert isinstance(logins.attempt("kari", PASSWORD, "192.0.2.1"), Editor)


def test_an_attempt_while_another_is_checked_is_refused_at_once_not_queued(
    logins: Logins, monkeypatch: pytest.MonkeyPatch
) -> None:
    checking, go_on = threading.Event(), threading.Event()
    verify = Accounts.verify

    def slow(self: Accounts, name: str, password: str) -> Editor | None:
        checking.set()
        go_on.wait(10)
        return verify(self, name, password)

    monkeypatch.setattr(Accounts, "verify", slow)
    results: list[object] = []
    first = threading.Thread(target=lambda: results.append(logins.attempt("kari", PASSWORD, "192.0.2.1")))
    first.start()
    assert checking.wait(10)
    assert logins.attempt("ola", PASSWORD, "192.0.2.2") == Refused(2, busy=True)
    go_on.set()
    first.join(10)
    assert isinstance(results[0], Editor)
