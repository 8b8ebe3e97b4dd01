"""Live views fed by snapshots: each is built once per network and updated in place."""

from PySide6.QtWidgets import QGraphicsItem


def cache_axes(*plots) -> None:
    """Let Qt keep each axis as a pixmap: without it every frame replays every axis's tick
    labels (measured: half the GUI thread's time with all views open)."""
    for plot in plots:
        for name in ("left", "bottom", "right", "top"):
            plot.getAxis(name).setCacheMode(QGraphicsItem.DeviceCoordinateCache)
