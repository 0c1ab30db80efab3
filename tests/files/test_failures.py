"""cattrs' nested failures turned into problems: each at its field's full path, with the value written.

Records are flat, but an exporter's options (a plugin's own) may hold lists and nested classes, and
cattrs reports those as exception groups within groups.
"""

from __future__ import annotations

import datetime as dt

import attrs
import cattrs
import pytest

from kssgov.exceptions import InvalidValueError
from kssgov.files.converter import configure_converter
from kssgov.files.failures import failures
from kssgov.messages import Phrase
from kssgov.model import validators


@attrs.frozen
class Moment:
    text: str


@attrs.frozen
class Inner:
    name: str = attrs.field(validator=validators.text)
    amount: float = 0.0
    counts: list[int] = attrs.Factory(list)


@attrs.frozen
class Outer:
    title: str
    inner: Inner
    inners: list[Inner]
    when: Moment | None = None


def _moment(value: object, _: object) -> Moment:
    if not isinstance(value, str) or value.count("-") != 2:
        raise InvalidValueError("date.unreadable", value=value, field="when")
    return Moment(value)


def found(raw: dict[str, object]) -> list[tuple[str | None, str, dict[str, object]]]:
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    configure_converter(converter)
    converter.register_structure_hook(Moment, _moment)
    with pytest.raises(cattrs.ClassValidationError) as raised:
        converter.structure(raw, Outer)
    return [(field, p.code, dict(p.params)) for field, p in failures(raised.value, raw)]


def test_every_failure_has_its_full_path_and_the_value_as_written() -> None:
    raw: dict[str, object] = {
        "title": "T",
        "inner": {"name": "N", "amount": "lots", "counts": [1, "two", 3]},
        "inners": [{"name": "A"}, {"name": " ", "counts": [4]}, {"name": "B", "extra": 1}],
        "bogus": 2,
    }
    assert found(raw) == [
        ("inner.amount", "type.wrong", {"value": "lots", "expected": Phrase("expect.other")}),
        ("inner.counts[1]", "type.wrong", {"value": "two", "expected": Phrase("expect.whole_number")}),
        # The validator says which field; the value it does not give is looked up where it was written.
        ("inners[1].name", "text.empty", {"value": " "}),
        ("inners[2].extra", "field.unknown", {"allowed": "name, amount, counts"}),
        ("bogus", "field.unknown", {"allowed": "title, inner, inners, when"}),
    ]


def test_a_field_named_both_by_its_place_and_by_its_check_is_named_once() -> None:
    raw: dict[str, object] = {"title": "T", "inner": {"name": "N"}, "inners": [], "when": "soon"}
    assert found(raw) == [("when", "date.unreadable", {"value": "soon"})]


def test_a_missing_field_and_values_of_the_wrong_shape_in_lists() -> None:
    raw: dict[str, object] = {"inner": {"name": "N", "counts": 5}, "inners": [{"name": ""}, 7]}
    assert found(raw) == [
        ("title", "field.missing", {}),
        ("inner.counts", "type.wrong", {"value": 5, "expected": Phrase("expect.other")}),
        ("inners[0].name", "text.empty", {"value": ""}),
        ("inners[1]", "type.wrong", {"value": 7, "expected": Phrase("expect.other")}),
    ]


def test_a_table_a_list_or_a_date_is_shown_as_the_file_has_it() -> None:
    moment = dt.datetime(2023, 2, 7, 10, 30)
    raw: dict[str, object] = {
        "title": "T",
        "inner": {"name": {"one": 1.5, "at": moment}},
        "inners": [],
        "when": [dt.date(2023, 2, 7), dt.time(9, 0), "x"],
    }
    shown = [(field, str(params["value"]), repr(params["value"])) for field, _, params in found(raw)]
    assert shown == [
        ("inner.name", "{one = 1.5, at = 2023-02-07T10:30:00}", "{one = 1.5, at = 2023-02-07T10:30:00}"),
        ("when", '[2023-02-07, 09:00:00, "x"]', '[2023-02-07, 09:00:00, "x"]'),
    ]
