"""Finding exporters: throwaway plugins in an isolated registry, failures reported, not fatal."""

from __future__ import annotations

import datetime as dt
import sys
import types
from collections.abc import Iterator
from importlib.metadata import EntryPoint
from typing import ClassVar

import pytest

from kssgov import Dataset, ExportRequest, NoOptions, Period, PluginError, Settings, build_time, discover
from kssgov.exporting import GROUP


class Good:
    name: ClassVar[str] = "good"
    output: ClassVar[str] = "txt"
    media_type: ClassVar[str] = "text/plain"
    description: ClassVar[str] = "A plugin that works."
    Options: ClassVar[type] = NoOptions

    def export(self, dataset: Dataset, request: ExportRequest[NoOptions]) -> bytes:
        return dataset.settings.name.encode()


class Twin(Good):
    pass


class Misnamed(Good):
    name = "something-else"


@pytest.fixture
def plugin_module() -> Iterator[str]:
    module = types.ModuleType("throwaway_plugins")
    vars(module).update(Good=Good, Twin=Twin, Misnamed=Misnamed, not_a_class=42)
    sys.modules[module.__name__] = module
    yield module.__name__
    del sys.modules[module.__name__]


def entry(name: str, value: str) -> EntryPoint:
    return EntryPoint(name=name, value=value, group=GROUP)


def test_a_good_plugin_is_found_and_runs(plugin_module: str) -> None:
    registry = discover([entry("good", f"{plugin_module}:Good")])
    assert list(registry.plugins) == ["good"]
    assert registry.problems == ()
    exporter = registry.get("good")
    request = ExportRequest(options=NoOptions())
    assert exporter.export(Dataset(settings=Settings(name="Org", year=2023)), request) == b"Org"


def test_a_plugin_that_fails_to_import_leaves_the_others_working(plugin_module: str) -> None:
    registry = discover(
        [entry("good", f"{plugin_module}:Good"), entry("broken", "no_such_module_xyz:Exporter")]
    )
    assert list(registry.plugins) == ["good"]
    (problem,) = registry.problems
    assert "broken = no_such_module_xyz:Exporter" in str(problem)
    assert "ModuleNotFoundError" in str(problem.reason)
    assert "an unknown distribution" in str(problem)
    with pytest.raises(PluginError, match="failed to load"):
        registry.get("broken")


def test_two_plugins_with_one_name_are_both_named_and_neither_used(plugin_module: str) -> None:
    registry = discover(
        [entry("good", f"{plugin_module}:Good"), entry("good", f"{plugin_module}:Twin"), entry("x", "nope:X")]
    )
    assert "good" not in registry.plugins
    messages = [str(p) for p in registry.problems if "claimed more than once" in str(p.reason)]
    assert len(messages) == 2
    assert all(f"{plugin_module}:Good" in m and f"{plugin_module}:Twin" in m for m in messages)
    with pytest.raises(PluginError, match="claimed more than once"):
        registry.get("good")


def test_a_plugin_must_be_an_exporter_class_with_its_entry_point_name(plugin_module: str) -> None:
    registry = discover(
        [entry("notaclass", f"{plugin_module}:not_a_class"), entry("x", f"{plugin_module}:Misnamed")]
    )
    reasons = sorted(str(p.reason) for p in registry.problems)
    assert reasons[0].startswith("is not an exporter")
    assert "names itself 'something-else'" in reasons[1]


def test_an_unknown_exporter_lists_the_installed_ones(plugin_module: str) -> None:
    registry = discover([entry("good", f"{plugin_module}:Good")])
    with pytest.raises(PluginError, match="no exporter called 'nope'; installed: good"):
        registry.get("nope")


def test_the_built_in_exporters_are_registered_through_entry_points() -> None:
    registry = discover()
    assert {"politics", "alliances", "members", "projects", "awards", "bodies", "report"} <= set(
        registry.plugins
    )
    assert registry.plugins["politics"].distribution.startswith("kssgov ")


def test_source_date_epoch() -> None:
    assert build_time({}) is None
    assert build_time({"SOURCE_DATE_EPOCH": "0"}) == dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    with pytest.raises(PluginError, match="SOURCE_DATE_EPOCH"):
        build_time({"SOURCE_DATE_EPOCH": "yesterday"})


def test_the_period_asked_for(example: Dataset) -> None:
    settings = example.settings
    assert Period().period(settings) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert Period(year=2022).period(settings) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    first = dt.date(2023, 3, 1)
    assert Period(first=first).period(settings) == (first, dt.date(2023, 12, 31))
    assert Period(first=dt.date(2022, 11, 1)).period(settings) == (
        dt.date(2022, 11, 1),
        dt.date(2022, 12, 31),
    )


def test_the_moments_of_a_build() -> None:
    plain = ExportRequest(options=NoOptions())
    assert plain.stamp(dt.date(2023, 12, 31)) == dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    assert abs(plain.now() - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
    epoch = dt.datetime(2024, 3, 12, 8, 30, tzinfo=dt.UTC)
    fixed = ExportRequest(options=NoOptions(), build_time=epoch)
    assert (fixed.now(), fixed.stamp(dt.date(2023, 12, 31))) == (epoch, epoch)
