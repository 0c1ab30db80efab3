"""An example exporter from outside kssgov: the politics table as a Markdown table."""

from __future__ import annotations

from typing import ClassVar

from kssgov import Dataset, ExportRequest, Status

HEADERS = {"nb": ("Dato", "Hvor", "Tema"), "en": ("Date", "Where", "Topic")}


def cell(text: str) -> str:
    """Text that cannot break a Markdown table: pipes escaped, line breaks as <br>."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


class PoliticsMarkdown:
    """The politics table (Dato | Hvor | Tema) of the requested period, in date order."""

    name: ClassVar[str] = "politics-md"
    output: ClassVar[str] = "md"
    media_type: ClassVar[str] = "text/markdown; charset=utf-8"
    description: ClassVar[str] = "The politics table as Markdown (an example third-party exporter)."

    def export(self, dataset: Dataset, request: ExportRequest) -> bytes:
        first, last = request.period(dataset)
        rows = dataset.activities_between(first, last, kinds=request.kinds or None, audience=request.audience)
        lines = ["| {} | {} | {} |".format(*HEADERS[request.language]), "| --- | --- | --- |"]
        lines += [
            f"| {a.date.format()} | {cell(a.where)} | {cell(a.topic)} |"
            for a in rows
            if a.status is not Status.CANCELLED
        ]
        return ("\n".join(lines) + "\n").encode("utf-8")
