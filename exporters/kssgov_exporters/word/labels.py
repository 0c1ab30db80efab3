"""The words the report sections are written in: bokmål and English."""

from __future__ import annotations

from typing import Final

from kssgov import BodyKind, Language, OperatingForm, Role

LABELS: Final[dict[str, dict[Language, str]]] = {
    "politics.heading": {
        "nb": "Høringer, innspill, konferanser og politisk representasjon",
        "en": "Consultations, input, conferences and political representation",
    },
    "politics.date": {"nb": "Dato", "en": "Date"},
    "politics.where": {"nb": "Hvor", "en": "Where"},
    "politics.topic": {"nb": "Tema", "en": "Topic"},
    "alliances.heading": {"nb": "Utvalg, allianser og nettverk", "en": "Committees, alliances and networks"},
    "alliances.name": {"nb": "Navn", "en": "Name"},
    "alliances.participants": {"nb": "Øvrige deltakere", "en": "Other participants"},
    "alliances.partners": {"nb": "Partnere", "en": "Partners"},
    "alliances.funder": {"nb": "Tilskuddsyter", "en": "Funder"},
    "alliances.meetings": {"nb": "Antall møter", "en": "Meetings"},
    "alliances.none": {"nb": "Ingen", "en": "None"},
    "members.heading": {"nb": "Medlemmer i {organisation} {year}", "en": "Members of {organisation} {year}"},
    "members.name": {"nb": "Navn", "en": "Name"},
    "members.form": {"nb": "Driftsform", "en": "Operating form"},
    "members.region": {"nb": "Region", "en": "Region"},
    "members.leader": {"nb": "Daglig leder", "en": "Director"},
    "members.contact": {"nb": "Kontakt", "en": "Contact"},
    "projects.heading": {
        "nb": "Prosjekter og tiltak i {organisation}",
        "en": "Projects and programmes of {organisation}",
    },
    "projects.summary": {
        "nb": "{organisation} har i perioden administrert {projects} og {programmes}.",
        "en": "In the period {organisation} administered {projects} and {programmes}.",
    },
    "projects.projects": {"nb": "Prosjekter", "en": "Projects"},
    "projects.programmes": {"nb": "Tiltak", "en": "Programmes"},
    "projects.name": {"nb": "Navn", "en": "Name"},
    "projects.partner": {"nb": "Samarbeidspartner", "en": "Partner"},
    "projects.funder": {"nb": "Tilskuddsyter", "en": "Funder"},
    "projects.amount": {"nb": "Tilskuddsstørrelse", "en": "Grant"},
    "projects.years": {"nb": "for {years}", "en": "for {years}"},
    "awards.heading": {"nb": "Priser", "en": "Awards"},
    "awards.title": {
        "nb": "{recipient} fikk {prize} {year}",
        "en": "{recipient} received {prize} {year}",
    },
    "awards.given": {
        "nb": "{prize} {year} ble tildelt {recipient}",
        "en": "The {prize} {year} was awarded to {recipient}",
    },
    "awards.at": {"nb": "under {place}", "en": "at {place}"},
    "awards.gifts": {"nb": "{recipient} mottok {gifts}.", "en": "{recipient} received {gifts}."},
    "bodies.heading": {"nb": "Organisasjon", "en": "Organisation"},
    "bodies.agm": {
        "nb": "Årsmøtet {year} ble holdt {date}{place}.",
        "en": "The annual meeting {year} was held {date}{place}.",
    },
    "bodies.agm.place": {"nb": " på {place}", "en": " at {place}"},
    "bodies.members": {"nb": "{body} {year}", "en": "{body} {year}"},
    "bodies.board_members": {"nb": "Styremedlemmer {year}", "en": "Board members {year}"},
    "bodies.region": {"nb": "Region {region}", "en": "Region {region}"},
    "bodies.employees": {"nb": "Ansattrepresentant", "en": "Employee representative"},
    "bodies.deputy": {"nb": "Vara", "en": "Deputy"},
    "bodies.secretary": {"nb": "Sekretær", "en": "Secretary"},
    "bodies.until_agm": {"nb": "fram til årsmøtet i {year}", "en": "until the annual meeting of {year}"},
    "bodies.from_agm": {"nb": "fra årsmøtet {year}", "en": "from the annual meeting of {year}"},
    "bodies.until_date": {"nb": "fram til {date}", "en": "until {date}"},
    "bodies.from_date": {"nb": "fra {date}", "en": "from {date}"},
    "bodies.figures": {
        "nb": "{body} hadde {meetings} og behandlet {cases} i {year}.",
        "en": "In {year} the {body} held {meetings} and dealt with {cases}.",
    },
    "bodies.meetings_only": {
        "nb": "{body} hadde {meetings} i {year}.",
        "en": "In {year} the {body} held {meetings}.",
    },
    "bodies.elections": {"nb": "Valg på årsmøtet {year}", "en": "Elections at the annual meeting {year}"},
    "bodies.election.body": {"nb": "Organ", "en": "Body"},
    "bodies.election.proposed": {"nb": "Valgkomiteens innstilling", "en": "Nomination committee's proposal"},
    "bodies.election.elected": {"nb": "Valgt", "en": "Elected"},
    "bodies.election.unrecorded": {"nb": "Ikke registrert", "en": "Not recorded"},
    "and": {"nb": "og", "en": "and"},
    "currency": {"nb": "Kr", "en": "NOK"},
}

_COUNTED: Final[dict[str, dict[Language, tuple[str, str]]]] = {
    "meeting": {"nb": ("møte", "møter"), "en": ("meeting", "meetings")},
    "case": {"nb": ("sak", "saker"), "en": ("case", "cases")},
    "project": {"nb": ("prosjekt", "prosjekter"), "en": ("project", "projects")},
    "programme": {"nb": ("tiltak", "tiltak"), "en": ("programme", "programmes")},
    "member": {"nb": ("medlem", "medlemmer"), "en": ("member", "members")},
}

OPERATING_FORMS: Final[dict[OperatingForm, dict[Language, str]]] = {
    OperatingForm.MUNICIPAL: {"nb": "Kommunalt", "en": "Municipal"},
    OperatingForm.INTER_MUNICIPAL: {"nb": "Interkommunalt selskap", "en": "Inter-municipal company"},
    OperatingForm.FOUNDATION: {"nb": "Stiftelse", "en": "Foundation"},
    OperatingForm.NON_PROFIT: {"nb": "Ideell organisasjon", "en": "Non-profit organisation"},
    OperatingForm.OTHER: {"nb": "Annet", "en": "Other"},
}

_OFFICES: Final[dict[tuple[Role, bool], dict[Language, str]]] = {
    (Role.CHAIR, True): {"nb": "styreleder", "en": "chair"},
    (Role.DEPUTY_CHAIR, True): {"nb": "nestleder", "en": "deputy chair"},
    (Role.CHAIR, False): {"nb": "leder", "en": "chair"},
    (Role.DEPUTY_CHAIR, False): {"nb": "nestleder", "en": "deputy chair"},
}


def label(key: str, language: Language, **params: object) -> str:
    return LABELS[key][language].format(**params)


def counted(word: str, number: int, language: Language) -> str:
    """``6 møter``, ``1 sak``, ``2 tiltak``."""
    singular, plural = _COUNTED[word][language]
    return f"{number} {singular if number == 1 else plural}"


def office(role: Role, body_kind: BodyKind, language: Language) -> str:
    return _OFFICES[(role, body_kind is BodyKind.BOARD)][language]


def join(items: list[str], language: Language) -> str:
    """``a, b og c`` / ``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {label('and', language)} {items[-1]}"


def kroner(amount: int, language: Language) -> str:
    """``Kr 2 783 973`` with non-breaking spaces, so the amount never wraps."""
    grouped = f"{amount:,}".replace(",", "\u00a0")
    return f"{label('currency', language)}\u00a0{grouped}"
