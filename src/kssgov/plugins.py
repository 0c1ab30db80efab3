"""The exporter protocol, and finding exporters through the ``kssgov.exporters`` entry points.

An exporter turns a dataset into one document (bytes). Built-in and third-party
exporters register the same way, in their ``pyproject.toml``::

    [project.entry-points."kssgov.exporters"]
    politics-md = "my_package:PoliticsMarkdown"

The entry point's name must equal the exporter's ``name``. An exporter that
fails to load, or two with one name, are reported as :class:`PluginProblem`
and left out; the others keep working.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path
from typing import ClassVar, Final, Protocol, cast, runtime_checkable

import attrs

from .dataset import Dataset
from .exceptions import PluginError
from .messages import Language
from .vocabulary import ActivityKind, Visibility

GROUP: Final = "kssgov.exporters"


@attrs.frozen(kw_only=True)
class ExportRequest:
    """What the person asked for: period, filters, audience, language, template and options.

    ``year``, ``first`` and ``last`` choose the period (the dataset's report year
    by default). ``audience`` is who the document is for: nothing narrower than
    it may appear. ``template`` holds the bytes of the organisation's own
    document. ``timestamp`` is the moment formats that need one must record;
    see :func:`build_timestamp`. ``workspace`` is a folder where an exporter may
    keep state between runs (the calendar feed keeps its history there).
    ``options`` carries exporter-specific settings.
    """

    language: Language = "nb"
    audience: Visibility = Visibility.PUBLIC
    year: int | None = None
    first: dt.date | None = None
    last: dt.date | None = None
    kinds: tuple[ActivityKind, ...] = ()
    bodies: tuple[str, ...] = ()
    alliances: tuple[str, ...] = ()
    date: dt.date | None = None
    place: str | None = None
    template: bytes | None = attrs.field(default=None, repr=False)
    timestamp: dt.datetime | None = None
    workspace: Path | None = None
    options: Mapping[str, str] = attrs.field(factory=dict)

    def period(self, dataset: Dataset) -> tuple[dt.date, dt.date]:
        """The first and last day asked for: ``--from``/``--to``, else the year, else the report year."""
        year = self.year if self.year is not None else dataset.settings.year
        first = self.first if self.first is not None else dt.date(year, 1, 1)
        last = self.last if self.last is not None else dt.date(year, 12, 31)
        return first, last

    def report_year(self, dataset: Dataset) -> int:
        return self.year if self.year is not None else self.period(dataset)[0].year

    def moment(self, dataset: Dataset) -> dt.datetime:
        """The timestamp to record: the request's, or midnight UTC after the report year."""
        if self.timestamp is not None:
            return self.timestamp
        return dt.datetime(self.report_year(dataset) + 1, 1, 1, tzinfo=dt.UTC)


def build_timestamp(environ: Mapping[str, str] = os.environ) -> dt.datetime | None:
    """The moment given by ``SOURCE_DATE_EPOCH``, if set, for reproducible builds."""
    value = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    try:
        return dt.datetime.fromtimestamp(int(value), dt.UTC)
    except (ValueError, OverflowError, OSError):
        raise PluginError(f"SOURCE_DATE_EPOCH={value!r} is not a whole number of seconds") from None


@runtime_checkable
class Exporter(Protocol):
    """What an exporter is: a named class that writes a dataset as one document.

    ``output`` is the file type written (``docx``, ``ics``, ``md``), ``media_type``
    its MIME type. Heavy libraries should be imported inside :meth:`export`, so
    that listing exporters stays cheap.
    """

    name: ClassVar[str]
    output: ClassVar[str]
    media_type: ClassVar[str]
    description: ClassVar[str]

    def export(self, dataset: Dataset, request: ExportRequest) -> bytes:
        """The document for *dataset* as asked for by *request*."""
        ...


@runtime_checkable
class Filler(Protocol):
    """An exporter that can also fill marker paragraphs of an existing document."""

    def fill(self, document: bytes, dataset: Dataset, request: ExportRequest) -> bytes:
        """*document* with each ``{{kssgov:SECTION}}`` marker replaced by that section."""
        ...


@attrs.frozen
class PluginProblem:
    """An entry point that was left out, and why."""

    entry_point: str
    distribution: str
    reason: str

    def __str__(self) -> str:
        return f"exporter entry point {self.entry_point!r} from {self.distribution}: {self.reason}"


@attrs.frozen
class Plugin:
    """A usable exporter and where it came from."""

    exporter: type[Exporter]
    entry_point: str
    distribution: str

    @property
    def name(self) -> str:
        return self.exporter.name


@attrs.frozen
class Registry:
    """The exporters found, by name, and the entry points that had to be left out."""

    plugins: Mapping[str, Plugin]
    problems: tuple[PluginProblem, ...] = ()

    def get(self, name: str) -> Exporter:
        """A new instance of the exporter *name*; raises :class:`PluginError` if there is none."""
        plugin = self.plugins.get(name)
        if plugin is None:
            left_out = [p for p in self.problems if p.entry_point.split("=")[0].strip() == name]
            if left_out:
                raise PluginError("; ".join(str(p) for p in left_out))
            known = ", ".join(sorted(self.plugins)) or "none"
            raise PluginError(f"there is no exporter called {name!r}; installed: {known}")
        return plugin.exporter()


def _distribution(entry_point: metadata.EntryPoint) -> str:
    dist = entry_point.dist
    if dist is None:
        return "an unknown distribution"
    return f"{dist.metadata['Name']} {dist.version}"


def _describe(entry_point: metadata.EntryPoint) -> str:
    return f"{entry_point.name} = {entry_point.value}"


_REQUIRED: Final = ("name", "output", "media_type", "description")


def discover(entry_points: Iterable[metadata.EntryPoint] | None = None) -> Registry:
    """Load every exporter registered in the ``kssgov.exporters`` group (or *entry_points*)."""
    found = list(metadata.entry_points(group=GROUP) if entry_points is None else entry_points)
    loaded: dict[str, list[Plugin]] = {}
    problems: list[PluginProblem] = []
    for entry_point in sorted(found, key=lambda e: (e.name, e.value)):
        distribution = _distribution(entry_point)
        try:
            exporter = entry_point.load()
        except Exception as error:  # noqa: BLE001 - a broken plugin must not break the others
            reason = f"failed to load: {type(error).__name__}: {error}"
            problems.append(PluginProblem(_describe(entry_point), distribution, reason))
            continue
        missing = [a for a in _REQUIRED if not isinstance(getattr(exporter, a, None), str)]
        if not isinstance(exporter, type) or missing or not callable(getattr(exporter, "export", None)):
            reason = "is not an exporter class (it needs name, output, media_type, description and export())"
            problems.append(PluginProblem(_describe(entry_point), distribution, reason))
            continue
        name = cast(type[Exporter], exporter).name
        if name != entry_point.name:
            reason = f"names itself {name!r}; the entry point must have the same name"
            problems.append(PluginProblem(_describe(entry_point), distribution, reason))
            continue
        loaded.setdefault(name, []).append(Plugin(exporter, _describe(entry_point), distribution))
    plugins: dict[str, Plugin] = {}
    for name, candidates in loaded.items():
        if len(candidates) == 1:
            plugins[name] = candidates[0]
            continue
        others = "; ".join(f"{c.entry_point} from {c.distribution}" for c in candidates)
        for candidate in candidates:
            reason = f"the name {name!r} is claimed more than once ({others}); none of them is used"
            problems.append(PluginProblem(candidate.entry_point, candidate.distribution, reason))
    return Registry(plugins, tuple(problems))
