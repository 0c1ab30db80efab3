"""Problems found in a dataset: where they are, what is wrong and what to do."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs

from .messages import Language, render


class Severity(enum.Enum):
    """An error makes a dataset unusable; a warning is worth an editor's look."""

    ERROR = "error"
    WARNING = "warning"


_SEVERITY_WORDS: Mapping[Language, Mapping[Severity, str]] = {
    "en": {Severity.ERROR: "error", Severity.WARNING: "warning"},
    "nb": {Severity.ERROR: "feil", Severity.WARNING: "advarsel"},
}
_FIELD_WORDS: Mapping[Language, str] = {"en": "field", "nb": "felt"}


@attrs.frozen
class Location:
    """Where a value can be found: the file, the 1-based line and the field path."""

    file: str
    line: int | None = None
    field: str | None = None


@attrs.frozen
class Problem:
    """One thing wrong with a dataset, in a form any language can be rendered from."""

    severity: Severity
    code: str
    location: Location
    params: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def message(self, language: Language = "en") -> str:
        return render(self.code, language, **self.params)[0]

    def hint(self, language: Language = "en") -> str:
        return render(self.code, language, **self.params)[1]

    def render(self, language: Language = "en") -> str:
        """``file:line: error: field 'x': message. hint`` in *language*."""
        where = self.location.file
        if self.location.line is not None:
            where += f":{self.location.line}"
        message, hint = render(self.code, language, **self.params)
        field = ""
        if self.location.field:
            field = f"{_FIELD_WORDS[language]} '{self.location.field}': "
        severity = _SEVERITY_WORDS[language][self.severity]
        end = "" if hint.endswith(("?", "!", ".")) else "."
        return f"{where}: {severity}: {field}{message}. {hint[:1].upper()}{hint[1:]}{end}"

    def sort_key(self) -> tuple[str, int, str]:
        return (self.location.file, self.location.line or 0, self.code)
