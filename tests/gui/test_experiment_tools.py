"""The timeline, "continue from here" and switching neurons off, through the real widgets
(issue 16)."""
import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton, QSlider

from playground.engine import Config, Experiment

from .conftest import by_name, wait_snapshot

CONFIG = dict(dataset="xor", n_samples=200, optimizer="adam", learning_rate=0.01)


def weights_after(config, updates):
    experiment = Experiment(config)
    for _ in range(updates):
        experiment.trainer.step()
    return experiment.network.layers[0].params["W"].copy()


def trained_window(make_window, qtbot, updates=300):
    window = make_window(Config(**CONFIG))
    window.controller.step(updates)
    wait_snapshot(qtbot, window, lambda s: s.step == updates)
    return window


def test_dragging_the_timeline_back_shows_the_run_as_it_was_and_the_end_brings_it_back(make_window, qtbot):
    window = trained_window(make_window, qtbot)
    latest = window.controller.latest.layers[0].W.value.copy()
    slider = by_name(window, "Timeline", QSlider)
    qtbot.waitUntil(lambda: slider.maximum() == 300)
    slider.setFocus()
    slider.setValue(120)  # as a drag does
    snapshot = wait_snapshot(qtbot, window, lambda s: s.step == 120)
    assert np.array_equal(snapshot.layers[0].W.value, weights_after(Config(**CONFIG), 120))
    assert "Update 120" in window.toolbar.counters.text()
    assert window.loss_plot.history.view()[-1, 0] == 120
    tools = window.run.tools
    assert tools.overlay.curve.xData is not None and tools.overlay.curve.xData.max() == 300  # the later part, greyed
    assert by_name(window, "Continue from here", QPushButton).isEnabled()
    qtbot.mouseClick(by_name(window, "Back to the latest update", QPushButton), Qt.LeftButton)
    snapshot = wait_snapshot(qtbot, window, lambda s: s.step == 300)
    assert np.array_equal(snapshot.layers[0].W.value, latest)
    assert not window.controller.looking_back


def test_continue_from_here_branches_and_undo_brings_the_other_branch_back(make_window, qtbot):
    window = trained_window(make_window, qtbot)
    latest = window.controller.latest.layers[0].W.value.copy()
    by_name(window, "Timeline", QSlider).setValue(100)
    wait_snapshot(qtbot, window, lambda s: s.step == 100)
    qtbot.mouseClick(by_name(window, "Continue from here", QPushButton), Qt.LeftButton)
    qtbot.waitUntil(lambda: window.undo_stack.undoText() == "Continue from update 100")
    window.controller.step(10)
    wait_snapshot(qtbot, window, lambda s: s.step == 110)
    assert window.run.tools.overlay.curve.xData.max() == 300  # the first branch stays drawn
    window.undo_stack.undo()
    snapshot = wait_snapshot(qtbot, window, lambda s: s.step == 300)
    assert np.array_equal(snapshot.layers[0].W.value, latest)
    window.undo_stack.redo()
    wait_snapshot(qtbot, window, lambda s: s.step == 110)


def test_ctrl_click_switches_a_neuron_off_the_loss_changes_and_undo_switches_it_on(make_window, qtbot):
    window = trained_window(make_window, qtbot, 200)
    before = window.controller.latest.metrics["train_loss"]
    editor = window.editor
    x, y = editor.geometry_now().neuron_pos(1, 0)
    qtbot.mouseClick(editor, Qt.LeftButton, Qt.ControlModifier, QPoint(int(x), int(y)))
    qtbot.waitUntil(lambda: window.controller.config.ablated == [[0, 0]])
    assert editor.state.off == {(1, 0)}
    snapshot = wait_snapshot(qtbot, window, lambda s: s.metrics["train_loss"] != before)
    assert snapshot.step == 200  # at once, without training
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.controller.config.ablated == [])
    wait_snapshot(qtbot, window, lambda s: s.metrics["train_loss"] == before)


def test_freezing_a_layer_from_the_menu_keeps_its_weights(make_window, qtbot):
    window = trained_window(make_window, qtbot, 20)
    menu = window.editor._layer_menu(0, window.editor)  # the first hidden column's right-click menu
    [freeze] = [a for a in menu.actions() if a.text() == "Freeze this layer (no more updates)"]
    freeze.trigger()
    qtbot.waitUntil(lambda: window.controller.config.frozen == [0])
    frozen, learning = (window.controller.latest.layers[i].W.value.copy() for i in (0, 1))
    window.controller.step(30)
    snapshot = wait_snapshot(qtbot, window, lambda s: s.step == 50)
    assert np.array_equal(snapshot.layers[0].W.value, frozen)
    assert not np.array_equal(snapshot.layers[1].W.value, learning)
