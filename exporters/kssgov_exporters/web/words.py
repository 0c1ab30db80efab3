"""The words of the pages and the editor, in bokmål and English."""

from __future__ import annotations

from typing import Final

from kssgov import Language

WORDS: Final[dict[str, dict[Language, str]]] = {
    "site.home": {"nb": "Forside", "en": "Home"},
    "site.politics": {"nb": "Politikk {year}", "en": "Politics {year}"},
    "site.politics.intro": {
        "nb": "Høringer, innspill, konferanser og politisk representasjon i {year}.",
        "en": "Consultations, input, conferences and political representation in {year}.",
    },
    "site.upcoming": {"nb": "Kommende møter og frister", "en": "Upcoming meetings and deadlines"},
    "site.upcoming.none": {
        "nb": "Ingen kommende møter eller frister.",
        "en": "No upcoming meetings or deadlines.",
    },
    "site.deadline": {"nb": "Høringsfrist: {title}", "en": "Consultation deadline: {title}"},
    "site.calendar": {"nb": "Abonner på kalenderen", "en": "Subscribe to the calendar"},
    "site.years": {"nb": "Andre år", "en": "Other years"},
    "site.language": {"nb": "In English", "en": "På norsk"},
    "site.filter": {"nb": "Avgrens listen", "en": "Narrow the list"},
    "site.filter.kind": {"nb": "Type", "en": "Kind"},
    "site.filter.alliance": {"nb": "Allianse eller nettverk", "en": "Alliance or network"},
    "site.filter.any": {"nb": "Alle", "en": "All"},
    "site.filter.search": {"nb": "Søk i hvor og tema", "en": "Search place and topic"},
    "site.filter.from": {"nb": "Fra dato", "en": "From"},
    "site.filter.to": {"nb": "Til dato", "en": "To"},
    "site.filter.apply": {"nb": "Vis", "en": "Show"},
    "site.filter.clear": {"nb": "Vis alt", "en": "Show all"},
    "site.shown": {"nb": "Viser {shown} av {total} rader.", "en": "Showing {shown} of {total} rows."},
    "site.date": {"nb": "Dato", "en": "Date"},
    "site.where": {"nb": "Hvor", "en": "Where"},
    "site.topic": {"nb": "Tema", "en": "Topic"},
    "site.consultation": {"nb": "Høringen", "en": "The consultation"},
    "site.response": {"nb": "Vårt svar", "en": "Our response"},
    "site.cancelled": {"nb": "Avlyst", "en": "Cancelled"},
    "site.bad_date": {
        "nb": "«{value}» er ikke en dato; bruk for eksempel 6.1.2023.",
        "en": "'{value}' is not a date; write for instance 6.1.2023.",
    },
    "site.audience.members": {"nb": "For medlemmer", "en": "For members"},
    "site.audience.board": {"nb": "For styret", "en": "For the board"},
}


def word(key: str, language: Language, **params: object) -> str:
    """The page phrase *key* in *language*, filled in with *params*."""
    return WORDS[key][language].format(**params)
