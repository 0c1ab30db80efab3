"""The annual report's sections, each written into a Word document from the records.

A section is a function of a :class:`~.page.Page`: the document, the dataset
already narrowed to the request's audience, and the request. It computes
everything it prints from the records; nothing is typed by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from .alliances import alliances
from .awards import awards
from .communication import communication
from .members import members
from .organisation import organisation
from .page import Page
from .politics import politics
from .projects import projects
from .secretariat import secretariat

Section = Callable[[Page], None]

#: Every section by name, in the order the annual report prints them.
SECTIONS: Final[dict[str, Section]] = {
    "politics": politics,
    "communication": communication,
    "alliances": alliances,
    "projects": projects,
    "bodies": organisation,
    "members": members,
    "secretariat": secretariat,
    "awards": awards,
}

__all__ = ["SECTIONS", "Page", "Section"]
