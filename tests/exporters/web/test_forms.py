"""The editor's forms: a field for each field of a record, values shown as a person writes them, and
what is sent back read as the records read the files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import flask
import pytest
from wtforms import BooleanField, Field, SelectField, StringField, TextAreaField

from kssgov import (
    Activity,
    ActivityKind,
    AgmBound,
    Body,
    BodyKind,
    Consultation,
    DateSpan,
    Figure,
    Measure,
    Project,
    Role,
    Staff,
    Term,
)
from kssgov.messages import text
from kssgov_exporters.web.forms import record_form, shown, submitted


@pytest.fixture(autouse=True)
def request_context() -> Iterator[None]:
    app = flask.Flask(__name__)
    app.config.update(WTF_CSRF_ENABLED=False, SECRET_KEY="test")
    with app.test_request_context():
        yield


def test_an_activitys_form_has_a_field_of_the_right_kind_for_each_field_but_the_id() -> None:
    form = record_form(Activity, "nb")
    described = {f.name: (type(f), required(f), f.label.text) for f in form}
    assert "id" not in described
    assert described["date"] == (StringField, True, "Dato")
    assert described["where"] == (TextAreaField, True, "Hvor")
    assert described["sources"] == (TextAreaField, False, "Kilder")
    assert described["venue"] == (StringField, False, "Sted")
    assert described["kind"] == (SelectField, False, "Type")
    assert form["date"].description == text("field.date", "nb")
    assert form["kind"].default == "meeting"
    assert (form["kind"].choices[0].value, form["kind"].choices[0].label) == (
        "consultation_response",
        "Høringssvar",
    )
    assert len(form["kind"].choices) == len(ActivityKind)  # a default: no empty choice
    assert record_form(Activity, "en")["date"].label.text == "Date"


def required(field: Field) -> bool:
    """Whether *field* is marked required when shown (the form itself requires nothing)."""
    return " required" in str(field())


def test_a_choice_without_a_default_offers_an_empty_one_unless_it_is_required() -> None:
    form = record_form(Term, "nb")
    assert (form["elected_by"].choices[0].value, form["elected_by"].choices[0].label) == ("", "–")
    assert form["elected_by"].default is None
    assert required(form["role"])
    assert not required(form["elected_by"])
    assert [choice.value for choice in form["role"].choices] == [r.value for r in Role]
    assert isinstance(record_form(Body, "nb")["has_chair"], BooleanField)


def test_values_are_shown_as_a_person_writes_them() -> None:
    term = Term(
        id="t",
        body="styret",
        person="Kari",
        role=Role.DEPUTY,
        deputy_for="ola",
        start=AgmBound(2023),
        end=dt.date(2024, 5, 31),
        sources=("https://example.org/a", "https://example.org/b"),
    )
    values = shown(term)
    assert "id" not in values
    assert values["start"] == "agm 2023"
    assert values["end"] == "31.5.2024"
    assert values["role"] == "deputy"
    assert values["sources"] == "https://example.org/a\nhttps://example.org/b"
    assert values["region"] == ""
    assert (
        shown(Activity(id="a", date=DateSpan.parse("7.-8.2.2023"), where="W", topic="T"))["date"]
        == "7.-8.2.2023"
    )
    assert shown(Body(id="b", kind=BodyKind.BOARD, name="Styret", has_chair=False))["has_chair"] is False
    assert shown(Figure(id="f", year=2023, measure=Measure.VIEWS, value=1200))["value"] == "1200"
    consultation = Consultation(id="c", title="T", issuer="I", deadline=dt.date(2024, 3, 1))
    assert shown(consultation)["deadline"] == "1.3.2024"
    assert shown(Project(id="p", name="P", years=(2022, 2023)))["years"] == "2022\n2023"


def test_what_is_sent_back_is_read_as_the_files_are_and_empty_fields_are_named() -> None:
    data = {
        "date": " 6.1.2023 ",
        "where": "Stortinget\r\nHøring",
        "topic": "Budsjett",
        "sources": "https://example.org/a\n\n  https://example.org/b  \n",
        "kind": "meeting",
        "venue": "   ",
    }
    values, empty = submitted(Activity, record_form(Activity, "nb", data=data))
    assert values["date"] == "6.1.2023"
    assert values["where"] == "Stortinget\nHøring"
    assert values["sources"] == ["https://example.org/a", "https://example.org/b"]
    assert values["kind"] == "meeting"
    assert "venue" not in values
    assert {"venue", "url", "alliance"} <= set(empty)
    assert "id" not in values and "id" not in empty


def test_numbers_are_sent_as_numbers_and_anything_else_as_written_for_the_record_to_refuse() -> None:
    data = {"year": "2023", "measure": "views", "value": "-5", "previous": "12a", "change": "+3"}
    values, empty = submitted(Figure, record_form(Figure, "nb", data=data))
    assert (values["year"], values["value"], values["previous"], values["change"]) == (2023, -5, "12a", "+3")
    assert "unit" in empty
    projects, _ = submitted(
        Project, record_form(Project, "nb", data={"name": "P", "years": "2022\n2023\nto"})
    )
    assert projects["years"] == [2022, 2023, "to"]
    bodies, _ = submitted(Body, record_form(Body, "nb", data={"name": "Styret", "has_chair": False}))
    assert bodies["has_chair"] is False


def test_a_field_is_described_in_its_tables_own_words_where_it_has_them() -> None:
    form = record_form(Staff, "nb")
    assert form["title"].description == text("field.staff.title", "nb")
    assert form["title"].description != text("field.title", "nb")
    assert record_form(Consultation, "en")["title"].description == text("field.title", "en")
    assert form["temporary"].label.text == text("prompt.field.temporary", "nb")
    assert form["temporary"].description == text("field.temporary", "nb")


def test_the_fields_after_a_yes_or_no_are_sent_back_too() -> None:
    data = {
        "kind": "board",
        "name": "Styret",
        "has_chair": True,
        "term_years": "2",
        "tasks": "Budsjett og mål",
    }
    values, _ = submitted(Body, record_form(Body, "nb", data=data))
    assert values["has_chair"] is True
    assert values["term_years"] == 2
    assert values["tasks"] == ["Budsjett og mål"]


def test_a_number_written_with_letters_is_sent_as_written_for_the_record_to_refuse() -> None:
    values, _ = submitted(Body, record_form(Body, "nb", data={"name": "Styret", "seats": "X5"}))
    assert values["seats"] == "X5"
