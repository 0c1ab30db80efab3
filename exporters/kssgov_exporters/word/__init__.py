"""The Word report sections and the signature sheet as exporters, one table of them.

python-docx is imported only when one of them is run.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Final

import attrs

from kssgov import Dataset, ExportRequest, Language

from .options import PoliticsOptions, SectionOptions, SignatureOptions

DOCX: Final = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@attrs.frozen
class WordExporter:
    """Writes some of the annual report's sections as one Word document; fills markers with them too."""

    name: str
    sections: tuple[str, ...]
    Options: type
    descriptions: Mapping[Language, str]
    #: The markers ``fill`` replaces; by default the sections it writes.
    markers: tuple[str, ...] = ()
    output: ClassVar[str] = "docx"
    media_type: ClassVar[str] = DOCX

    @property
    def description(self) -> str:
        return self.descriptions["en"]

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
    {
        "en": "The politics table: consultations, input, conferences and meetings (Dato | Hvor | Tema).",
        "nb": "Politikktabellen: høringer, innspill, konferanser og møter (Dato | Hvor | Tema).",
    },
)
communication = WordExporter(
    "communication",
    ("communication",),
    SectionOptions,
    {
        "en": "Information and outreach: media coverage and stories, social media, website and newsletters.",
        "nb": "Informasjonsarbeid og utadrettet arbeid: medieomtale og -oppslag, sosiale medier, "
        "nettside og nyhetsbrev.",
    },
)
alliances = WordExporter(
    "alliances",
    ("alliances",),
    SectionOptions,
    {
        "en": "Reference groups, alliances and networks, with partners, funders and meeting counts.",
        "nb": "Referansegrupper, allianser og nettverk, med partnere, tilskuddsytere og antall møter.",
    },
)
projects = WordExporter(
    "projects",
    ("projects",),
    SectionOptions,
    {
        "en": "The permanent programmes with their service figures, staff and grants, then the projects.",
        "nb": "De faste tiltakene med henvendelser, ansatte og tilskudd, deretter prosjektene.",
    },
)
awards = WordExporter(
    "awards",
    ("awards",),
    SectionOptions,
    {
        "en": "The year's awards on their own (the report prints them under the annual meeting).",
        "nb": "Årets priser for seg (årsmeldingen har dem under årsmøtet).",
    },
)
bodies = WordExporter(
    "bodies",
    ("bodies",),
    SectionOptions,
    {
        "en": "The organisation: the annual meeting with its awards and elections, each body with its "
        "mandate, figures and members.",
        "nb": "Organisasjonen: årsmøtet med priser og valg, hvert organ med mandat, tall og medlemmer.",
    },
)
secretariat = WordExporter(
    "secretariat",
    ("secretariat",),
    SectionOptions,
    {
        "en": "The secretariat: its staff, the year's result, the auditor and the accountant.",
        "nb": "Sekretariatet: ansatte, årets resultat, revisor og regnskapsfører.",
    },
)
members = WordExporter(
    "members",
    ("members",),
    SectionOptions,
    {
        "en": "The member organisations and the summary by operating form.",
        "nb": "Medlemsorganisasjonene og oppsummeringen etter driftsform.",
    },
)
report = WordExporter(
    "report",
    ("politics", "communication", "alliances", "projects", "bodies", "members", "secretariat"),
    PoliticsOptions,
    {
        "en": "All sections in one document, in the annual report's order; also used by 'kssgov fill'.",
        "nb": "Alle delene i ett dokument, i årsmeldingens rekkefølge; brukes også av 'kssgov fill'.",
    },
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
    {
        "en": "The page the board signs: one block per member on --date, chair first, from the terms.",
        "nb": "Siden styret signerer: én blokk per medlem på --date, leder først, ut fra funksjonstidene.",
    },
)
