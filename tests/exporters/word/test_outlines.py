"""Each document as a reader sees it, line by line, against the outline kept beside the tests.

An outline (``outlines/*.txt``) lists every paragraph with its style, its boldness and the
properties it sets, and every table with its properties, column widths and rows. The report's were
read against the printed 2023 report when written, the variants' line by line; a change to a
document shows as a change to its outline, to be read and accepted by writing the files again
(``python -m tests.exporters.word.test_outlines``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from kssgov import (
    Channel,
    Dataset,
    Figure,
    Language,
    Measure,
    OperatingForm,
    PartialDate,
    Role,
    Statistics,
    Status,
    Term,
    load,
)
from kssgov.model import RECORD_TYPES

from ...conftest import EXAMPLE
from .helpers import export, outline, read

OUTLINES = Path(__file__).parent / "outlines"


def _replaced(dataset: Dataset, record_id: str, **changes: object) -> Dataset:
    """*dataset* with the record *record_id* changed."""
    record = dataset.get(record_id)
    assert record is not None
    attribute = RECORD_TYPES[type(record).table].attribute
    records = tuple(
        attrs.evolve(r, **changes) if r.id == record_id else r for r in getattr(dataset, attribute)
    )
    replaced: dict[str, Any] = {attribute: records}
    return attrs.evolve(dataset, **replaced)


def _projects_in_full(dataset: Dataset) -> Dataset:
    """What the example's projects lack: a description, a note for a sum not known, a note beside a
    sum for two years, two funders, last year's figure (of the total and of a channel), a total of
    five digits (written with a space), enquiries counted by channel without a total, and a figure
    of another kind for a programme; staff employed over two years, and from a month to a day."""
    changed = _replaced(dataset, "taushet-tar-liv", description="Første avsnitt.\n\nAndre avsnitt.")
    changed = _replaced(changed, "anes-romania", amount_note="ikke fastsatt")
    changed = _replaced(
        changed, "kjokkenkultur", amount_note="inkludert egenandel", funders=("DNB", "Gjensidige")
    )
    changed = _replaced(changed, "2023-vo-linjen-enquiries", value=14279, previous=3900)
    changed = _replaced(changed, "2023-vo-linjen-enquiries-phone", previous=2500)
    changed = _replaced(changed, "2023-rosa-enquiries", channel=Channel.PHONE)
    changed = _replaced(changed, "rosa-kristin-naess-stub", start=PartialDate(2022, 3))
    changed = _replaced(changed, "rosa-eline-bostad", end=PartialDate(2023, 9, 15))
    visits = Figure(id="2023-rosa-visits", year=2023, measure=Measure.VISITS, value=1200, unit="rosa")
    return attrs.evolve(changed, figures=(*changed.figures, visits))


def _communication_in_full(dataset: Dataset) -> Dataset:
    """Figures the example lacks: one of no channel, no change and ten thousand (grouped), a
    newsletter's subscribers with last year's figure and a change of one per cent, a print media
    figure other than hits, last year's count of newsletters sent; and no stories."""
    views = Figure(id="2023-views", year=2023, measure=Measure.VIEWS, value=10_000, change=0)
    subscribers = Figure(
        id="2023-newsletter-followers",
        year=2023,
        measure=Measure.FOLLOWERS,
        value=800,
        channel=Channel.NEWSLETTER,
        previous=790,
        change=1,
    )
    readers = Figure(
        id="2023-print-reach", year=2023, measure=Measure.REACH, value=300, channel=Channel.PRINT_MEDIA
    )
    changed = _replaced(dataset, "2023-newsletters-sent", previous=7)
    return attrs.evolve(changed, figures=(*changed.figures, views, subscribers, readers), media=())


def _alliances_in_full(dataset: Dataset) -> Dataset:
    """What the example lacks: meetings counted in another year, and a network without a description."""
    earlier = Statistics(id="rod-knapp-2022", subject="rod-knapp", year=2022, meetings=7)
    changed = _replaced(dataset, "nordiske-kvinner-mot-vold", description=None)
    return attrs.evolve(changed, statistics=(*changed.statistics, earlier))


def _meeting_cancelled(dataset: Dataset) -> Dataset:
    return _replaced(dataset, "arsmote-2023", status=Status.CANCELLED)


def _bodies_in_full(dataset: Dataset) -> Dataset:
    """What the example lacks: a meeting without its place, a board's meetings without its cases, and
    an office held from a day of the year to another."""
    changed = _replaced(dataset, "arsmote-2023", where=None)
    changed = _replaced(changed, "styret-2023", cases=None)
    return _replaced(
        changed, "styret-heidi-olden-eng-leder", start=dt.date(2023, 5, 2), end=dt.date(2023, 11, 30)
    )


def _bodies_more(dataset: Dataset) -> Dataset:
    """More the example lacks: a proposal of several names, a name elected with no term recorded, terms
    starting on the meeting's first and last day, a term ending on 2 January (held on the year's first
    day alone: terms end before their end date), few cases (in words), a term starting and ending in
    the year, a shared deputy from a day of the year, the board's chair from a day of the year
    holding no seat, a secretary until a day of the year, two offices held by one person in turn
    with a note each, and a board member of no region."""
    changed = _replaced(
        dataset,
        "valg-2023-styret",
        proposed=("Kristin Mettenes", "Gunn Knörr", "Kari Nordmann"),
        elected=("Kristin Mettenes", "Gunn Knörr", "Kari Nordmann"),
    )
    changed = _replaced(changed, "styret-kristin-mettenes", start=dt.date(2023, 4, 26))
    changed = _replaced(changed, "styret-gunn-knorr", start=dt.date(2023, 4, 27))
    changed = _replaced(changed, "styret-sidsel-anes", end=dt.date(2023, 1, 2))
    changed = _replaced(changed, "styret-unni-selnes", region=None)
    changed = _replaced(changed, "fagetisk-rad-2023", cases=5)
    changed = _replaced(changed, "rad-per-lorentzen", end=dt.date(2023, 10, 1))
    changed = _replaced(changed, "rad-kai-stokke", start=dt.date(2023, 3, 1))
    changed = _replaced(
        changed, "styret-heidi-olden-eng-leder", person="Ola Nordmann", start=dt.date(2023, 6, 1)
    )
    changed = _replaced(changed, "rad-hege-mauroy-sekretaer", end=dt.date(2023, 6, 30))
    changed = _replaced(changed, "rad-hanne-stenvaag-leder", start=dt.date(2023, 6, 1))
    leader = changed.get("rad-hanne-stenvaag-leder")
    assert isinstance(leader, Term)
    earlier = attrs.evolve(
        leader,
        id="rad-hanne-stenvaag-nestleder",
        role=Role.DEPUTY_CHAIR,
        start=None,
        end=dt.date(2023, 6, 1),
        note="valgt av rådet",
    )
    return attrs.evolve(changed, terms=(*changed.terms, earlier))


def _no_result_but_a_note(dataset: Dataset) -> Dataset:
    return _replaced(dataset, "2023", result=None, auditor=None, accountant=None)


def _nothing_won_or_lost(dataset: Dataset) -> Dataset:
    return _replaced(dataset, "2023", result=0, note=None)


def _board_without_regions(dataset: Dataset) -> Dataset:
    terms = tuple(attrs.evolve(t, region=None) for t in dataset.terms)
    return attrs.evolve(dataset, terms=terms)


def _members_in_full(dataset: Dataset) -> Dataset:
    """What the example's members lack: one without region or contact, one of another operating form
    (the only one of its form)."""
    changed = _replaced(dataset, dataset.members[0].id, region=None, contact=None)
    return _replaced(changed, dataset.members[1].id, operating_form=OperatingForm.OTHER)


def _as_it_is(dataset: Dataset) -> Dataset:
    return dataset


#: Each outline: the exporter, the language, its options and what is changed in the example first.
DOCUMENTS: dict[str, tuple[str, Language, dict[str, object], Callable[[Dataset], Dataset]]] = {
    "report-nb": ("report", "nb", {}, _as_it_is),
    "report-en": ("report", "en", {}, _as_it_is),
    "awards-nb": ("awards", "nb", {}, _as_it_is),
    "signatures-nb": ("signatures", "nb", {"date": dt.date(2023, 12, 31)}, _as_it_is),
    "signatures-en": ("signatures", "en", {"date": dt.date(2023, 12, 31)}, _as_it_is),
    "signatures-without-regions-nb": (
        "signatures",
        "nb",
        {"date": dt.date(2023, 12, 31)},
        _board_without_regions,
    ),
    "members-in-full-nb": ("members", "nb", {}, _members_in_full),
    "members-in-full-en": ("members", "en", {}, _members_in_full),
    "communication-in-full-nb": ("communication", "nb", {}, _communication_in_full),
    "alliances-in-full-nb": ("alliances", "nb", {}, _alliances_in_full),
    "bodies-meeting-cancelled-nb": ("bodies", "nb", {}, _meeting_cancelled),
    "bodies-in-full-nb": ("bodies", "nb", {}, _bodies_in_full),
    "bodies-in-full-en": ("bodies", "en", {}, _bodies_in_full),
    "bodies-more-nb": ("bodies", "nb", {}, _bodies_more),
    "bodies-without-regions-nb": ("bodies", "nb", {}, _board_without_regions),
    "projects-in-full-nb": ("projects", "nb", {}, _projects_in_full),
    "projects-in-full-en": ("projects", "en", {}, _projects_in_full),
    "secretariat-note-only-nb": ("secretariat", "nb", {}, _no_result_but_a_note),
    "secretariat-zero-nb": ("secretariat", "nb", {}, _nothing_won_or_lost),
}


def written(name: str, dataset: Dataset) -> list[str]:
    exporter, language, given, changed = DOCUMENTS[name]
    return outline(read(export(exporter, changed(dataset), language=language, options=given)))


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_each_document_reads_as_its_outline(example: Dataset, name: str) -> None:
    kept = (OUTLINES / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    assert written(name, example) == kept


if __name__ == "__main__":
    for document in DOCUMENTS:
        lines = written(document, load(EXAMPLE))
        (OUTLINES / f"{document}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
