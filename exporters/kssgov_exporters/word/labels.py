"""The words the report's sections and the signature sheet are written in: bokmål and English.

Vocabulary labels, nouns with their plurals, numbers in words and lists
joined with "og" come from :mod:`kssgov.messages`; what is here belongs to
the documents alone. The bokmål follows the seed, the 2023 annual report of
Krisesentersekretariatet.
"""

from __future__ import annotations

from typing import Final

from kssgov import BodyKind, Language, Role
from kssgov.messages import Text

LABELS: Final[dict[str, dict[Language, str]]] = {
    "report.title": {"nb": "Årsmelding {year}", "en": "Annual report {year}"},
    # --- politics
    "politics.heading": {"nb": "Politikk", "en": "Politics"},
    "politics.table": {
        "nb": "Høringer, innspill, konferanser og politisk representasjon",
        "en": "Consultations, input, conferences and political representation",
    },
    "politics.date": {"nb": "Dato", "en": "Date"},
    "politics.where": {"nb": "Hvor", "en": "Where"},
    "politics.topic": {"nb": "Tema", "en": "Topic"},
    # --- communication
    "communication.heading": {
        "nb": "Informasjonsarbeid og utadrettet arbeid",
        "en": "Information and outreach",
    },
    "communication.media": {"nb": "{organisation} i media", "en": "{organisation} in the media"},
    "communication.hits.media": {"nb": "Totalt antall treff", "en": "Hits in all"},
    "communication.hits.online_media": {"nb": "Treff i nettaviser/nettsteder", "en": "Hits online"},
    "communication.hits.print_media": {"nb": "Treff i papiraviser", "en": "Hits in print"},
    "communication.selection": {
        "nb": "Her er et lite utvalg av årets medieoppslag:",
        "en": "A small selection of the year's stories:",
    },
    "communication.social": {"nb": "Sosiale medier", "en": "Social media"},
    "communication.figures_from": {"nb": "Tall fra {channel}:", "en": "Figures from {channel}:"},
    "communication.website": {"nb": "Nettsiden", "en": "The website"},
    "communication.other": {"nb": "Andre tall", "en": "Other figures"},
    "communication.newsletters": {"nb": "Nyhetsbrev", "en": "Newsletters"},
    "communication.newsletters_sent": {
        "nb": "Det har blitt sendt ut {count} til medlemmene i løpet av {year}.",
        "en": "{count} were sent to the members in {year}.",
    },
    "figure.previous": {"nb": "{year}: {value}", "en": "{year}: {value}"},
    "figure.change": {"nb": "{change}% fra {year}", "en": "{change}% from {year}"},
    # --- alliances
    "alliances.heading": {"nb": "Utvalg, allianser og nettverk", "en": "Committees, alliances and networks"},
    "alliances.groups": {"nb": "Referansegrupper", "en": "Reference groups"},
    "alliances.alliances": {"nb": "Allianser", "en": "Alliances"},
    "alliances.name": {"nb": "Navn", "en": "Name"},
    "alliances.participants": {"nb": "Øvrige deltakere", "en": "Other participants"},
    "alliances.partners": {"nb": "Partnere", "en": "Partners"},
    "alliances.funder": {"nb": "Tilskuddsyter", "en": "Funder"},
    "alliances.meetings": {"nb": "Antall møter", "en": "Meetings"},
    "alliances.none": {"nb": "Ingen", "en": "None"},
    # --- projects and programmes
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
    "projects.staff": {"nb": "Ansatte:", "en": "Staff:"},
    "projects.finances": {"nb": "Økonomi", "en": "Finances"},
    "projects.grant": {"nb": "Tilskudd i {year}: {amount} kroner", "en": "Grant for {year}: NOK {amount}"},
    "projects.enquiries": {
        "nb": "I {year} mottok {unit} totalt {total}",
        "en": "In {year} {unit} received {total} in all",
    },
    "projects.enquiries_by": {"nb": "{count} via {channel}", "en": "{count} by {channel}"},
    # --- the organisation
    "bodies.heading": {"nb": "Organisasjon", "en": "Organisation"},
    "bodies.agm.heading": {"nb": "Årsmøtet {year}", "en": "The annual meeting {year}"},
    "bodies.agm": {
        "nb": "Årsmøtet {year} ble holdt {date}{place}.",
        "en": "The annual meeting {year} was held {date}{place}.",
    },
    "bodies.agm.place": {"nb": " på {place}", "en": " at {place}"},
    "bodies.agm.cancelled": {
        "nb": "Årsmøtet {year} ble avlyst.",
        "en": "The annual meeting {year} was cancelled.",
    },
    "bodies.members": {"nb": "{body}s medlemmer {year}", "en": "Members of {body} {year}"},
    "bodies.board_members": {"nb": "Styremedlemmer {year}", "en": "Board members {year}"},
    "bodies.tasks": {"nb": "Noen av oppgavene er:", "en": "Some of its tasks:"},
    "bodies.region": {"nb": "Region {region}", "en": "Region {region}"},
    "bodies.no_region": {"nb": "Uten region", "en": "No region"},
    "bodies.employees": {"nb": "Ansattrepresentant", "en": "Employee representative"},
    "bodies.deputy": {"nb": "Vara", "en": "Deputy"},
    "bodies.secretary": {"nb": "Sekretær", "en": "Secretary"},
    "bodies.until_agm": {"nb": "fram til årsmøtet i {year}", "en": "until the annual meeting of {year}"},
    "bodies.from_agm": {"nb": "fra årsmøtet {year}", "en": "from the annual meeting of {year}"},
    "bodies.until_date": {"nb": "fram til {date}", "en": "until {date}"},
    "bodies.from_date": {"nb": "fra {date}", "en": "from {date}"},
    "bodies.figures": {
        "nb": "{body} hadde {meetings} og behandlet {cases} i {year}.",
        "en": "{body} held {meetings} and dealt with {cases} in {year}.",
    },
    "bodies.meetings_only": {
        "nb": "{body} hadde {meetings} i {year}.",
        "en": "{body} held {meetings} in {year}.",
    },
    "bodies.elections": {"nb": "Valg på årsmøtet {year}", "en": "Elections at the annual meeting {year}"},
    "bodies.election.body": {"nb": "Organ", "en": "Body"},
    "bodies.election.proposed": {"nb": "Valgkomiteens innstilling", "en": "Nomination committee's proposal"},
    "bodies.election.elected": {"nb": "Valgt", "en": "Elected"},
    "bodies.election.deputy": {"nb": "{person} (vara)", "en": "{person} (deputy)"},
    "bodies.election.note": {"nb": "Merknad", "en": "Note"},
    # --- awards
    "awards.heading": {"nb": "Priser", "en": "Awards"},
    "awards.title": {
        "nb": "{recipient} fikk {prize} {year}",
        "en": "{recipient} received the {prize} {year}",
    },
    "awards.given": {
        "nb": "{prize} {year} ble tildelt {recipient}",
        "en": "The {prize} {year} was awarded to {recipient}",
    },
    "awards.at": {"nb": "under {place}", "en": "at {place}"},
    "awards.gifts": {"nb": "{recipient} mottok {gifts}.", "en": "{recipient} received {gifts}."},
    # --- members
    "members.heading": {"nb": "Medlemmer i {organisation} {year}", "en": "Members of {organisation} {year}"},
    "members.summary": {
        "nb": "Organisasjonen hadde {members} i perioden",
        "en": "The organisation had {members} in the period",
    },
    "members.summary.of": {"nb": "{head}, hvorav {forms}.", "en": "{head}, of which {forms}."},
    "members.summary.public": {
        "nb": "{count} er kommunal/IKS",
        "en": "{count} is municipal or inter-municipal",
    },
    "members.summary.publics": {
        "nb": "{count} er kommunale/IKS",
        "en": "{count} are municipal or inter-municipal",
    },
    "members.summary.non_profit": {
        "nb": "{count} er en ideell organisasjon",
        "en": "{count} is a non-profit",
    },
    "members.summary.non_profits": {
        "nb": "{count} er ideelle organisasjoner",
        "en": "{count} are non-profits",
    },
    "members.summary.foundation": {"nb": "{count} er en stiftelse", "en": "{count} is a foundation"},
    "members.summary.foundations": {"nb": "{count} er stiftelser", "en": "{count} are foundations"},
    "members.summary.other": {
        "nb": "{count} har annen driftsform",
        "en": "{count} has another operating form",
    },
    "members.summary.others": {
        "nb": "{count} har annen driftsform",
        "en": "{count} have another operating form",
    },
    "members.name": {"nb": "Navn", "en": "Name"},
    "members.form": {"nb": "Driftsform", "en": "Operating form"},
    "members.region": {"nb": "Region", "en": "Region"},
    "members.leader": {"nb": "Daglig leder", "en": "Director"},
    "members.contact": {"nb": "Kontakt", "en": "Contact"},
    # --- the secretariat
    "secretariat.heading": {"nb": "Sekretariat", "en": "Secretariat"},
    "secretariat.staff": {"nb": "Ansatte", "en": "Staff"},
    "secretariat.finances": {"nb": "Økonomi", "en": "Finances"},
    "secretariat.result": {
        "nb": "Organisasjonens resultat for {year} er på {amount} kroner.",
        "en": "The organisation's result for {year} is NOK {amount}.",
    },
    "secretariat.minus": {"nb": "minus {amount}", "en": "minus {amount}"},
    "secretariat.auditor.heading": {"nb": "Revisor", "en": "Auditor"},
    "secretariat.auditor": {
        "nb": "Revisor for {organisation} er {auditor}.",
        "en": "{organisation}'s auditor is {auditor}.",
    },
    "secretariat.accountant.heading": {"nb": "Regnskapsførere", "en": "Accountants"},
    "secretariat.accountant": {
        "nb": "Regnskapsførere for {organisation} er {accountant}.",
        "en": "{organisation}'s accounts are kept by {accountant}.",
    },
    "secretariat.contact": {"nb": "Kontaktperson er {person}.", "en": "The contact person is {person}."},
    # --- staff
    "staff.temporary": {"nb": "vikarierende {title}", "en": "temporary {title}"},
    "staff.from": {"nb": "fra {date}", "en": "from {date}"},
    "staff.until": {"nb": "til {date}", "en": "until {date}"},
    "staff.between": {"nb": "{start} - {end}", "en": "{start} - {end}"},
    # --- money
    "currency": {"nb": "Kr", "en": "NOK"},
    # --- the signature sheet
    "signatures.heading": {"nb": "Styrets signatur", "en": "Signatures of the board"},
    "signatures.signed": {"nb": "{name}, sign.", "en": "{name} (signed)"},
    "signatures.chair": {"nb": "Styreleder", "en": "Chair"},
    "signatures.deputy_chair": {"nb": "Nestleder", "en": "Deputy chair"},
    "signatures.representative": {
        "nb": "representant region {region}",
        "en": "representative of region {region}",
    },
    "signatures.board_representative": {
        "nb": "styrerepresentant region {region}",
        "en": "board representative of region {region}",
    },
    "signatures.member": {"nb": "styremedlem", "en": "board member"},
    "signatures.employee": {"nb": "Ansattrepresentant", "en": "Employee representative"},
}

_OFFICES: Final[dict[tuple[Role, bool], dict[Language, str]]] = {
    (Role.CHAIR, True): {"nb": "styreleder", "en": "chair"},
    (Role.DEPUTY_CHAIR, True): {"nb": "nestleder", "en": "deputy chair"},
    (Role.CHAIR, False): {"nb": "leder", "en": "chair"},
    (Role.DEPUTY_CHAIR, False): {"nb": "nestleder", "en": "deputy chair"},
}


def label(key: str, language: Language, **params: object) -> str:
    """The document phrase *key* in *language*, filled in with *params*."""
    return LABELS[key][language].format(**params)


def office(role: Role, body_kind: BodyKind, language: Language) -> str:
    """``styreleder`` for the board's chair, ``leder`` for another body's."""
    return _OFFICES[(role, body_kind is BodyKind.BOARD)][language]


def grouped(amount: int) -> str:
    """``2 783 973`` with non-breaking spaces between groups of three, so the number never wraps."""
    return f"{amount:,}".replace(",", "\u00a0")


def kroner(amount: int, language: Language) -> str:
    """``Kr 2 783 973`` with non-breaking spaces, so the amount never wraps."""
    return f"{label('currency', language)}\u00a0{grouped(amount)}"


def figure(value: int) -> str:
    """A count as the report prints it: ``7256``, but ``132 300`` from five digits on."""
    return grouped(value) if abs(value) >= 10_000 else str(value)


#: What the Word exporters say when they cannot write a document.
ERRORS: Final[dict[str, Text]] = {
    "not_docx": Text(
        "{path} cannot be read as a Word document (.docx)",
        "{path} kan ikke leses som et Word-dokument (.docx)",
        "open it in Word or LibreOffice and save it as .docx",
        "åpne den i Word eller LibreOffice og lagre den som .docx",
    ),
    "fill_not_docx": Text(
        "the document to fill cannot be read as a Word document (.docx)",
        "dokumentet som skal fylles, kan ikke leses som et Word-dokument (.docx)",
        "open it in Word or LibreOffice and save it as .docx",
        "åpne det i Word eller LibreOffice og lagre det som .docx",
    ),
    "no_markers": Text(
        "the document has no marker paragraphs such as {{{{kssgov:politics}}}}",
        "dokumentet har ingen markøravsnitt som {{{{kssgov:politics}}}}",
        "write a marker on a line of its own where a section belongs",
        "skriv en markør på en egen linje der en del skal stå",
    ),
    "markers_misplaced": Text(
        "a marker cannot be filled where it stands: {places}",
        "en markør kan ikke fylles der den står: {places}",
        "give each marker a paragraph of its own in the body of the document",
        "gi hver markør et eget avsnitt i selve dokumentet",
    ),
    "in_sentence": Text(
        "{marker} inside the text of paragraph {number}",
        "{marker} inne i teksten i avsnitt {number}",
    ),
    "in_table": Text("{marker} in table {number}, row {row}", "{marker} i tabell {number}, rad {row}"),
    "in_header": Text(
        "{marker} in a header or footer of section {number}",
        "{marker} i en topp- eller bunntekst i inndeling {number}",
    ),
    "marker_option": Text(
        "{marker} asks for {option!r}, which is not an option",
        "{marker} ber om {option!r}, som ikke er et valg",
        "options are 'uten overskrift' (or 'no heading') and 'nivå 1-3' (or 'level 1-3')",
        "valgene er 'uten overskrift' (eller 'no heading') og 'nivå 1-3' (eller 'level 1-3')",
    ),
    "unknown_markers": Text(
        "unknown marker(s): {names}",
        "ukjente markører: {names}",
        "known sections are: {known}",
        "kjente deler er: {known}",
    ),
    "no_board": Text(
        "the dataset has no board",
        "datasettet har ikke noe styre",
        'add a [[body]] with kind = "board"',
        'legg til en [[body]] med kind = "board"',
    ),
    "no_chair": Text(
        "{board} has no chair on {day}",
        "{board} har ingen leder {day}",
        'add a term with role = "chair" covering that day',
        'legg til en funksjonstid med role = "chair" som dekker den dagen',
    ),
    "too_few": Text(
        "{board} has {held} on {day} but {seats}",
        "{board} har {held} {day}, men {seats}",
        "check the terms that end or start around that day",
        "sjekk funksjonstidene som slutter eller begynner rundt den dagen",
    ),
}
