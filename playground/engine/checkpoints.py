"""A checkpoint: everything that decides a run's next updates, copied at one update.

Weights (and θ before the last update, for ΔW), the optimizer's state, the counters, the
current epoch's sample order, the shuffling generator's exact state and the live settings
(learning rate, optimizer, ablated neurons, frozen layers…).  Putting one back and training
on gives bit for bit the updates the run made from there.  Used by the blow-up guard (go
back to the last healthy point) and by the timeline (go back to any update).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .experiment import LIVE_FIELDS, Experiment
from .schedules import SCHEDULE_PARAMETERS

# the live settings that are Config fields (a schedule's parameters live in its schedule_params)
CONFIG_FIELDS = tuple(key for key in LIVE_FIELDS if key not in SCHEDULE_PARAMETERS)


@dataclass(frozen=True)
class Checkpoint:
    step: int
    epoch: int
    cursor: int
    order: np.ndarray
    theta: np.ndarray
    previous_theta: np.ndarray
    optimizer: dict  # the optimizer's state_dict (arrays copied)
    rng: dict  # the shuffling generator's bit_generator.state
    settings: dict  # CONFIG_FIELDS, the optimizer hyper-parameters and schedule parameters, as the config held them
    seq: int = 0  # the timeline's change counter when taken: changes after it are replayed

    @classmethod
    def take(cls, experiment: Experiment, seq: int = 0) -> "Checkpoint":
        t, c = experiment.trainer, experiment.config
        settings = {key: _copy(getattr(c, key)) for key in CONFIG_FIELDS}
        settings["hyper"], settings["schedule_params"] = dict(c.hyper), dict(c.schedule_params)
        return cls(t.step_count, t.epoch, t.cursor, t.order.copy(), experiment.network.theta.copy(),
                   t.previous_theta.copy(), {k: np.copy(v) for k, v in t.optimizer.state_dict().items()},
                   t.rng.bit_generator.state, settings, seq)

    @property
    def nbytes(self) -> int:
        arrays = [self.order, self.theta, self.previous_theta, *self.optimizer.values()]
        return sum(np.asarray(a).nbytes for a in arrays)

    def put_back(self, experiment: Experiment, settings: bool = True) -> None:
        """Make ``experiment`` what it was at this checkpoint; with ``settings`` False, the
        settings chosen since (a smaller learning rate after a blow-up) stay, and so does the
        optimizer's state when the optimizer changed since."""
        t = experiment.trainer
        if settings:
            self._put_back_settings(experiment)
        experiment.network.theta[...] = self.theta
        t.previous_theta[...] = self.previous_theta
        if t.optimizer.name == self.settings["optimizer"]:
            t.optimizer.load_state_dict({k: np.copy(v) for k, v in self.optimizer.items()})
        t.set_position(self.step, self.epoch, self.cursor, self.order.copy())
        t.rng.bit_generator.state = self.rng

    def _put_back_settings(self, experiment: Experiment) -> None:
        values = {key: _copy(self.settings[key]) for key in CONFIG_FIELDS}
        experiment.set_hyperparameters(**values)
        c = experiment.config
        c.hyper, c.schedule_params = dict(self.settings["hyper"]), dict(self.settings["schedule_params"])
        experiment.trainer.optimizer.set_hyperparameters(**c.optimizer_hyper())
        experiment.trainer.schedule = c.schedule_rule()


def _copy(value):
    """Settings are numbers, names and lists of lists (ablated neurons): copy the lists."""
    return [list(v) if isinstance(v, (list, tuple)) else v for v in value] if isinstance(value, list) else value


def truncate_histories(experiment: Experiment, step: int) -> None:
    """Forget the history rows recorded after update ``step``."""
    t = experiment.trainer
    for history in (t.step_history, t.eval_history):
        rows = history.view()
        history.n = int(np.searchsorted(rows[:, 0], step, side="right")) if len(rows) else 0
