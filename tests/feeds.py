"""Checking a calendar feed the way its subscribers' software reads it, and what none of them checks."""

from __future__ import annotations

import datetime as dt
import re

import icalendar
import recurring_ical_events
import vobject
from ical.calendar_stream import IcsCalendarStream
from ics import Calendar as IcsCalendar


def parse_strictly(data: bytes) -> icalendar.Calendar:
    """Parse *data* with five independent parsers; each raises on what it rejects."""
    text = data.decode("utf-8")
    IcsCalendarStream.calendar_from_ics(text)
    vobject.readOne(text, validate=True)
    IcsCalendar(text)
    calendar = icalendar.Calendar.from_ical(data)
    errors = [(c.name, c.errors) for c in calendar.walk() if c.errors]
    assert not errors, errors
    recurring_ical_events.of(calendar).between(dt.date(1900, 1, 1), dt.date(2200, 1, 1))
    return calendar


def assert_sound_feed(data: bytes) -> icalendar.Calendar:
    """Strict parsing, plus what the parsers do not catch."""
    calendar = parse_strictly(data)
    assert b"\n" not in data.replace(b"\r\n", b""), "every line must end in CRLF"
    assert all(len(line) <= 75 for line in data.split(b"\r\n")), "a line is longer than 75 octets"
    assert "METHOD" not in calendar, "a feed must not carry METHOD"
    assert "UID" not in calendar, "a calendar-level UID collapses events in vdirsyncer"
    for name in ("NAME", "X-WR-CALNAME", "X-PUBLISHED-TTL", "X-WR-TIMEZONE", "PRODID", "VERSION"):
        assert name in calendar, name
    assert re.search(rb"\r\nREFRESH-INTERVAL;VALUE=DURATION:P", data), "REFRESH-INTERVAL needs VALUE=DURATION"
    events = list(calendar.walk("VEVENT"))
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids)), "duplicate UIDs"
    zones = {str(z["TZID"]) for z in calendar.walk("VTIMEZONE")}
    for event in events:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert start < end, f"{event['UID']}: DTEND is not after DTSTART"
        if isinstance(start, dt.datetime):
            assert start.tzinfo is not None, f"{event['UID']}: floating time"
            zone = event["DTSTART"].params.get("TZID")
            if zone is None:
                written = event["DTSTART"].to_ical()
                assert (written.decode() if isinstance(written, bytes) else str(written)).endswith("Z"), (
                    event["UID"]
                )
            else:
                assert str(zone) in zones, f"{event['UID']}: TZID without VTIMEZONE"
        for name in ("DTSTAMP", "LAST-MODIFIED", "SEQUENCE", "SUMMARY", "STATUS"):
            assert name in event, f"{event['UID']}: no {name}"
    return calendar
