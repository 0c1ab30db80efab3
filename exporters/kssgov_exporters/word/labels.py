"""The words the report's sections and the signature sheet are written in: the English here, bokmål
and nynorsk in this package's catalogue (``locale/*/LC_MESSAGES/kssgov_exporters.word.po``).

Vocabulary labels, nouns with their plurals, numbers in words and lists
joined with "og" come from :mod:`kssgov.messages`; what is here belongs to
the documents alone. The bokmål follows the seed, the 2023 annual report of
Krisesentersekretariatet.
"""

from __future__ import annotations

from typing import Final

from kssgov import BodyKind, Language, Role
from kssgov.messages import counted, number, text
from kssgov.translations import Text, catalogue

#: The gettext domain of the Word exporters' words.
DOMAIN: Final = "kssgov_exporters.word"

LABELS: Final = catalogue(
    DOMAIN,
    {
        "report.title": Text("Annual report {year}"),
        # --- the notes of a table's rows, printed under it
        "table.notes": Text("Notes to the table:"),
        "table.note": Text("{row}: {note}"),
        # --- politics
        "politics.heading": Text("Politics"),
        "politics.table": Text("Consultations, input, conferences and political representation"),
        "politics.date": Text("Date"),
        "politics.where": Text("Where"),
        "politics.topic": Text("Topic"),
        # --- communication
        "communication.heading": Text("Information and outreach"),
        "communication.media": Text("{organisation} in the media"),
        "communication.hits.media": Text("Hits in all"),
        "communication.hits.online_media": Text("Hits online"),
        "communication.hits.print_media": Text("Hits in print"),
        "communication.selection": Text("A small selection of the year's stories:"),
        "communication.social": Text("Social media"),
        "communication.figures_from": Text("Figures from {channel}:"),
        "communication.website": Text("The website"),
        "communication.other": Text("Other figures"),
        "communication.newsletters": Text("Newsletters"),
        "communication.newsletters_sent": Text("{count} were sent to the members in {year}."),
        "figure.previous": Text("{year}: {value}"),
        "figure.change": Text("{change}% from {year}"),
        # --- alliances
        "alliances.heading": Text("Committees, alliances and networks"),
        "alliances.groups": Text("Reference groups"),
        "alliances.alliances": Text("Alliances"),
        "alliances.name": Text("Name"),
        "alliances.participants": Text("Other participants"),
        "alliances.partners": Text("Partners"),
        "alliances.funder": Text("Funder"),
        "alliances.meetings": Text("Meetings"),
        "alliances.none": Text("None"),
        # --- projects and programmes
        "projects.heading": Text("Projects and programmes of {organisation}"),
        "projects.summary": Text("In the period {organisation} administered {projects} and {programmes}."),
        "projects.projects": Text("Projects"),
        "projects.programmes": Text("Programmes"),
        "projects.name": Text("Name"),
        "projects.partner": Text("Partner"),
        "projects.funder": Text("Funder"),
        "projects.amount": Text("Grant"),
        "projects.years": Text("for {years}"),
        "projects.applied": Text("Applied for NOK {applied}."),
        "projects.applied_granted": Text("Applied for NOK {applied}, granted NOK {granted}."),
        "projects.staff": Text("Staff"),
        "projects.finances": Text("Finances"),
        "projects.grant": Text("Grant for {year}: NOK {amount}"),
        "projects.enquiries": Text("In {year} {unit} received {total} in all"),
        "projects.enquiries_by": Text("{count} by {channel}"),
        # --- the organisation
        "bodies.heading": Text("Organisation"),
        "bodies.agm.heading": Text("The annual meeting {year}"),
        "bodies.agm": Text("The annual meeting {year} was held {date}{place}."),
        "bodies.agm.place": Text(" at {place}"),
        "bodies.agm.cancelled": Text("The annual meeting {year} was cancelled."),
        "bodies.members": Text("Members of {body} {year}"),
        "bodies.board_members": Text("Board members {year}"),
        "bodies.tasks": Text("Some of its tasks:"),
        "bodies.region": Text("Region {region}"),
        "bodies.no_region": Text("No region"),
        "bodies.employees": Text("Employee representative"),
        "bodies.deputy": Text("Deputy"),
        "bodies.secretary": Text("Secretary"),
        "bodies.until_agm": Text("until the annual meeting of {year}"),
        "bodies.from_agm": Text("from the annual meeting of {year}"),
        "bodies.until_date": Text("until {date}"),
        "bodies.from_date": Text("from {date}"),
        "bodies.figures": Text("{body} held {meetings} and dealt with {cases} in {year}."),
        "bodies.meetings_only": Text("{body} held {meetings} in {year}."),
        "bodies.elections": Text("Elections at the annual meeting {year}"),
        "bodies.election.body": Text("Body"),
        "bodies.election.proposed": Text("Nomination committee's proposal"),
        "bodies.election.elected": Text("Elected"),
        "bodies.election.deputy": Text("{person} (deputy)"),
        "bodies.election.noted": Text("{body}: {note}"),
        # --- awards
        "awards.heading": Text("Awards"),
        "awards.title": Text("{recipient} received the {prize} {year}"),
        "awards.given": Text("The {prize} {year} was awarded to {recipient}"),
        "awards.at": Text("at {place}"),
        "awards.gifts": Text("{recipient} received {gifts}."),
        # --- members
        "members.heading": Text("Members of {organisation} {year}"),
        "members.summary": Text("The organisation had {members} in the period"),
        "members.summary.of": Text("{head}, of which {forms}."),
        "members.summary.public": Text("{count} is municipal or inter-municipal"),
        "members.summary.publics": Text("{count} are municipal or inter-municipal"),
        "members.summary.non_profit": Text("{count} is a non-profit"),
        "members.summary.non_profits": Text("{count} are non-profits"),
        "members.summary.foundation": Text("{count} is a foundation"),
        "members.summary.foundations": Text("{count} are foundations"),
        "members.summary.other": Text("{count} has another operating form"),
        "members.summary.others": Text("{count} have another operating form"),
        "members.name": Text("Name"),
        "members.form": Text("Operating form"),
        "members.region": Text("Region"),
        "members.leader": Text("Director"),
        "members.contact": Text("Contact"),
        # --- the secretariat
        "secretariat.heading": Text("Secretariat"),
        "secretariat.staff": Text("Staff"),
        "secretariat.finances": Text("Finances"),
        "secretariat.result": Text("The organisation's result for {year} is NOK {amount}."),
        "secretariat.minus": Text("minus {amount}"),
        "secretariat.auditor.heading": Text("Auditor"),
        "secretariat.auditor": Text("{organisation}'s auditor is {auditor}."),
        "secretariat.accountant.heading": Text("Accountants"),
        "secretariat.accountant": Text("{organisation}'s accounts are kept by {accountant}."),
        "secretariat.contact": Text("The contact person is {person}."),
        # --- staff
        "staff.temporary": Text("temporary {title}"),
        "staff.from": Text("from {date}"),
        "staff.until": Text("until {date}"),
        "staff.between": Text("{start} - {end}"),
        # --- money
        "currency": Text("NOK"),
        # --- the signature sheet
        "signatures.heading": Text("Signatures of the board"),
        "signatures.signed": Text("{name} (signed)"),
        "signatures.chair": Text("Chair"),
        "signatures.deputy_chair": Text("Deputy chair"),
        "signatures.representative": Text("representative of region {region}"),
        "signatures.board_representative": Text("board representative of region {region}"),
        "signatures.member": Text("board member"),
        "signatures.employee": Text("Employee representative"),
        "office.chair.board": Text("chair"),
        "office.deputy_chair.board": Text("deputy chair"),
        "office.chair": Text("chair"),
        "office.deputy_chair": Text("deputy chair"),
    },
)


def label(key: str, language: Language, **params: object) -> str:
    """The document phrase *key* in *language*, filled in with *params*."""
    return text(LABELS[key], language, **params)


def office(role: Role, body_kind: BodyKind, language: Language) -> str:
    """``styreleder`` for the board's chair, ``leder`` for another body's."""
    return label(f"office.{role.value}" + (".board" if body_kind is BodyKind.BOARD else ""), language)


def grouped(amount: int) -> str:
    """``2 783 973`` with non-breaking spaces between groups of three, so the number never wraps."""
    return f"{amount:,}".replace(",", "\u00a0")


def kroner(amount: int, language: Language) -> str:
    """``Kr 2 783 973`` with non-breaking spaces, so the amount never wraps."""
    return f"{label('currency', language)}\u00a0{grouped(amount)}"


def figure(value: int) -> str:
    """A count as the report prints it: ``7256``, but ``132 300`` from five digits on."""
    return grouped(value) if abs(value) >= 10_000 else str(value)


def count(noun: str, value: int, language: Language) -> str:
    """A count of things by the report's one rule: in words up to twelve, in digits above.

    ``seks møter``, ``ett møte``, ``sju prosjekter og to tiltak``; ``51 saker``,
    ``132 300 henvendelser`` (digits grouped as :func:`figure` groups them).
    """
    said = counted(noun, value, language, in_words=True)
    return said if 0 <= value <= 12 else said.replace(str(value), figure(value), 1)


def part(value: int, total: int, language: Language) -> str:
    """A part of a total, written as its total is: ``fem`` of ``åtte``, but ``5`` of ``20``."""
    return number(value, language) if 0 <= total <= 12 else figure(value)


#: What the Word exporters say when they cannot write a document.
ERRORS: Final = catalogue(
    DOMAIN,
    {
        "not_docx": Text(
            "{path} cannot be read as a Word document (.docx)",
            "open it in Word or LibreOffice and save it as .docx",
        ),
        "fill_not_docx": Text(
            "the document to fill cannot be read as a Word document (.docx)",
            "open it in Word or LibreOffice and save it as .docx",
        ),
        "no_markers": Text(
            "the document has no marker paragraphs such as {{{{kssgov:politics}}}}",
            "write a marker on a line of its own where a section belongs",
        ),
        "markers_misplaced": Text(
            "a marker cannot be filled where it stands: {places}",
            "give each marker a paragraph of its own in the body of the document",
        ),
        "in_sentence": Text("{marker} inside the text of paragraph {number}"),
        "in_table": Text("{marker} in table {number}, row {row}"),
        "in_header": Text("{marker} in a header or footer of section {number}"),
        "marker_option": Text(
            "{marker} asks for {option!r}, which is not an option",
            "options are 'uten overskrift' (or 'no heading') and 'nivå 1-3' (or 'level 1-3')",
        ),
        "unknown_markers": Text("unknown marker(s): {names}", "known sections are: {known}"),
        "no_board": Text("the dataset has no board", 'add a [[body]] with kind = "board"'),
        "no_chair": Text("{board} has no chair on {day}", 'add a term with role = "chair" covering that day'),
        "too_few": Text(
            "{board} has {held} on {day} but {seats}", "check the terms that end or start around that day"
        ),
        "unrecorded_meeting": Text(
            "the terms of {people} end at the annual meeting of {year}, which is not recorded,"
            " so it is not known whether they sign on {day}",
            "give the meeting's date, held or planned, in an [[agm]] record",
        ),
    },
)
