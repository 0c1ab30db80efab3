"""The options of the calendar feed; the ``[feed]`` table of ``kssgov.toml`` gives their defaults.

Every value is bounded to what calendar programs can carry: names on one
line, a domain that is a domain, whole numbers in ranges that make sense.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from kssgov import ActivityKind, InvalidValueError, Period
from kssgov.model import validators

_DOMAIN = re.compile(
    r"(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
)


def _check_domain(value: object) -> None:
    if value is not None and (not isinstance(value, str) or not _DOMAIN.fullmatch(value)):
        raise InvalidValueError("url.invalid", value=value)


def _ids() -> Any:
    return attrs.validators.deep_iterable(validators.record_id)


@attrs.frozen(kw_only=True)
class FeedOptions(Period):
    """What a feed holds and how it presents itself.

    ``kinds``, ``bodies`` and ``alliances`` filter the events (empty: all).
    ``domain`` makes event UIDs globally unique (``<id>@<domain>``). A cancelled
    event stays in the feed, marked, for ``grace_days`` after it was to end.
    Calendar programs are asked to look again every ``refresh_minutes``.
    """

    kinds: tuple[ActivityKind, ...] = attrs.field(
        default=(), metadata={"flag": "kind", "help": "option.kinds"}
    )
    bodies: tuple[str, ...] = attrs.field(
        default=(), validator=_ids(), metadata={"flag": "body", "help": "option.bodies"}
    )
    alliances: tuple[str, ...] = attrs.field(
        default=(), validator=_ids(), metadata={"flag": "alliance", "help": "option.alliances"}
    )
    grace_days: int = attrs.field(
        default=30, validator=validators.whole(0, 3650), metadata={"help": "option.grace_days"}
    )
    refresh_minutes: int = attrs.field(
        default=60, validator=validators.whole(1, 10080), metadata={"help": "option.refresh_minutes"}
    )
    name: str | None = attrs.field(
        default=None, validator=validators.optional_line, metadata={"help": "option.feed_name"}
    )
    description: str | None = attrs.field(
        default=None, validator=validators.optional_line, metadata={"help": "option.feed_description"}
    )
    domain: str | None = attrs.field(
        default=None, validator=validators.named(_check_domain), metadata={"help": "option.domain"}
    )
