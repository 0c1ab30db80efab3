"""Words in gettext catalogues: the English next to the code that says it, every other language in
``.po`` files that translators own.

Each package that has words for people (kssgov itself, each exporter plugin)
is a gettext *domain* named after the package. Its English is written in its
code as :class:`Text` (a message and the hint that says what to do) and
:class:`Noun` (a noun's singular and plural), each under a *context*: the
message's code, such as ``date.unreadable``. The translations are in
``locale/<language>/LC_MESSAGES/<domain>.po`` inside the package, compiled to
``.mo`` when the package is built or installed (``nox -s words`` does it by
hand, ``pybabel`` underneath). :func:`extract` is the Babel extraction method
that finds the English (``[kssgov.translations:extract: **.py]`` in a mapping
file), so a third-party plugin translates its own words the same way.

A word a catalogue lacks is given in English, and said once in the log, never
taken silently from another language.
"""

from __future__ import annotations

import functools
import gettext
import importlib
import os
from collections.abc import Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any, Final, Literal, NamedTuple

if TYPE_CHECKING:
    import ast

Language = Literal["nb", "nn", "en"]
#: The languages kssgov speaks: Norwegian bokmål, Norwegian nynorsk, English.
LANGUAGES: Final[tuple[Language, ...]] = ("nb", "nn", "en")
#: Each language's tag in documents and pages.
LANGUAGE_TAGS: Final[dict[Language, str]] = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}
#: Each language's name in itself, for a link to the same page in it.
LANGUAGE_NAMES: Final[dict[Language, str]] = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}
#: The domain of kssgov's own words.
DOMAIN: Final = "kssgov"


class Text(NamedTuple):
    """A message in English and the hint that says what to do; its context and domain once catalogued."""

    en: str
    hint: str = ""
    context: str = ""
    domain: str = DOMAIN


class Noun(NamedTuple):
    """A noun in English: one, many, and "one" in words (``ett møte``: the gender is the translator's)."""

    one: str
    many: str
    one_in_words: str
    context: str = ""
    domain: str = DOMAIN


def catalogue(domain: str, entries: Mapping[str, Text]) -> dict[str, Text]:
    """*entries* in the gettext *domain*, each with its code as its context."""
    return {code: entry._replace(context=code, domain=domain) for code, entry in entries.items()}


def nouns(domain: str, entries: Mapping[str, Noun]) -> dict[str, Noun]:
    """The nouns *entries* in *domain*, each with its code as its context."""
    return {code: entry._replace(context=code, domain=domain) for code, entry in entries.items()}


def language_of(value: object) -> Language | None:
    """*value* as one of :data:`LANGUAGES`, if it is one."""
    return next((language for language in LANGUAGES if language == value), None)


class _Missing(gettext.NullTranslations):
    """What a catalogue falls back on: the English, with a line in the log the first time."""

    def __init__(self, domain: str, language: Language) -> None:
        super().__init__()
        self.domain, self.language = domain, language
        self.told: set[str] = set()

    def _tell(self, what: str) -> None:
        if what not in self.told:
            import logging  # only when a word is missing

            self.told.add(what)
            logging.getLogger("kssgov.words").warning(
                "%s has no %s words for %r; English is used", self.domain, self.language, what
            )

    def gettext(self, message: str) -> str:
        self._tell(message)
        return message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        self._tell(msgid1)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context: str, message: str) -> str:
        self._tell(context)
        return message

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        self._tell(context)
        return msgid1 if n == 1 else msgid2


@functools.cache
def translations(domain: str, language: Language, package: str | None = None) -> gettext.NullTranslations:
    """The catalogue of *domain* in *language*, from the ``locale`` folder of *package* (the domain's own
    by default); English is the words as written."""
    if language == "en":
        return gettext.NullTranslations()
    module = importlib.import_module(package or domain)  # a package in a folder, its catalogues in it
    folder = os.path.join(os.path.dirname(module.__file__ or ""), "locale")
    found = gettext.translation(domain, folder, languages=[language], fallback=True)
    found.add_fallback(_Missing(domain, language))
    return found


def translate(entry: Text, language: Language) -> tuple[str, str]:
    """*entry*'s message and hint in *language* (not yet filled in)."""
    if language == "en" or not entry.en:
        return entry.en, entry.hint
    words = translations(entry.domain, language)
    message = words.pgettext(entry.context, entry.en) if entry.context else words.gettext(entry.en)
    if not entry.hint:
        return message, ""
    return message, words.pgettext(f"{entry.context}.hint", entry.hint)


def translate_noun(entry: Noun, count: int, language: Language, *, in_words: bool = False) -> str:
    """*entry* for *count* things in *language*: the singular or plural, or "one" in words."""
    words = translations(entry.domain, language)
    if in_words and count == 1:
        return words.pgettext(f"{entry.context}.one", entry.one_in_words)
    return words.npgettext(entry.context, entry.one, entry.many, count)


# --- finding the English, for Babel ------------------------------------------------------------


def extract(
    fileobj: IO[bytes], keywords: Mapping[str, Any], comment_tags: object, options: Mapping[str, Any]
) -> Iterator[tuple[int, str, tuple[str, ...], list[str]]]:
    """A Babel extraction method: every :class:`Text` and :class:`Noun` written in a Python file.

    A ``Text`` or ``Noun`` under a string key of a dictionary has that key as its
    context (as :func:`catalogue` gives it); one with ``context="..."`` has that.
    Each is yielded as ``pgettext`` (``npgettext`` for a noun's forms), with the
    hint under the context ``<code>.hint`` and "one" in words under ``<code>.one``.
    """
    import ast  # only when Babel extracts

    tree = ast.parse(fileobj.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    yield from _entries(value, key.value)
        elif isinstance(node, ast.Call):
            context = next(
                (k.value for k in node.keywords if k.arg == "context" and isinstance(k.value, ast.Constant)),
                None,
            )
            if context is not None and isinstance(context.value, str):
                yield from _entries(node, context.value)


def _entries(node: ast.expr, context: str) -> Iterator[tuple[int, str, tuple[str, ...], list[str]]]:
    import ast  # only when Babel extracts

    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
        return
    words = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    if node.func.id == "Text" and words:
        yield node.lineno, "pgettext", (context, words[0]), []
        if len(words) > 1 and words[1]:
            yield node.lineno, "pgettext", (f"{context}.hint", words[1]), ["what to do"]
    elif node.func.id == "Noun" and len(words) == 3:
        yield node.lineno, "npgettext", (context, words[0], words[1]), []
        yield node.lineno, "pgettext", (f"{context}.one", words[2]), ["one, in words"]
