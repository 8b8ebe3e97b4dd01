"""Views fed typed engine snapshots directly: every layer kind, wild values, deep networks,
and the bugs a new user found (colour range, bias strips, numbers, labels, advice)."""
import numpy as np
import pytest
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import QScrollArea

from playground.engine import Config, Experiment, LayerConfig
from playground.gui.views.gradient_health import GradientHealthView
from playground.gui.views.loss_plot import LossPlot
from playground.gui.views.weight_heatmaps import WeightHeatmaps
from playground.gui.views.weight_histograms import WeightHistogramView
from playground.gui.views.weight_matrices import cell_text

from .conftest import by_name, click_action, wait_snapshot


def snapshot_of(config: Config, steps: int = 3, edit=None):
    exp = Experiment(config)
    for _ in range(steps):
        exp.trainer.step()
    if edit is not None:
        edit(exp.network)
    return exp.snapshot(full_history=True)


def shown(qtbot, view, snapshot, size=(900, 600)):
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.show_snapshot(snapshot)
    view.redraw()
    qtbot.wait(20)
    return view


def assert_symmetric_levels(heatmaps):
    assert heatmaps.plots
    for plot in heatmaps.plots:
        low, high = plot.bar.levels()
        assert low == -high and high > 0, (low, high)
        np.testing.assert_array_equal(plot.image.levels, [low, high])


def test_heatmap_levels_are_symmetric_from_the_first_frame(qtbot):
    def small(net):  # |w| ≤ 0.9 everywhere: the rounded limit is 1, as the bar's default range
        np.clip(net.theta, -0.9, 0.9, out=net.theta)
    heatmaps = shown(qtbot, WeightHeatmaps(), snapshot_of(Config(), 0, edit=small))
    assert_symmetric_levels(heatmaps)
    assert heatmaps.plots[0].bar.levels() == (-1.0, 1.0)


def test_heatmap_levels_stay_symmetric_after_reset_and_structural_edits(qtbot, window):
    assert_symmetric_levels(window.heatmaps)
    click_action(qtbot, window, window.toolbar.step_action)
    wait_snapshot(qtbot, window, lambda s: s.step == 1)
    click_action(qtbot, window, window.toolbar.reset_action)
    wait_snapshot(qtbot, window, lambda s: s.step == 0)
    qtbot.wait(50)
    assert_symmetric_levels(window.heatmaps)
    window.controller.rebuild(Config(hidden=[LayerConfig(3), LayerConfig(3), LayerConfig(2)]))
    qtbot.waitUntil(lambda: len(window.heatmaps.plots) == 4)
    assert_symmetric_levels(window.heatmaps)


def test_a_bias_strip_is_exactly_as_wide_as_its_matrix(qtbot):
    heatmaps = shown(qtbot, WeightHeatmaps(), snapshot_of(Config(hidden=[LayerConfig(4)])))
    for plot in heatmaps.plots:
        n_in, n_out = plot.shape
        rect = plot.bias.mapRectToParent(plot.bias.boundingRect())
        assert (rect.left(), rect.width(), rect.height()) == (0, n_out, 1)
        assert rect.top() == pytest.approx(n_in + 0.3)


def test_numbers_and_column_names_fit_a_2x4_matrix_in_a_narrow_dock(qtbot):
    snap = snapshot_of(Config(hidden=[LayerConfig(4), LayerConfig(4)]))
    heatmaps = shown(qtbot, WeightHeatmaps(), snap, size=(300, 400))
    w1 = heatmaps.plots[0]
    assert w1.shape == (2, 4)
    assert w1.numbers.isVisible()
    assert w1.numbers.texts[:4] == [cell_text(v) for v in snap.layers[0].W.value[0]]
    axis = w1.plot.getAxis("bottom")
    cell = w1.plot.vb.width() / 4
    metrics = QFontMetrics(axis.style.get("tickFont") or heatmaps.font())
    names = [label for _, label in axis._tickLevels[0]]
    assert names == ["h1.1", "h1.2", "h1.3", "h1.4"]
    assert all(metrics.horizontalAdvance(name) < cell for name in names), cell
    assert all(metrics.horizontalAdvance("-0.00") < cell for _ in names)


def test_tiny_negative_values_never_read_minus_zero(qtbot):
    assert cell_text(-0.001) == "0.00" and cell_text(-0.006) == "-0.01" and cell_text(float("nan")) == "NaN"
    def edit(net):  # tiny negatives beside a weight of 1: two decimals, so they read 0.00
        net.layers[0].params["W"].fill(-1e-4)
        net.layers[0].params["W"][1, 2] = 1.0
    heatmaps = shown(qtbot, WeightHeatmaps(), snapshot_of(Config(hidden=[LayerConfig(3)]), edit=edit))
    assert set(heatmaps.plots[0].numbers.texts[:5]) == {"0.00"}


def test_every_matrix_of_a_deep_network_is_reachable_and_exported(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    heatmaps = shown(qtbot, WeightHeatmaps(), snapshot_of(Config(hidden=[LayerConfig(3)] * 12)), size=(600, 400))
    assert [p.plot.titleLabel.text.split()[0] for p in heatmaps.plots] == [f"W{k}" for k in range(1, 14)]
    scroll = by_name(heatmaps, "Weight matrices")
    assert isinstance(scroll, QScrollArea) and scroll.widget() is heatmaps.graphics
    qtbot.wait(50)
    bounds = heatmaps.graphics.sceneRect()
    for plot in heatmaps.plots:  # all inside the scrollable picture, none squeezed to nothing
        rect = plot.plot.sceneBoundingRect()
        assert bounds.contains(rect) and rect.height() > 80 and rect.width() > 80
    assert scroll.verticalScrollBar().maximum() > 0
    path = tmp_path / "weights.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(path), ""))
    heatmaps.graphics.scene().contextMenu[0].trigger()
    image = QImage(str(path))
    assert image.height() >= heatmaps.plots[-1].plot.sceneBoundingRect().bottom()
    assert image.height() > scroll.viewport().height()


def test_recurrent_and_convolution_layers_are_drawn_not_dropped(qtbot):
    rnn = snapshot_of(Config(dataset="sine", n_samples=60, sequence_length=6, loss="mse",
                             hidden=[LayerConfig.rnn(4)]))
    heatmaps = shown(qtbot, WeightHeatmaps(), rnn)
    titles = [p.plot.titleLabel.text for p in heatmaps.plots]
    assert titles[:2] == ["L1 W_xh (1×4)", "L1 W_hh (4×4)"] and titles[2].startswith("W2")
    np.testing.assert_array_equal(heatmaps.plots[1].image.image, rnn.layers[0].W_hh.value)
    np.testing.assert_array_equal(heatmaps.plots[1].bias.image[0], rnn.layers[0].b.value)
    cnn = snapshot_of(Config(dataset="crosses_squares", n_samples=60, batch_size=16,
                             hidden=[LayerConfig.conv(3), LayerConfig.pool(2), LayerConfig(5)]))
    heatmaps.show_snapshot(cnn)
    assert heatmaps.plots[0].shape == (9, 3)  # 1 channel · 3 · 3 kernel entries × 3 filters
    assert [p.plot.titleLabel.text.split()[0] for p in heatmaps.plots] == ["L1", "W2", "W3"]
    histograms = shown(qtbot, WeightHistogramView(), cnn)
    assert histograms.names == ["L1", "L2", "L3"]
    gradients = shown(qtbot, GradientHealthView(), cnn)
    assert [c[0].name() for c in gradients.curves] == ["L1", "L2", "L3"]
    assert gradients.history.n == 3  # one point per update of the three (see the bucket test)


WILD = [1e308, -1e308, np.inf, -np.inf, np.nan]


@pytest.mark.parametrize("value", WILD)
def test_every_view_survives_wild_weights(qtbot, value):
    def edit(net):
        net.layers[0].params["W"][0, 0] = value
        net.layers[0].params["b"][0] = value
        net.grad[:3] = value
    snap = snapshot_of(Config(), edit=edit)
    snap.step_rows.data[-1, 1:] = value
    snap.eval_rows.data[-1, 2:] = value
    heatmaps = shown(qtbot, WeightHeatmaps(), snap)
    for plot in heatmaps.plots:
        assert np.isfinite(plot.image.image).all() and np.isfinite(plot.bar.levels()).all()
    heatmaps.scope_combo.setCurrentIndex(heatmaps.scope_combo.findData("network"))
    heatmaps.show_combo.setCurrentIndex(heatmaps.show_combo.findData("since_init"))
    for view in (heatmaps, shown(qtbot, WeightHistogramView(), snap), shown(qtbot, GradientHealthView(), snap)):
        view.redraw()
        assert not view.grab().isNull()
    loss = LossPlot()
    qtbot.addWidget(loss)
    loss.append(snap.eval_rows)
    loss.show()
    loss.redraw()
    assert not loss.grab().isNull()


def advice_for(qtbot, config, steps):
    view = shown(qtbot, GradientHealthView(), snapshot_of(config, steps))
    advice = by_name(view, "Gradient advice")
    return advice.text() if advice.isVisible() else ""


@pytest.mark.parametrize("steps", [1, 5, 60])
def test_a_large_learning_rate_is_named_as_the_cause(qtbot, steps):
    text = advice_for(qtbot, Config(learning_rate=10.0), steps)
    assert "learning rate is too large" in text or "lower the learning rate" in text, text
    assert "ReLU" not in text


def test_not_finite_weights_give_one_line_not_vanishing_and_exploding(qtbot):
    snap = snapshot_of(Config(), edit=lambda net: net.layers[1].params["W"].fill(np.nan))
    view = shown(qtbot, GradientHealthView(), snap)
    text = by_name(view, "Gradient advice").text()
    assert "NaN" in text and "learning rate" in text and "vanish" not in text and "\n" not in text


@pytest.mark.parametrize("steps", [1, 2, 20])
def test_dead_relu_units_keep_their_warning(qtbot, steps):
    relu = [LayerConfig(4, "relu", init_scale=5.0), LayerConfig(2, "relu", init_scale=5.0)]
    text = advice_for(qtbot, Config(hidden=relu), steps)
    assert "50% of the ReLU units of L2 are dead" in text, text


def test_many_troubled_layers_still_get_one_short_line(qtbot):
    deep = [LayerConfig(4, "sigmoid", init="normal", init_scale=0.3)] * 6
    view = shown(qtbot, GradientHealthView(), snapshot_of(Config(hidden=deep), 3), size=(500, 500))
    advice = by_name(view, "Gradient advice")
    assert advice.isVisible() and "\n" not in advice.text()
    assert advice.height() < 40 and view.graphics.height() > 380


def test_many_updates_in_one_snapshot_draw_their_course_in_buckets(qtbot):
    """Stepping 400 at once, or opening a long session, shows how the gradient went, not
    a single averaged point; a bounded number of points per snapshot."""
    view = shown(qtbot, GradientHealthView(), snapshot_of(Config(), steps=400))
    steps = view.history.view()[:, 0]
    assert len(steps) == 64 and steps[-1] == 400 and np.all(np.diff(steps) > 0)
    x, _ = view.curves[0][0].getData()
    assert len(x) == 64


def test_a_deep_network_s_histograms_scroll_instead_of_flattening(qtbot, make_window):
    window = make_window(Config(hidden=[LayerConfig(4)] * 12))
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: len(window.histograms.names) == 13)
    rows = -(-13 // 3)
    assert window.histograms.height() >= 90 * rows > window.docks["histograms"].height()


def test_small_updates_show_their_digits_not_zeros():
    """Found by a new user: ΔW cells all read 0.00 while the colour bar spanned ±0.002."""
    from playground.gui.views.weight_matrices import cell_decimals
    assert cell_text(-0.0012, cell_decimals(0.002)) == "-0.0012"
    assert cell_text(0.4, cell_decimals(1.5)) == "0.40"
    assert cell_text(-0.00001, cell_decimals(0.002)) == "0.0000"


@pytest.mark.parametrize("mode", ["bias", "plane", "sample"])
@pytest.mark.parametrize("value", WILD)
def test_the_network_diagram_survives_wild_weights(qtbot, value, mode):
    """Issue 13: one weight of 1e308 (finite, so no warning) crashed the GUI."""
    from playground.gui.network_editor import NetworkEditor

    def edit(net):
        net.layers[0].params["W"][0, 0] = value
        net.layers[0].params["W"][1, :] = -value
        net.layers[2].params["b"][0] = value
    config = Config()
    exp = Experiment(config)
    exp.trainer.step()
    edit(exp.network)
    with np.errstate(all="ignore"):  # the engine's grid overflows too; it reports that elsewhere
        snap = exp.snapshot(grid_size=20, sample=0)
    editor = NetworkEditor()
    qtbot.addWidget(editor)
    editor.resize(900, 600)
    editor.set_config(config, ["x1", "x2"])
    editor.show()
    qtbot.waitExposed(editor)
    editor.neuron_mode.setCurrentIndex(editor.neuron_mode.findData(mode))
    editor.set_snapshot(snap)
    editor.select((1, 0))
    assert not editor.grab().isNull()
    qtbot.mouseMove(editor, editor.rect().center())
    assert not editor.grab().isNull()


def test_the_message_bar_offers_to_go_back_after_a_blow_up(qtbot, window):
    from PySide6.QtCore import Qt
    from playground.engine import DivergenceError
    window.controller.step(60)
    wait_snapshot(qtbot, window, lambda s: s.step == 60)
    bar = window.message_bar
    error = DivergenceError(step=60, code="exploding_weights", ratio=2e6, checkpoint=50)
    window.controller.problem.emit("warning", error)
    assert bar.rewind_button.isVisible() and bar.rewind_button.text() == "Go back to update 50"
    window.controller.step(5)  # past the engine's checkpoint (taken at update 60)
    wait_snapshot(qtbot, window, lambda s: s.step == 65)
    with qtbot.waitSignal(window.controller.built, timeout=5000):
        qtbot.mouseClick(bar.rewind_button, Qt.LeftButton)
    assert wait_snapshot(qtbot, window, lambda s: True).step == 60
    assert not bar.isVisible()
