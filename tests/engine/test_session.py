"""Session files: exact resume, atomic save, and a loader that refuses bad files politely."""
import io
import json
import os
import zipfile

import numpy as np
import pytest

from playground.engine import Config, Experiment, LayerConfig, SessionError
from playground.engine import session as session_module
from playground.engine.datasets import Dataset
from playground.engine.optimizers import OPTIMIZERS
from playground.engine.session import load_session, read_session, save_session


def trained(config: Config, updates: int, data=None) -> Experiment:
    exp = Experiment(config, data)
    for _ in range(updates):
        exp.trainer.step()
    return exp


def resume(path, updates: int) -> Experiment:
    exp = load_session(str(path)).experiment()
    for _ in range(updates):
        exp.trainer.step()
    return exp


@pytest.mark.parametrize("optimizer", sorted(OPTIMIZERS))
@pytest.mark.parametrize("batch_size", [0, 1, 7])
def test_save_open_continue_is_bit_identical(tmp_path, optimizer, batch_size):
    config = Config(optimizer=optimizer, batch_size=batch_size, n_samples=60, hidden=[LayerConfig(3)],
                    regularizer="l2", regularization_rate=1e-3)
    straight = trained(config.copy(), 200)
    save_session(str(tmp_path / "s.nnplay"), trained(config.copy(), 100))
    resumed = resume(tmp_path / "s.nnplay", 100)
    assert np.array_equal(resumed.network.theta, straight.network.theta)
    assert np.array_equal(resumed.trainer.step_history.view(), straight.trainer.step_history.view())
    assert (resumed.trainer.step_count, resumed.trainer.epoch) == (straight.trainer.step_count, straight.trainer.epoch)


def test_a_round_trip_keeps_settings_data_history_and_views(tmp_path):
    config = Config(dataset="spiral3", hidden=[LayerConfig(5, "relu", init="he_normal", init_scale=2.0)],
                    optimizer="adam", learning_rate=0.02, hyper={"beta1": 0.8}, seed=7, data_seed=3)
    exp = trained(config, 30)
    exp.trainer.evaluate()
    save_session(str(tmp_path / "s.nnplay"), exp, views={"heatmap_mode": "since_init"})
    session = load_session(str(tmp_path / "s.nnplay"))
    assert session.config == exp.config and session.views == {"heatmap_mode": "since_init"}
    again = session.experiment()
    assert np.array_equal(again.data.x, exp.data.x) and np.array_equal(again.data.y, exp.data.y)
    assert np.array_equal(again.initial_theta, exp.initial_theta)
    assert np.array_equal(again.trainer.eval_history.view(), exp.trainer.eval_history.view())
    assert session.manifest["format"] == "neural-playground-session" and session.warning() == ""


def test_imported_csv_data_travels_with_the_session(tmp_path):
    rng = np.random.default_rng(0)
    data = Dataset(rng.normal(size=(40, 3)), rng.integers(0, 2, 40), "classification", 2, ("p", "q", "r"))
    exp = trained(Config(dataset="csv", n_samples=40), 5, data)
    save_session(str(tmp_path / "s.nnplay"), exp)
    again = load_session(str(tmp_path / "s.nnplay")).experiment()
    assert again.data.feature_names == ("p", "q", "r") and np.array_equal(again.data.x, data.x)
    assert np.array_equal(again.network.theta, exp.network.theta)


def test_nan_weights_are_refused_since_they_cannot_train(tmp_path):
    # the trainer never keeps NaN weights (it restores the last finite ones), so such a
    # file was damaged: opening it would only stop at the first update (issue 13)
    exp = Experiment(Config())
    exp.network.theta[0] = np.nan
    save_session(str(tmp_path / "s.nnplay"), exp)
    with pytest.raises(SessionError, match="NaN"):
        load_session(str(tmp_path / "s.nnplay"))


# -- atomic save ----------------------------------------------------------------------------
@pytest.mark.parametrize("stage", ["writestr", "fsync", "replace"])
def test_a_save_interrupted_at_any_stage_leaves_the_old_file(tmp_path, monkeypatch, stage):
    path = tmp_path / "s.nnplay"
    save_session(str(path), trained(Config(), 10))
    before = path.read_bytes()

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")
    target = {"writestr": (zipfile.ZipFile, "writestr"), "fsync": (os, "fsync"), "replace": (os, "replace")}[stage]
    monkeypatch.setattr(*target, fail)
    with pytest.raises(SessionError, match="No space left"):
        save_session(str(path), trained(Config(), 50))
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert load_session(str(path)).experiment().trainer.step_count == 10
    assert [p.name for p in tmp_path.iterdir()] == ["s.nnplay"]  # no temporary file left behind


def test_saving_into_a_missing_folder_says_so(tmp_path):
    with pytest.raises(SessionError, match="cannot write"):
        save_session(str(tmp_path / "no" / "s.nnplay"), Experiment(Config()))


# -- validation -----------------------------------------------------------------------------
@pytest.fixture
def members(tmp_path):
    save_session(str(tmp_path / "s.nnplay"), trained(Config(optimizer="momentum"), 5))
    with zipfile.ZipFile(tmp_path / "s.nnplay") as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def pack(members: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def with_json(members, name, change) -> bytes:
    value = json.loads(members[name])
    change(value)
    return pack({**members, name: json.dumps(value).encode()})


def with_arrays(members, **changes) -> bytes:
    arrays = dict(np.load(io.BytesIO(members["arrays.npz"])))
    arrays.update(changes)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return pack({**members, "arrays.npz": buffer.getvalue()})


def open_blob(blob: bytes):
    return read_session(blob).experiment()


@pytest.mark.parametrize("make, message", [
    (lambda m: b"hello, not a zip", "not a zip"),
    (lambda m: pack({k: v for k, v in m.items() if k != "state.json"}), "missing state.json"),
    (lambda m: pack({**m, "evil.py": b"import os"}), "unexpected evil.py"),
    (lambda m: pack({**m, "config.json": b"{not json"}), "config.json is not valid JSON"),
    (lambda m: with_json(m, "config.json", lambda c: c.update(optimizer="magic")), "unknown optimizer 'magic'"),
    (lambda m: with_json(m, "config.json", lambda c: c["hidden"][0].update(activation="swish")), "swish"),
    (lambda m: with_json(m, "manifest.json", lambda c: c.update(format_version=99)), "newer version"),
    (lambda m: with_json(m, "manifest.json", lambda c: c.update(format="other")), "unknown format"),
    (lambda m: with_json(m, "state.json", lambda c: c.update(cursor="x")), "'cursor'"),
    (lambda m: with_arrays(m, theta=np.zeros(3)), "'theta' has shape (3,)"),
    (lambda m: with_arrays(m, theta=np.array(["a", "b"])), "type <U1"),
    (lambda m: with_arrays(m, order=np.zeros(250, int)), "not a permutation"),
])
def test_bad_files_are_refused_with_a_reason(members, make, message):
    with pytest.raises(SessionError) as info:
        open_blob(make(members))
    assert message in str(info.value)


def test_object_arrays_are_never_unpickled(members):
    buffer = io.BytesIO()
    np.savez(buffer, theta=np.array([{"a": 1}], dtype=object))
    blob = pack({**members, "arrays.npz": buffer.getvalue()})
    with pytest.raises(SessionError, match="type object"):
        read_session(blob)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(members, monkeypatch):
    bomb = pack({**members, "config.json": b"{" + b" " * 5_000_000 + b"}"})
    with pytest.raises(SessionError, match="refusing"):
        read_session(bomb)


def test_an_absurd_declared_array_shape_is_refused(members):
    arrays = io.BytesIO()
    with zipfile.ZipFile(arrays, "w") as npz:
        header = io.BytesIO()
        np.lib.format.write_array_header_1_0(header, {"descr": "<f8", "fortran_order": False,
                                                      "shape": (10**12,)})
        npz.writestr("theta.npy", header.getvalue() + b"\0" * 64)
    with pytest.raises(SessionError, match="declares"):
        read_session(pack({**members, "arrays.npz": arrays.getvalue()}))


def test_an_older_format_is_migrated_step_by_step(members, monkeypatch):
    current = session_module.FORMAT_VERSION
    monkeypatch.setattr(session_module, "FORMAT_VERSION", current + 1)

    def upgrade(manifest, config, state):
        state["views"] = {"migrated": True}
        return manifest, config, state
    monkeypatch.setattr(session_module, "MIGRATIONS", {**session_module.MIGRATIONS, current: upgrade})
    session = read_session(pack(members))
    assert session.views == {"migrated": True} and session.manifest["format_version"] == current + 1


def test_a_version_1_file_without_the_layer_and_sequence_settings_opens_as_it_was(members):
    def as_version_1(members):
        manifest, config = json.loads(members["manifest.json"]), json.loads(members["config.json"])
        manifest["format_version"] = 1
        for key in ("sequence_length", "frequency", "delay"):
            del config[key]
        for layer in config["hidden"]:
            for key in ("kernel", "stride", "padding", "return_sequences", "bptt"):
                del layer[key]
        return pack({**members, "manifest.json": json.dumps(manifest).encode(),
                     "config.json": json.dumps(config).encode()})
    old, new = read_session(as_version_1(members)), read_session(pack(members))
    assert old.config == new.config and old.manifest["format_version"] == 2
    assert np.array_equal(old.experiment().network.theta, new.experiment().network.theta)


# -- fuzzing --------------------------------------------------------------------------------
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

FUZZ = settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])
JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=6)


def refuses_politely(blob: bytes) -> None:
    """Either a session that builds, or a SessionError: never any other exception."""
    try:
        read_session(blob).experiment()
    except SessionError as exc:
        assert str(exc)


@FUZZ
@given(st.binary(max_size=2000))
def test_fuzz_random_bytes(blob):
    refuses_politely(blob)


@FUZZ
@given(st.data())
def test_fuzz_truncated_and_flipped_files(members, data):
    blob = bytearray(pack(members))
    cut = data.draw(st.integers(0, len(blob)))
    flips = data.draw(st.lists(st.tuples(st.integers(0, max(cut - 1, 0)), st.integers(0, 255)), max_size=4))
    blob = blob[:cut]
    for position, value in flips:
        if position < len(blob):
            blob[position] = value
    refuses_politely(bytes(blob))


@FUZZ
@given(st.sampled_from(["manifest.json", "config.json", "state.json"]), st.data())
def test_fuzz_mutated_json_values(members, name, data):
    value = json.loads(members[name])
    keys = sorted(value)
    key = data.draw(st.sampled_from(keys + ["unknown"]))
    value[key] = data.draw(JSON_VALUES)
    refuses_politely(pack({**members, name: json.dumps(value).encode()}))


ARRAY_DTYPES = st.sampled_from(["f8", "f4", "i8", "i1", "u2", "?", "c16", "U3", "S2", "M8[s]"])


@FUZZ
@given(st.data())
def test_fuzz_wrong_array_types_and_shapes(members, data):
    names = sorted(np.load(io.BytesIO(members["arrays.npz"])).files)
    name = data.draw(st.sampled_from(names))
    shape = data.draw(st.lists(st.integers(0, 5), max_size=3).map(tuple))
    array = np.zeros(shape, dtype=data.draw(ARRAY_DTYPES))
    refuses_politely(with_arrays(members, **{name: array}))


@pytest.fixture(scope="module")
def shaped_members(tmp_path_factory):
    """The members of a small CNN session and of a small stacked-RNN session."""
    configs = {"cnn": Config(dataset="bars", n_samples=40, hidden=[LayerConfig.conv(2), LayerConfig.pool(2)]),
               "rnn": Config(dataset="echo", n_samples=40, sequence_length=6, optimizer="adam",
                             hidden=[LayerConfig.rnn(3, return_sequences=True), LayerConfig.rnn(2)])}
    members = {}
    for name, config in configs.items():
        path = tmp_path_factory.mktemp(name) / "s.nnplay"
        save_session(str(path), trained(config, 3))
        with zipfile.ZipFile(path) as archive:
            members[name] = {member: archive.read(member) for member in archive.namelist()}
    return members


@FUZZ
@given(st.sampled_from(["cnn", "rnn"]), st.data())
def test_fuzz_cnn_and_rnn_layer_settings_and_data_shapes(shaped_members, which, data):
    members = shaped_members[which]
    config = json.loads(members["config.json"])
    layer = data.draw(st.sampled_from(config["hidden"]))
    layer[data.draw(st.sampled_from(sorted(layer)))] = data.draw(
        JSON_VALUES | st.integers(-2, 40) | st.sampled_from(["dense", "conv2d", "maxpool2d", "flatten", "simple_rnn"]))
    refuses_politely(pack({**members, "config.json": json.dumps(config).encode()}))
    shape = data.draw(st.lists(st.integers(0, 9), min_size=1, max_size=5).map(tuple))
    refuses_politely(with_arrays(members, data_x=np.zeros(shape)))


def test_data_of_another_shape_than_the_data_set_holds_is_refused(members):
    as_sequences = read_session(with_arrays(members, data_x=np.load(io.BytesIO(members["arrays.npz"]))["data_x"]
                                            .reshape(-1, 1, 2)))
    with pytest.raises(SessionError, match=r"shape \(500, 1, 2\), but the 'circle' data set holds points \(n, 2\)"):
        as_sequences.experiment()
    called_echo = read_session(with_json(members, "config.json", lambda c: c.update(dataset="echo")))
    with pytest.raises(SessionError, match=r"the 'echo' data set holds sequences"):
        called_echo.experiment()
