"""The build step that compiles the word catalogues: each ``locale/*/LC_MESSAGES/*.po`` of the packages
to the ``.mo`` beside it, which :mod:`gettext` reads (hatchling runs it for wheels and editable installs).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PACKAGES = ("src/kssgov", "exporters/kssgov_exporters")


class CompileWords(BuildHookInterface):  # type: ignore[type-arg]
    """Compile every catalogue; a catalogue that cannot be read stops the build."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        compile_all(self.root)


def compile_all(root: str, *others: str) -> list[Path]:
    """Compile every catalogue of the packages below *root* (and in the folders *others*); the ``.mo``
    files written."""
    return [
        compile_catalogue(source)
        for folder in (*PACKAGES, *others)
        for source in sorted(Path(root, folder).glob("**/locale/*/LC_MESSAGES/*.po"))
    ]


def compile_catalogue(source: Path) -> Path:
    """Write the ``.mo`` of the catalogue *source*; the path written."""
    with source.open("rb") as handle:
        catalogue = read_po(handle, locale=source.parent.parent.name, domain=source.stem)
    target = source.with_suffix(".mo")
    with target.open("wb") as handle:
        write_mo(handle, catalogue, use_fuzzy=False)
    return target
