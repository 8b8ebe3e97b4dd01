"""A 2-D slice of the loss around the current weights, with the training path projected on it.

The slice is L(θ + α d₁ + β d₂) over a grid of (α, β).  The directions are either random and
*filter-normalised* (Li et al. 2018, "Visualizing the Loss Landscape of Neural Nets": each
neuron's incoming weights in a direction get the norm of that neuron's weights in θ, biases
get none, so the picture does not depend on how the layers happen to be scaled), or the first
two principal directions of the path the weights took (the plane training moved in most).

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
    """The finished slice: ``loss[i, j]`` at (alphas[j], betas[i]); the path as (k, 2)
    coordinates in the same plane, oldest first, ending at (0, 0) = the weights now."""
    alphas: np.ndarray
    betas: np.ndarray
    loss: np.ndarray
    path: np.ndarray
    directions: str
    step: int


class PathRecorder:
    """A bounded sample of the weights along training: at most ``capacity`` vectors; when
    full, every other one is dropped, so older parts of the path are kept more sparsely."""

    def __init__(self, size: int):
        self.capacity = max(2, min(MAX_PATH_POINTS, MAX_PATH_BYTES // max(8 * size, 1)))
        self.points: list[np.ndarray] = []
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
        if len(self.points) >= self.capacity:
            self.points = self.points[::2]
            self.every *= 2


def filter_normalised(net, rng: np.random.Generator) -> np.ndarray:
    """A random direction with each neuron's incoming weights scaled to that neuron's norm in
    θ (a convolution's filter, a dense or recurrent unit's column); zero on biases."""
    d = np.zeros_like(net.theta)
    for index in range(len(net.layers)):
        weights, direction = net.views(net.theta, index), net.views(d, index)
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


class LandscapeJob:
    """Computes one :class:`Landscape` of ``experiment`` a few rows at a time."""

    def __init__(self, experiment, resolution: int, extent: float = 1.0, directions: str = "random",
                 path: PathRecorder | None = None, seed: int = 0):
        resolution = int(np.clip(resolution, *RESOLUTIONS))  # the window's spin box has these bounds
        self.experiment, self.directions = experiment, directions
        net, trainer = experiment.network, experiment.trainer
        self.theta = net.theta.copy()
        points = list(path.points) if path is not None else []
        if directions == DIRECTIONS[1]:
            self.d1, self.d2 = principal_directions(points + [self.theta], self.theta)
        else:
            rng = np.random.default_rng(seed)
            self.d1, self.d2 = filter_normalised(net, rng), filter_normalised(net, rng)
        pick = np.random.default_rng(seed).permutation(len(trainer.x_train))[:MAX_SAMPLES]
        self.x, self.y = trainer.x_train[np.sort(pick)], trainer.y_train[np.sort(pick)]
        self.path = np.vstack([project(points, self.theta, self.d1, self.d2), [[0.0, 0.0]]])
        if directions == DIRECTIONS[1]:  # the path's own plane: wide enough to show where it started
            extent = max(extent, 1.15 * float(np.abs(self.path).max()))
        self.alphas = np.linspace(-extent, extent, resolution)
        self.betas = np.linspace(-extent, extent, resolution)
        self.loss = np.full((resolution, resolution), np.nan)
        self.step = trainer.step_count
        self.row = 0

    @property
    def fraction(self) -> float:
        return self.row / len(self.betas)

    @property
    def done(self) -> bool:
        return self.row >= len(self.betas)

    def advance(self, seconds: float) -> None:
        """Compute rows for about ``seconds``, then put θ back."""
        net, trainer = self.experiment.network, self.experiment.trainer
        start = time.perf_counter()
        try:
            with np.errstate(all="ignore"):
                while not self.done and (time.perf_counter() - start < seconds or self.row == 0):
                    beta = self.betas[self.row]
                    for j, alpha in enumerate(self.alphas):
                        np.add(self.theta, alpha * self.d1 + beta * self.d2, out=net.theta)
                        out = net.forward(self.x)
                        self.loss[self.row, j] = (trainer.loss.value(net.layers[-1].z, out, self.y)
                                                  + trainer.regularizer.penalty(net.theta[:net.n_weights]))
                    self.row += 1
        finally:
            net.theta[...] = self.theta

    def result(self) -> Landscape:
        finite = np.where(np.isfinite(self.loss), self.loss, np.nan)
        return Landscape(self.alphas, self.betas, finite, self.path, self.directions, self.step)
