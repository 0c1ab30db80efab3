"""The meeting calendar as an iCalendar feed that calendar programs subscribe to.

Activities, annual meetings and consultation deadlines become events. All-day
records get an exclusive DTEND; timed ones a TZID with its VTIMEZONE. UIDs
come from record ids; SEQUENCE and LAST-MODIFIED from :mod:`.history`, and
DTSTAMP equals LAST-MODIFIED, so the same data gives the same bytes. The feed
carries no METHOD and no calendar UID: both break real clients.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from typing import Any

import attrs
from icalendar import Calendar, Event, Timezone, vDuration, vText

from kssgov import (
    Activity,
    ActivityKind,
    BodyKind,
    Dataset,
    DateSpan,
    ExportRequest,
    Language,
    PluginError,
    Status,
    zone,
)

from .history import History, open_history

_TEXT: dict[str, dict[Language, str]] = {
    "calendar": {"nb": "{organisation} – møter", "en": "{organisation} – meetings"},
    "description": {
        "nb": "Møter, konferanser, høringsfrister og årsmøter i {organisation}.",
        "en": "Meetings, conferences, consultation deadlines and annual meetings of {organisation}.",
    },
    "agm": {"nb": "Årsmøte {year}", "en": "Annual meeting {year}"},
    "agm.category": {"nb": "Årsmøte", "en": "Annual meeting"},
    "deadline": {"nb": "Høringsfrist: {title}", "en": "Consultation deadline: {title}"},
    "deadline.category": {"nb": "Høringsfrist", "en": "Consultation deadline"},
    "deadline.issuer": {"nb": "Høring fra {issuer}.", "en": "Consultation by {issuer}."},
    "cancelled": {"nb": "AVLYST: {summary}", "en": "CANCELLED: {summary}"},
}

KIND_NAMES: dict[ActivityKind, dict[Language, str]] = {
    ActivityKind.CONSULTATION_RESPONSE: {"nb": "Høringssvar", "en": "Consultation response"},
    ActivityKind.WRITTEN_INPUT: {"nb": "Skriftlig innspill", "en": "Written input"},
    ActivityKind.ORAL_HEARING: {"nb": "Muntlig høring", "en": "Oral hearing"},
    ActivityKind.MEETING: {"nb": "Møte", "en": "Meeting"},
    ActivityKind.CONFERENCE: {"nb": "Konferanse", "en": "Conference"},
    ActivityKind.SEMINAR: {"nb": "Seminar", "en": "Seminar"},
    ActivityKind.PANEL: {"nb": "Panelsamtale", "en": "Panel"},
    ActivityKind.APPEAL: {"nb": "Appell", "en": "Appeal"},
    ActivityKind.LAUNCH: {"nb": "Lansering", "en": "Launch"},
    ActivityKind.EVENT: {"nb": "Arrangement", "en": "Event"},
    ActivityKind.ORGANISED_EVENT: {"nb": "Eget arrangement", "en": "Organised event"},
    ActivityKind.OTHER: {"nb": "Annet", "en": "Other"},
}


def _text(key: str, language: Language, **params: object) -> str:
    return _TEXT[key][language].format(**params)


@attrs.frozen
class Entry:
    """One event of the feed, before it gets its SEQUENCE and times from the history."""

    uid: str
    date: DateSpan
    summary: str
    category: str
    description: str | None = None
    location: str | None = None
    url: str | None = None
    cancelled: bool = False
    busy: bool = True

    def digest(self) -> str:
        """A hash of everything published about the event (its attrs repr is complete and stable)."""
        return hashlib.sha256(repr(self).encode()).hexdigest()


def feed_domain(dataset: Dataset) -> str:
    """The domain of the UIDs: the ``[feed] domain`` setting, else one made from the name."""
    settings = dataset.settings
    if settings.feed.domain:
        return settings.feed.domain
    slug = re.sub(r"[^a-z0-9]+", "-", (settings.short_name or settings.name).lower()).strip("-")
    return f"{slug or 'organisation'}.kssgov"


def now_of(request: ExportRequest) -> dt.datetime:
    """The moment of the build: ``SOURCE_DATE_EPOCH`` when set, else the current time."""
    moment = request.timestamp or dt.datetime.now(dt.UTC)
    return moment.astimezone(dt.UTC).replace(microsecond=0)


def grace_days(dataset: Dataset, request: ExportRequest) -> int:
    value = request.options.get("grace_days")
    if value is None:
        return dataset.settings.feed.grace_days
    if not value.isdigit():
        raise PluginError(f"grace_days must be a whole number of days, not {value!r}")
    return int(value)


def entries(dataset: Dataset, request: ExportRequest, today: dt.date) -> Iterator[Entry]:
    """The events of the feed for the request's audience, filters and period."""
    language = request.language
    domain = feed_domain(dataset)
    visible = dataset.visible_to(request.audience)
    period = request.period(visible) if (request.year or request.first or request.last) else None
    grace = dt.timedelta(days=grace_days(dataset, request))

    def wanted(span: DateSpan) -> bool:
        return period is None or span.overlaps(*period)

    for activity in visible.activities:
        if not (wanted(activity.date) and _matches(activity, request)):
            continue
        cancelled = activity.status is Status.CANCELLED
        if cancelled and activity.date.end + grace < today:
            continue
        yield _activity_entry(activity, domain, language)
    only_activities = bool(request.kinds or request.alliances)
    body_kinds = {b.id: b.kind for b in visible.bodies}
    agm_wanted = not request.bodies or any(
        body_kinds.get(b) is BodyKind.ANNUAL_MEETING for b in request.bodies
    )
    if not only_activities and agm_wanted:
        for agm in visible.agms:
            if wanted(agm.date):
                yield Entry(
                    uid=f"{agm.id}@{domain}",
                    date=agm.date,
                    summary=_text("agm", language, year=agm.year),
                    category=_text("agm.category", language),
                    description=agm.description,
                    location=agm.where,
                )
    if not (only_activities or request.bodies):
        for consultation in visible.consultations:
            if consultation.deadline is None:
                continue
            span = DateSpan.day(consultation.deadline, dataset.settings.timezone)
            if wanted(span):
                yield Entry(
                    uid=f"{consultation.id}-deadline@{domain}",
                    date=span,
                    summary=_text("deadline", language, title=consultation.title),
                    category=_text("deadline.category", language),
                    description=_text("deadline.issuer", language, issuer=consultation.issuer),
                    url=consultation.url,
                    busy=False,
                )


def _matches(activity: Activity, request: ExportRequest) -> bool:
    return (
        (not request.kinds or activity.kind in request.kinds)
        and (not request.bodies or activity.body in request.bodies)
        and (not request.alliances or activity.alliance in request.alliances)
    )


def _activity_entry(activity: Activity, domain: str, language: Language) -> Entry:
    cancelled = activity.status is Status.CANCELLED
    summary = activity.where.replace("\n", " ")
    description = "\n\n".join(t for t in (activity.topic, activity.description) if t)
    return Entry(
        uid=f"{activity.id}@{domain}",
        date=activity.date,
        summary=_text("cancelled", language, summary=summary) if cancelled else summary,
        category=KIND_NAMES[activity.kind][language],
        description=description,
        location=activity.venue,
        url=activity.url,
        cancelled=cancelled,
    )


def feed_key(request: ExportRequest) -> str:
    """What tells one feed from another: language, audience, filters and period."""
    parts: list[Any] = [
        request.language,
        request.audience.value,
        sorted(k.value for k in request.kinds),
        sorted(request.bodies),
        sorted(request.alliances),
        request.year,
        request.first,
        request.last,
    ]
    return repr(parts)


def build(dataset: Dataset, request: ExportRequest) -> bytes:
    """The feed as bytes (CRLF line ends, lines folded at 75 octets)."""
    now = now_of(request)
    today = now.astimezone(zone(dataset.settings.timezone)).date()
    found = sorted(entries(dataset, request, today), key=lambda e: (e.date.sort_key(), e.uid))
    with open_history(request.workspace, now) as history:
        events = [_event(entry, request.language, history) for entry in found]
        digest = hashlib.sha256("".join(f"{e.uid}{e.digest()}" for e in found).encode()).hexdigest()
        modified = history.feed(feed_key(request), digest)
    calendar = _calendar(dataset, request, modified)
    for timezone in _timezones(found):
        calendar.add_component(timezone)
    for event in events:
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def _calendar(dataset: Dataset, request: ExportRequest, modified: dt.datetime) -> Calendar:
    language = request.language
    settings = dataset.settings
    name = settings.feed.name or _text("calendar", language, organisation=settings.name)
    description = settings.feed.description or _text("description", language, organisation=settings.name)
    refresh = dt.timedelta(minutes=settings.feed.refresh_minutes)
    calendar = Calendar()
    calendar.add("prodid", f"-//kssgov//{settings.name}//{language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("description", description)
    calendar.add("x-wr-caldesc", vText(description))
    calendar.add("x-wr-timezone", settings.timezone)
    calendar.add("refresh-interval", refresh, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(refresh))
    calendar.add("last-modified", modified)
    return calendar


def _event(entry: Entry, language: Language, history: History) -> Event:
    sequence, modified = history.event(f"{language} {entry.uid}", entry.digest())
    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", modified)
    event.add("last-modified", modified)
    event.add("sequence", sequence)
    event.add("summary", entry.summary)
    span = entry.date
    if span.is_timed:
        event.add("dtstart", span.start_datetime)
        event.add("dtend", span.end_datetime)
    else:
        event.add("dtstart", span.start)
        event.add("dtend", span.end + dt.timedelta(days=1))
    event.add("status", "CANCELLED" if entry.cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE" if entry.busy and not entry.cancelled else "TRANSPARENT")
    event.add("categories", [entry.category])
    if entry.description:
        event.add("description", entry.description)
    if entry.location:
        event.add("location", entry.location)
    if entry.url:
        event.add("url", entry.url)
    return event


def _timezones(found: list[Entry]) -> Iterator[Timezone]:
    """A VTIMEZONE for every zone a timed event uses, covering the years of those events."""
    spans: dict[str, list[DateSpan]] = {}
    for entry in found:
        if entry.date.is_timed:
            spans.setdefault(entry.date.timezone, []).append(entry.date)
    for name in sorted(spans):
        first = min(s.start for s in spans[name])
        last = max(s.end for s in spans[name])
        yield Timezone.from_tzid(
            name, first_date=dt.date(first.year - 1, 1, 1), last_date=dt.date(last.year + 1, 12, 31)
        )
