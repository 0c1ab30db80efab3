"""Informasjonsarbeid og utadrettet arbeid: media coverage, a selection of stories, channels, newsletters."""

from __future__ import annotations

from collections.abc import Sequence

from kssgov import Channel, Figure, Measure, MediaItem, Placement, ReportPart
from kssgov.messages import join
from kssgov.messages import label as vocabulary_label

from ..labels import count, figure
from .page import Page

#: Channels whose figures are the organisation's media coverage, printed as its own list.
MEDIA: tuple[Channel, ...] = (Channel.MEDIA, Channel.ONLINE_MEDIA, Channel.PRINT_MEDIA)


def communication(page: Page) -> None:
    """The year's figures of the organisation by channel, and its selection of media stories."""
    every = page.dataset.figures_of(None, page.year)
    figures, parts = whole_and_parts(every)
    stories = page.dataset.media_in(page.year)
    page.heading(page.words("communication.heading"), 1)
    page.prose(ReportPart.COMMUNICATION)
    coverage = [f for f in figures if f.channel in MEDIA and f.measure is Measure.HITS]
    if coverage or stories or page.has_prose(ReportPart.MEDIA):
        page.heading(page.words("communication.media", organisation=page.organisation), 2)
        page.prose(ReportPart.MEDIA)
        for item in coverage:
            where = item.channel.value if item.channel else ""
            page.text(f"{page.words(f'communication.hits.{where}')}: {described(item, page)}")
        for line in breakdowns(page, [f for f in parts if f.channel in MEDIA]):
            page.text(line)
        if stories:
            page.text(page.words("communication.selection"))
            page.bullets([story_line(page, s) for s in stories], [s.url for s in stories])
        page.prose(ReportPart.MEDIA, Placement.CLOSING)
    newsletters = [f for f in every if f.channel is Channel.NEWSLETTER]
    rest = [f for f in figures if f not in coverage and f.channel is not Channel.NEWSLETTER]
    parted = [f for f in parts if f.channel not in MEDIA and f.channel is not Channel.NEWSLETTER]
    # A channel with only a breakdown is a channel too: nothing counted is left out.
    channels = list(dict.fromkeys(f.channel for f in (*rest, *parted)))
    social = [c for c in channels if c is not None and c is not Channel.WEBSITE]
    if social or page.has_prose(ReportPart.SOCIAL_MEDIA):
        page.heading(page.words("communication.social"), 2)
        page.prose(ReportPart.SOCIAL_MEDIA)
        for channel in social:
            channel_part(page, channel, [f for f in rest if f.channel is channel], parted)
        page.prose(ReportPart.SOCIAL_MEDIA, Placement.CLOSING)
    if Channel.WEBSITE in channels or page.has_prose(ReportPart.WEBSITE):
        page.heading(page.words("communication.website"), 2)
        page.prose(ReportPart.WEBSITE)
        if Channel.WEBSITE in channels:
            channel_part(page, Channel.WEBSITE, [f for f in rest if f.channel is Channel.WEBSITE], parted)
        page.prose(ReportPart.WEBSITE, Placement.CLOSING)
    if None in channels:
        page.heading(page.words("communication.other"), 2)
        whole = [measured(page, f) for f in rest if f.channel is None]
        if whole:
            page.bullets(whole)
        for line in breakdowns(page, [f for f in parted if f.channel is None]):
            page.text(line)
    if newsletters or page.has_prose(ReportPart.NEWSLETTER):
        page.heading(page.words("communication.newsletters"), 2)
        page.prose(ReportPart.NEWSLETTER)
    for item in newsletters:
        if item.category is not None:
            continue
        if item.measure is Measure.SENT:
            sent = count("newsletter", item.value, page.language) + remarks(page, item)
            page.text(page.words("communication.newsletters_sent", count=sent, year=page.year))
        else:
            page.bullets([measured(page, item)])
    for line in breakdowns(page, [f for f in newsletters if f.category is not None]):
        page.text(line)
    page.prose(ReportPart.NEWSLETTER, Placement.CLOSING)
    page.prose(ReportPart.COMMUNICATION, Placement.CLOSING)


def channel_part(page: Page, channel: Channel, whole: Sequence[Figure], parts: Sequence[Figure]) -> None:
    """``Tall fra Facebook:``, a bullet for each of its figures, then its breakdowns."""
    name = vocabulary_label(channel, page.language)
    page.text(page.words("communication.figures_from", channel=name))
    if whole:
        page.bullets([measured(page, f) for f in whole])
    for line in breakdowns(page, [f for f in parts if f.channel is channel]):
        page.text(line)


def whole_and_parts(figures: Sequence[Figure]) -> tuple[list[Figure], list[Figure]]:
    """The figures that count the whole of something, and those that count a category of it."""
    return [f for f in figures if f.category is None], [f for f in figures if f.category is not None]


def breakdowns(page: Page, parts: Sequence[Figure]) -> list[str]:
    """The figures that count a category, a sentence for each breakdown in file order.

    ``Hvem ringte inn? 71% voldsutsatte, 14% pårørende og 1% hjelpeapparat.``; a
    figure of no breakdown is a sentence of its own (``Henvendelser: 92% besvart.``).
    A share is written in per cent; its base is the figure ``share_of`` names.
    """
    sentences: list[tuple[str, list[str]]] = []  # each breakdown's lead-in and items, in file order
    lead_ins: dict[str, list[str]] = {}
    for item in parts:
        amount = f"{item.value}%" if item.share_of is not None else figure(item.value)
        said = f"{amount} {item.category}{remarks(page, item)}"
        if item.group is None:
            sentences.append((f"{vocabulary_label(item.measure, page.language)}:", [said]))
        elif item.group in lead_ins:
            lead_ins[item.group].append(said)
        else:
            lead_ins[item.group] = [said]
            sentences.append((item.group, lead_ins[item.group]))
    return [f"{lead_in} {join(items, page.language)}." for lead_in, items in sentences]


def measured(page: Page, item: Figure, *, with_channel: bool = False) -> str:
    """``Antall besøk på siden: 7256 (+14% fra 2022)``; with its channel, ``Henvendelser (telefon): 600``."""
    name = vocabulary_label(item.measure, page.language)
    if with_channel and item.channel is not None:
        name = f"{name} ({vocabulary_label(item.channel, page.language)})"
    return f"{name}: {described(item, page)}"


def described(item: Figure, page: Page) -> str:
    """``57 (2022: 106)``, ``18 000 (tilnærmet)``: the value, its note and what it is compared with."""
    return figure(item.value) + remarks(page, item)


def remarks(page: Page, item: Figure) -> str:
    """`` (tilnærmet, +14% fra 2022)``: the figure's note and comparisons in brackets; empty for none."""
    before = item.year - 1
    found = [item.note] if item.note else []
    if item.previous is not None:
        found.append(page.words("figure.previous", year=before, value=figure(item.previous)))
    if item.change is not None:
        sign = "+" if item.change > 0 else ""
        found.append(page.words("figure.change", change=f"{sign}{item.change}", year=before))
    return f" ({', '.join(found)})" if found else ""


def story_line(page: Page, story: MediaItem) -> str:
    """``Veldig bekymret/ROSA – Dagbladet``: the story, whom it is about, where it ran, and its note."""
    about = page.dataset.settings.short_name or page.organisation
    if story.unit is not None:
        project = next((p for p in page.dataset.projects if p.id == story.unit), None)
        about = project.name if project is not None else about
    line = f"{story.title}/{about} – {story.outlet}"
    return f"{line} ({story.note})" if story.note else line
