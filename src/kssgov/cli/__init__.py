"""The ``kssgov`` command line. Only this layer prints; the library raises.

Each family of commands has its module (check, export, edit, import,
governance), loaded only when one of its commands is used; commands that
plugins bring join them through the ``kssgov.commands`` entry points.
"""

from __future__ import annotations

from typing import Any

import click

from ..messages import choose, text, user_language
from . import click_words
from .language import arguments_language, lang_option
from .lazy import Lazy, LazyGroup

click_words.install()  # before any command is made: some of click's words are looked up then

#: The built-in commands: where each lives, and its short help.
COMMANDS = {
    "check": Lazy("kssgov.cli.check:check", "short.check"),
    "schema": Lazy("kssgov.cli.check:schema", "short.schema"),
    "export": Lazy("kssgov.cli.export:export", "short.export"),
    "exporters": Lazy("kssgov.cli.export:exporters", "short.exporters"),
    "fill": Lazy("kssgov.cli.export:fill", "short.fill"),
    "add": Lazy("kssgov.cli.edit:add", "short.add"),
    "edit": Lazy("kssgov.cli.edit:edit", "short.edit"),
    "cancel": Lazy("kssgov.cli.edit:cancel", "short.cancel"),
    "fmt": Lazy("kssgov.cli.edit:fmt", "short.fmt"),
    "import": Lazy("kssgov.cli.imports:import_group", "short.import"),
    "governance": Lazy("kssgov.cli.governance:governance", "short.governance"),
}


class Kssgov(LazyGroup):
    """The ``kssgov`` group: the built-in commands, and those plugins bring."""

    lazy_subcommands = COMMANDS

    def main(self, *args: Any, **kwargs: Any) -> Any:  # click's overloads: the same as its own
        """Run the command line; the language it chose lasts as long as the command."""
        try:
            return super().main(*args, **kwargs)
        finally:
            choose(None)

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: object
    ) -> click.Context:
        """Choose the language from the whole command line before any command or its help is made."""
        chosen = arguments_language(args)
        choose(chosen)
        self.help = text("help.main", chosen)
        self.options_metavar = text("metavar.options", chosen)
        self.subcommand_metavar = text("metavar.command", chosen)
        for param in self.params:
            if isinstance(param, click.Option) and param.name == "lang":
                param.help = text("help.lang", chosen)
        return super().make_context(info_name, args, parent, **extra)


@click.group(
    cls=Kssgov,
    context_settings={"help_option_names": ["-h", "--help"]},
    help=text("help.main", user_language()),
    options_metavar=text("metavar.options", user_language()),
    subcommand_metavar=text("metavar.command", user_language()),
)
@click.version_option(package_name="kssgov")
@lang_option()
def main() -> None:
    pass
