"""Finding English in what a bokmål or nynorsk run shows a person.

A word is English here when it is one of a list of common English words, or one
of the words of kssgov's English (every catalogue's, click's and the form
library's) that no bokmål or nynorsk translation uses. What a person types is
left out: quoted values, paths, file names, options, and the format's own words
(record types, field names, vocabulary values, exporters and commands), and
placeholders written in capitals. The catalogues are read as translators leave
them; the code under test is not asked which words are English.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path

import attrs
import click
from babel.messages.pofile import read_po

from kssgov import Settings, discover
from kssgov.cli import main
from kssgov.exporting import section
from kssgov.model import RECORD_TYPES, Vocabulary

#: Each catalogue: the package holding it, and its domain.
CATALOGUES = (
    ("kssgov", "kssgov"),
    ("kssgov", "click"),
    ("kssgov_exporters.word", "kssgov_exporters.word"),
    ("kssgov_exporters.ical", "kssgov_exporters.ical"),
    ("kssgov_exporters.web", "kssgov_exporters.web"),
    ("kssgov_exporters.web", "wtforms"),
)

ENGLISH = frozenset(
    [
        "the",
        "is",
        "are",
        "was",
        "were",
        "not",
        "of",
        "and",
        "with",
        "this",
        "that",
        "these",
        "those",
        "there",
        "which",
        "what",
        "when",
        "where",
        "who",
        "cannot",
        "could",
        "would",
        "should",
        "must",
        "has",
        "have",
        "had",
        "been",
        "being",
        "does",
        "did",
        "done",
        "file",
        "files",
        "folder",
        "field",
        "fields",
        "value",
        "values",
        "record",
        "records",
        "error",
        "errors",
        "warning",
        "warnings",
        "wrote",
        "written",
        "added",
        "changed",
        "nothing",
        "found",
        "missing",
        "unknown",
        "allowed",
        "expected",
        "write",
        "use",
        "check",
        "add",
        "remove",
        "run",
        "give",
        "please",
        "dataset",
        "date",
        "dates",
        "year",
        "report",
        "meeting",
        "meetings",
        "term",
        "terms",
        "body",
        "bodies",
        "member",
        "members",
        "seat",
        "seats",
        "token",
        "tokens",
        "text",
        "line",
        "lines",
        "number",
        "numbers",
        "row",
        "rows",
        "skipped",
        "already",
        "exist",
        "exists",
        "does",
        "cancelled",
        "tidied",
        "imported",
        "note",
        "into",
        "from",
        "your",
        "you",
        "our",
        "it",
        "its",
        "usage",
        "show",
        "exit",
        "such",
        "try",
        "worker",
        "threads",
        "password",
        "browser",
    ]
)
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|«[^»\n]*»|`[^`\n]*`|\{[^{}\n]*\}")
_PATHISH = re.compile(r"\S*[/\\]\S*|\S+\.(?:toml|docx|ics|csv|pdf|json|md)\b|--[a-z-]+|\[\[?[a-z_]+\]\]?")
_WORD = re.compile(r"[A-Za-zÆØÅæøå]+")


def _identifiers() -> frozenset[str]:
    """The format's and the command line's own words: record types, field names, settings keys,
    vocabulary values, exporters, commands."""
    commands: set[str] = set()
    groups: list[click.Group] = [main]
    while groups:
        group = groups.pop()
        for name in group.list_commands(click.Context(group)):
            commands.add(name)
            command = group.get_command(click.Context(group), name)
            if isinstance(command, click.Group):
                groups.append(command)
    found = set(RECORD_TYPES) | {f.name for f in attrs.fields(Settings)} | set(discover().plugins) | commands
    for kind in RECORD_TYPES.values():
        found |= {f.name for f in attrs.fields(kind.cls)}
    for vocabulary in Vocabulary.__subclasses__():
        found |= set(vocabulary.names())
    found |= {section(plugin.exporter) for plugin in discover().plugins.values()}
    return frozenset(found)


IDENTIFIERS = _identifiers()
_IDENTIFIER = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, IDENTIFIERS), key=len, reverse=True)) + r")\b"
)


@functools.cache
def catalogue_english() -> frozenset[str]:
    """The words of kssgov's English that no translation of it uses."""
    english: set[str] = set()
    translated: set[str] = set()
    for package, domain in CATALOGUES:
        for language in ("nb", "nn"):
            path = resources.files(package).joinpath("locale", language, "LC_MESSAGES", f"{domain}.po")
            with path.open("rb") as handle:
                for message in read_po(handle):
                    if not message.id:
                        continue
                    ids = message.id if isinstance(message.id, tuple) else (message.id,)
                    strings = message.string if isinstance(message.string, tuple) else (message.string,)
                    english |= {w.lower() for text in ids for w in _WORD.findall(_placeholders(str(text)))}
                    translated |= {w.lower() for text in strings for w in _WORD.findall(str(text))}
    return frozenset(w for w in english - translated if len(w) >= 3) - IDENTIFIERS


def _placeholders(text: str) -> str:
    """*text* without its blanks ({value}, %(name)s): they are filled, never shown."""
    return re.sub(r"\{[^}]*\}|%\([a-z_]+\)[sd]", " ", text)


def english_words(output: str, *, besides: frozenset[str] = frozenset()) -> list[str]:
    """The English words of *output*, outside quoted values, paths, options and the format's own keys.

    *besides* are words the data itself holds (a name, a place), which are not kssgov's.
    """
    bare = _IDENTIFIER.sub(" ", _PATHISH.sub(" ", _QUOTED.sub(" ", output)))
    words = ENGLISH | catalogue_english()
    # A word in capitals is a placeholder a person replaces (DATASET, NAME), not a word of the text.
    return [
        w
        for w in _WORD.findall(bare)
        if w.lower() in words and w.lower() not in besides and not (len(w) > 1 and w.isupper())
    ]


def data_words(*folders: Path) -> frozenset[str]:
    """The words the data files of *folders* hold (names, places, topics): the data's, not kssgov's."""
    return frozenset(
        word.lower()
        for folder in folders
        for file in folder.rglob("*.toml")
        if file.is_file()
        for word in _WORD.findall(file.read_bytes().decode("utf-8", "replace"))
    )
