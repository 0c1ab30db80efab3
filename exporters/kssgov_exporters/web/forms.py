"""A form for every record type, made from the record's fields as ``kssgov add`` makes its options.

Every value is sent on as text, the way a person writes it in the files or
at the prompts (``6.1.2023``, ``agm 2024``, one item per line); the records
check them, through the same editing path as the command line, and their
problems come back beside the fields they belong to, all of them at once (a
missing value among them: the form itself requires nothing, so that a bad date
is not kept back until an empty field is filled). The form library's own words
(a choice that is not one, the form's token) come from its catalogue in the
reader's language, through its hook for translations (``Meta.get_translations``).
"""

from __future__ import annotations

import datetime as dt
import gettext
import typing
from collections.abc import Mapping
from typing import Any, Final

import attrs
from flask_wtf import FlaskForm
from wtforms import BooleanField, Field, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice

from kssgov import AgmBound, DateSpan, Language, PartialDate, Record, format_date
from kssgov.messages import field_words, text
from kssgov.messages import label as vocabulary_label
from kssgov.model import Vocabulary, validators
from kssgov.translations import translations

#: Fields a person does not type: the id is made from the record, the sources are edited in the files.
HIDDEN: Final = frozenset({"id"})


def _inner(hint: object) -> object:
    arguments = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) is tuple or len(arguments) == 1:
        return arguments[0]
    return hint


def record_form(cls: type[Record], language: Language, data: Mapping[str, Any] | None = None) -> FlaskForm:
    """A form with a field for each field of *cls*, filled with *data* (the form's own on a post)."""
    hints = typing.get_type_hints(cls)
    fields: dict[str, Field] = {}
    for field in attrs.fields(cls):
        if field.name in HIDDEN:
            continue
        hint = hints[field.name]
        inner = _inner(hint)
        required = field.default is attrs.NOTHING
        options = {
            "label": text(f"prompt.field.{field.name}", language),
            "description": text(field_words(cls.table, field.name) or f"field.{field.name}", language),
            # Marked for the reader and assistive technology; checked with the rest after sending.
            "render_kw": {"required": True} if required else {},
        }
        if isinstance(inner, type) and issubclass(inner, Vocabulary):
            members: list[Vocabulary] = list(inner)
            choices = [SelectChoice(m.value, vocabulary_label(m, language)) for m in members]
            if not required and not isinstance(field.default, Vocabulary):
                choices = [SelectChoice("", "–"), *choices]
            default = field.default.value if isinstance(field.default, Vocabulary) else None
            fields[field.name] = SelectField(choices=choices, default=default, **options)
        elif inner is bool:
            fields[field.name] = BooleanField(label=options["label"], description=options["description"])
        elif (
            typing.get_origin(hint) is tuple
            or field.validator is validators.optional_text
            or (field.validator is validators.text)
        ):
            fields[field.name] = TextAreaField(**options)
        else:
            fields[field.name] = StringField(**options)
    form_class = type(f"{cls.__name__}Form", (FlaskForm,), {**fields, "Meta": _meta(language)})
    form: FlaskForm = form_class(data=data) if data is not None else form_class()
    return form


def _meta(language: Language) -> type:
    """The form's settings: the form library's words in *language*."""

    def get_translations(self: object, form: object) -> gettext.NullTranslations:
        return translations("wtforms", language, package=__package__)

    return type("Meta", (), {"get_translations": get_translations})


def shown(record: Record) -> dict[str, Any]:
    """*record*'s values as a person writes them in the form."""
    values: dict[str, Any] = {}
    for field in attrs.fields(type(record)):
        if field.name in HIDDEN:
            continue
        values[field.name] = _written(getattr(record, field.name))
    return values


def _written(value: object) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, Vocabulary):
        return value.value
    if isinstance(value, DateSpan | PartialDate):
        return value.format()
    if isinstance(value, AgmBound):
        return f"agm {value.agm}"
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, tuple):
        return "\n".join(str(item) for item in value)
    return str(value)


def submitted(cls: type[Record], form: FlaskForm) -> tuple[dict[str, Any], list[str]]:
    """What the form holds, as values the record reads, and the fields left empty."""
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    empty: list[str] = []
    for field in attrs.fields(cls):
        if field.name in HIDDEN or field.name not in form:
            continue
        raw = form[field.name].data
        hint = hints[field.name]
        if isinstance(raw, bool):
            values[field.name] = raw
            continue
        written = str(raw or "").replace("\r\n", "\n").strip()
        if not written:
            empty.append(field.name)
        elif typing.get_origin(hint) is tuple:
            items = [line.strip() for line in written.split("\n") if line.strip()]
            values[field.name] = [int(i) if _inner(hint) is int and i.isdigit() else i for i in items]
        elif _inner(hint) is int:
            values[field.name] = int(written) if written.lstrip("-").isdigit() else written
        else:
            values[field.name] = written
    return values, empty
