"""The command group that loads each command only when it is used (click's documented ``LazyGroup``).

Built-in commands are named with their module and their short help (a message
code), so that ``kssgov --help`` imports none of them. Commands that plugins
bring come from the ``kssgov.commands`` entry points. Finding those needs
:mod:`importlib.metadata`, whose import alone costs more than the rest of
``kssgov --help``; so what was found is kept in a small cache, valid while the
folders on ``sys.path`` are unchanged (installing or removing a package
changes them). Any error a command raises from the library is shown by the
one handler, :func:`kssgov.cli.params.handled`, plugin commands included.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import sys
from collections.abc import Mapping, Sequence
from typing import ClassVar, Final, NamedTuple

import click

from ..messages import Phrase, text, user_language


class Lazy(NamedTuple):
    """A command not yet loaded: ``module:attribute``, and its short help (a code, or texts by language)."""

    target: str
    short_help: str | Mapping[str, str]

    def load(self) -> click.Command:
        module, _, attribute = self.target.partition(":")
        command = getattr(importlib.import_module(module), attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{self.target} is not a click command")
        return command

    def short(self) -> str:
        language = user_language()
        if isinstance(self.short_help, str):
            return text(self.short_help, language)
        return self.short_help.get(language) or self.short_help.get("en", "")


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use; see the module's description.

    A subclass names its built-in commands in :attr:`lazy_subcommands`.
    """

    #: The built-in commands, by name; a subclass names its own.
    lazy_subcommands: ClassVar[Mapping[str, Lazy]] = {}
    _plugins: dict[str, Lazy] | None = None

    def plugins(self) -> dict[str, Lazy]:
        """The commands plugins bring, by name (built-in names are theirs alone)."""
        if self._plugins is None:
            found, problems = plugin_commands()
            for problem in problems:
                click.echo(text("exporters.left_out", user_language(), problem=problem), err=True)
            self._plugins = {n: c for n, c in found.items() if n not in self.lazy_subcommands}
        return self._plugins

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_subcommands, *self.plugins()})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        lazy = self.lazy_subcommands.get(cmd_name) or self.plugins().get(cmd_name)
        if lazy is not None:
            return localised(lazy.load())
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The commands and their short help, without importing them."""
        rows = []
        for name in self.list_commands(ctx):
            lazy = self.lazy_subcommands.get(name) or self.plugins().get(name)
            if lazy is not None:
                rows.append((name, lazy.short()))
            elif (command := super().get_command(ctx, name)) is not None:
                rows.append((name, command.get_short_help_str()))
        with formatter.section(text("help.commands", user_language())):
            formatter.write_dl(rows)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Refuse an argument no command line can hold (a NUL character) before any command sees it."""
        for argument in args:
            if "\x00" in argument:
                raise click.UsageError(
                    text("argument.null", user_language(), value=argument.replace("\x00", "\\0"))
                )
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> object:
        from .params import handled

        with handled():
            return super().invoke(ctx)


def localised(command: click.Command) -> click.Command:
    """*command*, and each command of a group, with the usage line's placeholders (``[OPTIONS]``,
    ``COMMAND [ARGS]...``) in the reader's language."""
    language = user_language()
    command.options_metavar = text("metavar.options", language)
    if isinstance(command, click.Group):
        command.subcommand_metavar = text("metavar.command", language)
        for subcommand in command.commands.values():
            localised(subcommand)
    return command


# --- the commands plugins bring ----------------------------------------------------------

_CACHE_VERSION: Final = 1


def _cache_file() -> str | None:
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if root.startswith("~"):
        return None
    key = hashlib.sha256(json.dumps([sys.prefix, sys.path, user_language()]).encode()).hexdigest()[:16]
    return os.path.join(root, "kssgov", f"commands-{key}.json")


def _signature(paths: Sequence[str]) -> list[list[object]]:
    """The modification times of the folders on ``sys.path``: they change when packages come or go."""
    found: list[list[object]] = []
    for entry in paths:
        try:
            found.append([entry, os.stat(entry or ".").st_mtime_ns])
        except OSError:
            found.append([entry, None])
    return found


def plugin_commands() -> tuple[dict[str, Lazy], list[str]]:
    """The commands registered in ``kssgov.commands``, and the entry points left out (with why)."""
    cache = _cache_file()
    signature = _signature(sys.path)
    if cache is not None:
        try:
            with open(cache, encoding="utf-8") as handle:
                kept = json.load(handle)
            if kept.get("version") == _CACHE_VERSION and kept.get("signature") == signature:
                commands = {name: Lazy(target, short) for name, (target, short) in kept["commands"].items()}
                return commands, list(kept["problems"])
        except (OSError, ValueError, KeyError, TypeError):
            pass
    commands, problems = _discover()
    if cache is not None:
        _keep(cache, signature, commands, problems)
    return commands, problems


def _discover() -> tuple[dict[str, Lazy], list[str]]:
    from ..exporting import PluginProblem, command_entries

    found: dict[str, list[Lazy]] = {}
    problems: list[PluginProblem] = []
    for entry in command_entries():
        try:
            command = entry.load()
        except Exception as error:  # noqa: BLE001 - a broken plugin must not break the others
            reason = Phrase("plugin.failed", detail=f"{type(error).__name__}: {error}")
            problems.append(PluginProblem("kssgov.commands", entry.entry_point, entry.distribution, reason))
            continue
        if not isinstance(command, click.Command):
            reason = Phrase("plugin.not_command")
            problems.append(PluginProblem("kssgov.commands", entry.entry_point, entry.distribution, reason))
            continue
        target = entry.entry_point.split("=", 1)[1].strip()
        found.setdefault(entry.name, []).append(
            Lazy(target, {user_language(): command.get_short_help_str(limit=60)})
        )
    commands = {name: options[0] for name, options in found.items() if len(options) == 1}
    rendered = [p.render(user_language()) for p in problems]
    for name, options in found.items():
        if len(options) > 1:
            others = ", ".join(o.target for o in options)
            rendered.append(text("plugin.clash", user_language(), value=name, others=others))
    return commands, rendered


def _keep(
    cache: str, signature: list[list[object]], commands: Mapping[str, Lazy], problems: list[str]
) -> None:
    from ..files.atomic import write_text

    kept = {
        "version": _CACHE_VERSION,
        "signature": signature,
        "commands": {name: [lazy.target, lazy.short_help] for name, lazy in commands.items()},
        "problems": problems,
    }
    try:
        os.makedirs(os.path.dirname(cache), exist_ok=True)
        write_text(cache, json.dumps(kept, ensure_ascii=False, indent=1) + "\n")
    except OSError:
        pass
