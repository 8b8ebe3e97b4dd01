"""Where the network diagram puts its neurons and links, as arrays (no Qt, no painting).

Columns are the drawn layers (0 = inputs, last = output).  Everything is computed with
NumPy for all neurons at once: the diagram is hit-tested on every mouse move and painted up
to 30 times a second, so per-neuron Python loops would cost the GUI thread real time.
"""
from __future__ import annotations

import numpy as np

HEADER = 64  # room above the neurons for each column's buttons
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_BOTTOM = 70.0, 50.0, 16.0
MAX_LINKS_PER_GAP = 300  # more is a solid block of colour and a slow paint
LINK_HIT_PIXELS = 4.0


class NetworkGeometry:
    def __init__(self, sizes: list[int], width: float, height: float):
        self.sizes = list(sizes)
        n = len(sizes)
        self.column_x = MARGIN_LEFT + (width - MARGIN_RIGHT - MARGIN_LEFT) * np.arange(n) / max(n - 1, 1)
        area = height - HEADER - 20
        self.radius = max(2.5, min(13.0, area / (2.6 * max(sizes))))
        top, bottom = HEADER + 20.0, height - MARGIN_BOTTOM
        self.neuron_y = []
        for count in sizes:
            step = min((bottom - top) / max(count, 1), 3.0 * self.radius)
            y0 = (top + bottom) / 2 - step * (count - 1) / 2
            self.neuron_y.append(y0 + step * np.arange(count))

    def neuron_pos(self, column: int, index: int) -> tuple[float, float]:
        return float(self.column_x[column]), float(self.neuron_y[column][index])

    def neuron_at(self, x: float, y: float) -> tuple[int, int] | None:
        r = self.radius + 2
        column = int(np.argmin(np.abs(self.column_x - x)))
        if abs(self.column_x[column] - x) > r:
            return None
        dy = np.abs(self.neuron_y[column] - y)
        index = int(np.argmin(dy))
        return (column, index) if dy[index] <= 1.5 * r else None

    def links(self, gap: int, weights: np.ndarray) -> np.ndarray:
        """Indices (k,) into ``weights.ravel()`` of the links drawn between columns gap and
        gap + 1: all of them, or the ``MAX_LINKS_PER_GAP`` strongest."""
        flat = np.abs(weights).ravel()
        if flat.size <= MAX_LINKS_PER_GAP:
            return np.arange(flat.size)
        return np.argpartition(flat, -MAX_LINKS_PER_GAP)[-MAX_LINKS_PER_GAP:]

    def link_ends(self, gap: int, shown: np.ndarray, n_out: int) -> np.ndarray:
        """(k, 4) array of x0, y0, x1, y1 for the links ``shown`` (flat indices i·n_out + j)."""
        i, j = np.divmod(shown, n_out)
        x0, x1 = self.column_x[gap], self.column_x[gap + 1]
        return np.column_stack([np.full(len(i), x0), self.neuron_y[gap][i],
                                np.full(len(j), x1), self.neuron_y[gap + 1][j]])

    def link_at(self, x: float, y: float, weights: list[np.ndarray]) -> tuple[int, int, int] | None:
        """(gap, i, j) of the drawn link nearest to (x, y) within LINK_HIT_PIXELS, or None."""
        gap = int(np.searchsorted(self.column_x, x)) - 1
        if gap < 0 or gap >= len(weights):
            return None
        shown = self.links(gap, weights[gap])
        ends = self.link_ends(gap, shown, weights[gap].shape[1])
        start, direction = ends[:, :2], ends[:, 2:] - ends[:, :2]
        t = np.clip(((np.array([x, y]) - start) * direction).sum(1) / (direction ** 2).sum(1), 0, 1)
        distance = np.hypot(*(start + t[:, None] * direction - [x, y]).T)
        best = int(np.argmin(distance))
        if distance[best] > LINK_HIT_PIXELS:
            return None
        i, j = divmod(int(shown[best]), weights[gap].shape[1])
        return gap, i, j
