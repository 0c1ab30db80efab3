"""The floor for ``kssgov export ical``: the same events built with icalendar the plain way.

The same properties as kssgov's events (UID, DTSTAMP, LAST-MODIFIED,
SEQUENCE, SUMMARY, DTSTART, DTEND, STATUS, TRANSP, CATEGORIES, DESCRIPTION),
without kssgov's history, filters, audiences or checks.

``python ical_floor.py DATASET OUT.ics``
"""

import datetime as dt
import sys
import tomllib
from pathlib import Path

from icalendar import Calendar, Event

folder, target = Path(sys.argv[1]), Path(sys.argv[2])
stamp = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
calendar = Calendar()
calendar.add("prodid", "-//floor//NB")
calendar.add("version", "2.0")
for path in sorted(folder.rglob("*.toml")):
    if path.name == "kssgov.toml":
        continue
    with path.open("rb") as handle:
        for activity in tomllib.load(handle).get("activity", []):
            event = Event()
            event.add("uid", f"{activity['id']}@floor")
            event.add("dtstamp", stamp)
            event.add("last-modified", stamp)
            event.add("sequence", 0)
            event.add("summary", activity["where"])
            event.add("dtstart", activity["date"])
            event.add("dtend", activity["date"] + dt.timedelta(days=1))
            event.add("status", "CONFIRMED")
            event.add("transp", "OPAQUE")
            event.add("categories", ["Møte"])
            event.add("description", activity["topic"])
            calendar.add_component(event)
target.write_bytes(calendar.to_ical())
