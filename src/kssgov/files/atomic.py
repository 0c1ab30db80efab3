"""Atomic file writes: a crash leaves either the old file or the new one, never half of one.

The new content goes to a temporary file beside the target, is flushed and
synced to disk, and renamed over the target. A new file gets the permissions
an ordinary file gets under the user's umask (so that a web server running as
another user can read a published feed); a replaced file keeps the mode it
had. A target that is a symbolic link is written through: the file it points
to is replaced, and the link stays. Temporary files left behind by a write
that was killed are removed by the next write to the same target.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from pathlib import Path
from typing import Final

from ..exceptions import WriteError
from ..messages import os_reason

#: A temporary file older than this beside a target is left over from a killed write.
STALE_SECONDS: Final = 600
#: How a temporary file is opened: made here and now, for writing, in binary on Windows.
_NEW_FILE: Final = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def temporary_name(target: Path) -> Path:
    """A fresh temporary name beside *target*, hidden and ending in ``.tmp``."""
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")


def leftovers(target: Path, older_than: float = STALE_SECONDS) -> list[Path]:
    """Temporary files beside *target* left by writes that did not finish."""
    found = []
    deadline = time.time() - older_than
    for candidate in target.parent.glob(f".{target.name}.*.tmp"):
        with contextlib.suppress(OSError):
            if candidate.is_file() and candidate.stat().st_mtime < deadline:
                found.append(candidate)
    return sorted(found)


def write_atomically(path: str | os.PathLike[str], data: bytes, *, mode: int | None = None) -> list[Path]:
    """Write *data* to *path* through a temporary file, fsync and rename.

    The file keeps the permissions it had (a new one gets the umask's), unless
    *mode* is given (``0o600`` for a secret): it is then never readable by
    others, not even for a moment.
    Returns the temporary files of earlier, unfinished writes that were removed.
    Raises :class:`~kssgov.exceptions.WriteError` (an :class:`OSError`) when the
    file cannot be written; the old file, if any, is then unchanged.
    """
    try:
        return _write(Path(os.path.realpath(path)), data, mode)
    except WriteError:
        raise
    except OSError as error:
        failure = WriteError("write.failed", path=path, detail=os_reason(error))
        failure.errno = error.errno
        raise failure from error


def _write(target: Path, data: bytes, mode: int | None) -> list[Path]:
    removed = []
    for stale in leftovers(target):
        with contextlib.suppress(OSError):
            stale.unlink()
            removed.append(stale)
    temporary = temporary_name(target)
    descriptor = os.open(temporary, _NEW_FILE, 0o666 if mode is None else mode)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        else:
            with contextlib.suppress(FileNotFoundError):
                os.chmod(temporary, os.stat(target).st_mode & 0o7777)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    _fsync_directory(target.parent)
    return removed


def write_text(path: str | os.PathLike[str], text: str) -> list[Path]:
    """Write *text* as UTF-8 to *path* atomically."""
    return write_atomically(path, text.encode())


def _fsync_directory(folder: Path) -> None:
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
