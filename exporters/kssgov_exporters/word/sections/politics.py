"""Politikk: the table of consultations, input, conferences and meetings (Dato | Hvor | Tema)."""

from __future__ import annotations

from kssgov import Placement, ReportPart, Status

from ..options import PoliticsOptions
from .page import Page


def politics(page: Page) -> None:
    """Every activity of the period in date order, cancelled ones left out (they did not happen).

    Dates keep their ordinary hyphens, so that a reader searching for
    ``7.-8.2.2023`` finds it; the date column is as wide as the longest date.
    An activity's note (an erratum, say) follows the table under the row's date.
    """
    options: PoliticsOptions = page.request.options
    first, last = options.period(page.dataset.settings)
    held = [
        a
        for a in page.dataset.activities_between(
            first, last, kinds=options.kinds or None, audience=page.request.audience
        )
        if a.status is not Status.CANCELLED
    ]
    page.heading(page.words("politics.heading"), 1)
    page.prose(ReportPart.POLITICS)
    caption = page.words("politics.table")
    page.heading(caption, 2)
    page.table(
        [page.words(f"politics.{c}") for c in ("date", "where", "topic")],
        [(a.date.format(with_time=False), a.where, a.topic) for a in held],
        caption=caption,
        notes=[a.note for a in held],
    )
    page.prose(ReportPart.POLITICS, Placement.CLOSING)
