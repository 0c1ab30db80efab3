"""The floor for ``kssgov export ical``: the same events built with icalendar the plain way.

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
            event.add("dtstart", activity["date"])
            event.add("dtend", activity["date"] + dt.timedelta(days=1))
            event.add("summary", activity["where"])
            event.add("description", activity["topic"])
            calendar.add_component(event)
target.write_bytes(calendar.to_ical())
