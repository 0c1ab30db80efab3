"""A dataset's settings: the organisation, the report year, language, time zone, regions."""

from __future__ import annotations

import attrs

from . import _validate
from .dates import DEFAULT_TIMEZONE, zone
from .exceptions import InvalidValueError
from .messages import LANGUAGES, Language

SETTINGS_FILE = "kssgov.toml"


def _check_language(value: object) -> None:
    if value not in LANGUAGES:
        raise InvalidValueError("settings.language", value=value)


def _check_zone(value: object) -> None:
    zone(str(value))


@attrs.frozen
class Region:
    """One of the organisation's regions: an id used in the files and a display name."""

    id: str = attrs.field(validator=_validate.record_id)
    name: str = attrs.field(validator=_validate.text)


def _check_token(value: object) -> None:
    if value is None:
        return
    _validate.check_text(value)
    if len(str(value)) < 16 or any(c.isspace() or c == "/" for c in str(value)):
        raise InvalidValueError("settings.token")


def _check_minutes(value: object) -> None:
    if type(value) is not int or value < 1:
        raise InvalidValueError("type.wrong", value=value, expected="a whole number of minutes, at least 1")


@attrs.frozen(kw_only=True)
class FeedSettings:
    """The ``[feed]`` table: how the calendar feed presents itself and who may read it.

    ``domain`` makes event UIDs globally unique (``<id>@<domain>``). A cancelled
    event stays in the feed, marked, for ``grace_days`` after it was to end.
    Feeds for members and for the board are served only at URLs holding their
    token; the environment variables ``KSSGOV_MEMBERS_TOKEN`` and
    ``KSSGOV_BOARD_TOKEN`` override these, so that secrets need not be kept in files.
    """

    name: str | None = attrs.field(default=None, validator=_validate.optional_text)
    description: str | None = attrs.field(default=None, validator=_validate.optional_text)
    domain: str | None = attrs.field(default=None, validator=_validate.optional_text)
    grace_days: int = attrs.field(default=30, validator=_validate.count)
    refresh_minutes: int = attrs.field(default=60, validator=_validate.named(_check_minutes))
    members_token: str | None = attrs.field(default=None, validator=_validate.named(_check_token), repr=False)
    board_token: str | None = attrs.field(default=None, validator=_validate.named(_check_token), repr=False)


@attrs.frozen(kw_only=True)
class Settings:
    """What a dataset says about itself, kept in ``kssgov.toml``.

    ``year`` is the report year that sections and checks default to;
    ``language`` is what the documents are written in unless told otherwise.
    """

    name: str = attrs.field(validator=_validate.text)
    year: int = attrs.field(validator=_validate.year)
    short_name: str | None = attrs.field(default=None, validator=_validate.optional_text)
    language: Language = attrs.field(default="nb", validator=_validate.named(_check_language))
    timezone: str = attrs.field(default=DEFAULT_TIMEZONE, validator=_validate.named(_check_zone))
    regions: tuple[Region, ...] = ()
    feed: FeedSettings = attrs.field(factory=FeedSettings)

    def region(self, region_id: str) -> Region | None:
        return next((r for r in self.regions if r.id == region_id), None)
