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

    def region(self, region_id: str) -> Region | None:
        return next((r for r in self.regions if r.id == region_id), None)
