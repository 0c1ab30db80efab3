"""Running an exporter in a test as the command line does: options through the host, data through ``run``."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Mapping
from pathlib import Path

import kssgov
from kssgov import Dataset, ExportRequest, Language, Visibility
from kssgov.exporting import options, run


def request(
    name: str,
    dataset: Dataset,
    /,
    *,
    language: Language = "nb",
    audience: Visibility = Visibility.PUBLIC,
    timestamp: dt.datetime | None = None,
    workspace: Path | None = None,
    **given: object,
) -> ExportRequest[object]:
    """The request the command line would make for the exporter *name* with the options *given*."""
    exporter = kssgov.discover().get(name)
    template = given.get("template")
    if isinstance(template, bytes):
        with tempfile.NamedTemporaryFile(suffix=".docx", delete=False) as handle:
            handle.write(template)
        given["template"] = Path(handle.name)
    values = {k: list(v) if isinstance(v, tuple) else v for k, v in given.items()}
    return ExportRequest(
        options=options(exporter, dataset.settings, values),
        language=language,
        audience=audience,
        build_time=timestamp,
        workspace=workspace,
    )


def export(
    name: str,
    dataset: Dataset,
    /,
    *,
    language: Language = "nb",
    audience: Visibility = Visibility.PUBLIC,
    timestamp: dt.datetime | None = None,
    workspace: Path | None = None,
    options: Mapping[str, object] | None = None,
    **given: object,
) -> bytes:
    """The document the exporter *name* writes for *dataset*, as ``kssgov export`` would make it.

    The exporter's options are *given* as keywords, or as a mapping in *options*.
    """
    given = {**(options or {}), **given}
    asked = request(
        name, dataset, language=language, audience=audience, timestamp=timestamp, workspace=workspace, **given
    )
    return run(kssgov.discover().get(name), dataset, asked)
