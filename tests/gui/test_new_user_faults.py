"""Small faults a new user met on a first trial (issue 16 polish): each test failed before its fix."""
import numpy as np
from PySide6.QtGui import QImage, QPainter

from playground.engine import Config
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
