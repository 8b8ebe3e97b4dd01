"""Data for the image and sequence layers, all made or read locally (nothing is downloaded).

Images are (n, 1, 8, 8) in [0, 1]; sequences are (n, time, 1).  Each generator takes an
explicit ``numpy.random.Generator``.
"""
from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np

from .datasets import Dataset
from .errors import DataError

DIGITS_FILE = Path(__file__).resolve().parents[2] / "resources" / "digits.csv.gz"
IMAGE_SIZE = 8


def digits() -> Dataset:
    """The bundled UCI 8×8 handwritten digits (1,797 images, 10 classes; CC BY 4.0)."""
    try:
        with gzip.open(DIGITS_FILE, "rt") as handle:
            table = np.loadtxt(handle, delimiter=",")
    except (OSError, ValueError) as exc:
        raise DataError(f"the bundled digits data cannot be read ({DIGITS_FILE}): {exc}") from None
    x = (table[:, :-1] / 16.0).reshape(-1, 1, IMAGE_SIZE, IMAGE_SIZE)
    return Dataset(x, table[:, -1].astype(int), "classification", 10, ("pixels",))


def bars(n: int, noise: float, rng: np.random.Generator) -> Dataset:
    """Class 0: one horizontal bar; class 1: one vertical bar; anywhere, plus noise.
    The ideal first-layer kernels are horizontal and vertical edge detectors."""
    y = rng.integers(0, 2, n)
    x = rng.normal(0, noise, (n, 1, IMAGE_SIZE, IMAGE_SIZE))
    where = rng.integers(1, IMAGE_SIZE - 1, n)
    for i in range(n):  # one bar per image: a loop over images, not pixels
        if y[i] == 0:
            x[i, 0, where[i], 1:-1] += 1.0
        else:
            x[i, 0, 1:-1, where[i]] += 1.0
    return Dataset(x, y, "classification", 2, ("pixels",))


def sine(n: int, steps: int, frequency: float, noise: float, rng: np.random.Generator) -> Dataset:
    """Windows of sin(2π f t + φ) with noise; the target is the next (clean) value."""
    phase = rng.uniform(0, 2 * np.pi, (n, 1))
    t = np.arange(steps + 1)[None, :]
    wave = np.sin(2 * np.pi * frequency * t + phase)
    x = (wave[:, :steps] + rng.normal(0, noise, (n, steps)))[:, :, None]
    return Dataset(x, wave[:, steps], "regression", 0, ("value",))


def delayed_echo(n: int, steps: int, delay: int, rng: np.random.Generator) -> Dataset:
    """Random ±1 inputs; the class is whether the input ``delay`` steps before the end was
    +1.  The larger the delay, the farther the gradient must travel back through time."""
    if not 0 <= delay < steps:
        raise DataError(f"the delay must be 0 to {steps - 1} steps, not {delay}")
    x = rng.choice([-1.0, 1.0], (n, steps, 1))
    return Dataset(x, (x[:, steps - 1 - delay, 0] > 0).astype(int), "classification", 2, ("bit",))
