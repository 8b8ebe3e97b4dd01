"""The training loop: batching, one update, one epoch, evaluation, and gradient health.

An *update* is one optimizer step on one batch; an *epoch* is one pass over the (shuffled)
training set.  ``batch_size`` 0 means full-batch gradient descent, 1 means SGD with one
sample per update, b means mini-batches of b (the last one of an epoch may be smaller).
"""
from __future__ import annotations

import copy
import math

import numpy as np

from .errors import DivergenceError
from .history import History
from .losses import Loss
from .network import Network
from .optimizers import Optimizer
from .regularizers import Regularizer
from .schedules import Schedule


def classes(values: np.ndarray) -> np.ndarray:
    """Class per row of outputs or one-hot targets: threshold 0.5 for one column (0 or 1),
    argmax for several."""
    return (values[:, 0] > 0.5).astype(int) if values.shape[1] == 1 else values.argmax(axis=1)


def add_confusion(counts: np.ndarray, target: np.ndarray, output: np.ndarray) -> None:
    """Count each row in ``counts[true class, predicted class]``."""
    np.add.at(counts, (classes(target), classes(np.nan_to_num(output))), 1)


def accuracy(output: np.ndarray, target: np.ndarray) -> float:
    """Fraction of rows classified right."""
    return float(np.mean(classes(output) == classes(target)))


# Gradient-health sums cost three passes over every weight; above this many weights they are
# recorded on every k-th update only (k = ceil(weights / this)), and always on a snapshot's
# update, so their cost stays about that of a 4,096-weight net's (issue 12: 39 % of an update at
# 12×64).  The gradient view plots one mean per snapshot, so a sample of updates shows the same.
RECORD_WEIGHTS_PER_UPDATE = 4096
EVAL_CHUNK_VALUES = 1 << 22  # activations held at once while evaluating (32 MiB in float64)


class Trainer:
    """Trains a :class:`Network` on (x, y) training arrays; ``y`` is the target matrix."""

    def __init__(self, network: Network, loss: Loss, regularizer: Regularizer,
                 optimizer: Optimizer, train, test, batch_size: int,
                 rng: np.random.Generator, classification: bool, clip_norm: float = 0.0,
                 schedule: Schedule | None = None):
        network.check_loss(loss)
        self.network, self.loss, self.regularizer, self.optimizer = network, loss, regularizer, optimizer
        dtype = network.dtype
        self.x_train, self.y_train = (np.ascontiguousarray(a, dtype=dtype) for a in train)
        self.x_test, self.y_test = (np.ascontiguousarray(a, dtype=dtype) for a in test)
        self.batch_size = int(batch_size)
        self.rng = rng
        self.classification = classification
        self.clip_norm = float(clip_norm)
        self.frozen: np.ndarray | None = None  # indices into θ of frozen layers' parameters
        # the rate of each update; None keeps whatever rate the optimizer holds
        self.schedule = schedule
        self.step_count = 0
        self.epoch = 0
        self.cursor = 0
        self.order = np.arange(len(self.x_train))
        self._x_epoch, self._y_epoch = self.x_train, self.y_train
        n_layers = len(network.weighted_layers)
        # per update: step, then per weighted layer Σ(∂L/∂W)², Σ(ΔW)², Σ W² (see gradient_health)
        self.step_history = History(1 + 3 * n_layers)
        self.previous_theta = np.empty_like(network.theta)  # θ before the last update: restored on overflow, and ΔW = θ - this
        self._squares = np.empty((3, network.n_weights), dtype=dtype)
        self.record_every = max(1, -(-network.n_weights // RECORD_WEIGHTS_PER_UPDATE))
        self._unrecorded = False  # the last update's health is not in step_history yet
        # per evaluation: step, epoch, train loss, test loss, train acc, test acc, penalty
        self.eval_history = History(7, x_columns=2)

    # -- batching ------------------------------------------------------------------------
    @property
    def effective_batch(self) -> int:
        return self.batch_for(self.batch_size, len(self.x_train))

    @staticmethod
    def batch_for(batch_size: int, n_train: int) -> int:
        """Samples per update: all for 0 (full batch), else ``batch_size`` up to all."""
        return n_train if batch_size <= 0 else min(batch_size, n_train)

    def _start_epoch(self) -> None:
        """Reshuffle for SGD and mini-batches; full batch needs no order."""
        if self.batch_size > 0:
            self.order = self.rng.permutation(len(self.x_train))
            self._x_epoch, self._y_epoch = self.x_train[self.order], self.y_train[self.order]

    def set_position(self, step_count: int, epoch: int, cursor: int, order: np.ndarray) -> None:
        """Continue from a saved point: counters, and the current epoch's sample order."""
        self.step_count, self.epoch, self.cursor = step_count, epoch, cursor
        self.order = np.asarray(order, dtype=np.intp)
        if self.batch_size > 0:
            self._x_epoch, self._y_epoch = self.x_train[self.order], self.y_train[self.order]

    def peek_batch(self) -> np.ndarray:
        """Indices into the training set of the batch the next update will take, without
        taking it: a new epoch's shuffle is drawn from a copy of the generator."""
        if self.batch_size <= 0:
            return np.arange(len(self.x_train))
        order = self.order
        if self.cursor == 0:
            order = copy.deepcopy(self.rng).permutation(len(self.x_train))
        return order[self.cursor:self.cursor + self.effective_batch]

    def _next_batch(self):
        if self.cursor == 0:
            self._start_epoch()
        end = self.cursor + self.effective_batch
        return self._x_epoch[self.cursor:end], self._y_epoch[self.cursor:end], end

    # -- one update ----------------------------------------------------------------------
    def step(self) -> None:
        """One optimizer update on the next batch.

        Raises :class:`DivergenceError` (parameters unchanged) on NaN or inf.  NumPy's
        overflow warnings are silenced here because the result is checked instead.
        """
        with np.errstate(all="ignore"):
            return self._step()

    def _step(self) -> None:
        net = self.network
        xb, yb, end = self._next_batch()
        net.gradient(xb, yb, self.loss, self.regularizer)
        grad, theta = net.grad, net.theta
        grad_sq = float(np.dot(grad, grad))
        if not np.isfinite(grad_sq):
            self._diverged("diverged_gradient", value="NaN" if np.isnan(grad_sq) else "infinite")
        if self.clip_norm > 0 and grad_sq > self.clip_norm ** 2:
            grad *= self.clip_norm / math.sqrt(grad_sq)
        np.copyto(self.previous_theta, theta)
        if self.schedule is not None:
            self.optimizer.learning_rate = self.schedule.rate(self.step_count)
        self.optimizer.step(theta, grad)
        if self.frozen is not None:  # frozen layers keep their parameters (their gradient stays visible)
            theta[self.frozen] = self.previous_theta[self.frozen]
        if not np.isfinite(theta.sum()) and not np.isfinite(theta).all():
            np.copyto(theta, self.previous_theta)
            self._diverged("diverged_weights")
        if self.regularizer.rate:
            n = net.n_weights
            self.regularizer.after_update(self.previous_theta[:n], theta[:n])
        self._record()
        self.cursor = 0 if end >= len(self.x_train) else end
        self.epoch += self.cursor == 0

    def _record(self) -> None:
        """Count the update; record its gradient health when it is every ``record_every``-th."""
        self.step_count += 1
        self._unrecorded = True
        if self.step_count % self.record_every == 0:
            self._record_health()

    def record_latest(self) -> None:
        """Record the last update's gradient health unless it is recorded already (called on
        snapshot steps, so a snapshot always shows its own update's figures)."""
        if self._unrecorded:
            self._record_health()

    def _record_health(self) -> None:
        """Per layer squared sums of ∂L/∂W, ΔW and W (before the update): one reduceat over
        preallocated squares, written straight into the history row."""
        net, sq, n = self.network, self._squares, self.network.n_weights
        before = self.previous_theta[:n]
        np.multiply(net.grad[:n], net.grad[:n], out=sq[0])
        np.subtract(net.theta[:n], before, out=sq[1])
        sq[1] *= sq[1]
        np.multiply(before, before, out=sq[2])
        self._unrecorded = False
        row = self.step_history.next_row()
        row[0] = self.step_count
        row[1:] = net.layer_sums(sq).ravel()  # reduce in θ's dtype: a casting reduceat is slow

    def _diverged(self, code: str, **values):
        raise DivergenceError(step=self.step_count + 1, code=code, **values)

    def run_epoch(self) -> int:
        """Updates until the current epoch ends; returns how many were made."""
        start_epoch, made = self.epoch, 0
        while self.epoch == start_epoch:
            self.step()
            made += 1
        return made

    # -- evaluation ----------------------------------------------------------------------
    def confusion(self, n_classes: int) -> np.ndarray:
        """C[i, j] = test samples of true class i predicted as class j (a forward pass over the
        test set in chunks, as :meth:`evaluate`)."""
        net = self.network
        rows = max(1, EVAL_CHUNK_VALUES // net.values_per_sample())
        counts = np.zeros((n_classes, n_classes), dtype=np.int64)
        for start in range(0, len(self.x_test), rows):
            with np.errstate(all="ignore"):
                out = net.forward(self.x_test[start:start + rows])
            add_confusion(counts, self.y_test[start:start + rows], out)
        return counts

    def evaluate(self, record: bool = True, watch=None) -> dict:
        """Losses (data loss only; the penalty is reported apart) and accuracies, computed in
        chunks of at most EVAL_CHUNK_VALUES activations, so memory stays bounded however
        large the data set.  ``watch(part, start, out)`` ("train" or "test", the chunk's first
        row, its outputs) is called after each chunk's forward pass, while the layers still
        hold that chunk's activations: a snapshot's other figures reuse the pass."""
        net, loss = self.network, self.loss
        rows = max(1, EVAL_CHUNK_VALUES // net.values_per_sample())
        metrics = {"step": self.step_count, "epoch": self.epoch}
        for part, x, y in (("train", self.x_train, self.y_train), ("test", self.x_test, self.y_test)):
            loss_sum = correct = 0.0
            for start in range(0, len(x), rows):
                xs, ys = x[start:start + rows], y[start:start + rows]
                with np.errstate(all="ignore"):
                    out = net.forward(xs)
                    loss_sum += loss.value(net.layers[-1].z, out, ys) * len(ys)
                if watch is not None:
                    watch(part, start, out)
                if self.classification:
                    correct += accuracy(out, ys) * len(ys)
            metrics[f"{part}_loss"] = loss_sum / len(x)
            metrics[f"{part}_accuracy"] = correct / len(x) if self.classification else float("nan")
        metrics["penalty"] = self.regularizer.penalty(net.theta[:net.n_weights])
        if record:  # the history's epoch is fractional (epoch + position in it), for plotting
            self.eval_history.append([self.step_count, self.epoch + self.cursor / len(self.x_train)] + [metrics[k] for k in (
                "train_loss", "test_loss", "train_accuracy", "test_accuracy", "penalty")])
        return metrics

    def last_gradient_stats(self) -> tuple[np.ndarray, np.ndarray]:
        """(gradient norm, update/weight ratio) per weighted layer at the last update."""
        if self.step_history.n == 0:
            n = len(self.network.weighted_layers)
            return np.zeros(n), np.zeros(n)
        norms, ratios = gradient_health(self.step_history.view()[-1:])
        return norms[0], ratios[0]


def gradient_health(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """From step-history rows: per layer ‖∂L/∂W‖ and ‖ΔW‖/‖W‖, shape (rows, layers) each."""
    sums = rows[:, 1:].reshape(len(rows), 3, -1)
    with np.errstate(all="ignore"):
        # A ratio is undefined while the weights are all zero (e.g. zero initialization).
        return np.sqrt(sums[:, 0]), np.where(sums[:, 2] > 0, np.sqrt(sums[:, 1] / np.maximum(sums[:, 2], 1e-300)), np.nan)


VANISHING_RATIO = 1e-4  # a layer's gradient norm below this fraction of the output layer's
EXPLODING_NORM = 1e3
EXPLODING_UPDATE_RATIO = 1.0  # an update as large as the weights themselves
