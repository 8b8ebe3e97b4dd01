import numpy as np
from PySide6.QtCore import Qt

from .conftest import DISCARD, answer_next_dialog, click_action, first_weights, wait_snapshot


def test_step_button_advances_by_one_and_changes_weights(qtbot, window):
    before = first_weights(window)
    click_action(qtbot, window, window.toolbar.step_action)
    wait_snapshot(qtbot, window, lambda s: s.step == 1)
    assert not np.array_equal(before, first_weights(window))
    qtbot.waitUntil(lambda: "Update 1 " in window.toolbar.counters.text())


def test_step_epoch_button_advances_the_epoch(qtbot, window):
    click_action(qtbot, window, window.toolbar.epoch_action)
    wait_snapshot(qtbot, window, lambda s: s.epoch == 1)
    qtbot.waitUntil(lambda: "Epoch 1 " in window.toolbar.counters.text())


def test_keyboard_space_plays_and_pauses_right_arrow_steps(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key_Right)
    wait_snapshot(qtbot, window, lambda s: s.step == 1)
    qtbot.keyClick(window, Qt.Key_Space)
    qtbot.waitUntil(lambda: window.controller.playing)
    assert window.toolbar.play_action.text() == "Pause"
    qtbot.keyClick(window, Qt.Key_Space)
    qtbot.waitUntil(lambda: not window.controller.playing)
    qtbot.wait(150)
    settled = window.controller.latest.step
    qtbot.wait(300)
    assert window.controller.latest.step == settled > 1


def test_reset_reproduces_the_initial_weights(qtbot, window):
    initial = first_weights(window)
    click_action(qtbot, window, window.toolbar.step_action)
    wait_snapshot(qtbot, window, lambda s: s.step == 1)
    click_action(qtbot, window, window.toolbar.reset_action)
    wait_snapshot(qtbot, window, lambda s: s.step == 0)
    assert np.array_equal(initial, first_weights(window))
    assert window.loss_plot.history.n <= 1


def test_learning_rate_change_while_playing_keeps_training(qtbot, window):
    click_action(qtbot, window, window.toolbar.play_action)
    wait_snapshot(qtbot, window, lambda s: s.step > 50)
    generation = window.controller.generation
    combo = window.training_panel.learning_rate
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "0.3")
    qtbot.keyClick(combo.lineEdit(), Qt.Key_Return)
    qtbot.waitUntil(lambda: window.controller.config.learning_rate == 0.3)
    step = window.controller.latest.step
    wait_snapshot(qtbot, window, lambda s: s.step > step + 50)
    click_action(qtbot, window, window.toolbar.play_action)
    assert window.controller.generation == generation


def test_invalid_learning_rate_is_refused_with_a_message(qtbot, window):
    combo = window.training_panel.learning_rate
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "fast")
    qtbot.keyClick(combo.lineEdit(), Qt.Key_Return)
    assert window.message_bar.isVisible() and "“fast” is not a number" in window.message_bar.label.text()
    assert window.controller.config.learning_rate == 0.03
    assert combo.currentText() == "0.03"  # the field shows what runs again


def test_adding_a_layer_rebuilds_and_undo_restores(qtbot, window):
    click_action(qtbot, window, window.toolbar.step_action)
    wait_snapshot(qtbot, window, lambda s: s.step == 1)
    qtbot.mouseClick(window.editor.add_layer_button, Qt.LeftButton)
    snap = wait_snapshot(qtbot, window, lambda s: len(s.layers) == 4)
    assert snap.step == 0 and snap.layers[2].W.value.shape == (2, 2)
    assert window.editor.layers_label.text() == "3 hidden layers"
    window.undo_stack.undo()
    wait_snapshot(qtbot, window, lambda s: len(s.layers) == 3)
    assert window.editor.layers_label.text() == "2 hidden layers"
    window.undo_stack.redo()
    wait_snapshot(qtbot, window, lambda s: len(s.layers) == 4)


def test_neuron_buttons_change_the_layer_width(qtbot, window):
    plus = [b for b in window.editor.findChildren(type(window.editor.add_layer_button))
            if b.toolTip() == "Add a neuron to hidden layer 1"][0]
    qtbot.mouseClick(plus, Qt.LeftButton)
    snap = wait_snapshot(qtbot, window, lambda s: s.layers[0].W.value.shape == (2, 5))
    assert snap.layers[1].W.value.shape == (5, 2)


def test_choosing_a_data_set_and_features_rebuilds(qtbot, window):
    panel = window.data_panel
    panel.dataset.setCurrentIndex(panel.dataset.findData("xor"))
    panel.dataset.activated.emit(panel.dataset.currentIndex())
    qtbot.waitUntil(lambda: window.controller.config.dataset == "xor")
    panel.features["x1_x2"].click()
    wait_snapshot(qtbot, window, lambda s: s.layers[0].W.value.shape == (3, 4))
    assert window.editor.input_labels == ["X₁", "X₂", "X₁X₂"]


def test_optimizer_choice_shows_only_its_settings(qtbot, window):
    panel = window.training_panel
    assert not panel.form.isRowVisible(panel.hyper["beta1"])
    panel.optimizer.setCurrentIndex(panel.optimizer.findData("adam"))
    panel.optimizer.activated.emit(panel.optimizer.currentIndex())
    assert panel.form.isRowVisible(panel.hyper["beta1"]) and not panel.form.isRowVisible(panel.hyper["momentum"])
    qtbot.waitUntil(lambda: window.controller.config.optimizer == "adam")


def test_divergence_pauses_and_says_what_to_try(qtbot, window):
    panel = window.data_panel
    panel.task.setCurrentIndex(panel.task.findData("regression"))
    panel.task.activated.emit(panel.task.currentIndex())
    qtbot.waitUntil(lambda: window.controller.config.loss == "mse")
    window.controller.set_hyperparameters(learning_rate=1e5)
    click_action(qtbot, window, window.toolbar.play_action)
    qtbot.waitUntil(lambda: window.message_bar.isVisible() and window.message_bar.level == "warning", timeout=5000)
    assert "learning rate" in window.message_bar.label.text()
    qtbot.waitUntil(lambda: not window.controller.playing)


def test_bad_csv_shows_a_message_and_keeps_the_session(qtbot, window, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b,label\n1,2,0\n3,oops,1\n")
    config = window.controller.config
    task = window.import_csv(str(bad))
    qtbot.waitUntil(lambda: task.state == "failed")
    assert window.message_bar.level == "error" and "line 3, column 2" in window.message_bar.label.text()
    assert window.controller.config == config


def test_good_csv_is_imported_and_drawn(qtbot, window, tmp_path):
    rows = "\n".join(f"{i % 7},{i % 5},{i % 3},{int(i % 7 > 3)}" for i in range(60))
    good = tmp_path / "mine.csv"
    good.write_text("p,q,r,label\n" + rows)
    window.import_csv(str(good))
    wait_snapshot(qtbot, window, lambda s: s.layers[0].W.value.shape == (3, 4))
    assert window.editor.input_labels == ["p", "q", "r"]
    assert window.data_panel.dataset.currentData() == "csv"


def test_closing_while_playing_stops_the_thread(qtbot, window):
    click_action(qtbot, window, window.toolbar.play_action)
    wait_snapshot(qtbot, window, lambda s: s.step > 10)
    answer_next_dialog(DISCARD)
    window.close()
    assert not window.controller.is_running()


def test_column_buttons_never_overlap_with_many_layers(qtbot, make_window):
    from playground.engine import Config, LayerConfig
    window = make_window(Config(hidden=[LayerConfig(4)] * 12))
    window.editor.resize(800, 500)
    boxes = [b.geometry() for b in window.editor._column_buttons]
    assert len(boxes) == 12
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:]), boxes
    neurons_top = window.editor.geometry_now().neuron_pos(1, 0)[1] - window.editor.geometry_now().radius
    assert all(box.bottom() < neurons_top for box in boxes)
