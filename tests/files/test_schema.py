"""The JSON Schemas editors check the files with: what the loader accepts, they accept; much of
what it refuses, they refuse while the person types.

An editor (Taplo, in VS Code's Even Better TOML) reads TOML dates as text, so
the files are checked here as it sees them.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

from kssgov.files.schema import _class_schema, records_schema, settings_schema

from ..conftest import EXAMPLE

CORPUS = Path(__file__).parent.parent / "corpus" / "broken"


def as_an_editor_reads(value: Any) -> Any:
    """TOML as JSON: dates and times become text."""
    if isinstance(value, dict):
        return {k: as_an_editor_reads(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_an_editor_reads(v) for v in value]
    if isinstance(value, (dt.date, dt.time)):  # datetimes are dates
        return value.isoformat()
    return value


def read(path: Path) -> Any:
    return as_an_editor_reads(tomllib.loads(path.read_text(encoding="utf-8")))


def problems(schema: Callable[[], dict[str, Any]], document: Any) -> list[str]:
    """Each place *document* breaks the schema, made anew (made once, no test would see it change)."""
    validator = jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker())
    return sorted(
        f"{'/'.join(map(str, e.absolute_path))}: {e.validator}" for e in validator.iter_errors(document)
    )


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLE.glob("*.toml") if p.name != "kssgov.toml"))
def test_every_file_of_the_example_is_valid(name: str) -> None:
    assert problems(records_schema, read(EXAMPLE / name)) == []


def test_the_examples_settings_are_valid() -> None:
    settings = read(EXAMPLE / "kssgov.toml")
    assert problems(settings_schema, settings) == []
    assert problems(settings_schema, {**settings, "feed": {"grace_days": 10}}) == []


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("unknown-key", ["activity/0: additionalProperties"]),
        ("unknown-kind", ["activity/0/kind: enum"]),
        ("wrong-type-topic", ["activity/0/topic: type"]),
        ("wrong-type-list", ["alliance/0/participants: type"]),
        ("missing-required-field", ["activity/0: required"]),
        ("unknown-table", [": additionalProperties"]),
        ("fractional-amount", ["project/0/amount: type"]),
        ("term-bad-bound", ["term/0/start: anyOf"]),
        ("agm-status-unknown", ["agm/0/status: enum"]),
    ],
)
def test_a_broken_file_is_refused_where_the_loader_refuses_it(case: str, expected: list[str]) -> None:
    (data,) = [p for p in (CORPUS / case).glob("*.toml") if p.name != "kssgov.toml"]
    assert problems(records_schema, read(data)) == expected


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("settings-year-as-text", ["year: type"]),
        ("settings-missing-name", [": required"]),
        ("settings-unknown-key", ["yaer: type"]),
        ("settings-bad-language", ["language: enum"]),
    ],
)
def test_broken_settings_are_refused_where_the_loader_refuses_them(case: str, expected: list[str]) -> None:
    assert problems(settings_schema, read(CORPUS / case / "kssgov.toml")) == expected


def test_dates_are_written_as_the_loader_reads_them() -> None:
    def activity(date: object, **more: object) -> dict[str, Any]:
        return {"activity": [{"id": "a", "date": date, "where": "W", "topic": "T", **more}]}

    for written in ("2023-02-07", "7.2.2023", "7.-8.2.2023", "7.2.2023 kl. 10.00-12.00"):
        assert problems(records_schema, activity(written)) == []
    table = {"start": "2023-02-07T10:00:00", "end": "2023-02-07T12:00:00", "timezone": "Europe/Oslo"}
    assert problems(records_schema, activity(table)) == []
    assert problems(records_schema, activity({"end": "2023-02-07T12:00:00"})) == ["activity/0/date: anyOf"]
    assert problems(records_schema, activity({"start": "x", "place": "y"})) == ["activity/0/date: anyOf"]
    assert problems(records_schema, activity(20230207)) == ["activity/0/date: anyOf"]

    def term(**bounds: object) -> dict[str, Any]:
        return {"term": [{"id": "t", "body": "b", "person": "P", "role": "member", **bounds}]}

    for bound in ("2023-04-26", "26.4.2023", {"agm": 2023}):
        assert problems(records_schema, term(start=bound, end=bound)) == []
    assert problems(records_schema, term(start={"agm": 2023, "day": 1})) == ["term/0/start: anyOf"]
    assert problems(records_schema, term(start="26/4/2023")) == ["term/0/start: anyOf"]

    def staff(start: object) -> dict[str, Any]:
        return {"staff": [{"id": "s", "person": "P", "title": "Rådgiver", "start": start}]}

    for month in ("2023-09", "9.2023", "2023-09-01", "1.9.2023"):
        assert problems(records_schema, staff(month)) == []
    assert problems(records_schema, staff("september")) == ["staff/0/start: anyOf"]


def test_each_record_type_names_its_required_fields_and_says_what_it_is() -> None:
    tables = records_schema()["properties"]
    assert tables["activity"]["type"] == "array"
    activity = tables["activity"]["items"]
    assert activity["required"] == ["date", "where", "topic"]
    assert (
        activity["description"]
        == "A consultation response, hearing, meeting, conference or other dated activity."
    )
    assert activity["properties"]["sources"] == {"type": "array", "items": {"type": "string"}}
    assert activity["properties"]["visibility"] == {"enum": ["public", "members", "board"]}
    term = tables["term"]["items"]
    assert term["required"] == ["body", "person", "role"]
    settings = settings_schema()
    assert settings["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert settings["title"] == "kssgov settings"
    assert "sections" not in settings["properties"]
    assert settings["properties"]["regions"] == {"type": "object", "additionalProperties": {"type": "string"}}
    assert settings["properties"]["access"]["properties"]["members_token"] == {"type": "string"}


def test_the_records_schema_says_what_it_is_and_each_type_in_one_line() -> None:
    schema = records_schema()
    assert (schema["$schema"], schema["title"], schema["type"]) == (
        "https://json-schema.org/draft/2020-12/schema",
        "kssgov records",
        "object",
    )
    assert schema["description"].startswith("Records of a kssgov dataset. Each table is a list")
    staff = schema["properties"]["staff"]["items"]
    assert staff["description"] == (
        "A person employed in a unit: the secretariat (no ``unit``), or a programme (its project's id)."
    )
    assert settings_schema()["additionalProperties"] == {
        "type": "object",
        "description": "A table of an exporter's settings.",
    }


def test_days_and_months_must_be_written_as_text_the_loader_reads() -> None:
    def consultation(deadline: object) -> dict[str, Any]:
        return {"consultation": [{"id": "h", "issuer": "JD", "title": "T", "deadline": deadline}]}

    assert problems(records_schema, consultation("2024-03-01")) == []
    assert problems(records_schema, consultation("1.3.2024")) == []
    assert problems(records_schema, consultation("2024/03/01")) == ["consultation/0/deadline: anyOf"]
    staff = {"staff": [{"id": "s", "person": "P", "title": "T", "start": 2023}]}
    assert problems(records_schema, staff) == ["staff/0/start: anyOf"]
    term = {"term": [{"id": "t", "body": "b", "person": "P", "role": "member", "start": {"day": 1}}]}
    assert problems(records_schema, term) == ["term/0/start: anyOf"]


def test_each_record_must_be_a_table_and_a_bound_must_name_its_meeting() -> None:
    assert problems(records_schema, {"activity": ["Budsjett"]}) == ["activity/0: type"]
    term = {"id": "t", "body": "b", "person": "P", "role": "member"}
    assert problems(records_schema, {"term": [{**term, "start": {"agm": 2023}}]}) == []
    assert problems(records_schema, {"term": [{**term, "start": {}}]}) == ["term/0/start: anyOf"]


@attrs.frozen
class _Described:
    """A first paragraph written
    over two lines.

    The rest is not shown."""

    size: int


@attrs.frozen
class _Measured:
    size: float


@attrs.frozen
class _Either:
    size: int | str | None


def test_a_description_is_the_first_paragraph_on_one_line_and_a_type_without_a_schema_is_named() -> None:
    assert _class_schema(_Described)["description"] == "A first paragraph written over two lines."
    with pytest.raises(TypeError, match=r"^no JSON Schema for <class 'float'>$"):
        _class_schema(_Measured)
    with pytest.raises(TypeError, match=r"^no JSON Schema for int \| str \| None$"):
        _class_schema(_Either)
