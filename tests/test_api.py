"""The public API: every name in __all__ resolves, and the lazy table matches the typed imports."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import kssgov


def test_all_names_resolve() -> None:
    for name in kssgov.__all__:
        assert getattr(kssgov, name) is not None


def test_the_lazy_table_and_the_typed_imports_agree() -> None:
    tree = ast.parse(Path(kssgov.__file__).read_text(encoding="utf-8"))
    typed = {
        (node.module, alias.name)
        for block in tree.body
        if isinstance(block, ast.If)
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    lazy = {(module.lstrip("."), name) for name, module in kssgov._PUBLIC.items()}
    assert typed == lazy


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="nothing_here"):
        getattr(kssgov, "nothing_here")  # noqa: B009


def test_importing_kssgov_loads_no_records_yet() -> None:
    code = "import sys, kssgov; print('kssgov.store' in sys.modules, 'cattrs' in sys.modules)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.split() == ["False", "False"]


def test_every_error_is_a_kssgov_error() -> None:
    assert issubclass(kssgov.DatasetError, kssgov.KssgovError)
    assert issubclass(kssgov.InvalidValueError, kssgov.KssgovError)
    assert issubclass(kssgov.InvalidValueError, ValueError)
    assert issubclass(kssgov.PluginError, kssgov.KssgovError)
