"""How many failed logins an account and a client address may have, and checking passwords without
holding the server's threads.

Failures are counted in moving windows in memory (the ``limits`` library, which
Flask-Limiter is built on): per account, so that guessing one editor's password
is a few tries a minute whichever addresses it comes from, and per client
address, so that one guesser cannot try many accounts. Past a limit every
attempt, a right password included, is refused at once with the time to wait,
so that a guesser learns nothing more. Nothing ever sleeps in a request: the
only slow step is argon2's verification, and only one runs at a time; an
attempt that finds one running is asked to try again in a moment. The rest of
the server's threads stay free for the pages and the feeds.
"""

from __future__ import annotations

import math
import threading
import time
from typing import Final

import attrs
from limits import parse_many
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from .accounts import Accounts, Editor

#: Failed logins allowed per account: a few a minute, and what an hour allows (OWASP ASVS 2.2.1: <= 100).
PER_ACCOUNT: Final = "5/minute;20/hour"
#: Failed logins allowed per client address, whatever the account.
PER_ADDRESS: Final = "10/minute;50/hour"
#: How long an attempt that finds another being checked is asked to wait.
BUSY_SECONDS: Final = 2
#: Names longer than an editor's can be are counted as their first 64 characters.
_NAME_LENGTH: Final = 64


@attrs.frozen
class Refused:
    """A login not tried: too many failures (wait *seconds*), or another being checked (*busy*)."""

    seconds: int
    busy: bool = False

    @property
    def minutes(self) -> int:
        return max(1, math.ceil(self.seconds / 60))


class Logins:
    """Checks passwords for the editor's login, within the limits on failures."""

    def __init__(self, accounts: Accounts) -> None:
        self.accounts = accounts
        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        self._per_account = parse_many(PER_ACCOUNT)
        self._per_address = parse_many(PER_ADDRESS)
        self._checking = threading.Lock()

    def attempt(self, name: str, password: str, address: str) -> Editor | Refused | None:
        """The editor, if *password* is *name*'s; None if it is not; :class:`Refused` when not tried."""
        account = name.casefold()[:_NAME_LENGTH]
        waiting = self._waiting(account, address)
        if waiting is not None:
            return waiting
        if not self._checking.acquire(blocking=False):
            return Refused(BUSY_SECONDS, busy=True)
        try:
            waiting = self._waiting(account, address)  # another attempt may have failed meanwhile
            if waiting is not None:
                return waiting
            found = self.accounts.verify(name, password)
            if found is None:
                for limit in self._per_account:
                    self._limiter.hit(limit, "account", account)
                for limit in self._per_address:
                    self._limiter.hit(limit, "address", address)
            return found
        finally:
            self._checking.release()

    def _waiting(self, account: str, address: str) -> Refused | None:
        """How long to wait before *account* or *address* may try again; None when they may now."""
        ends = [
            self._limiter.get_window_stats(limit, kind, key).reset_time
            for limits, kind, key in (
                (self._per_account, "account", account),
                (self._per_address, "address", address),
            )
            for limit in limits
            if not self._limiter.test(limit, kind, key)
        ]
        if not ends:
            return None
        return Refused(max(1, math.ceil(max(ends) - time.time())))
