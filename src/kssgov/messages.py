"""Every sentence the library says to a person, in English and Norwegian bokmål.

Problems and errors carry a message *code* and parameters rather than a
finished sentence, so that the CLI can show them in the reader's language.
"""

from __future__ import annotations

from typing import Final, Literal

Language = Literal["nb", "en"]
LANGUAGES: Final = ("nb", "en")


class Text:
    """A message and the hint that tells the reader what to do, in both languages."""

    __slots__ = ("en", "en_hint", "nb", "nb_hint")

    def __init__(self, en: str, en_hint: str, nb: str, nb_hint: str) -> None:
        self.en, self.en_hint, self.nb, self.nb_hint = en, en_hint, nb, nb_hint


CATALOG: Final[dict[str, Text]] = {
    # --- values -----------------------------------------------------------
    "date.unreadable": Text(
        "{value!r} is not a date or date range",
        "write a date as 6.1.2023 or 2023-01-06, a range as 7.-8.2.2023, 30.1.-2.2.2023 "
        "or 30.12.2023-2.1.2024, a time as 7.2.2023 kl. 10.00-12.00",
        "{value!r} er ikke en dato eller et datoområde",
        "skriv en dato som 6.1.2023 eller 2023-01-06, et område som 7.-8.2.2023, "
        "30.1.-2.2.2023 eller 30.12.2023-2.1.2024, et klokkeslett som 7.2.2023 kl. 10.00-12.00",
    ),
    "date.impossible": Text(
        "{value!r} is not a real date ({reason})",
        "check the day and month against a calendar",
        "{value!r} er ikke en virkelig dato ({reason})",
        "sjekk dag og måned mot en kalender",
    ),
    "date.end_before_start": Text(
        "the span {value!r} ends before it starts",
        "put the earlier date first",
        "perioden {value!r} slutter før den begynner",
        "sett den tidligste datoen først",
    ),
    "date.times_incomplete": Text(
        "a timed span needs both a start time and an end time",
        "give both times, or leave both out for an all-day record",
        "et tidsrom med klokkeslett trenger både start- og sluttid",
        "oppgi begge klokkeslettene, eller ingen for en heldagsoppføring",
    ),
    "date.timezone_unknown": Text(
        "{value!r} is not a known time zone",
        "use an IANA time zone name such as Europe/Oslo",
        "{value!r} er ikke en kjent tidssone",
        "bruk et IANA-tidssonenavn som Europe/Oslo",
    ),
    "date.not_a_date": Text(
        "{value!r} is not a date",
        'write a date as 2023-04-26 (without quotes) or as the text "26.4.2023"',
        "{value!r} er ikke en dato",
        'skriv en dato som 2023-04-26 (uten anførselstegn) eller som teksten "26.4.2023"',
    ),
    "text.control_character": Text(
        "the text contains the control character {char}",
        "remove it; only line breaks and tabs are allowed in text",
        "teksten inneholder kontrolltegnet {char}",
        "fjern det; bare linjeskift og tabulator er tillatt i tekst",
    ),
    "text.empty": Text(
        "the text is empty",
        "write a value or leave the field out",
        "teksten er tom",
        "skriv en verdi eller utelat feltet",
    ),
    "id.malformed": Text(
        "{value!r} is not a usable id",
        "use lower-case letters, digits and - . _ only, starting with a letter or digit",
        "{value!r} er ikke en brukbar id",
        "bruk bare små bokstaver, sifre og - . _, og begynn med en bokstav eller et siffer",
    ),
    "enum.unknown": Text(
        "{value!r} is not one of the allowed values",
        "use one of: {allowed}",
        "{value!r} er ikke en av de tillatte verdiene",
        "bruk en av: {allowed}",
    ),
    "number.negative": Text(
        "{value!r} is negative",
        "write zero or a positive whole number",
        "{value!r} er negativt",
        "skriv null eller et positivt heltall",
    ),
    "year.implausible": Text(
        "{value!r} is not a plausible year",
        "write a four-digit year such as 2023",
        "{value!r} er ikke et rimelig årstall",
        "skriv et firesifret årstall som 2023",
    ),
    "type.wrong": Text(
        "{value!r} has the wrong type: expected {expected}",
        "write {expected}",
        "{value!r} har feil type: forventet {expected}",
        "skriv {expected}",
    ),
    "field.missing": Text(
        "the required field is missing",
        "add the field to this record",
        "det påkrevde feltet mangler",
        "legg til feltet i denne oppføringen",
    ),
    "field.unknown": Text(
        "unknown field",
        "check the spelling; allowed fields are: {allowed}",
        "ukjent felt",
        "sjekk stavemåten; tillatte felt er: {allowed}",
    ),
    "term.bound": Text(
        "{value!r} is not a term boundary",
        "write a date such as 2023-04-26, or {{agm = 2023}} for the annual meeting of 2023",
        "{value!r} er ikke en grense for en funksjonstid",
        "skriv en dato som 2023-04-26, eller {{agm = 2023}} for årsmøtet i 2023",
    ),
    "term.deputy_for_missing": Text(
        "a personal deputy must name the term it stands in for",
        'add deputy_for = "<id of the member\'s term>"',
        "en personlig vara må oppgi hvilken funksjonstid den er vara for",
        'legg til deputy_for = "<id for medlemmets funksjonstid>"',
    ),
    "term.deputy_for_not_deputy": Text(
        "only a deputy can stand in for another term",
        'set role = "deputy" or remove deputy_for',
        "bare en vara kan være vara for en annen funksjonstid",
        'sett role = "deputy" eller fjern deputy_for',
    ),
    "agm.year_mismatch": Text(
        "the meeting on {value} is not in its year {year}",
        "make year and date agree",
        "møtet {value} ligger ikke i året {year}",
        "la år og dato stemme overens",
    ),
    "settings.language": Text(
        "{value!r} is not a supported language",
        'use "nb" (bokmål) or "en" (English)',
        "{value!r} er ikke et språk som støttes",
        'bruk "nb" (bokmål) eller "en" (engelsk)',
    ),
    "settings.token": Text(
        "the token is too short or holds spaces or slashes",
        "use at least 16 random letters and digits, for example from: python3 -c "
        '"import secrets; print(secrets.token_urlsafe(24))"',
        "nøkkelen er for kort eller inneholder mellomrom eller skråstrek",
        "bruk minst 16 tilfeldige bokstaver og sifre, for eksempel fra: python3 -c "
        '"import secrets; print(secrets.token_urlsafe(24))"',
    ),
    # --- files ------------------------------------------------------------
    "file.toml_syntax": Text(
        "the file is not valid TOML: {detail}",
        "fix the syntax at this line; a text value needs quotes, a table header [[activity]] "
        "needs both brackets",
        "filen er ikke gyldig TOML: {detail}",
        "rett syntaksen på denne linjen; tekst trenger anførselstegn, en tabelloverskrift "
        "[[activity]] trenger begge klammene",
    ),
    "file.not_text": Text(
        "the file is not UTF-8 text",
        "save the file as UTF-8 text, or move it out of the dataset folder",
        "filen er ikke UTF-8-tekst",
        "lagre filen som UTF-8-tekst, eller flytt den ut av datasettmappen",
    ),
    "file.unreadable": Text(
        "the file cannot be read: {detail}",
        "check that the file exists and that you may read it",
        "filen kan ikke leses: {detail}",
        "sjekk at filen finnes og at du har lesetilgang",
    ),
    "file.too_large": Text(
        "the file is {size} bytes, more than the limit of {limit}",
        "split the records over several files",
        "filen er {size} byte, mer enn grensen på {limit}",
        "del oppføringene på flere filer",
    ),
    "file.unknown_table": Text(
        "unknown record type {value!r}",
        "use one of: {allowed}",
        "ukjent oppføringstype {value!r}",
        "bruk en av: {allowed}",
    ),
    "file.not_a_list": Text(
        "{value!r} must be a list of records",
        "write each record under its own [[{value}]] header",
        "{value!r} må være en liste av oppføringer",
        "skriv hver oppføring under sin egen [[{value}]]-overskrift",
    ),
    "dataset.not_found": Text(
        "the dataset folder does not exist",
        "give the path to a folder holding kssgov.toml",
        "datasettmappen finnes ikke",
        "oppgi stien til en mappe som inneholder kssgov.toml",
    ),
    "dataset.no_settings": Text(
        "the folder has no settings file kssgov.toml",
        'create kssgov.toml with at least: name = "Your organisation" and year = 2024',
        "mappen har ingen innstillingsfil kssgov.toml",
        'lag kssgov.toml med minst: name = "Din organisasjon" og year = 2024',
    ),
    # --- cross-record errors ---------------------------------------------
    "id.duplicate": Text(
        "the id {value!r} is used more than once (also at {other})",
        "give each record its own id",
        "id-en {value!r} er brukt mer enn én gang (også i {other})",
        "gi hver oppføring sin egen id",
    ),
    "ref.dangling": Text(
        "{value!r} does not name any {target}",
        "use the id of an existing {target}, or add that record",
        "{value!r} viser ikke til noen {target}",
        "bruk id-en til en eksisterende {target}, eller legg til oppføringen",
    ),
    "ref.region": Text(
        "{value!r} is not a region of this organisation",
        "use one of the regions in kssgov.toml: {allowed}",
        "{value!r} er ikke en region i denne organisasjonen",
        "bruk en av regionene i kssgov.toml: {allowed}",
    ),
    "term.ends_before_start": Text(
        "the term ends ({end}) before it starts ({start})",
        "check the start and end of the term",
        "funksjonstiden slutter ({end}) før den begynner ({start})",
        "sjekk start og slutt for funksjonstiden",
    ),
    "term.seat_overlap": Text(
        "{person} and {other_person} hold seat {value!r} of {body} at the same time (from {date})",
        "end one term before the other starts",
        "{person} og {other_person} har plass {value!r} i {body} samtidig (fra {date})",
        "avslutt den ene funksjonstiden før den andre begynner",
    ),
    # --- warnings ---------------------------------------------------------
    "lint.outside_year": Text(
        "{value} lies outside the report year {year}",
        "check the year, or move the record to the dataset of its own year",
        "{value} ligger utenfor rapportåret {year}",
        "sjekk årstallet, eller flytt oppføringen til datasettet for sitt eget år",
    ),
    "lint.out_of_order": Text(
        "{value} is out of order between {before} and {after}",
        "did you mean {suggestion}?",
        "{value} står i feil rekkefølge mellom {before} og {after}",
        "mente du {suggestion}?",
    ),
    "lint.out_of_order_no_guess": Text(
        "{value} is out of order between {before} and {after}",
        "check the date, or move the record to its place in date order",
        "{value} står i feil rekkefølge mellom {before} og {after}",
        "sjekk datoen, eller flytt oppføringen til riktig plass i datorekkefølgen",
    ),
    "lint.meeting_count": Text(
        "{name}: {declared} meetings declared for {year}, but {recorded} recorded",
        'check the declared count against the meetings linked with alliance = "{value}"',
        "{name}: {declared} møter oppgitt for {year}, men {recorded} registrert",
        'sjekk det oppgitte antallet mot møtene som er knyttet til alliance = "{value}"',
    ),
    "lint.no_chair": Text(
        "{name} has no chair on {date}",
        'add a term with role = "chair" that covers this date',
        "{name} har ingen leder {date}",
        'legg til en funksjonstid med role = "chair" som dekker denne datoen',
    ),
    "lint.missing_id": Text(
        "this {kind} has no id; it was given the temporary id {value!r}",
        "run 'kssgov fmt' or add id = \"...\" so that links and calendar entries stay stable",
        "denne oppføringen ({kind}) har ingen id; den fikk den midlertidige id-en {value!r}",
        "kjør 'kssgov fmt' eller legg til id = \"...\" slik at lenker og kalenderoppføringer forblir stabile",
    ),
    "lint.agm_unrecorded": Text(
        "the annual meeting of {value} is not recorded, so this boundary stays open",
        "add an [[agm]] record for {value} when its date is known",
        "årsmøtet i {value} er ikke registrert, så denne grensen står åpen",
        "legg til en [[agm]]-oppføring for {value} når datoen er kjent",
    ),
}


def render(code: str, language: Language, **params: object) -> tuple[str, str]:
    """Return the message and the hint for *code* in *language*."""
    text = CATALOG[code]
    if language == "nb":
        return text.nb.format(**params), text.nb_hint.format(**params)
    return text.en.format(**params), text.en_hint.format(**params)


#: Short sentences of the command-line interface, by key and language.
UI: Final[dict[str, dict[Language, str]]] = {
    "check.clean": {"en": "{path}: no problems found.", "nb": "{path}: ingen problemer funnet."},
    "check.summary": {
        "en": "{path}: {errors} {errors_word}, {warnings} {warnings_word}.",
        "nb": "{path}: {errors} feil, {warnings} {warnings_word}.",
    },
    "check.strict": {
        "en": "Failing because of warnings (--strict).",
        "nb": "Avslutter med feil på grunn av advarsler (--strict).",
    },
    "dataset.invalid": {
        "en": "The dataset has errors; run 'kssgov check {path}' to see them all.",
        "nb": "Datasettet har feil; kjør 'kssgov check {path}' for å se alle.",
    },
    "written": {"en": "Wrote {path}", "nb": "Skrev {path}"},
    "roster.heading": {"en": "{body} on {date}:", "nb": "{body} {date}:"},
    "roster.deputy": {"en": "deputy", "nb": "vara"},
    "role.chair": {"en": "chair", "nb": "leder"},
    "role.deputy_chair": {"en": "deputy chair", "nb": "nestleder"},
    "role.member": {"en": "member", "nb": "medlem"},
    "role.employee_representative": {"en": "employee representative", "nb": "ansattrepresentant"},
    "role.deputy": {"en": "deputy", "nb": "vara"},
    "role.secretary": {"en": "secretary", "nb": "sekretær"},
    "roster.empty": {"en": "nobody holds a role on that day", "nb": "ingen har et verv den dagen"},
    "due.heading": {
        "en": "Annual meeting {year}: the situation on {date}{note}",
        "nb": "Årsmøtet {year}: situasjonen {date}{note}",
    },
    "due.unrecorded": {
        "en": " (the meeting is not recorded yet; give its date with an [[agm]] record)",
        "nb": " (møtet er ikke registrert ennå; oppgi datoen i en [[agm]]-oppføring)",
    },
    "due.ending": {"en": "Terms ending at the meeting:", "nb": "Verv som går ut på møtet:"},
    "due.vacant": {
        "en": "{body}: {vacant} vacant seat(s) ({held} of {seats} held)",
        "nb": "{body}: {vacant} ledig(e) plass(er) ({held} av {seats} besatt)",
    },
    "due.orphaned": {
        "en": "{deputy} is still deputy for {member}, whose term ended",
        "nb": "{deputy} er fortsatt vara for {member}, som har gått ut",
    },
    "due.same_body": {
        "en": "{person} holds two roles in {body} at once",
        "nb": "{person} har to verv i {body} samtidig",
    },
    "due.incompatible": {
        "en": "{person} sits in both {first} and {second}, which should not be combined",
        "nb": "{person} sitter både i {first} og {second}, som ikke bør kombineres",
    },
    "due.nothing": {"en": "Nothing is due.", "nb": "Ingenting å følge opp."},
    "edit.added": {"en": "Added {table} {id} to {path}", "nb": "La til {table} {id} i {path}"},
    "edit.changed": {"en": "Changed {id}", "nb": "Endret {id}"},
    "edit.cancelled": {"en": "Cancelled {id}", "nb": "Avlyste {id}"},
    "edit.formatted": {"en": "Tidied {path}", "nb": "Ryddet {path}"},
    "edit.tidy": {"en": "Nothing to tidy.", "nb": "Ingenting å rydde."},
    "import.added": {
        "en": "Imported {count} row(s) into {path}",
        "nb": "Importerte {count} rad(er) til {path}",
    },
    "import.skipped": {"en": "row {row}: skipped: {reason}", "nb": "rad {row}: hoppet over: {reason}"},
    "import.nothing": {"en": "No rows to import.", "nb": "Ingen rader å importere."},
    "serve.listening": {
        "en": "Serving the public feed at {url} (Ctrl+C stops)",
        "nb": "Publiserer den åpne kalenderen på {url} (Ctrl+C stopper)",
    },
    "export.warnings": {
        "en": "Note: the dataset has {count} warning(s); run 'kssgov check {path}' to see them.",
        "nb": "Merk: datasettet har {count} advarsel/advarsler; kjør 'kssgov check {path}' for å se dem.",
    },
}


_PLURALS: Final[dict[Language, dict[str, tuple[str, str]]]] = {
    "en": {"error": ("error", "errors"), "warning": ("warning", "warnings")},
    "nb": {"error": ("feil", "feil"), "warning": ("advarsel", "advarsler")},
}


def plural(word: str, number: int, language: Language) -> str:
    """*word* ("error", "warning") in *language*, singular or plural to agree with *number*."""
    singular, many = _PLURALS[language][word]
    return singular if number == 1 else many


def ui(key: str, language: Language, **params: object) -> str:
    """A sentence of the command-line interface in *language*."""
    return UI[key][language].format(**params)
