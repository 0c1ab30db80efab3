"""The meeting calendar feed as an exporter. icalendar is imported only when it runs."""

from __future__ import annotations

from typing import ClassVar

from kssgov import Dataset, ExportRequest


class CalendarFeed:
    """Meetings, conferences, annual meetings and consultation deadlines as an iCalendar feed.

    Options: ``-O grace_days=N`` (how long a cancelled event stays in the feed,
    from the ``[feed]`` settings by default).
    """

    name: ClassVar[str] = "ical"
    output: ClassVar[str] = "ics"
    media_type: ClassVar[str] = "text/calendar; charset=utf-8"
    description: ClassVar[str] = (
        "The meeting calendar as an iCalendar feed (activities, annual meetings, consultation deadlines)."
    )

    def export(self, dataset: Dataset, request: ExportRequest) -> bytes:
        from .feed import build

        return build(dataset, request)
