"""Seeded 2-D data sets, the train/test split and the input features.

The classification and regression sets follow TensorFlow Playground's generators (points
in roughly [-6, 6]², ``noise`` in [0, 0.5]); moons, K-class spiral and checkerboard are
added.  Every draw uses the generator passed in, so the same seed gives the same points.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, NamedTuple

import numpy as np

from .errors import ConfigError
from .registry import lookup

RADIUS = 5.0
MAX_SAMPLES = 1_000_000
MAX_ABS_VALUE = 1e30  # larger inputs or targets overflow a squared loss within a few layers


@dataclass
class Dataset:
    """Points ``x`` (n, d) and labels ``y``: class indices (n,) or real targets (n,)."""

    x: np.ndarray
    y: np.ndarray
    task: str  # "classification" or "regression"
    n_classes: int = 0  # 0 for regression
    feature_names: tuple = ("x1", "x2")

    def targets(self) -> np.ndarray:
        """y as the network's target matrix: one 0/1 column for two classes, one-hot for
        K > 2, one real column for regression."""
        if self.task == "regression":
            return self.y.reshape(-1, 1).astype(float)
        if self.n_classes == 2:
            return self.y.reshape(-1, 1).astype(float)
        return np.eye(self.n_classes)[self.y]


def _noisy(rng, x, y, noise, spread=RADIUS):
    return (x + rng.uniform(-spread, spread, x.shape) * noise,
            y + rng.uniform(-spread, spread, y.shape) * noise)


def circle(n, noise, rng):
    half = n // 2
    r = np.concatenate([rng.uniform(0, RADIUS * 0.5, half), rng.uniform(RADIUS * 0.7, RADIUS, n - half)])
    angle = rng.uniform(0, 2 * np.pi, n)
    x, y = r * np.sin(angle), r * np.cos(angle)
    nx, ny = _noisy(rng, x, y, noise)
    return np.column_stack([x, y]), (np.hypot(nx, ny) < RADIUS * 0.5).astype(int)


def xor(n, noise, rng):
    x, y = rng.uniform(-5, 5, n), rng.uniform(-5, 5, n)
    x += np.where(x > 0, 0.3, -0.3)
    y += np.where(y > 0, 0.3, -0.3)
    nx, ny = _noisy(rng, x, y, noise)
    return np.column_stack([x, y]), (nx * ny >= 0).astype(int)


def gaussians(n, noise, rng):
    std = np.sqrt(0.5 + 3.5 * noise)
    half = n // 2
    label = np.r_[np.ones(half, int), np.zeros(n - half, int)]
    centre = np.where(label[:, None] == 1, 2.0, -2.0)
    return centre + rng.normal(0, std, (n, 2)), label


def spiral_k(n, noise, rng, k=3):
    per = n // k
    points, labels = [], []
    for c in range(k):
        count = per if c < k - 1 else n - per * (k - 1)
        i = np.arange(count) / count
        r, t = i * RADIUS, 1.75 * i * 2 * np.pi + 2 * np.pi * c / k
        points.append(np.column_stack([r * np.sin(t), r * np.cos(t)]) + rng.uniform(-1, 1, (count, 2)) * noise)
        labels.append(np.full(count, c))
    return np.concatenate(points), np.concatenate(labels)


def spiral(n, noise, rng):
    """Two arms, as in TF Playground (arm 0 has label 1)."""
    x, label = spiral_k(n, noise, rng, k=2)
    return x, 1 - label


def moons(n, noise, rng):
    half = n // 2
    t = rng.uniform(0, np.pi, n)
    upper = np.arange(n) < half
    mx = np.where(upper, np.cos(t), 1 - np.cos(t))
    my = np.where(upper, np.sin(t), 0.5 - np.sin(t))
    x = np.column_stack([3 * (mx - 0.5), 3 * (my - 0.25)]) + rng.normal(0, 1.5 * noise + 1e-12, (n, 2))
    return x, upper.astype(int)


def checkerboard(n, noise, rng):
    x, y = rng.uniform(-6, 6, n), rng.uniform(-6, 6, n)
    nx, ny = _noisy(rng, x, y, noise)
    return np.column_stack([x, y]), ((np.floor(nx / 3) + np.floor(ny / 3)) % 2).astype(int)


def regression_plane(n, noise, rng):
    x, y = rng.uniform(-6, 6, n), rng.uniform(-6, 6, n)
    nx, ny = _noisy(rng, x, y, noise, spread=6.0)
    return np.column_stack([x, y]), np.clip((nx + ny) / 10.0, -1, 1)


_BUMPS = np.array([[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]])


def regression_gaussians(n, noise, rng):
    x, y = rng.uniform(-6, 6, n), rng.uniform(-6, 6, n)
    nx, ny = _noisy(rng, x, y, noise, spread=6.0)
    d = np.hypot(nx[:, None] - _BUMPS[:, 0], ny[:, None] - _BUMPS[:, 1])
    values = _BUMPS[:, 2] * np.clip(1 - d / 2, 0, 1)
    pick = np.abs(values).argmax(axis=1)
    return np.column_stack([x, y]), values[np.arange(n), pick]


@dataclass(frozen=True)
class Generator2D:
    label: str
    task: str
    n_classes: int
    make: Callable


DATASETS: dict[str, Generator2D] = {
    "circle": Generator2D("Circle", "classification", 2, circle),
    "xor": Generator2D("Exclusive or", "classification", 2, xor),
    "gaussians": Generator2D("Two Gaussians", "classification", 2, gaussians),
    "spiral": Generator2D("Spiral", "classification", 2, spiral),
    "moons": Generator2D("Moons", "classification", 2, moons),
    "spiral3": Generator2D("Spiral, 3 classes", "classification", 3, spiral_k),
    "checkerboard": Generator2D("Checkerboard", "classification", 2, checkerboard),
    "reg_plane": Generator2D("Plane (regression)", "regression", 0, regression_plane),
    "reg_gaussians": Generator2D("Gaussian bumps (regression)", "regression", 0, regression_gaussians),
}


# Points drawn by hand on the plane (the Output view's Paint mode): like a CSV's rows they come
# with the run and are saved with it, but they are points of the plane, so the features apply.
PAINTED = "painted"
GIVEN_DATA = ("csv", PAINTED)  # data sets whose samples are handed in, never generated


def generate(name: str, n_samples: int, noise: float, rng: np.random.Generator) -> Dataset:
    gen = lookup(DATASETS, name, "data set")
    if not 4 <= n_samples <= MAX_SAMPLES:
        raise ConfigError(code="samples_out_of_range", most=MAX_SAMPLES, value=n_samples)
    if not 0 <= noise <= 1:
        raise ConfigError(code="out_of_range", what="noise", low=0, high=1, value=noise)
    x, y = gen.make(int(n_samples), float(noise), rng)
    return Dataset(x, y, gen.task, gen.n_classes)


def split(data: Dataset, train_fraction: float, rng: np.random.Generator):
    """Shuffle and split into (train, test); each side keeps at least one sample."""
    if not 0 < train_fraction < 1:
        raise ConfigError(code="out_of_range", what="train fraction", low=0, high=1, value=train_fraction)
    order = rng.permutation(len(data.x))
    cut = min(max(int(round(train_fraction * len(order))), 1), len(order) - 1)
    parts = order[:cut], order[cut:]
    return tuple(Dataset(data.x[p], data.y[p], data.task, data.n_classes, data.feature_names)
                 for p in parts)


class Feature(NamedTuple):
    """One input feature of a point p = (X₁, X₂): its display name and its NumPy code, an
    expression of the (n, 2) array ``p`` that both the engine and exported scripts run."""

    label: str
    code: str

    def __call__(self, points: np.ndarray) -> np.ndarray:
        return eval(self.code, {"np": np}, {"p": points})  # code is one of the constants below


FEATURES: dict[str, Feature] = {
    "x1": Feature("X₁", "p[:, 0]"),
    "x2": Feature("X₂", "p[:, 1]"),
    "x1_sq": Feature("X₁²", "p[:, 0] ** 2"),
    "x2_sq": Feature("X₂²", "p[:, 1] ** 2"),
    "x1_x2": Feature("X₁X₂", "p[:, 0] * p[:, 1]"),
    "sin_x1": Feature("sin(X₁)", "np.sin(p[:, 0])"),
    "sin_x2": Feature("sin(X₂)", "np.sin(p[:, 1])"),
}


def make_features(points: np.ndarray, names) -> np.ndarray:
    """The network's inputs: one column per chosen feature of 2-D ``points``."""
    if not names:
        raise ConfigError(code="no_features")
    return np.column_stack([lookup(FEATURES, n, "feature")(points) for n in names])
