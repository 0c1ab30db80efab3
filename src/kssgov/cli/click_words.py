"""click's own words (its usage lines, headings and errors) in the user's language.

click marks its words for :mod:`gettext` and looks each up, when it is used, through
the names ``_`` and ``ngettext`` that its modules import from :mod:`gettext`: that is
click's hook for translations. Pointing those names at :func:`gettext` and :func:`ngettext`
here looks the words up in a catalogue of the domain ``click`` that kssgov ships
(``kssgov/locale/*/LC_MESSAGES/click.po``, made from click's own source with
``nox -s extract_words``), in the language of the command being run: ``Bruk:``, ``Valg``
and ``Feil: Valget '--nope' finnes ikke.`` beside kssgov's own Norwegian help.
"""

from __future__ import annotations

import importlib
from typing import Final

from ..translations import translations
from .language import language

#: The domain click looks its words up in, and the package whose catalogues hold them.
DOMAIN: Final = "click"
CATALOGUES: Final = "kssgov"


def N_(message: str) -> str:
    """*message* as it is: marks a word click looks up that its own source does not mark."""
    return message


#: click's words that its source looks up without marking them, so that they are found for the catalogue:
#: the "required" an option's help ends with.
UNMARKED: Final = (N_("required"),)

#: The modules of click that look its words up.
_MODULES: Final = ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types", "utils")


def gettext(message: str) -> str:
    """*message*, one of click's, in the language of the command being run."""
    return translations(DOMAIN, language(), package=CATALOGUES).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """click's words for *count* things, in the language of the command being run."""
    return translations(DOMAIN, language(), package=CATALOGUES).ngettext(singular, plural, count)


def install() -> None:
    """Let click look its words up here; done once, before any command is made."""
    for name in _MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]
