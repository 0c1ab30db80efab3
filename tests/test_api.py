"""The public API: one list (``__init__.pyi``), every name in it resolves, and importing kssgov is cheap."""

from __future__ import annotations

import ast
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

import kssgov


def test_all_names_resolve() -> None:
    for name in kssgov.__all__:
        assert getattr(kssgov, name) is not None


def test_the_public_names_are_the_one_list_in_the_stub() -> None:
    stub = Path(kssgov.__file__).with_suffix(".pyi")
    tree = ast.parse(stub.read_text(encoding="utf-8"))
    listed = [alias.name for node in tree.body if isinstance(node, ast.ImportFrom) for alias in node.names]
    assert sorted(listed) == kssgov.__all__
    assert len(set(listed)) == len(listed)
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            assert all(alias.asname == alias.name for alias in node.names), "re-export as the same name"


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="nothing_here"):
        getattr(kssgov, "nothing_here")  # noqa: B009


def test_importing_kssgov_loads_no_records_yet() -> None:
    code = "import sys, kssgov; print('kssgov.files' in sys.modules, 'cattrs' in sys.modules)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.split() == ["False", "False"]


def test_every_error_is_a_kssgov_error() -> None:
    assert issubclass(kssgov.DatasetError, kssgov.KssgovError)
    assert issubclass(kssgov.InvalidValueError, kssgov.KssgovError)
    assert issubclass(kssgov.InvalidValueError, ValueError)
    assert issubclass(kssgov.PluginError, kssgov.KssgovError)


def test_check_looks_at_the_bodies_on_the_day_asked_for(example_copy: Path) -> None:
    governance = example_copy / "governance.toml"
    chair = (
        'id = "styret-heidi-olden-eng-leder"\nbody = "styret"\nperson = "Heidi Olden Eng"\nrole = "chair"\n'
    )
    governance.write_text(
        governance.read_text(encoding="utf-8").replace(chair, chair + "end = 2023-06-30\n"), encoding="utf-8"
    )

    def chairless(as_of: dt.date | None) -> list[object]:
        return [
            p.params["date"]
            for p in kssgov.check(example_copy, as_of=as_of).warnings
            if p.code == "lint.no_chair"
        ]

    assert chairless(None) == ["30.6.2023"]
    assert chairless(dt.date(2023, 8, 1)) == ["1.8.2023"]
    assert chairless(dt.date(2023, 6, 29)) == []
    assert kssgov.load(example_copy) == kssgov.check(example_copy).dataset
