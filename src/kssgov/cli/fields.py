"""Command-line options made from the fields of an attrs class: records for ``add``, options for ``export``.

Each field becomes a ``--flag`` with help in the reader's language, its
choices when it is a vocabulary, and a type that checks a value as the record
or option would, so that a bad value is refused (or, at a prompt, asked for
again) with the reason, before anything else happens.
"""

from __future__ import annotations

import datetime as dt
import sys
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import cast

import attrs
import click
from click.core import ParameterSource
from click.shell_completion import CompletionItem

from ..files.converter import make_converter
from ..files.failures import failures
from ..messages import Language, field_words, text
from ..model import DateSpan, Vocabulary
from ..translations import Text
from .language import language


def hints(cls: type) -> dict[str, object]:
    """The resolved type of each field of *cls*."""
    return typing.get_type_hints(cls)


def _inner(hint: object) -> object:
    """``X`` for ``X | None``; the item type for ``tuple[X, ...]``."""
    arguments = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) is tuple:
        return arguments[0]
    if len(arguments) == 1:
        return arguments[0]
    return hint


def vocabulary_of(hint: object) -> type[Vocabulary] | None:
    inner = _inner(hint)
    return inner if isinstance(inner, type) and issubclass(inner, Vocabulary) else None


def flag(field: attrs.Attribute[object]) -> str:
    """The option's name: ``--presented-at``, or the field's own ``flag`` (``--from`` for ``first``)."""
    return "--" + str(field.metadata.get("flag", field.name)).replace("_", "-")


def field_help(field: attrs.Attribute[object], table: str | None, lang: Language) -> str:
    """What the field holds, in *lang*: a plugin's own words (a :class:`~kssgov.translations.Text` of
    its catalogue), else kssgov's for the field."""
    own = field.metadata.get("help")
    if isinstance(own, Text):
        return text(own, lang)
    code = field_words(table, field.name, own)
    return field.name.replace("_", " ") if code is None else text(code, lang)


class FieldType(click.ParamType[object, object]):
    """A value for one field of *cls*: checked as the record would check it, given on as written."""

    def __init__(self, cls: type, field: attrs.Attribute[object], hint: object) -> None:
        self.cls, self.field = cls, field
        self.multiple = typing.get_origin(hint) is tuple
        self.item = _inner(hint) if self.multiple else hint
        vocabulary = vocabulary_of(hint)
        self.choices = vocabulary.names() if vocabulary is not None else ()
        self.name = self.field.name.upper()

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str | None:
        if self.choices:
            return "[" + "|".join(self.choices) + "]"
        inner = _inner(self.item)
        kinds: dict[object, str] = {dt.date: "date", DateSpan: "date", int: "number", Path: "file"}
        name = kinds.get(inner, "text")
        return text(f"metavar.{name}", language(ctx))

    def shell_complete(
        self, ctx: click.Context, param: click.Parameter, incomplete: str
    ) -> list[CompletionItem]:
        return [CompletionItem(c) for c in self.choices if c.startswith(incomplete)]

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> object:
        if not isinstance(value, str):
            return value
        inner = _inner(self.item)
        raw: object = value.strip()
        if inner is int:
            try:
                raw = int(value.strip())
            except ValueError:
                lang = language(ctx)
                self.fail(
                    text("type.wrong", lang, value=value, expected=text("expect.whole_number", lang)),
                    param,
                    ctx,
                )
        elif inner is Path:
            path = Path(value)
            if not path.is_file():
                lang = language(ctx)
                self.fail(
                    text("edit.cannot_read", lang, path=value, detail=text("os.missing", lang)), param, ctx
                )
            return path
        self._check(raw, ctx, param)
        return raw

    def _check(self, raw: object, ctx: click.Context | None, param: click.Parameter | None) -> None:
        """Refuse *raw* with the reason a record or option would give."""
        try:
            value: object = make_converter().structure(raw, cast("type[object]", self.item))
            if self.field.validator is not None and not self.multiple:
                self.field.validator(None, self.field, value)
        except Exception as error:  # noqa: BLE001 - every failure is a reason to refuse the value
            self.fail(_reason(error, raw, language(ctx)), param, ctx)


class AskedOption(click.Option):
    """An option a person at the keyboard is asked for, showing its default; a script is never asked.

    When ``kssgov add`` prompts for the fields it needs, it also offers the
    choices with defaults (kind, role, status, visibility). Run from a script
    (standard input not a terminal) those simply take their defaults.
    """

    def consume_value(
        self, ctx: click.Context, opts: Mapping[str, click.Parameter]
    ) -> tuple[object, ParameterSource]:
        if not sys.stdin.isatty():
            prompt, self.prompt = self.prompt, None
            try:
                return super().consume_value(ctx, opts)
            finally:
                self.prompt = prompt
        return super().consume_value(ctx, opts)


def _reason(error: BaseException, raw: object, lang: Language) -> str:
    """Why *raw* was refused, and what to do (the values allowed, the forms of a date)."""
    found = [p for _, p in failures(error, raw)]
    if not found:
        return str(error)
    hint = found[0].hint(lang)
    return f"{found[0].message(lang)}; {hint}" if hint else found[0].message(lang)


def field_options(
    cls: type,
    *,
    table: str | None,
    lang: Language,
    prompt: bool,
    skip: frozenset[str] = frozenset(),
) -> list[click.Option]:
    """A ``--flag`` for each field of *cls* (but *skip*); required ones are asked for when *prompt*."""
    resolved = hints(cls)
    made = []
    for field in attrs.fields(cls):
        if field.name in skip or field.name == "sections":
            continue
        hint = resolved[field.name]
        help_words = field_help(field, table, lang)
        required = field.default is attrs.NOTHING and field.name != "id"
        if _inner(hint) is bool:
            made.append(
                click.Option(
                    [f"{flag(field)}/--no-{flag(field)[2:]}", field.name], default=None, help=help_words
                )
            )
            continue
        multiple = typing.get_origin(hint) is tuple
        kind = FieldType(cls, field, hint)
        shown_default = field.default if field.default is not attrs.NOTHING and not multiple else None
        if isinstance(shown_default, Vocabulary):
            shown_default = shown_default.value
        if prompt and kind.choices and isinstance(shown_default, str):
            made.append(
                AskedOption(
                    [flag(field), field.name],
                    type=kind,
                    prompt=_prompt_text(field, kind, lang),
                    default=shown_default,
                    help=help_words,
                    show_default=True,
                    show_choices=False,
                )
            )
            continue
        made.append(
            click.Option(
                [flag(field), field.name],
                type=kind,
                multiple=multiple,
                required=required and not prompt,
                prompt=_prompt_text(field, kind, lang) if (required and prompt) else False,
                help=help_words,
                show_default=str(shown_default) if shown_default not in (None, (), "") else False,
                show_choices=True,
            )
        )
    return made


def _prompt_text(field: attrs.Attribute[object], kind: FieldType, lang: Language) -> str:
    label = text(f"prompt.field.{field.name}", lang)
    inner = _inner(kind.item)
    if kind.choices:
        return f"{label} ({', '.join(kind.choices)})"
    if inner in (dt.date, DateSpan):
        return f"{label} ({text('prompt.date_forms', lang)})"
    return label


def given_values(values: Mapping[str, object]) -> dict[str, object]:
    """The options a person gave, ready for the converter: lists for repeated ones, nothing left empty."""
    return {
        name: list(value) if isinstance(value, tuple) else value
        for name, value in values.items()
        if value is not None and value != ()
    }
