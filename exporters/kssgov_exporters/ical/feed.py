"""The meeting calendar as an iCalendar feed that calendar programs subscribe to.

Activities, annual meetings and consultation deadlines become events. All-day
records get an exclusive DTEND; timed ones a TZID with its VTIMEZONE. UIDs
come from record ids; SEQUENCE and LAST-MODIFIED from :mod:`.history`, and
DTSTAMP equals LAST-MODIFIED, so the same data gives the same bytes. The feed
carries no METHOD and no calendar UID: both break real clients.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Iterator
from contextlib import nullcontext
from typing import Any

import attrs
from icalendar import Calendar, Event, Timezone, vDuration, vText

from kssgov import (
    Activity,
    BodyKind,
    ConsultationStatus,
    Dataset,
    DateSpan,
    ExportRequest,
    Language,
    PluginError,
    Status,
    Visibility,
    zone,
)
from kssgov.messages import Phrase
from kssgov.messages import label as vocabulary_label
from kssgov.translations import LANGUAGE_TAGS

from .history import History, open_history
from .options import FeedOptions
from .words import ERRORS, word


@attrs.frozen(cache_hash=True)
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
        return _digest(self)


@functools.lru_cache(maxsize=200_000)
def _digest(entry: Entry) -> str:
    return hashlib.sha256(repr(entry).encode()).hexdigest()


def feed_domain(dataset: Dataset, options: FeedOptions) -> str:
    """The domain of the UIDs: the ``domain`` option, else one made from the organisation's name."""
    if options.domain:
        return options.domain
    settings = dataset.settings
    slug = re.sub(r"[^a-z0-9]+", "-", (settings.short_name or settings.name).lower()).strip("-")
    return f"{slug or 'organisation'}.kssgov"


def check_filters(dataset: Dataset, options: FeedOptions) -> None:
    """Refuse a ``body`` or ``alliance`` filter that names no record this feed may show."""
    for kind, asked, records in (
        ("body", options.bodies, dataset.bodies),
        ("alliance", options.alliances, dataset.alliances),
    ):
        known = {r.id for r in records}
        for value in asked:
            if value not in known:
                raise PluginError(
                    ERRORS["unknown_filter"],
                    kind=Phrase(f"table.{kind}"),
                    value=value,
                    known=", ".join(sorted(known)) or "-",
                )


def entries(dataset: Dataset, request: ExportRequest[FeedOptions], today: dt.date) -> Iterator[Entry]:
    """The events of the feed for the request's filters and period."""
    options = request.options
    language = request.language
    domain = feed_domain(dataset, options)
    period = options.period(dataset.settings) if options.limited else None
    grace = dt.timedelta(days=options.grace_days)

    def wanted(span: DateSpan) -> bool:
        return period is None or span.overlaps(*period)

    def gone(span: DateSpan, ended: bool) -> bool:
        return ended and span.end + grace < today

    for activity in dataset.activities:
        if not (wanted(activity.date) and _matches(activity, options)):
            continue
        if gone(activity.date, activity.status is Status.CANCELLED):
            continue
        yield _activity_entry(activity, domain, language)
    only_activities = bool(options.kinds or options.alliances)
    body_kinds = {b.id: b.kind for b in dataset.bodies}
    agm_wanted = not options.bodies or any(
        body_kinds.get(b) is BodyKind.ANNUAL_MEETING for b in options.bodies
    )
    if not only_activities and agm_wanted:
        for agm in dataset.agms:
            if wanted(agm.date):
                yield Entry(
                    uid=f"{agm.id}@{domain}",
                    date=agm.date,
                    summary=word("agm", language, year=agm.year),
                    category=word("agm.category", language),
                    description=agm.description,
                    location=agm.where,
                )
    if not (only_activities or options.bodies):
        for consultation in dataset.consultations:
            if consultation.deadline is None:
                continue
            span = DateSpan.day(consultation.deadline, dataset.settings.timezone)
            withdrawn = consultation.status is ConsultationStatus.WITHDRAWN
            if not wanted(span) or gone(span, withdrawn):
                continue
            summary = word("deadline", language, title=consultation.title)
            yield Entry(
                uid=f"{consultation.id}-deadline@{domain}",
                date=span,
                summary=word("withdrawn", language, summary=summary) if withdrawn else summary,
                category=word("deadline.category", language),
                description=word("deadline.issuer", language, issuer=consultation.issuer),
                url=consultation.url,
                cancelled=withdrawn,
                busy=False,
            )


def _matches(activity: Activity, options: FeedOptions) -> bool:
    return (
        (not options.kinds or activity.kind in options.kinds)
        and (not options.bodies or activity.body in options.bodies)
        and (not options.alliances or activity.alliance in options.alliances)
    )


@functools.lru_cache(maxsize=200_000)
def _activity_entry(activity: Activity, domain: str, language: Language) -> Entry:
    cancelled = activity.status is Status.CANCELLED
    summary = " ".join(activity.where.split())
    description = "\n\n".join(t for t in (activity.topic, activity.description) if t)
    return Entry(
        uid=f"{activity.id}@{domain}",
        date=activity.date,
        summary=word("cancelled", language, summary=summary) if cancelled else summary,
        category=vocabulary_label(activity.kind, language),
        description=description,
        location=activity.venue,
        url=activity.url,
        cancelled=cancelled,
    )


def feed_key(request: ExportRequest[FeedOptions]) -> str:
    """What tells one feed from another: language, audience, filters and period."""
    options = request.options
    parts: list[Any] = [
        request.language,
        request.audience.value,
        sorted(k.value for k in options.kinds),
        sorted(options.bodies),
        sorted(options.alliances),
        options.year,
        options.first,
        options.last,
    ]
    return repr(parts)


@attrs.frozen
class Built:
    """A feed's bytes, and when what it publishes last changed (its calendar-level LAST-MODIFIED)."""

    body: bytes
    modified: dt.datetime


def build(dataset: Dataset, request: ExportRequest[FeedOptions], history: History | None = None) -> Built:
    """The feed for *dataset*, already narrowed to the audience.

    CRLF line ends, lines folded at 75 octets. *history* is one already open
    (a server building several feeds at once); else the workspace's is opened.
    """
    check_filters(dataset, request.options)
    now = request.now() if history is None else history.now
    today = now.astimezone(zone(dataset.settings.timezone)).date()
    found = sorted(entries(dataset, request, today), key=lambda e: (e.date.sort_key(), e.uid))
    with open_history(request.workspace, now) if history is None else nullcontext(history) as opened:
        digests = [entry.digest() for entry in found]
        events = [
            _serialised(entry, digest, request.language, opened)
            for entry, digest in zip(found, digests, strict=True)
        ]
        feed_digest = hashlib.sha256(
            "".join(f"{e.uid}{d}" for e, d in zip(found, digests, strict=True)).encode()
        )
        modified = opened.feed(feed_key(request), feed_digest.hexdigest())
    calendar = _calendar(dataset, request, modified)
    for timezone in _timezones(found):
        calendar.add_component(timezone)
    head = bytes(calendar.to_ical())
    end = b"END:VCALENDAR\r\n"
    return Built(head[: -len(end)] + b"".join(events) + end, modified)


def _serialised(entry: Entry, digest: str, language: Language, history: History) -> bytes:
    """The VEVENT of *entry* as bytes: made again only when what it publishes changed.

    The lines last made for each event are kept with the history they took their
    SEQUENCE and times from (see :attr:`History.serialised`): while the event's
    content is the same, so are its sequence and times, and so its lines.
    """
    key = f"{language} {entry.uid}"
    made = history.serialised.get(key)
    if made is not None and made[0] == digest:
        return made[1]
    sequence, modified = history.event(key, digest)
    lines = bytes(_event(entry, sequence, modified).to_ical())
    history.serialised[key] = (digest, lines)
    return lines


def _calendar(dataset: Dataset, request: ExportRequest[FeedOptions], modified: dt.datetime) -> Calendar:
    language = request.language
    options = request.options
    settings = dataset.settings
    # A narrower audience's calendar is named so, beside the public one its subscribers may have too.
    audience = "" if request.audience is Visibility.PUBLIC else f".{request.audience.value}"
    if options.name is None:
        name = word(f"calendar{audience}", language, organisation=settings.name)
    else:
        name = word(f"calendar.named{audience}", language, name=options.name) if audience else options.name
    description = options.description or word("description", language, organisation=settings.name)
    refresh = dt.timedelta(minutes=options.refresh_minutes)
    calendar = Calendar()
    calendar.add("prodid", f"-//kssgov//{settings.name}//{language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    # RFC 7986's name and description say their language; the events' texts are the data's own.
    calendar.add("name", name, parameters={"LANGUAGE": LANGUAGE_TAGS[language]})
    calendar.add("x-wr-calname", name)
    calendar.add("description", description, parameters={"LANGUAGE": LANGUAGE_TAGS[language]})
    calendar.add("x-wr-caldesc", vText(description))
    calendar.add("x-wr-timezone", settings.timezone)
    calendar.add("refresh-interval", refresh, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(refresh))
    calendar.add("last-modified", modified)
    return calendar


def _event(entry: Entry, sequence: int, modified: dt.datetime) -> Event:
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
