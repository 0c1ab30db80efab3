"""The only place that knows TOML and the disk.

Reading a dataset folder into records (:func:`load`, :func:`check`), writing
records back (:func:`.save.save`), changing files safely (:mod:`.editing`),
importing politics tables (:mod:`.importing`), the JSON Schema of the files,
atomic writes, and turning Word documents into PDF. Every value from a file
goes through the one converter (:func:`~.converter.make_converter`).
"""

from __future__ import annotations

from .atomic import write_atomically as write_atomically
from .read import MAX_FILE_BYTES as MAX_FILE_BYTES
from .read import CheckResult as CheckResult
from .read import Reading as Reading
from .read import check as check
from .read import load as load
from .read import read as read
