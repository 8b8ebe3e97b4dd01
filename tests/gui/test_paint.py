"""Draw your own data on the Output plane, as a teacher would: the Paint button, a class,
clicks and drags with the mouse; then train, undo, save and open."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QToolButton

from playground.engine import Config
from playground.engine.datasets import PAINTED

from .conftest import by_name, choose, wait_snapshot


def at(window, x, y):
    """Where the plane's point (x, y) is on the Output plot's viewport."""
    plot = window.output_view.plot
    return plot.mapFromScene(plot.getPlotItem().vb.mapViewToScene(pg.Point(x, y)))


def start_painting(qtbot, window, class_key=1):
    qtbot.mouseClick(by_name(window.output_view, "Paint", QToolButton), Qt.LeftButton)
    combo = by_name(window.output_view, "Paint class", QComboBox)
    choose(qtbot, combo, class_key)
    return window.output_view.plot.viewport()


def drag(qtbot, viewport, points, button=Qt.LeftButton):
    qtbot.mousePress(viewport, button, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(viewport, point)
    qtbot.mouseRelease(viewport, button, pos=points[-1])


def n_points(window) -> int:
    return len(window.controller.data.x) if window.controller.data is not None else window.controller.config.n_samples


def test_painted_points_become_the_training_data_and_train(qtbot, window):
    before = window.controller.config.n_samples
    viewport = start_painting(qtbot, window, class_key=1)
    qtbot.mouseClick(viewport, Qt.LeftButton, pos=at(window, -5, 5))  # one click, one point
    qtbot.waitUntil(lambda: window.controller.config.dataset == PAINTED and n_points(window) == before + 1)
    drag(qtbot, viewport, [at(window, -5.7, -4 + k * 0.5) for k in range(9)])  # a line left of the circle
    qtbot.waitUntil(lambda: n_points(window) > before + 5)
    data = window.controller.data
    near = lambda x, y: np.hypot(*(data.x - [x, y]).T) < 0.2
    assert near(-5, 5).sum() == 1 and (data.y[near(-5, 5)] == 1).all()
    line = np.abs(data.x[:, 0] + 5.7) < 0.2
    assert line.sum() >= 6 and (data.y[line] == 1).all()
    assert window.data_panel.dataset.currentText() == "Your drawing"
    start = wait_snapshot(qtbot, window, lambda s: s.step == 0).metrics["train_loss"]
    window.toolbar.epoch_action.trigger()
    trained = wait_snapshot(qtbot, window, lambda s: s.epoch >= 1)
    assert trained.metrics["train_loss"] != start


def test_right_drag_erases_the_points_near_it(qtbot, window):
    viewport = start_painting(qtbot, window)
    before = window.output_view.plane
    drag(qtbot, viewport, [at(window, 0, 0), at(window, 0.5, 0)], Qt.RightButton)
    qtbot.waitUntil(lambda: window.controller.config.dataset == PAINTED)
    x = window.controller.data.x
    assert len(x) < len(before.train.x) + len(before.test.x)
    assert np.hypot(*(x - [0.25, 0]).T).min() > 0.5  # the eraser's radius is 5 % of the 12-wide plane
    assert window.message_bar.isHidden()


def test_undo_removes_the_painted_points(qtbot, window):
    viewport = start_painting(qtbot, window)
    qtbot.mouseClick(viewport, Qt.LeftButton, pos=at(window, 3, 3))
    qtbot.waitUntil(lambda: window.controller.config.dataset == PAINTED)
    assert window.undo_stack.undoText() == "Paint 1 point(s)"
    window.activateWindow()
    button = by_name(window.output_view, "Paint", QToolButton)
    button.setFocus()  # not a text field, which would take Ctrl+Z for its own undo
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # not the class list that was open
    qtbot.keyClick(button, Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.controller.config.dataset == Config.dataset)
    assert window.controller.config.n_samples == Config.n_samples
    qtbot.keyClick(button, Qt.Key_Y, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.controller.config.dataset == PAINTED)
    assert np.allclose(window.controller.data.x[-1], [3, 3], atol=0.2)


def test_painted_points_survive_save_and_open(qtbot, window, tmp_path, monkeypatch):
    viewport = start_painting(qtbot, window, class_key=2)  # a third class
    qtbot.mouseClick(viewport, Qt.LeftButton, pos=at(window, 4, -4))
    qtbot.waitUntil(lambda: window.controller.config.dataset == PAINTED)
    saved = window.controller.data
    assert saved.n_classes == 3
    path = str(tmp_path / "drawing.nnplay")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (path, ""))
    window.files.save_as()
    window.files.new(Config())
    qtbot.waitUntil(lambda: window.controller.config.dataset == Config.dataset)
    assert window.files.open(path, confirmed=True)
    qtbot.waitUntil(lambda: window.controller.config.dataset == PAINTED)
    np.testing.assert_array_equal(window.controller.data.x, saved.x)
    np.testing.assert_array_equal(window.controller.data.y, saved.y)


def test_regression_cannot_be_painted_and_says_why(qtbot, make_window):
    window = make_window(Config(dataset="reg_plane", loss="mse"))
    button = by_name(window.output_view, "Paint", QToolButton)
    qtbot.mouseClick(button, Qt.LeftButton)
    assert not button.isChecked()
    assert window.message_bar.isVisible() and "classification" in window.message_bar.label.text()


def test_erasing_below_the_minimum_says_so_and_keeps_the_data(qtbot, make_window):
    window = make_window(Config(n_samples=6))
    viewport = start_painting(qtbot, window)
    generation = window.controller.generation
    drag(qtbot, viewport, [at(window, x, y) for x in np.linspace(-6, 6, 12) for y in np.linspace(-6, 6, 12)],
         Qt.RightButton)
    qtbot.waitUntil(window.message_bar.isVisible)
    assert "at least 4 points" in window.message_bar.label.text()
    qtbot.waitUntil(lambda: n_points(window) == 4)  # what could be erased was, down to the minimum
    assert window.controller.generation > generation


def test_erasing_where_there_are_no_points_changes_nothing(qtbot, window):
    viewport = start_painting(qtbot, window)
    generation = window.controller.generation
    qtbot.mouseClick(viewport, Qt.RightButton, pos=at(window, 5.8, 5.8))  # the circle data stay inside radius 5
    qtbot.wait(200)
    assert window.controller.generation == generation and window.controller.config.dataset == Config.dataset
    assert window.output_view.train_points.isVisible()
