"""Growable column store for per-update and per-evaluation records.

Appending a row is one array assignment; the buffer doubles when full, so recording at
every update costs O(1) amortized and never builds Python lists of floats.
"""
from __future__ import annotations

import numpy as np


class History:
    def __init__(self, width: int, capacity: int = 1024, dtype=np.float64):
        self._buf = np.empty((capacity, width), dtype=dtype)
        self.n = 0

    @property
    def width(self) -> int:
        return self._buf.shape[1]

    def append(self, row) -> None:
        self.next_row()[...] = row

    def next_row(self) -> np.ndarray:
        """A new row to fill in place (saves building a temporary row in hot loops)."""
        if self.n == len(self._buf):
            grown = np.empty((2 * len(self._buf), self.width), dtype=self._buf.dtype)
            grown[:self.n] = self._buf[:self.n]
            self._buf = grown
        self.n += 1
        return self._buf[self.n - 1]

    def view(self) -> np.ndarray:
        """The rows so far (a view: copy it before handing it to another thread)."""
        return self._buf[:self.n]

    def load(self, rows: np.ndarray) -> None:
        rows = np.asarray(rows, dtype=self._buf.dtype).reshape(-1, self.width)
        self._buf = np.empty((max(1024, 2 * len(rows)), self.width), dtype=self._buf.dtype)
        self._buf[:len(rows)] = rows
        self.n = len(rows)

    def clear(self) -> None:
        self.n = 0
