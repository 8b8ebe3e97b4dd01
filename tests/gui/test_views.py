"""The live views follow the snapshots: right data, right orientation, right colours."""
import warnings

import numpy as np
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from playground.engine import Config, LayerConfig
from playground.gui import palette

from .conftest import by_name, click_action, wait_snapshot


def pixel(widget, point: QPointF) -> QColor:
    return widget.grab().toImage().pixelColor(point.toPoint())


def close_to(color: QColor, expected: QColor, tolerance: int = 12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(color.getRgb()[:3], expected.getRgb()[:3]))


def test_heatmaps_show_each_matrix_with_inputs_as_rows(qtbot, make_window):
    window = make_window(Config(hidden=[LayerConfig(3)]))
    click_action(qtbot, window, window.toolbar.step_action)
    snapshot = wait_snapshot(qtbot, window, lambda s: s.step == 1)
    qtbot.waitUntil(lambda: np.array_equal(window.heatmaps.plots[0].image.image, snapshot.layers[0].W.value))
    titles = [plot.plot.titleLabel.text for plot in window.heatmaps.plots]
    assert titles == ["W1 (2×3)", "W2 (3×1)"]
    for plot, layer in zip(window.heatmaps.plots, snapshot.layers):
        assert plot.image.image.shape == layer.W.value.shape
        np.testing.assert_array_equal(plot.image.image, layer.W.value)
        np.testing.assert_array_equal(plot.bias.image[0], layer.b.value)


def test_heatmap_colours_follow_the_sign(qtbot, make_window):
    window = make_window(Config(hidden=[LayerConfig(3)]))
    heatmaps = window.heatmaps
    heatmaps.numbers_check.setChecked(False)  # numbers would cover the pixels read below
    for index, value in (((0, 0), 5.0), ((0, 1), -5.0), ((1, 2), 0.0)):
        window.controller.edit_weight(0, "W", index, value)
    wait_snapshot(qtbot, window, lambda s: s.layers[0].W.value[0, 1] == -5.0)
    qtbot.waitUntil(lambda: heatmaps.plots[0].image.image[0, 1] == -5.0)
    plot = heatmaps.plots[0]
    to_widget = heatmaps.graphics.mapFromScene
    assert close_to(pixel(heatmaps.graphics, QPointF(to_widget(plot.cell_center(0, 0)))), palette.POSITIVE)
    assert close_to(pixel(heatmaps.graphics, QPointF(to_widget(plot.cell_center(0, 1)))), palette.NEGATIVE)
    assert close_to(pixel(heatmaps.graphics, QPointF(to_widget(plot.cell_center(1, 2)))), palette.NEUTRAL)


def test_hovering_a_cell_reads_out_its_weight(qtbot, window):
    heatmaps = window.heatmaps
    w = window.controller.latest.layers[0].W.value
    qtbot.waitUntil(lambda: len(heatmaps.plots) == 3)
    point = heatmaps.graphics.mapFromScene(heatmaps.plots[0].cell_center(1, 2))
    qtbot.mouseMove(heatmaps.graphics.viewport(), point)
    qtbot.waitUntil(lambda: heatmaps.readout.text().startswith("W1: w[X₂ → h1.3]"))
    assert heatmaps.readout.text().endswith(f"= {w[1, 2]:.4g}")


def test_change_since_start_is_zero_after_reset_and_not_after_steps(qtbot, window):
    window.heatmaps.show_combo.setCurrentIndex(window.heatmaps.show_combo.findData("since_init"))
    assert not np.any(window.heatmaps.plots[0].image.image)
    click_action(qtbot, window, window.toolbar.step_action)
    wait_snapshot(qtbot, window, lambda s: s.step == 1)
    qtbot.waitUntil(lambda: np.any(window.heatmaps.plots[0].image.image))


def test_editing_a_link_in_the_dialog_changes_exactly_that_weight(qtbot, window):
    editor = window.editor
    before = [layer.W.value.copy() for layer in window.controller.latest.layers]
    geometry = editor.geometry_now()
    (x0, y0), (x1, y1) = geometry.neuron_pos(0, 0), geometry.neuron_pos(1, 0)
    middle = QPointF((x0 + x1) / 2, (y0 + y1) / 2)
    assert geometry.link_at(middle.x(), middle.y(), editor.weights) == (0, 0, 0)

    def type_value():
        dialog = QApplication.activeModalWidget()
        dialog.setDoubleValue(0.75)
        dialog.accept()
    QTimer.singleShot(200, type_value)
    qtbot.mouseClick(editor, Qt.LeftButton, pos=middle.toPoint())
    after = wait_snapshot(qtbot, window, lambda s: s.layers[0].W.value[0, 0] == 0.75)
    expected = before
    expected[0][0, 0] = 0.75
    for w, layer in zip(expected, after.layers):
        np.testing.assert_array_equal(layer.W.value, w)
    qtbot.waitUntil(lambda: window.heatmaps.plots[0].image.image[0, 0] == 0.75)


def test_selecting_a_neuron_shows_its_formula_and_dims_other_links(qtbot, window):
    editor = window.editor
    x, y = editor.geometry_now().neuron_pos(1, 1)
    qtbot.mouseClick(editor, Qt.LeftButton, pos=QPoint(int(x), int(y)))
    assert editor.selected == (1, 1)
    w, b = editor.weights[0][:, 1], editor.state.biases[0][1]
    assert editor.state.formula.startswith("h1.2:  z = ")
    assert f"{abs(w[1]):.2f}·X₂" in editor.state.formula and f"{abs(b):.2f}," in editor.state.formula
    qtbot.mouseClick(editor, Qt.LeftButton, pos=QPoint(int(x), int(y)))
    assert editor.selected is None and editor.state.formula == ""


def test_hovering_a_neuron_shows_its_output_large(qtbot, window):
    editor = window.editor
    x, y = editor.geometry_now().neuron_pos(1, 0)
    qtbot.mouseMove(editor, QPoint(int(x), int(y)))
    qtbot.waitUntil(lambda: "h1.1" in window.output_view.title.text())
    qtbot.mouseMove(editor, QPoint(5, editor.height() - 5))
    qtbot.waitUntil(lambda: window.output_view.title.text().startswith("Network output"))


def test_loss_plot_gains_points_while_playing_and_clears_on_reset(qtbot, window):
    click_action(qtbot, window, window.toolbar.play_action)
    qtbot.waitUntil(lambda: window.loss_plot.history.n > 5, timeout=5000)
    click_action(qtbot, window, window.toolbar.play_action)
    qtbot.waitUntil(lambda: len(window.loss_plot.train_curve.xData) > 5)
    click_action(qtbot, window, window.toolbar.reset_action)
    qtbot.waitUntil(lambda: window.loss_plot.history.n <= 1)
    x = window.loss_plot.train_curve.xData
    assert x is None or len(x) <= 1


def test_trained_circle_classifier_separates_centre_and_ring(qtbot, window):
    window.controller.set_hyperparameters(learning_rate=0.1)
    window.controller.step(3000)
    wait_snapshot(qtbot, window, lambda s: s.step == 3000 and s.metrics["train_accuracy"] > 0.95, timeout=20000)
    qtbot.waitUntil(lambda: window.output_view.grid is not None)
    rgb = window.output_view.image.image.astype(float)
    size = rgb.shape[0]
    centre, ring = rgb[size // 2, size // 2], rgb[size // 2, int(size * 0.9)]  # (0, 0) and (4.8, 0)
    classes = palette.class_rgb(2)
    nearest = [int(np.argmin(np.abs(classes - c).sum(1))) for c in (centre, ring)]
    assert nearest == [1, 0]  # the centre is class 1 (blue), the ring class 0 (orange)


def test_a_vanishing_gradient_is_called_out(qtbot, make_window):
    deep = [LayerConfig(4, "sigmoid", init="normal", init_scale=0.3)] * 8
    window = make_window(Config(hidden=deep))
    click_action(qtbot, window, window.toolbar.step_action)
    advice = by_name(window.gradient_view, "Gradient advice")
    qtbot.waitUntil(advice.isVisible)
    assert "L1" in advice.text() and "vanish" in advice.text() and "ReLU" in advice.text()
    assert "\n" not in advice.text()  # one line, not a paragraph per layer


def test_every_view_renders_something(qtbot, window):
    window.resize(1440, 900)  # the offscreen screen is 800×800: the window opens at its minimum there
    click_action(qtbot, window, window.toolbar.step_action)
    wait_snapshot(qtbot, window, lambda s: s.step == 1)
    qtbot.wait(300)  # let the coalesced redraws happen
    for view in [window.editor, window.loss_plot, *window.views]:
        image = view.grab().toImage()
        colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
        assert len(colours) > 8, f"{type(view).__name__} looks blank"  # blank: one to three


def test_the_diagram_exports_as_png_and_svg(qtbot, window, tmp_path):
    from PySide6.QtGui import QImage

    from playground.gui.view_export import export_widget
    assert export_widget(window.editor, str(tmp_path / "net.png"))
    assert QImage(str(tmp_path / "net.png")).size() == window.editor.size()
    assert export_widget(window.editor, str(tmp_path / "net.svg"))
    svg = (tmp_path / "net.svg").read_text()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert svg.count("<polyline") + svg.count("<path") > 10  # the links are vectors, not one bitmap


def test_every_plot_offers_png_export_in_its_context_menu(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QFileDialog
    click_action(qtbot, window, window.toolbar.step_action)
    wait_snapshot(qtbot, window, lambda s: s.step == 1)
    views = {"loss": window.loss_plot.graphics, "output": window.output_view.plot, "weights": window.heatmaps.graphics,
             "gradients": window.gradient_view.graphics, "histograms": window.histograms}
    for name, view in views.items():
        actions = view.scene().contextMenu
        assert [a.text() for a in actions] == [f"Export {name} as PNG…"]
        path = tmp_path / f"{name}.png"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, p=str(path): (p, ""))
        actions[0].trigger()
        assert QImage(str(path)).size() == view.size(), name


def test_clicking_a_training_point_shows_its_activations_in_the_diagram(qtbot, window):
    view, editor = window.output_view, window.editor
    point = view.plane.train.x[7]
    scene_pos = view.plot.getPlotItem().vb.mapViewToScene(QPointF(*point))
    qtbot.mouseClick(view.plot.viewport(), Qt.LeftButton, pos=view.plot.mapFromScene(scene_pos))
    assert editor.neuron_mode.currentData() == "sample"
    snapshot = wait_snapshot(qtbot, window, lambda s: s.sample is not None and s.sample.index == 7)
    qtbot.waitUntil(lambda: editor.sample is not None and editor.sample.index == 7)
    hidden = snapshot.sample.columns[1]
    strongest = int(np.argmax(np.abs(hidden)))
    expected = palette.POSITIVE if hidden[strongest] > 0 else palette.NEGATIVE
    assert close_to(editor.state.fills[1][strongest], expected, tolerance=2)
    x, y = editor.geometry_now().neuron_pos(1, strongest)
    qtbot.mouseClick(editor, Qt.LeftButton, pos=QPoint(int(x), int(y)))
    assert editor.state.formula.endswith(f"→ {hidden[strongest]:.3f} for sample 8")


def test_a_hovered_neuron_is_drawn_from_its_plane_at_the_output_views_resolution(qtbot, window):
    """Thumbnails need 32 values a side, the Output view drawing a hovered neuron large the
    plane's 64: the engine sends them only while a neuron is hovered."""
    assert window.controller.latest.grid[1].shape[:2] == (32, 32)
    assert "neuron_planes" not in window.run.visible_views()
    editor = window.editor
    x, y = editor.geometry_now().neuron_pos(1, 0)
    qtbot.mouseMove(editor, QPoint(int(x), int(y)))
    qtbot.waitUntil(lambda: window.controller.latest.grid[1].shape[:2] == (64, 64))
    assert "neuron_planes" in window.run.visible_views()
    qtbot.mouseMove(editor, QPoint(5, editor.height() - 5))
    qtbot.waitUntil(lambda: "neuron_planes" not in window.run._shown)


def test_a_neuron_whose_plane_was_not_sent_leaves_the_networks_output_drawn(qtbot, window):
    """A snapshot made before the views changed may lack the hidden planes: hovering a neuron
    or drawing thumbnails then shows what there is instead of failing in a paint."""
    snapshot = window.controller.latest
    snapshot.grid = [g if c in (0, len(snapshot.grid) - 1) else g[:0, :0] for c, g in enumerate(snapshot.grid)]
    window.output_view.grid = snapshot.grid
    window.output_view.show_neuron(1, 0, "h1.1")
    assert window.output_view.title.text().startswith("Network output")
    window.editor.take(snapshot)
    window.editor.redraw()
    assert window.editor.state.thumbnails == []
    window.editor.grab()


def test_a_big_nets_hovered_neuron_is_drawn_smooth_at_the_outputs_resolution(qtbot, make_window):
    """A 4×64 net's hidden planes come thinned (every 2nd point: 256 neurons); drawn as large
    as the output they were blocks.  Linear interpolation puts back what thinning removed
    from a smooth plane (exactly, for a linear one)."""
    from playground.gui.views.output_view import as_fine_as
    full = np.add.outer(np.arange(64.0), 2 * np.arange(64.0))
    assert np.allclose(as_fine_as(full[::3, ::3], 64)[:64 - 1, :64 - 1], full[:63, :63])
    wild = np.full((32, 32), np.inf)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a diverged network's planes draw without warnings
        assert as_fine_as(wild, 64).shape == (64, 64)
    window = make_window(Config(hidden=[LayerConfig(64, "tanh")] * 4))
    editor = window.editor
    x, y = editor.geometry_now().neuron_pos(2, 5)
    qtbot.mouseMove(editor, QPoint(int(x), int(y)))
    qtbot.waitUntil(lambda: "h2.6" in window.output_view.title.text())
    assert window.output_view.grid[2].shape[0] < 64  # thinned in the engine
    assert window.output_view.image.image.shape[:2] == (64, 64)


def test_ticks_of_ten_thousand_and_more_are_written_short(qtbot, window):
    """"200004000060000": written out, a narrow plot's update counts ran together."""
    axis = window.loss_plot.loss_plot.getAxis("bottom")
    assert axis.tickStrings([0, 20000, 40000], 1, 20000) == ["0", "20k", "40k"]
    assert axis.tickStrings([12000, 12500], 1, 500) == ["12.0k", "12.5k"]
    assert axis.tickStrings([1e6, 1.5e6], 1, 5e5) == ["1.0M", "1.5M"]
    assert axis.tickStrings([0, 500, 1000], 1, 500) == ["0", "500", "1000"]  # small numbers as before
    assert axis.tickStrings([1e300, 2e300], 1, 1e300) == ["1e+300", "2e+300"]  # a wild loss: not 300 digits of M
