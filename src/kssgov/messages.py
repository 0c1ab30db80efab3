"""Every word kssgov says to a person, in Norwegian bokmål and English.

Problems, errors and the command line's sentences carry a message *code* and
parameters rather than a finished sentence, so that each reader gets them in
their own language. A parameter that is itself words (what type was expected,
why a date is impossible) is a :class:`Phrase`, rendered in the same language.
Vocabulary labels, nouns with their plurals and numbers in words live here too.

Documents have words of their own (a report's headings, a calendar's names):
those belong to the exporter that writes them.
"""

from __future__ import annotations

import datetime as dt
import enum
import errno
import os
from collections.abc import Mapping, Sequence
from typing import Final, Literal, NamedTuple

Language = Literal["nb", "en"]
LANGUAGES: Final[tuple[Language, ...]] = ("nb", "en")


class Text(NamedTuple):
    """A message, and the hint that says what to do, in both languages."""

    en: str
    nb: str
    en_hint: str = ""
    nb_hint: str = ""


class Words:
    """Words used inside another message, rendered in that message's language."""

    __slots__ = ()

    def render(self, language: Language) -> str:
        raise NotImplementedError

    def key(self) -> tuple[object, ...]:
        raise NotImplementedError

    def __str__(self) -> str:
        return self.render("en")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Words) and type(other) is type(self) and self.key() == other.key()

    def __hash__(self) -> int:
        return hash(self.key())


class Phrase(Words):
    """A message used as a parameter: ``Phrase("expect.year")``, or a plugin's own :class:`Text`."""

    __slots__ = ("code", "params")

    def __init__(self, code: str | Text, **params: object) -> None:
        self.code = code
        self.params = params

    def render(self, language: Language) -> str:
        return text(self.code, language, **self.params)

    def key(self) -> tuple[object, ...]:
        return (self.code, tuple(sorted(self.params.items(), key=lambda item: item[0])))

    def __repr__(self) -> str:
        return f"Phrase({self.code!r})"


class Count(Words):
    """A number and a noun in agreement: ``Count("meeting", 6)`` is "6 møter" or "6 meetings"."""

    __slots__ = ("in_words", "noun", "value")

    def __init__(self, noun: str, value: int, *, in_words: bool = False) -> None:
        self.noun, self.value, self.in_words = noun, value, in_words

    def render(self, language: Language) -> str:
        return counted(self.noun, self.value, language, in_words=self.in_words)

    def key(self) -> tuple[object, ...]:
        return (self.noun, self.value, self.in_words)

    def __repr__(self) -> str:
        return f"Count({self.noun!r}, {self.value})"


class Label(Words):
    """The name of a vocabulary value: ``Label(Visibility.BOARD)`` is "styret" or "board"."""

    __slots__ = ("member",)

    def __init__(self, member: enum.Enum) -> None:
        self.member = member

    def render(self, language: Language) -> str:
        return label(self.member, language)

    def key(self) -> tuple[object, ...]:
        return (self.member,)

    def __repr__(self) -> str:
        return f"Label({self.member!r})"


class Listing(Words):
    """Several words in a row, separated by semicolons, each rendered in the message's language."""

    __slots__ = ("items",)

    def __init__(self, items: Sequence[Words]) -> None:
        self.items = tuple(items)

    def render(self, language: Language) -> str:
        return "; ".join(item.render(language) for item in self.items)

    def key(self) -> tuple[object, ...]:
        return self.items

    def __repr__(self) -> str:
        return f"Listing({list(self.items)!r})"


CATALOG: Final[dict[str, Text]] = {
    # --- values --------------------------------------------------------------------
    "date.unreadable": Text(
        "{value!r} is not a date or date range",
        "{value!r} er ikke en dato eller et datoområde",
        "write a date as 6.1.2023 or 2023-01-06, a range as 7.-8.2.2023, 30.1.-2.2.2023 "
        "or 30.12.2023-2.1.2024, a time as 7.2.2023 kl. 10.00-12.00",
        "skriv en dato som 6.1.2023 eller 2023-01-06, et område som 7.-8.2.2023, "
        "30.1.-2.2.2023 eller 30.12.2023-2.1.2024, et klokkeslett som 7.2.2023 kl. 10.00-12.00",
    ),
    "date.impossible": Text(
        "{value!r} is not a real date ({reason})",
        "{value!r} er ikke en virkelig dato ({reason})",
        "check the day and month against a calendar",
        "sjekk dag og måned mot en kalender",
    ),
    "reason.month": Text("there is no month {month}", "det finnes ingen måned {month}"),
    "reason.day": Text("the month has no day {day}", "måneden har ingen dag {day}"),
    "reason.hour": Text("there is no hour {hour}", "det finnes ingen time {hour}"),
    "reason.minute": Text("there is no minute {minute}", "det finnes intet minutt {minute}"),
    "date.out_of_range": Text(
        "{value!r} lies outside the years {first} to {last}",
        "{value!r} ligger utenfor årene {first} til {last}",
        "check the year",
        "sjekk årstallet",
    ),
    "date.end_before_start": Text(
        "the span {value!r} does not end after it starts",
        "perioden {value!r} slutter ikke etter at den begynner",
        "put the earlier date first; a span with times lasts at least a minute",
        "sett den tidligste datoen først; en periode med klokkeslett varer minst ett minutt",
    ),
    "date.times_incomplete": Text(
        "a timed span needs both a start time and an end time",
        "et tidsrom med klokkeslett trenger både start- og sluttid",
        "give both times, or leave both out for an all-day record",
        "oppgi begge klokkeslettene, eller ingen for en heldagsoppføring",
    ),
    "date.timezone_unknown": Text(
        "{value!r} is not a known time zone",
        "{value!r} er ikke en kjent tidssone",
        "use an IANA time zone name such as Europe/Oslo",
        "bruk et IANA-tidssonenavn som Europe/Oslo",
    ),
    "date.not_a_date": Text(
        "{value!r} is not a date",
        "{value!r} er ikke en dato",
        'write a date as 2023-04-26 (without quotes) or as the text "26.4.2023"',
        'skriv en dato som 2023-04-26 (uten anførselstegn) eller som teksten "26.4.2023"',
    ),
    "text.control_character": Text(
        "the text contains the control character {char}",
        "teksten inneholder kontrolltegnet {char}",
        "remove it; only line breaks and tabs are allowed in text",
        "fjern det; bare linjeskift og tabulator er tillatt i tekst",
    ),
    "text.empty": Text(
        "the text is empty",
        "teksten er tom",
        "write a value or leave the field out",
        "skriv en verdi eller utelat feltet",
    ),
    "text.line_break": Text(
        "the text holds a line break",
        "teksten inneholder et linjeskift",
        "write this field on one line",
        "skriv dette feltet på én linje",
    ),
    "text.too_long": Text(
        "the text is {length} characters long, more than the {limit} this field can hold",
        "teksten er {length} tegn lang, mer enn de {limit} dette feltet kan romme",
        "shorten it",
        "gjør den kortere",
    ),
    "url.invalid": Text(
        "{value!r} is not a web address",
        "{value!r} er ikke en nettadresse",
        "write a whole address starting with https:// or http://, with no spaces",
        "skriv en hel adresse som begynner med https:// eller http://, uten mellomrom",
    ),
    "id.malformed": Text(
        "{value!r} is not a usable id",
        "{value!r} er ikke en brukbar id",
        "use lower-case letters, digits and - . _ only, starting with a letter or digit, "
        "at most {limit} characters",
        "bruk bare små bokstaver, sifre og - . _, begynn med en bokstav eller et siffer, høyst {limit} tegn",
    ),
    "enum.unknown": Text(
        "{value!r} is not one of the allowed values",
        "{value!r} er ikke en av de tillatte verdiene",
        "use one of: {allowed}",
        "bruk en av: {allowed}",
    ),
    "number.negative": Text(
        "{value!r} is negative",
        "{value!r} er negativt",
        "write zero or a positive whole number",
        "skriv null eller et positivt heltall",
    ),
    "number.out_of_range": Text(
        "{value!r} is outside the range {first} to {last}",
        "{value!r} ligger utenfor området {first} til {last}",
        "write a whole number from {first} to {last}",
        "skriv et heltall fra {first} til {last}",
    ),
    "year.implausible": Text(
        "{value!r} is not a plausible year",
        "{value!r} er ikke et rimelig årstall",
        "write a four-digit year from {first} to {last}",
        "skriv et firesifret årstall fra {first} til {last}",
    ),
    "type.wrong": Text(
        "{value!r} has the wrong type: expected {expected}",
        "{value!r} har feil type: forventet {expected}",
        "write {expected}",
        "skriv {expected}",
    ),
    "expect.text": Text("text", "tekst"),
    "expect.texts": Text('a list of texts such as ["a", "b"]', 'en liste av tekster som ["a", "b"]'),
    "expect.list": Text('a list such as ["a", "b"]', 'en liste som ["a", "b"]'),
    "expect.whole_number": Text("a whole number", "et heltall"),
    "expect.year": Text("a year such as 2023", "et årstall som 2023"),
    "expect.years": Text("a list of years such as [2023, 2024]", "en liste av årstall som [2023, 2024]"),
    "expect.boolean": Text("true or false", "true eller false"),
    "expect.time": Text("a time of day without zone", "et klokkeslett uten tidssone"),
    "expect.regions": Text('a table such as nord = "Nord"', 'en tabell som nord = "Nord"'),
    "expect.table": Text("a table of settings", "en tabell med innstillinger"),
    "expect.other": Text("another kind of value", "en annen slags verdi"),
    "field.missing": Text(
        "the required field is missing",
        "det påkrevde feltet mangler",
        "add the field to this record",
        "legg til feltet i denne oppføringen",
    ),
    "field.unknown": Text(
        "unknown field",
        "ukjent felt",
        "check the spelling; allowed fields are: {allowed}",
        "sjekk stavemåten; tillatte felt er: {allowed}",
    ),
    "term.bound": Text(
        "{value!r} is not a term boundary",
        "{value!r} er ikke en grense for en funksjonstid",
        "write a date such as 2023-04-26, or {{agm = 2023}} for the annual meeting of 2023",
        "skriv en dato som 2023-04-26, eller {{agm = 2023}} for årsmøtet i 2023",
    ),
    "term.deputy_for_not_deputy": Text(
        "only a deputy can stand in for another term",
        "bare en vara kan være vara for en annen funksjonstid",
        'set role = "deputy" or remove deputy_for',
        'sett role = "deputy" eller fjern deputy_for',
    ),
    "term.deputy_for_self": Text(
        "the term stands in for itself",
        "funksjonstiden er vara for seg selv",
        "name the term of the member this deputy stands in for",
        "oppgi funksjonstiden til medlemmet denne varaen står for",
    ),
    "term.deputy_for_deputy": Text(
        "{value!r} is itself a deputy's term",
        "{value!r} er selv en varas funksjonstid",
        "name the term of the member this deputy stands in for, not another deputy",
        "oppgi funksjonstiden til medlemmet denne varaen står for, ikke en annen vara",
    ),
    "term.deputy_other_body": Text(
        "{value!r} is a term of another body",
        "{value!r} er en funksjonstid i et annet organ",
        "a personal deputy stands in for a member of the same body",
        "en personlig vara står for et medlem i det samme organet",
    ),
    "agm.year_mismatch": Text(
        "the meeting on {value} is not in its year {year}",
        "møtet {value} ligger ikke i året {year}",
        "make year and date agree",
        "la år og dato stemme overens",
    ),
    "staff.end_before_start": Text(
        "the employment ends ({end}) before it starts ({start})",
        "ansettelsen slutter ({end}) før den begynner ({start})",
        "check start and end",
        "sjekk start og end",
    ),
    "media.year_mismatch": Text(
        "the story's date {value} is not in its year {year}",
        "datoen {value} for oppslaget ligger ikke i året {year}",
        "make year and date agree",
        "la år og dato stemme overens",
    ),
    "settings.language": Text(
        "{value!r} is not a supported language",
        "{value!r} er ikke et språk som støttes",
        'use "nb" (bokmål) or "en" (English)',
        'bruk "nb" (bokmål) eller "en" (engelsk)',
    ),
    "settings.token": Text(
        "the token is too short or holds characters other than letters, digits, - and _",
        "nøkkelen er for kort eller inneholder andre tegn enn bokstaver, sifre, - og _",
        "use at least 16 random letters and digits, for example from: python3 -c "
        '"import secrets; print(secrets.token_urlsafe(24))"',
        "bruk minst 16 tilfeldige bokstaver og sifre, for eksempel fra: python3 -c "
        '"import secrets; print(secrets.token_urlsafe(24))"',
    ),
    "settings.token_reused": Text(
        "the members' token and the board's token are the same",
        "medlemmenes og styrets nøkkel er like",
        "give each audience its own token, or the members could read the board's records",
        "gi hver målgruppe sin egen nøkkel, ellers kan medlemmene lese styrets oppføringer",
    ),
    "settings.token_environment": Text(
        "the token in {variable} is not usable: {reason}",
        "nøkkelen i {variable} kan ikke brukes: {reason}",
        "set {variable} to at least 16 random letters and digits, or unset it",
        "sett {variable} til minst 16 tilfeldige bokstaver og sifre, eller fjern den",
    ),
    # --- files ---------------------------------------------------------------------
    "file.toml_syntax": Text(
        "the file is not valid TOML: {detail}",
        "filen er ikke gyldig TOML: {detail}",
        "fix the syntax at this line; a text value needs quotes, a table header [[activity]] "
        "needs both brackets",
        "rett syntaksen på denne linjen; tekst trenger anførselstegn, en tabelloverskrift "
        "[[activity]] trenger begge klammene",
    ),
    "file.too_deep": Text(
        "the file nests tables or lists more than {limit} levels deep",
        "filen har tabeller eller lister nøstet mer enn {limit} nivåer dypt",
        "write records as [[table]] entries with plain values",
        "skriv oppføringer som [[tabell]]-oppføringer med enkle verdier",
    ),
    "file.not_text": Text(
        "the file is not UTF-8 text",
        "filen er ikke UTF-8-tekst",
        "save the file as UTF-8 text, or move it out of the dataset folder",
        "lagre filen som UTF-8-tekst, eller flytt den ut av datasettmappen",
    ),
    "file.unreadable": Text(
        "the file cannot be read: {detail}",
        "filen kan ikke leses: {detail}",
        "check that the file exists and that you may read it",
        "sjekk at filen finnes og at du har lesetilgang",
    ),
    "file.not_regular": Text(
        "this is not an ordinary file",
        "dette er ikke en vanlig fil",
        "remove it from the dataset folder, or give it a name that does not end in .toml",
        "fjern den fra datasettmappen, eller gi den et navn som ikke slutter på .toml",
    ),
    "file.leftover": Text(
        "a temporary file left by a change to {target} that was interrupted",
        "en midlertidig fil etter en endring av {target} som ble avbrutt",
        "the next change to the dataset removes it; the data files are whole",
        "den neste endringen av datasettet fjerner den; datafilene er hele",
    ),
    "folder.unreadable": Text(
        "the folder cannot be read: {detail}",
        "mappen kan ikke leses: {detail}",
        "give yourself permission to read it, or move it out of the dataset folder",
        "gi deg selv lesetilgang, eller flytt den ut av datasettmappen",
    ),
    "file.too_large": Text(
        "the file is {size} bytes, more than the limit of {limit}",
        "filen er {size} byte, mer enn grensen på {limit}",
        "split the records over several files",
        "del oppføringene på flere filer",
    ),
    "file.unknown_table": Text(
        "unknown record type {value!r}",
        "ukjent oppføringstype {value!r}",
        "use one of: {allowed}",
        "bruk en av: {allowed}",
    ),
    "file.not_a_list": Text(
        "{value!r} must be a list of records",
        "{value!r} må være en liste av oppføringer",
        "write each record under its own [[{value}]] header",
        "skriv hver oppføring under sin egen [[{value}]]-overskrift",
    ),
    "file.inline_records": Text(
        "the {value} records are written as one inline list",
        "oppføringene av typen {value} er skrevet som én innebygd liste",
        "write each record under its own [[{value}]] header, so that it can be edited; "
        "'kssgov fmt' does this for you",
        "skriv hver oppføring under sin egen [[{value}]]-overskrift, slik at den kan endres; "
        "'kssgov fmt' gjør det for deg",
    ),
    "dataset.not_found": Text(
        "the dataset folder does not exist",
        "datasettmappen finnes ikke",
        "give the path to a folder holding kssgov.toml",
        "oppgi stien til en mappe som inneholder kssgov.toml",
    ),
    "dataset.no_settings": Text(
        "the folder has no settings file kssgov.toml",
        "mappen har ingen innstillingsfil kssgov.toml",
        'create kssgov.toml with at least: name = "Your organisation" and year = 2024',
        'lag kssgov.toml med minst: name = "Din organisasjon" og year = 2024',
    ),
    "dataset.invalid": Text(
        "the dataset has {errors}",
        "datasettet har {errors}",
        "run 'kssgov check {folder}' to see them all",
        "kjør 'kssgov check {folder}' for å se alle",
    ),
    "os.denied": Text("permission denied", "ingen tilgang"),
    "os.missing": Text("it does not exist", "den finnes ikke"),
    "os.is_folder": Text("it is a folder", "det er en mappe"),
    "os.not_folder": Text("a part of the path is not a folder", "en del av stien er ikke en mappe"),
    "os.loop": Text("its links lead round in a circle", "lenkene går i ring"),
    "os.full": Text("the disk is full", "disken er full"),
    "os.read_only": Text("the disk is read-only", "disken er skrivebeskyttet"),
    "os.other": Text("the system reports error {number}", "systemet melder feil {number}"),
    "os.unknown": Text("{detail}", "{detail}"),
    # TOML syntax, as tomli reports it
    "toml.invalid_statement": Text(
        "the line is not a key = value pair or a header",
        "linjen er verken nøkkel = verdi eller en overskrift",
    ),
    "toml.invalid_character": Text(
        "the character {char} is not allowed here", "tegnet {char} er ikke tillatt her"
    ),
    "toml.declared_twice": Text("{key} is declared twice", "{key} er oppgitt to ganger"),
    "toml.overwrite": Text("a value is given twice", "en verdi er oppgitt to ganger"),
    "toml.expected_bracket": Text(
        "a ] is missing at the end of the header", "en ] mangler på slutten av overskriften"
    ),
    "toml.expected_brackets": Text(
        "]] is missing at the end of the header", "]] mangler på slutten av overskriften"
    ),
    "toml.expected_equals": Text("an = is missing after the key", "et = mangler etter nøkkelen"),
    "toml.bad_key": Text(
        "a key cannot start with this character", "en nøkkel kan ikke begynne med dette tegnet"
    ),
    "toml.unclosed_list": Text("a list is not closed with ]", "en liste er ikke lukket med ]"),
    "toml.unclosed_table": Text(
        "an inline table is not closed with }}", "en innebygd tabell er ikke lukket med }}"
    ),
    "toml.unterminated_string": Text(
        "a text is not closed with its quote", "en tekst er ikke lukket med anførselstegn"
    ),
    "toml.bad_escape": Text(
        "a backslash in a text is not a valid escape", "en omvendt skråstrek i en tekst er ikke gyldig"
    ),
    "toml.bad_date": Text("the date or time is not a real one", "datoen eller klokkeslettet finnes ikke"),
    "toml.invalid_value": Text(
        "the value is not valid (text needs quotes)", "verdien er ikke gyldig (tekst trenger anførselstegn)"
    ),
    "toml.expected_newline": Text(
        'more follows the value on this line (text needs quotes, such as "6.1.2023")',
        'noe mer står etter verdien på denne linjen (tekst trenger anførselstegn, som "6.1.2023")',
    ),
    "toml.other": Text("{detail}", "{detail}"),
    # --- cross-record errors ---------------------------------------------------------
    "id.duplicate": Text(
        "the id {value!r} is used more than once (also at {other})",
        "id-en {value!r} er brukt mer enn én gang (også i {other})",
        "give each record its own id",
        "gi hver oppføring sin egen id",
    ),
    "ref.dangling": Text(
        "{value!r} does not name any {target}",
        "{value!r} viser ikke til noen {target}",
        "use the id of an existing {target}, or add that record",
        "bruk id-en til en eksisterende {target}, eller legg til oppføringen",
    ),
    "ref.region": Text(
        "{value!r} is not a region of this organisation",
        "{value!r} er ikke en region i denne organisasjonen",
        "use one of the regions in kssgov.toml: {allowed}",
        "bruk en av regionene i kssgov.toml: {allowed}",
    ),
    "ref.narrower": Text(
        "this {visibility} record refers to {value!r}, which only {other} may see",
        "denne oppføringen ({visibility}) viser til {value!r}, som bare {other} kan se",
        "in documents for a wider audience the reference is left out; give both records "
        "the same visibility if that is not what you want",
        "i dokumenter for en bredere målgruppe utelates henvisningen; gi begge oppføringene "
        "samme synlighet hvis det ikke er meningen",
    ),
    "term.ends_before_start": Text(
        "the term ends ({end}) before it starts ({start})",
        "funksjonstiden slutter ({end}) før den begynner ({start})",
        "check the start and end of the term",
        "sjekk start og slutt for funksjonstiden",
    ),
    "term.seat_overlap": Text(
        "{person} and {other_person} hold {seat} of {body} at the same time (from {date})",
        "{person} og {other_person} har {seat} i {body} samtidig (fra {date})",
        "end one term before the other starts",
        "avslutt den ene funksjonstiden før den andre begynner",
    ),
    "seat.named": Text("seat {value!r}", "plass {value!r}"),
    "seat.deputy": Text("the deputy seat for {value!r}", "varaplassen for {value!r}"),
    "seat.deputy_seat": Text("the deputy seat of seat {value!r}", "varaplassen til plass {value!r}"),
    "records.start": Text("the start of the records", "begynnelsen av oppføringene"),
    # --- warnings --------------------------------------------------------------------
    "lint.outside_year": Text(
        "{value} lies outside the report year {year}",
        "{value} ligger utenfor rapportåret {year}",
        "check the year, or move the record to the dataset of its own year",
        "sjekk årstallet, eller flytt oppføringen til datasettet for sitt eget år",
    ),
    "lint.out_of_order": Text(
        "{value} is out of order between {before} and {after}",
        "{value} står i feil rekkefølge mellom {before} og {after}",
        "did you mean {suggestion}?",
        "mente du {suggestion}?",
    ),
    "lint.out_of_order_no_guess": Text(
        "{value} is out of order between {before} and {after}",
        "{value} står i feil rekkefølge mellom {before} og {after}",
        "check the date, or move the record to its place in date order",
        "sjekk datoen, eller flytt oppføringen til riktig plass i datorekkefølgen",
    ),
    "lint.meeting_count": Text(
        "{name}: {declared} declared for {year}, but {recorded} recorded",
        "{name}: {declared} oppgitt for {year}, men {recorded} registrert",
        'check the declared count against the meetings linked with alliance = "{value}"',
        'sjekk det oppgitte antallet mot møtene som er knyttet til alliance = "{value}"',
    ),
    "lint.figure_twice": Text(
        "{value} records the same figure as {first}",
        "{value} gjelder det samme tallet som {first}",
        "keep one of them; the report prints each",
        "behold ett av dem; årsmeldingen skriver ut begge",
    ),
    "lint.no_chair": Text(
        "{name} has no chair on {date}",
        "{name} har ingen leder {date}",
        'add a term with role = "chair" that covers this date',
        'legg til en funksjonstid med role = "chair" som dekker denne datoen',
    ),
    "lint.missing_id": Text(
        "this {kind} has no id; it was given the temporary id {value!r}",
        "denne oppføringen ({kind}) har ingen id; den fikk den midlertidige id-en {value!r}",
        "run 'kssgov fmt' or add id = \"...\" so that links and calendar entries stay stable",
        "kjør 'kssgov fmt' eller legg til id = \"...\" slik at lenker og kalenderoppføringer forblir stabile",
    ),
    "lint.agm_unrecorded": Text(
        "the annual meeting of {value} is not recorded, so this boundary stays open",
        "årsmøtet i {value} er ikke registrert, så denne grensen står åpen",
        "add an [[agm]] record for {value} when its date is known",
        "legg til en [[agm]]-oppføring for {value} når datoen er kjent",
    ),
    "lint.election_at_cancelled_agm": Text(
        "the annual meeting {value!r} of {year} was cancelled, yet this election is recorded at it",
        "årsmøtet {value!r} i {year} ble avlyst, men dette valget er registrert på det",
        "give the election the annual meeting where it was held (agm = ...), or remove it",
        "gi valget årsmøtet der det ble holdt (agm = ...), eller fjern det",
    ),
    "lint.time_gap": Text(
        "{value} does not exist in {zone}: the clocks jump forward that night",
        "{value} finnes ikke i {zone}: klokka stilles fram den natta",
        "check the time; it is read as the hour after the jump",
        "sjekk klokkeslettet; det leses som timen etter at klokka ble stilt",
    ),
    "lint.time_fold": Text(
        "{value} happens twice in {zone}: the clocks go back that night",
        "{value} inntreffer to ganger i {zone}: klokka stilles tilbake den natta",
        "check the time; it is read as the first of the two",
        "sjekk klokkeslettet; det leses som det første av de to",
    ),
    # --- changing the data ------------------------------------------------------------
    "edit.no_dataset": Text(
        "there is no dataset in {folder}: it has no kssgov.toml",
        "det finnes ikke noe datasett i {folder}: mappen har ingen kssgov.toml",
        "name the dataset's folder as the last argument, or set KSSGOV_DATASET",
        "oppgi datasettets mappe som siste argument, eller sett KSSGOV_DATASET",
    ),
    "edit.locked": Text(
        "another change to {folder} has been going on for a minute",
        "en annen endring av {folder} har pågått i et minutt",
        "try again in a moment",
        "prøv igjen om litt",
    ),
    "edit.cannot_lock": Text(
        "cannot change {folder}: {detail}",
        "kan ikke endre {folder}: {detail}",
        "check that you may write in the folder",
        "sjekk at du har skrivetilgang til mappen",
    ),
    "edit.dataset_invalid": Text(
        "the dataset has errors already, so nothing was changed",
        "datasettet har feil allerede, så ingenting ble endret",
        "fix them first; 'kssgov check' shows them",
        "rett dem først; 'kssgov check' viser dem",
    ),
    "edit.would_be_invalid": Text(
        "the change would make the dataset invalid, so nothing was written",
        "endringen ville gjort datasettet ugyldig, så ingenting ble skrevet",
        "correct the values named above and try again",
        "rett verdiene som er nevnt ovenfor, og prøv igjen",
    ),
    "edit.record_invalid": Text(
        "the {table} is not valid, so nothing was written",
        "oppføringen ({table}) er ikke gyldig, så ingenting ble skrevet",
        "correct the values named above and try again",
        "rett verdiene som er nevnt ovenfor, og prøv igjen",
    ),
    "edit.cannot_read": Text(
        "cannot read {path}: {detail}",
        "kan ikke lese {path}: {detail}",
        "check that the file exists and that you may read it",
        "sjekk at filen finnes og at du har lesetilgang",
    ),
    "edit.cannot_write": Text(
        "cannot write {path}: {detail}",
        "kan ikke skrive {path}: {detail}",
        "the file is unchanged; check the disk and your permissions",
        "filen er uendret; sjekk disken og tilgangene dine",
    ),
    "edit.unknown_table": Text(
        "unknown record type {value!r}",
        "ukjent oppføringstype {value!r}",
        "use one of: {allowed}",
        "bruk en av: {allowed}",
    ),
    "edit.id_taken": Text(
        "the id {value!r} is already in use",
        "id-en {value!r} er allerede i bruk",
        "choose another id, or leave it out to get one",
        "velg en annen id, eller utelat den for å få en",
    ),
    "edit.duplicate": Text(
        "the same date, place and topic are already recorded as {value!r}",
        "samme dato, sted og tema er allerede registrert som {value!r}",
        "check that this is not the same record; add it anyway with --force",
        "sjekk at dette ikke er den samme oppføringen; legg den til likevel med --force",
    ),
    "edit.add_anyway": Text("Add it anyway?", "Legge den til likevel?"),
    "edit.changed_meanwhile": Text(
        "{value!r} was changed by someone else since you opened it, so your change was not saved",
        "{value!r} ble endret av noen andre etter at du åpnet den, så endringen din ble ikke lagret",
        "look at what changed, then make your change again",
        "se hva som ble endret, og gjør endringen din på nytt",
    ),
    "edit.no_record": Text(
        "there is no record with the id {value!r}",
        "det finnes ingen oppføring med id-en {value!r}",
        "check the id with 'kssgov check' or in the files",
        "sjekk id-en med 'kssgov check' eller i filene",
    ),
    "edit.no_id_written": Text(
        "the record {value!r} has no id written in {path}",
        "oppføringen {value!r} har ingen id skrevet i {path}",
        "run 'kssgov fmt' first",
        "kjør 'kssgov fmt' først",
    ),
    "edit.id_fixed": Text(
        "the id of a record cannot be changed",
        "id-en til en oppføring kan ikke endres",
        "calendar entries and links hang on it; add a new record instead",
        "kalenderoppføringer og lenker henger på den; legg heller til en ny oppføring",
    ),
    "edit.not_cancellable": Text(
        "the {table} {value!r} cannot be cancelled",
        "oppføringen {value!r} ({table}) kan ikke avlyses",
        "only activities, annual meetings and consultations can be cancelled or withdrawn",
        "bare aktiviteter, årsmøter og høringer kan avlyses eller trekkes",
    ),
    "edit.nothing_asked": Text(
        "nothing to change was given",
        "ingen endring ble oppgitt",
        "say what to change with --set FIELD=VALUE or --unset FIELD",
        "si hva som skal endres med --set FELT=VERDI eller --unset FELT",
    ),
    "edit.not_assignment": Text(
        "{value!r} is not FIELD=VALUE",
        "{value!r} er ikke FELT=VERDI",
        "write for example --set date=8.2.2024",
        "skriv for eksempel --set date=8.2.2024",
    ),
    # --- importing ---------------------------------------------------------------------
    "import.not_docx": Text(
        "{path} cannot be read as a Word document (.docx)",
        "{path} kan ikke leses som et Word-dokument (.docx)",
        "open it in Word or LibreOffice and save it as .docx",
        "åpne den i Word eller LibreOffice og lagre den som .docx",
    ),
    "import.no_table": Text(
        "{path} has no table with the columns Dato | Hvor | Tema (or Date | Where | Topic)",
        "{path} har ingen tabell med kolonnene Dato | Hvor | Tema (eller Date | Where | Topic)",
        "check that the table's first row holds these headings",
        "sjekk at tabellens første rad har disse overskriftene",
    ),
    "import.no_headings": Text(
        "{path}: the first row must be the headings Dato, Hvor, Tema (or Date, Where, Topic)",
        "{path}: den første raden må være overskriftene Dato, Hvor, Tema (eller Date, Where, Topic)",
        "add the headings as the first row of the spreadsheet",
        "legg til overskriftene som første rad i regnearket",
    ),
    "import.not_text": Text(
        "{path} is not a spreadsheet saved as text (CSV)",
        "{path} er ikke et regneark lagret som tekst (CSV)",
        "save the spreadsheet as CSV (UTF-8) and import that file",
        "lagre regnearket som CSV (UTF-8) og importer den filen",
    ),
    "import.too_large": Text(
        "{path} is {size} bytes, more than the limit of {limit}",
        "{path} er {size} byte, mer enn grensen på {limit}",
        "split the spreadsheet into smaller files",
        "del regnearket i mindre filer",
    ),
    "skip.not_csv": Text("the row cannot be read as CSV", "raden kan ikke leses som CSV"),
    "skip.few_columns": Text("it has fewer than three columns", "den har færre enn tre kolonner"),
    "skip.empty_date": Text("the date is empty", "datoen er tom"),
    "skip.empty_cell": Text("the Hvor or Tema column is empty", "kolonnen Hvor eller Tema er tom"),
    "skip.present": Text("it is already in the dataset", "den finnes allerede i datasettet"),
    "skip.merged": Text(
        "its cells are merged, so one text would be read into two columns",
        "cellene er slått sammen, så én tekst ville blitt lest inn i to kolonner",
    ),
    "skip.invalid": Text("{field}: {problem}", "{field}: {problem}"),
    "skip.too_long": Text(
        "a cell holds {length} characters, more than the {limit} a field can hold",
        "en celle har {length} tegn, mer enn de {limit} et felt kan romme",
    ),
    "docx.too_large": Text(
        "{path} would unpack to {size} bytes ({part}), more than the limit of {limit}",
        "{path} ville pakket seg ut til {size} byte ({part}), mer enn grensen på {limit}",
        "this is not an ordinary report; check where the file came from",
        "dette er ikke en vanlig årsmelding; sjekk hvor filen kommer fra",
    ),
    "docx.too_packed": Text(
        "{part} in {path} would unpack to {size} bytes from {packed}, "
        "more than {limit} times its packed size",
        "{part} i {path} ville pakket seg ut til {size} byte fra {packed}, mer enn {limit} ganger "
        "den pakkede størrelsen",
        "this is not an ordinary report; check where the file came from",
        "dette er ikke en vanlig årsmelding; sjekk hvor filen kommer fra",
    ),
    # --- exporters -----------------------------------------------------------------------
    "plugin.unknown": Text(
        "there is no exporter called {value!r}",
        "det finnes ingen eksportør som heter {value!r}",
        "installed: {known}",
        "installert: {known}",
    ),
    "plugin.left_out": Text(
        "{kind} entry point {entry_point!r} from {distribution}: {reason}",
        "{kind}-inngangspunktet {entry_point!r} fra {distribution}: {reason}",
    ),
    "plugin.failed": Text("failed to load: {detail}", "kunne ikke lastes: {detail}"),
    "plugin.not_exporter": Text(
        "is not an exporter (it needs name, output, media_type, description, Options and export())",
        "er ikke en eksportør (den trenger name, output, media_type, description, Options og export())",
    ),
    "plugin.not_command": Text("is not a click command", "er ikke en click-kommando"),
    "plugin.misnamed": Text(
        "names itself {value!r}; the entry point must have the same name",
        "kaller seg {value!r}; inngangspunktet må ha samme navn",
    ),
    "plugin.clash": Text(
        "the name {value!r} is claimed more than once ({others}); none of them is used",
        "navnet {value!r} er tatt mer enn én gang ({others}); ingen av dem brukes",
    ),
    "plugin.cannot_fill": Text(
        "the exporter {value!r} cannot fill markers",
        "eksportøren {value!r} kan ikke fylle ut markører",
        "use --with report",
        "bruk --with report",
    ),
    "plugin.unknown_distribution": Text("an unknown distribution", "en ukjent distribusjon"),
    "plugin.settings_unknown": Text(
        "no installed exporter reads the table [{value}]",
        "ingen installert eksportør leser tabellen [{value}]",
        "check the spelling; tables for exporters are: {allowed}",
        "sjekk stavemåten; tabeller for eksportører er: {allowed}",
    ),
    "source_date_epoch": Text(
        "SOURCE_DATE_EPOCH={value!r} is not a whole number of seconds",
        "SOURCE_DATE_EPOCH={value!r} er ikke et helt antall sekunder",
        "set it to seconds since 1970, for example $(date +%s), or unset it",
        "sett den til sekunder siden 1970, for eksempel $(date +%s), eller fjern den",
    ),
    "output.extension": Text(
        "{path} does not end in .{expected}, and the {exporter} exporter writes .{expected} files",
        "{path} slutter ikke på .{expected}, og eksportøren {exporter} skriver .{expected}-filer",
        "name the file to write with the ending .{expected}",
        "gi filen som skal skrives endelsen .{expected}",
    ),
    "output.pdf_not_docx": Text(
        "--pdf works for Word documents only; {exporter} writes .{output}",
        "--pdf virker bare for Word-dokumenter; {exporter} skriver .{output}",
        "leave out --pdf",
        "utelat --pdf",
    ),
    "option.unknown": Text(
        "the {exporter} exporter has no option {value!r}",
        "eksportøren {exporter} har ikke valget {value!r}",
        "its options are: {allowed}",
        "valgene er: {allowed}",
    ),
    "option.missing": Text("this option is required", "dette valget er påkrevd"),
    "option.invalid": Text(
        "{option}: {problem}",
        "{option}: {problem}",
    ),
    "pdf.no_libreoffice": Text(
        "cannot write a PDF: LibreOffice is not installed",
        "kan ikke skrive PDF: LibreOffice er ikke installert",
        "install LibreOffice (on Debian or Ubuntu: apt-get install libreoffice-writer-nogui) "
        "or open the .docx in Word and save it as PDF",
        "installer LibreOffice (på Debian eller Ubuntu: apt-get install libreoffice-writer-nogui) "
        "eller åpne .docx-filen i Word og lagre den som PDF",
    ),
    "pdf.timeout": Text(
        "LibreOffice did not finish converting {path} within {seconds} s",
        "LibreOffice ble ikke ferdig med å konvertere {path} innen {seconds} s",
        "try again; if it keeps happening, open the .docx in Word and save it as PDF",
        "prøv igjen; skjer det igjen, åpne .docx-filen i Word og lagre den som PDF",
    ),
    "pdf.failed": Text(
        "LibreOffice could not convert {path}: {detail}",
        "LibreOffice kunne ikke konvertere {path}: {detail}",
        "open the .docx in Word or LibreOffice and save it as PDF",
        "åpne .docx-filen i Word eller LibreOffice og lagre den som PDF",
    ),
    "pdf.no_output": Text("no PDF was written", "ingen PDF ble skrevet"),
    "write.failed": Text(
        "cannot write {path}: {detail}",
        "kan ikke skrive {path}: {detail}",
        "check that the folder exists and that you may write in it",
        "sjekk at mappen finnes og at du har skrivetilgang",
    ),
    # --- the command line ------------------------------------------------------------------
    "error": Text("Error: {message}", "Feil: {message}"),
    "severity.error": Text("error", "feil"),
    "severity.warning": Text("warning", "advarsel"),
    "problem.field": Text("field {field!r}: ", "felt {field!r}: "),
    "check.clean": Text("{folder}: no problems found.", "{folder}: ingen problemer funnet."),
    "check.summary": Text("{folder}: {errors}, {warnings}.", "{folder}: {errors}, {warnings}."),
    "check.strict": Text(
        "Failing because of warnings (--strict).", "Avslutter med feil på grunn av advarsler (--strict)."
    ),
    "written": Text("Wrote {path}", "Skrev {path}"),
    "export.warnings": Text(
        "Note: the dataset has {count}; run 'kssgov check {folder}' to see them.",
        "Merk: datasettet har {count}; kjør 'kssgov check {folder}' for å se dem.",
    ),
    "roster.heading": Text("{body} on {date}:", "{body} {date}:"),
    "roster.empty": Text("nobody holds a role on that day", "ingen har et verv den dagen"),
    "roster.no_body": Text(
        "there is no body {value!r}",
        "det finnes ikke noe organ {value!r}",
        "the bodies are: {known}",
        "organene er: {known}",
    ),
    "due.heading": Text(
        "Annual meeting {year}: the situation on {date}{note}", "Årsmøtet {year}: situasjonen {date}{note}"
    ),
    "due.unrecorded": Text(
        " (the meeting is not recorded yet; give its date with an [[agm]] record)",
        " (møtet er ikke registrert ennå; oppgi datoen i en [[agm]]-oppføring)",
    ),
    "due.ending": Text("Terms ending at the meeting:", "Verv som går ut på møtet:"),
    "due.to_confirm": Text(
        "To confirm (the term's start is not recorded, so it may end at this meeting):",
        "Å bekrefte (vervets start er ikke registrert, så det kan gå ut på dette møtet):",
    ),
    "due.by_employees": Text("elected by the employees", "valgt av de ansatte"),
    "due.vacant": Text(
        "{body}: {vacant} vacant ({held} of {seats} held)",
        "{body}: {vacant} ledig ({held} av {seats} besatt)",
    ),
    "due.orphaned": Text(
        "{deputy} is still deputy for {member}, whose term ended",
        "{deputy} er fortsatt vara for {member}, som har gått ut",
    ),
    "due.same_body": Text(
        "{person} holds two roles in {body} at once", "{person} har to verv i {body} samtidig"
    ),
    "due.incompatible": Text(
        "{person} sits in both {first} and {second}, which should not be combined",
        "{person} sitter både i {first} og {second}, som ikke bør kombineres",
    ),
    "due.nothing": Text("Nothing is due.", "Ingenting å følge opp."),
    "edit.added": Text("Added {table} {id} to {path}", "La til {table} {id} i {path}"),
    "edit.changed": Text("Changed {id}", "Endret {id}"),
    "edit.cancelled": Text("Cancelled {id}", "Avlyste {id}"),
    "edit.already_cancelled": Text(
        "{id} was already cancelled; nothing changed", "{id} var allerede avlyst; ingenting ble endret"
    ),
    "edit.withdrawn": Text("Withdrew {id}", "Trakk {id}"),
    "edit.already_withdrawn": Text(
        "{id} was already withdrawn; nothing changed", "{id} var allerede trukket; ingenting ble endret"
    ),
    "edit.formatted": Text("Tidied {path}", "Ryddet {path}"),
    "edit.tidy": Text("Nothing to tidy.", "Ingenting å rydde."),
    "import.added": Text("Imported {count} into {path}", "Importerte {count} til {path}"),
    "import.skipped": Text("row {row}: skipped: {reason}", "rad {row}: hoppet over: {reason}"),
    "import.nothing": Text("No rows to import.", "Ingen rader å importere."),
    "exporters.left_out": Text("warning: {problem}", "advarsel: {problem}"),
    # --- help of the commands and their options ---------------------------------------------
    "help.main": Text(
        "Keep an organisation's governance and advocacy records, and publish them.\n\n"
        "A dataset is a folder of TOML files with a kssgov.toml settings file. Name it as the "
        "last argument of a command, or set KSSGOV_DATASET; the current folder is the default. "
        "Start with 'kssgov check'.",
        "Før en organisasjons styrings- og påvirkningsarbeid, og publiser det.\n\n"
        "Et datasett er en mappe med TOML-filer og innstillingsfilen kssgov.toml. Oppgi den som "
        "siste argument til en kommando, eller sett KSSGOV_DATASET; gjeldende mappe er standard. "
        "Begynn med 'kssgov check'.",
    ),
    "help.commands": Text("Commands", "Kommandoer"),
    "help.check": Text(
        "Check DATASET and print every error and warning with its file and line.\n\n"
        "Exits 0 when there are no errors, 1 when there are (or warnings with --strict).",
        "Sjekk DATASET og skriv ut hver feil og advarsel med fil og linje.\n\n"
        "Avslutter med 0 når det ikke er feil, 1 når det er det (eller advarsler med --strict).",
    ),
    "short.check": Text(
        "Check a dataset: every error and warning with file and line.",
        "Sjekk et datasett: hver feil og advarsel med fil og linje.",
    ),
    "help.as_of": Text("Check the governing bodies on this day only.", "Sjekk organene bare på denne dagen."),
    "help.strict": Text("Fail (exit 1) on warnings too.", "Avslutt med feil (1) også ved advarsler."),
    "help.fix": Text(
        'Apply the suggested corrections ("did you mean ...?"), asking for each.',
        "Gjør de foreslåtte rettelsene («mente du ...?»), og spør for hver.",
    ),
    "export.left_out": Text(
        "Left out: {location}: {record} ({value}) is outside the period; did you mean {suggestion}? "
        "'kssgov check --fix' corrects it.",
        "Utelatt: {location}: {record} ({value}) ligger utenfor perioden; mente du {suggestion}? "
        "'kssgov check --fix' retter det.",
    ),
    "path.null": Text(
        "{value!r} cannot be a file or folder name: it holds a NUL character",
        "{value!r} kan ikke være et fil- eller mappenavn: det inneholder et NUL-tegn",
    ),
    "argument.null": Text(
        "'{value}' holds a NUL character (shown as \\0), which no command line, file or folder can hold",
        "'{value}' inneholder et NUL-tegn (vist som \\0), som ingen kommandolinje, fil eller mappe kan ha",
    ),
    "fix.none": Text("No suggested corrections to make.", "Ingen foreslåtte rettelser å gjøre."),
    "fix.offer": Text(
        "{location}: {record}: {field} {old} → {new}",
        "{location}: {record}: {field} {old} → {new}",
    ),
    "fix.confirm": Text("Make this correction?", "Gjøre denne rettelsen?"),
    "fix.applied": Text("Corrected {record}: {field} is now {new}.", "Rettet {record}: {field} er nå {new}."),
    "fix.summary": Text("{count} made.", "{count} gjort."),
    "help.yes": Text(
        "Accept every suggested correction without asking.", "Godta alle foreslåtte rettelser uten å spørre."
    ),
    "help.lang": Text(
        "Language of the messages: nb (bokmål) or en (English). Also KSSGOV_LANG.",
        "Språk i meldingene: nb (bokmål) eller en (engelsk). Også KSSGOV_LANG.",
    ),
    "help.schema": Text(
        "Print the JSON Schema of the dataset files, for editors that check files while you type.",
        "Skriv ut JSON-skjemaet for datasettfilene, for redigeringsprogrammer som sjekker "
        "filene mens du skriver.",
    ),
    "short.schema": Text("The JSON Schema of the dataset files.", "JSON-skjemaet for datasettfilene."),
    "help.settings_schema": Text(
        "The schema of kssgov.toml instead of the data files.",
        "Skjemaet for kssgov.toml i stedet for datafilene.",
    ),
    "help.output": Text("The file to write.", "Filen som skal skrives."),
    "help.export": Text(
        "Write a section of DATASET with an exporter (see 'kssgov exporters') to a file.\n\n"
        "For example: kssgov export politics examples/kss-2023 -o politikk.docx\n\n"
        "Each exporter has options of its own: kssgov export EXPORTER --help lists them.",
        "Skriv en del av DATASET med en eksportør (se 'kssgov exporters') til en fil.\n\n"
        "For eksempel: kssgov export politics examples/kss-2023 -o politikk.docx\n\n"
        "Hver eksportør har egne valg: kssgov export EKSPORTØR --help viser dem.",
    ),
    "short.export": Text(
        "Write a report section, the signature sheet or the calendar to a file.",
        "Skriv en del av årsmeldingen, signatursiden eller kalenderen til en fil.",
    ),
    "help.audience": Text(
        "Who the document is for; nothing narrower than this is included.",
        "Hvem dokumentet er for; ingenting snevrere enn dette tas med.",
    ),
    "help.doc_lang": Text(
        "Language of the document (default: the dataset's, usually nb).",
        "Språk i dokumentet (standard: datasettets, vanligvis nb).",
    ),
    "help.pdf": Text(
        "Also write a tagged PDF next to the output, with LibreOffice.",
        "Skriv også en tagget PDF ved siden av, med LibreOffice.",
    ),
    "help.exporters": Text(
        "List the installed exporters: name, output type, description and where each comes from.",
        "Vis de installerte eksportørene: navn, filtype, beskrivelse og hvor hver kommer fra.",
    ),
    "short.exporters": Text("List the installed exporters.", "Vis de installerte eksportørene."),
    "help.fill": Text(
        "Fill the {{kssgov:SECTION}} marker paragraphs of REPORT with sections of DATASET.\n\n"
        "Write the annual report in Word, leave a paragraph such as {{kssgov:politics}} where a "
        "section belongs, and this replaces each marker, leaving the rest as it was.",
        "Fyll markøravsnittene {{kssgov:DEL}} i REPORT med deler av DATASET.\n\n"
        "Skriv årsmeldingen i Word, la et avsnitt som {{kssgov:politics}} stå der en del skal inn, "
        "så erstatter denne kommandoen hver markør og lar resten stå som det var.",
    ),
    "short.fill": Text(
        "Fill the section markers of a report written in Word.",
        "Fyll delmarkørene i en årsmelding skrevet i Word.",
    ),
    "help.with": Text("The exporter that fills the markers.", "Eksportøren som fyller markørene."),
    "help.add": Text(
        "Add a record; values not given are asked for.\n\n"
        'For example: kssgov add activity DATASET --date 7.-8.2.2023 --where "..." --topic "..."',
        "Legg til en oppføring; verdier som ikke er oppgitt, blir spurt etter.\n\n"
        'For eksempel: kssgov add activity DATASET --date 7.-8.2.2023 --where "..." --topic "..."',
    ),
    "short.add": Text(
        "Add a record; values not given are asked for.",
        "Legg til en oppføring; manglende verdier blir spurt etter.",
    ),
    "help.force": Text(
        "Add the record even if one with the same date, place and topic exists.",
        "Legg til oppføringen selv om det finnes en med samme dato, sted og tema.",
    ),
    "help.edit": Text(
        "Change fields of the record RECORD_ID; comments and everything else stay as they were.\n\n"
        'VALUE is read as TOML when it is valid TOML (2023-02-07, 5, ["a", "b"]), else as text: '
        'kssgov edit DATASET 2023-01-30-redd-barna --set date=31.1.2023 --set "topic=Samarbeid"',
        "Endre felt i oppføringen RECORD_ID; kommentarer og alt annet blir stående som før.\n\n"
        'VERDI leses som TOML når den er gyldig TOML (2023-02-07, 5, ["a", "b"]), ellers som tekst: '
        'kssgov edit DATASET 2023-01-30-redd-barna --set date=31.1.2023 --set "topic=Samarbeid"',
    ),
    "short.edit": Text("Change fields of a record.", "Endre felt i en oppføring."),
    "help.set": Text("Set a field (repeatable).", "Sett et felt (kan gjentas)."),
    "help.unset": Text("Remove a field (repeatable).", "Fjern et felt (kan gjentas)."),
    "help.cancel": Text(
        "Cancel the activity or annual meeting RECORD_ID, or withdraw the consultation; it stays in "
        "the data and, for a while, in the calendar.",
        "Avlys aktiviteten eller årsmøtet RECORD_ID, eller trekk høringen; den blir stående i "
        "dataene og en tid i kalenderen.",
    ),
    "short.cancel": Text(
        "Cancel an activity or annual meeting, or withdraw a consultation.",
        "Avlys en aktivitet eller et årsmøte, eller trekk en høring.",
    ),
    "help.fmt": Text(
        "Rewrite the files of DATASET in the canonical layout and give every record an id, keeping comments.",
        "Skriv filene i DATASET om i standardoppsettet og gi hver oppføring en id, "
        "med kommentarene i behold.",
    ),
    "short.fmt": Text(
        "Tidy the files and give every record an id.", "Rydd i filene og gi hver oppføring en id."
    ),
    "help.import": Text(
        "Add politics-table rows (Dato | Hvor | Tema) from a Word report or a spreadsheet.",
        "Legg til rader i politikktabellen (Dato | Hvor | Tema) fra en Word-rapport eller et regneark.",
    ),
    "short.import": Text(
        "Add politics-table rows from Word or a spreadsheet.",
        "Legg til rader i politikktabellen fra Word eller et regneark.",
    ),
    "help.import_docx": Text(
        "Add the rows of the politics table(s) in FILE (.docx) to DATASET.",
        "Legg til radene i politikktabellen(e) i FILE (.docx) i DATASET.",
    ),
    "help.import_csv": Text(
        "Add the rows of FILE (CSV with the headings Dato, Hvor, Tema) to DATASET.",
        "Legg til radene i FILE (CSV med overskriftene Dato, Hvor, Tema) i DATASET.",
    ),
    "help.import_kind": Text("The kind of every imported activity.", "Typen for hver importerte aktivitet."),
    "help.governance": Text(
        "Who holds which role, and what the nomination committee must deal with.",
        "Hvem som har hvilket verv, og hva valgkomiteen må ta stilling til.",
    ),
    "short.governance": Text(
        "Rosters of the bodies, and what is due at an annual meeting.",
        "Organenes sammensetning, og hva som er aktuelt til et årsmøte.",
    ),
    "help.roster": Text(
        "Print who holds which role of a body on a day, with their deputies.",
        "Skriv ut hvem som har hvilket verv i et organ på en dag, med varaer.",
    ),
    "help.roster_body": Text("The body: its id or its kind.", "Organet: id-en eller typen."),
    "help.roster_date": Text("The day to show (default: today).", "Dagen som skal vises (standard: i dag)."),
    "help.due": Text(
        "List what is due at an annual meeting: ending terms, terms to confirm, vacancies, orphaned "
        "deputies, roles that should not be combined.",
        "Vis hva som er aktuelt til et årsmøte: verv som går ut, verv som må bekreftes, ledige "
        "plasser, varaer uten medlem, verv som ikke bør kombineres.",
    ),
    "help.due_agm": Text(
        "The year of the annual meeting (default: the next one).", "Året for årsmøtet (standard: det neste)."
    ),
    "help.due_date": Text(
        "The day to look from when the meeting is not recorded (default: today).",
        "Dagen det skal ses fra når møtet ikke er registrert (standard: i dag).",
    ),
    "help.dataset": Text(
        "The dataset folder (default: KSSGOV_DATASET, else the current folder).",
        "Datasettmappen (standard: KSSGOV_DATASET, ellers gjeldende mappe).",
    ),
    "option.year": Text(
        "The year to cover (default: the report year).", "Året som skal dekkes (standard: rapportåret)."
    ),
    "option.from": Text("The first day to cover.", "Den første dagen som skal dekkes."),
    "option.to": Text("The last day to cover.", "Den siste dagen som skal dekkes."),
    "option.kinds": Text(
        "Only activities of this kind (repeatable).", "Bare aktiviteter av denne typen (kan gjentas)."
    ),
    "option.bodies": Text(
        "Only records of this body, by id (repeatable).",
        "Bare oppføringer for dette organet, etter id (kan gjentas).",
    ),
    "option.alliances": Text(
        "Only records of this alliance, by id (repeatable).",
        "Bare oppføringer for denne alliansen, etter id (kan gjentas).",
    ),
    "option.template": Text(
        "The organisation's own .docx: its styles, header, footer and page setup are used.",
        "Organisasjonens egen .docx: stiler, topptekst, bunntekst og sideoppsett brukes.",
    ),
    "option.date": Text(
        "The day the document is for (the day the board signs).",
        "Dagen dokumentet gjelder (dagen styret signerer).",
    ),
    "option.place": Text("The place printed with the date.", "Stedet som skrives sammen med datoen."),
    "option.grace_days": Text(
        "How many days a cancelled event stays in the feed after it was to end.",
        "Hvor mange dager en avlyst hendelse blir stående i kalenderen etter at den skulle vært over.",
    ),
    "option.refresh_minutes": Text(
        "How often calendar programs should look again, in minutes.",
        "Hvor ofte kalenderprogrammer skal se etter endringer, i minutter.",
    ),
    "option.feed_name": Text(
        "The calendar's name, as subscribers see it.", "Kalenderens navn, slik abonnentene ser det."
    ),
    "option.feed_description": Text("The calendar's description.", "Kalenderens beskrivelse."),
    "option.domain": Text(
        "The domain that makes event UIDs unique (<id>@<domain>).",
        "Domenet som gjør hendelsenes UID unike (<id>@<domene>).",
    ),
    "prompt.field.date": Text("Date", "Dato"),
    "prompt.field.where": Text("Where", "Hvor"),
    "prompt.field.topic": Text("Topic", "Tema"),
    "prompt.field.kind": Text("Kind", "Type"),
    "prompt.field.role": Text("Role", "Rolle"),
    "prompt.field.status": Text("Status", "Status"),
    "prompt.field.visibility": Text("Visibility", "Synlighet"),
    "prompt.field.person": Text("Person", "Person"),
    "prompt.field.body": Text("Body", "Organ"),
    "prompt.field.title": Text("Title", "Tittel"),
    "prompt.field.issuer": Text("Issuer", "Avsender"),
    "prompt.field.deadline": Text("Deadline", "Frist"),
    "prompt.field.name": Text("Name", "Navn"),
    "prompt.field.year": Text("Year", "År"),
    "prompt.field.recipient": Text("Recipient", "Mottaker"),
    "prompt.field.prize": Text("Prize", "Pris"),
    "prompt.field.measure": Text("Measure", "Måltall"),
    "prompt.field.value": Text("Value", "Verdi"),
    "prompt.field.outlet": Text("Outlet", "Medium"),
    "prompt.field.channel": Text("Channel", "Kanal"),
    "prompt.field.agm": Text("Annual meeting", "Årsmøte"),
    "prompt.field.subject": Text("Subject", "Gjelder"),
    "prompt.field.operating_form": Text("Operating form", "Driftsform"),
    "prompt.field.elected_by": Text("Elected by", "Valgt av"),
    "prompt.field.sources": Text("Sources", "Kilder"),
    "prompt.field.venue": Text("Venue", "Sted"),
    "prompt.field.alliance": Text("Alliance", "Allianse"),
    "prompt.field.consultation": Text("Consultation", "Høring"),
    "prompt.field.description": Text("Description", "Beskrivelse"),
    "prompt.field.url": Text("Web address", "Nettadresse"),
    "prompt.field.note": Text("Note", "Merknad"),
    "prompt.field.affiliation": Text("Affiliation", "Tilknytning"),
    "prompt.field.region": Text("Region", "Region"),
    "prompt.field.seat": Text("Seat", "Plass"),
    "prompt.field.deputy_for": Text("Deputy for", "Vara for"),
    "prompt.field.start": Text("Start", "Start"),
    "prompt.field.end": Text("End", "Slutt"),
    "prompt.field.partners": Text("Partners", "Samarbeidspartnere"),
    "prompt.field.funders": Text("Funders", "Tilskuddsytere"),
    "prompt.field.amount": Text("Amount", "Beløp"),
    "prompt.field.amount_note": Text("About the amount", "Om beløpet"),
    "prompt.field.years": Text("Years", "År"),
    "prompt.field.leaders": Text("Directors", "Daglige ledere"),
    "prompt.field.contact": Text("Contact", "Kontakt"),
    "prompt.field.participants": Text("Participants", "Deltakere"),
    "prompt.field.citation": Text("Citation", "Begrunnelse"),
    "prompt.field.gifts": Text("Gifts", "Gaver"),
    "prompt.field.presented_at": Text("Presented at", "Delt ut under"),
    "prompt.field.unit": Text("Programme", "Tiltak"),
    "prompt.field.previous": Text("The year before", "Året før"),
    "prompt.field.change": Text("Change (%)", "Endring (%)"),
    "prompt.field.temporary": Text("Temporary", "Vikariat"),
    "prompt.field.result": Text("Result", "Resultat"),
    "prompt.field.auditor": Text("Auditor", "Revisor"),
    "prompt.field.accountant": Text("Accountant", "Regnskapsfører"),
    "prompt.field.accountant_contact": Text("Accountant's contact", "Kontaktperson hos regnskapsfører"),
    "prompt.field.mandate": Text("Mandate", "Mandat"),
    "prompt.field.tasks": Text("Tasks", "Oppgaver"),
    "prompt.field.term_years": Text("Term in years", "Funksjonstid i år"),
    "prompt.field.seats": Text("Seats", "Plasser"),
    "prompt.field.has_chair": Text("Has a chair", "Har leder"),
    "prompt.field.response": Text("Our response", "Vårt svar"),
    "prompt.field.reference": Text("Reference", "Referanse"),
    "prompt.field.date_note": Text("Date note", "Om datoen"),
    "prompt.field.proposed": Text("Proposed", "Foreslått"),
    "prompt.field.elected": Text("Elected", "Valgt"),
    "prompt.field.meetings": Text("Meetings", "Møter"),
    "prompt.field.cases": Text("Cases", "Saker"),
    "prompt.field.kind_note": Text("Kind note", "Om typen"),
    "prompt.field.short_name": Text("Short name", "Kortnavn"),
    "prompt.field.website": Text("Website", "Nettside"),
    "prompt.field.email": Text("E-mail", "E-post"),
    "prompt.date_forms": Text(
        "6.1.2023, 7.-8.2.2023 or 2023-01-06", "6.1.2023, 7.-8.2.2023 eller 2023-01-06"
    ),
    "prompt.retry": Text("{problem} Try again.", "{problem} Prøv igjen."),
    # --- what each field of a record holds -------------------------------------------------
    "field.id": Text(
        "A stable id (made from the date and text when left out).",
        "En varig id (lages av dato og tekst når den utelates).",
    ),
    "field.visibility": Text("Who may see the record.", "Hvem som kan se oppføringen."),
    "field.sources": Text(
        "A link or citation backing the record up (repeatable).",
        "En lenke eller kilde som underbygger oppføringen (kan gjentas).",
    ),
    "field.date": Text(
        "The date: 6.1.2023, 7.-8.2.2023, 2023-01-06 or 7.2.2023 kl. 10.00-12.00.",
        "Datoen: 6.1.2023, 7.-8.2.2023, 2023-01-06 eller 7.2.2023 kl. 10.00-12.00.",
    ),
    "field.where": Text(
        "Where, as the report prints it (the Hvor column).",
        "Hvor, slik årsmeldingen skriver det (kolonnen Hvor).",
    ),
    "field.topic": Text("The topic (the Tema column).", "Temaet (kolonnen Tema)."),
    "field.kind": Text("What kind of record it is.", "Hva slags oppføring det er."),
    "field.role": Text(
        "The organisation's part, or the person's role.", "Organisasjonens rolle, eller personens verv."
    ),
    "field.status": Text("Where it stands.", "Hvor den står."),
    "field.venue": Text("The physical place, for calendars.", "Det fysiske stedet, for kalendere."),
    "field.alliance": Text("The id of the alliance it belongs to.", "Id-en til alliansen den hører til."),
    "field.consultation": Text("The id of the consultation it answers.", "Id-en til høringen den svarer på."),
    "field.body": Text("The id of the governing body.", "Id-en til organet."),
    "field.description": Text("A description.", "En beskrivelse."),
    "field.url": Text("A web address (https://...).", "En nettadresse (https://...)."),
    "field.issuer": Text("Who issued the consultation.", "Hvem som sendte høringen."),
    "field.title": Text("The title.", "Tittelen."),
    "field.reference": Text("The issuer's reference.", "Avsenderens referanse."),
    "field.deadline": Text("The deadline: 1.3.2024 or 2024-03-01.", "Fristen: 1.3.2024 eller 2024-03-01."),
    "field.response": Text("Our response, or a link to it.", "Vårt svar, eller en lenke til det."),
    "field.participants": Text(
        "A partner or participant (repeatable).", "En partner eller deltaker (kan gjentas)."
    ),
    "field.funders": Text("A funder (repeatable).", "En tilskuddsyter (kan gjentas)."),
    "field.name": Text("The name.", "Navnet."),
    "field.prize": Text("The prize.", "Prisen."),
    "field.year": Text("The year.", "Året."),
    "field.recipient": Text("Who received it.", "Hvem som fikk den."),
    "field.affiliation": Text(
        "Where the person works or comes from.", "Hvor personen arbeider eller kommer fra."
    ),
    "field.citation": Text("The citation as printed.", "Begrunnelsen slik den er trykt."),
    "field.presented_at": Text("Where it was presented.", "Hvor den ble delt ut."),
    "field.gifts": Text("What was given (repeatable).", "Hva som ble gitt (kan gjentas)."),
    "field.seats": Text("The number of full seats.", "Antall faste plasser."),
    "field.has_chair": Text("Whether the body has a chair.", "Om organet har en leder."),
    "field.term_years": Text(
        "How many years a term at the annual meeting lasts.", "Hvor mange år et verv valgt på årsmøtet varer."
    ),
    "field.person": Text("The person's name.", "Personens navn."),
    "field.region": Text("The id of the region.", "Id-en til regionen."),
    "field.seat": Text(
        "The seat, so that two holders at once are caught.",
        "Plassen, slik at to innehavere samtidig blir oppdaget.",
    ),
    "field.deputy_for": Text(
        "The id of the member's term this personal deputy stands in for.",
        "Id-en til medlemmets verv som denne personlige varaen står for.",
    ),
    "field.start": Text(
        'When the term starts: a date, or "agm 2024" for the annual meeting.',
        "Når vervet begynner: en dato, eller «agm 2024» for årsmøtet.",
    ),
    "field.end": Text(
        'When the term ends: a date, or "agm 2026" for the annual meeting.',
        "Når vervet slutter: en dato, eller «agm 2026» for årsmøtet.",
    ),
    "field.elected_by": Text(
        "Who elected or appointed the person.", "Hvem som valgte eller oppnevnte personen."
    ),
    "field.note": Text("A note printed with the record.", "En merknad som skrives ut med oppføringen."),
    "field.agm": Text("The id of the annual meeting.", "Id-en til årsmøtet."),
    "field.proposed": Text(
        "A person the nomination committee proposed (repeatable).",
        "En person valgkomiteen innstilte (kan gjentas).",
    ),
    "field.elected": Text("A person elected (repeatable).", "En person som ble valgt (kan gjentas)."),
    "field.subject": Text(
        "The id of the body or alliance the figures are for.",
        "Id-en til organet eller alliansen tallene gjelder.",
    ),
    "field.meetings": Text("How many meetings.", "Antall møter."),
    "field.cases": Text("How many cases.", "Antall saker."),
    "field.operating_form": Text("How the member is run.", "Medlemmets driftsform."),
    "field.leaders": Text("A director (repeatable).", "En daglig leder (kan gjentas)."),
    "field.contact": Text("The contact address.", "Kontaktadressen."),
    "field.partners": Text("A partner (repeatable).", "En samarbeidspartner (kan gjentas)."),
    "field.amount": Text("The grant in whole kroner.", "Tilskuddet i hele kroner."),
    "field.amount_note": Text(
        "A note printed beside the amount.", "En merknad som skrives ved siden av beløpet."
    ),
    "field.mandate": Text(
        "The body's mandate, as the report prints it.", "Organets mandat, slik årsmeldingen skriver det."
    ),
    "field.tasks": Text("One of the body's tasks (repeatable).", "En av organets oppgaver (kan gjentas)."),
    "field.staff.title": Text("The person's title: rådgiver, leder.", "Personens stilling: rådgiver, leder."),
    "field.staff.start": Text(
        "When the employment began: a date, or a month such as 9.2023.",
        "Når ansettelsen begynte: en dato, eller en måned som 9.2023.",
    ),
    "field.staff.end": Text(
        "When it ended: a date, or a month such as 8.2023.",
        "Når den sluttet: en dato, eller en måned som 8.2023.",
    ),
    "field.unit": Text(
        "The id of the programme (project) it belongs to; none for the organisation itself.",
        "Id-en til tiltaket (prosjektet) det hører til; ingen for organisasjonen selv.",
    ),
    "field.temporary": Text("Whether it is a temporary substitute (vikar).", "Om det er et vikariat."),
    "field.measure": Text("What the figure counts.", "Hva tallet teller."),
    "field.value": Text("The figure.", "Tallet."),
    "field.channel": Text("Where it was counted.", "Hvor det ble talt."),
    "field.previous": Text("The same figure the year before.", "Det samme tallet året før."),
    "field.change": Text(
        "The change from the year before, in per cent.", "Endringen fra året før, i prosent."
    ),
    "field.outlet": Text("The newspaper, broadcaster or site.", "Avisen, kanalen eller nettstedet."),
    "field.result": Text(
        "The year's result in whole kroner (negative for a deficit).",
        "Årets resultat i hele kroner (negativt for underskudd).",
    ),
    "field.auditor": Text("The auditor.", "Revisor."),
    "field.accountant": Text("The accountant.", "Regnskapsfører."),
    "field.accountant_contact": Text("The accountant's contact person.", "Regnskapsførerens kontaktperson."),
    "field.years": Text("A year the grant covers (repeatable).", "Et år tilskuddet gjelder (kan gjentas)."),
    # --- record types, as a person names them ----------------------------------------------
    "table.activity": Text("activity", "aktivitet"),
    "table.consultation": Text("consultation", "høring"),
    "table.alliance": Text("alliance", "allianse"),
    "table.body": Text("body", "organ"),
    "table.agm": Text("annual meeting", "årsmøte"),
    "table.term": Text("term", "funksjonstid"),
    "table.election": Text("election", "valg"),
    "table.statistics": Text("figures", "tall"),
    "table.award": Text("award", "pris"),
    "table.member": Text("member", "medlem"),
    "table.project": Text("project", "prosjekt"),
    "table.staff": Text("employee", "ansatt"),
    "table.figure": Text("figure", "tall"),
    "table.media": Text("media item", "medieoppslag"),
    "table.finances": Text("finances", "økonomi"),
    "table.subject": Text("body or alliance", "organ eller allianse"),
}

#: Labels of vocabulary values, keyed by ``Vocabulary.value`` within each vocabulary's name.
VOCABULARY: Final[dict[str, dict[str, tuple[str, str]]]] = {
    "Visibility": {
        "public": ("public", "åpen"),
        "members": ("members", "medlemmer"),
        "board": ("board", "styret"),
    },
    "ActivityKind": {
        "consultation_response": ("Consultation response", "Høringssvar"),
        "written_input": ("Written input", "Skriftlig innspill"),
        "oral_hearing": ("Oral hearing", "Muntlig høring"),
        "meeting": ("Meeting", "Møte"),
        "conference": ("Conference", "Konferanse"),
        "seminar": ("Seminar", "Seminar"),
        "panel": ("Panel", "Panelsamtale"),
        "appeal": ("Appeal", "Appell"),
        "launch": ("Launch", "Lansering"),
        "event": ("Event", "Arrangement"),
        "organised_event": ("Organised event", "Eget arrangement"),
        "other": ("Other", "Annet"),
    },
    "ActivityRole": {
        "participant": ("participant", "deltaker"),
        "speaker": ("speaker", "innleder"),
        "organiser": ("organiser", "arrangør"),
        "co_organiser": ("co-organiser", "medarrangør"),
        "submitter": ("submitter", "avsender"),
    },
    "Status": {
        "planned": ("planned", "planlagt"),
        "held": ("held", "gjennomført"),
        "cancelled": ("cancelled", "avlyst"),
    },
    "ConsultationStatus": {
        "open": ("open", "åpen"),
        "drafting": ("drafting", "under arbeid"),
        "submitted": ("submitted", "sendt"),
        "declined": ("declined", "ikke besvart"),
        "withdrawn": ("withdrawn", "trukket"),
    },
    "AllianceKind": {
        "reference_group": ("Reference group", "Referansegruppe"),
        "alliance": ("Alliance", "Allianse"),
        "network": ("Network", "Nettverk"),
    },
    "BodyKind": {
        "annual_meeting": ("annual meeting", "årsmøte"),
        "board": ("board", "styre"),
        "ethics_council": ("ethics council", "fagetisk råd"),
        "nomination_committee": ("nomination committee", "valgkomité"),
        "other": ("other body", "annet organ"),
    },
    "Role": {
        "chair": ("chair", "leder"),
        "deputy_chair": ("deputy chair", "nestleder"),
        "member": ("member", "medlem"),
        "employee_representative": ("employee representative", "ansattrepresentant"),
        "deputy": ("deputy", "vara"),
        "secretary": ("secretary", "sekretær"),
    },
    "ElectedBy": {
        "annual_meeting": ("the annual meeting", "årsmøtet"),
        "employees": ("the employees", "de ansatte"),
        "body": ("the body itself", "organet selv"),
        "appointed": ("appointment", "oppnevning"),
    },
    "OperatingForm": {
        "municipal": ("Municipal", "Kommunalt"),
        "inter_municipal": ("Inter-municipal company", "Interkommunalt selskap"),
        "foundation": ("Foundation", "Stiftelse"),
        "non_profit": ("Non-profit organisation", "Ideell organisasjon"),
        "other": ("Other", "Annet"),
    },
    "Channel": {
        "facebook": ("Facebook", "Facebook"),
        "instagram": ("Instagram", "Instagram"),
        "linkedin": ("LinkedIn", "LinkedIn"),
        "youtube": ("YouTube", "YouTube"),
        "website": ("the website", "nettsiden"),
        "newsletter": ("newsletters", "nyhetsbrev"),
        "media": ("the media", "media"),
        "online_media": ("online media", "nettaviser og nettsteder"),
        "print_media": ("print media", "papiraviser"),
        "phone": ("phone", "telefon"),
        "chat": ("chat", "chat"),
    },
    "Measure": {
        "followers": ("Followers", "Følgere"),
        "posts": ("Posts published", "Antall innlegg publisert"),
        "stories": ("Stories published", "Antall publiserte historier"),
        "visits": ("Visits", "Antall besøk"),
        "unique_visitors": ("Unique visitors", "Unike besøkende"),
        "interactions": (
            "Interactions (likes, comments, shares)",
            "Innholdssamhandlinger (likes, kommentarer, delinger)",
        ),
        "reach": ("Reach", "Rekkevidde"),
        "link_clicks": ("Link clicks", "Antall lenkeklikk"),
        "views": ("Views", "Avspillinger"),
        "sent": ("Sent", "Sendt ut"),
        "hits": ("Hits", "Treff"),
        "enquiries": ("Enquiries", "Henvendelser"),
    },
    "ProjectKind": {
        "project": ("project", "prosjekt"),
        "programme": ("programme", "tiltak"),
    },
}


class Noun(NamedTuple):
    """A noun in both languages: singular and plural, and the bokmål gender that decides "én"/"ett"."""

    en: tuple[str, str]
    nb: tuple[str, str]
    neuter: bool = False


NOUNS: Final[dict[str, Noun]] = {
    "error": Noun(("error", "errors"), ("feil", "feil")),
    "warning": Noun(("warning", "warnings"), ("advarsel", "advarsler")),
    "row": Noun(("row", "rows"), ("rad", "rader")),
    "meeting": Noun(("meeting", "meetings"), ("møte", "møter"), neuter=True),
    "case": Noun(("case", "cases"), ("sak", "saker")),
    "project": Noun(("project", "projects"), ("prosjekt", "prosjekter"), neuter=True),
    "programme": Noun(("programme", "programmes"), ("tiltak", "tiltak"), neuter=True),
    "member": Noun(("member", "members"), ("medlem", "medlemmer"), neuter=True),
    "seat": Noun(("seat", "seats"), ("plass", "plasser")),
    "correction": Noun(("correction", "corrections"), ("rettelse", "rettelser")),
    "enquiry": Noun(("enquiry", "enquiries"), ("henvendelse", "henvendelser")),
    "newsletter": Noun(("newsletter", "newsletters"), ("nyhetsbrev", "nyhetsbrev"), neuter=True),
    "follower": Noun(("follower", "followers"), ("følger", "følgere")),
}

_NUMBER_WORDS: Final[dict[Language, tuple[str, ...]]] = {
    "en": (
        "no",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
    ),
    "nb": ("ingen", "én", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv"),
}
_AND: Final[dict[Language, str]] = {"en": "and", "nb": "og"}


def format_date(day: dt.date) -> str:
    """One day in the house style, the organisation's in either language: ``6.1.2023``."""
    return f"{day.day}.{day.month}.{day.year}"


def _shown(value: object, language: Language) -> object:
    """A message's parameter as a person reads it: words in *language*, a day in the house style."""
    if isinstance(value, Words):
        return value.render(language)
    if type(value) is dt.date:
        return format_date(value)
    return value


def _format(template: str, language: Language, params: Mapping[str, object]) -> str:
    return template.format(**{k: _shown(v, language) for k, v in params.items()})


def render(code: str | Text, language: Language, **params: object) -> tuple[str, str]:
    """The message and the hint for *code* (or a plugin's own :class:`Text`) in *language*."""
    entry = code if isinstance(code, Text) else CATALOG[code]
    if language == "nb":
        return _format(entry.nb, language, params), _format(entry.nb_hint, language, params)
    return _format(entry.en, language, params), _format(entry.en_hint, language, params)


def text(code: str | Text, language: Language, **params: object) -> str:
    """The message for *code* in *language*, without its hint."""
    return render(code, language, **params)[0]


def sentence(code: str | Text, language: Language, **params: object) -> str:
    """The message and its hint as one line: ``message; hint``."""
    message, hint = render(code, language, **params)
    return f"{message}; {hint}" if hint else message


def field_words(table: str | None, name: str, own: object = None) -> str | None:
    """The catalogue's code for what a field holds: its *own* code, else its table's, else the shared one.

    None when the catalogue has none (a plugin's option without words).
    """
    for code in (own, f"field.{table}.{name}", f"field.{name}"):
        if isinstance(code, str) and code in CATALOG:
            return code
    return None


def label(member: enum.Enum, language: Language) -> str:
    """The name of a vocabulary value for a person: ``ActivityKind.MEETING`` -> ``Møte``."""
    en, nb = VOCABULARY[type(member).__name__][str(member.value)]
    return nb if language == "nb" else en


def number(value: int, language: Language, *, neuter: bool = False) -> str:
    """*value* in words when the house style writes it so (up to twelve), else in digits."""
    if 0 <= value < len(_NUMBER_WORDS[language]):
        word = _NUMBER_WORDS[language][value]
        return "ett" if (language == "nb" and value == 1 and neuter) else word
    return str(value)


def counted(noun: str, value: int, language: Language, *, in_words: bool = False) -> str:
    """``6 møter``, ``seks møter``, ``1 sak``, ``ett møte``: the number and the noun in agreement."""
    entry = NOUNS[noun]
    singular, many = entry.nb if language == "nb" else entry.en
    shown = number(value, language, neuter=entry.neuter) if in_words else str(value)
    return f"{shown} {singular if value == 1 else many}"


def join(items: Sequence[str], language: Language) -> str:
    """``A, B og C`` / ``A, B and C``."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {_AND[language]} {items[-1]}"


def user_language(environ: Mapping[str, str] = os.environ) -> Language:
    """The language to speak to the person at the keyboard.

    ``KSSGOV_LANG`` when it is set; else bokmål when the system's locale is
    Norwegian (``LC_ALL``, ``LC_MESSAGES``, ``LANG``); else English.
    """
    chosen = environ.get("KSSGOV_LANG", "").strip().lower()
    if chosen in LANGUAGES:
        return "nb" if chosen == "nb" else "en"
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "").strip().lower()
        if value:
            return "nb" if value.startswith(("nb", "no", "nn")) else "en"
    return "en"


_OS_REASONS: Final[dict[int, str]] = {
    errno.EACCES: "os.denied",
    errno.EPERM: "os.denied",
    errno.ENOENT: "os.missing",
    errno.EISDIR: "os.is_folder",
    errno.ENOTDIR: "os.not_folder",
    errno.ELOOP: "os.loop",
    errno.ENOSPC: "os.full",
    errno.EROFS: "os.read_only",
}


def os_reason(error: OSError) -> Phrase:
    """Why the system refused, in words the reader's language has."""
    if error.errno is None:
        return Phrase("os.unknown", detail=error.strerror or str(error))
    return Phrase(_OS_REASONS.get(error.errno, "os.other"), number=error.errno)
