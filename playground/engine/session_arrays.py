"""Reading the ``arrays.npz`` member of a session file without trusting it.

Only the names a session holds are read; every ``.npy`` header is parsed and checked
against what the settings allow *before* any array data is decompressed, so a small file
that declares gigabytes (a "zip bomb" or a damaged header) is refused in milliseconds and
without allocating.  Every failure is a :class:`SessionError`.
"""
from __future__ import annotations

import io
import tokenize
import zipfile
import zlib

import numpy as np

from .config import Config, MAX_SHAPED_VALUES
from .datasets import MAX_SAMPLES
from .errors import SessionError
from .network import MAX_PARAMETERS
from .optimizers import OPTIMIZERS

ARRAY_KINDS = "biuf"  # bool, integers, floats: nothing that could hold objects
MAX_TOTAL_BYTES = 256 << 20  # all arrays together, as declared by their headers
MAX_DATA_VALUES = max(MAX_SHAPED_VALUES, 16 * MAX_SAMPLES)
MAX_HISTORY_VALUES = 1 << 24
# Errors that the standard library raises on damaged zip, deflate or .npy header data.
DAMAGE = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError,
          NotImplementedError, UnicodeDecodeError, tokenize.TokenError, SyntaxError, OverflowError,
          MemoryError, TypeError, IndexError, KeyError)


def array_limits(config: Config) -> dict[str, int]:
    """Largest element count of each array a session of ``config`` may hold.

    The exact shapes depend on the built network and are checked when the state is
    restored; these bounds only keep a file from making the reader allocate more than
    the settings could ever need.
    """
    n = min(config.n_samples, MAX_SAMPLES)
    limits = {"theta": MAX_PARAMETERS, "initial_theta": MAX_PARAMETERS, "previous_theta": MAX_PARAMETERS,
              "order": n, "data_y": n, "data_x": MAX_DATA_VALUES,
              "step_history": MAX_HISTORY_VALUES, "eval_history": MAX_HISTORY_VALUES}
    optimizer = OPTIMIZERS.get(config.optimizer)
    for name in getattr(optimizer, "state_names", ()):
        limits[f"optimizer_{name}"] = MAX_PARAMETERS
    return limits


def read_arrays(blob: bytes, limits: dict[str, int]) -> dict[str, np.ndarray]:
    """The arrays of an ``.npz`` blob, every header checked before any data is read.

    Parameters
    ----------
    blob : bytes
        The ``arrays.npz`` member.
    limits : dict
        Allowed array name → largest element count (see :func:`array_limits`).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(blob)) as npz:
            infos = _checked_infos(npz, limits)
            headers = {name: _header(npz, info, limits[name]) for name, info in infos.items()}
            total = sum(int(np.prod(shape, dtype=object)) * dtype.itemsize for shape, dtype in headers.values())
            if total > MAX_TOTAL_BYTES:
                raise SessionError(code="member_too_large", name="arrays.npz", size=total, most=MAX_TOTAL_BYTES)
            return {name: _data(npz, info, headers[name]) for name, info in infos.items()}
    except SessionError:
        raise
    except DAMAGE as exc:
        raise SessionError(code="session_damaged", kind=type(exc).__name__, detail=str(exc)) from None


def _checked_infos(npz: zipfile.ZipFile, limits: dict[str, int]) -> dict[str, zipfile.ZipInfo]:
    infos = {}
    for info in npz.infolist():
        name = info.filename[:-4] if info.filename.endswith(".npy") else info.filename
        if name not in limits:
            raise SessionError(code="unexpected_array", name=info.filename[:60])
        if name in infos:
            raise SessionError(code="member_twice", name=info.filename)
        infos[name] = info
    return infos


def _header(npz: zipfile.ZipFile, info: zipfile.ZipInfo, most: int):
    """(shape, dtype) of one member, refused if its type or size is not plausible."""
    name = info.filename[:-4]
    with npz.open(info) as handle:
        version = np.lib.format.read_magic(handle)
        reader = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, fortran, dtype = reader(handle, max_header_size=10_000)
    if dtype.hasobject or dtype.kind not in ARRAY_KINDS or dtype.itemsize > 8:
        raise SessionError(code="array_type", name=name, dtype=str(dtype))
    count = int(np.prod(shape, dtype=object))
    if count > most:
        raise SessionError(code="array_too_many_values", name=name, count=count, most=most)
    if count * dtype.itemsize > info.file_size:
        raise SessionError(code="array_larger_than_file", name=name, shape=shape, size=info.file_size)
    return shape, dtype


def _data(npz: zipfile.ZipFile, info: zipfile.ZipInfo, header) -> np.ndarray:
    with npz.open(info) as handle:
        array = np.lib.format.read_array(handle, allow_pickle=False, max_header_size=10_000)
    if array.shape != header[0]:
        raise SessionError(code="array_truncated", name=info.filename[:-4])
    return array
