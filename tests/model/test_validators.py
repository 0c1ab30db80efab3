"""The public validator factories, called as a third-party exporter's options call them.

``whole``, ``vocabulary`` and ``named`` make validators when a class is defined;
these tests make them anew, so that what they refuse, and how they name it, is checked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest

from kssgov import ActivityKind, InvalidValueError, Settings
from kssgov.messages import Phrase
from kssgov.model import validators


def refusal(validator: validators.Validator, value: object) -> tuple[str, str | None, dict[str, Any]]:
    with pytest.raises(InvalidValueError) as caught:
        validator(None, attrs.fields(Field).amount, value)
    return caught.value.code, caught.value.field, dict(caught.value.params)


@attrs.frozen
class Field:
    amount: object


def test_a_whole_number_is_checked_against_both_bounds_inclusively() -> None:
    check = validators.whole(1, 5)
    for value in (1, 3, 5):
        check(None, attrs.fields(Field).amount, value)
    assert refusal(check, 0) == ("number.out_of_range", "amount", {"value": 0, "first": 1, "last": 5})
    assert refusal(check, 6) == ("number.out_of_range", "amount", {"value": 6, "first": 1, "last": 5})
    assert refusal(check, -1) == ("number.negative", "amount", {"value": -1})


def test_a_range_that_allows_negative_numbers_names_the_range_not_the_sign() -> None:
    check = validators.whole(-10, 10)
    check(None, attrs.fields(Field).amount, -10)
    assert refusal(check, -11) == ("number.out_of_range", "amount", {"value": -11, "first": -10, "last": 10})
    assert refusal(validators.whole(0, 10), -1) == ("number.negative", "amount", {"value": -1})


@pytest.mark.parametrize("value", [True, 2.0, "2", None])
def test_only_a_whole_number_is_a_whole_number(value: object) -> None:
    code, field, params = refusal(validators.whole(0, 5), value)
    assert (code, field, params["value"]) == ("type.wrong", "amount", value)
    assert params["expected"].key() == Phrase("expect.whole_number").key()


def test_a_vocabulary_validator_names_every_allowed_value() -> None:
    check = validators.vocabulary(ActivityKind)
    check(None, attrs.fields(Field).amount, ActivityKind.MEETING)
    code, field, params = refusal(check, "meeting")
    assert (code, field, params["value"]) == ("enum.unknown", "amount", "meeting")
    assert params["allowed"] == (
        "consultation_response, written_input, oral_hearing, meeting, conference, seminar, panel, "
        "appeal, launch, event, organised_event, other"
    )


def test_a_named_check_keeps_the_field_its_error_already_names() -> None:
    def inner(value: object) -> None:
        """Refuses everything, naming a field of its own."""
        raise InvalidValueError("text.empty", field="inner")

    check = validators.named(inner)
    assert check.__doc__ == "Refuses everything, naming a field of its own."
    assert refusal(check, "x") == ("text.empty", "inner", {})
    unnamed = validators.named(lambda value: validators.check_text(""))
    assert refusal(unnamed, "x") == ("text.empty", "amount", {})


@pytest.mark.parametrize(
    ("validator", "value", "code", "params"),
    [
        (validators.texts, "Reform", "type.wrong", {"value": "Reform", "expected": "expect.texts"}),
        (validators.lines, "Reform", "type.wrong", {"value": "Reform", "expected": "expect.texts"}),
        (validators.years, 2023, "type.wrong", {"value": 2023, "expected": "expect.years"}),
        (validators.boolean, "yes", "type.wrong", {"value": "yes", "expected": "expect.boolean"}),
        (validators.date, "2023-01-01", "date.not_a_date", {"value": "2023-01-01"}),
        (validators.url, "mailto:post@example.org", "url.invalid", {"value": "mailto:post@example.org"}),
    ],
)
def test_each_refusal_names_the_value_and_what_was_expected(
    validator: validators.Validator, value: object, code: str, params: dict[str, object]
) -> None:
    found_code, field, found = refusal(validator, value)
    shown = {k: v.key()[0] if isinstance(v, Phrase) else v for k, v in found.items()}
    assert (found_code, field, shown) == (code, "amount", params)


def test_a_web_address_may_be_as_long_as_the_limit_and_no_longer() -> None:
    start = "https://example.org/"
    longest = start + "a" * (validators.URL_LIMIT - len(start))
    validators.url(None, attrs.fields(Field).amount, longest)
    too_long = longest + "a"
    assert refusal(validators.url, too_long) == (
        "text.too_long",
        "amount",
        {"length": validators.URL_LIMIT + 1, "limit": validators.URL_LIMIT},
    )


def settings_refusal(**values: object) -> tuple[str, str | None, dict[str, Any]]:
    with pytest.raises(InvalidValueError) as caught:
        Settings(name="Org", year=2024, **values)  # type: ignore[arg-type]
    error = caught.value
    return (
        error.code,
        error.field,
        {k: v.key()[0] if isinstance(v, Phrase) else v for k, v in error.params.items()},
    )


@pytest.mark.parametrize(
    ("check", "value", "code", "params"),
    [
        (validators.check_text, 7, "type.wrong", {"value": 7, "expected": "expect.text"}),
        (validators.check_text, " \n", "text.empty", {}),
        (validators.check_text, "a\x07b", "text.control_character", {"char": "U+0007"}),
        (validators.check_line, "Første\nAndre", "text.line_break", {}),
        (validators.check_line, "Første\rAndre", "text.control_character", {"char": "U+000D"}),
        (validators.check_line, "x" * 501, "text.too_long", {"length": 501, "limit": 500}),
        (validators.check_id, "a" * 121, "id.malformed", {"value": "a" * 121, "limit": 120}),
        (validators.check_id, "Has Space", "id.malformed", {"value": "Has Space", "limit": 120}),
        (validators.check_year, "2023", "type.wrong", {"value": "2023", "expected": "expect.year"}),
        (validators.check_year, 1899, "year.implausible", {"value": 1899, "first": 1900, "last": 2199}),
        (validators.check_year, 2200, "year.implausible", {"value": 2200, "first": 1900, "last": 2199}),
    ],
)
def test_each_check_refuses_with_its_code_and_values(
    check: Callable[[object], None], value: object, code: str, params: dict[str, object]
) -> None:
    with pytest.raises(InvalidValueError) as caught:
        check(value)
    found = {k: v.key()[0] if isinstance(v, Phrase) else v for k, v in caught.value.params.items()}
    assert (caught.value.code, found) == (code, params)


def test_the_checks_accept_what_lies_on_their_limits() -> None:
    validators.check_text("x" * validators.TEXT_LIMIT)
    validators.check_text("Linje én\nlinje to\tmed tabulator")
    validators.check_line("x" * validators.LINE_LIMIT)
    validators.check_id("a" * validators.ID_LIMIT)
    validators.check_year(1900)
    validators.check_year(2199)


def test_the_settings_name_the_value_they_refuse() -> None:
    assert settings_refusal(language="no") == ("settings.language", "language", {"value": "no"})
    assert settings_refusal(timezone="Europe/Olso") == (
        "date.timezone_unknown",
        "timezone",
        {"value": "Europe/Olso"},
    )
    assert settings_refusal(sections={"feed": 5}) == (
        "type.wrong",
        "sections",
        {"value": {"feed": 5}, "expected": "expect.table"},
    )
    assert settings_refusal(sections=["feed"]) == (
        "type.wrong",
        "sections",
        {"value": ["feed"], "expected": "expect.table"},
    )
