"""Live views fed by snapshots: each is built once per network and updated in place."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsItem, QScrollArea, QStackedWidget, QVBoxLayout


def draw_what_pixels_show(curve, clip: bool = True) -> None:
    """A curve of thousands of points drawn as its minimum and maximum per pixel column
    (pyqtgraph's default, five samples per pixel, cost 4 ms a paint for the gradient plots'
    14 curves), spikes kept; with ``clip`` only the part in view (not where a range must
    follow all the points)."""
    curve.setDownsampling(auto=True, method="peak")
    curve.opts["autoDownsampleFactor"] = 1.0
    curve.setClipToView(clip)


def cache_axes(*plots) -> None:
    """Let Qt keep each axis as a pixmap: without it every frame replays every axis's tick
    labels (measured: half the GUI thread's time with all views open).  No automatic SI
    prefix either: with it, every change of an axis's range sets its label's HTML again and
    re-lays the plot out (about 20 times a frame while playing), even for a hidden label."""
    for plot in plots:
        for name in ("left", "bottom", "right", "top"):
            axis = plot.getAxis(name)
            axis.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
            axis.enableAutoSIPrefix(False)


def scrolling(graphics) -> QScrollArea:
    """A scroll area around a plot grid whose numbered cells need more room than a narrow
    dock has (call :func:`keep_minimum` after filling the grid)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(graphics)
    return area


def keep_minimum(graphics) -> None:
    """The grid never shrinks below what its plots, colour bars and spacing need: the scroll
    area scrolls instead."""
    minimum = graphics.ci.layout.effectiveSizeHint(Qt.MinimumSize)
    graphics.setMinimumSize(int(minimum.width()) + 20, int(minimum.height()) + 20)


class SnapshotPaced:
    """Mixin for a view that keeps the latest snapshot (``take``) and draws it when the frame
    scheduler says it is due (``redraw``); ``show_snapshot`` draws at once (tests, exports),
    and a view shown again draws what it missed."""

    latest = None

    def _stack_below(self, controls, note, graphics) -> None:
        """The controls on top; below them the plots, or the note when the view does not
        apply to the run (``self.stack`` switches between the two)."""
        self.stack = QStackedWidget()
        self.stack.addWidget(note)
        self.stack.addWidget(graphics)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(controls)
        layout.addWidget(self.stack, 1)

    def take(self, snapshot) -> bool:
        self.latest = snapshot
        return True

    def show_snapshot(self, snapshot) -> None:
        self.take(snapshot)
        if self.isVisible():
            self.redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.redraw()
