"""click's own words (its usage lines, headings and errors) in the user's language.

click marks its words for :mod:`gettext` and looks each up, when it is used, through
the names ``_`` and ``ngettext`` that its modules import from :mod:`gettext`. Pointing
those names at :func:`gettext` and :func:`ngettext` here gives a person whose language is
bokmål ``Bruk:``, ``Valg`` and ``Feil: Valget '--nope' finnes ikke.`` beside kssgov's own
Norwegian help, where they would read ``Usage:``, ``Options`` and ``Error: No such option``.
Words click has that no user of kssgov meets (those for a program's author) stay in English.
"""

from __future__ import annotations

import importlib
from typing import Final

from .language import language

#: click's words in bokmål, by the English that click looks them up with.
BOKMÅL: Final[dict[str, str]] = {
    "Usage:": "Bruk:",
    "Options": "Valg",
    "Commands": "Kommandoer",
    "Positional arguments": "Argumenter",
    "Show this message and exit.": "Vis denne hjelpen og avslutt.",
    "Show the version and exit.": "Vis versjonen og avslutt.",
    "%(prog)s, version %(version)s": "%(prog)s, versjon %(version)s",
    "Try '{command} {option}' for help.": "Skriv '{command} {option}' for å få hjelp.",
    "Error: {message}": "Feil: {message}",
    "Aborted!": "Avbrutt.",
    "Missing argument": "Mangler argumentet",
    "Missing option": "Mangler valget",
    "Missing parameter": "Mangler parameteren",
    "Missing command.": "Mangler kommando.",
    "No such command {name!r}.": "Kommandoen {name!r} finnes ikke.",
    "No such option {name!r}.": "Valget {name!r} finnes ikke.",
    "Option {name!r} does not take a value.": "Valget {name!r} tar ingen verdi.",
    "Invalid value for {param_hint}: {message}": "Ugyldig verdi for {param_hint}: {message}",
    "Invalid value: {message}": "Ugyldig verdi: {message}",
    "{value!r} is not a valid {number_type}.": "{value!r} er ikke et gyldig {number_type}.",
    "{value} is not in the range {range}.": "{value} er utenfor området {range}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} finnes ikke.",
    "{name} {filename!r} is a file.": "{name} {filename!r} er en fil.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} er en mappe.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} kan ikke leses.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} kan ikke skrives til.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} kan ikke kjøres.",
    "Could not open file {filename!r}: {message}": "Kunne ikke åpne filen {filename!r}: {message}",
    # A path's kind: its placeholder in the help (FIL, MAPPE) and, capitalised, an error's first word.
    "file": "fil",
    "directory": "mappe",
    "path": "sti",
    "default: {default}": "standard: {default}",
    "required": "påkrevd",
    "env var: {var}": "miljøvariabel: {var}",
    "Repeat for confirmation": "Gjenta for å bekrefte",
    "Error: The two entered values do not match.": "Feil: De to verdiene er ikke like.",
    "Error: invalid input": "Feil: ugyldig verdi",
    "Do you want to continue?": "Vil du fortsette?",
    "Choose from:\n\t{choices}": "Velg blant:\n\t{choices}",
}

#: click's words that depend on a number, in bokmål: (singular, plural) by click's English pair.
BOKMÅL_COUNTED: Final[dict[tuple[str, str], tuple[str, str]]] = {
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"): (
        "Fikk et argument for mye ({args})",
        "Fikk argumenter for mye ({args})",
    ),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."): (
        "Valget {name!r} trenger en verdi.",
        "Valget {name!r} trenger {nargs} verdier.",
    ),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."): (
        "{value!r} er ikke {choice}.",
        "{value!r} er ikke en av {choices}.",
    ),
    ("{value!r} does not match the format {format}.", "{value!r} does not match the formats {formats}."): (
        "{value!r} passer ikke med formatet {format}.",
        "{value!r} passer ikke med noen av formatene {formats}.",
    ),
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"): (
        "Mente du {possibility}?",
        "(Mente du en av disse: {possibilities}?)",
    ),
}

#: The modules of click that look its words up.
_MODULES: Final = ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types", "utils")


def gettext(message: str) -> str:
    """*message*, one of click's, in the language of the command being run."""
    return BOKMÅL.get(message, message) if language() == "nb" else message


def ngettext(singular: str, plural: str, count: int) -> str:
    """click's words for *count* things, in the language of the command being run."""
    if language() == "nb":
        singular, plural = BOKMÅL_COUNTED.get((singular, plural), (singular, plural))
    return singular if count == 1 else plural


def install() -> None:
    """Let click look its words up here; done once, before any command is made."""
    for name in _MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]
