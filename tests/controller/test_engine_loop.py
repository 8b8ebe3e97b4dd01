"""The engine process's loop, driven through its pipes without Qt: a CNN's and an RNN's
snapshots cross the process boundary with their kernels, feature maps and hidden states."""
import threading
from functools import partial
from multiprocessing import Pipe

import numpy as np
import pytest

from playground.controller.engine_process import EngineLoop
from playground.engine import Config, LayerConfig

CONFIGS = {
    "cnn": Config(dataset="digits", n_samples=200, hidden=[LayerConfig.conv(4, padding="same"), LayerConfig.pool(2)]),
    "rnn": Config(dataset="sine", n_samples=100, loss="mse", hidden=[LayerConfig.rnn(5)]),
}


def start_loop():
    """The engine loop on a thread, driven through its pipes as the GUI would:
    (loop, commands to it, events from it, its thread); send ("stop", None) and join after."""
    gui_commands, engine_commands = Pipe()
    engine_events, gui_events = Pipe()
    loop = EngineLoop(engine_commands, engine_events, max_fps=1000)
    thread = threading.Thread(target=loop.run)
    thread.start()
    return loop, gui_commands, gui_events, thread


def snapshot_after_steps(config, steps, sample):
    loop, gui_commands, gui_events, thread = start_loop()
    try:
        for command in (("build", (1, config, None)), ("sample", sample), ("step", steps)):
            gui_commands.send(command)
        while True:  # the first snapshot may come before the steps; acknowledge and wait for theirs
            assert gui_events.poll(30), "no snapshot within 30 s"
            event = gui_events.recv()
            assert event[0] != "failed", event
            if event[0] == "snapshot" and event[2].step == steps:
                return event[2]
            gui_commands.send(("ack", None))
    finally:
        gui_commands.send(("stop", None))
        thread.join(10)


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_snapshots_of_image_and_sequence_networks_come_through_the_pipe(name):
    snap = snapshot_after_steps(CONFIGS[name], 6, sample=2)
    sample = snap.sample
    if name == "cnn":
        assert snap.layers[0].kernels.value.shape == (4, 1, 3, 3)
        assert [c.shape for c in sample.columns[:3]] == [(1, 8, 8), (4, 8, 8), (4, 4, 4)]
        assert np.any(sample.columns[1] > 0)
    else:
        assert sample.hidden_states[0].shape == (20, 5)
        assert snap.layers[0].time_grad_norms.shape == (20,) and snap.layers[0].spectral_radius > 0
    assert snap.step == 6 and np.isfinite(snap.metrics["train_loss"])


def test_every_request_gets_an_answer_even_before_a_run_exists():
    loop, gui_commands, gui_events, thread = start_loop()
    try:
        gui_commands.send(("set", (7, {"learning_rate": 0.1})))
        assert gui_events.poll(10)
        kind, request, error = gui_events.recv()
        assert (kind, request, error.code) == ("refused", 7, "internal_error")
    finally:
        gui_commands.send(("stop", None))
        thread.join(10)


def test_a_big_nets_grid_is_kept_while_playing_and_fresh_once_paused():
    """Computing the plane grid of 12×64 costs more than a frame: while playing, snapshots in
    between keep the last one (and leave it out of the pipe: 3 MB each); the snapshot after a
    pause shows the paused weights."""
    config = Config(dataset="spiral", hidden=[LayerConfig(64, "tanh") for _ in range(12)])
    loop, gui_commands, gui_events, thread = start_loop()
    kept = []
    try:
        for command in (("build", (1, config, None)), ("grid_size", 64), ("play", None)):
            gui_commands.send(command)
        while len(kept) < 12:
            assert gui_events.poll(30), "no snapshot within 30 s"
            event = gui_events.recv()
            if event[0] == "snapshot":
                snapshot = event[2]
                assert (snapshot.grid is None) == snapshot.grid_kept  # either sent or kept, never both
                kept.append(snapshot.grid_kept)
                gui_commands.send(("ack", None))
        gui_commands.send(("pause", None))
        while True:
            assert gui_events.poll(30), "no snapshot after the pause"
            event = gui_events.recv()
            gui_commands.send(("ack", None))
            if event[0] == "snapshot" and not loop.playing:
                last = event[2]
                break
    finally:
        gui_commands.send(("stop", None))
        thread.join(10)
    assert kept[0] is False and any(kept)  # the first carried a grid, some later ones kept it
    assert last.step == loop.experiment.trainer.step_count  # nothing trained after the pause
    assert not last.grid_kept and np.allclose(last.grid[-1], loop.experiment.evaluate_grid(64)[-1], atol=1e-5)


def test_a_big_nets_snapshots_take_a_bounded_share_of_the_engines_time():
    """At 12×64 a snapshot costs several ms: sent at 1,000 a second (the test's cap) they
    would leave no time to train; the loop spaces them by their cost."""
    config = Config(dataset="spiral", hidden=[LayerConfig(64, "tanh") for _ in range(12)])
    loop, gui_commands, gui_events, thread = start_loop()
    try:
        for command in (("build", (1, config, None)), ("grid_size", 64), ("play", None)):
            gui_commands.send(command)
        for _ in range(8):
            while True:
                assert gui_events.poll(30), "no snapshot within 30 s"
                if gui_events.recv()[0] == "snapshot":
                    gui_commands.send(("ack", None))
                    break
        assert loop.interval > loop.min_interval
    finally:
        gui_commands.send(("stop", None))
        thread.join(10)


def test_after_a_blow_up_the_engine_goes_back_and_trains_with_a_smaller_rate():
    """Issue 13: the kept weights were ~1e72, so lowering the rate diverged again at once."""
    loop, gui_commands, gui_events, thread = start_loop()
    wait_for = partial(wait_for_event, gui_commands, gui_events)
    try:
        config = Config(dataset="reg_plane", loss="mse", learning_rate=0.05, n_samples=100, hidden=[LayerConfig(4)])
        gui_commands.send(("build", (1, config, None)))
        wait_for("built", 1)
        gui_commands.send(("step", 200))
        gui_commands.send(("set", (2, {"learning_rate": 100.0})))
        wait_for("changed", 2)
        gui_commands.send(("step", 3000))
        error = wait_for("diverged")[1]
        assert error.code in ("exploding_weights", "exploding_loss", "diverged_gradient", "diverged_weights")
        gui_commands.send(("set", (3, {"learning_rate": 0.01})))
        gui_commands.send(("rewind", (4,)))
        info = wait_for("built", 4)[3]
        assert info.config.learning_rate == 0.01
        gui_commands.send(("step", 100))
        snapshot = wait_for("snapshot")[2]
        while snapshot.step < 200:
            snapshot = wait_for("snapshot")[2]
        assert np.isfinite(snapshot.metrics["train_loss"]) and snapshot.metrics["train_loss"] < 1
    finally:
        gui_commands.send(("stop", None))
        thread.join(10)


def wait_for_event(gui_commands, gui_events, kind, request=None):
    """The next event ``kind`` (for ``request``), acknowledging snapshots on the way."""
    while True:
        assert gui_events.poll(30), f"no {kind} within 30 s"
        event = gui_events.recv()
        if event[0] == "snapshot":
            gui_commands.send(("ack", None))
        if event[0] == kind and (request is None or event[1] == request):
            return event


def test_a_saved_session_opens_with_its_timeline_to_go_back_on(tmp_path):
    path = str(tmp_path / "run.nnplay")
    loop, gui_commands, gui_events, thread = start_loop()
    try:
        gui_commands.send(("build", (1, Config(n_samples=100, hidden=[LayerConfig(4)]), None)))
        wait_for_event(gui_commands, gui_events, "built", 1)
        gui_commands.send(("step", 300))
        gui_commands.send(("save", (path, {}, None, None)))
        assert wait_for_event(gui_commands, gui_events, "saved")[2] is None
        latest = loop.experiment.network.theta.copy()
        gui_commands.send(("seek", (2, 120)))
        wait_for_event(gui_commands, gui_events, "built", 2)
        at_120 = loop.experiment.network.theta.copy()
        gui_commands.send(("open", (3, path, False)))
        info = wait_for_event(gui_commands, gui_events, "built", 3)[3]
        assert (info.timeline.earliest, info.timeline.latest, info.timeline.step) == (0, 300, 300)
        assert np.array_equal(loop.experiment.network.theta, latest)
        gui_commands.send(("seek", (4, 120)))
        wait_for_event(gui_commands, gui_events, "built", 4)
        assert np.array_equal(loop.experiment.network.theta, at_120)
    finally:
        gui_commands.send(("stop", None))
        thread.join(10)


def test_a_long_move_back_reports_progress_and_cancel_leaves_the_run_where_it_was():
    loop, gui_commands, gui_events, thread = start_loop()
    try:
        gui_commands.send(("build", (1, Config(n_samples=100, hidden=[LayerConfig(4)]), None)))
        wait_for_event(gui_commands, gui_events, "built", 1)
        loop.timeline.every = 10 ** 9  # one checkpoint, at update 0: going back replays from there
        gui_commands.send(("step", 20_000))
        gui_commands.send(("seek", (2, 15_000)))
        assert wait_for_event(gui_commands, gui_events, "replay_progress", 2)[2] < 1
        gui_commands.send(("replay_cancel", None))
        assert wait_for_event(gui_commands, gui_events, "refused", 2)[2].code == "replay_cancelled"
        gui_commands.send(("seek", (3, 19_999)))
        gui_commands.send(("replay_cancel", None))  # handled before any update is replayed
        wait_for_event(gui_commands, gui_events, "refused", 3)
        gui_commands.send(("step", 1))
        while wait_for_event(gui_commands, gui_events, "snapshot")[2].step != 20_001:
            pass
        assert loop.timeline.future is None and loop.timeline.other is None  # never looked back
    finally:
        gui_commands.send(("stop", None))
        thread.join(10)


def test_a_change_while_playing_is_evaluated_in_the_next_snapshot():
    """Losses are evaluated less often than snapshots while a CNN plays, but a change (a
    setting, a neuron switched off) must show in the next snapshot's loss, not ~0.1 s later."""
    loop, gui_commands, gui_events, thread = start_loop()
    try:
        gui_commands.send(("build", (1, CONFIGS["cnn"], None)))
        wait_for_event(gui_commands, gui_events, "built", 1)
        gui_commands.send(("play", None))
        wait_for_event(gui_commands, gui_events, "snapshot")
        loop.next_evaluation = float("inf")  # as if the last evaluation had been very slow
        gui_commands.send(("set", (2, {"learning_rate": 0.01})))
        wait_for_event(gui_commands, gui_events, "changed", 2)
        snapshot = wait_for_event(gui_commands, gui_events, "snapshot")[2]
        assert len(snapshot.eval_rows) == 1
    finally:
        gui_commands.send(("stop", None))
        thread.join(10)


def test_hidden_neurons_planes_come_only_while_a_view_may_draw_them():
    """The Output view alone (a compared copy's) gets empty hidden columns; when the diagram
    appears, the next snapshot brings a fresh grid with them at a thumbnail's size, not the
    kept one without; a hovered neuron, drawn large, gets them at the plane's resolution."""
    loop, gui_commands, gui_events, thread = start_loop()
    try:
        for command in (("build", (1, Config(), None)), ("grid_size", 64), ("views", {"output"}), ("play", None)):
            gui_commands.send(command)
        wait_for_event(gui_commands, gui_events, "snapshot")
        snapshot = wait_for_event(gui_commands, gui_events, "snapshot")[2]
        assert snapshot.grid_kept or snapshot.grid[1].size == 0
        loop.next_grid = float("inf")  # as if the last grid had been very slow: keep it while playing
        gui_commands.send(("views", {"output", "thumbnails"}))
        for _ in range(5):  # one snapshot may be on its way already
            snapshot = wait_for_event(gui_commands, gui_events, "snapshot")[2]
            if not snapshot.grid_kept:
                break
        assert not snapshot.grid_kept and snapshot.grid[1].shape[:2] == (32, 32)
        gui_commands.send(("views", {"output", "thumbnails", "neuron_planes"}))  # a neuron hovered
        for _ in range(5):
            snapshot = wait_for_event(gui_commands, gui_events, "snapshot")[2]
            if not snapshot.grid_kept:
                break
        assert snapshot.grid[1].shape[:2] == (64, 64)
    finally:
        gui_commands.send(("stop", None))
        thread.join(10)
