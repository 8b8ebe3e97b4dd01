"""Data for the image and sequence layers, all made or read locally (nothing is downloaded).

Images are (n, 1, 8, 8) in [0, 1]; sequences are (n, time, 1).  Each generator takes an
explicit ``numpy.random.Generator``.  :data:`SHAPED_DATASETS` names them for a
:class:`~playground.engine.config.Config`, as ``datasets.DATASETS`` names the 2-D sets.
"""
from __future__ import annotations

import functools
import gzip
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from .datasets import Dataset
from .errors import DataError

DIGITS_FILE = Path(__file__).resolve().parents[2] / "resources" / "digits.csv.gz"
N_DIGITS = 1797
IMAGE_SIZE = 8


@functools.lru_cache(maxsize=1)
def _digits_table() -> np.ndarray:
    try:
        with gzip.open(DIGITS_FILE, "rt") as handle:
            table = np.loadtxt(handle, delimiter=",")
    except (OSError, ValueError) as exc:
        raise DataError(code="digits_unreadable", file=str(DIGITS_FILE), detail=str(exc)) from None
    table.flags.writeable = False  # cached and shared: nobody may change it
    return table


def digits() -> Dataset:
    """The bundled UCI 8×8 handwritten digits (1,797 images, 10 classes; CC BY 4.0)."""
    table = _digits_table()
    x = (table[:, :-1] / 16.0).reshape(-1, 1, IMAGE_SIZE, IMAGE_SIZE)
    return Dataset(x, table[:, -1].astype(int), "classification", 10, ("pixels",))


def some_digits(n: int, noise: float, rng: np.random.Generator) -> Dataset:
    """``n`` of the digits drawn without replacement, plus Gaussian pixel noise."""
    if not 1 <= n <= N_DIGITS:
        raise DataError(code="digits_count", most=N_DIGITS, value=n)
    every = digits()
    pick = np.sort(rng.choice(N_DIGITS, n, replace=False))
    x = every.x[pick] + (rng.normal(0, noise, (n, 1, IMAGE_SIZE, IMAGE_SIZE)) if noise else 0.0)
    return Dataset(x, every.y[pick], "classification", 10, ("pixels",))


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


def crosses_squares(n: int, noise: float, rng: np.random.Generator) -> Dataset:
    """Class 0: a plus sign (arms of 1 or 2 pixels); class 1: the outline of a 3×3 or 4×4
    square; anywhere, plus noise.  Crosses have line ends and a centre where a horizontal and
    a vertical line meet; squares have corners: the kernels that tell them apart."""
    y = rng.integers(0, 2, n)
    x = rng.normal(0, noise, (n, 1, IMAGE_SIZE, IMAGE_SIZE))
    sizes = rng.integers(0, 2, n)
    for i in range(n):  # one shape per image: a loop over images, not pixels
        if y[i] == 0:
            arm = 1 + sizes[i]
            r, c = rng.integers(arm, IMAGE_SIZE - arm, 2)
            x[i, 0, r, c - arm:c + arm + 1] += 1.0
            x[i, 0, r - arm:r + arm + 1, c] += 1.0
            x[i, 0, r, c] -= 1.0  # the centre once, not twice
        else:
            side = 3 + sizes[i]
            r, c = rng.integers(0, IMAGE_SIZE - side + 1, 2)
            x[i, 0, r:r + side, c:c + side] += 1.0
            x[i, 0, r + 1:r + side - 1, c + 1:c + side - 1] -= 1.0  # hollow
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
        raise DataError(code="delay_out_of_range", most=steps - 1, value=delay)
    x = rng.choice([-1.0, 1.0], (n, steps, 1))
    return Dataset(x, (x[:, steps - 1 - delay, 0] > 0).astype(int), "classification", 2, ("bit",))


def adding(n: int, steps: int, rng: np.random.Generator) -> Dataset:
    """The adding problem (Hochreiter and Schmidhuber, 1997): each step holds a random value
    in [0, 1) and a marker; exactly two steps are marked, one in each half of the sequence,
    and the target is the sum of their values.  Predicting the mean, 1, scores an MSE of 1/6;
    doing better means carrying a value across up to ``steps`` steps."""
    if steps < 2:
        raise DataError(code="adding_needs_steps", value=steps)
    values = rng.uniform(0, 1, (n, steps))
    half = steps // 2
    first, second = rng.integers(0, half, n), rng.integers(half, steps, n)
    markers = np.zeros((n, steps))
    rows = np.arange(n)
    markers[rows, first] = markers[rows, second] = 1.0
    x = np.stack([values, markers], axis=2)
    return Dataset(x, values[rows, first] + values[rows, second], "regression", 0, ("value", "marker"))


@dataclass(frozen=True)
class ShapedSet:
    """A data set whose samples are images (channels, height, width) or sequences (time,
    features).  ``make(n, noise, rng, length, frequency, delay)`` draws it; each set uses the
    settings that apply to it."""

    label: str
    kind: str  # "image" or "sequence"
    task: str
    make: Callable[..., Dataset]


SHAPED_DATASETS: dict[str, ShapedSet] = {
    "digits": ShapedSet("Handwritten digits (8×8)", "image", "classification",
                        lambda n, noise, rng, *_: some_digits(n, noise, rng)),
    "bars": ShapedSet("Bars: horizontal or vertical", "image", "classification",
                      lambda n, noise, rng, *_: bars(n, noise, rng)),
    "crosses_squares": ShapedSet("Crosses or squares", "image", "classification",
                                 lambda n, noise, rng, *_: crosses_squares(n, noise, rng)),
    "sine": ShapedSet("Sine wave: the next value", "sequence", "regression",
                      lambda n, noise, rng, length, frequency, _: sine(n, length, frequency, noise, rng)),
    "echo": ShapedSet("Echo: the bit k steps back", "sequence", "classification",
                      lambda n, noise, rng, length, _, delay: delayed_echo(n, length, delay, rng)),
    "adding": ShapedSet("Adding: the sum of two marked values", "sequence", "regression",
                        lambda n, noise, rng, length, *_: adding(n, length, rng)),
}
