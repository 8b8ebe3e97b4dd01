"""A 2-D slice of the loss around the current weights, with the training path projected on it.

The slice is L(θ + α d₁ + β d₂) over a grid of (α, β).  The directions are either random and
*filter-normalised* (Li et al. 2018, "Visualizing the Loss Landscape of Neural Nets": each
neuron's incoming weights in a direction get the norm of that neuron's weights in θ, biases
get none, so the picture does not depend on how the layers happen to be scaled), or the first
two principal directions of the path the weights took (the plane training moved in most).

Compared runs share one slice: centred on the first run's initial weights (the copies' common
start), with directions from that run's weights (random) or from all their paths together
(principal), each run's path projected on the same plane.

It is computed in pieces (:meth:`LandscapeJob.advance`) so that the engine process keeps
answering and training between them; θ is put back after every piece.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from .errors import ConfigError

MAX_SAMPLES = 512  # training samples the loss is measured on (a fixed, seeded subset)
MAX_PATH_BYTES = 50_000_000  # the recorded path's memory, however big the network
MAX_PATH_POINTS = 200
DIRECTIONS = ("random", "path")
RESOLUTIONS = (5, 200)  # grid points per side


@dataclass(frozen=True)
class Landscape:
    """The finished slice: ``loss[i, j]`` at θ₀ + alphas[j] d₁ + betas[i] d₂; each run's path as
    (k, 2) coordinates in the same plane, oldest first.  One run: θ₀ = the weights now, where its
    path ends; compared runs: θ₀ = the first run's initial weights, where their paths start."""
    alphas: np.ndarray
    betas: np.ndarray
    loss: np.ndarray
    paths: list
    directions: str
    step: int
    d1: np.ndarray
    d2: np.ndarray

    @property
    def path(self) -> np.ndarray:
        return self.paths[0]


class PathRecorder:
    """A bounded sample of the weights along training: at most ``capacity`` vectors; when
    full, every other one is dropped, so older parts of the path are kept more sparsely."""

    def __init__(self, size: int):
        self.capacity = max(2, min(MAX_PATH_POINTS, MAX_PATH_BYTES // max(8 * size, 1)))
        self.points: list[np.ndarray] = []
        self.steps: list[int] = []  # the update of each point
        self.every, self._count, self._last_step = 1, 0, -1

    def record(self, theta: np.ndarray, step: int) -> None:
        """Keep θ at update ``step`` (once per update however often it is offered)."""
        if step == self._last_step:
            return
        self._last_step = step
        self._count += 1
        if self._count % self.every:
            return
        self.points.append(theta.copy())
        self.steps.append(step)
        if len(self.points) >= self.capacity:
            self.points, self.steps = self.points[::2], self.steps[::2]
            self.every *= 2

    def ending_at(self, theta: np.ndarray, step: int) -> np.ndarray:
        """The kept points as a (k, n) array, then θ at update ``step`` unless it is the last."""
        ending = [] if self.steps and self.steps[-1] == step else [theta]
        return np.stack(self.points + ending)


def filter_normalised(net, rng: np.random.Generator, theta: np.ndarray | None = None) -> np.ndarray:
    """A random direction with each neuron's incoming weights scaled to that neuron's norm in
    θ (default: the network's weights now; a convolution's filter, a dense or recurrent unit's
    column); zero on biases."""
    theta = net.theta if theta is None else theta
    d = np.zeros_like(theta)
    for index in range(len(net.layers)):
        weights, direction = net.views(theta, index), net.views(d, index)
        for name, (_, spec) in net.slots[index].items():
            if spec.kind != "weight":
                continue
            w = weights[name]
            r = rng.standard_normal(w.shape)
            axes = tuple(range(1, w.ndim)) if w.ndim > 2 else (0,)  # kernels (F, C, k, k): per filter
            norm = lambda a: np.sqrt((a * a).sum(axis=axes, keepdims=True))  # noqa: E731
            direction[name][...] = r * (norm(w) / np.maximum(norm(r), 1e-12))
    return d


def principal_directions(points: list[np.ndarray], theta: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The two directions the path moved along most (PCA of θᵢ − θ), scaled to the path's spread."""
    if len(points) < 3:
        raise ConfigError(code="landscape_path_too_short", count=len(points))
    offsets = np.stack(points) - theta
    _, s, vt = np.linalg.svd(offsets - offsets.mean(axis=0), full_matrices=False)
    spread = s[:2] / np.sqrt(len(points))
    return vt[0] * 2 * max(spread[0], 1e-12), vt[1] * 2 * max(spread[1], 1e-12)


def project(points: list[np.ndarray], theta: np.ndarray, d1: np.ndarray, d2: np.ndarray) -> np.ndarray:
    """(k, 2) least-squares coordinates of θᵢ − θ in the plane of d₁, d₂."""
    if not points:
        return np.zeros((0, 2))
    basis = np.stack([d1, d2], axis=1)
    gram = basis.T @ basis
    offsets = np.stack(points) - theta
    return np.linalg.solve(gram + 1e-12 * np.eye(2), basis.T @ offsets.T).T


def fit_resolution(asked: int, seconds_per_loss: float, budget: float | None) -> int:
    """The asked grid points per side, fewer when ``asked²`` losses would not fit ``budget`` seconds."""
    asked = int(np.clip(asked, *RESOLUTIONS))
    if budget is None:
        return asked
    return int(np.clip(np.sqrt(budget / max(seconds_per_loss, 1e-9)), RESOLUTIONS[0], asked))


class LandscapeJob:
    """Computes one :class:`Landscape` of ``experiment`` a few rows at a time.

    Alone, the slice is centred on the weights now and ``path`` (this run's recorder) ends
    there.  Given ``paths`` (several runs' recorded weights, arrays (k, n), each from its
    initial weights on), it is centred on ``paths[0][0]`` and every path is projected on it.
    ``budget`` (seconds) lowers the resolution to what fits in about that time."""

    def __init__(self, experiment, resolution: int, extent: float = 1.0, directions: str = "random",
                 path: PathRecorder | None = None, seed: int = 0, paths: list | None = None,
                 budget: float | None = None):
        self.experiment, self.directions = experiment, directions
        net, trainer = experiment.network, experiment.trainer
        now = net.theta.copy()
        runs = [list(path.points if path is not None else []) + [now]] if paths is None else [list(p) for p in paths]
        self.theta = now if paths is None else runs[0][0].copy()  # the slice's centre
        if directions == DIRECTIONS[1]:
            self.d1, self.d2 = principal_directions([p for run in runs for p in run], self.theta)
        else:
            rng = np.random.default_rng(seed)
            self.d1, self.d2 = filter_normalised(net, rng, self.theta), filter_normalised(net, rng, self.theta)
        pick = np.random.default_rng(seed).permutation(len(trainer.x_train))[:MAX_SAMPLES]
        self.x, self.y = trainer.x_train[np.sort(pick)], trainer.y_train[np.sort(pick)]
        self.paths = [project(run, self.theta, self.d1, self.d2) for run in runs]
        if directions == DIRECTIONS[1]:  # the paths' own plane: wide enough to show where they went
            extent = max(extent, 1.15 * max(float(np.abs(p).max()) for p in self.paths))
        started = time.perf_counter()
        self._losses([self.theta])  # how long one loss takes, for the budget
        resolution = fit_resolution(resolution, time.perf_counter() - started, budget)
        self.alphas = np.linspace(-extent, extent, resolution)
        self.betas = np.linspace(-extent, extent, resolution)
        self.loss = np.full((resolution, resolution), np.nan)
        self.step = trainer.step_count
        self.row = 0

    @property
    def path(self) -> np.ndarray:
        return self.paths[0]

    @property
    def fraction(self) -> float:
        return self.row / len(self.betas)

    @property
    def done(self) -> bool:
        return self.row >= len(self.betas)

    def _losses(self, thetas) -> list[float]:
        """Loss plus penalty at each θ on the sampled training points; then the network's own
        weights (which training may have moved since the job began) are put back."""
        net, trainer = self.experiment.network, self.experiment.trainer
        kept, values = net.theta.copy(), []
        try:
            with np.errstate(all="ignore"):
                for theta in thetas:
                    net.theta[...] = theta
                    out = net.forward(self.x)
                    values.append(trainer.loss.value(net.layers[-1].z, out, self.y)
                                  + trainer.regularizer.penalty(net.theta[:net.n_weights]))
        finally:
            net.theta[...] = kept
        return values

    def advance(self, seconds: float) -> None:
        """Compute rows for about ``seconds`` (one at least)."""
        start, first = time.perf_counter(), self.row
        while not self.done and (time.perf_counter() - start < seconds or self.row == first):
            beta = self.betas[self.row]
            self.loss[self.row] = self._losses(self.theta + alpha * self.d1 + beta * self.d2 for alpha in self.alphas)
            self.row += 1

    def result(self) -> Landscape:
        finite = np.where(np.isfinite(self.loss), self.loss, np.nan)
        return Landscape(self.alphas, self.betas, finite, self.paths, self.directions, self.step, self.d1, self.d2)
