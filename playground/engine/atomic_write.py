"""Writing a file so that a crash never destroys the previous version.

The new content goes to a hidden temporary file in the same folder (named
``.saving-<pid>-<random><suffix>``), is flushed to disk, takes the mode of the file it
replaces, and then ``os.replace``-s it.  A process killed mid-write leaves its temporary
behind; the next save in that folder (or :func:`remove_stale_temporaries` at start-up)
removes every temporary whose writing process is gone.
"""
from __future__ import annotations

import os
import re
import stat
import tempfile
import time
import zipfile

from .errors import SessionError

PREFIX = ".saving-"
_OWNER = re.compile(r"^\.saving-(\d+)-")
OLD_TEMPORARY_SECONDS = 3600  # a temporary without an owner id, from an older version


def write_zip_atomically(path: str, members: dict[str, bytes], suffix: str) -> None:
    """Write ``members`` as a deflated zip archive at ``path``, atomically."""
    folder = os.path.dirname(os.path.abspath(path))
    remove_stale_temporaries(folder)
    try:
        handle = tempfile.NamedTemporaryFile(dir=folder, prefix=f"{PREFIX}{os.getpid()}-", suffix=suffix,
                                             delete=False)
    except OSError as exc:
        raise SessionError(code="cannot_write_folder", folder=str(folder), reason=str(exc.strerror or exc)) from None
    try:
        with handle:
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
                for name, data in members.items():
                    archive.writestr(name, data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, _mode_for(path))
        os.replace(handle.name, path)
    except BaseException as exc:
        _remove(handle.name)
        if isinstance(exc, OSError):
            raise SessionError(code="cannot_save", path=str(path), reason=str(exc.strerror or exc)) from None
        raise


def _mode_for(path: str) -> int:
    """The mode the saved file gets: the old file's, else what a plain ``open`` would give
    (0666 less the umask).  ``tempfile`` makes 0600 files, which would otherwise turn a
    shared 0644 session private at its first save."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def remove_stale_temporaries(folder: str) -> int:
    """Remove temporaries left by saves that were killed; returns how many were removed.

    A temporary is stale when the process named in it no longer runs (a running one may
    be saving right now), or, for a name without a process id, when it is over an hour old.
    """
    removed = 0
    try:
        names = [n for n in os.listdir(folder) if n.startswith(PREFIX)]
    except OSError:
        return 0
    for name in names:
        path = os.path.join(folder, name)
        if _is_stale(name, path):
            removed += _remove(path)
    return removed


def _is_stale(name: str, path: str) -> bool:
    owner = _OWNER.match(name)
    if owner:
        return int(owner.group(1)) != os.getpid() and not _running(int(owner.group(1)))
    try:
        return time.time() - os.path.getmtime(path) > OLD_TEMPORARY_SECONDS
    except OSError:
        return False


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process, or a name we cannot judge: leave it
    return True


def _remove(path: str) -> bool:
    try:
        os.unlink(path)
        return True
    except OSError:
        return False
