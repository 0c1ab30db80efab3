"""The words of the calendar feed and its subscription page: bokmål and English.

Names of activity kinds come from :mod:`kssgov.messages`; what is here
belongs to the calendar alone.
"""

from __future__ import annotations

from typing import Final

from kssgov import Language
from kssgov.messages import Text

WORDS: Final[dict[str, dict[Language, str]]] = {
    "calendar": {"nb": "{organisation} – møter", "en": "{organisation} – meetings"},
    "calendar.members": {
        "nb": "{organisation} – møter for medlemmer",
        "en": "{organisation} – meetings for members",
    },
    "calendar.board": {
        "nb": "{organisation} – møter for styret",
        "en": "{organisation} – meetings for the board",
    },
    "calendar.named.members": {"nb": "{name} – for medlemmer", "en": "{name} – for members"},
    "calendar.named.board": {"nb": "{name} – for styret", "en": "{name} – for the board"},
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
    "withdrawn": {"nb": "TRUKKET: {summary}", "en": "WITHDRAWN: {summary}"},
    "page.title": {"nb": "Kalender: {name}", "en": "Calendar: {name}"},
    "page.intro": {
        "nb": "Abonner på kalenderen, så holder den seg oppdatert av seg selv.",
        "en": "Subscribe to the calendar and it keeps itself up to date.",
    },
    "page.webcal": {
        "nb": "Abonner (Apple Kalender, Outlook, Thunderbird)",
        "en": "Subscribe (Apple Calendar, Outlook, Thunderbird)",
    },
    "page.https": {
        "nb": "Adresse til Google Kalender og andre",
        "en": "Address for Google Calendar and others",
    },
    "page.how": {
        "nb": "I Google Kalender: Andre kalendere, Fra nettadresse, og lim inn adressen.",
        "en": "In Google Calendar: Other calendars, From URL, and paste the address.",
    },
    "page.nb": {"nb": "På norsk", "en": "In Norwegian"},
    "page.en": {"nb": "På engelsk", "en": "In English"},
    "serve.listening": {
        "nb": "Publiserer den åpne kalenderen på {url} (Ctrl+C stopper)",
        "en": "Serving the public feed at {url} (Ctrl+C stops)",
    },
}


def word(key: str, language: Language, **params: object) -> str:
    """The calendar phrase *key* in *language*, filled in with *params*."""
    return WORDS[key][language].format(**params)


#: What the calendar says when it cannot build a feed.
ERRORS: Final[dict[str, Text]] = {
    "unknown_filter": Text(
        "there is no {kind} {value!r} in this feed",
        "{value!r} finnes ikke i denne kalenderen ({kind})",
        "use the id of one: {known}",
        "bruk id-en til et av dem: {known}",
    ),
    "history_folder": Text(
        "cannot keep the feed history in {folder}: {detail}",
        "kan ikke lagre kalenderhistorikken i {folder}: {detail}",
        "check that you may write in the dataset's folder",
        "sjekk at du har skrivetilgang til datasettets mappe",
    ),
    "no_dataset": Text(
        "the records cannot be read: the files have errors",
        "postene kan ikke leses: filene har feil",
        "run 'kssgov check' on the folder and correct what it names",
        "kjør 'kssgov check' på mappen og rett det den viser til",
    ),
    "history_unreadable": Text(
        "the feed history {path} cannot be read",
        "kalenderhistorikken {path} kan ikke leses",
        "restore it from a backup, or delete it to start over (subscribers may then miss changes once)",
        "hent den fra en sikkerhetskopi, eller slett den for å begynne på nytt "
        "(abonnenter kan da gå glipp av én endring)",
    ),
}
