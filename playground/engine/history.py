"""Bounded column store for per-update and per-evaluation records.

Appending a row is one array assignment.  Memory does not grow with the run's length: the
newest rows stay at full resolution, and older ones are folded into buckets of three rows each
(at the bucket's first, middle and last x: the minimum, mean and maximum of every value
column), so a plot of the whole run still shows every spike.  When the summary outgrows its
bound, adjacent buckets are folded again (its resolution halves); the cost is O(1) amortized
per row.  The first ``x_columns`` columns are coordinates (step, epoch), never summarized.

Layout of the one buffer: ``[summary | recent]``; ``view()`` returns both, in x order.
"""
from __future__ import annotations

import numpy as np

RECENT_ROWS = 4096  # full resolution for at least this many newest rows (at most twice as many)
FOLD_GROUP = 8  # recent rows per bucket when they age into the summary (8 rows → 3)
SUMMARY_ROWS = 6144  # the summary's bound: past it, buckets are folded pairwise


def fold(rows: np.ndarray, group: int, x_columns: int) -> np.ndarray:
    """Rows folded ``group`` at a time into triples: x at the group's first, middle and last row;
    values min, mean and max over the group (NaN ignored; all-NaN stays NaN).  A tail shorter
    than a group is kept as it is, after the triples."""
    k, width = len(rows) // group, rows.shape[1]
    groups = rows[:k * group].reshape(k, group, width)
    out = np.empty((k, 3, width), dtype=rows.dtype)
    out[:, :, :x_columns] = groups[:, [0, group // 2, group - 1], :x_columns]
    values = groups[:, :, x_columns:]
    out[:, 0, x_columns:] = np.fmin.reduce(values, axis=1)
    out[:, 2, x_columns:] = np.fmax.reduce(values, axis=1)
    finite = np.isfinite(values)
    with np.errstate(all="ignore"):
        out[:, 1, x_columns:] = np.where(finite, values, 0).sum(axis=1) / finite.sum(axis=1)
    return np.concatenate([out.reshape(3 * k, width), rows[k * group:]])


class History:
    """Rows of ``width`` numbers; see the module's docstring for what is kept."""

    def __init__(self, width: int, capacity: int = 1024, dtype=np.float64, x_columns: int = 1,
                 recent: int = RECENT_ROWS, summary: int = SUMMARY_ROWS):
        self._buf = np.empty((capacity, width), dtype=dtype)
        self.n = 0  # rows held (summary + recent)
        self.n_summary = 0
        self.total = 0  # rows ever appended: a mark for rows_since
        self.x_columns, self.recent, self.summary = x_columns, recent, summary

    @property
    def width(self) -> int:
        return self._buf.shape[1]

    def append(self, row) -> None:
        self.next_row()[...] = row

    def extend(self, rows) -> None:
        """Append many rows in one go (a long history row by row took seconds to load)."""
        rows = np.asarray(rows, dtype=self._buf.dtype).reshape(-1, self.width)
        self.total += len(rows)
        s = self.n_summary
        if self.n - s + len(rows) > 2 * self.recent:  # fold once, however many rows came
            recent = np.concatenate([self._buf[s:self.n], rows])
            aged = recent[:-self.recent]
            aged = fold(aged, max(FOLD_GROUP, -(-3 * len(aged) // self.summary)), self.x_columns)
            self._place(self._bounded(np.concatenate([self._buf[:s], aged])), recent[-self.recent:])
            return
        self._make_room(len(rows))
        self._buf[self.n:self.n + len(rows)] = rows
        self.n += len(rows)

    def next_row(self) -> np.ndarray:
        """A new row to fill in place (saves building a temporary row in hot loops)."""
        self._make_room(1)
        self.n += 1
        self.total += 1
        return self._buf[self.n - 1]

    def _make_room(self, count: int) -> None:
        """Fold the oldest recent rows into the summary when the recent part would pass twice
        its size, and grow the buffer (doubling) while it is smaller than the bound."""
        if self.n - self.n_summary + count > 2 * self.recent:
            self._age(self.n - self.n_summary - self.recent)
        if self.n + count > len(self._buf):
            grown = np.empty((max(2 * len(self._buf), self.n + count), self.width), dtype=self._buf.dtype)
            grown[:self.n] = self._buf[:self.n]
            self._buf = grown

    def _age(self, count: int) -> None:
        """Move the ``count`` oldest recent rows, folded, into the summary."""
        s, buf = self.n_summary, self._buf
        summary = np.concatenate([buf[:s], fold(buf[s:s + count], FOLD_GROUP, self.x_columns)])
        self._place(self._bounded(summary), buf[s + count:self.n].copy())

    def _bounded(self, summary: np.ndarray) -> np.ndarray:
        """The summary folded until it fits its bound: first in one step to about the bound
        when it is far over (a long file), then two buckets into one at a time."""
        if len(summary) > 2 * self.summary:
            summary = fold(summary, -(-3 * len(summary) // self.summary), self.x_columns)
        while len(summary) > self.summary:
            summary = fold(summary, 6, self.x_columns)
        return summary

    def _place(self, summary: np.ndarray, recent: np.ndarray) -> None:
        self.n_summary, self.n = len(summary), len(summary) + len(recent)
        if self.n > len(self._buf):
            self._buf = np.empty((self.n, self.width), dtype=self._buf.dtype)
        self._buf[:len(summary)] = summary
        self._buf[len(summary):self.n] = recent

    def view(self) -> np.ndarray:
        """The rows held, oldest first (a view: copy it before handing it to another thread)."""
        return self._buf[:self.n]

    def rows_since(self, mark: int) -> np.ndarray:
        """The rows appended after ``total`` was ``mark`` that are still at full resolution
        (a view).  Rows already folded into the summary are gone from here."""
        first = max(self.n_summary, self.n - (self.total - mark))
        return self._buf[first:self.n]

    def load(self, rows: np.ndarray) -> None:
        """Replace the contents with ``rows`` (e.g. a saved history): the newest ``2 * recent``
        rows at full resolution, the rest folded until they fit the summary's bound (vectorized, so
        a file from before histories were bounded opens quickly)."""
        rows = np.asarray(rows, dtype=self._buf.dtype).reshape(-1, self.width)
        split = max(0, len(rows) - 2 * self.recent)  # what this class saved fits as it was
        summary = self._bounded(rows[:split])
        self._buf = np.empty((max(1024, len(summary) + 2 * self.recent), self.width), dtype=self._buf.dtype)
        self._place(summary, rows[split:])
        self.total = self.n

    def clear(self) -> None:
        self.n = self.n_summary = self.total = 0
