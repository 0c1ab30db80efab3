"""The meeting calendar: the feed as an exporter, its site, its server, and the serve and publish commands.

icalendar and waitress are imported only when they are used.
"""

from __future__ import annotations

from typing import Any, ClassVar

from kssgov import Dataset, ExportRequest

from .options import FeedOptions
from .words import DESCRIPTIONS, DOMAIN


class CalendarFeed:
    """Meetings, conferences, annual meetings and consultation deadlines as an iCalendar feed.

    Its options (filters, ``grace_days``, ``refresh_minutes``, the calendar's
    name and the UIDs' domain) take their defaults from the ``[feed]`` table.
    """

    name: ClassVar[str] = "ical"
    output: ClassVar[str] = "ics"
    media_type: ClassVar[str] = "text/calendar; charset=utf-8"
    description: ClassVar[str] = DESCRIPTIONS["exporter.ical"].en
    domain: ClassVar[str] = DOMAIN
    section: ClassVar[str] = "feed"
    Options: ClassVar[type] = FeedOptions

    def export(self, dataset: Dataset, request: ExportRequest[Any]) -> bytes:
        from .feed import build

        return build(dataset, request).body


calendar = CalendarFeed()
