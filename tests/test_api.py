"""The public API is what __init__ re-exports, and every name there resolves."""

from __future__ import annotations

import types

import kssgov


def test_all_names_resolve() -> None:
    for name in kssgov.__all__:
        assert getattr(kssgov, name) is not None


def test_all_lists_every_public_name_once() -> None:
    public = {
        name
        for name, value in vars(kssgov).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType) and name != "annotations"
    }
    assert sorted(kssgov.__all__) == sorted(public)
    assert len(set(kssgov.__all__)) == len(kssgov.__all__)


def test_every_error_is_a_kssgov_error() -> None:
    assert issubclass(kssgov.DatasetError, kssgov.KssgovError)
    assert issubclass(kssgov.InvalidValueError, kssgov.KssgovError)
    assert issubclass(kssgov.InvalidValueError, ValueError)
