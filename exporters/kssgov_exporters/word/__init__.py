"""The Word report sections as exporters. python-docx is imported only when one is run."""

from __future__ import annotations

from typing import ClassVar

from kssgov import Dataset, ExportRequest

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class WordSections:
    """Writes some of the annual report's sections as a Word document."""

    name: ClassVar[str]
    description: ClassVar[str]
    output: ClassVar[str] = "docx"
    media_type: ClassVar[str] = DOCX
    sections: ClassVar[tuple[str, ...]]

    def export(self, dataset: Dataset, request: ExportRequest) -> bytes:
        from .render import render

        return render(self.sections, dataset, request)


class PoliticsSection(WordSections):
    name = "politics"
    description = "The politics table: consultations, input, conferences and meetings (Dato | Hvor | Tema)."
    sections = ("politics",)


class AlliancesSection(WordSections):
    name = "alliances"
    description = "Reference groups, alliances and networks, with partners, funders and meeting counts."
    sections = ("alliances",)


class MembersSection(WordSections):
    name = "members"
    description = "The member organisations and the summary by operating form."
    sections = ("members",)


class ProjectsSection(WordSections):
    name = "projects"
    description = "Projects and permanent programmes with partners, funders and grants."
    sections = ("projects",)


class AwardsSection(WordSections):
    name = "awards"
    description = "The year's awards, a paragraph each."
    sections = ("awards",)


class BodiesSection(WordSections):
    name = "bodies"
    description = (
        "The annual meeting, the governing bodies' members for the year, their figures and elections."
    )
    sections = ("bodies",)


class SignatureSheet(WordSections):
    """The board's signature page for ``--date`` (and ``--place``)."""

    name = "signatures"
    description = "The page the board signs: one block per member on --date, chair first, from the terms."
    sections = ("signatures",)


class Report(WordSections):
    """All sections in one document; also fills {{kssgov:SECTION}} markers of a report written in Word."""

    name = "report"
    description = "All sections in one document, in the annual report's order; also used by 'kssgov fill'."
    sections = ("politics", "alliances", "projects", "awards", "bodies", "members")

    def fill(self, document: bytes, dataset: Dataset, request: ExportRequest) -> bytes:
        from .render import fill

        return fill(document, dataset, request)
