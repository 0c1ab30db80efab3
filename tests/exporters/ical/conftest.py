"""Each test of the feeds builds them from nothing: nothing kept from another test's build."""

from __future__ import annotations

import pytest

from kssgov_exporters.ical import feed


@pytest.fixture(autouse=True)
def nothing_kept_between_tests() -> None:
    """Forget the events serialised by earlier tests, so that each test sees the code that makes them."""
    with feed._SERIALISED_LOCK:
        feed._SERIALISED.clear()
    feed._digest.cache_clear()
    feed._activity_entry.cache_clear()
