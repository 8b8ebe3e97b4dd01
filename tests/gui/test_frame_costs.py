"""What a frame costs the GUI thread, counted rather than timed (issue 12): per-cell text
items, paints per redraw, labels set again, per-neuron images.  Each test fails if one of the
regressions measured on main comes back (the default case fell from 26 to 12 frames/s)."""
import warnings

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QImage

from playground.engine import Config, Experiment, LayerConfig
from playground.engine.snapshots import Snapshot
from playground.gui import palette
from playground.gui.network_editor import NetworkEditor
from playground.gui.network_painter import ColumnPicture
from playground.gui.views.gradient_health import POINTS_PER_SNAPSHOT, GradientHealthView, bucket_means
from playground.gui.views.loss_plot import LossPlot
from playground.gui.views.weight_heatmaps import WeightHeatmaps


class PaintCounter(QObject):
    def __init__(self, widget):
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Paint:
            self.count += 1
        return False


def snapshots(config: Config, count: int, steps: int = 20, grid: int = 0, warm_up: int = 0) -> list:
    exp, out = Experiment(config), []
    for _ in range(warm_up):
        exp.trainer.step()
    exp.snapshot()
    for _ in range(count):
        for _ in range(steps):
            exp.trainer.step()
        out.append(exp.snapshot(grid))
    return out


def show(qtbot, widget, size=(400, 400)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_heatmap_numbers_are_one_item_per_matrix_not_one_per_cell(qtbot):
    """400 TextItems re-laid out on every changed number were most of a frame."""
    heatmaps = show(qtbot, WeightHeatmaps(), (900, 700))
    snaps = snapshots(Config(hidden=[LayerConfig(8), LayerConfig(8)]), 2)
    for snap in snaps:
        heatmaps.take(snap)
        heatmaps.redraw()
    items = heatmaps.graphics.scene().items()
    assert not [item for item in items if isinstance(item, pg.TextItem)]
    w2 = heatmaps.plots[1]
    assert len(w2.numbers.texts) == 8 * 8 + 8 and w2.numbers.isVisible()
    assert w2.numbers.texts[:8] == [f"{v:.2f}".replace("-0.00", "0.00") for v in snaps[-1].layers[1].W.value[0]]
    assert not w2.numbers.set_texts(list(w2.numbers.texts))  # the same texts: nothing to repaint


def test_gradient_plots_paint_once_per_redraw(qtbot):
    """Auto-ranging inside paint moved the axes after each new point: two paints a frame."""
    view = show(qtbot, GradientHealthView(), (300, 400))
    paints = PaintCounter(view.graphics.viewport())
    ranges = set()
    for snap in snapshots(Config(hidden=[LayerConfig(4)] * 3), 12, steps=10, warm_up=1000):
        view.take(snap)
        view.redraw()
        ranges.add(view.ranges)
        qtbot.wait(5)
    assert paints.count <= 12 + len(ranges)  # once a frame, and once more when the rounded axes change
    assert len(ranges) <= 3  # updates 1010-1120: the rounded x axis stays at 1200
    x_range, _ = view.norm_plot.vb.viewRange()
    assert x_range[1] >= view.history.view()[-1, 0]  # every point inside the axes


def test_gradient_intake_averages_buckets_like_array_split(qtbot):
    rng = np.random.default_rng(1)
    for n in (1, 63, 64, 65, 1000):
        values = rng.normal(size=(n, 4))
        values[rng.random((n, 4)) < 0.2] = np.nan
        values[rng.random((n, 4)) < 0.05] = np.inf
        values[:, 0] = np.nan  # a column with no finite value: a gap
        steps = np.arange(n) + 7
        expected = []
        for bucket in np.array_split(np.arange(n), min(n, POINTS_PER_SNAPSHOT)):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                finite = np.where(np.isfinite(values[bucket]), values[bucket], np.nan)
                expected.append([steps[bucket[-1]], *np.nanmean(finite, 0)])
        np.testing.assert_allclose(bucket_means(steps, values), expected, equal_nan=True)


def test_loss_plot_sets_its_axis_title_only_when_it_changes(qtbot, monkeypatch):
    """A new label re-lays the plot out: not on every frame."""
    plot = show(qtbot, LossPlot())
    calls = []
    axis = plot._x_axis()
    original = axis.setLabel
    monkeypatch.setattr(axis, "setLabel", lambda *a, **k: (calls.append(a), original(*a, **k)))
    for snap in snapshots(Config(), 5):
        plot.take(snap)
        plot.redraw()
    assert calls == []
    plot.x_combo.setCurrentIndex(1)  # against epochs: the title follows
    assert calls and axis.labelText == plot.axis_titles["epoch"]


def test_diagram_draws_each_column_of_thumbnails_as_one_picture(qtbot):
    """One image per column (770 per-neuron images at 12×64); each neuron's square still
    shows its own output over the plane."""
    config = Config(hidden=[LayerConfig(3), LayerConfig(2)])
    editor = show(qtbot, NetworkEditor(), (600, 420))
    editor.set_config(config, ["X1", "X2"])
    snap = snapshots(config, 1, grid=16)[0]
    editor.take(snap)
    editor.redraw()
    pictures = editor.state.thumbnails
    assert [type(p) for p in pictures] == [ColumnPicture] * 4
    assert [len(p.cells) for p in pictures] == [2, 3, 2, 1]
    image = editor.grab().toImage().convertToFormat(QImage.Format_RGB32)
    ratio = image.devicePixelRatio()
    for column, picture in enumerate(pictures):
        grid = snap.grid[column]
        m = grid.shape[0] // 2
        near_middle = palette.diverging_rgb(grid[m - 1:m + 2, m - 1:m + 2], float(np.abs(grid).max()))
        for unit, cell in enumerate(picture.cells):  # the square's centre shows the plane's middle
            centre = cell.center() * ratio
            got = QColor(image.pixel(int(centre.x()), int(centre.y())))
            rgb = np.array([got.red(), got.green(), got.blue()])
            distance = np.abs(near_middle[:, :, unit].reshape(-1, 3) - rgb).max(axis=1).min()
            assert distance <= 3, (column, unit, rgb, near_middle[:, :, unit])


def test_a_moving_axis_range_does_not_set_its_label_again(qtbot, monkeypatch):
    """pyqtgraph's automatic SI prefix set an axis label's HTML on every range change (about
    20 times a frame): the loss plot's axes follow the growing curve without it."""
    plot = show(qtbot, LossPlot())
    relabelled = []
    for name in ("bottom", "left"):
        axis = plot.loss_plot.getAxis(name)
        original = axis._updateLabel
        monkeypatch.setattr(axis, "_updateLabel", lambda original=original: (relabelled.append(1), original()))
    before = plot.loss_plot.vb.viewRange()
    for snap in snapshots(Config(), 5):
        plot.take(snap)
        plot.redraw()
        qtbot.wait(5)
    assert plot.loss_plot.vb.viewRange() != before  # the axes did move
    assert relabelled == []


def test_loss_plot_paints_once_per_redraw_on_rounded_axes(qtbot):
    """Auto-ranging inside paint moved both axes after every new point: the plot painted twice
    a frame and drew all its tick labels again (a quarter of the GUI thread's time)."""
    plot = show(qtbot, LossPlot())
    paints = PaintCounter(plot.graphics.viewport())
    ranges = set()
    for snap in snapshots(Config(), 12, steps=10, warm_up=1000):
        plot.take(snap)
        plot.redraw()
        ranges.add(plot.ranges)
        qtbot.wait(5)
    assert paints.count <= 12 + len(ranges)
    assert len(ranges) <= 3  # updates 1010-1120: the rounded x axis stays at 1200
    rows = plot.history.view()
    (x_low, x_high), (y_low, y_high) = plot.loss_plot.vb.viewRange()
    assert x_low <= 0 and x_high >= rows[-1, 0]  # every point inside the axes
    assert y_low <= np.nanmin(rows[:, 2:4]) and y_high >= np.nanmax(rows[:, 2:4])


def test_loss_plot_keeps_the_users_zoom_until_auto_range(qtbot):
    plot = show(qtbot, LossPlot())
    snaps = snapshots(Config(), 6, steps=50)
    for snap in snaps[:3]:
        plot.take(snap)
        plot.redraw()
    plot.loss_plot.vb.scaleBy((0.5, 0.5))  # as the mouse wheel does
    plot.loss_plot.vb.sigRangeChangedManually.emit(plot.loss_plot.vb.state["mouseEnabled"])
    zoomed = plot.loss_plot.vb.viewRange()
    for snap in snaps[3:]:
        plot.take(snap)
        plot.redraw()
    assert plot.loss_plot.vb.viewRange() == zoomed  # new points do not undo the zoom
    plot.loss_plot.autoBtnClicked()  # the "A" button: follow the curves again
    assert plot.following and plot.loss_plot.vb.viewRange()[0][1] >= plot.history.view()[-1, 0]


def test_diagram_thumbnails_are_made_again_only_for_a_new_grid(qtbot, monkeypatch):
    """A grid the engine kept (the same list) keeps its pictures: 7 of a 12×64 diagram's
    redraw's ms went to resampling and colouring thumbnails that had not changed."""
    from playground.gui import network_editor
    config = Config(hidden=[LayerConfig(3), LayerConfig(2)])
    editor = show(qtbot, NetworkEditor(), (600, 420))
    editor.set_config(config, ["X1", "X2"])
    made = []
    original = network_editor.column_picture
    monkeypatch.setattr(network_editor, "column_picture", lambda *a: (made.append(1), original(*a))[1])
    first, second = snapshots(config, 2, grid=16)
    kept = Snapshot(**{**vars(second), "grid": first.grid})
    for snap, expected in ((first, 4), (kept, 4), (second, 8)):
        editor.take(snap)
        editor.redraw()
        assert len(made) == expected
    editor.set_config(config, ["X1", "X2"])  # a new diagram state: pictures again
    editor.take(first)
    editor.redraw()
    assert len(made) == 12 and len(editor.state.thumbnails) == 4


def test_loss_and_accuracy_share_one_x_axis_under_the_lower_plot(qtbot):
    """Numbers and title once, under the accuracy plot (a copy under the loss plot took a
    third of the dock at 1280×800); a regression has no accuracy plot: under the loss plot."""
    plot = show(qtbot, LossPlot())
    loss_axis, accuracy_axis = plot.loss_plot.getAxis("bottom"), plot.accuracy_plot.getAxis("bottom")
    plot.set_task("classification")
    assert not loss_axis.style["showValues"] and not loss_axis.label.isVisible()
    assert accuracy_axis.style["showValues"] and accuracy_axis.labelText == plot.axis_titles["step"]
    plot.set_task("regression")
    assert loss_axis.style["showValues"] and loss_axis.label.isVisible()
    assert loss_axis.labelText == plot.axis_titles["step"]


def test_compared_losses_share_rounded_axes_that_hold_every_run(qtbot):
    """The compare window's loss plot follows all runs on rounded limits (it auto-ranged in
    every paint, as the single run's plot did), and keeps a zoom by hand."""
    from playground.gui.views.race_plot import RacePlot
    plot = show(qtbot, RacePlot())
    plot.set_runs(["SGD", "Adam"])
    ranges = set()
    for k in range(1, 11):
        for run, loss in ((0, 0.9), (1, 0.5)):
            plot.append(run, np.array([[1000 + 10 * k, loss / k, loss, 0.5, 0.5]]))
        plot.redraw()
        ranges.add(plot.ranges)
    assert len(ranges) == 1  # updates 1010-1100, losses ≤ 0.9: the axes stay at 1200 × 0…1
    (x0, x1), (y0, y1) = plot.loss_plot.vb.viewRange()
    assert x0 <= 0 and x1 >= 1100 and y0 <= 0.05 and y1 >= 0.9
    plot.loss_plot.vb.sigRangeChangedManually.emit(plot.loss_plot.vb.state["mouseEnabled"])
    plot.append(0, np.array([[5000, 3.0, 3.0, 0.5, 0.5]]))
    plot.redraw()
    assert plot.loss_plot.vb.viewRange()[0][1] < 5000  # the user's range stays


def test_a_short_loss_plot_gives_the_accuracy_plots_room_to_the_loss(qtbot):
    """At 1280×800 the dock left two plots ~35 px each, their axis labels on top of each other:
    below TWO_PLOTS_LINES of height only the loss is drawn (the toolbar shows the accuracy)."""
    from PySide6.QtGui import QFontMetrics
    from playground.gui.views.loss_plot import TWO_PLOTS_LINES
    plot = show(qtbot, LossPlot(), (400, 400))
    plot.set_task("classification")
    assert plot.accuracy_plot.isVisible()
    line = QFontMetrics(plot.font()).height()
    plot.resize(400, (TWO_PLOTS_LINES - 2) * line)
    qtbot.waitUntil(lambda: not plot.accuracy_plot.isVisible())
    loss_axis = plot.loss_plot.getAxis("bottom")
    assert loss_axis.style["showValues"] and not loss_axis.label.isVisible()  # "Against" below names it
    assert not plot.loss_plot.legend.isVisible()
    plot.resize(400, 400)
    qtbot.waitUntil(lambda: plot.accuracy_plot.isVisible())
    assert not loss_axis.style["showValues"] and plot.loss_plot.legend.isVisible()
