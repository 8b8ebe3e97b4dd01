"""The session loader under fire: mutated real files are refused with a SessionError, fast,
and every file that opens trains one update (issue 13)."""
import io
import json
import random
import resource
import time
import zipfile

import numpy as np
import pytest

from playground.engine import Config, Experiment, LayerConfig, SessionError
from playground.engine.session import read_session, save_session
from tests.engine.session_mutator import base_sessions, members_of, mutate, zip_of

CASES = 4000
MAX_SECONDS_PER_FILE = 2.0


@pytest.fixture(scope="module")
def bases(tmp_path_factory):
    return base_sessions(tmp_path_factory.mktemp("bases"))


def open_and_train(blob: bytes) -> bool:
    """True when the file opened, went to both ends of its timeline (unless that was dropped
    with a reason) and trained one update; False when refused politely."""
    try:
        session = read_session(blob)
        experiment = session.experiment()
    except SessionError:
        return False
    timeline, dropped = session.timeline(experiment)
    assert (timeline is None) == (dropped is not None) or "timeline" not in session.state
    if timeline is not None:
        timeline.seek(timeline.earliest)
        timeline.seek(timeline.latest)
        timeline.switch()
    experiment.trainer.step()
    return True


def test_mutated_sessions_are_refused_politely_or_train(bases):
    opened, slowest = 0, 0.0
    for case in range(CASES):
        rng = random.Random(case)
        blob = mutate(rng, rng.choice(bases))
        start = time.perf_counter()
        try:
            opened += open_and_train(blob)
        except Exception as exc:  # pragma: no cover - the failure report
            raise AssertionError(f"case {case}: {type(exc).__name__}: {exc}") from exc
        slowest = max(slowest, time.perf_counter() - start)
    assert slowest < MAX_SECONDS_PER_FILE
    assert 100 < opened < CASES  # both outcomes are exercised


def replace_member(blob: bytes, name: str, data: bytes) -> bytes:
    return zip_of([(n, data if n == name else d) for n, d in members_of(blob)])


def npz(**arrays) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def declared_array(shape, descr="<f8", payload=b"") -> bytes:
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": descr, "fortran_order": False, "shape": shape})
    return header.getvalue() + payload


def arrays_of(blob: bytes) -> dict:
    return dict(members_of(dict(members_of(blob))["arrays.npz"]))


def with_arrays(blob: bytes, members: list) -> bytes:
    return replace_member(blob, "arrays.npz", zip_of(members))


def test_a_file_declaring_67_million_points_is_refused_before_allocating(bases):
    members = list(arrays_of(bases[0]).items())
    members = [(n, declared_array((67_000_000, 2), payload=b"\0" * 4096) if n == "data_x.npy" else d)
               for n, d in members]
    # the member claims the size its header declares, as a real bomb does
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    blob = replace_member(bases[0], "arrays.npz", buffer.getvalue())
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    with pytest.raises(SessionError, match="declares"):
        read_session(blob)
    assert time.perf_counter() - start < 2
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 300_000  # KiB


@pytest.mark.parametrize("extra, message", [
    ([("big.npy", declared_array((10,)) + b"\0" * 80)], "unexpected member"),
    ([("theta.npy", declared_array((1,)) + b"\0" * 8)], "twice"),
])
def test_only_known_arrays_are_read_and_none_twice(bases, extra, message):
    members = list(arrays_of(bases[0]).items()) + extra
    with pytest.raises(SessionError, match=message):
        read_session(with_arrays(bases[0], members))


def test_the_outer_archive_may_not_hold_a_member_twice(bases):
    members = members_of(bases[0])
    with pytest.raises(SessionError, match="twice"):
        read_session(zip_of(members + [members[0]]))


def test_a_missing_data_array_is_a_session_error(bases):
    members = [(n, d) for n, d in arrays_of(bases[0]).items() if n != "data_x.npy"]
    with pytest.raises(SessionError, match="data_x"):
        read_session(with_arrays(bases[0], members))


def deflated(members) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_damaged_deflate_stream_is_a_session_error(bases):
    inner = bytearray(deflated(arrays_of(bases[1]).items()))
    start = 30 + len("theta.npy") + 4  # inside the first member's compressed data
    inner[start:start + 12] = bytes(b ^ 0x5A for b in inner[start:start + 12])
    with pytest.raises(SessionError, match="damaged"):
        read_session(replace_member(bases[1], "arrays.npz", bytes(inner)))


def test_an_unclosed_array_header_is_a_session_error(bases):
    header = b"{'descr': '<f8', 'fortran_order': False, 'shape': ("
    header += b" " * (-(len(header) + 11) % 64) + b"\n"
    bad = b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header + b"\0" * 64
    members = [(n, bad if n == "theta.npy" else d) for n, d in arrays_of(bases[1]).items()]
    with pytest.raises(SessionError, match="damaged"):
        read_session(with_arrays(bases[1], members))


def edit_json(blob: bytes, name: str, edit) -> bytes:
    value = json.loads(dict(members_of(blob))[name])
    edit(value)
    return replace_member(blob, name, json.dumps(value).encode())


@pytest.mark.parametrize("name, edit", [
    ("config.json", lambda c: c.update(output_init_scale=-1.0)),
    ("config.json", lambda c: c.update(bias_scale=1e9)),
    ("config.json", lambda c: c.update(learning_rate=10 ** 400)),
    ("state.json", lambda s: s.update(step_count=10 ** 400)),
    ("state.json", lambda s: s.update(epoch=-1)),
    ("state.json", lambda s: s["optimizer"].update(t=10 ** 400)),
    ("state.json", lambda s: s["shuffle_rng"]["state"].update(state=-5)),
    ("state.json", lambda s: s["shuffle_rng"]["state"].update(inc=10 ** 60)),
    ("state.json", lambda s: s["data"].update(n_classes=10 ** 12)),
])
def test_out_of_range_settings_and_counters_are_refused(bases, name, edit):
    with pytest.raises(SessionError):
        read_session(edit_json(bases[1], name, edit)).experiment()


def test_nan_in_a_config_value_is_refused(bases):
    text = dict(members_of(bases[0]))["config.json"].decode().replace('"noise": 0.0', '"noise": NaN')
    with pytest.raises(SessionError, match="not valid JSON"):
        read_session(replace_member(bases[0], "config.json", text.encode()))


def save_with(tmp_path, experiment, **arrays):
    experiment.trainer.step()
    path = str(tmp_path / "s.nnplay")
    save_session(path, experiment)
    with open(path, "rb") as handle:
        blob = handle.read()
    current = {n[:-4]: np.load(io.BytesIO(d)) for n, d in arrays_of(blob).items()}
    for name, change in arrays.items():
        current[name] = change(current[name].copy())
    return replace_member(blob, "arrays.npz", npz(**current))


def poke(value):
    def change(array):
        array.flat[0] = value
        return array
    return change


@pytest.mark.parametrize("arrays, message", [
    ({"data_x": poke(np.nan)}, "NaN"),
    ({"optimizer_v": poke(-1.0)}, "negative"),
    ({"theta": poke(1e308)}, "above"),
    ({"optimizer_m": poke(np.inf)}, "NaN or infinite"),
])
def test_values_no_run_can_hold_are_refused(tmp_path, arrays, message):
    experiment = Experiment(Config(optimizer="adam", n_samples=40, hidden=[LayerConfig(3)]))
    with pytest.raises(SessionError, match=message):
        read_session(save_with(tmp_path, experiment, **arrays))


def test_a_long_run_saved_opens_again(tmp_path):
    experiment = Experiment(Config(n_samples=40, hidden=[LayerConfig(3)], batch_size=1))
    for _ in range(20_000):
        experiment.trainer.step()
    save_session(str(tmp_path / "long.nnplay"), experiment)
    with open(tmp_path / "long.nnplay", "rb") as handle:
        assert open_and_train(handle.read())
