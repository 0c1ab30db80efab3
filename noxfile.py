"""Sessions for checking kssgov. Run ``nox`` for the whole suite, ``nox -s bench`` for benchmarks.

The sessions run in the environment nox itself runs in (install the project with
``pip install -e '.[test]'`` first), so that nothing is installed twice.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

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


#: Each catalogue of words: its gettext domain, the package folder whose ``locale/`` holds it, how its
#: English is found (a Babel extraction method) and where.
CATALOGUES = (
    ("kssgov", "src/kssgov", "kssgov.translations:extract", "src/kssgov"),
    ("click", "src/kssgov", "python", "click src/kssgov/cli/click_words.py"),
    ("kssgov_exporters.word", "exporters/kssgov_exporters/word", "kssgov.translations:extract", None),
    ("kssgov_exporters.ical", "exporters/kssgov_exporters/ical", "kssgov.translations:extract", None),
    ("kssgov_exporters.web", "exporters/kssgov_exporters/web", "kssgov.translations:extract", None),
    ("wtforms", "exporters/kssgov_exporters/web", "python", "wtforms"),
    # The example of a plugin from outside, which keeps its compiled catalogues beside them.
    (
        "kssgov_markdown",
        "examples/third-party-exporter/src/kssgov_markdown",
        "kssgov.translations:extract",
        None,
    ),
)
#: The languages translated into; English is the words as written.
TRANSLATED = ("nb", "nn")


@nox.session
def extract_words(session: nox.Session) -> None:
    """The English of every catalogue found again (``pybabel extract``) and merged into each language's
    ``.po`` (``pybabel update``): new words come in untranslated, words no longer said go out.

    click's and WTForms' words are found in their own installed source. WTForms ships a bokmål
    catalogue of its own, but not a complete one, and no nynorsk: kssgov keeps both.
    """
    for domain, folder, method, sources in CATALOGUES:
        where = Path(folder)
        source = [
            str(where) if sources is None else part if "/" in part else str(_package_folder(part))
            for part in (sources or folder).split()
        ]
        template = where / "locale" / f"{domain}.pot"
        template.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", suffix=".cfg", delete=False) as mapping:
            mapping.write(
                f"[extractors]\nwords = {method}\n[words: **.py]\n" if ":" in method else "[python: **.py]\n"
            )
        session.run(
            PYTHON, "-m", "babel.messages.frontend", "extract", "--no-location", "--sort-output",
            "--omit-header", "-k", "_", "-k", "ngettext:1,2", "-k", "lazy_gettext",
            "-k", "N_", "-F", mapping.name, "-o", str(template), *source,
        )  # fmt: skip
        for language in TRANSLATED:
            catalogue = where / "locale" / language / "LC_MESSAGES" / f"{domain}.po"
            command = "update" if catalogue.exists() else "init"
            session.run(
                PYTHON, "-m", "babel.messages.frontend", command, "-i", str(template),
                "-d", str(where / "locale"), "-D", domain, "-l", language,
                *(["--no-fuzzy-matching", "--ignore-obsolete", "--ignore-pot-creation-date"]
                  if command == "update" else []),
            )  # fmt: skip


@nox.session
def compile_words(session: nox.Session) -> None:
    """Every ``.po`` compiled to the ``.mo`` beside it, as the build does (after editing a translation)."""
    session.run(PYTHON, "-c", "import hatch_build; hatch_build.compile_all('.', 'examples')")


def _package_folder(name: str) -> Path:
    """The folder an installed package's source is in."""
    found = subprocess.run(
        [PYTHON, "-c", f"import {name}, os; print(os.path.dirname({name}.__file__))"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return Path(found.stdout.strip())


@nox.session
def mutation(session: nox.Session) -> None:
    """Mutation testing: ``nox -s mutation -- MODULE [MODULE ...] [TESTS ...]``.

    Each MODULE is a path such as ``src/kssgov/model/dates.py``; TESTS are the test
    folders or files to run (those starting with ``tests``; all of ``tests/`` by
    default: a module used everywhere is measured faster with the tests written for
    it). The work happens in a copy of the tracked files (mutmut rewrites what it
    mutates); it is slow, so it is not among the default sessions. The score of each
    module is printed at the end; the scores and the surviving mutants are kept in
    ``tests/MUTATION.md``.
    """
    arguments = session.posargs or ["src/kssgov/model/dates.py"]
    modules = [_in_copy(a) for a in arguments if not a.startswith("tests")]
    selected = [a for a in arguments if a.startswith("tests")] or ["tests/"]
    tracked = subprocess.run(["git", "ls-files"], capture_output=True, text=True, check=True).stdout.split()
    work = Path(tempfile.mkdtemp(prefix="kssgov-mutation-"))
    for name in tracked:
        target = work / _in_copy(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(name, target)
    (work / "setup.cfg").write_text(
        "[mutmut]\n"
        "source_paths = " + "\n    ".join(modules) + "\n"
        "pytest_add_cli_args_test_selection = " + "\n    ".join(selected) + "\n"
        "also_copy = src\n    exporters\n    examples\n    tests\n    docs\n    README.md\n    CHANGELOG.md\n"
        # Each mutant's tests run in a process forked from one that has only collected the tests: forked
        # from mutmut's own process, they would inherit what its first run of the suite left in the
        # caches (the converters, the feed's serialised events), and never run the mutated code.
        "process_isolation = forkserver\n"
        "pytest_add_cli_args = -m\n    not e2e\n    -p\n    no:cacheprovider\n"
        # Killing writers at random moments is timed for plain code, not for mutmut's slower one.
        "    --ignore=tests/files/test_editing_processes.py\n",
        encoding="utf-8",
    )
    session.chdir(work)
    environment = {"PYTHONPATH": "src"}
    session.run(PYTHON, "-m", "mutmut", "run", env=environment, success_codes=[0, 1])
    session.run(PYTHON, "-m", "mutmut", "results", env=environment, success_codes=[0, 1])
    for module in modules:
        session.log(_mutation_score(work, module))


def _in_copy(name: str) -> str:
    """Where the tracked file *name* goes in the mutation session's copy.

    mutmut 3 names mutants after their path with "src." taken off, so the exporters are put
    under src/ in the copy: their mutants then carry their import names (kssgov_exporters...).
    """
    return name.replace("exporters/kssgov_exporters/", "src/kssgov_exporters/", 1)


def _mutation_score(work: Path, module: str) -> str:
    """One line on a module's mutants, from the results mutmut keeps beside its copy of the module."""
    results: dict[str, int | None] = {}
    for meta in sorted(
        (work / "mutants").glob(module + "*.meta")
        if module.endswith(".py")
        else (work / "mutants" / module).rglob("*.meta")
    ):
        results.update(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])
    codes = list(results.values())
    killed = sum(code in (1, 3) for code in codes)
    survived = sum(code == 0 for code in codes)
    timeouts = sum(code in (-24, 24, 36, 152, 255) for code in codes)
    other = len(codes) - killed - survived - timeouts
    score = 100 * killed / max(len(codes), 1)
    return (
        f"{module}: {killed} of {len(codes)} mutants killed ({score:.1f} %), {survived} survived, "
        f"{timeouts} timed out, {other} not run or without tests"
    )
