"""The errors kssgov raises. Every one derives from :class:`KssgovError`.

An error carries a message code of :mod:`kssgov.messages` and its parameters,
so that it can be shown in the reader's language with :meth:`KssgovError.render`;
``str(error)`` is the English sentence. A plugin passes a
:class:`~kssgov.messages.Text` of its own (both languages) instead of a code,
or, if it speaks one language only, a plain sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .messages import CATALOG, Count, Language, Text, sentence
from .problems import Problem


class KssgovError(Exception):
    """Root of every error this library raises; catch it to handle them all.

    ``code`` names a message of :mod:`kssgov.messages`, or is a plugin's own
    :class:`~kssgov.messages.Text` or sentence; ``problems`` are the dataset
    problems behind it, if any.
    """

    def __init__(self, code: str | Text, /, problems: Sequence[Problem] = (), **params: Any) -> None:
        self.code = code
        self.params = params
        self.problems = tuple(problems)
        super().__init__(self.render("en"))

    def render(self, language: Language) -> str:
        """The error as one sentence in *language*, with what to do about it."""
        if isinstance(self.code, Text):
            return sentence(self.code, language, **self.params)
        if self.code not in CATALOG:
            return self.code
        return sentence(self.code, language, **self.params)


class InvalidValueError(KssgovError, ValueError):
    """A value cannot be part of a record; fix the value the message names.

    ``field`` is the name of the field it was meant for, when known.
    """

    code: str

    def __init__(self, code: str, *, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(code, **params)


class DatasetError(KssgovError):
    """A dataset has errors; :attr:`problems` lists every one of them.

    Render each with :meth:`Problem.render` and fix them in the files named.
    """

    def __init__(self, problems: Sequence[Problem], folder: object = "DATASET") -> None:
        errors = [p for p in problems if p.is_error]
        super().__init__("dataset.invalid", problems, errors=Count("error", len(errors)), folder=folder)

    def __str__(self) -> str:
        errors = [p for p in self.problems if p.is_error]
        lines = "\n".join(p.render("en") for p in errors[:20])
        more = f"\n... and {len(errors) - 20} more" if len(errors) > 20 else ""
        return f"{self.render('en')}:\n{lines}{more}"


class PluginError(KssgovError):
    """An exporter or a plugin command could not be found, loaded or run; the message says why."""


class EditError(KssgovError):
    """A change was refused and nothing was written; :attr:`problems` says why, where known."""


class WriteError(KssgovError, OSError):
    """A file could not be written; nothing was replaced. ``errno`` is the system's reason."""


class PdfError(KssgovError):
    """LibreOffice is missing or could not convert the document; the message says what to do."""
