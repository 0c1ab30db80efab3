"""Each test of the feeds builds them from nothing: nothing kept from another test's build."""

from __future__ import annotations

import pytest

from ...conftest import forget_the_feeds_events


@pytest.fixture(autouse=True)
def nothing_kept_between_tests() -> None:
    """Forget the events serialised by earlier tests, so that each test sees the code that makes them."""
    forget_the_feeds_events()
