"""Loss and accuracy plots whose axes follow the curves on rounded limits, set only when these
limits change: auto-ranging inside each paint moved the axes every frame, which painted the
plot twice and measured and drew all its tick labels again (about a quarter of the GUI
thread's time while playing).  A zoom or pan by the user is kept until pyqtgraph's "A" button
hands the axes back to the curves.

A mixin for the widget that owns the plots: the plots' signals reach the widget's own
methods, so Qt drops the connections with the widget (a helper object's were still called
while the plots were torn down, and crashed the process at exit)."""
from __future__ import annotations

import numpy as np

from .round_limits import decades, nice_limit, nice_span


class FollowingAxes:
    def follow_curves(self) -> None:
        """Call once ``loss_plot`` and ``accuracy_plot`` exist."""
        self.following = True  # the axes follow the curves until the user zooms or pans
        self.ranges: tuple | None = None  # the limits set last
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.disableAutoRange()
            plot.vb.sigRangeChangedManually.connect(self._on_range_changed_manually)
            plot.vb.sigStateChanged.connect(self._on_view_state_changed)

    def follow(self, last_x: float, losses: np.ndarray, log: bool) -> None:
        """Limits for curves up to ``last_x`` and these loss values (on a log axis or not)."""
        ranges = (nice_limit(last_x), decades(losses) if log else nice_span(losses))
        if not self.following or ranges == self.ranges:
            return
        self.ranges = ranges
        self.loss_plot.setRange(xRange=(0, ranges[0]), yRange=ranges[1], padding=0.02)
        self.accuracy_plot.setRange(yRange=(0, 1), padding=0.02)

    def _on_range_changed_manually(self, *_) -> None:
        self.following = False

    def _on_view_state_changed(self, view) -> None:
        if any(view.state["autoRange"]):
            view.disableAutoRange()
            self.following, self.ranges = True, None
            self.redraw()
