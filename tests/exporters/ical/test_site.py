"""Where each feed is published: the public ones first, in the dataset's own language at
``calendar.ics``, then each narrower audience's under its token."""

from __future__ import annotations

from kssgov import Settings, Visibility
from kssgov.model.settings import Access
from kssgov_exporters.ical.site import Feed, feeds, file_name, tokens

MEMBERS = "members-token-0123456789"
BOARD = "board-token-0123456789ab"


def test_the_public_feeds_come_first_in_the_datasets_language() -> None:
    settings = Settings(name="Org", year=2024)
    assert list(feeds(settings, {})) == [
        Feed("calendar.ics", Visibility.PUBLIC, "nb"),
        Feed("calendar-nn.ics", Visibility.PUBLIC, "nn"),
        Feed("calendar-en.ics", Visibility.PUBLIC, "en"),
    ]
    english = Settings(name="Org", year=2024, language="en")
    assert [(f.path, f.language) for f in feeds(english, {})] == [
        ("calendar.ics", "en"),
        ("calendar-nb.ics", "nb"),
        ("calendar-nn.ics", "nn"),
    ]
    assert (file_name("nb", "nb"), file_name("en", "nb")) == ("calendar.ics", "calendar-en.ics")


def test_each_audience_with_a_token_has_its_feeds_under_it() -> None:
    settings = Settings(name="Org", year=2024, access=Access(members_token=MEMBERS, board_token=BOARD))
    secret = tokens(settings, {})
    assert secret == {Visibility.MEMBERS: MEMBERS, Visibility.BOARD: BOARD}
    assert [(f.path, f.audience) for f in feeds(settings, secret)][3:] == [
        (f"{MEMBERS}/calendar.ics", Visibility.MEMBERS),
        (f"{MEMBERS}/calendar-nn.ics", Visibility.MEMBERS),
        (f"{MEMBERS}/calendar-en.ics", Visibility.MEMBERS),
        (f"{BOARD}/calendar.ics", Visibility.BOARD),
        (f"{BOARD}/calendar-nn.ics", Visibility.BOARD),
        (f"{BOARD}/calendar-en.ics", Visibility.BOARD),
    ]
    from_environment = tokens(settings, {"KSSGOV_BOARD_TOKEN": "another-board-token-01234"})
    assert from_environment[Visibility.BOARD] == "another-board-token-01234"
