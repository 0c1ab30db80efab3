"""The words of the calendar feed and its subscription page: the English here, bokmål and nynorsk in
this package's catalogue (``locale/*/LC_MESSAGES/kssgov_exporters.ical.po``).

Names of activity kinds come from :mod:`kssgov.messages`; what is here
belongs to the calendar alone.
"""

from __future__ import annotations

from typing import Final

from kssgov import Language
from kssgov.messages import text
from kssgov.translations import Text, catalogue

#: The gettext domain of the calendar's words.
DOMAIN: Final = "kssgov_exporters.ical"

WORDS: Final = catalogue(
    DOMAIN,
    {
        "calendar": Text("{organisation} – meetings"),
        "calendar.members": Text("{organisation} – meetings for members"),
        "calendar.board": Text("{organisation} – meetings for the board"),
        "calendar.named.members": Text("{name} – for members"),
        "calendar.named.board": Text("{name} – for the board"),
        "description": Text(
            "Meetings, conferences, consultation deadlines and annual meetings of {organisation}."
        ),
        "agm": Text("Annual meeting {year}"),
        "agm.category": Text("Annual meeting"),
        "deadline": Text("Consultation deadline: {title}"),
        "deadline.category": Text("Consultation deadline"),
        "deadline.issuer": Text("Consultation by {issuer}."),
        "cancelled": Text("CANCELLED: {summary}"),
        "withdrawn": Text("WITHDRAWN: {summary}"),
        "page.title": Text("Calendar: {name}"),
        "page.intro": Text("Subscribe to the calendar and it keeps itself up to date."),
        "page.webcal": Text("Subscribe (Apple Calendar, Outlook, Thunderbird)"),
        "page.https": Text("Address for Google Calendar and others"),
        "page.how": Text("In Google Calendar: Other calendars, From URL, and paste the address."),
        "page.nb": Text("In Norwegian"),
        "page.nn": Text("In Norwegian Nynorsk"),
        "page.en": Text("In English"),
        "serve.listening": Text("Serving the public feed at {url} (Ctrl+C stops)"),
    },
)


def word(key: str, language: Language, **params: object) -> str:
    """The calendar phrase *key* in *language*, filled in with *params*."""
    return text(WORDS[key], language, **params)


#: What the calendar says when it cannot build a feed.
ERRORS: Final = catalogue(
    DOMAIN,
    {
        "unknown_filter": Text("there is no {kind} {value!r} in this feed", "use the id of one: {known}"),
        "history_folder": Text(
            "cannot keep the feed history in {folder}: {detail}",
            "check that you may write in the dataset's folder",
        ),
        "no_dataset": Text(
            "the records cannot be read: the files have errors",
            "run 'kssgov check' on the folder and correct what it names",
        ),
        "history_unreadable": Text(
            "the feed history {path} cannot be read",
            "restore it from a backup, or delete it to start over (subscribers may then miss changes once)",
        ),
    },
)

#: What the calendar exporter writes, for ``kssgov exporters``.
DESCRIPTIONS: Final = catalogue(
    DOMAIN,
    {
        "exporter.ical": Text(
            "The meeting calendar as an iCalendar feed (activities, annual meetings, consultation deadlines)."
        ),
    },
)
