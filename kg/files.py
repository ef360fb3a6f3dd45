"""Writing output files so that a reader (or an interrupted build) never sees half of one.

Every output kg writes goes to a temporary file beside its target and is moved into place with
``os.replace`` once complete: a Ctrl-C or a killed process leaves the previous file intact.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable

from kg.errors import OutputError


def atomic_write(path: str | Path, write: Callable[[BinaryIO], None]) -> Path:
    """Call ``write`` on a temporary binary file beside ``path``, then move it into place.

    Raises
    ------
    OutputError
        When the folder or the file cannot be written.
    """

    def to_stream(temporary: Path) -> None:
        with temporary.open("wb") as stream:
            write(stream)

    return atomic_write_path(path, to_stream)


def atomic_write_path(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write`` with the path of a temporary file beside ``path``, then move it into place.

    For writers that take a file name rather than a stream (pyoxigraph serialises to a path
    without holding Python's lock, so a thread can write while Python works on).

    Raises
    ------
    OutputError
        When the folder or the file cannot be written.
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        os.close(handle)
        try:
            write(Path(temporary))
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise OutputError(
            f"cannot write {target}: {error.strerror or error}; choose an output folder you can write to"
        ) from error
    return target


def atomic_write_text(path: str | Path, text: str) -> Path:
    """Write ``text`` as UTF-8 with ``\\n`` line ends, atomically (see :func:`atomic_write`)."""
    data = text.encode("utf-8")
    return atomic_write(path, lambda stream: stream.write(data))
