"""Sphinx settings for kssgov's reference, built from the docstrings.

The build is run with warnings as errors (``nox -s docs``). Two checks here
make a warning of what would otherwise pass quietly: a public name of
``kssgov`` that the reference does not list, and a documented name without a
docstring. A renamed name fails already, when autodoc cannot import it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.util import logging

import kssgov

project = "kssgov"
author = "kssgov developers"
copyright = "kssgov developers"
extensions = ["sphinx.ext.autodoc"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
html_theme = "alabaster"
html_title = "kssgov reference"
language = "en"
exclude_patterns = ["_build"]
suppress_warnings = ["ref.python"]

log = logging.getLogger("kssgov.docs")
_DIRECTIVE = re.compile(r"^\.\. (?:auto(?:class|function|data)|data)::\s+kssgov\.(\w+)\s*$", re.MULTILINE)


def _listed() -> set[str]:
    text = (Path(__file__).parent / "api.rst").read_text(encoding="utf-8")
    return set(_DIRECTIVE.findall(text))


def _every_public_name_is_listed(app: Sphinx) -> None:
    missing = sorted(set(kssgov.__all__) - _listed())
    for name in missing:
        log.warning("the public name kssgov.%s is not in docs/api.rst", name)
    for name in sorted(_listed() - set(kssgov.__all__)):
        log.warning("docs/api.rst lists kssgov.%s, which is not a public name", name)


def _every_name_is_documented(
    app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    if what in ("class", "function", "method", "exception") and not any(line.strip() for line in lines):
        log.warning("%s %s has no docstring", what, name)


def setup(app: Sphinx) -> None:
    app.connect("builder-inited", _every_public_name_is_listed)
    app.connect("autodoc-process-docstring", _every_name_is_documented)
