"""Small faults a new user met on a first trial (issue 16 polish): each test failed before its fix."""
import numpy as np
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QTabBar

from playground.engine import Config, LayerConfig
from playground.gui.views.gradient_health import GradientHealthView


def tick_label_rects(plot, size):
    """The drawn text rectangles of a plot's left axis (what a painter would draw)."""
    axis = plot.getAxis("left")
    image = QImage(size, QImage.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [rect for rect, _, text in specs[2] if text]


def test_an_empty_gradient_plot_has_readable_tick_labels_and_says_it_waits_for_data(qtbot):
    view = GradientHealthView()
    qtbot.addWidget(view)
    view.resize(230, 290)
    view.show()
    qtbot.waitExposed(view)
    view.redraw()
    for plot in (view.norm_plot, view.ratio_plot):
        rects = tick_label_rects(plot, view.size())
        assert len(rects) >= 2
        assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    assert all(text.isVisible() for text in view.empty_texts)


def test_gradients_within_one_decade_keep_readable_tick_labels(qtbot):
    view = GradientHealthView()
    qtbot.addWidget(view)
    view.resize(230, 290)
    view.show()
    qtbot.waitExposed(view)
    values = np.full((3, 2), 0.03)
    view._set_ranges(10.0, values, values)
    for plot in (view.norm_plot, view.ratio_plot):
        rects = tick_label_rects(plot, view.size())
        assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


def test_the_output_plots_x_range_is_the_data_planes_in_a_wide_dock(qtbot):
    from playground.engine import Experiment
    from playground.gui.views.output_view import OutputView
    experiment = Experiment(Config())
    view = OutputView()
    qtbot.addWidget(view)
    view.resize(390, 180)  # the Output dock at 1280×800: wide and low
    view.show()
    qtbot.waitExposed(view)
    view.set_plane(experiment.plane_data(), "classification", 2, 2)
    qtbot.wait(50)
    (x0, _), (x1, _) = experiment.plane_data().extent
    (left, right), _ = view.plot.getPlotItem().viewRange()
    assert right - left <= 1.25 * (x1 - x0)  # was 3.4 times


CNN = Config(dataset="digits", n_samples=200, hidden=[LayerConfig.conv(4, padding="same"), LayerConfig.pool(2)])
RNN = Config(dataset="sine", n_samples=100, loss="mse", hidden=[LayerConfig.rnn(5)])
SHAPED_VIEWS = ("kernels", "feature_maps", "through_time", "step_through", "unrolled")


def shown(window) -> set:
    return {key for key in SHAPED_VIEWS if window.docks[key].toggleViewAction().isChecked()}  # open, tab in front or not


def rebuild(qtbot, window, config):
    with qtbot.waitSignal(window.controller.built, timeout=20000):
        window.controller.rebuild(config)


def test_a_dense_run_shows_no_cnn_or_rnn_views_and_its_view_tabs_stay_readable(make_window, qtbot):
    window = make_window(Config())
    window.resize(1280, 800)
    qtbot.wait(100)
    assert shown(window) == set()
    bar = next(b for b in window.findChildren(QTabBar) if "Weights" in [b.tabText(i) for i in range(b.count())])
    for i in range(bar.count()):  # no tab elided ("W…", "Ke…")
        assert bar.tabRect(i).width() >= bar.fontMetrics().horizontalAdvance(bar.tabText(i)), bar.tabText(i)
    rebuild(qtbot, window, CNN)
    assert shown(window) == {"kernels", "feature_maps", "step_through"}
    rebuild(qtbot, window, RNN)
    assert shown(window) == {"through_time", "unrolled"}
    rebuild(qtbot, window, Config())
    assert shown(window) == set()


def test_the_gradient_legend_of_three_layers_fits_the_narrow_plot(qtbot):
    """The default network's legend ran out of the plot at 1280×800 (its "L3" cut in half)."""
    view = GradientHealthView()
    qtbot.addWidget(view)
    view.resize(230, 290)  # the Gradients dock at 1280×800
    view.show()
    qtbot.waitExposed(view)
    view._restart(["L1", "L2", "L3"])
    qtbot.wait(20)
    legend, box = view.norm_plot.legend, view.norm_plot.vb
    assert legend.mapRectToScene(legend.boundingRect()).height() <= box.mapRectToScene(box.boundingRect()).height()
