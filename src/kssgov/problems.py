"""Problems found in a dataset: where they are, what is wrong and what to do."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs

from .messages import Language, render, text


class Severity(enum.Enum):
    """An error makes a dataset unusable; a warning is worth an editor's look."""

    ERROR = "error"
    WARNING = "warning"


@attrs.frozen
class Location:
    """Where a value can be found: the file, the 1-based line and the field path."""

    file: str
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        return self.file if self.line is None else f"{self.file}:{self.line}"


@attrs.frozen
class Fix:
    """A change that would likely put a problem right: *field* of the record *record* set to *value*.

    ``value`` is the field's new value as the model holds it; ``shown`` is how
    a person reads it ("26.10.2023").
    """

    record: str
    field: str
    value: Any = attrs.field(hash=False)
    shown: str


@attrs.frozen
class Problem:
    """One thing wrong with a dataset, in a form any language can be rendered from.

    ``code`` names the message in :mod:`kssgov.messages`; ``params`` fill it in.
    ``fix``, when a check can tell, is the change that would likely put it right
    (``kssgov check --fix`` offers it).
    """

    severity: Severity
    code: str
    location: Location
    params: Mapping[str, Any] = attrs.field(factory=dict, hash=False)
    fix: Fix | None = attrs.field(default=None, eq=False)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def message(self, language: Language = "en") -> str:
        return render(self.code, language, **self.params)[0]

    def hint(self, language: Language = "en") -> str:
        return render(self.code, language, **self.params)[1]

    def render(self, language: Language = "en") -> str:
        """``file:line: error: field 'x': message. Hint.`` in *language*."""
        message, hint = render(self.code, language, **self.params)
        field = text("problem.field", language, field=self.location.field) if self.location.field else ""
        severity = text(f"severity.{self.severity.value}", language)
        end = "" if hint.endswith(("?", "!", ".")) else "."
        return f"{self.location}: {severity}: {field}{message}. {hint[:1].upper()}{hint[1:]}{end}"

    def sort_key(self) -> tuple[str, int, str]:
        return (self.location.file, self.location.line or 0, self.code)
