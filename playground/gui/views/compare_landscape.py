"""Loss landscape of compared runs: every run's training path on ONE map.

The plane is shared: centred on the first copy's initial weights (where the copies all start,
unless their initialization is what differs), with directions from its weights (random) or
from all the paths together (principal).  Compute first collects each copy's recorded path
from its engine, then the first copy's engine measures the slice once for all of them, in the
background, within a time budget; resetting the copies cancels it.  The loss is the first
copy's (its loss function and regularization)."""
from __future__ import annotations

import pyqtgraph as pg

from .landscape_view import LandscapeView

BUDGET_SECONDS = 8.0  # the shared map is measured at the resolution that fits this long


class CompareLandscapeView(LandscapeView):
    def __init__(self, controllers: list, labels: list[str], colors: list, parent=None):
        super().__init__(controllers[0] if controllers else None, parent)  # none: a picture only
        self.controllers = controllers
        self.plot.setToolTip(self.tr("Loss over one slice through the weights, the same for every copy: dark = low. "
                                     "Each line is a copy's path from the shared start (the ring)"))
        self.status.setText(self.tr("Press Compute to draw every copy's path on one loss map."))
        self.legend = self.plot.addLegend(offset=(-10, 10), brush=(255, 255, 255, 200), labelTextColor=(0, 0, 0))
        self.paths = [pg.PlotDataItem(name=label, pen=pg.mkPen(color, width=2), symbol="o", symbolSize=4,
                                      symbolBrush=color, symbolPen=None)
                      for label, color in zip(labels, colors)]
        self.ends = pg.ScatterPlotItem(size=9, pen=pg.mkPen("w", width=1))
        for item in (*self.paths, self.ends):
            self.plot.addItem(item)
        self._collected: dict[int, object] = {}
        self._collecting = False
        self.cancel.clicked.connect(self._stop_collecting)  # (no controllers: never enabled)
        for controller in controllers:
            controller.built.connect(self._on_controller_built)

    def _ask(self, **options) -> None:
        """First every copy's recorded path, then one slice for all of them."""
        self._collected.clear()
        self._collecting = True
        for index, controller in enumerate(self.controllers):
            controller.recorded_path(lambda accepted, value, k=index: self._on_path(k, accepted, value))

    def _on_path(self, index: int, accepted: bool, value) -> None:
        if not self._collecting:
            return
        if not accepted:
            self._stop_collecting()
            self._on_answer(False, value)
            return
        self._collected[index] = value
        if len(self._collected) == len(self.controllers):
            self._collecting = False
            paths = [self._collected[k] for k in range(len(self.controllers))]
            super()._ask(paths=paths, budget=BUDGET_SECONDS)

    def _stop_collecting(self) -> None:
        if self._collecting:
            self._collecting = False
            self._on_answer(True, None)

    def _on_controller_built(self, _info) -> None:
        """A copy reset (or restarted): the slice would no longer show these runs."""
        if self._collecting:
            self._stop_collecting()
        elif self.cancel.isEnabled():
            self.controller.cancel_landscape()

    def _draw_paths(self, landscape) -> None:
        """Each copy's path in its colour, a white-rimmed dot where it is now; the ring is the start."""
        for item, path in zip(self.paths, landscape.paths):
            item.setData(path[:, 0], path[:, 1])
        self.ends.setData([p[-1, 0] for p in landscape.paths], [p[-1, 1] for p in landscape.paths],
                          brush=[item.opts["pen"].color() for item in self.paths])
        self.now.setData([0.0], [0.0])
