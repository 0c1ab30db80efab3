"""The errors kssgov raises. Every one derives from :class:`KssgovError`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .messages import render
from .problems import Problem


class KssgovError(Exception):
    """Root of every error this library raises; catch it to handle them all."""


class InvalidValueError(KssgovError, ValueError):
    """A value cannot be part of a record.

    It carries a message code from :mod:`kssgov.messages` so the text can be
    shown in the reader's language; fix the value the message names.
    """

    def __init__(self, code: str, *, field: str | None = None, **params: Any) -> None:
        self.code = code
        self.field = field
        self.params = params
        message, hint = render(code, "en", **params)
        super().__init__(f"{message}; {hint}")


class DatasetError(KssgovError):
    """A dataset has errors; :attr:`problems` lists every one of them.

    Render each with :meth:`Problem.render` and fix them in the files named.
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        errors = [p for p in self.problems if p.is_error]
        lines = "\n".join(p.render("en") for p in errors[:20])
        more = f"\n... and {len(errors) - 20} more" if len(errors) > 20 else ""
        super().__init__(f"the dataset has {len(errors)} error(s):\n{lines}{more}")


class PluginError(KssgovError):
    """An exporter could not be found, loaded or run; the message says which and why."""


class EditError(KssgovError):
    """A change was refused and nothing was written; :attr:`problems` says why, where known."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        self.problems = tuple(problems)
        super().__init__(message)


class PdfError(KssgovError):
    """LibreOffice is missing or could not convert the document; the message says what to do."""
