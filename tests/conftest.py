from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import kssgov

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kss-2023"


@pytest.fixture(autouse=True)
def _nothing_remembered_under_mutation() -> None:
    """Under mutation testing, each test starts with the library's memos empty.

    The converters, the reference fields and the feed's serialised events are
    made once per process and kept. mutmut learns which tests reach a function by
    running them all once: a function whose result was kept would be credited to
    the first test only, and its mutants tested by that one alone.
    """
    if "MUTANT_UNDER_TEST" not in os.environ:
        return
    from kssgov.checks.warnings import _span_fields
    from kssgov.files import _toml, converter
    from kssgov.model import records
    from kssgov_exporters.ical import history

    converter.make_converter.cache_clear()
    _toml._defaults.cache_clear()
    records._REFERENCE_FIELDS.clear()
    _span_fields.cache_clear()
    history._moment.cache_clear()
    forget_the_feeds_events()


def forget_the_feeds_events() -> None:
    """Forget every event the feed has serialised (kept with the histories read), so that the next build
    makes each anew."""
    from kssgov_exporters.ical import feed, history

    history._LOADED.clear()
    feed._digest.cache_clear()
    feed._activity_entry.cache_clear()


@pytest.fixture(scope="session", autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The command line's cache of plugin commands goes to a folder of the test run, not the user's."""
    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = previous


@pytest.fixture(scope="session")
def example() -> kssgov.Dataset:
    """The example dataset of the 2023 annual report."""
    return kssgov.load(EXAMPLE)


@pytest.fixture
def example_copy(tmp_path: Path) -> Path:
    """A writable copy of the example dataset folder."""
    target = tmp_path / "kss-2023"
    shutil.copytree(EXAMPLE, target)
    return target


#: The politics table exactly as the 2023 report printed it: four rows carry the year 2022.
AS_PRINTED = ROOT / "tests" / "fixtures" / "activities-as-printed.toml"


@pytest.fixture
def as_printed(example_copy: Path) -> Path:
    """The example dataset with its politics table as printed, four rows dated 2022 among 2023."""
    shutil.copyfile(AS_PRINTED, example_copy / "activities.toml")
    return example_copy


def write_dataset(folder: Path, files: dict[str, str], settings: str | None = None) -> Path:
    """A dataset folder holding *files* and a settings file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "kssgov.toml").write_text(
        settings if settings is not None else 'name = "Test"\nyear = 2023\n[regions]\nnord = "Nord"\n',
        encoding="utf-8",
    )
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


#: A record that does not read: the dataset has errors once it is added.
BROKEN_ROW = "\n[[activity]]\nid = broken\n"


def append(path: Path, text: str) -> None:
    """Write *text* at the end of the data file *path*, as a person adds a record to it."""
    with path.open("a", encoding="utf-8") as handle:
        handle.write(text)
