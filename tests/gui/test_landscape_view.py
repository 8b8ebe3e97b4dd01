"""The loss landscape dock: Compute asks the engine process, which answers in the background
with the slice; Cancel (or a new network) stops it; a refusal is worded in the view."""
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox

from .conftest import by_name, choose, wait_snapshot


def _compute(qtbot, window):
    qtbot.mouseClick(by_name(window, "Compute the loss landscape", QPushButton), Qt.LeftButton)


def test_compute_draws_the_slice_with_the_path_while_the_window_runs(qtbot, window):
    window.docks["landscape"].raise_()
    window.controller.step(200)
    wait_snapshot(qtbot, window, lambda s: s.step == 200)
    view = window.landscape_view
    by_name(window, "Landscape resolution", QSpinBox).setValue(9)
    _compute(qtbot, window)
    assert not view.compute.isEnabled() and view.cancel.isEnabled()
    qtbot.waitUntil(lambda: view.landscape is not None, timeout=30000)
    assert view.image.image.shape == (9, 9) and view.landscape.step == 200
    assert np.isfinite(view.landscape.loss).all()
    x, y = view.path.getData()
    assert len(x) >= 2 and (x[-1], y[-1]) == (0.0, 0.0)  # the path ends where the weights are now
    assert "Update 200" in by_name(window, "Landscape status", QLabel).text()
    assert view.compute.isEnabled() and not view.cancel.isEnabled()


def test_cancel_and_a_new_network_stop_the_computation(qtbot, window):
    view = window.landscape_view
    by_name(window, "Landscape resolution", QSpinBox).setValue(200)
    _compute(qtbot, window)
    qtbot.mouseClick(by_name(window, "Cancel the loss landscape", QPushButton), Qt.LeftButton)
    qtbot.waitUntil(view.compute.isEnabled, timeout=10000)
    assert view.landscape is None and "Cancelled" in view.status.text()
    _compute(qtbot, window)
    window.controller.reset()
    qtbot.waitUntil(view.compute.isEnabled, timeout=10000)
    assert view.landscape is None and "Cancelled" in view.status.text()


def test_path_directions_before_any_training_are_refused_in_words(qtbot, window):
    choose(qtbot, by_name(window, "Landscape directions", QComboBox), "path")
    _compute(qtbot, window)
    qtbot.waitUntil(window.landscape_view.compute.isEnabled, timeout=10000)
    assert "train a little longer" in window.landscape_view.status.text()
