"""The timeline saved with the session (issue 16): after opening, going back to an earlier
update gives the weights the original run had there, bit for bit, and branches survive."""
import io
import json
import zipfile

import numpy as np
import pytest

from playground.engine import Config, Experiment, LayerConfig, SessionError
from playground.engine.session import load_session, save_session
from playground.engine.timeline import Timeline
from playground.engine.timeline_file import PREFIX
from tests.engine.test_session_fuzz import edit_json
from tests.engine.test_timeline import SMALL, assert_same, state, train


def reopened(tmp_path, experiment, timeline, name="run.nnplay"):
    path = str(tmp_path / name)
    save_session(path, experiment, timeline=timeline)
    session = load_session(path)
    fresh = session.experiment()
    restored, dropped = session.timeline(fresh)
    assert dropped is None
    return fresh, restored


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_after_opening_going_back_gives_the_original_weights_bit_for_bit(tmp_path, optimizer):
    experiment = Experiment(Config(optimizer=optimizer, batch_size=10, **SMALL))
    timeline = Timeline(experiment, every=20)
    seen = train(experiment, timeline, 90)
    timeline.change("set_hyperparameters", learning_rate=0.05)
    timeline.change("edit_weight", 0, "W", (0, 1), np.float64(0.5))
    seen.update(train(experiment, timeline, 70))
    fresh, restored = reopened(tmp_path, experiment, timeline)
    assert [c.step for c in restored.checkpoints] == [c.step for c in timeline.checkpoints]
    for step in (3, 20, 77, 91, 159):
        assert restored.seek(step) == step
        assert_same(state(fresh), seen[step])
        assert fresh.config.learning_rate == (0.05 if step >= 90 else Config().learning_rate)
    restored.seek(160)
    assert_same(state(fresh), state(experiment))


def test_branches_and_a_look_back_survive_the_round_trip(tmp_path):
    experiment = Experiment(Config(optimizer="adam", **SMALL))
    timeline = Timeline(experiment, every=20)
    train(experiment, timeline, 100)
    first = state(experiment)
    timeline.seek(40)
    timeline.continue_here()
    train(experiment, timeline, 30)
    second = state(experiment)
    timeline.seek(55)  # saved while looking back: the latest state waits in the file too
    fresh, restored = reopened(tmp_path, experiment, timeline)
    assert fresh.trainer.step_count == 55 and restored.info().looking_back and restored.info().can_switch
    assert np.array_equal(restored.branch_rows(), timeline.branch_rows())
    restored.seek(70)
    assert_same(state(fresh), second)
    assert restored.switch() and restored.other.fork == 40
    assert_same(state(fresh), first)


def test_a_session_without_a_timeline_still_opens(tmp_path):
    experiment = Experiment(Config(**SMALL))
    experiment.trainer.step()
    save_session(str(tmp_path / "old.nnplay"), experiment)
    session = load_session(str(tmp_path / "old.nnplay"))
    assert session.timeline(session.experiment()) == (None, None)


def saved_blob(tmp_path):
    experiment = Experiment(Config(optimizer="momentum", **SMALL))
    timeline = Timeline(experiment, every=5)
    train(experiment, timeline, 20)
    timeline.change("edit_weight", 0, "W", (0, 0), 0.25)
    save_session(str(tmp_path / "t.nnplay"), experiment, timeline=timeline)
    return (tmp_path / "t.nnplay").read_bytes()


def set_in(path, value):
    def edit(state):
        target = state["timeline"]
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return edit


@pytest.mark.parametrize("path, value", [
    (("version",), 7), (("checkpoints",), []), (("checkpoints", 0, "step"), -1), (("checkpoints", 1, "cursor"), 10 ** 6),
    (("checkpoints", 0, "rng"), {"bit_generator": "MT19937"}), (("checkpoints", 0, "settings", "optimizer"), "nope"),
    (("checkpoints", 0, "settings", "learning_rate"), -5.0), (("checkpoints", 0, "settings", "hyper"), {"momentum": "x"}),
    (("current", "checkpoints"), [0, 99]), (("current", "checkpoints"), [3, 0]),
    (("current", "log", 0, "method"), "__class__"), (("current", "log", 0, "args"), [0, "W", [0, 99], 1.0]),
    (("current", "log", 0, "args"), [0, "W", [0], 1.0]), (("current", "log", 0, "args"), [9, "W", [0, 0], 1.0]),
    (("current", "log", 0, "args"), [0, "W", [0, 0], 1e40]), (("seq",), "many"), (("future",), {"state": 0}),
])
def test_a_malformed_timeline_is_dropped_with_a_reason_and_the_session_opens(tmp_path, path, value):
    blob = edit_json(saved_blob(tmp_path), "state.json", set_in(path, value))
    (tmp_path / "bad.nnplay").write_bytes(blob)
    session = load_session(str(tmp_path / "bad.nnplay"))
    experiment = session.experiment()
    timeline, dropped = session.timeline(experiment)
    assert timeline is None and isinstance(dropped, SessionError) and dropped.code == "timeline_invalid"
    experiment.trainer.step()


def test_the_file_of_a_long_run_stays_small(tmp_path):
    """10⁵ updates of the default network: the timeline adds well under a megabyte."""
    experiment = Experiment(Config())
    timeline = Timeline(experiment)
    for _ in range(100_000):
        experiment.trainer.step()
        timeline.trained()
    save_session(str(tmp_path / "without.nnplay"), experiment)
    save_session(str(tmp_path / "with.nnplay"), experiment, timeline=timeline)
    without, with_ = ((tmp_path / n).stat().st_size for n in ("without.nnplay", "with.nnplay"))
    print(f"session after 1e5 updates: {without} bytes without the timeline, {with_} with it")
    assert with_ - without < 2 ** 20
    session = load_session(str(tmp_path / "with.nnplay"))
    assert session.timeline(session.experiment())[1] is None


def test_checkpoints_of_a_large_network_are_thinned_to_the_saved_budget(tmp_path, monkeypatch):
    monkeypatch.setattr("playground.engine.timeline_file.SAVED_BYTES", 6 * 2 ** 10)
    experiment = Experiment(Config(dataset="xor", n_samples=40, hidden=[LayerConfig(8)]))
    timeline = Timeline(experiment, every=5)
    seen = train(experiment, timeline, 200, chunk=1)
    fresh, restored = reopened(tmp_path, experiment, timeline)
    assert 2 <= len(restored.checkpoints) < len(timeline.checkpoints) and restored.nbytes <= 6 * 2 ** 10
    restored.seek(123)
    assert_same(state(fresh), seen[123])


def test_the_timeline_arrays_are_named_in_the_file(tmp_path):
    blob = saved_blob(tmp_path)
    names = zipfile.ZipFile(io.BytesIO(zipfile.ZipFile(io.BytesIO(blob)).read("arrays.npz"))).namelist()
    assert any(n.startswith(PREFIX) for n in names)
    assert "timeline" in json.loads(zipfile.ZipFile(io.BytesIO(blob)).read("state.json"))


def test_a_timeline_with_more_checkpoints_than_a_file_may_hold_is_left_out_and_the_file_opens(tmp_path, monkeypatch):
    monkeypatch.setattr("playground.engine.timeline_file.MOST_SAVED", 3)
    experiment = Experiment(Config(**SMALL))
    timeline = Timeline(experiment, every=5)
    train(experiment, timeline, 40, chunk=1)
    save_session(str(tmp_path / "t.nnplay"), experiment, timeline=timeline)
    session = load_session(str(tmp_path / "t.nnplay"))
    assert "timeline" not in session.state and session.timeline(session.experiment()) == (None, None)
