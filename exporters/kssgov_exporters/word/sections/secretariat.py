"""Sekretariat: who worked in the secretariat, the year's result, the auditor and the accountant."""

from __future__ import annotations

from kssgov import Finances, Placement, ReportPart

from ..labels import grouped
from .page import Page
from .projects import staff_line


def secretariat(page: Page) -> None:
    """The secretariat's staff in the year and the organisation's finance key figures."""
    page.heading(page.words("secretariat.heading"), 1)
    page.prose(ReportPart.SECRETARIAT)
    staff = page.dataset.staff_of(None, page.year)
    if staff:
        page.heading(page.words("secretariat.staff"), 2)
        for person in staff:
            page.text(staff_line(page, person))
    finances = page.dataset.finances_of(page.year)
    if (finances is not None and (finances.result is not None or finances.note)) or page.has_prose(
        ReportPart.FINANCES
    ):
        page.heading(page.words("secretariat.finances"), 2)
        page.prose(ReportPart.FINANCES)
        if finances is not None and finances.result is not None:
            amount = grouped(abs(finances.result))
            if finances.result < 0:
                amount = page.words("secretariat.minus", amount=amount)
            page.text(page.words("secretariat.result", year=page.year, amount=amount))
        page.texts(finances.note if finances is not None else None)
        page.prose(ReportPart.FINANCES, Placement.CLOSING)
    if finances is not None:
        _auditor_and_accountant(page, finances)
    page.prose(ReportPart.SECRETARIAT, Placement.CLOSING)


def _auditor_and_accountant(page: Page, finances: Finances) -> None:
    organisation = page.organisation
    if finances.auditor:
        page.heading(page.words("secretariat.auditor.heading"), 2)
        page.text(page.words("secretariat.auditor", organisation=organisation, auditor=finances.auditor))
    if finances.accountant:
        page.heading(page.words("secretariat.accountant.heading"), 2)
        text = page.words("secretariat.accountant", organisation=organisation, accountant=finances.accountant)
        if finances.accountant_contact:
            text += " " + page.words("secretariat.contact", person=finances.accountant_contact)
        page.text(text)
