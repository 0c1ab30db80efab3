"""The public pages: the politics log of a year, what is coming up, and the index with the feeds.

The same pages are served by ``kssgov serve`` and written by ``kssgov publish``.
Each page is rendered from a dataset already narrowed to its audience
(:func:`narrowed`), by Jinja2 templates that escape every value. Links are
relative, so a published folder works under any address.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from typing import Any, Final

import attrs
import jinja2

from kssgov import (
    Activity,
    ActivityKind,
    Dataset,
    InvalidValueError,
    Language,
    Status,
    Visibility,
    format_date,
)
from kssgov import parse_date as parse_day
from kssgov.messages import label as vocabulary_label
from kssgov.translations import LANGUAGE_NAMES, LANGUAGE_TAGS, LANGUAGES

from .words import word

#: The path of each page kind, below the site's root (and an audience's token).
POLITICS: Final = "politikk"
UPCOMING: Final = "kommende"
#: The folder of the style sheet and the script, below the site's root; the pages hold neither inline,
#: so that the security policy can forbid inline scripts and styles.
ASSETS: Final = "static"


@functools.cache
def environment() -> jinja2.Environment:
    """The templates, every value escaped."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("kssgov_exporters.web", "templates"),
        autoescape=jinja2.select_autoescape(default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def narrowed(dataset: Dataset, audience: Visibility) -> Dataset:
    """What a page for *audience* may show: the only way data reaches a page."""
    return dataset.visible_to(audience)


@attrs.frozen
class Place:
    """Where a page stands: its audience's token folder, its language, and how links are written.

    A served page links to ``politikk/2023/?lang=en``; a published one to
    ``politikk/2023/index.en.html``, which any web server serves as it is.
    """

    language: Language
    default: Language
    token: str | None = None
    published: bool = False
    depth: int = 0

    @property
    def root(self) -> str:
        """The relative link from this page to the site's root (``../../``)."""
        return "../" * (self.depth + (1 if self.token else 0))

    def link(self, *parts: str, language: Language | None = None) -> str:
        """A relative link from this page to the page at *parts* (a folder)."""
        chosen = language or self.language
        root = self.root
        folder = "".join(f"{part}/" for part in ((self.token,) if self.token else ()) + parts)
        target = root + folder
        if chosen != self.default:
            return target + (f"index.{chosen}.html" if self.published else f"?lang={chosen}")
        return target or "./"


@attrs.frozen
class Filters:
    """What the politics log is narrowed to: kinds, an alliance, words, and a period."""

    kinds: tuple[str, ...] = ()
    alliance: str = ""
    search: str = ""
    first_text: str = ""
    last_text: str = ""

    @classmethod
    def of(cls, query: dict[str, list[str]]) -> Filters:
        def one(name: str) -> str:
            return (query.get(name) or [""])[0].strip()[:200]

        kinds = tuple(k for k in query.get("type", []) if k in ActivityKind.names())
        return cls(kinds, one("allianse"), one("q"), one("fra"), one("til"))


@attrs.frozen
class OtherLanguage:
    """A link to the same page in another language, named in that language."""

    link: str
    tag: str
    name: str


def _common(dataset: Dataset, place: Place, title: str, year: int, audience: Visibility) -> dict[str, Any]:
    language = place.language
    note = word(f"site.audience.{audience.value}", language) if audience is not Visibility.PUBLIC else ""
    return {
        "title": title,
        "organisation": dataset.settings.name,
        "language": language,
        "default_language": place.default,
        "lang_tag": LANGUAGE_TAGS[language],
        "other_languages": [
            OtherLanguage(_same_page(place, other), LANGUAGE_TAGS[other], LANGUAGE_NAMES[other])
            for other in LANGUAGES
            if other != language
        ],
        "year": year,
        "audience_note": note,
        "words": lambda key, **params: word(key, language, **params),
        "stylesheet": f"{place.root}{ASSETS}/kssgov.css",
        "script": f"{place.root}{ASSETS}/politikk.js",
        "links": {
            "home": place.link(),
            "politics": place.link(POLITICS, str(year)),
            "upcoming": place.link(UPCOMING),
        },
    }


def _same_page(place: Place, language: Language) -> str:
    """This page in *language*: a query parameter when served, the other file when published."""
    if place.published:
        return "index.html" if language == place.default else f"index.{language}.html"
    return "./" if language == place.default else f"./?lang={language}"


def politics_page(
    dataset: Dataset, audience: Visibility, year: int, place: Place, filters: Filters = Filters()
) -> str:
    """The Dato | Hvor | Tema table of *year* for *audience*, narrowed by *filters*."""
    data = narrowed(dataset, audience)
    language = place.language
    everything = [a for a in data.activities_in(year, audience=audience)]
    problems: list[str] = []
    first = _day(filters.first_text, year, language, problems)
    last = _day(filters.last_text, year, language, problems)
    rows = [a for a in everything if _wanted(a, filters, first, last)]
    consultations = {c.id: c for c in data.consultations}
    alliances = {a.id: a.name for a in data.alliances}
    years = sorted({a.date.start.year for a in data.activities} | {year})
    context = _common(data, place, word("site.politics", language, year=year), year, audience)
    context.update(
        rows=[_row(a, consultations) for a in rows],
        total=len(everything),
        filters=filters,
        problems=problems,
        kinds=[(k, vocabulary_label(ActivityKind(k), language)) for k in _present_kinds(everything)],
        alliances=sorted(
            {(a.alliance, alliances[a.alliance]) for a in everything if a.alliance in alliances},
            key=lambda pair: pair[1],
        ),
        years=[(y, place.link(POLITICS, str(y))) for y in years],
        static=place.published,
    )
    return environment().get_template("politics.html").render(context)


def _present_kinds(activities: Iterable[Activity]) -> list[str]:
    present = {a.kind.value for a in activities}
    return [k for k in ActivityKind.names() if k in present]


def _day(text: str, year: int, language: Language, problems: list[str]) -> dt.date | None:
    """The day *text* names; None, and a problem with an example from the page's *year*, if none."""
    if not text:
        return None
    try:
        return parse_day(text)
    except InvalidValueError:
        example = format_date(dt.date(year, 1, 6))
        problems.append(word("site.bad_date", language, value=text, example=example))
        return None


def _wanted(activity: Activity, filters: Filters, first: dt.date | None, last: dt.date | None) -> bool:
    if filters.kinds and activity.kind.value not in filters.kinds:
        return False
    if filters.alliance and activity.alliance != filters.alliance:
        return False
    if filters.search:
        words = filters.search.casefold().split()
        text = f"{activity.where} {activity.topic}".casefold()
        if not all(w in text for w in words):
            return False
    if first is not None and activity.date.end < first:
        return False
    return not (last is not None and activity.date.start > last)


def _row(activity: Activity, consultations: dict[str, Any]) -> dict[str, Any]:
    consultation = consultations.get(activity.consultation) if activity.consultation else None
    return {
        "date": activity.date.format(),
        "start": activity.date.start.isoformat(),
        "end": activity.date.end.isoformat(),
        "where": activity.where,
        "topic": activity.topic.split("\n"),
        "kind": activity.kind.value,
        "alliance": activity.alliance or "",
        "cancelled": activity.status is Status.CANCELLED,
        "consultation_url": consultation.url if consultation is not None else None,
        "consultation_title": consultation.title if consultation is not None else None,
        "response_url": activity.url if activity.consultation else None,
        "note": activity.note,
    }


@attrs.frozen
class FeedLink:
    """A calendar feed offered on a page."""

    name: str
    https: str
    webcal: str
    webcal_text: str
    https_text: str


def feed_links(base_url: str, paths: Sequence[tuple[str, str]], language: Language) -> list[FeedLink]:
    """The subscribe links for the feeds at *paths* (path, name) below *base_url*."""
    base = base_url.rstrip("/")
    made = []
    for path, name in paths:
        https = f"{base}/{path}"
        webcal = "webcal://" + https.split("://", 1)[-1]
        made.append(FeedLink(name, https, webcal, word("site.calendar", language), "https"))
    return made


def upcoming_page(
    dataset: Dataset, audience: Visibility, today: dt.date, place: Place, feeds: Sequence[FeedLink]
) -> str:
    """Meetings and consultation deadlines from *today* on, with the subscribe links."""
    data = narrowed(dataset, audience)
    language = place.language
    items: list[tuple[dt.date, dict[str, Any]]] = []
    for activity in data.activities:
        if activity.date.end >= today and activity.status is not Status.CANCELLED:
            items.append(
                (
                    activity.date.start,
                    {"date": activity.date.format(), "summary": activity.where, "url": None},
                )
            )
    for consultation in data.consultations:
        if consultation.deadline is not None and consultation.deadline >= today:
            summary = word("site.deadline", language, title=consultation.title)
            items.append(
                (
                    consultation.deadline,
                    {
                        "date": format_date(consultation.deadline),
                        "summary": summary,
                        "url": consultation.url,
                        "url_text": word("site.consultation", language),
                    },
                )
            )
    items.sort(key=lambda pair: pair[0])
    context = _common(data, place, word("site.upcoming", language), data.settings.year, audience)
    context.update(items=[item for _, item in items], feeds=feeds)
    return environment().get_template("upcoming.html").render(context)


def index_page(
    dataset: Dataset,
    audience: Visibility,
    place: Place,
    feeds: Sequence[FeedLink],
    *,
    title: str,
    intro: str,
    how: str,
) -> str:
    """The site's front page: the pages, and the calendar feeds to subscribe to."""
    data = narrowed(dataset, audience)
    context = _common(data, place, title, data.settings.year, audience)
    context.update(feeds=feeds, intro=intro, how=how)
    return environment().get_template("index.html").render(context)
