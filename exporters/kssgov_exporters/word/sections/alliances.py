"""Utvalg, allianser og nettverk: reference groups and alliances as tables, networks as text."""

from __future__ import annotations

from kssgov import AllianceKind, Placement, ReportPart

from .page import Page


def alliances(page: Page) -> None:
    """Each kind of alliance the way the report prints it, with the year's meeting counts."""
    visible = page.dataset.alliances
    page.heading(page.words("alliances.heading"), 1)
    page.prose(ReportPart.ALLIANCES)

    def meetings(alliance_id: str) -> str:
        count = page.dataset.meeting_count(alliance_id, page.year, audience=page.request.audience)
        return "" if count is None else str(count)

    groups = [a for a in visible if a.kind is AllianceKind.REFERENCE_GROUP]
    if groups:
        page.table(
            [page.words(k) for k in ("alliances.name", "alliances.participants", "alliances.meetings")],
            [(g.name, ", ".join(g.participants), meetings(g.id)) for g in groups],
            caption=page.words("alliances.groups"),
            notes=[g.note for g in groups],
        )
        page.text("")
    allied = [a for a in visible if a.kind is AllianceKind.ALLIANCE]
    if allied:
        headers = ("alliances.name", "alliances.partners", "alliances.funder", "alliances.meetings")
        page.table(
            [page.words(k) for k in headers],
            [
                (
                    a.name,
                    ", ".join(a.participants),
                    ", ".join(a.funders) or page.words("alliances.none"),
                    meetings(a.id),
                )
                for a in allied
            ],
            caption=page.words("alliances.alliances"),
            notes=[a.note for a in allied],
        )
    for network in (a for a in visible if a.kind is AllianceKind.NETWORK):
        page.heading(network.name, 2)
        page.texts(network.description or ", ".join(network.participants))
        page.texts(network.note)
    page.prose(ReportPart.ALLIANCES, Placement.CLOSING)
