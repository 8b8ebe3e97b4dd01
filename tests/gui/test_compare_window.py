"""Compare runs from the window: the dialog marks what differs, the copies start from the
same weights in their own engine processes, play/step/pause act on all of them, views share
colour ranges and the chosen sample, and closing ends their processes."""
import numpy as np
import pytest
from shiboken6 import isValid
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox

from playground.engine import Config, LayerConfig
from playground.gui.compare_dialog import CompareDialog
from playground.gui.compare_window import CompareWindow

from .conftest import by_name, choose

SMALL = Config(dataset="xor", hidden=[LayerConfig(4)], n_samples=100)


def open_dialog(qtbot, window) -> CompareDialog:
    action = next(a for a in window.menuBar().findChildren(type(window.toolbar.play_action))
                  if a.text() == "Compare runs…")
    action.trigger()
    qtbot.waitUntil(lambda: window.findChild(CompareDialog) is not None and window.findChild(CompareDialog).isVisible())
    return window.findChild(CompareDialog)


def start(qtbot, window, dialog) -> CompareWindow:
    qtbot.mouseClick(by_name(dialog, "Start comparison", QPushButton), Qt.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(CompareWindow) is not None)
    compare = window.findChild(CompareWindow)
    qtbot.waitUntil(lambda: all(r.controller.latest is not None for r in compare.runs), timeout=15000)
    return compare


def weights(run) -> np.ndarray:
    return np.concatenate([p.value.ravel() for layer in run.controller.latest.weighted_layers()
                           for p in layer.params()])


def click(qtbot, compare, name):
    qtbot.mouseClick(compare.toolbar.widgetForAction(getattr(compare.toolbar, name)), Qt.LeftButton)


@pytest.fixture
def two_optimizers(qtbot, make_window):
    window = make_window(SMALL)
    dialog = open_dialog(qtbot, window)
    by_name(dialog, "Number of copies", QSpinBox).setValue(2)
    choose(qtbot, by_name(dialog, "Copy 2: Optimizer", QComboBox), "adam")
    assert by_name(dialog, "Settings that differ", QLabel).text() == "Differs: optimizer."
    compare = start(qtbot, window, dialog)
    yield window, compare
    if isValid(compare):  # a test may have closed (and so deleted) it
        compare.close()


def test_two_copies_start_identical_and_step_play_pause_together(qtbot, two_optimizers):
    window, compare = two_optimizers
    a, b = compare.runs
    processes = {id(window.controller._client.process), id(a.controller._client.process),
                 id(b.controller._client.process)}
    assert len(processes) == 3  # each copy in its own engine process
    assert "optimizer" in by_name(compare, "Settings that differ", QLabel).text()
    assert np.array_equal(weights(a), weights(b))  # the same initial weights
    click(qtbot, compare, "step_action")
    qtbot.waitUntil(lambda: all(r.controller.latest.step == 1 for r in compare.runs))
    assert not np.array_equal(weights(a), weights(b))  # one update apart: SGD's and Adam's
    click(qtbot, compare, "play_action")
    qtbot.waitUntil(lambda: all(r.controller.latest.step > 30 for r in compare.runs), timeout=15000)
    click(qtbot, compare, "play_action")  # now Pause
    qtbot.waitUntil(lambda: not compare.lock.busy)  # the round under way finishes
    assert compare.toolbar.play_action.text() == "Play"
    steps = [r.controller.latest.step for r in compare.runs]
    assert steps[0] == steps[1]  # in lock-step
    assert by_name(compare, "Common update", QLabel).text() == f"All copies at update {steps[0]:,}"
    qtbot.wait(300)
    assert [r.controller.latest.step for r in compare.runs] == steps  # both stopped
    assert window.controller.latest.step == 0  # the original run was left alone


def test_views_share_colour_ranges_and_the_chosen_sample(qtbot, two_optimizers):
    _, compare = two_optimizers
    click(qtbot, compare, "epoch_action")
    qtbot.waitUntil(lambda: all(r.controller.latest.epoch == 1 for r in compare.runs))
    compare.runs[0].output.sample_chosen.emit(7)  # a point clicked in the first copy's plane
    qtbot.waitUntil(lambda: all(r.controller.latest.sample is not None and r.controller.latest.sample.index == 7
                                for r in compare.runs))
    compare._redraw()
    a, b = compare.runs
    assert a.heatmaps.shared_limits == b.heatmaps.shared_limits
    assert a.heatmaps.shared_limits == list(np.maximum(a.heatmaps.own_limits(), b.heatmaps.own_limits()))
    points = [run.output.chosen.getData() for run in compare.runs]
    assert len(points[0][0]) == 1 and np.array_equal(points[0], points[1])


def test_closing_the_compare_window_ends_its_engine_processes(qtbot, two_optimizers):
    _, compare = two_optimizers
    runs = list(compare.runs)
    assert all(r.controller.is_running() for r in runs)
    compare.close()
    assert not any(r.controller.is_running() for r in runs)


def test_closing_the_main_window_closes_its_comparisons(qtbot, make_window):
    window = make_window(SMALL)
    compare = start(qtbot, window, open_dialog(qtbot, window))
    runs = list(compare.runs)
    window.files.modified = False
    window.close()
    assert not any(r.controller.is_running() for r in runs)


def test_identical_copies_stay_bit_identical(qtbot, make_window):
    window = make_window(SMALL)
    dialog = open_dialog(qtbot, window)
    by_name(dialog, "Number of copies", QSpinBox).setValue(2)
    assert "same" in by_name(dialog, "Settings that differ", QLabel).text()
    compare = start(qtbot, window, dialog)
    for _ in range(5):
        click(qtbot, compare, "step_action")
    qtbot.waitUntil(lambda: all(r.controller.latest.step == 5 for r in compare.runs))
    assert np.array_equal(weights(compare.runs[0]), weights(compare.runs[1]))
    compare.close()


def test_playing_keeps_copies_in_lock_step_and_identical_copies_bit_identical(qtbot, make_window):
    """Three identical copies played flat out: every time the views draw, all copies are at
    the same update; paused, they all report it, with bit-identical weights."""
    window = make_window(SMALL)
    dialog = open_dialog(qtbot, window)
    by_name(dialog, "Number of copies", QSpinBox).setValue(3)
    compare = start(qtbot, window, dialog)
    drawn = []
    compare.lock.reached.connect(lambda _: drawn.append([r.controller.latest.step for r in compare.runs]))
    click(qtbot, compare, "play_action")
    qtbot.waitUntil(lambda: len(drawn) > 5 and drawn[-1][0] > 50, timeout=20000)
    click(qtbot, compare, "play_action")
    qtbot.waitUntil(lambda: not compare.lock.busy)
    assert all(len(set(steps)) == 1 for steps in drawn)
    steps = {r.controller.latest.step for r in compare.runs}
    assert len(steps) == 1 and steps.pop() == compare.lock.target
    assert by_name(compare, "Common update", QLabel).text() == f"All copies at update {compare.lock.target:,}"
    first = weights(compare.runs[0])
    assert all(np.array_equal(first, weights(run)) for run in compare.runs[1:])
    compare.close()


def test_a_diverging_copy_drops_out_and_the_others_play_on(qtbot, make_window):
    window = make_window(SMALL)
    dialog = open_dialog(qtbot, window)
    by_name(dialog, "Number of copies", QSpinBox).setValue(2)
    cell = by_name(dialog, "Copy 2: Learning rate", QComboBox)
    cell.lineEdit().clear()
    qtbot.keyClicks(cell.lineEdit(), "1000")
    compare = start(qtbot, window, dialog)
    click(qtbot, compare, "play_action")
    qtbot.waitUntil(lambda: compare.lock.out == {1}, timeout=20000)
    stopped = compare.runs[1].controller.latest.step
    qtbot.waitUntil(lambda: compare.runs[0].controller.latest.step > stopped + 50, timeout=20000)
    click(qtbot, compare, "play_action")
    qtbot.waitUntil(lambda: not compare.lock.busy)
    assert "in step" in by_name(compare, "Common update", QLabel).text()
    click(qtbot, compare, "reset_action")  # all back in step at update 0
    qtbot.waitUntil(lambda: not compare.lock.busy and not compare.lock.out)
    assert [r.controller.latest.step for r in compare.runs] == [0, 0]
    compare.close()


def test_a_bad_value_in_the_dialog_is_said_and_nothing_starts(qtbot, make_window):
    window = make_window(SMALL)
    dialog = open_dialog(qtbot, window)
    cell = by_name(dialog, "Copy 3: Learning rate", QComboBox)
    cell.lineEdit().clear()
    qtbot.keyClicks(cell.lineEdit(), "fast")
    assert by_name(dialog, "Settings that differ", QLabel).text() == "Differs: learning rate."
    qtbot.mouseClick(by_name(dialog, "Start comparison", QPushButton), Qt.LeftButton)
    assert "learning rate" in by_name(dialog, "Problem", QLabel).text()
    assert dialog.isVisible() and window.findChild(CompareWindow) is None
    dialog.reject()
