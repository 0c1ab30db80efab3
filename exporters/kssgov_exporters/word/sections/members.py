"""Medlemmer: the member organisations and the summary by operating form, computed from them."""

from __future__ import annotations

from kssgov import Placement, ReportPart
from kssgov.messages import join
from kssgov.messages import label as vocabulary_label

from ..labels import count, part
from .page import Page


def members(page: Page) -> None:
    """The member table and the sentence that sums it up."""
    settings = page.dataset.settings
    title = page.words("members.heading", organisation=page.organisation, year=page.year)
    page.heading(title, 1)
    page.prose(ReportPart.MEMBERS)

    def region(region_id: str | None) -> str:
        found = settings.region(region_id)
        return found.name if found else ""

    page.table(
        [page.words(f"members.{c}") for c in ("name", "form", "region", "leader", "contact")],
        [
            (
                m.name,
                vocabulary_label(m.operating_form, page.language),
                region(m.region),
                "\n".join(m.leaders),
                m.contact or "",
            )
            for m in page.dataset.members
        ],
        caption=title,
        notes=[m.note for m in page.dataset.members],
    )
    page.text("")
    page.text(member_summary(page))
    page.prose(ReportPart.MEMBERS, Placement.CLOSING)


def member_summary(page: Page) -> str:
    """``Organisasjonen hadde 20 medlemmer i perioden, hvorav 11 er kommunale/IKS, 5 er ...``."""
    language = page.language
    summary = page.dataset.member_summary()
    head = page.words("members.summary", members=count("member", summary.total, language))
    named = [
        page.words(
            f"members.summary.{form}{'' if number == 1 else 's'}", count=part(number, summary.total, language)
        )
        for form, number in (
            ("public", summary.public),
            ("non_profit", summary.non_profit),
            ("foundation", summary.foundation),
            ("other", summary.other),
        )
        if number
    ]
    return page.words("members.summary.of", head=head, forms=join(named, language)) if named else f"{head}."
