"""The board's signature sheet, from the terms."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from kssgov import Dataset, PluginError, Role, Term

from .helpers import export, read, texts

SEED = [
    ("Heidi Olden Eng, sign.", "Styreleder, representant region sør-øst"),
    ("Wanja J. Sæther, sign.", "Nestleder, styrerepresentant region nord"),
    ("Inger-Lise Kilmark, sign.", "Styrerepresentant region nord"),
    ("Else Marie Berg Lorentzen, sign.", "Styrerepresentant region sør-øst"),
    ("Unni Selnes, sign.", "Styrerepresentant region midt-vest"),
    ("Hege Mauroy, sign.", "Ansattrepresentant"),
]


def blocks(data: bytes) -> list[tuple[str, str]]:
    paragraphs = texts(read(data))
    return [(paragraphs[i + 1], paragraphs[i + 2]) for i, p in enumerate(paragraphs) if p.startswith("____")]


@pytest.mark.parametrize("day", [dt.date(2023, 4, 26), dt.date(2023, 12, 31), dt.date(2024, 3, 12)])
def test_the_six_who_signed_the_2023_report(example: Dataset, day: dt.date) -> None:
    data = export("signatures", example, date=day, place="Oslo")
    paragraphs = texts(read(data))
    assert paragraphs[:2] == ["Styrets signatur", f"Oslo, {day.day}.{day.month}.{day.year}"]
    assert blocks(data) == SEED


def test_before_the_2023_meeting_the_employee_representative_was_another(example: Dataset) -> None:
    names = [name for name, _ in blocks(export("signatures", example, date=dt.date(2023, 3, 1)))]
    assert names[-1] == "Martine Sorknes Ødegården, sign."


def test_english(example: Dataset) -> None:
    data = export("signatures", example, date=dt.date(2024, 3, 12), language="en")
    assert texts(read(data))[:2] == ["Signatures of the board", "12.3.2024"]
    assert blocks(data)[0] == ("Heidi Olden Eng (signed)", "Chair, representative of region sør-øst")
    assert blocks(data)[-1] == ("Hege Mauroy (signed)", "Employee representative")


def test_a_block_keeps_together_and_the_heading_stays_with_it(example: Dataset) -> None:
    paragraphs = read(export("signatures", example, date=dt.date(2024, 3, 12))).paragraphs
    assert paragraphs[0].paragraph_format.keep_with_next
    assert paragraphs[1].paragraph_format.keep_with_next
    line, name, role = paragraphs[2:5]
    assert line.paragraph_format.keep_with_next
    assert name.paragraph_format.keep_with_next
    assert role.paragraph_format.keep_together


def test_a_date_is_required(example: Dataset) -> None:
    with pytest.raises(PluginError, match="--date"):
        export("signatures", example)


def test_a_board_without_a_chair_is_reported(example: Dataset) -> None:
    terms = tuple(t for t in example.terms if not (t.body == "styret" and t.role is Role.CHAIR))
    with pytest.raises(PluginError) as caught:
        export("signatures", attrs.evolve(example, terms=terms), date=dt.date(2024, 3, 12))
    assert caught.value.render("en").startswith("Styret has no chair on 12.3.2024")


def test_fewer_members_than_seats_is_reported(example: Dataset) -> None:
    ended = [
        attrs.evolve(t, end=dt.date(2024, 1, 1)) if t.id == "styret-unni-selnes" else t for t in example.terms
    ]
    with pytest.raises(PluginError) as caught:
        export("signatures", attrs.evolve(example, terms=tuple(ended)), date=dt.date(2024, 3, 12))
    assert caught.value.render("en").startswith("Styret has 5 members on 12.3.2024 but 6 seats")


def test_no_board(example: Dataset) -> None:
    bodies = tuple(b for b in example.bodies if b.id != "styret")
    terms: tuple[Term, ...] = tuple(t for t in example.terms if t.body != "styret")
    with pytest.raises(PluginError, match="no board"):
        export("signatures", attrs.evolve(example, bodies=bodies, terms=terms), date=dt.date(2024, 3, 12))
