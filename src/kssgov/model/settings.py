"""A dataset's settings: the organisation, the report year, language, time zone, regions, access.

They are kept in ``kssgov.toml``. Tables there that kssgov itself does not
read (such as ``[feed]``) belong to exporters: they are kept as given in
:attr:`Settings.sections`, and each exporter reads and checks its own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

import attrs

from ..exceptions import InvalidValueError
from ..messages import LANGUAGES, Language, Phrase
from . import validators
from .dates import DEFAULT_TIMEZONE, zone
from .vocabulary import Visibility

SETTINGS_FILE: Final = "kssgov.toml"
#: The folder inside a dataset where kssgov keeps its own state (locks, feed history, editors).
WORKSPACE: Final = ".kssgov"

#: The environment variables that override the tokens in the settings, by audience.
TOKEN_VARIABLES: Final[Mapping[Visibility, str]] = {
    Visibility.MEMBERS: "KSSGOV_MEMBERS_TOKEN",
    Visibility.BOARD: "KSSGOV_BOARD_TOKEN",
}
_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,200}")


def _check_language(value: object) -> None:
    if value not in LANGUAGES:
        raise InvalidValueError("settings.language", value=value)


def _check_zone(value: object) -> None:
    zone(str(value))


def check_token(value: object) -> None:
    """At least 16 letters, digits, ``-`` or ``_``: safe in a URL path and hard to guess."""
    if not isinstance(value, str) or not _TOKEN.fullmatch(value):
        raise InvalidValueError("settings.token")


@attrs.frozen
class Region:
    """One of the organisation's regions: an id used in the files and a display name."""

    id: str = attrs.field(validator=validators.record_id)
    name: str = attrs.field(validator=validators.line)


@attrs.frozen(kw_only=True)
class Access:
    """The ``[access]`` table: the secret tokens that give the narrower audiences their records.

    Feeds and pages for members and for the board are published only at
    addresses holding their token. The tokens must differ, or one audience
    would read the other's records. ``KSSGOV_MEMBERS_TOKEN`` and
    ``KSSGOV_BOARD_TOKEN`` in the environment override them (see
    :meth:`from_environment`), so that secrets need not be kept in files.
    """

    members_token: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(validators.named(check_token)), repr=False
    )
    board_token: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(validators.named(check_token)), repr=False
    )

    def __attrs_post_init__(self) -> None:
        if self.members_token is not None and self.members_token == self.board_token:
            raise InvalidValueError("settings.token_reused", field="board_token")

    def from_environment(self, environ: Mapping[str, str]) -> Access:
        """These tokens with those set in *environ* put in their place, checked as strictly."""
        given: dict[str, str | None] = {
            "members_token": self.members_token,
            "board_token": self.board_token,
        }
        for audience, variable in TOKEN_VARIABLES.items():
            value = environ.get(variable)
            if not value:
                continue
            try:
                check_token(value)
            except InvalidValueError as error:
                raise InvalidValueError(
                    "settings.token_environment", variable=variable, reason=Phrase(error.code, **error.params)
                ) from None
            given[f"{audience.value}_token"] = value
        return Access(**given)

    def tokens(self) -> dict[Visibility, str]:
        """The token of each narrower audience that has one."""
        found = {Visibility.MEMBERS: self.members_token, Visibility.BOARD: self.board_token}
        return {audience: token for audience, token in found.items() if token}


def _check_sections(value: object) -> None:
    if not isinstance(value, Mapping) or not all(isinstance(v, Mapping) for v in value.values()):
        raise InvalidValueError("type.wrong", value=value, expected=Phrase("expect.table"))


@attrs.frozen(kw_only=True)
class Settings:
    """What a dataset says about itself, kept in ``kssgov.toml``.

    ``year`` is the report year that sections and checks default to;
    ``language`` is what the documents are written in unless told otherwise.
    ``sections`` holds the other tables of the file (``[feed]`` and the like)
    as they were written, for the exporters that read them.
    """

    name: str = attrs.field(validator=validators.line)
    year: int = attrs.field(validator=validators.year)
    short_name: str | None = attrs.field(default=None, validator=validators.optional_line)
    language: Language = attrs.field(default="nb", validator=validators.named(_check_language))
    timezone: str = attrs.field(default=DEFAULT_TIMEZONE, validator=validators.named(_check_zone))
    regions: tuple[Region, ...] = ()
    access: Access = attrs.field(factory=Access)
    sections: Mapping[str, Mapping[str, Any]] = attrs.field(
        factory=dict, validator=validators.named(_check_sections), eq=False, repr=False
    )

    def region(self, region_id: str | None) -> Region | None:
        """The region *region_id*; None for none, or for an id that is not a region's."""
        return next((r for r in self.regions if r.id == region_id), None)
