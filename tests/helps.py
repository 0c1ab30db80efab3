"""The help of every command, as a person reads it: printed by a fresh ``kssgov`` process in one language."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from kssgov import Language

#: Prints the help of every command, each after a line naming it, in the language of KSSGOV_LANG.
HELP_SCRIPT = """
import json, sys
import click
from click.testing import CliRunner
from kssgov.cli import main

def paths(group, prefix):
    context = click.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        yield [*prefix, name]
        if isinstance(command, click.Group):
            yield from paths(command, [*prefix, name])

found = {}
for path in [[], *paths(main, [])]:
    found[" ".join(path)] = CliRunner().invoke(main, [*path, "--help"], prog_name="kssgov").output
print(json.dumps(found))
"""


def every_help(language: Language) -> tuple[dict[str, str], str]:
    """The help of every command by its path (``""`` for ``kssgov`` itself), and what went to stderr.

    A process of its own for each language: the help is made once per process, in the language the
    command line asks for.
    """
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "KSSGOV_"))}
    done = subprocess.run(
        [sys.executable, "-c", HELP_SCRIPT],
        env={**environ, "KSSGOV_LANG": language, "LANG": "C.UTF-8"},
        capture_output=True,
        text=True,
        check=True,
    )
    helps: dict[str, str] = json.loads(done.stdout)
    return helps, done.stderr
