"""The sliding step-through: its sum is the engine's feature-map value, at every position,
with stride and padding."""
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSpinBox

from playground.engine import Config
from playground.engine.layer_text import parse_layers

from .conftest import by_name, wait_snapshot
from .test_shaped_runs import CNN

STRIDED = Config(dataset="digits", n_samples=200, hidden=parse_layers("conv3x3s2same,conv2x2"), learning_rate=0.05)


def shown_number(text: str, after: str) -> float:
    return float(text.split(after)[1].split()[0])


def _open(qtbot, window):
    window.docks["step_through"].raise_()
    qtbot.waitUntil(window.step_through.isVisible)
    return wait_snapshot(qtbot, window, lambda s: s.sample is not None)


def test_the_displayed_sum_is_the_engines_feature_map_value_at_each_position(qtbot, make_window):
    window = make_window(STRIDED)
    view = window.step_through
    window.controller.step(3)
    snap = _open(qtbot, window)
    snap = wait_snapshot(qtbot, window, lambda s: s.step == 3 and s.sample is not None)
    view.show_snapshot(snap)
    by_name(view, "Filter", QSpinBox).setValue(2)
    by_name(view, "Input channel", QSpinBox).setValue(1)
    maps = snap.sample.columns[1]  # L1's maps: stride 2, "same" padding on 8×8 → 4×4
    assert maps.shape == (3, 4, 4)
    step = by_name(view, "Step the kernel", QPushButton)
    assert (view.cell["row"], view.cell["col"]) == (2, 2)  # it starts at the centre
    for position in range(10, 27):  # every cell, then back to the first
        row, col = divmod(position % 16, 4)
        assert (view.cell["row"], view.cell["col"], view.cell["filter"]) == (row, col, 1)
        assert np.isclose(view.cell["a"], maps[1, row, col])
        assert np.isclose(shown_number(view.sum_label.text(), "relu(z) = "), maps[1, row, col], rtol=1e-3, atol=1e-4)
        assert view.input_box.rect().topLeft().toTuple() == (2 * col, 2 * row)  # the window, on the padded input
        qtbot.mouseClick(step, Qt.LeftButton)


def test_the_second_layer_sums_over_every_input_channel(qtbot, make_window):
    window = make_window(STRIDED)
    view = window.step_through
    snap = _open(qtbot, window)
    view.show_snapshot(snap)  # drawn now, whatever the frame scheduler does: the choices are filled
    view.layer_combo.setCurrentIndex(1)
    by_name(view, "Filter", QSpinBox).setValue(2)
    for _ in range(4):
        view.step()
    maps = snap.sample.columns[2]  # L2: 2 filters of 2×2 over 3 channels, valid: 3×3; from the centre (1, 1)
    assert np.isclose(view.cell["a"], maps[1, 2, 2])
    assert "the other 2 input channels" in view.sum_label.text()


def test_the_kernel_drawn_is_the_networks_current_kernel(qtbot, make_window):
    window = make_window(CNN)
    view = window.step_through
    _open(qtbot, window)
    window.controller.step(2)
    snap = wait_snapshot(qtbot, window, lambda s: s.step == 2 and s.sample is not None)
    kernels = snap.layers_of("conv2d")[0].kernels.value
    qtbot.waitUntil(lambda: np.array_equal(view.cell_plots[1].image.image, kernels[0, 0]))
    assert view.cell_plots[1].numbers.texts[0] != ""  # numbers in the kernel's cells
