"""A plot that shows one picture (an image, a feature map, a kernel window): rows downwards,
square pixels, no axes, no mouse panning, the shared diverging colour map."""
from __future__ import annotations

import pyqtgraph as pg

from . import cache_axes
from .weight_heatmaps import color_map


def picture_plot(graphics: pg.GraphicsLayoutWidget, **where) -> tuple[pg.PlotItem, pg.ImageItem]:
    """(plot, image) added to ``graphics`` at ``where`` (row, col, colspan, title…)."""
    plot = graphics.addPlot(**where)
    plot.invertY(True)
    plot.setAspectLocked(True)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.hideAxis("left")
    plot.hideAxis("bottom")
    cache_axes(plot)
    image = pg.ImageItem(axisOrder="row-major")
    image.setColorMap(color_map())
    plot.addItem(image)
    return plot, image
