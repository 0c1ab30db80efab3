"""kssgov: an organisation's governance and advocacy records, and the documents made from them.

Load a dataset folder with :func:`load`, query it, and build or save records
in Python. Exporters (Word sections, calendar feeds) are plugins found through
the ``kssgov.exporters`` entry-point group.

The public names are listed once, in ``__init__.pyi``. They are imported on
first use (``lazy_loader.attach_stub`` reads that list then), so that the
command line starts without loading what it does not need.
"""

from __future__ import annotations

import functools
from collections.abc import Callable


@functools.cache
def _public() -> tuple[Callable[[str], object], Callable[[], list[str]], list[str]]:
    import lazy_loader

    found: tuple[Callable[[str], object], Callable[[], list[str]], list[str]] = lazy_loader.attach_stub(
        __name__, __file__
    )
    return found


def __getattr__(name: str) -> object:
    if name == "__all__":
        return _public()[2]
    return _public()[0](name)


def __dir__() -> list[str]:
    return _public()[1]()
