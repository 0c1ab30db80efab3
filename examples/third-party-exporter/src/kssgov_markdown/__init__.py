"""An example exporter from outside kssgov: the politics table as a Markdown table.

It shows the three parts of the plugin contract: the exporter declares its own
options (an attrs class, offered by ``kssgov export politics-md`` as flags and
read from a ``[politics-md]`` table of ``kssgov.toml``), it brings a command
(``kssgov politics-count``, in :mod:`.command`), and it relies on the host for
privacy: the dataset it is given already holds only what the audience may see.
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from kssgov import ActivityKind, Dataset, ExportRequest, Period, Status
from kssgov.model import validators

HEADERS = {"nb": ("Dato", "Hvor", "Tema"), "en": ("Date", "Where", "Topic")}


def cell(text: str) -> str:
    """Text that cannot break a Markdown table: pipes escaped, line breaks as <br>."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


@attrs.frozen(kw_only=True)
class MarkdownOptions(Period):
    """``--year``/``--from``/``--to`` (from :class:`kssgov.Period`), ``--kind``, and ``--title``."""

    kinds: tuple[ActivityKind, ...] = attrs.field(default=(), metadata={"flag": "kind"})
    title: str | None = attrs.field(default=None, validator=validators.optional_line)


class PoliticsMarkdown:
    """The politics table (Dato | Hvor | Tema) of the requested period, in date order."""

    name: ClassVar[str] = "politics-md"
    output: ClassVar[str] = "md"
    media_type: ClassVar[str] = "text/markdown; charset=utf-8"
    description: ClassVar[str] = "The politics table as Markdown (an example third-party exporter)."
    Options: ClassVar[type] = MarkdownOptions

    def export(self, dataset: Dataset, request: ExportRequest[MarkdownOptions]) -> bytes:
        options = request.options
        first, last = options.period(dataset.settings)
        # The host has already left out what the audience may not see; asking for the
        # request's audience again is harmless and keeps the query explicit.
        rows = dataset.activities_between(first, last, kinds=options.kinds or None, audience=request.audience)
        lines = [f"# {options.title}", ""] if options.title else []
        lines += ["| {} | {} | {} |".format(*HEADERS[request.language]), "| --- | --- | --- |"]
        lines += [
            f"| {a.date.format()} | {cell(a.where)} | {cell(a.topic)} |"
            for a in rows
            if a.status is not Status.CANCELLED
        ]
        return ("\n".join(lines) + "\n").encode("utf-8")
