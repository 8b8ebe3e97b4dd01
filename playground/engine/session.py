"""Session files (``.nnplay``): everything needed to continue a session exactly.

A zip archive with exactly four members (format documented in ``docs/session-format.md``):

- ``manifest.json``: format name and version, app version, created/modified times;
- ``config.json``: the :class:`Config` (registry names only, never objects);
- ``state.json``: counters, the shuffling generator's state, the optimizer's name and step,
  the data set's description, and the GUI's view choices;
- ``arrays.npz``: parameters, optimizer moments, sample order, histories and the data,
  read with ``allow_pickle=False``.

Reading never trusts the file: sizes are checked before anything is decompressed, every
array header before its data is read, and every failure becomes a :class:`SessionError`
whose message a user can act on.  Writing goes to a temporary file in the same folder that
replaces the old one only when complete and flushed to disk.
"""
from __future__ import annotations

import io
import shlex
import json
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np

from .. import __version__
from .atomic_write import remove_stale_temporaries, write_zip_atomically  # noqa: F401 (for the GUI)
from .config import Config
from .errors import ConfigError, SessionError
from .experiment import Experiment
from .scenario import Scenario
from .session_arrays import DAMAGE, array_limits, read_arrays
from .timeline import Timeline
from .timeline_file import PREFIX as TIMELINE, capture_timeline, restore_timeline, timeline_limits
from .training_state import capture, check_values, dataset_from, restore

EXTENSION = ".nnplay"
FORMAT_NAME = "neural-playground-session"
FORMAT_VERSION = 2
MEMBERS = ("manifest.json", "config.json", "state.json", "arrays.npz")
MAX_JSON_BYTES = 1 << 20
MAX_ARRAYS_BYTES = 1 << 30  # uncompressed; a 784-128-10 network with a long history is ~50 MB
MAX_COMPRESSION_RATIO = 1000
# Older format versions are upgraded one step at a time: MIGRATIONS[v] turns the members
# (manifest, config, state) of version v into those of version v + 1.  The arrays are read
# after migration, because the migrated settings bound their sizes.


def _v1_to_v2(manifest: dict, config: dict, state: dict):
    """Version 2 added convolutional and recurrent layers (kernel, stride, padding,
    return_sequences, bptt) and image and sequence data (sequence_length, frequency, delay).
    A version-1 file holds dense layers on points, which those settings' defaults describe,
    so nothing changes but the version number."""
    return manifest, config, state


MIGRATIONS: dict = {1: _v1_to_v2}


@dataclass
class Session:
    """A session read from a file: the settings, the data, the training state, view choices."""

    config: Config
    state: dict
    arrays: dict
    views: dict = field(default_factory=dict)
    manifest: dict = field(default_factory=dict)
    scenario: Scenario | None = None  # what a scenario file adds: its text, hidden and locked settings
    timeline_arrays: dict = field(default_factory=dict)  # the saved timeline's arrays, if any

    def experiment(self) -> Experiment:
        """Build the experiment and put the saved state into it; any mismatch between the
        settings and the arrays is a :class:`SessionError`."""
        data = dataset_from(self.state, self.arrays)
        kind = self.config.data_kind
        expected = {"image": "images (n, channels, height, width)", "sequence": "sequences (n, time, features)",
                    "plane": "points (n, 2)", "csv": "rows (n, columns)"}[kind]
        if data.x.ndim != {"image": 4, "sequence": 3}.get(kind, 2) or (kind == "plane" and data.x.shape[1] != 2):
            raise SessionError(code="saved_data_shape", shape=data.x.shape, dataset=self.config.dataset, expected=expected)
        try:
            experiment = Experiment(self.config.copy(), data)
        except ConfigError as exc:
            raise SessionError(code="settings_unbuildable", reason=str(exc), cause=exc) from None
        restore(experiment, self.state, self.arrays)
        return experiment

    def timeline(self, experiment: Experiment) -> tuple[Timeline | None, SessionError | None]:
        """The saved timeline of ``experiment`` (built by :meth:`experiment`), or None when the
        file has none; a timeline that does not fit is dropped, with the reason as the error."""
        if "timeline" not in self.state:
            return None, None
        try:
            return restore_timeline(experiment, self.state["timeline"], self.timeline_arrays), None
        except SessionError as exc:
            return None, exc

    def warning(self) -> str:
        """A warning to show after opening (the session still opens), or ""."""
        if not all(np.all(np.isfinite(self.arrays[k])) for k in ("theta", "initial_theta") if k in self.arrays):
            return "Some saved weights are NaN or infinite: training will stop at once. Reset to start afresh."
        return ""


# -- writing --------------------------------------------------------------------------------
def save_session(path: str, experiment: Experiment, views: dict | None = None, created: str | None = None,
                 scenario: Scenario | None = None, timeline: Timeline | None = None) -> None:
    """Write ``experiment`` to ``path`` atomically (the old file survives any failure);
    with ``scenario``, as a scenario file; with ``timeline``, its checkpoints and branches too."""
    state, arrays = capture(experiment)
    saved = capture_timeline(timeline) if timeline is not None else None
    if saved is not None:
        state["timeline"], timeline_arrays = saved
        arrays.update(timeline_arrays)
    state["views"] = views or {}
    if scenario is not None:
        state["scenario"] = scenario.to_dict()
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    manifest = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "app_version": __version__,
                "created": created or now, "modified": now}
    state_bytes = _json_bytes(state)
    if len(state_bytes) > MAX_JSON_BYTES and "timeline" in state:  # thousands of logged changes: the file must open
        del state["timeline"]
        state_bytes, arrays = _json_bytes(state), {k: v for k, v in arrays.items() if not k.startswith(TIMELINE)}
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    members = {"manifest.json": _json_bytes(manifest), "config.json": _json_bytes(experiment.config.to_dict()),
               "state.json": state_bytes, "arrays.npz": buffer.getvalue()}
    write_zip_atomically(path, members, EXTENSION)


def _json_bytes(value) -> bytes:
    return json.dumps(value, indent=1, allow_nan=False).encode()


# -- reading --------------------------------------------------------------------------------
def load_session(path: str, dense_only: bool = False) -> Session:
    """Read and check a session file; raises :class:`SessionError` with a reason.
    ``dense_only`` refuses a network for images or sequences (for a viewer that draws
    dense networks on points only), naming the commands that handle it."""
    try:
        with open(path, "rb") as handle:
            blob = handle.read(MAX_ARRAYS_BYTES + MAX_JSON_BYTES * 3 + 1)
    except OSError as exc:
        raise SessionError(code="cannot_read", file=str(path), reason=str(exc.strerror or exc)) from None
    session = read_session(blob)
    if dense_only and session.config.shaped:
        raise SessionError(code="shaped_session", path=shlex.quote(str(path)))
    return session


def read_session(blob: bytes) -> Session:
    """Check and read a session file's bytes; every problem is a :class:`SessionError`.

    The JSON members come first, so the settings bound the size of every array before any
    array data is decompressed (see :mod:`session_arrays`)."""
    try:
        archive = _open_archive(blob)
        manifest, config_data, state = (_parse_json(name, archive.read(name)) for name in MEMBERS[:3])
        manifest, config_data, state = _migrate(manifest, config_data, state)
        config = _config_from(config_data)
        arrays = read_arrays(archive.read("arrays.npz"), {**array_limits(config), **timeline_limits(config)})
    except SessionError:
        raise
    except DAMAGE as exc:
        raise SessionError(code="session_damaged", kind=type(exc).__name__, detail=str(exc)) from None
    timeline_arrays = {name: arrays.pop(name) for name in list(arrays) if name.startswith(TIMELINE)}
    check_values(state, arrays)  # the timeline's are checked when it is restored (and dropped if wrong)
    views = state.get("views", {})
    scenario = Scenario.from_dict(state["scenario"]) if "scenario" in state else None
    return Session(config, state, arrays, views if isinstance(views, dict) else {}, manifest, scenario,
                   timeline_arrays)


def _config_from(data: dict) -> Config:
    try:
        config = Config.from_dict(data)
        config.validate()
    except ConfigError as exc:
        raise SessionError(code="settings_invalid", reason=str(exc), cause=exc) from None
    return config


def _open_archive(blob: bytes) -> zipfile.ZipFile:
    """The outer zip, with exactly the four members (no more, none twice), sizes checked."""
    if not zipfile.is_zipfile(io.BytesIO(blob)):
        raise SessionError(code="not_a_session")
    archive = zipfile.ZipFile(io.BytesIO(blob))
    names = [info.filename for info in archive.infolist()]
    missing, extra = set(MEMBERS) - set(names), set(names) - set(MEMBERS)
    if missing or extra:
        raise SessionError(code="wrong_members", missing=", ".join(sorted(missing)) or "-",
                           unexpected=", ".join(sorted(extra)[:8]) + (" …" if len(extra) > 8 else "") or "-")
    if len(names) != len(MEMBERS):
        raise SessionError(code="member_twice", name=next(n for n in names if names.count(n) > 1))
    for info in archive.infolist():
        _check_size(info.filename, info, MAX_ARRAYS_BYTES if info.filename.endswith(".npz") else MAX_JSON_BYTES)
    return archive


def _check_size(name: str, info: zipfile.ZipInfo, limit: int) -> None:
    """Refuse a member whose declared size is absurd before decompressing anything."""
    if info.file_size > limit:
        raise SessionError(code="member_too_large", name=name, size=info.file_size, most=limit)
    if info.compress_size and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO:
        raise SessionError(code="member_compressed", name=name, ratio=info.file_size // info.compress_size)


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def _parse_json(name: str, data: bytes) -> dict:
    try:
        value = json.loads(data.decode("utf-8"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise SessionError(code="not_json", name=name, detail=str(exc)) from None
    if not isinstance(value, dict):
        raise SessionError(code="not_an_object", what=name)
    return value


def _migrate(manifest: dict, config: dict, state: dict):
    if manifest.get("format") != FORMAT_NAME:
        raise SessionError(code="unknown_format")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SessionError(code="bad_format_version", version=repr(version)[:40])
    if version > FORMAT_VERSION:
        raise SessionError(code="newer_session", version=version, supported=FORMAT_VERSION)
    while version < FORMAT_VERSION:
        manifest, config, state = MIGRATIONS[version](manifest, config, state)
        version += 1
        manifest["format_version"] = version
    return manifest, config, state
