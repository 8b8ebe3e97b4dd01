"""Going back to any earlier update of a run, and branching from there.

The timeline keeps :class:`Checkpoint` s at a bounded cost: one every ``every`` updates at
first, then thinned so their spacing grows with their age (about geometric: recent updates
are a few updates away from a checkpoint, the first thousands a few hundred), at most
``most`` of them and at most ``budget`` bytes.  Every change made between updates (a
learning rate, a weight typed in, a neuron switched off) is logged with the update it
followed.  Going back to update N puts back the last checkpoint at or before N and replays
the updates and the logged changes up to N: bit for bit what the run did.

While the user looks back, the run's latest state waits as the *future* branch; training on
("continue from here") sets it aside as the *other* branch, which :meth:`switch` brings back
(and sets the new one aside in turn: undo and redo).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from .checkpoints import Checkpoint
from .experiment import Experiment
from .optimizers import OPTIMIZERS

EVERY = 50  # updates between the newest checkpoints
MOST = 256  # checkpoints kept at most (older gaps, so replays, stay short)
BUDGET = 64 * 2 ** 20  # bytes the checkpoints of one branch may take
MIN_REPLAYED = 8  # updates a piece of a replay makes at least, however short its time


def thin(checkpoints: list, most: int, every: int) -> list:
    """``checkpoints`` (in update order) without those whose loss widens the gaps least
    relative to their age, until at most ``most`` stay; the first and the newest always stay."""
    checkpoints = list(checkpoints)
    while len(checkpoints) > max(most, 2):
        steps = np.array([c.step for c in checkpoints], dtype=float)
        gap = steps[2:] - steps[:-2]
        age = steps[-1] - steps[2:] + every
        checkpoints.pop(1 + int(np.argmin(gap / age)))
    return checkpoints


@dataclass
class Change:
    """A change made after update ``step``: ``experiment.<method>(*args)``."""

    seq: int
    step: int
    method: str
    args: tuple
    kwargs: dict

    def apply(self, experiment: Experiment) -> None:
        getattr(experiment, self.method)(*self.args, **self.kwargs)


@dataclass
class Branch:
    """A run's whole state at its latest update, and what reaches any earlier one."""

    state: Checkpoint
    step_rows: np.ndarray
    eval_rows: np.ndarray
    checkpoints: list
    log: list
    fork: int = 0  # the update it shares with the run it was set aside from

    @property
    def step(self) -> int:
        return self.state.step


@dataclass(frozen=True)
class TimelineInfo:
    """What a timeline control shows: the updates one can go to, the one shown, whether that
    is a look back (the latest state waits), whether another branch can be switched to, and
    that branch's loss rows after the update it shares (eval-history columns)."""

    earliest: int
    latest: int
    step: int
    looking_back: bool
    can_switch: bool
    branch_rows: np.ndarray


@dataclass
class Timeline:
    experiment: Experiment
    every: int = EVERY
    most: int = MOST
    budget: int = BUDGET
    checkpoints: list = field(default_factory=list)
    log: list = field(default_factory=list)
    future: Branch | None = None  # the latest state while looking back
    other: Branch | None = None  # the branch "continue from here" set aside
    seq: int = 0

    def __post_init__(self):
        self._take()

    # -- recording ----------------------------------------------------------------------
    def trained(self) -> None:
        """Call after updates: keeps a checkpoint every ``every`` updates."""
        if self.experiment.trainer.step_count - self.checkpoints[-1].step >= self.every:
            self._take()

    def change(self, method: str, *args, **kwargs) -> None:
        """Apply a change between updates (``experiment.<method>(*args, **kwargs)``) and log
        it, so replaying past this update makes it again.  Looking back, it continues from here."""
        change = Change(self.seq + 1, self.experiment.trainer.step_count, method, args, kwargs)
        change.apply(self.experiment)  # raises before anything is logged when refused
        self.continue_here()
        self.seq += 1
        self.log.append(change)

    def _take(self) -> None:
        self.checkpoints.append(Checkpoint.take(self.experiment, self.seq))
        self._thin()

    def _thin(self) -> None:
        """Keep at most ``most`` checkpoints, and ``budget`` bytes of them (at least 4)."""
        size = self.checkpoints[-1].nbytes or 1
        self.checkpoints = thin(self.checkpoints, max(4, min(self.most, self.budget // size)), self.every)

    @property
    def nbytes(self) -> int:
        return sum(c.nbytes for c in self.checkpoints)

    @property
    def earliest(self) -> int:
        """The first update one can go back to (a session opened at update N starts there)."""
        return self.checkpoints[0].step

    def info(self) -> TimelineInfo:
        return TimelineInfo(self.earliest, self.latest, self.experiment.trainer.step_count, self.future is not None,
                            self.other is not None, self.branch_rows())

    @property
    def latest(self) -> int:
        """The newest update of the current branch (its future's while looking back)."""
        return self.future.step if self.future else self.experiment.trainer.step_count

    # -- going back -----------------------------------------------------------------------
    def seek(self, step: int, keep_settings: bool = False) -> int:
        """Make the run what it was after update ``step`` (clamped to the earliest…latest), the
        latest state kept as the future; returns the update.  With ``keep_settings`` the settings
        in force now stay (going back after a blow-up with a smaller learning rate)."""
        replay = self.replay(step, keep_settings)
        replay.advance(float("inf"))
        return replay.step

    def replay(self, step: int, keep_settings: bool = False) -> "Replay":
        """:meth:`seek` as a job done in pieces (a long replay shows progress and can be cancelled)."""
        return Replay(self, step, keep_settings)

    def _keep_settings(self, settings: dict) -> None:
        """Continue from here with ``settings`` where they differ from the replayed ones (an
        optimizer named again would start with fresh moments)."""
        then = Checkpoint.take(self.experiment).settings
        changed = {k: v for k, v in settings.items() if k != "hyper" and then[k] != v}
        rule = OPTIMIZERS[settings["optimizer"]].defaults
        changed.update({k: v for k, v in settings["hyper"].items() if k in rule and then["hyper"].get(k) != v})
        if changed:
            self.change("set_hyperparameters", **changed)
        else:
            self.continue_here()

    def continue_here(self) -> bool:
        """Training on from a looked-back update: the future becomes the other branch (for
        :meth:`switch`), later checkpoints and changes are forgotten.  False when not looking back."""
        if self.future is None:
            return False
        step = self.experiment.trainer.step_count
        self.other, self.future = self.future, None
        self.other.fork = step
        self.checkpoints = [c for c in self.checkpoints if c.step <= step]
        self.log = [c for c in self.log if c.step <= step]
        if self.checkpoints[-1].step < step:
            self._take()
        return True

    def switch(self) -> bool:
        """Swap the current branch with the other one (undo, then redo, of "continue from
        here"); False when there is none.  Looking back, the future is put back first."""
        if self.other is None:
            return False
        if self.future is not None:
            self.seek(self.future.step)
        current, fork = self._branch(), self.other.fork
        self._restore(self.other)
        self.other = current
        self.other.fork = fork
        return True

    def branch_rows(self) -> np.ndarray:
        """The eval-history rows of the branch not running (the future while looking back,
        else the other one) after the update it shares: drawn greyed behind the loss curves."""
        if self.future is not None:
            rows, fork = self.future.eval_rows, self.experiment.trainer.step_count
        elif self.other is not None:
            rows, fork = self.other.eval_rows, self.other.fork
        else:
            return np.empty((0, 7))
        return rows[rows[:, 0] >= fork].copy()

    def _branch(self) -> Branch:
        t = self.experiment.trainer
        return Branch(Checkpoint.take(self.experiment, self.seq), t.step_history.view().copy(),
                      t.eval_history.view().copy(), list(self.checkpoints), list(self.log))

    def _restore(self, branch: Branch) -> None:
        t = self.experiment.trainer
        branch.state.put_back(self.experiment)
        t.step_history.load(branch.step_rows)
        t.eval_history.load(branch.eval_rows)
        self.checkpoints, self.log = list(branch.checkpoints), list(branch.log)



class Replay:
    """Going to update ``step``: the nearest checkpoint at or before it is put back at once,
    the updates (and logged changes) from there to ``step`` are replayed by :meth:`advance`,
    a piece at a time; :meth:`cancel` leaves the run where it was before."""

    def __init__(self, timeline: Timeline, step: int, keep_settings: bool):
        self.timeline, self.done, self._changes = timeline, False, []
        experiment = timeline.experiment
        # what cancelling puts back: the latest state (kept as the future anyway), or the update looked at
        self._before = timeline._branch() if timeline.future is not None else None
        if timeline.future is None:
            timeline.future = timeline._branch()
        future = timeline.future
        self._settings = Checkpoint.take(experiment).settings if keep_settings else None
        self.step = min(max(int(step), timeline.earliest), future.step)
        if self.step == future.step and self._settings is None:
            timeline._restore(future)
            timeline.future = None
            self.done = True
            return
        start = max((c for c in timeline.checkpoints if c.step <= self.step), key=lambda c: (c.step, c.seq))
        start.put_back(experiment)
        self._first = start.step
        self._changes = [c for c in timeline.log if c.seq > start.seq and c.step <= self.step]

    @property
    def fraction(self) -> float:
        """How much of the replay is done, 0…1."""
        if self.done:
            return 1.0
        return (self.timeline.experiment.trainer.step_count - self._first) / max(self.step - self._first, 1)

    def advance(self, seconds: float) -> bool:
        """Replay for about ``seconds`` (a few updates at least); True once at ``step``."""
        trainer, changes = self.timeline.experiment.trainer, self._changes
        end, replayed = time.perf_counter() + seconds, 0
        while not self.done:
            while changes and changes[0].step == trainer.step_count:
                changes.pop(0).apply(self.timeline.experiment)
            if trainer.step_count >= self.step:
                self._finish()
            elif replayed >= MIN_REPLAYED and time.perf_counter() > end:
                return False
            else:
                trainer.step()
                replayed += 1
        return True

    def _finish(self) -> None:
        timeline, future = self.timeline, self.timeline.future
        t = timeline.experiment.trainer  # the evaluation at ``step`` itself comes with the next snapshot
        t.step_history.load(future.step_rows[future.step_rows[:, 0] <= self.step])
        t.eval_history.load(future.eval_rows[future.eval_rows[:, 0] < self.step])
        if self._settings is not None:
            timeline._keep_settings(self._settings)
        self.done = True

    def cancel(self) -> None:
        """Put the run back where it was before this replay began (nothing once done)."""
        if self.done:
            return
        timeline = self.timeline
        timeline._restore(self._before or timeline.future)
        if self._before is None:
            timeline.future = None
        self.done = True
