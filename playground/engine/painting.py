"""Data painted by hand on the input plane: a stroke adds points of one class, an eraser
removes the points near it.  Plain functions on a :class:`Dataset`, so the GUI's Paint mode
and a script or a test edit data the same way."""
from __future__ import annotations

import numpy as np

from .datasets import Dataset
from .errors import DataError

MIN_POINTS = 4  # the fewest samples a run may have (a train and a test side, and a batch)


def painted(data: Dataset, points: np.ndarray, label: int) -> Dataset:
    """``data`` with ``points`` (k, 2) of class ``label`` added; a label past the last class
    adds a class."""
    if data.task != "classification" or data.x.ndim != 2 or data.x.shape[1] != 2:
        raise DataError(code="paint_needs_classes")
    points = np.asarray(points, float).reshape(-1, 2)
    labels = np.full(len(points), int(label), dtype=data.y.dtype)
    return Dataset(np.concatenate([data.x, points]), np.concatenate([data.y, labels]), data.task,
                   max(data.n_classes, int(label) + 1), data.feature_names)


def erased(data: Dataset, centers: np.ndarray, radius: float) -> Dataset:
    """``data`` without the points within ``radius`` of any of ``centers`` (k, 2); it keeps
    at least MIN_POINTS, else it is a :class:`DataError`."""
    centers = np.asarray(centers, float).reshape(-1, 2)
    distances = np.hypot(*(data.x[:, None, :] - centers[None, :, :]).transpose(2, 0, 1))  # (n, k)
    keep = ~(distances <= radius).any(axis=1)
    if keep.sum() < MIN_POINTS:
        raise DataError(code="paint_too_few_points", least=MIN_POINTS)
    return Dataset(data.x[keep], data.y[keep], data.task, data.n_classes, data.feature_names)


def joined(train: Dataset, test: Dataset) -> Dataset:
    """All the points of a split again, training points first."""
    return Dataset(np.concatenate([train.x, test.x]), np.concatenate([train.y, test.y]), train.task,
                   train.n_classes, train.feature_names)
