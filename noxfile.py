"""Sessions for checking kssgov. Run ``nox`` for the whole suite, ``nox -s bench`` for benchmarks.

The sessions run in the environment nox itself runs in (install the project with
``pip install -e '.[test]'`` first), so that nothing is installed twice.
"""

from __future__ import annotations

import sys

import nox

nox.options.default_venv_backend = "none"
nox.options.sessions = ["lint", "typecheck", "docs", "tests", "e2e"]
nox.options.error_on_missing_interpreters = True

PYTHON = sys.executable


@nox.session
def lint(session: nox.Session) -> None:
    """ruff, the formatter, and the import rules: the layers, and that the core never imports an exporter."""
    session.run(PYTHON, "-m", "ruff", "check", ".")
    session.run(PYTHON, "-m", "ruff", "format", "--check", ".")
    session.run(PYTHON, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the sources, the exporters, the tests and this file."""
    session.run(PYTHON, "-m", "mypy", "--strict")


@nox.session
def docs(session: nox.Session) -> None:
    """The library's reference from its docstrings, into out/docs; a missing or undocumented name fails."""
    session.run(PYTHON, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html", "docs", "out/docs")


@nox.session
def tests(session: nox.Session) -> None:
    """The unit, property and fuzz tests."""
    session.run(PYTHON, "-m", "pytest", "-m", "not e2e", *session.posargs)


@nox.session
def e2e(session: nox.Session) -> None:
    """End-to-end tests with real clients (LibreOffice, vdirsyncer and khal); they fail in CI if missing."""
    session.run(PYTHON, "-m", "pytest", "-m", "e2e", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Whole commands against plain-script floors, and the server under wrk. They never fail the suite.

    ``nox -s bench -- 1000 10000`` chooses the sizes (activities); the default adds 100,000.
    """
    session.run(PYTHON, "-m", "tests.benchmarks", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """The main job on the example data."""
    session.run(PYTHON, "-m", "kssgov.cli", "check", "examples/kss-2023")
    session.run(
        PYTHON, "-m", "kssgov.cli", "export", "report", "examples/kss-2023", "-o", "out/arsmelding-2023.docx"
    )
