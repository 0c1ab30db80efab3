"""Priser: each award of the year under its heading, as the report prints it."""

from __future__ import annotations

from kssgov import Award
from kssgov.messages import join

from .page import Page


def awards(page: Page) -> None:
    """The awards of the year as a section of their own."""
    page.heading(page.words("awards.heading"), 1)
    write_awards(page, 2)


def write_awards(page: Page, level: int) -> None:
    """Each award of the year: its heading at *level*, then its text."""
    for award in (a for a in page.dataset.awards if a.year == page.year):
        title = award.title if award.title and page.in_data_language else None
        generated = page.words("awards.title", recipient=award.recipient, prize=award.prize, year=award.year)
        page.heading(title or generated, level)
        page.texts(award.citation or generated_citation(page, award))
        page.texts(award.note)


def generated_citation(page: Page, award: Award) -> str:
    """``Krisesentersekretariatets ærespris 2023 ble tildelt ... under årsmøtemiddagen. ... mottok ...``."""
    sentence = page.words("awards.given", prize=award.prize, year=award.year, recipient=award.recipient)
    if award.affiliation:
        sentence += f" ({award.affiliation})"
    if award.presented_at:
        sentence += " " + page.words("awards.at", place=award.presented_at)
    text = sentence + "."
    if award.gifts:
        gifts = join(list(award.gifts), page.language)
        text += " " + page.words("awards.gifts", recipient=award.recipient, gifts=gifts)
    return text
