"""The views of CNNs and RNNs: kernels, feature maps, life through time; and their notes
when a network has none of these layers."""
import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QSpinBox, QTabBar

from playground.engine.experiment import Experiment
from playground.gui.views.tiles import kernel_tiles, tile

from .conftest import by_name, wait_snapshot
from .test_shaped_runs import CNN, RNN


def _show(qtbot, window, key):
    window.docks[key].show()  # closed for runs it shows nothing of; the View menu opens it
    window.docks[key].raise_()
    qtbot.waitUntil(window.docks[key].widget().isVisible)


def test_the_kernels_view_shows_exactly_the_engines_kernels_after_steps(qtbot, make_window):
    window = make_window(CNN)
    _show(qtbot, window, "kernels")
    window.controller.step(3)
    wait_snapshot(qtbot, window, lambda s: s.step == 3)
    engine = Experiment(CNN.copy())
    for _ in range(3):
        engine.trainer.step()
    kernels = engine.network.layers[0].params["W"]
    view = window.kernel_view
    qtbot.waitUntil(lambda: view.shown and np.array_equal(view.shown[0][1], kernels))
    np.testing.assert_array_equal(view.plots[0][1].image, kernel_tiles(kernels))
    plot = view.plots[0][0]
    scene = plot.vb.mapViewToScene(QPointF(4 * 1 + 1.5, 0.5))  # 4 filters, 2 to a row: filter 2, cell (1, 2)
    view.graphics.scene().sigMouseMoved.emit(scene)
    assert view.readout.text() == f"L1 filter 2, channel 1, cell (1,2): w = {kernels[1, 0, 0, 1]:.4g}"


def test_the_kernels_view_shows_the_last_update(qtbot, make_window):
    window = make_window(CNN)
    _show(qtbot, window, "kernels")
    window.controller.step(2)
    snap = wait_snapshot(qtbot, window, lambda s: s.step == 2)
    window.kernel_view.show_combo.setCurrentIndex(window.kernel_view.show_combo.findData("last_update"))
    update = snap.layers_of("conv2d")[0].kernels.last_update
    assert np.any(update) and np.array_equal(window.kernel_view.shown[0][1], update)


def test_the_feature_maps_follow_the_chosen_training_image(qtbot, make_window):
    window = make_window(CNN)
    _show(qtbot, window, "feature_maps")
    by_name(window.feature_maps, "Sample", QSpinBox).setValue(5)
    snap = wait_snapshot(qtbot, window, lambda s: s.sample is not None and s.sample.index == 5)
    engine = Experiment(CNN.copy())
    np.testing.assert_array_equal(snap.sample.columns[0][0], engine.train_data.x[5][0])
    view = window.feature_maps
    qtbot.waitUntil(lambda: len(view.shown) == 4)
    limit = np.abs(snap.sample.columns[0]).max()
    assert np.nanmax(view.shown[0]) <= limit and np.array_equal(view.shown[0], snap.sample.columns[0][0])
    maps = snap.sample.columns[1]  # L1: 4 maps of 8×8, tiled 2 to a row
    np.testing.assert_array_equal(view.shown[1], tile(np.clip(maps, -np.inf, np.inf), 2))
    assert by_name(window.through_time, "Sequence", QSpinBox).value() == 5


def test_through_time_shows_t_gradient_norms_that_follow_training(qtbot, make_window):
    window = make_window(RNN)
    _show(qtbot, window, "through_time")
    view = window.through_time
    window.controller.step(1)
    first = wait_snapshot(qtbot, window, lambda s: s.step == 1)
    norms = first.layers_of("simple_rnn")[0].time_grad_norms
    qtbot.waitUntil(lambda: np.array_equal(view.grad_curve.getData()[1], norms))
    assert len(view.grad_curve.getData()[1]) == RNN.sequence_length
    window.controller.step(20)
    later = wait_snapshot(qtbot, window, lambda s: s.step == 21)
    new = later.layers_of("simple_rnn")[0].time_grad_norms
    assert not np.array_equal(new, norms)
    qtbot.waitUntil(lambda: np.array_equal(view.grad_curve.getData()[1], new))
    assert len(view.radii) >= 2 and view.radii[-1] == later.layers_of("simple_rnn")[0].spectral_radius
    states = later.sample.hidden_states[0]
    np.testing.assert_array_equal(view.hidden_image.image, states.T)
    np.testing.assert_array_equal(view.series_curve.getData()[1], later.sample.point[:, 0])
    assert view.target_dot.getData()[1][0] == later.sample.label
    assert view.prediction_mark.getData()[1][0] == later.sample.columns[-1][0]


def test_views_that_do_not_apply_say_why(qtbot, window):
    for key, view in (("kernels", window.kernel_view), ("feature_maps", window.feature_maps),
                      ("through_time", window.through_time)):
        _show(qtbot, window, key)
        assert view.stack.currentWidget() is view.note and view.note.text()


def test_a_cnn_opens_on_its_kernels_and_an_rnn_on_its_life_through_time(qtbot, make_window):
    def selected_tab(window):
        bars = [b for b in window.findChildren(QTabBar) if "Weights" in [b.tabText(i) for i in range(b.count())]]
        return bars[0].tabText(bars[0].currentIndex()) if bars else None
    cnn = make_window(CNN)
    qtbot.waitUntil(lambda: selected_tab(cnn) == "Kernels")
    rnn = make_window(RNN)
    qtbot.waitUntil(lambda: selected_tab(rnn) == "Through time")
