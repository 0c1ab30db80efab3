"""Every word kssgov says to a person: the English, by message code; the other languages in catalogues.

Problems, errors and the command line's sentences carry a message *code* and
parameters rather than a finished sentence, so that each reader gets them in
their own language. A parameter that is itself words (what type was expected,
why a date is impossible) is a :class:`Phrase`, rendered in the same language.
Vocabulary labels, nouns with their plurals and numbers in words live here too.
The English is here; bokmål and nynorsk are in ``locale/*/LC_MESSAGES/kssgov.po``
(see :mod:`kssgov.translations`).

Documents have words of their own (a report's headings, a calendar's names):
those belong to the exporter that writes them, in its own catalogue.
"""

from __future__ import annotations

import datetime as dt
import enum
import errno
import functools
import os
import tomllib
from collections.abc import Mapping, Sequence
from typing import Final

from .translations import (
    DOMAIN,
    LANGUAGE_TAGS,
    LANGUAGES,
    Language,
    Noun,
    Text,
    catalogue,
    language_of,
    nouns,
    translate,
    translate_noun,
)

__all__ = ["LANGUAGES", "LANGUAGE_TAGS", "Language", "Text"]


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


CATALOG: Final = catalogue(
    DOMAIN,
    {
        # --- values --------------------------------------------------------------------
        "date.unreadable": Text(
            "{value!r} is not a date or date range",
            "write a date as 6.1.2023 or 2023-01-06, a range as 7.-8.2.2023, 30.1.-2.2.2023 "
            "or 30.12.2023-2.1.2024, a time as 7.2.2023 kl. 10.00-12.00",
        ),
        "date.impossible": Text(
            "{value!r} is not a real date ({reason})", "check the day and month against a calendar"
        ),
        "reason.month": Text("there is no month {month}"),
        "reason.day": Text("the month has no day {day}"),
        "reason.hour": Text("there is no hour {hour}"),
        "reason.minute": Text("there is no minute {minute}"),
        "date.out_of_range": Text("{value!r} lies outside the years {first} to {last}", "check the year"),
        "date.end_before_start": Text(
            "the span {value!r} does not end after it starts",
            "put the earlier date first; a span with times lasts at least a minute",
        ),
        "date.times_incomplete": Text(
            "a timed span needs both a start time and an end time",
            "give both times, or leave both out for an all-day record",
        ),
        "date.timezone_unknown": Text(
            "{value!r} is not a known time zone", "use an IANA time zone name such as Europe/Oslo"
        ),
        "date.not_a_date": Text(
            "{value!r} is not a date",
            'write a date as 2023-04-26 (without quotes) or as the text "26.4.2023"',
        ),
        "text.control_character": Text(
            "the text contains the control character {char}",
            "remove it; only line breaks and tabs are allowed in text",
        ),
        "text.empty": Text("the text is empty", "write a value or leave the field out"),
        "text.line_break": Text("the text holds a line break", "write this field on one line"),
        "text.too_long": Text(
            "the text is {length} characters long, more than the {limit} this field can hold", "shorten it"
        ),
        "url.invalid": Text(
            "{value!r} is not a web address",
            "write a whole address starting with https:// or http://, with no spaces",
        ),
        "id.malformed": Text(
            "{value!r} is not a usable id",
            "use lower-case letters, digits and - . _ only, starting with a letter or digit, "
            "at most {limit} characters",
        ),
        "enum.unknown": Text("{value!r} is not one of the allowed values", "use one of: {allowed}"),
        "number.negative": Text("{value!r} is negative", "write zero or a positive whole number"),
        "number.out_of_range": Text(
            "{value!r} is outside the range {first} to {last}", "write a whole number from {first} to {last}"
        ),
        "year.implausible": Text(
            "{value!r} is not a plausible year", "write a four-digit year from {first} to {last}"
        ),
        "type.wrong": Text("{value!r} has the wrong type: expected {expected}", "write {expected}"),
        "expect.text": Text("text"),
        "expect.texts": Text('a list of texts such as ["a", "b"]'),
        "expect.list": Text('a list such as ["a", "b"]'),
        "expect.whole_number": Text("a whole number"),
        "expect.year": Text("a year such as 2023"),
        "expect.years": Text("a list of years such as [2023, 2024]"),
        "expect.boolean": Text("true or false"),
        "expect.time": Text("a time of day without zone"),
        "expect.regions": Text('a table such as nord = "Nord"'),
        "expect.table": Text("a table of settings"),
        "expect.other": Text("another kind of value"),
        "field.missing": Text("the required field is missing", "add the field to this record"),
        "field.unknown": Text("unknown field", "check the spelling; allowed fields are: {allowed}"),
        "term.bound": Text(
            "{value!r} is not a term boundary",
            "write a date such as 2023-04-26, or {{agm = 2023}} for the annual meeting of 2023",
        ),
        "term.deputy_for_not_deputy": Text(
            "only a deputy can stand in for another term", 'set role = "deputy" or remove deputy_for'
        ),
        "term.deputy_for_self": Text(
            "the term stands in for itself", "name the term of the member this deputy stands in for"
        ),
        "term.deputy_for_deputy": Text(
            "{value!r} is itself a deputy's term",
            "name the term of the member this deputy stands in for, not another deputy",
        ),
        "term.deputy_other_body": Text(
            "{value!r} is a term of another body", "a personal deputy stands in for a member of the same body"
        ),
        "agm.year_mismatch": Text(
            "the meeting on {value} is not in its year {year}", "make year and date agree"
        ),
        "staff.end_before_start": Text(
            "the employment ends ({end}) before it starts ({start})", "check start and end"
        ),
        "figure.share_over_100": Text(
            "{value} is more than 100, but a share (share_of) is in per cent",
            "give the share in per cent, or leave out share_of for a count",
        ),
        "figure.share_of_itself": Text(
            "a figure cannot be a share of itself ({value!r})", "give the id of the figure it is a share of"
        ),
        "figure.group_without_category": Text(
            "the breakdown {value!r} needs the category this figure counts",
            'add category = "..." (for example "voldsutsatte")',
        ),
        "media.year_mismatch": Text(
            "the story's date {value} is not in its year {year}", "make year and date agree"
        ),
        "settings.language": Text(
            "{value!r} is not a supported language",
            'use "nb" (Norwegian Bokmål), "nn" (Norwegian Nynorsk) or "en" (English)',
        ),
        "settings.token": Text(
            "the token is too short or holds characters other than letters, digits, - and _",
            "use at least 16 random letters and digits, for example from: python3 -c "
            '"import secrets; print(secrets.token_urlsafe(24))"',
        ),
        "settings.token_reused": Text(
            "the members' token and the board's token are the same",
            "give each audience its own token, or the members could read the board's records",
        ),
        "settings.token_environment": Text(
            "the token in {variable} is not usable: {reason}",
            "set {variable} to at least 16 random letters and digits, or unset it",
        ),
        # --- files ---------------------------------------------------------------------
        "file.toml_syntax": Text(
            "the file is not valid TOML: {detail}",
            "fix the syntax at this line; a text value needs quotes, a table header [[activity]] "
            "needs both brackets",
        ),
        "file.too_deep": Text(
            "the file nests tables or lists more than {limit} levels deep",
            "write records as [[table]] entries with plain values",
        ),
        "file.not_text": Text(
            "the file is not UTF-8 text", "save the file as UTF-8 text, or move it out of the dataset folder"
        ),
        "file.unreadable": Text(
            "the file cannot be read: {detail}", "check that the file exists and that you may read it"
        ),
        "file.not_regular": Text(
            "this is not an ordinary file",
            "remove it from the dataset folder, or give it a name that does not end in .toml",
        ),
        "file.leftover": Text(
            "a temporary file left by a change to {target} that was interrupted",
            "the next change to the dataset removes it; the data files are whole",
        ),
        "folder.unreadable": Text(
            "the folder cannot be read: {detail}",
            "give yourself permission to read it, or move it out of the dataset folder",
        ),
        "file.too_large": Text(
            "the file is {size} bytes, more than the limit of {limit}", "split the records over several files"
        ),
        "file.unknown_table": Text("unknown record type {value!r}", "use one of: {allowed}"),
        "file.not_a_list": Text(
            "{value!r} must be a list of records", "write each record under its own [[{value}]] header"
        ),
        "file.inline_records": Text(
            "the {value} records are written as one inline list",
            "write each record under its own [[{value}]] header, so that it can be edited; "
            "'kssgov fmt' does this for you",
        ),
        "dataset.not_found": Text(
            "the dataset folder does not exist", "give the path to a folder holding kssgov.toml"
        ),
        "dataset.no_settings": Text(
            "the folder has no settings file kssgov.toml",
            'create kssgov.toml with at least: name = "Your organisation" and year = 2024',
        ),
        "dataset.invalid": Text("the dataset has {errors}", "run 'kssgov check {folder}' to see them all"),
        "os.denied": Text("permission denied"),
        "os.missing": Text("it does not exist"),
        "os.is_folder": Text("it is a folder"),
        "os.not_folder": Text("a part of the path is not a folder"),
        "os.loop": Text("its links lead round in a circle"),
        "os.full": Text("the disk is full"),
        "os.read_only": Text("the disk is read-only"),
        "os.other": Text("the system reports error {number}"),
        "os.unknown": Text("{detail}"),
        # TOML syntax, as tomli reports it
        "toml.invalid_statement": Text("the line is not a key = value pair or a header"),
        "toml.invalid_character": Text("the character {char} is not allowed here"),
        "toml.declared_twice": Text("{key} is declared twice"),
        "toml.overwrite": Text("a value is given twice"),
        "toml.expected_bracket": Text("a ] is missing at the end of the header"),
        "toml.expected_brackets": Text("]] is missing at the end of the header"),
        "toml.expected_equals": Text("an = is missing after the key"),
        "toml.bad_key": Text("a key cannot start with this character"),
        "toml.unclosed_list": Text("a list is not closed with ]"),
        "toml.unclosed_table": Text("an inline table is not closed with }}"),
        "toml.unterminated_string": Text("a text is not closed with its quote"),
        "toml.bad_escape": Text("a backslash in a text is not a valid escape"),
        "toml.bad_date": Text("the date or time is not a real one"),
        "toml.invalid_value": Text("the value is not valid (text needs quotes)"),
        "toml.expected_newline": Text(
            'more follows the value on this line (text needs quotes, such as "6.1.2023")'
        ),
        "toml.other": Text("{detail}"),
        # --- cross-record errors ---------------------------------------------------------
        "id.duplicate": Text(
            "the id {value!r} is used more than once (also at {other})", "give each record its own id"
        ),
        "ref.dangling": Text(
            "{value!r} does not name any {target}", "use the id of an existing {target}, or add that record"
        ),
        "ref.region": Text(
            "{value!r} is not a region of this organisation",
            "use one of the regions in kssgov.toml: {allowed}",
        ),
        "ref.narrower": Text(
            "this {visibility} record refers to {value!r}, which only {other} may see",
            "in documents for a wider audience the reference is left out; give both records "
            "the same visibility if that is not what you want",
        ),
        "term.ends_before_start": Text(
            "the term ends ({end}) before it starts ({start})", "check the start and end of the term"
        ),
        "term.seat_overlap": Text(
            "{person} and {other_person} hold {seat} of {body} at the same time (from {date})",
            "end one term before the other starts",
        ),
        "seat.named": Text("seat {value!r}"),
        "seat.deputy": Text("the deputy seat for {value!r}"),
        "seat.deputy_seat": Text("the deputy seat of seat {value!r}"),
        "records.start": Text("the start of the records"),
        # --- warnings --------------------------------------------------------------------
        "lint.outside_year": Text(
            "{value} lies outside the report year {year}",
            "check the year, or move the record to the dataset of its own year",
        ),
        "lint.out_of_order": Text(
            "{value} is out of order between {before} and {after}", "did you mean {suggestion}?"
        ),
        "lint.out_of_order_no_guess": Text(
            "{value} is out of order between {before} and {after}",
            "check the date, or move the record to its place in date order",
        ),
        "lint.meeting_count": Text(
            "{name}: {declared} declared for {year}, but {recorded} recorded",
            'check the declared count against the meetings linked with alliance = "{value}"',
        ),
        "lint.figure_twice": Text(
            "{value} records the same figure as {first}", "keep one of them; the report prints each"
        ),
        "lint.no_chair": Text(
            "{name} has no chair on {date}", 'add a term with role = "chair" that covers this date'
        ),
        "lint.missing_id": Text(
            "this {kind} has no id; it was given the temporary id {value!r}",
            "run 'kssgov fmt' or add id = \"...\" so that links and calendar entries stay stable",
        ),
        "lint.agm_unrecorded": Text(
            "the annual meeting of {value} is not recorded, so this boundary stays open",
            "add an [[agm]] record for {value} when its date is known",
        ),
        "lint.agm_unrecorded_end": Text(
            "by its body's term length the term of {person} ends at the annual meeting of {value}, which"
            " is not recorded, so it stays open",
            "add an [[agm]] record for {value}, or give the term an end of its own",
        ),
        "lint.election_at_cancelled_agm": Text(
            "the annual meeting {value!r} of {year} was cancelled, yet this election is recorded at it",
            "give the election the annual meeting where it was held (agm = ...), or remove it",
        ),
        "lint.time_gap": Text(
            "{value} does not exist in {zone}: the clocks jump forward that night",
            "check the time; it is read as the hour after the jump",
        ),
        "lint.time_fold": Text(
            "{value} happens twice in {zone}: the clocks go back that night",
            "check the time; it is read as the first of the two",
        ),
        # --- changing the data ------------------------------------------------------------
        "edit.no_dataset": Text(
            "there is no dataset in {folder}: it has no kssgov.toml",
            "name the dataset's folder as the last argument, or set KSSGOV_DATASET",
        ),
        "edit.locked": Text(
            "another change to {folder} has been going on for a minute", "try again in a moment"
        ),
        "edit.cannot_lock": Text(
            "cannot change {folder}: {detail}", "check that you may write in the folder"
        ),
        "edit.dataset_invalid": Text(
            "the dataset has errors already, so nothing was changed",
            "fix them first; 'kssgov check' shows them",
        ),
        "edit.would_be_invalid": Text(
            "the change would make the dataset invalid, so nothing was written",
            "correct the values named above and try again",
        ),
        "edit.record_invalid": Text(
            "the {table} is not valid, so nothing was written", "correct the values named above and try again"
        ),
        "edit.cannot_read": Text(
            "cannot read {path}: {detail}", "check that the file exists and that you may read it"
        ),
        "edit.cannot_write": Text(
            "cannot write {path}: {detail}", "the file is unchanged; check the disk and your permissions"
        ),
        "edit.unknown_table": Text("unknown record type {value!r}", "use one of: {allowed}"),
        "edit.id_taken": Text(
            "the id {value!r} is already in use", "choose another id, or leave it out to get one"
        ),
        "edit.duplicate": Text(
            "the same date, place and topic are already recorded as {value!r}",
            "check that this is not the same record; add it anyway with --force",
        ),
        "edit.add_anyway": Text("Add it anyway?"),
        "edit.changed_meanwhile": Text(
            "{value!r} was changed by someone else since you opened it, so your change was not saved",
            "look at what changed, then make your change again",
        ),
        "edit.no_record": Text(
            "there is no record with the id {value!r}", "check the id with 'kssgov check' or in the files"
        ),
        "edit.no_id_written": Text(
            "the record {value!r} has no id written in {path}", "run 'kssgov fmt' first"
        ),
        "edit.id_fixed": Text(
            "the id of a record cannot be changed",
            "calendar entries and links hang on it; add a new record instead",
        ),
        "edit.not_cancellable": Text(
            "the {table} {value!r} cannot be cancelled",
            "only activities, annual meetings and consultations can be cancelled or withdrawn",
        ),
        "edit.nothing_asked": Text(
            "nothing to change was given", "say what to change with --set FIELD=VALUE or --unset FIELD"
        ),
        "edit.not_assignment": Text("{value!r} is not FIELD=VALUE", "write for example --set date=8.2.2024"),
        # --- importing ---------------------------------------------------------------------
        "import.not_docx": Text(
            "{path} cannot be read as a Word document (.docx)",
            "open it in Word or LibreOffice and save it as .docx",
        ),
        "import.no_table": Text(
            "{path} has no table with the columns Dato | Hvor | Tema (or Date | Where | Topic)",
            "check that the table's first row holds these headings",
        ),
        "import.no_headings": Text(
            "{path}: the first row must be the headings Dato, Hvor, Tema (or Date, Where, Topic)",
            "add the headings as the first row of the spreadsheet",
        ),
        "import.not_text": Text(
            "{path} is not a spreadsheet saved as text (CSV)",
            "save the spreadsheet as CSV (UTF-8) and import that file",
        ),
        "import.too_large": Text(
            "{path} is {size} bytes, more than the limit of {limit}",
            "split the spreadsheet into smaller files",
        ),
        "skip.not_csv": Text("the row cannot be read as CSV"),
        "skip.few_columns": Text("it has fewer than three columns"),
        "skip.empty_date": Text("the date is empty"),
        "skip.empty_cell": Text("the Hvor or Tema column is empty"),
        "skip.present": Text("it is already in the dataset"),
        "skip.merged": Text("its cells are merged, so one text would be read into two columns"),
        "skip.invalid": Text("{field}: {problem}"),
        "skip.too_long": Text("a cell holds {length} characters, more than the {limit} a field can hold"),
        "docx.too_large": Text(
            "{path} would unpack to {size} bytes ({part}), more than the limit of {limit}",
            "this is not an ordinary report; check where the file came from",
        ),
        "docx.too_packed": Text(
            "{part} in {path} would unpack to {size} bytes from {packed}, "
            "more than {limit} times its packed size",
            "this is not an ordinary report; check where the file came from",
        ),
        # --- exporters -----------------------------------------------------------------------
        "plugin.unknown": Text("there is no exporter called {value!r}", "installed: {known}"),
        "plugin.left_out": Text("{kind} entry point {entry_point!r} from {distribution}: {reason}"),
        "plugin.failed": Text("failed to load: {detail}"),
        "plugin.not_exporter": Text(
            "is not an exporter (it needs name, output, media_type, description, Options and export())"
        ),
        "plugin.not_command": Text("is not a click command"),
        "plugin.misnamed": Text("names itself {value!r}; the entry point must have the same name"),
        "plugin.clash": Text("the name {value!r} is claimed more than once ({others}); none of them is used"),
        "plugin.cannot_fill": Text("the exporter {value!r} cannot fill markers", "use --with report"),
        "plugin.unknown_distribution": Text("an unknown distribution"),
        "plugin.settings_unknown": Text(
            "no installed exporter reads the table [{value}]",
            "check the spelling; tables for exporters are: {allowed}",
        ),
        "source_date_epoch": Text(
            "SOURCE_DATE_EPOCH={value!r} is not a whole number of seconds",
            "set it to seconds since 1970, for example $(date +%s), or unset it",
        ),
        "output.extension": Text(
            "{path} does not end in .{expected}, and the {exporter} exporter writes .{expected} files",
            "name the file to write with the ending .{expected}",
        ),
        "output.pdf_not_docx": Text(
            "--pdf works for Word documents only; {exporter} writes .{output}", "leave out --pdf"
        ),
        "option.unknown": Text(
            "the {exporter} exporter has no option {value!r}", "its options are: {allowed}"
        ),
        "option.missing": Text("this option is required"),
        "option.invalid": Text("{option}: {problem}"),
        "pdf.no_libreoffice": Text(
            "cannot write a PDF: LibreOffice is not installed",
            "install LibreOffice (on Debian or Ubuntu: apt-get install libreoffice-writer-nogui) "
            "or open the .docx in Word and save it as PDF",
        ),
        "pdf.timeout": Text(
            "LibreOffice did not finish converting {path} within {seconds} s",
            "try again; if it keeps happening, open the .docx in Word and save it as PDF",
        ),
        "pdf.failed": Text(
            "LibreOffice could not convert {path}: {detail}",
            "open the .docx in Word or LibreOffice and save it as PDF",
        ),
        "pdf.no_output": Text("no PDF was written"),
        "write.failed": Text(
            "cannot write {path}: {detail}", "check that the folder exists and that you may write in it"
        ),
        # --- the command line ------------------------------------------------------------------
        "error": Text("Error: {message}"),
        "severity.error": Text("error"),
        "severity.warning": Text("warning"),
        "problem.field": Text("field {field!r}: "),
        "check.clean": Text("{folder}: no problems found."),
        "check.summary": Text("{folder}: {errors}, {warnings}."),
        "check.strict": Text("Failing because of warnings (--strict)."),
        "written": Text("Wrote {path}"),
        "export.warnings": Text("Note: the dataset has {count}; run 'kssgov check {folder}' to see them."),
        "roster.heading": Text("{body} on {date}:"),
        "roster.empty": Text("nobody holds a role on that day"),
        "roster.open_end": Text("until the annual meeting of {year}, which is not recorded"),
        "roster.ended_unrecorded": Text(
            "The annual meeting of {year} is not recorded: the terms that end there ended before {date},"
            " yet are listed here as held",
            "give the meeting's date in an [[agm]] record",
        ),
        "roster.ends_unrecorded": Text(
            "The annual meeting of {year} is not recorded: if it was held by {date},"
            " the terms that end there are over",
            "give the meeting's date, held or planned, in an [[agm]] record",
        ),
        "roster.no_body": Text("there is no body {value!r}", "the bodies are: {known}"),
        "due.heading": Text("Annual meeting {year}: the situation on {date}{note}"),
        "due.unrecorded": Text(" (the meeting is not recorded yet; give its date with an [[agm]] record)"),
        "due.ending": Text("Terms ending at the meeting:"),
        "due.to_confirm": Text(
            "To confirm (the term's start is not recorded, so it may end at this meeting):"
        ),
        "due.by_employees": Text("elected by the employees"),
        "due.vacant": Text("{body}: {vacant} vacant ({held} of {seats} held)"),
        "due.orphaned": Text("{deputy} is still deputy for {member}, whose term ended"),
        "due.same_body": Text("{person} holds two roles in {body} at once"),
        "due.incompatible": Text("{person} sits in both {first} and {second}, which should not be combined"),
        "due.nothing": Text("Nothing is due."),
        "edit.added": Text("Added {table} {id} to {path}"),
        "edit.changed": Text("Changed {id}"),
        "edit.cancelled": Text("Cancelled {id}"),
        "edit.already_cancelled": Text("{id} was already cancelled; nothing changed"),
        "edit.withdrawn": Text("Withdrew {id}"),
        "edit.already_withdrawn": Text("{id} was already withdrawn; nothing changed"),
        "edit.formatted": Text("Tidied {path}"),
        "edit.tidy": Text("Nothing to tidy."),
        "import.added": Text("Imported {count} into {path}"),
        "import.skipped": Text("row {row}: skipped: {reason}"),
        "import.nothing": Text("No rows to import."),
        "exporters.left_out": Text("warning: {problem}"),
        # --- help of the commands and their options ---------------------------------------------
        "help.main": Text(
            "Keep an organisation's governance and advocacy records, and publish them.\n\n"
            "A dataset is a folder of TOML files with a kssgov.toml settings file. Name it as the "
            "last argument of a command, or set KSSGOV_DATASET; the current folder is the default. "
            "Start with 'kssgov check'."
        ),
        "help.commands": Text("Commands"),
        "help.check": Text(
            "Check DATASET and print every error and warning with its file and line.\n\n"
            "Exits 0 when there are no errors, 1 when there are (or warnings with --strict)."
        ),
        "short.check": Text("Check a dataset: every error and warning with file and line."),
        "help.as_of": Text(
            "Check the governing bodies on this day only, and that the annual meetings held by then"
            " are recorded."
        ),
        "help.strict": Text("Fail (exit 1) on warnings too."),
        "help.fix": Text('Apply the suggested corrections ("did you mean ...?"), asking for each.'),
        "export.left_out": Text(
            "Left out: {location}: {record} ({value}) is outside the period; did you mean {suggestion}? "
            "'kssgov check --fix' corrects it."
        ),
        "path.null": Text("{value!r} cannot be a file or folder name: it holds a NUL character"),
        "argument.null": Text(
            "'{value}' holds a NUL character (shown as \\0), which no command line, file or folder can hold"
        ),
        "fix.none": Text("No suggested corrections to make."),
        "fix.offer": Text("{location}: {record}: {field} {old} → {new}"),
        "fix.confirm": Text("Make this correction?"),
        "fix.applied": Text("Corrected {record}: {field} is now {new}."),
        "fix.summary": Text("{count} made."),
        "help.yes": Text("Accept every suggested correction without asking."),
        "help.lang": Text(
            "Language of the messages: nb (Norwegian Bokmål), nn (Norwegian Nynorsk) or en (English); "
            "also KSSGOV_LANG. Without it, the dataset's language, else the system's."
        ),
        "help.schema": Text(
            "Print the JSON Schema of the dataset files, for editors that check files while you type."
        ),
        "short.schema": Text("The JSON Schema of the dataset files."),
        "help.settings_schema": Text("The schema of kssgov.toml instead of the data files."),
        "help.output": Text("The file to write."),
        "help.export": Text(
            "Write a section of DATASET with an exporter (see 'kssgov exporters') to a file. For example:\n\n"
            "\b\n"
            "kssgov export politics examples/kss-2023 -o politikk.docx\n\n"
            "Each exporter has options of its own: kssgov export EXPORTER --help lists them."
        ),
        "short.export": Text("Write a report section, the signature sheet or the calendar to a file."),
        "help.audience": Text("Who the document is for; nothing narrower than this is included."),
        "help.doc_lang": Text("Language of the document: nb, nn or en (default: the dataset's)."),
        "help.pdf": Text("Also write a tagged PDF next to the output, with LibreOffice."),
        "help.exporters": Text(
            "List the installed exporters: name, output type, description and where each comes from."
        ),
        "short.exporters": Text("List the installed exporters."),
        "help.fill": Text(
            "Fill the {{{{kssgov:SECTION}}}} marker paragraphs of REPORT with sections of DATASET.\n\n"
            "Write the annual report in Word, leave a paragraph such as {{{{kssgov:politics}}}} where a "
            "section belongs, and this replaces each marker, leaving the rest as it was."
        ),
        "short.fill": Text("Fill the section markers of a report written in Word."),
        "help.with": Text("The exporter that fills the markers."),
        "help.add": Text(
            "Add a record; values not given are asked for. For example:\n\n"
            "\b\n"
            'kssgov add activity DATASET --date 7.-8.2.2023 --where Stortinget --topic "Høring om budsjettet"'
        ),
        "short.add": Text("Add a record; values not given are asked for."),
        "help.force": Text("Add the record even if one with the same date, place and topic exists."),
        "help.edit": Text(
            "Change fields of the record RECORD_ID; comments and everything else stay as they were.\n\n"
            'VALUE is read as TOML when it is valid TOML (2023-02-07, 5, ["a", "b"]), else as text. '
            "For example:\n\n"
            "\b\n"
            'kssgov edit 2023-01-30-redd-barna DATASET --set date=31.1.2023 --set "topic=Samarbeid"'
        ),
        "short.edit": Text("Change fields of a record."),
        "help.set": Text("Set a field (repeatable)."),
        # --- the placeholders of the help (metavars), in capitals as the help writes them
        "field.signs": Text("The member's place in the order the board signs the annual report (1 first)."),
        "prompt.field.signs": Text("Signs as number"),
        "metavar.options": Text("[OPTIONS]"),
        "metavar.command": Text("COMMAND [ARGS]..."),
        "metavar.dataset": Text("DATASET"),
        "metavar.record_id": Text("RECORD_ID"),
        "metavar.field_value": Text("FIELD=VALUE"),
        "metavar.field": Text("FIELD"),
        "metavar.file": Text("FILE"),
        "metavar.folder": Text("FOLDER"),
        "metavar.report": Text("REPORT"),
        "metavar.text": Text("TEXT"),
        "metavar.date": Text("DATE"),
        "metavar.number": Text("NUMBER"),
        "metavar.year": Text("YEAR"),
        "metavar.body": Text("BODY"),
        "metavar.exporter": Text("EXPORTER"),
        "help.unset": Text("Remove a field (repeatable)."),
        "help.cancel": Text(
            "Cancel the activity or annual meeting RECORD_ID, or withdraw the consultation; it stays in "
            "the data and, for a while, in the calendar."
        ),
        "short.cancel": Text("Cancel an activity or annual meeting, or withdraw a consultation."),
        "help.fmt": Text(
            "Rewrite the files of DATASET in the canonical layout and give every record an id, "
            "keeping comments."
        ),
        "short.fmt": Text("Tidy the files and give every record an id."),
        "help.import": Text(
            "Add politics-table rows (Dato | Hvor | Tema) from a Word report or a spreadsheet."
        ),
        "short.import": Text("Add politics-table rows from Word or a spreadsheet."),
        "help.import_docx": Text("Add the rows of the politics table(s) in FILE (.docx) to DATASET."),
        "help.import_csv": Text("Add the rows of FILE (CSV with the headings Dato, Hvor, Tema) to DATASET."),
        "help.import_kind": Text("The kind of every imported activity."),
        "help.governance": Text("Who holds which role, and what the nomination committee must deal with."),
        "short.governance": Text("Rosters of the bodies, and what is due at an annual meeting."),
        "help.roster": Text("Print who holds which role of a body on a day, with their deputies."),
        "help.roster_body": Text("The body: its id or its kind."),
        "help.roster_date": Text("The day to show (default: today)."),
        "help.due": Text(
            "List what is due at an annual meeting: ending terms, terms to confirm, vacancies, orphaned "
            "deputies, roles that should not be combined."
        ),
        "help.due_agm": Text("The year of the annual meeting (default: the next one)."),
        "help.due_date": Text("The day to look from when the meeting is not recorded (default: today)."),
        "help.dataset": Text("The dataset folder (default: KSSGOV_DATASET, else the current folder)."),
        "option.year": Text("The year to cover (default: the report year)."),
        "option.from": Text("The first day to cover."),
        "option.to": Text("The last day to cover."),
        "option.kinds": Text("Only activities of this kind (repeatable)."),
        "option.bodies": Text("Only records of this body, by id (repeatable)."),
        "option.alliances": Text("Only records of this alliance, by id (repeatable)."),
        "option.template": Text(
            "The organisation's own .docx: its styles, header, footer and page setup are used."
        ),
        "option.date": Text("The day the document is for (the day the board signs)."),
        "option.place": Text("The place printed with the date."),
        "option.grace_days": Text("How many days a cancelled event stays in the feed after it was to end."),
        "option.refresh_minutes": Text("How often calendar programs should look again, in minutes."),
        "option.feed_name": Text("The calendar's name, as subscribers see it."),
        "option.feed_description": Text("The calendar's description."),
        "option.domain": Text("The domain that makes event UIDs unique (<id>@<domain>)."),
        "prompt.field.date": Text("Date"),
        "prompt.field.where": Text("Where"),
        "prompt.field.topic": Text("Topic"),
        "prompt.field.kind": Text("Kind"),
        "prompt.field.role": Text("Role"),
        "prompt.field.status": Text("Status"),
        "prompt.field.visibility": Text("Visibility"),
        "prompt.field.person": Text("Person"),
        "prompt.field.body": Text("Body"),
        "prompt.field.title": Text("Title"),
        "prompt.field.issuer": Text("Issuer"),
        "prompt.field.deadline": Text("Deadline"),
        "prompt.field.name": Text("Name"),
        "prompt.field.year": Text("Year"),
        "prompt.field.recipient": Text("Recipient"),
        "prompt.field.prize": Text("Prize"),
        "prompt.field.measure": Text("Measure"),
        "prompt.field.value": Text("Value"),
        "prompt.field.outlet": Text("Outlet"),
        "prompt.field.channel": Text("Channel"),
        "prompt.field.agm": Text("Annual meeting"),
        "prompt.field.subject": Text("Subject"),
        "prompt.field.operating_form": Text("Operating form"),
        "prompt.field.elected_by": Text("Elected by"),
        "prompt.field.sources": Text("Sources"),
        "prompt.field.venue": Text("Venue"),
        "prompt.field.alliance": Text("Alliance"),
        "prompt.field.consultation": Text("Consultation"),
        "prompt.field.description": Text("Description"),
        "prompt.field.url": Text("Web address"),
        "prompt.field.note": Text("Note"),
        "prompt.field.affiliation": Text("Affiliation"),
        "prompt.field.region": Text("Region"),
        "prompt.field.seat": Text("Seat"),
        "prompt.field.deputy_for": Text("Deputy for"),
        "prompt.field.start": Text("Start"),
        "prompt.field.end": Text("End"),
        "prompt.field.partners": Text("Partners"),
        "prompt.field.funders": Text("Funders"),
        "prompt.field.amount": Text("Amount"),
        "prompt.field.amount_note": Text("About the amount"),
        "prompt.field.applied": Text("Applied for (NOK)"),
        "prompt.field.years": Text("Years"),
        "prompt.field.leaders": Text("Directors"),
        "prompt.field.contact": Text("Contact"),
        "prompt.field.participants": Text("Participants"),
        "prompt.field.citation": Text("Citation"),
        "prompt.field.gifts": Text("Gifts"),
        "prompt.field.presented_at": Text("Presented at"),
        "prompt.field.unit": Text("Programme"),
        "prompt.field.part": Text("Part of the report"),
        "prompt.field.placement": Text("Placement"),
        "prompt.field.text": Text("Text"),
        "prompt.field.previous": Text("The year before"),
        "prompt.field.change": Text("Change (%)"),
        "prompt.field.category": Text("Category"),
        "prompt.field.group": Text("Breakdown"),
        "prompt.field.share_of": Text("Share of (figure id)"),
        "prompt.field.temporary": Text("Temporary"),
        "prompt.field.result": Text("Result"),
        "prompt.field.auditor": Text("Auditor"),
        "prompt.field.accountant": Text("Accountant"),
        "prompt.field.accountant_contact": Text("Accountant's contact"),
        "prompt.field.mandate": Text("Mandate"),
        "prompt.field.tasks": Text("Tasks"),
        "prompt.field.term_years": Text("Term in years"),
        "prompt.field.seats": Text("Seats"),
        "prompt.field.has_chair": Text("Has a chair"),
        "prompt.field.response": Text("Our response"),
        "prompt.field.reference": Text("Reference"),
        "prompt.field.date_note": Text("Date note"),
        "prompt.field.proposed": Text("Proposed"),
        "prompt.field.elected": Text("Elected"),
        "prompt.field.meetings": Text("Meetings"),
        "prompt.field.cases": Text("Cases"),
        "prompt.field.kind_note": Text("Kind note"),
        "prompt.field.short_name": Text("Short name"),
        "prompt.field.website": Text("Website"),
        "prompt.field.email": Text("E-mail"),
        "prompt.date_forms": Text("6.1.2023, 7.-8.2.2023 or 2023-01-06"),
        "prompt.retry": Text("{problem} Try again."),
        # --- what each field of a record holds -------------------------------------------------
        "field.id": Text("A stable id (made from the date and text when left out)."),
        "field.visibility": Text("Who may see the record."),
        "field.sources": Text("A link or citation backing the record up (repeatable)."),
        "field.date": Text("The date: 6.1.2023, 7.-8.2.2023, 2023-01-06 or 7.2.2023 kl. 10.00-12.00."),
        "field.where": Text("Where, as the report prints it (the Hvor column)."),
        "field.topic": Text("The topic (the Tema column)."),
        "field.kind": Text("What kind of record it is."),
        "field.role": Text("The organisation's part, or the person's role."),
        "field.status": Text("Where it stands."),
        "field.venue": Text("The physical place, for calendars."),
        "field.alliance": Text("The id of the alliance it belongs to."),
        "field.consultation": Text("The id of the consultation it answers."),
        "field.body": Text("The id of the governing body."),
        "field.description": Text("A description."),
        "field.url": Text("A web address (https://...)."),
        "field.issuer": Text("Who issued the consultation."),
        "field.title": Text("The title."),
        "field.reference": Text("The issuer's reference."),
        "field.deadline": Text("The deadline: 1.3.2024 or 2024-03-01."),
        "field.response": Text("Our response, or a link to it."),
        "field.participants": Text("A partner or participant (repeatable)."),
        "field.funders": Text("A funder (repeatable)."),
        "field.name": Text("The name."),
        "field.prize": Text("The prize."),
        "field.year": Text("The year."),
        "field.recipient": Text("Who received it."),
        "field.affiliation": Text("Where the person works or comes from."),
        "field.citation": Text("The citation as printed."),
        "field.presented_at": Text("Where it was presented."),
        "field.gifts": Text("What was given (repeatable)."),
        "field.seats": Text("The number of full seats."),
        "field.has_chair": Text("Whether the body has a chair."),
        "field.term_years": Text("How many years a term at the annual meeting lasts."),
        "field.person": Text("The person's name."),
        "field.region": Text("The id of the region."),
        "field.seat": Text("The seat, so that two holders at once are caught."),
        "field.deputy_for": Text("The id of the member's term this personal deputy stands in for."),
        "field.start": Text('When the term starts: a date, or "agm 2024" for the annual meeting.'),
        "field.end": Text('When the term ends: a date, or "agm 2026" for the annual meeting.'),
        "field.elected_by": Text("Who elected or appointed the person."),
        "field.note": Text("A note printed with the record."),
        "field.agm": Text("The id of the annual meeting."),
        "field.proposed": Text("A person the nomination committee proposed (repeatable)."),
        "field.elected": Text("A person elected (repeatable)."),
        "field.subject": Text("The id of the body or alliance the figures are for."),
        "field.meetings": Text("How many meetings."),
        "field.cases": Text("How many cases."),
        "field.operating_form": Text("How the member is run."),
        "field.leaders": Text("A director (repeatable)."),
        "field.contact": Text("The contact address."),
        "field.partners": Text("A partner (repeatable)."),
        "field.amount": Text("The grant in whole kroner."),
        "field.amount_note": Text("A note printed beside the amount."),
        "field.applied": Text("The sum applied for, in whole kroner."),
        "field.mandate": Text("The body's mandate, as the report prints it."),
        "field.tasks": Text("One of the body's tasks (repeatable)."),
        "field.staff.title": Text("The person's title: rådgiver, leder."),
        "field.staff.start": Text("When the employment began: a date, or a month such as 9.2023."),
        "field.staff.end": Text("When it ended: a date, or a month such as 8.2023."),
        "field.unit": Text(
            "The id of the programme (project) it belongs to; none for the organisation itself."
        ),
        "field.temporary": Text("Whether it is a temporary substitute (vikar)."),
        "field.measure": Text("What the figure counts."),
        "field.value": Text("The figure."),
        "field.channel": Text("Where it was counted."),
        "field.previous": Text("The same figure the year before."),
        "field.change": Text("The change from the year before, in per cent."),
        "field.category": Text("What part the figure counts (voldsutsatte, kvinner, tvungen prostitusjon)."),
        "field.group": Text(
            "The breakdown it belongs to, as the report leads in to it (Hvem ringte inn?); printed together."
        ),
        "field.share_of": Text("The id of the figure this one is a share of: its value is then in per cent."),
        "field.outlet": Text("The newspaper, broadcaster or site."),
        "field.result": Text("The year's result in whole kroner (negative for a deficit)."),
        "field.auditor": Text("The auditor."),
        "field.accountant": Text("The accountant."),
        "field.accountant_contact": Text("The accountant's contact person."),
        "field.years": Text("A year the grant covers (repeatable)."),
        "field.part": Text("The part of the annual report the text belongs to."),
        "field.placement": Text("Where the text stands: under the heading (intro) or at the end (closing)."),
        "field.text": Text("The text, in the dataset's language; a blank line starts a new paragraph."),
        # --- record types, as a person names them ----------------------------------------------
        "table.activity": Text("activity"),
        "table.consultation": Text("consultation"),
        "table.alliance": Text("alliance"),
        "table.body": Text("body"),
        "table.agm": Text("annual meeting"),
        "table.term": Text("term"),
        "table.election": Text("election"),
        "table.statistics": Text("statistics"),
        "table.award": Text("award"),
        "table.member": Text("member"),
        "table.project": Text("project"),
        "table.staff": Text("employee"),
        "table.figure": Text("figure"),
        "table.media": Text("media item"),
        "table.finances": Text("finances"),
        "table.text": Text("text"),
        "table.subject": Text("body or alliance"),
        # --- what each record type is, for the help of 'kssgov add'
        "table.activity.help": Text(
            "A row of the politics table: a consultation response, written input, hearing, meeting, "
            "conference or other dated activity."
        ),
        "table.consultation.help": Text(
            "A consultation (hearing): who issued it, its title, its deadline and our response."
        ),
        "table.alliance.help": Text(
            "A reference group, alliance or network: its partners, funders and meetings."
        ),
        "table.body.help": Text(
            "A governing body: the annual meeting, the board, a council or a committee, with its seats."
        ),
        "table.agm.help": Text("An annual meeting: its year, its date and where it was held."),
        "table.term.help": Text(
            "A term of office in a body: who holds which seat or role, from when until when."
        ),
        "table.election.help": Text(
            "An election at an annual meeting: the nomination committee's proposal and who was elected."
        ),
        "table.statistics.help": Text(
            "A year's statistics of a body or an alliance: meetings held and cases dealt with."
        ),
        "table.award.help": Text("An award: the prize, the year, the recipient and the citation."),
        "table.member.help": Text("A member organisation: its operating form, region, leader and contact."),
        "table.project.help": Text("A project or a permanent programme: its partners, funder and grants."),
        "table.staff.help": Text(
            "Someone who worked in the secretariat or a programme: their title and when."
        ),
        "table.figure.help": Text(
            "A year's figure: followers on a channel, newsletters sent, a programme's enquiries by phone."
        ),
        "table.media.help": Text("A story in the media that the report picks out."),
        "table.finances.help": Text("A year's finances: the result, the auditor and the accountant."),
        "table.text.help": Text(
            "The paragraphs a part of the annual report opens or closes with, in the dataset's language."
        ),
        # --- answering a question at the keyboard
        "confirm.choices": Text("[y/N]"),
        "confirm.yes": Text("y, yes"),
        "confirm.no": Text("n, no"),
        "confirm.again": Text("Answer y (yes) or n (no)."),
    },
)

#: The names of vocabulary values, by ``label.<Vocabulary>.<value>``.
LABELS: Final = catalogue(
    DOMAIN,
    {
        "label.Visibility.public": Text("public"),
        "label.Visibility.members": Text("members"),
        "label.Visibility.board": Text("board"),
        "label.ActivityKind.consultation_response": Text("Consultation response"),
        "label.ActivityKind.written_input": Text("Written input"),
        "label.ActivityKind.oral_hearing": Text("Oral hearing"),
        "label.ActivityKind.meeting": Text("Meeting"),
        "label.ActivityKind.conference": Text("Conference"),
        "label.ActivityKind.seminar": Text("Seminar"),
        "label.ActivityKind.panel": Text("Panel"),
        "label.ActivityKind.appeal": Text("Appeal"),
        "label.ActivityKind.launch": Text("Launch"),
        "label.ActivityKind.event": Text("Event"),
        "label.ActivityKind.organised_event": Text("Organised event"),
        "label.ActivityKind.other": Text("Other"),
        "label.ActivityRole.participant": Text("participant"),
        "label.ActivityRole.speaker": Text("speaker"),
        "label.ActivityRole.organiser": Text("organiser"),
        "label.ActivityRole.co_organiser": Text("co-organiser"),
        "label.ActivityRole.submitter": Text("submitter"),
        "label.Status.planned": Text("planned"),
        "label.Status.held": Text("held"),
        "label.Status.cancelled": Text("cancelled"),
        "label.ConsultationStatus.open": Text("open"),
        "label.ConsultationStatus.drafting": Text("drafting"),
        "label.ConsultationStatus.submitted": Text("submitted"),
        "label.ConsultationStatus.declined": Text("declined"),
        "label.ConsultationStatus.withdrawn": Text("withdrawn"),
        "label.AllianceKind.reference_group": Text("Reference group"),
        "label.AllianceKind.alliance": Text("Alliance"),
        "label.AllianceKind.network": Text("Network"),
        "label.BodyKind.annual_meeting": Text("annual meeting"),
        "label.BodyKind.board": Text("board"),
        "label.BodyKind.ethics_council": Text("ethics council"),
        "label.BodyKind.nomination_committee": Text("nomination committee"),
        "label.BodyKind.other": Text("other body"),
        "label.Role.chair": Text("chair"),
        "label.Role.deputy_chair": Text("deputy chair"),
        "label.Role.member": Text("member"),
        "label.Role.employee_representative": Text("employee representative"),
        "label.Role.deputy": Text("deputy"),
        "label.Role.secretary": Text("secretary"),
        "label.ElectedBy.annual_meeting": Text("the annual meeting"),
        "label.ElectedBy.employees": Text("the employees"),
        "label.ElectedBy.body": Text("the body itself"),
        "label.ElectedBy.appointed": Text("appointment"),
        "label.OperatingForm.municipal": Text("Municipal"),
        "label.OperatingForm.inter_municipal": Text("Inter-municipal company"),
        "label.OperatingForm.foundation": Text("Foundation"),
        "label.OperatingForm.non_profit": Text("Non-profit organisation"),
        "label.OperatingForm.other": Text("Other"),
        "label.Channel.facebook": Text("Facebook"),
        "label.Channel.instagram": Text("Instagram"),
        "label.Channel.linkedin": Text("LinkedIn"),
        "label.Channel.youtube": Text("YouTube"),
        "label.Channel.website": Text("the website"),
        "label.Channel.newsletter": Text("newsletters"),
        "label.Channel.media": Text("the media"),
        "label.Channel.online_media": Text("online media"),
        "label.Channel.print_media": Text("print media"),
        "label.Channel.phone": Text("phone"),
        "label.Channel.chat": Text("chat"),
        "label.Measure.followers": Text("Followers"),
        "label.Measure.posts": Text("Posts published"),
        "label.Measure.stories": Text("Stories published"),
        "label.Measure.visits": Text("Visits"),
        "label.Measure.unique_visitors": Text("Unique visitors"),
        "label.Measure.interactions": Text("Interactions (likes, comments, shares)"),
        "label.Measure.reach": Text("Reach"),
        "label.Measure.link_clicks": Text("Link clicks"),
        "label.Measure.views": Text("Views"),
        "label.Measure.sent": Text("Sent"),
        "label.Measure.hits": Text("Hits"),
        "label.Measure.enquiries": Text("Enquiries"),
        "label.Measure.people": Text("People assisted"),
        "label.Measure.applications": Text("Applications"),
        "label.Measure.shares": Text("Shares"),
        "label.Measure.impressions": Text("Impressions"),
        "label.ProjectKind.project": Text("project"),
        "label.ProjectKind.programme": Text("programme"),
        "label.ReportPart.politics": Text("politics"),
        "label.ReportPart.communication": Text("communication and outreach"),
        "label.ReportPart.media": Text("in the media"),
        "label.ReportPart.social_media": Text("social media"),
        "label.ReportPart.website": Text("the website"),
        "label.ReportPart.newsletter": Text("newsletters"),
        "label.ReportPart.alliances": Text("committees, alliances and networks"),
        "label.ReportPart.programmes": Text("permanent programmes"),
        "label.ReportPart.projects": Text("projects"),
        "label.ReportPart.bodies": Text("the organisation and its bodies"),
        "label.ReportPart.members": Text("members"),
        "label.ReportPart.secretariat": Text("the secretariat"),
        "label.ReportPart.finances": Text("finances"),
        "label.Placement.intro": Text("intro, under the heading"),
        "label.Placement.closing": Text("closing, at the end"),
    },
)

#: Nouns counted in messages and documents: ``noun.meeting`` is "meeting", "meetings", "one meeting".
NOUNS: Final = nouns(
    DOMAIN,
    {
        "noun.error": Noun("error", "errors", "one error"),
        "noun.warning": Noun("warning", "warnings", "one warning"),
        "noun.row": Noun("row", "rows", "one row"),
        "noun.meeting": Noun("meeting", "meetings", "one meeting"),
        "noun.case": Noun("case", "cases", "one case"),
        "noun.project": Noun("project", "projects", "one project"),
        "noun.programme": Noun("programme", "programmes", "one programme"),
        "noun.member": Noun("member", "members", "one member"),
        "noun.seat": Noun("seat", "seats", "one seat"),
        "noun.correction": Noun("correction", "corrections", "one correction"),
        "noun.enquiry": Noun("enquiry", "enquiries", "one enquiry"),
        "noun.newsletter": Noun("newsletter", "newsletters", "one newsletter"),
        "noun.follower": Noun("follower", "followers", "one follower"),
    },
)

#: Numbers in words, as the house style writes them up to twelve; "one" is a noun's own (its gender).
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
    "nn": ("ingen", "ein", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv"),
}
_AND: Final[dict[Language, str]] = {"en": "and", "nb": "og", "nn": "og"}


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
    message, hint = translate(code if isinstance(code, Text) else CATALOG[code], language)
    return _format(message, language, params), _format(hint, language, params)


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
    return translate(LABELS[f"label.{type(member).__name__}.{member.value}"], language)[0]


def number(value: int, language: Language) -> str:
    """*value* in words when the house style writes it so (up to twelve), else in digits.

    One in words agrees with a noun's gender: :func:`counted` gives it.
    """
    if 0 <= value < len(_NUMBER_WORDS[language]):
        return _NUMBER_WORDS[language][value]
    return str(value)


def counted(noun: str, value: int, language: Language, *, in_words: bool = False) -> str:
    """``6 møter``, ``seks møter``, ``1 sak``, ``ett møte``: the number and the noun in agreement."""
    entry: Noun = NOUNS[f"noun.{noun}"]
    if in_words and value == 1:
        return translate_noun(entry, value, language, in_words=True)
    shown = number(value, language) if in_words else str(value)
    return f"{shown} {translate_noun(entry, value, language)}"


def join(items: Sequence[str], language: Language) -> str:
    """``A, B og C`` / ``A, B and C``."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {_AND[language]} {items[-1]}"


def user_language(
    environ: Mapping[str, str] = os.environ, folder: str | os.PathLike[str] | None = None
) -> Language:
    """The language to speak to the person at the keyboard.

    ``KSSGOV_LANG`` when it is set (``--lang`` is the same for one command); else
    the language of the dataset in *folder* (by default ``KSSGOV_DATASET``, else the
    current folder), as its ``kssgov.toml`` says; else bokmål or nynorsk when the
    system's locale is Norwegian (``LC_ALL``, ``LC_MESSAGES``, ``LANG``: ``nb`` or
    ``no``, ``nn``); else English.
    """
    if folder is None and environ is os.environ and _chosen:
        return _chosen[-1]
    chosen = language_of(environ.get("KSSGOV_LANG", "").strip().lower())
    if chosen is not None:
        return chosen
    written = dataset_language(folder if folder is not None else environ.get("KSSGOV_DATASET") or ".")
    if written is not None:
        return written
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "").strip().lower()
        if value:
            return locale_language(value) or "en"
    return "en"


#: The language chosen for the command being run, when the command line chose one (see :func:`choose`).
_chosen: list[Language] = []


def choose(language: Language | None) -> None:
    """Speak *language* to the person at the keyboard from now on (None: as the environment says).

    The command line calls this once it has seen a command's arguments (``--lang``, the
    dataset folder), before any help or message of the command is made.
    """
    _chosen[:] = [language] if language is not None else []


def dataset_language(folder: str | os.PathLike[str]) -> Language | None:
    """The ``language`` of the dataset in *folder*, if it has settings that name one kssgov speaks."""
    settings = os.path.join(folder, "kssgov.toml")
    try:
        seen = os.stat(settings)
    except OSError:
        return None
    return _written_language(settings, seen.st_mtime_ns, seen.st_size)


@functools.lru_cache(maxsize=8)
def _written_language(settings: str, modified: int, size: int) -> Language | None:
    try:
        with open(settings, "rb") as handle:
            return language_of(tomllib.load(handle).get("language"))
    except (OSError, ValueError):
        return None


def locale_language(value: str) -> Language | None:
    """The language of a locale name (``nn_NO.UTF-8`` is nynorsk); None for one kssgov does not speak."""
    if value.startswith("nn"):
        return "nn"
    if value.startswith(("nb", "no")):
        return "nb"
    if value.startswith("en"):
        return "en"
    return None


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
