"""A 10,000-event feed, against building the same events directly with icalendar."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from icalendar import Calendar, Event

import kssgov

from .. import exports
from .loading import write_dataset
from .timing import best_of, report


def direct(dataset: kssgov.Dataset) -> bytes:
    """The floor: the same events and properties, written straight with icalendar."""
    calendar = Calendar()
    calendar.add("prodid", "-//benchmark//")
    calendar.add("version", "2.0")
    stamp = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    for activity in dataset.activities:
        event = Event()
        event.add("uid", f"{activity.id}@benchmark")
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        event.add("sequence", 0)
        event.add("summary", activity.where)
        event.add("dtstart", activity.date.start)
        event.add("dtend", activity.date.end + dt.timedelta(days=1))
        event.add("status", "CONFIRMED")
        event.add("transp", "OPAQUE")
        event.add("categories", ["Møte"])
        event.add("description", activity.topic)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def run() -> list[str]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        dataset = kssgov.load(write_dataset(folder / "data"))
        exporter = kssgov.discover().get("ical")
        moment = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
        request = exports.request("ical", dataset, timestamp=moment, workspace=folder / "workspace")
        kssgov.run(exporter, dataset, request)
        times = best_of(
            {"kssgov": lambda: kssgov.run(exporter, dataset, request), "icalendar": lambda: direct(dataset)}
        )
    return [
        report(
            "calendar feed, 10,000 events", times["kssgov"], times["icalendar"], "icalendar direct", "<= 1.2x"
        )
    ]
