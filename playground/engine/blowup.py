"""Noticing a run that blows up while its numbers are still finite, and going back.

The trainer stops on NaN or inf, but a learning rate of 100 can take the weights to 1e19
and keep them there, finite and useless.  :class:`BlowUpGuard` compares the weights'
norm with the initial one after each batch of updates and the training
loss with the one at the start, and raises a :class:`DivergenceError` when the weights grew
by :data:`EXPLODING_FACTOR`, the loss by :data:`LOSS_FACTOR`, or the weights by
:data:`HEALTHY_FACTOR` without the loss getting any better; while the run is
healthy it keeps a cheap checkpoint (θ, the optimizer's state, the counters and the
shuffling position) so the user can go back to it and continue with gentler settings.
"""
from __future__ import annotations

import time

import numpy as np

from .checkpoints import Checkpoint, truncate_histories
from .errors import DivergenceError
from .experiment import Experiment

EXPLODING_FACTOR = 1e6  # ‖θ‖ / ‖θ₀‖ above this: exploding
HEALTHY_FACTOR = 1e3  # below this (and finite): a checkpoint worth going back to
LOSS_FACTOR = 100.0  # training loss above this × the loss at the start: blowing up
LOSS_SAMPLES = 256  # training samples the loss is probed on
CHECKPOINT_EVERY = 50  # updates between checkpoints (and between loss checks)


class BlowUpGuard:
    """Watches one experiment; :meth:`check` after updates, :meth:`rewind` to go back."""

    def __init__(self, experiment: Experiment, share: float | None = None):
        """With ``share``, the loss probe and checkpoint (the costly part of a check) run at
        most that share of the time: the engine loop checks after every 5 ms of training,
        and a 12×64 net's probe every 50 updates took a tenth of it.  Checkpoints are then
        further apart than CHECKPOINT_EVERY updates when training is fast."""
        self.experiment, self.share = experiment, share
        self._next_probe = 0.0  # perf_counter time before which ``share`` skips the probe
        self.initial_norm = float(np.linalg.norm(experiment.initial_theta)) or 1.0
        self.checkpoint: Checkpoint | None = None
        self.initial_loss = self._loss()
        self._take()

    @property
    def checkpoint_step(self) -> int | None:
        return None if self.checkpoint is None else self.checkpoint.step

    def check(self) -> None:
        """Raise :class:`DivergenceError` (code ``exploding_weights``) when ‖θ‖ grew by
        more than EXPLODING_FACTOR; else keep a checkpoint every CHECKPOINT_EVERY updates
        (or less often, see ``share``)."""
        with np.errstate(all="ignore"):
            ratio = float(np.linalg.norm(self.experiment.network.theta)) / self.initial_norm
        trainer = self.experiment.trainer
        if not ratio <= EXPLODING_FACTOR:
            self._blew_up("exploding_weights", ratio=ratio)
        start = time.perf_counter()
        if self.checkpoint is not None and (trainer.step_count - self.checkpoint.step < CHECKPOINT_EVERY
                                            or start < self._next_probe):
            return
        loss = self._loss()
        if not loss <= LOSS_FACTOR * self.initial_loss:
            self._blew_up("exploding_loss", loss=loss, initial=self.initial_loss)
        if ratio > HEALTHY_FACTOR and loss >= self.initial_loss:  # huge steps that learnt nothing (Adam at lr 100)
            self._blew_up("exploding_weights", ratio=ratio)
        if ratio < HEALTHY_FACTOR and loss <= 10 * self.initial_loss:
            self._take()
        if self.share:
            self._next_probe = start + (time.perf_counter() - start) / self.share

    def _loss(self) -> float:
        """Training loss on the first LOSS_SAMPLES training samples: a fixed, bounded probe
        (a whole evaluation of 100k samples took ~1 s, at every build and check)."""
        t, net = self.experiment.trainer, self.experiment.network
        x, y = t.x_train[:LOSS_SAMPLES], t.y_train[:LOSS_SAMPLES]
        with np.errstate(all="ignore"):
            out = net.forward(x)
            return float(t.loss.value(net.layers[-1].z, out, y))

    def _blew_up(self, code: str, **values):
        step = self.experiment.trainer.step_count
        raise DivergenceError(step=step, code=code, checkpoint=self.checkpoint_step or 0, **values)

    def _take(self) -> None:
        self.checkpoint = Checkpoint.take(self.experiment)

    def forget_after(self, step: int) -> None:
        """The run went back to update ``step``: a checkpoint from after it is no longer
        this run's past, so the present (healthy, as it was) replaces it."""
        if self.checkpoint is not None and self.checkpoint.step > step:
            self._take()

    def rewind(self) -> int:
        """Put the checkpoint back (weights, optimizer, counters, sample order; the history
        after it is dropped); returns its update number.  Settings changed since, such as
        a smaller learning rate, stay."""
        self.checkpoint.put_back(self.experiment, settings=False)
        truncate_histories(self.experiment, self.checkpoint.step)
        return self.checkpoint.step
