"""A seeded mutator of session files, shared by the loader fuzz test and
``scripts/fuzz_sessions.py``.

Each mutation starts from a real saved session and damages one thing the way a broken
disk, a truncated download or a hostile file would: raw bytes, JSON values (huge, negative,
NaN, wrong types), ``.npy`` headers, member names, duplicate members, giant declared arrays.
"""
from __future__ import annotations

import io
import json
import random
import zipfile

import numpy as np

from playground.engine import Config, Experiment, LayerConfig
from playground.engine.session import save_session
from playground.engine.timeline import Timeline

HUGE_VALUES = (10 ** 400, -1, -(10 ** 30), 2 ** 63, 2 ** 64 + 5, 1e308, -1e308, 0, 0.0, -0.5, True, None,
               "x", [], {}, 1e-320, 10 ** 19)
JSON_SPECIALS = ("NaN", "Infinity", "-Infinity", "1" + "0" * 400, "-1", "1e999")


def base_sessions(folder) -> list[bytes]:
    """A few real sessions (plane/SGD, spiral/Adam, regression/momentum, tiny image net)."""
    configs = [Config(n_samples=40, hidden=[LayerConfig(3)]),
               Config(dataset="spiral3", n_samples=60, optimizer="adam", hidden=[LayerConfig(4, "relu")]),
               Config(dataset="reg_plane", loss="mse", n_samples=40, optimizer="momentum", batch_size=0,
                      hidden=[LayerConfig(3)])]
    blobs = []
    for i, config in enumerate(configs):
        exp = Experiment(config)
        timeline = Timeline(exp, every=2)  # with checkpoints, a logged change and a branch
        for _ in range(5):
            exp.trainer.step()
            timeline.trained()
        timeline.change("set_hyperparameters", learning_rate=0.02)
        timeline.seek(2)
        timeline.continue_here()
        exp.trainer.step()
        exp.trainer.evaluate()
        path = f"{folder}/base{i}.nnplay"
        save_session(path, exp, timeline=timeline)
        with open(path, "rb") as handle:
            blobs.append(handle.read())
    return blobs


def members_of(blob: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def zip_of(members: list[tuple[str, bytes]], method=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members:
            with _quiet():
                archive.writestr(name, data)
    return buffer.getvalue()


class _quiet:
    """Silence zipfile's "Duplicate name" warning while building a bad file on purpose."""

    def __enter__(self):
        import warnings
        self._catch = warnings.catch_warnings()
        self._catch.__enter__()
        warnings.simplefilter("ignore")

    def __exit__(self, *exc):
        self._catch.__exit__(*exc)


# -- mutations ------------------------------------------------------------------------------
def flip_bytes(rng: random.Random, blob: bytes) -> bytes:
    data = bytearray(blob)
    for _ in range(rng.randint(1, 8)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def truncate(rng: random.Random, blob: bytes) -> bytes:
    return blob[:rng.randrange(len(blob))]


def _json_paths(value, prefix=()):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _json_paths(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _json_paths(item, prefix + (index,))
    yield prefix


def _set_path(root, path, value):
    if not path:
        return value
    target = root
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return root


def json_value(rng: random.Random, blob: bytes) -> bytes:
    """One JSON value (config, state, manifest) replaced by a huge/negative/NaN/odd value."""
    members = members_of(blob)
    index = rng.choice([i for i, (n, _) in enumerate(members) if n.endswith(".json")])
    name, data = members[index]
    value = json.loads(data)
    path = rng.choice(list(_json_paths(value)))
    marker = "__MUTANT__"
    if rng.random() < 0.4:
        text = json.dumps(_set_path(value, path, marker)).replace(f'"{marker}"', rng.choice(JSON_SPECIALS))
    else:
        text = json.dumps(_set_path(value, path, rng.choice(HUGE_VALUES)))
    members[index] = (name, text.encode())
    return zip_of(members)


def _npz_members(blob: bytes):
    members = members_of(blob)
    index = [n for n, _ in members].index("arrays.npz")
    return members, index, members_of(members[index][1])


def _with_npz(members, index, arrays) -> bytes:
    members[index] = ("arrays.npz", zip_of(arrays, zipfile.ZIP_STORED))
    return zip_of(members)


def npy_header(rng: random.Random, blob: bytes) -> bytes:
    """A ``.npy`` header rewritten: huge shape, open dict, wrong dtype, garbage."""
    members, index, arrays = _npz_members(blob)
    k = rng.randrange(len(arrays))
    name, data = arrays[k]
    headers = ["{'descr': '<f8', 'fortran_order': False, 'shape': (67000000, 2), }",
               "{'descr': '<f8', 'fortran_order': False, 'shape': (", "{'descr': '|O', 'fortran_order': False, "
               "'shape': (3,), }", "{'descr': '<f8', 'fortran_order': True, 'shape': (-1,), }",
               "{'descr': '<c16', 'fortran_order': False, 'shape': (2,), }", "[1, 2, 3]",
               "{'descr': '<f8', 'fortran_order': False, 'shape': (10**400,), }", "((((((((((((",
               "{'descr': '<i8', 'fortran_order': False, 'shape': (4294967296, 4294967296), }"]
    header = rng.choice(headers).encode()
    header += b" " * (-(len(header) + 11) % 64) + b"\n"
    payload = data[10 + int.from_bytes(data[8:10], "little"):] if rng.random() < 0.7 else b""
    arrays[k] = (name, b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header + payload)
    return _with_npz(members, index, arrays)


def array_values(rng: random.Random, blob: bytes) -> bytes:
    """Array contents replaced by NaN, inf, 1e308, negatives, or another shape/dtype."""
    members, index, arrays = _npz_members(blob)
    k = rng.randrange(len(arrays))
    name, data = arrays[k]
    array = np.lib.format.read_array(io.BytesIO(data))
    choice = rng.randrange(6)
    if choice < 4 and array.size and array.dtype.kind == "f":
        array = array.copy()
        array.flat[rng.randrange(array.size)] = (np.nan, np.inf, 1e308, -1.0)[choice]
    elif choice == 4:
        array = array.ravel()[: max(0, array.size - 1)]
    elif array.dtype.kind in "if":
        array = -np.abs(array)
    else:
        array = array.astype(np.float32)
    buffer = io.BytesIO()
    np.lib.format.write_array(buffer, array, allow_pickle=False)
    arrays[k] = (name, buffer.getvalue())
    return _with_npz(members, index, arrays)


def member_names(rng: random.Random, blob: bytes) -> bytes:
    """Members renamed, dropped, duplicated or added (outer zip or inside arrays.npz)."""
    inner = rng.random() < 0.6
    members, index, arrays = _npz_members(blob)
    target = arrays if inner else members
    k = rng.randrange(len(target))
    action = rng.randrange(4)
    if action == 0:
        target[k] = ("renamed" + target[k][0], target[k][1])
    elif action == 1:
        del target[k]
    elif action == 2:
        target.append(target[k])
    else:
        big = np.zeros(rng.choice((10, 1 << 20)), dtype=np.uint8)
        buffer = io.BytesIO()
        np.lib.format.write_array(buffer, big)
        target.append(("extra.npy", buffer.getvalue()))
    return _with_npz(members, index, arrays) if inner else zip_of(members)


MUTATIONS = (flip_bytes, truncate, json_value, json_value, npy_header, array_values, array_values, member_names)


def mutate(rng: random.Random, blob: bytes) -> bytes:
    """One to two mutations of ``blob``, chosen by ``rng``."""
    for _ in range(1 if rng.random() < 0.8 else 2):
        try:
            blob = rng.choice(MUTATIONS)(rng, blob)
        except Exception:  # an earlier mutation made this one impossible: damage bytes instead
            blob = flip_bytes(rng, blob)
    return blob
