"""The Word report sections and the signature sheet as exporters, one table of them.

python-docx is imported only when one of them is run.
"""

from __future__ import annotations

from typing import Any, ClassVar, Final

import attrs

from kssgov import Dataset, ExportRequest
from kssgov.translations import Text, catalogue

from .labels import DOMAIN
from .options import PoliticsOptions, SectionOptions, SignatureOptions

#: What each exporter writes, for ``kssgov exporters`` and the help.
DESCRIPTIONS: Final = catalogue(
    DOMAIN,
    {
        "exporter.politics": Text(
            "The politics table: consultations, input, conferences and meetings (Dato | Hvor | Tema)."
        ),
        "exporter.communication": Text(
            "Information and outreach: media coverage and stories, social media, website and newsletters."
        ),
        "exporter.alliances": Text(
            "Reference groups, alliances and networks, with partners, funders and meeting counts."
        ),
        "exporter.projects": Text(
            "The permanent programmes with their service figures, staff and grants, then the projects."
        ),
        "exporter.awards": Text(
            "The year's awards on their own (the report prints them under the annual meeting)."
        ),
        "exporter.bodies": Text(
            "The organisation: the annual meeting with its awards and elections, each body with its "
            "mandate, figures and members."
        ),
        "exporter.secretariat": Text(
            "The secretariat: its staff, the year's result, the auditor and the accountant."
        ),
        "exporter.members": Text("The member organisations and the summary by operating form."),
        "exporter.report": Text(
            "All sections in one document, in the annual report's order; also used by 'kssgov fill'."
        ),
        "exporter.signatures": Text(
            "The page the board signs: one block per member on --date, chair first, from the terms."
        ),
    },
)


DOCX: Final = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@attrs.frozen
class WordExporter:
    """Writes some of the annual report's sections as one Word document; fills markers with them too."""

    name: str
    sections: tuple[str, ...]
    Options: type
    words: Text
    #: The markers ``fill`` replaces; by default the sections it writes.
    markers: tuple[str, ...] = ()
    output: ClassVar[str] = "docx"
    media_type: ClassVar[str] = DOCX
    domain: ClassVar[str] = DOMAIN

    @property
    def description(self) -> str:
        return self.words.en

    def export(self, dataset: Dataset, request: ExportRequest[Any]) -> bytes:
        from .render import render

        return render(self.sections, dataset, request)

    def fill(self, document: bytes, dataset: Dataset, request: ExportRequest[Any]) -> bytes:
        """*document* with each ``{{kssgov:SECTION}}`` marker of these sections replaced by the section."""
        from .render import fill

        return fill(document, self.markers or self.sections, dataset, request)


politics = WordExporter(
    "politics",
    ("politics",),
    PoliticsOptions,
    DESCRIPTIONS["exporter.politics"],
)
communication = WordExporter(
    "communication",
    ("communication",),
    SectionOptions,
    DESCRIPTIONS["exporter.communication"],
)
alliances = WordExporter(
    "alliances",
    ("alliances",),
    SectionOptions,
    DESCRIPTIONS["exporter.alliances"],
)
projects = WordExporter(
    "projects",
    ("projects",),
    SectionOptions,
    DESCRIPTIONS["exporter.projects"],
)
awards = WordExporter(
    "awards",
    ("awards",),
    SectionOptions,
    DESCRIPTIONS["exporter.awards"],
)
bodies = WordExporter(
    "bodies",
    ("bodies",),
    SectionOptions,
    DESCRIPTIONS["exporter.bodies"],
)
secretariat = WordExporter(
    "secretariat",
    ("secretariat",),
    SectionOptions,
    DESCRIPTIONS["exporter.secretariat"],
)
members = WordExporter(
    "members",
    ("members",),
    SectionOptions,
    DESCRIPTIONS["exporter.members"],
)
report = WordExporter(
    "report",
    ("politics", "communication", "alliances", "projects", "bodies", "members", "secretariat"),
    PoliticsOptions,
    DESCRIPTIONS["exporter.report"],
    markers=(
        "politics",
        "communication",
        "alliances",
        "projects",
        "bodies",
        "members",
        "secretariat",
        "awards",
    ),
)
signatures = WordExporter(
    "signatures",
    ("signatures",),
    SignatureOptions,
    DESCRIPTIONS["exporter.signatures"],
)
