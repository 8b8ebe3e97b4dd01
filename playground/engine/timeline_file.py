"""A run's timeline in a session file: checkpoints, logged changes and branches as JSON
values (in ``state.json``) plus named arrays (in ``arrays.npz``), never a pickle.

Checkpoints shared by branches are written once and named by their index.  Above
:data:`SAVED_BYTES` of checkpoint arrays (a large network), the current branch's
checkpoints are thinned further (the first and newest stay) and the other branches keep
only the ones they share: going back there replays longer, but still bit for bit.

Reading trusts nothing: every value is checked against the built run, and a timeline that
does not fit is dropped (the session still opens) with a :class:`SessionError` saying why.
"""
from __future__ import annotations

import numpy as np

from .checkpoints import CONFIG_FIELDS, Checkpoint
from .datasets import MAX_SAMPLES
from .errors import ConfigError, SessionError
from .experiment import Experiment
from .network import MAX_PARAMETERS
from .optimizers import OPTIMIZERS
from .schedules import SCHEDULE_PARAMETERS
from .timeline import MOST, Branch, Change, Timeline, thin
from .training_state import MAX_COUNTER, MAX_WEIGHT, SECOND_MOMENTS

VERSION = 1
PREFIX = "timeline_"
SAVED_BYTES = 16 * 2 ** 20  # checkpoint arrays a session file holds at most
MOST_SAVED = 3 * MOST + 2  # the current branch's, the two others' and their latest states
MOST_CHANGES = 100_000
BRANCHES = ("future", "other")
CHECKPOINT_ARRAYS = ("theta", "previous_theta", "order")
CHANGES = {"set_hyperparameters", "edit_weight"}
MAX_ROWS_VALUES = 1 << 24


# -- writing ----------------------------------------------------------------------------------
def capture_timeline(timeline: Timeline) -> tuple[dict, dict[str, np.ndarray]] | None:
    """(JSON value, arrays) of a timeline, its checkpoints thinned to :data:`SAVED_BYTES`;
    None when it holds more checkpoints than a file may (the file must open again)."""
    branches = {name: getattr(timeline, name) for name in BRANCHES if getattr(timeline, name) is not None}
    current, keep_all = _fitting(timeline, branches)
    pool: list[Checkpoint] = []
    index: dict[int, int] = {}

    def ids(checkpoints) -> list[int]:
        for c in checkpoints:
            if id(c) not in index:
                index[id(c)] = len(pool)
                pool.append(c)
        return [index[id(c)] for c in checkpoints]

    value = {"version": VERSION, "seq": timeline.seq, "current": {"checkpoints": ids(current), "log": _log(timeline.log)}}
    arrays = {}
    for name, branch in branches.items():
        kept = [c for c in branch.checkpoints if keep_all or id(c) in index or c is branch.checkpoints[0]]
        value[name] = {"state": ids([branch.state])[0], "checkpoints": ids(kept), "log": _log(branch.log),
                       "fork": int(branch.fork)}
        arrays[f"{PREFIX}{name}_step_history"] = branch.step_rows
        arrays[f"{PREFIX}{name}_eval_history"] = branch.eval_rows
    if len(pool) > MOST_SAVED:
        return None
    value["checkpoints"] = []
    for i, c in enumerate(pool):
        value["checkpoints"].append({"step": c.step, "epoch": c.epoch, "cursor": c.cursor, "rng": c.rng,
                                     "settings": _plain(c.settings), "seq": c.seq,
                                     "optimizer": sorted(k for k in c.optimizer if k != "t"),
                                     "optimizer_t": int(c.optimizer["t"])})
        arrays.update({f"{PREFIX}{i}_{k}": getattr(c, k) for k in CHECKPOINT_ARRAYS})
        arrays.update({f"{PREFIX}{i}_optimizer_{k}": v for k, v in c.optimizer.items() if k != "t"})
    return value, arrays


def _fitting(timeline: Timeline, branches: dict) -> tuple[list, bool]:
    """The current branch's checkpoints, and whether the other branches keep all of theirs:
    when all of them would take more than :data:`SAVED_BYTES`, the current ones are thinned
    and the others keep only their first and those they share."""
    every = {id(c): c for b in branches.values() for c in (b.state, *b.checkpoints)}
    every.update({id(c): c for c in timeline.checkpoints})
    if sum(c.nbytes for c in every.values()) <= SAVED_BYTES:
        return timeline.checkpoints, True
    size = max(c.nbytes for c in every.values()) or 1
    return thin(timeline.checkpoints, SAVED_BYTES // size - 2 * len(branches), timeline.every), False


def _log(log: list) -> list:
    return [{"seq": c.seq, "step": c.step, "method": c.method, "args": _plain(c.args), "kwargs": _plain(c.kwargs)}
            for c in log]


def _plain(value):
    """Settings and change arguments as JSON values (NumPy scalars as numbers, tuples as lists)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value.item() if isinstance(value, np.generic) else value


def timeline_limits(config) -> dict[str, int]:
    """Largest element count of each timeline array a session may hold (see ``array_limits``)."""
    limits = {}
    names = {k for cls in OPTIMIZERS.values() for k in cls.state_names}
    for i in range(MOST_SAVED):
        limits.update({f"{PREFIX}{i}_{k}": MAX_PARAMETERS for k in ("theta", "previous_theta")})
        limits[f"{PREFIX}{i}_order"] = min(config.n_samples, MAX_SAMPLES)
        limits.update({f"{PREFIX}{i}_optimizer_{k}": MAX_PARAMETERS for k in names})
    for name in BRANCHES:
        limits.update({f"{PREFIX}{name}_{k}_history": MAX_ROWS_VALUES for k in ("step", "eval")})
    return limits


# -- reading ----------------------------------------------------------------------------------
def restore_timeline(experiment: Experiment, value, arrays: dict[str, np.ndarray]) -> Timeline:
    """The saved timeline of ``experiment`` (already restored to its saved state); raises
    :class:`SessionError` (code ``timeline_invalid``) when anything does not fit."""
    try:
        return _Reader(experiment, arrays).timeline(value)
    except SessionError:
        raise
    except (ConfigError, KeyError, TypeError, ValueError, IndexError, OverflowError, AttributeError) as exc:
        raise SessionError(code="timeline_invalid", reason=f"{type(exc).__name__}: {exc}"[:200]) from None


def _need(condition: bool, reason: str) -> None:
    if not condition:
        raise SessionError(code="timeline_invalid", reason=reason)


def _int(value, low: int = 0, high: int = MAX_COUNTER) -> int:
    _need(isinstance(value, int) and not isinstance(value, bool) and low <= value <= high, f"{value!r:.40} is no count")
    return value


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and bool(np.isfinite(value))


class _Reader:
    def __init__(self, experiment: Experiment, arrays: dict[str, np.ndarray]):
        self.experiment, self.arrays = experiment, arrays
        self.theta_shape = experiment.network.theta.shape
        self.n_train = len(experiment.trainer.x_train)

    def timeline(self, value) -> Timeline:
        _need(isinstance(value, dict) and value.get("version") == VERSION, "unknown timeline version")
        records = value["checkpoints"]
        _need(isinstance(records, list) and 0 < len(records) <= MOST_SAVED, "no checkpoints")
        self.pool = [self.checkpoint(i, record) for i, record in enumerate(records)]
        timeline = Timeline(self.experiment)
        timeline.checkpoints, timeline.log = self.checkpoints(value["current"]), self.log(value["current"]["log"])
        for name in BRANCHES:
            if value.get(name) is not None:
                setattr(timeline, name, self.branch(name, value[name]))
        timeline.seq = _int(value["seq"])
        seqs = [c.seq for c in timeline.log] + [c.seq for c in self.pool]
        _need(timeline.seq >= max(seqs), "change counter behind its changes")
        step = self.experiment.trainer.step_count
        _need(timeline.earliest <= step and (timeline.future is not None or timeline.checkpoints[-1].step <= step),
              "checkpoints after the saved update")
        _need(timeline.future is None or timeline.future.step >= step, "the latest state before the shown one")
        return timeline

    def checkpoints(self, value) -> list:
        ids = value["checkpoints"]
        _need(isinstance(ids, list) and ids, "a branch without checkpoints")
        checkpoints = [self.pool[_int(i, 0, len(self.pool) - 1)] for i in ids]
        steps = [c.step for c in checkpoints]
        _need(steps == sorted(steps), "checkpoints out of order")
        return checkpoints

    def branch(self, name: str, value) -> Branch:
        rows = [self.arrays.get(f"{PREFIX}{name}_{k}_history") for k in ("step", "eval")]
        t = self.experiment.trainer
        for array, history in zip(rows, (t.step_history, t.eval_history)):
            _need(array is not None and array.ndim == 2 and array.shape[1] == history.width, f"{name} history rows")
        state = self.pool[_int(value["state"], 0, len(self.pool) - 1)]
        checkpoints = self.checkpoints(value)
        _need(checkpoints[-1].step <= state.step, "a branch's checkpoints after its latest state")
        return Branch(state, rows[0].astype(float), rows[1].astype(float), checkpoints, self.log(value["log"]),
                      _int(value["fork"]))

    def checkpoint(self, i: int, record: dict) -> Checkpoint:
        step, epoch, cursor, seq = (_int(record[k]) for k in ("step", "epoch", "cursor", "seq"))
        _need(cursor < self.n_train, "a sample position past the data")
        arrays = {k: self.array(f"{PREFIX}{i}_{k}") for k in CHECKPOINT_ARRAYS}
        _need(np.array_equal(np.sort(arrays["order"]), np.arange(self.n_train)), "an order that is no permutation")
        settings = self.settings(record["settings"])
        names = OPTIMIZERS[settings["optimizer"]].state_names
        _need(record["optimizer"] == sorted(names), "optimizer state of another optimizer")
        optimizer = {"t": np.array(_int(record["optimizer_t"]))}
        optimizer.update({k: self.array(f"{PREFIX}{i}_optimizer_{k}") for k in names})
        for name, array in [("theta", arrays["theta"]), *optimizer.items()]:
            if name == "t":
                continue
            _need(array.dtype.kind == "f" and np.all(np.isfinite(array)), f"{name} not finite")
            most = MAX_WEIGHT ** 2 if f"optimizer_{name}" in SECOND_MOMENTS else MAX_WEIGHT
            _need(not array.size or np.max(np.abs(array)) <= most, f"{name} too large")
            _need(f"optimizer_{name}" not in SECOND_MOMENTS or not array.size or array.min() >= 0, "negative squares")
        rng = record["rng"]
        type(self.experiment.trainer.rng.bit_generator)().state = rng  # raises when it is no generator state
        order = arrays["order"].astype(np.intp)
        return Checkpoint(step, epoch, cursor, order, arrays["theta"].astype(float),
                          arrays["previous_theta"].astype(float), optimizer, rng, settings, seq)

    def array(self, name: str) -> np.ndarray:
        array = self.arrays.get(name)
        expected = (self.n_train,) if name.endswith("_order") else self.theta_shape
        _need(array is not None and array.shape == expected, f"array {name} missing or of another shape")
        return array

    def settings(self, value) -> dict:
        """The live settings of a checkpoint, checked as the config would check them."""
        _need(isinstance(value, dict) and set(value) == {*CONFIG_FIELDS, "hyper", "schedule_params"},
              "settings of another version")
        hyper, schedule = value["hyper"], value["schedule_params"]
        _need(isinstance(hyper, dict) and isinstance(schedule, dict), "settings of another version")
        optimizer = OPTIMIZERS.get(value["optimizer"]) if isinstance(value["optimizer"], str) else None
        _need(optimizer is not None and set(hyper) <= set(optimizer.defaults), "unknown optimizer settings")
        _need(set(schedule) <= set(SCHEDULE_PARAMETERS), "unknown schedule settings")
        fields = {k: value[k] for k in CONFIG_FIELDS}
        self.experiment.config.with_changes({**fields, **hyper, **schedule}).validate()
        _need(all(_number(v) for v in [*hyper.values(), *schedule.values()]), "settings that are no numbers")
        return {**fields, "hyper": dict(hyper), "schedule_params": dict(schedule)}

    def log(self, value) -> list:
        _need(isinstance(value, list) and len(value) <= MOST_CHANGES, "too many changes")
        changes = [self.change(record) for record in value]
        _need([c.seq for c in changes] == sorted(c.seq for c in changes), "changes out of order")
        return changes

    def change(self, record) -> Change:
        method, args, kwargs = record["method"], record["args"], record["kwargs"]
        _need(method in CHANGES and isinstance(args, list) and isinstance(kwargs, dict), "an unknown change")
        if method == "edit_weight":
            args = self.weight_edit(args)
            _need(not kwargs, "an unknown change")
        else:
            _need(not args and kwargs, "an unknown change")
            self.experiment._check_live_values({k: v for k, v in kwargs.items() if k in CONFIG_FIELDS})
            rest = {k: v for k, v in kwargs.items() if k not in CONFIG_FIELDS}
            hyper_names = {k for cls in OPTIMIZERS.values() for k in cls.defaults}
            _need(set(rest) <= hyper_names | set(SCHEDULE_PARAMETERS) and all(_number(v) for v in rest.values()),
                  "an unknown setting")
            self.experiment.config.with_changes(rest).validate()
        return Change(_int(record["seq"]), _int(record["step"]), method, tuple(args), dict(kwargs))

    def weight_edit(self, args: list) -> list:
        _need(len(args) == 4, "a weight edit of another kind")
        layer, name, index, value = args
        layers = self.experiment.network.layers
        _need(isinstance(name, str) and isinstance(index, list), "a weight edit of another kind")
        params = layers[_int(layer, 0, len(layers) - 1)].params
        _need(name in params and len(index) == params[name].ndim, "a weight the network does not have")
        index = tuple(_int(i, 0, n - 1) for i, n in zip(index, params[name].shape))
        _need(_number(value) and abs(value) <= MAX_WEIGHT, "a weight that is no number")
        return [layer, name, index, float(value)]
