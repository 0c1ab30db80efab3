"""The plugin contract: exporters with their own options, commands from plugins, and running them.

An exporter turns a dataset into one document (bytes). It declares its options
as an attrs class, ``Options``: the command line offers each field as a
``--flag``, a table of ``kssgov.toml`` named after the exporter (or its
``section``) gives their defaults, and both are read through the one
converter, so a bad value is refused with the file, line and field, or the
flag, that holds it. Built-in and third-party exporters register the same way,
in their ``pyproject.toml``::

    [project.entry-points."kssgov.exporters"]
    politics-md = "my_package:PoliticsMarkdown"

    [project.entry-points."kssgov.commands"]
    my-command = "my_package.cli:my_command"     # a click command

The host guarantees privacy: :func:`run` narrows the dataset to the request's
audience (records and references alike) before an exporter sees it, so an
exporter cannot leak what it was never given. An exporter that fails to load,
or two with one name, are reported as :class:`PluginProblem` and left out; the
others keep working.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Generic, Protocol, TypeVar, runtime_checkable

import attrs

from . import files
from .exceptions import DatasetError, PluginError
from .files import CheckResult
from .files.converter import make_converter
from .files.failures import failures
from .files.locate import Locator
from .messages import Language, Phrase, Words
from .model import Dataset, Settings, Visibility, validators
from .model.settings import SETTINGS_FILE
from .problems import Location, Problem, Severity
from .translations import Text, translate

if TYPE_CHECKING:
    from importlib import metadata

GROUP: Final = "kssgov.exporters"
COMMANDS: Final = "kssgov.commands"

OptionsT = TypeVar("OptionsT")


@attrs.frozen(kw_only=True)
class ExportRequest(Generic[OptionsT]):
    """What the person asked for: the exporter's options, audience and language, and the build's time.

    ``audience`` is who the document is for; :func:`run` has already left out
    everything narrower. ``build_time`` is ``SOURCE_DATE_EPOCH`` when it is
    set. Two moments are derived from it, one definition for every format:
    :meth:`now` is the present of the build (for what depends on today, such as
    how long a cancelled event stays in a feed), :meth:`stamp` the timestamp a
    document records (so that the same data gives the same bytes).
    ``workspace`` is a folder where an exporter may keep state between runs.
    """

    options: OptionsT
    language: Language = "nb"
    audience: Visibility = Visibility.PUBLIC
    build_time: dt.datetime | None = None
    workspace: Path | None = None

    def now(self) -> dt.datetime:
        """``SOURCE_DATE_EPOCH`` when set, else the clock; in UTC, to the second."""
        return present(self.build_time)

    def stamp(self, last_day: dt.date) -> dt.datetime:
        """``SOURCE_DATE_EPOCH`` when set, else midnight UTC after *last_day* (the end of what is covered)."""
        if self.build_time is not None:
            return self.build_time.astimezone(dt.UTC).replace(microsecond=0)
        return dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time(), dt.UTC)


def present(build_time: dt.datetime | None) -> dt.datetime:
    """The present of a build: *build_time* (from ``SOURCE_DATE_EPOCH``) if given, else the clock;
    in UTC, to the second. A host building several things at once takes one present for all.
    """
    moment = build_time or dt.datetime.now(dt.UTC)
    return moment.astimezone(dt.UTC).replace(microsecond=0)


def build_time(environ: Mapping[str, str] = os.environ) -> dt.datetime | None:
    """The moment given by ``SOURCE_DATE_EPOCH``, if set, for reproducible builds."""
    value = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    try:
        return dt.datetime.fromtimestamp(int(value), dt.UTC)
    except (ValueError, OverflowError, OSError):
        raise PluginError("source_date_epoch", value=value) from None


# --- options every exporter may share ------------------------------------------------


@attrs.frozen(kw_only=True)
class NoOptions:
    """For an exporter without options of its own."""


@attrs.frozen(kw_only=True)
class Period:
    """The period a document covers: ``--year``, or ``--from`` and ``--to``; the report year by default."""

    year: int | None = attrs.field(
        default=None, validator=validators.optional_year, metadata={"help": "option.year"}
    )
    first: dt.date | None = attrs.field(
        default=None, validator=validators.optional_date, metadata={"flag": "from", "help": "option.from"}
    )
    last: dt.date | None = attrs.field(
        default=None, validator=validators.optional_date, metadata={"flag": "to", "help": "option.to"}
    )

    def period(self, settings: Settings) -> tuple[dt.date, dt.date]:
        """The first and last day asked for: ``--from``/``--to``, else the year, else the report year."""
        year = self.report_year(settings)
        first = self.first if self.first is not None else dt.date(year, 1, 1)
        last = self.last if self.last is not None else dt.date(year, 12, 31)
        return first, last

    def report_year(self, settings: Settings) -> int:
        """The year asked for, else the year ``--from`` lies in, else the dataset's report year."""
        if self.year is not None:
            return self.year
        if self.first is not None:
            return self.first.year
        return settings.year

    @property
    def limited(self) -> bool:
        """True when the person asked for a period rather than taking the default."""
        return self.year is not None or self.first is not None or self.last is not None


# --- the protocol ----------------------------------------------------------------------


@runtime_checkable
class Exporter(Protocol):
    """What an exporter is: a named object that writes a dataset as one document.

    ``output`` is the file type written (``docx``, ``ics``, ``md``), ``media_type``
    its MIME type, ``description`` one line in English for ``kssgov exporters``,
    translated in the plugin's gettext catalogue under the context ``exporter.<name>``
    (the domain is the exporter's ``domain``, else its top-level package; see
    :mod:`kssgov.translations`).
    ``Options`` is an attrs class of the exporter's own options (use
    :class:`NoOptions` for none). Heavy libraries should be imported inside
    :meth:`export`, so that listing exporters stays cheap.
    """

    @property
    def name(self) -> str: ...

    @property
    def output(self) -> str: ...

    @property
    def media_type(self) -> str: ...

    @property
    def description(self) -> str: ...

    @property
    def Options(self) -> type: ...

    def export(self, dataset: Dataset, request: ExportRequest[Any]) -> bytes:
        """The document for *dataset* (already narrowed to the audience) as asked for by *request*."""
        ...


@runtime_checkable
class Filler(Protocol):
    """An exporter that can also fill ``{{kssgov:SECTION}}`` marker paragraphs of an existing document."""

    def fill(self, document: bytes, dataset: Dataset, request: ExportRequest[Any]) -> bytes:
        """*document* with each marker replaced by that section."""
        ...


def for_audience(dataset: Dataset, request: ExportRequest[Any]) -> Dataset:
    """All an exporter may be given for *request*: what its audience may see.

    See :meth:`~kssgov.Dataset.visible_to`.
    """
    return dataset.visible_to(request.audience)


def run(exporter: Exporter, dataset: Dataset, request: ExportRequest[Any]) -> bytes:
    """What *exporter* writes for *dataset*, given only what the request's audience may see."""
    return exporter.export(for_audience(dataset, request), request)


def fill(exporter: Exporter, document: bytes, dataset: Dataset, request: ExportRequest[Any]) -> bytes:
    """*document* with its markers filled by *exporter*, from what the request's audience may see."""
    if not isinstance(exporter, Filler):
        raise PluginError("plugin.cannot_fill", value=exporter.name)
    return exporter.fill(document, for_audience(dataset, request), request)


def domain(exporter: object) -> str:
    """The gettext domain of *exporter*'s words: its ``domain``, else the package it comes from."""
    found = getattr(exporter, "domain", None)
    return found if isinstance(found, str) else type(exporter).__module__.split(".")[0]


def description(exporter: Exporter, language: Language) -> str:
    """The exporter's one-line description in *language*, from its catalogue (``exporter.<name>``)."""
    words = Text(exporter.description, context=f"exporter.{exporter.name}", domain=domain(exporter))
    return translate(words, language)[0]


def section(exporter: Exporter) -> str:
    """The table of ``kssgov.toml`` holding the defaults of the exporter's options."""
    return str(getattr(exporter, "section", exporter.name))


# --- options from the settings and the command line --------------------------------------


@attrs.frozen
class OptionProblem:
    """A bad value given for an option on the command line: the option, and what is wrong."""

    option: str
    problem: Problem


def options(
    exporter: Exporter,
    settings: Settings,
    given: Mapping[str, object],
    *,
    settings_file: str = "kssgov.toml",
) -> object:
    """The exporter's ``Options``: defaults from its table of the settings, then *given*.

    A bad value from the settings raises :class:`DatasetError` naming the file,
    line and field; a bad or missing value on the command line raises
    :class:`OptionError`.
    """
    defaults = dict(settings.sections.get(section(exporter), {}))
    values = {**defaults, **given}
    try:
        return make_converter(settings.timezone).structure(values, exporter.Options)
    except Exception as error:  # noqa: BLE001 - every failure becomes a Problem
        found = list(failures(error, values))
    from_settings = [
        (field, problem)
        for field, problem in found
        if field is not None
        and field.split(".")[0].split("[")[0] in defaults
        and field.split(".")[0] not in given
    ]
    if from_settings:
        raise DatasetError(_located(exporter, settings_file, from_settings), settings_file)
    raise OptionError(exporter.name, [_option_problem(exporter, field, p) for field, p in found])


def _option_problem(exporter: Exporter, field: str | None, problem: Problem) -> OptionProblem:
    """A problem with a value given for an option, named as the option is written: ``--from``."""
    name = (field or "").split(".")[0].split("[")[0]
    declared = attrs.fields_dict(exporter.Options).get(name)
    flag = "--" + str(declared.metadata.get("flag", name) if declared else name).replace("_", "-")
    if problem.code == "field.missing":
        problem = attrs.evolve(problem, code="option.missing")
    return OptionProblem(flag, attrs.evolve(problem, location=Location("", None, field)))


class OptionError(PluginError):
    """Options given on the command line that the exporter cannot take; :attr:`found` says which and why."""

    def __init__(self, exporter: str, found: list[OptionProblem]) -> None:
        self.found = found
        first = found[0] if found else None
        super().__init__(
            "option.invalid",
            option=first.option if first else exporter,
            problem=_ProblemWords(first.problem) if first else "",
        )


class _ProblemWords(Words):
    """A problem's message as words inside another message."""

    __slots__ = ("problem",)

    def __init__(self, problem: Problem) -> None:
        self.problem = problem

    def render(self, language: Language) -> str:
        return self.problem.message(language)

    def key(self) -> tuple[object, ...]:
        return (self.problem.code, self.problem.location)


def _located(
    exporter: Exporter, settings_file: str, found: Sequence[tuple[str | None, Problem]]
) -> list[Problem]:
    """Problems of the exporter's table in the settings file, with the line of each."""
    try:
        locator: Locator | None = Locator(Path(settings_file).read_text(encoding="utf-8-sig"))
    except OSError:
        locator = None
    table = section(exporter)
    located = []
    for field, failure in found:
        path = f"{table}.{field}" if field else table
        line = None
        if locator is not None:
            line = locator.table_key_line(table, field.split(".")[0] if field else None)
        located.append(attrs.evolve(failure, location=Location(settings_file, line, path)))
    return located


def check_settings(registry: Registry, settings: Settings, settings_file: str) -> list[Problem]:
    """Problems of the exporters' tables in the settings: bad values, and tables no exporter reads."""
    found: list[Problem] = []
    owners: dict[str, Exporter] = {}
    for plugin in registry.plugins.values():
        owners.setdefault(section(plugin.exporter), plugin.exporter)
    converter = make_converter(settings.timezone)
    for table, values in settings.sections.items():
        owner = owners.get(table)
        if owner is None:
            try:
                line = Locator(Path(settings_file).read_text(encoding="utf-8-sig")).table_line(table)
            except OSError:
                line = None
            found.append(
                Problem(
                    Severity.ERROR,
                    "plugin.settings_unknown",
                    Location(settings_file, line, table),
                    {"value": table, "allowed": ", ".join(sorted(owners))},
                )
            )
            continue
        try:
            converter.structure(dict(values), owner.Options)
        except Exception as error:  # noqa: BLE001 - every failure becomes a Problem
            given = [(f, p) for f, p in failures(error, dict(values)) if p.code != "field.missing"]
            found.extend(_located(owner, settings_file, given))
    return found


def check(folder: str | Path, as_of: dt.date | None = None) -> CheckResult:
    """Read the dataset in *folder* and return it with every error and warning.

    Besides the records, the tables of ``kssgov.toml`` that belong to the
    installed exporters are checked (a table no exporter reads is an error).
    """
    return _with_plugin_settings(files.check(folder, as_of=as_of), folder)


class Watcher:
    """A dataset folder kept read for a long-running host (a server): each :meth:`check` reads only
    the files that changed since the last, and checks the whole dataset as :func:`check` does.
    The installed exporters are looked up once, at the first check.
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self._reading: files.Reading | None = None
        self._registry: Registry | None = None

    def check(self, *, warnings: bool = True) -> CheckResult:
        """The dataset as its files are now, with its errors (and warnings unless *warnings* is False)."""
        self._reading = files.Reading.of(self.folder) if self._reading is None else self._reading.refreshed()
        if self._registry is None:
            self._registry = discover()
        return _with_plugin_settings(self._reading.result(warnings=warnings), self.folder, self._registry)


def _with_plugin_settings(
    result: CheckResult, folder: str | Path, registry: Registry | None = None
) -> CheckResult:
    """*result* with the problems of the exporters' settings (those of *registry*, else the installed)."""
    if result.dataset is None or not result.dataset.settings.sections:
        return result  # no table of an exporter's to check: the exporters need not be looked up
    installed = discover() if registry is None else registry
    extra = check_settings(installed, result.dataset.settings, str(Path(folder) / SETTINGS_FILE))
    if not extra:
        return result
    problems = tuple(sorted((*result.problems, *extra), key=Problem.sort_key))
    return CheckResult(None if any(p.is_error for p in extra) else result.dataset, problems)


# --- finding plugins ----------------------------------------------------------------------


@attrs.frozen
class PluginProblem:
    """An entry point that was left out, and why."""

    group: str
    entry_point: str
    distribution: Words | str
    reason: Words

    def render(self, language: Language) -> str:
        kind = "kssgov.commands" if self.group == COMMANDS else "kssgov.exporters"
        return Phrase(
            "plugin.left_out",
            kind=kind,
            entry_point=self.entry_point,
            distribution=self.distribution,
            reason=self.reason,
        ).render(language)

    def __str__(self) -> str:
        return self.render("en")


@attrs.frozen
class Plugin:
    """A usable exporter and where it came from."""

    exporter: Exporter
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
        """The exporter *name*; raises :class:`PluginError` if there is none."""
        plugin = self.plugins.get(name)
        if plugin is None:
            left_out = [p for p in self.problems if p.entry_point.split("=")[0].strip() == name]
            if left_out:
                raise PluginError(str(left_out[0]))
            raise PluginError("plugin.unknown", value=name, known=", ".join(sorted(self.plugins)) or "-")
        return plugin.exporter


def _distribution(entry_point: metadata.EntryPoint) -> Words | str:
    dist = entry_point.dist
    if dist is None:
        return Phrase("plugin.unknown_distribution")
    return _named(dist)


@functools.cache
def _named(dist: metadata.Distribution) -> str:
    """The name and version of *dist*, read from its metadata once (the built-in plugins share one)."""
    return f"{dist.metadata['Name']} {dist.version}"


def _describe(entry_point: metadata.EntryPoint) -> str:
    return f"{entry_point.name} = {entry_point.value}"


def _is_exporter(candidate: object) -> bool:
    names = ("name", "output", "media_type", "description")
    return (
        all(isinstance(getattr(candidate, a, None), str) for a in names)
        and isinstance(options_class := getattr(candidate, "Options", None), type)
        and attrs.has(options_class)
        and callable(getattr(candidate, "export", None))
    )


def discover(entry_points: Iterable[metadata.EntryPoint] | None = None) -> Registry:
    """Load every exporter registered in the ``kssgov.exporters`` group (or *entry_points*).

    An entry point may name an exporter object or a class, which is instantiated.
    """
    if entry_points is None:
        from importlib import metadata  # only when looking for plugins: its import is slow

        entry_points = metadata.entry_points(group=GROUP)
    found = list(entry_points)
    loaded: dict[str, list[Plugin]] = {}
    problems: list[PluginProblem] = []
    for entry_point in sorted(found, key=lambda e: (e.name, e.value)):
        distribution = _distribution(entry_point)
        described = _describe(entry_point)
        try:
            target = entry_point.load()
            exporter = target() if isinstance(target, type) else target
        except Exception as error:  # noqa: BLE001 - a broken plugin must not break the others
            reason = Phrase("plugin.failed", detail=f"{type(error).__name__}: {error}")
            problems.append(PluginProblem(GROUP, described, distribution, reason))
            continue
        if not _is_exporter(exporter):
            problems.append(PluginProblem(GROUP, described, distribution, Phrase("plugin.not_exporter")))
            continue
        name = exporter.name
        if name != entry_point.name:
            problems.append(
                PluginProblem(GROUP, described, distribution, Phrase("plugin.misnamed", value=name))
            )
            continue
        loaded.setdefault(name, []).append(Plugin(exporter, described, str(distribution)))
    plugins: dict[str, Plugin] = {}
    for name, candidates in loaded.items():
        if len(candidates) == 1:
            plugins[name] = candidates[0]
            continue
        others = "; ".join(f"{c.entry_point} ({c.distribution})" for c in candidates)
        for candidate in candidates:
            reason = Phrase("plugin.clash", value=name, others=others)
            problems.append(PluginProblem(GROUP, candidate.entry_point, candidate.distribution, reason))
    return Registry(plugins, tuple(problems))


@attrs.frozen
class CommandEntry:
    """A command a plugin brings: its name, where it comes from, and how to load it."""

    name: str
    entry_point: str
    distribution: Words | str
    load: Callable[[], object]


def command_entries(entry_points: Iterable[metadata.EntryPoint] | None = None) -> list[CommandEntry]:
    """The commands registered in the ``kssgov.commands`` group (or *entry_points*), not yet loaded."""
    if entry_points is None:
        from importlib import metadata  # only when looking for plugins: its import is slow

        entry_points = metadata.entry_points(group=COMMANDS)
    found = list(entry_points)
    return [
        CommandEntry(e.name, _describe(e), _distribution(e), e.load)
        for e in sorted(found, key=lambda e: (e.name, e.value))
    ]
