"""An example exporter from outside kssgov: the politics table as a Markdown table.

It shows the parts of the plugin contract: the exporter declares its own
options (an attrs class, offered by ``kssgov export politics-md`` as flags and
read from a ``[politics-md]`` table of ``kssgov.toml``), it brings a command
(``kssgov politics-count``, in :mod:`.command`), it relies on the host for
privacy (the dataset it is given already holds only what the audience may see),
and it translates its own words: the English is here, under message codes, and
bokmål and nynorsk are in ``locale/*/LC_MESSAGES/kssgov_markdown.po``, the gettext
domain named after the package (see :mod:`kssgov.translations`).
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from kssgov import ActivityKind, Dataset, ExportRequest, Period, Status
from kssgov.messages import text
from kssgov.model import validators
from kssgov.translations import Text, catalogue

#: The plugin's words, in its own gettext domain (its package's name).
WORDS = catalogue(
    "kssgov_markdown",
    {
        "exporter.politics-md": Text("The politics table as Markdown (an example third-party exporter)."),
        "column.date": Text("Date"),
        "column.where": Text("Where"),
        "column.topic": Text("Topic"),
        "option.kinds": Text("Only activities of this kind (repeatable)."),
        "option.title": Text("A heading above the table."),
        "command.count": Text("Count the public rows of the politics table by kind."),
        "command.year": Text("The year to count (default: the report year)."),
    },
)


def cell(text: str) -> str:
    """Text that cannot break a Markdown table: pipes escaped, line breaks as <br>."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


@attrs.frozen(kw_only=True)
class MarkdownOptions(Period):
    """``--year``/``--from``/``--to`` (from :class:`kssgov.Period`), ``--kind``, and ``--title``."""

    kinds: tuple[ActivityKind, ...] = attrs.field(
        default=(), metadata={"flag": "kind", "help": WORDS["option.kinds"]}
    )
    title: str | None = attrs.field(
        default=None, validator=validators.optional_line, metadata={"help": WORDS["option.title"]}
    )


class PoliticsMarkdown:
    """The politics table (Dato | Hvor | Tema) of the requested period, in date order."""

    name: ClassVar[str] = "politics-md"
    output: ClassVar[str] = "md"
    media_type: ClassVar[str] = "text/markdown; charset=utf-8"
    description: ClassVar[str] = WORDS["exporter.politics-md"].en
    Options: ClassVar[type] = MarkdownOptions

    def export(self, dataset: Dataset, request: ExportRequest[MarkdownOptions]) -> bytes:
        options = request.options
        first, last = options.period(dataset.settings)
        # The host has already left out what the audience may not see; asking for the
        # request's audience again is harmless and keeps the query explicit.
        rows = dataset.activities_between(first, last, kinds=options.kinds or None, audience=request.audience)
        lines = [f"# {options.title}", ""] if options.title else []
        headers = [text(WORDS[f"column.{name}"], request.language) for name in ("date", "where", "topic")]
        lines += ["| {} | {} | {} |".format(*headers), "| --- | --- | --- |"]
        lines += [
            f"| {a.date.format()} | {cell(a.where)} | {cell(a.topic)} |"
            for a in rows
            if a.status is not Status.CANCELLED
        ]
        return ("\n".join(lines) + "\n").encode("utf-8")
