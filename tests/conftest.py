from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import kssgov

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kss-2023"


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
