import time

import numpy as np
from PySide6.QtCore import QElapsedTimer, QTimer

from playground.controller.engine_client import MAX_FPS
import pytest

from playground.controller.training_controller import TrainingController
from playground.engine import Config, LayerConfig, SessionError


def wait_for(qtbot, controller, predicate):
    qtbot.waitUntil(lambda: controller.latest is not None and predicate(controller.latest), timeout=5000)
    return controller.latest


def wait_for_step(qtbot, controller, step):
    return wait_for(qtbot, controller, lambda s: s.step == step)


def wait_step(qtbot, controller, step):
    wait_for(qtbot, controller, lambda snap: snap.step == step)


def test_step_advances_by_one_and_changes_weights(qtbot, controller):
    before = controller.latest.layers[0].W.value.copy()
    controller.step()
    wait_step(qtbot, controller, 1)
    assert not np.array_equal(before, controller.latest.layers[0].W.value)


def test_epoch_advances_the_epoch(qtbot, controller):
    controller.step_epoch()
    qtbot.waitUntil(lambda: controller.latest.epoch == 1, timeout=5000)
    assert controller.latest.step == 25  # 250 training samples, batch 10


def test_play_then_pause_stops_updates(qtbot, controller):
    with qtbot.waitSignal(controller.playing_changed):
        controller.play()
    qtbot.waitUntil(lambda: controller.latest.step > 100, timeout=5000)
    with qtbot.waitSignal(controller.playing_changed):
        controller.pause()
    qtbot.wait(200)
    settled = controller.latest.step
    qtbot.wait(300)
    assert controller.latest.step == settled and not controller.playing


def test_reset_with_the_same_seed_gives_the_same_weights(qtbot, controller):
    first = controller.latest.layers[0].W.value.copy()
    controller.step(5)
    wait_step(qtbot, controller, 5)
    with qtbot.waitSignal(controller.built):
        controller.reset()
    wait_step(qtbot, controller, 0)
    assert np.array_equal(first, controller.latest.layers[0].W.value)


def test_learning_rate_change_while_playing_keeps_step_and_weights(qtbot, controller):
    controller.play()
    qtbot.waitUntil(lambda: controller.latest.step > 50, timeout=5000)
    generation = controller.generation
    with qtbot.waitSignal(controller.config_changed):
        controller.set_hyperparameters(learning_rate=0.001)
    step = controller.latest.step
    qtbot.waitUntil(lambda: controller.latest.step > step + 100, timeout=5000)
    controller.pause()
    assert controller.generation == generation and controller.config.learning_rate == 0.001


def test_rebuild_shows_the_new_shape_at_step_0(qtbot, controller):
    controller.step(3)
    wait_step(qtbot, controller, 3)
    config = controller.config.copy()
    config.hidden.append(LayerConfig(5))
    with qtbot.waitSignal(controller.built):
        controller.rebuild(config)
    wait_for(qtbot, controller, lambda snap: len(snap.layers) == 4)
    assert controller.latest.step == 0 and controller.latest.layers[2].W.value.shape == (2, 5)


def test_bad_rebuild_keeps_the_old_network_and_says_why(qtbot, controller):
    generation = controller.generation
    answers = []
    with qtbot.waitSignal(controller.problem) as blocker:
        controller.rebuild(Config(learning_rate=-1.0), done=lambda accepted, _: answers.append(accepted))
    level, error = blocker.args
    assert level == "error" and error.code == "out_of_range" and error.values["what"] == "learning rate"
    assert answers == [False] and controller.generation == generation and controller.config == Config()


def test_divergence_pauses_with_a_message(qtbot):
    from playground.controller.training_controller import TrainingController
    ctrl = TrainingController(Config(loss="mse", dataset="reg_plane", learning_rate=1e6,
                                     hidden=[LayerConfig(8, "relu")] * 3))
    try:
        with qtbot.waitSignal(ctrl.problem, timeout=5000,
                              check_params_cb=lambda level, error: level == "warning") as blocker:
            ctrl.play()
        assert "learning rate" in str(blocker.args[1])
        qtbot.waitUntil(lambda: not ctrl.playing and ctrl.latest is not None, timeout=2000)
        assert all(np.all(np.isfinite(layer.W.value)) for layer in ctrl.latest.layers)
    finally:
        ctrl.shutdown()


def test_fast_training_is_throttled_and_the_gui_stays_responsive(qtbot, controller):
    """Playing flat out for 3 s: at most ~30 snapshots/s reach the GUI, and a 10 ms timer on
    the GUI thread keeps firing on time."""
    late = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(10)

    def tick():
        late.append(clock.restart() - 10)
    timer.timeout.connect(tick)
    controller.play()
    qtbot.waitUntil(lambda: controller.playing, timeout=2000)
    received = controller.snapshots_received
    clock.start()
    timer.start()
    start = time.perf_counter()
    qtbot.wait(3000)
    elapsed = time.perf_counter() - start
    timer.stop()
    rate = (controller.snapshots_received - received) / elapsed
    controller.pause()
    assert 5 < rate <= MAX_FPS * 1.05
    assert controller.latest.step > 3000
    assert np.percentile(late[1:], 99) < 50


def test_edit_weight_changes_exactly_that_weight_and_pauses(qtbot, controller):
    before = [layer.W.value.copy() for layer in controller.latest.layers]
    controller.edit_weight(1, "W", (2, 1), 0.75)
    wait_for(qtbot, controller, lambda snap: snap.layers[1].W.value[2, 1] == 0.75)
    after = [layer.W.value for layer in controller.latest.layers]
    expected = [w.copy() for w in before]
    expected[1][2, 1] = 0.75
    assert all(np.array_equal(a, e) for a, e in zip(after, expected)) and not controller.playing


def test_save_then_open_continues_exactly(qtbot, controller, tmp_path):
    path = str(tmp_path / "s.nnplay")
    controller.set_hyperparameters(optimizer="adam", learning_rate=0.01)
    controller.step(100)
    wait_for(qtbot, controller, lambda s: s.step == 100)
    assert controller.save_session(path, {"x": 1}) is None
    controller.step(100)
    straight = wait_for_step(qtbot, controller, 200)
    assert controller.open_session(path).session["views"] == {"x": 1}
    wait_for(qtbot, controller, lambda s: s.step == 100)
    controller.step(100)
    resumed = wait_for_step(qtbot, controller, 200)
    for a, b in zip(straight.layers, resumed.layers):
        assert np.array_equal(a.W.value, b.W.value)


def test_opening_a_bad_file_keeps_the_session_and_says_why(qtbot, controller, tmp_path):
    bad = tmp_path / "bad.nnplay"
    bad.write_bytes(b"garbage")
    controller.step(5)
    before = wait_for_step(qtbot, controller, 5)
    generation = controller.generation
    with pytest.raises(SessionError, match="not a zip"):
        controller.open_session(str(bad))
    assert controller.generation == generation and controller.latest is before


def test_saving_to_an_impossible_place_reports_the_reason(qtbot, controller, tmp_path):
    assert "cannot write" in str(controller.save_session(str(tmp_path / "missing" / "s.nnplay")))


def test_saving_while_playing_writes_a_consistent_session(qtbot, controller, tmp_path):
    from playground.engine.session import load_session
    controller.play()
    wait_for(qtbot, controller, lambda s: s.step > 500)
    assert controller.save_session(str(tmp_path / "live.nnplay")) is None
    controller.pause()
    experiment = load_session(str(tmp_path / "live.nnplay")).experiment()
    assert experiment.trainer.step_count > 500
    assert len(experiment.trainer.step_history.view()) == experiment.trainer.step_count


def test_a_grid_the_engine_kept_is_the_previous_one_in_every_snapshot(qtbot):
    """While a big net plays, the engine leaves an unchanged grid out of the pipe: every
    snapshot the views get still has one, the previous snapshot's."""
    controller = TrainingController(Config(hidden=[LayerConfig(64, "tanh") for _ in range(12)]))
    try:
        controller.set_grid_size(64)  # ~8 ms: kept for 9× that while playing
        qtbot.waitUntil(lambda: controller.latest is not None and controller.latest.grid is not None, timeout=10000)
        received = []
        controller.snapshot_ready.connect(received.append)
        controller.play()
        qtbot.waitUntil(lambda: len(received) >= 10, timeout=20000)
        controller.pause()
    finally:
        controller.shutdown()
    assert all(s.grid is not None and not s.grid_kept for s in received)
    assert any(a.grid is b.grid for a, b in zip(received, received[1:]))  # kept, not sent again
