"""An experiment's training state as JSON-able values plus named arrays, and back.

This is what makes "save, open, continue" bit-identical to never having stopped: the
parameters, the optimizer's moments, the counters, the current epoch's sample order and the
shuffling generator's exact state.  The data set itself travels too, so a session never
depends on regenerating points with the same code.
"""
from __future__ import annotations

import numpy as np

from .datasets import MAX_ABS_VALUE, Dataset
from .errors import SessionError
from .experiment import Experiment

TASKS = ("classification", "regression")
MAX_CLASSES = 1000  # far above any data set's (digits: 10, CSV: 20); bounds the output layer
MAX_COUNTER = 2 ** 53  # updates, epochs and the optimizer's step: beyond, a float cannot count them
MAX_WEIGHT = 1e30  # larger weights overflow a forward pass at once; divergence stops runs long before
SECOND_MOMENTS = ("optimizer_v", "optimizer_sum_sq", "optimizer_mean_sq")


def check_values(state: dict, arrays: dict[str, np.ndarray]) -> None:
    """Refuse values no saved run can hold, so that every file that opens can train.

    Data and optimizer moments must be finite; second moments (sums of squared gradients)
    are never negative; weights are finite and below :data:`MAX_WEIGHT`.
    """
    for name in ("data_x", "data_y"):
        if name not in arrays:
            raise SessionError(code="array_missing", name=name)
    for name, array in arrays.items():
        if name.endswith("history") or name == "previous_theta" or array.dtype.kind != "f":
            continue  # previous_theta is scratch before the first update (np.empty), rewritten by every update
        if not np.all(np.isfinite(array)):
            raise SessionError(code="array_not_finite", name=name)
        most = _largest_value(name)
        if array.size and np.max(np.abs(array)) > most:
            raise SessionError(code="array_values_too_large", name=name, most=most)
        if name in SECOND_MOMENTS and array.size and array.min() < 0:
            raise SessionError(code="array_negative_squares", name=name)


def capture(experiment: Experiment) -> tuple[dict, dict[str, np.ndarray]]:
    """(state, arrays) of an experiment, copied."""
    t, net, data = experiment.trainer, experiment.network, experiment.data
    state = {
        "step_count": t.step_count, "epoch": t.epoch, "cursor": t.cursor,
        "shuffle_rng": t.rng.bit_generator.state,
        "optimizer": {"name": t.optimizer.name, "t": int(t.optimizer.t)},
        "data": {"task": data.task, "n_classes": int(data.n_classes), "feature_names": list(data.feature_names)},
    }
    arrays = {
        "theta": net.theta.copy(), "initial_theta": experiment.initial_theta.copy(),
        "previous_theta": t.previous_theta.copy(), "order": t.order.copy(),
        "step_history": t.step_history.view().copy(), "eval_history": t.eval_history.view().copy(),
        "data_x": data.x.copy(), "data_y": data.y.copy(),
        **{f"optimizer_{k}": v.copy() for k, v in t.optimizer.state.items()},
    }
    return state, arrays


def dataset_from(state: dict, arrays: dict[str, np.ndarray]) -> Dataset:
    """The session's data set, checked for consistency."""
    info = _field(state, "data", dict)
    task, n_classes = _field(info, "task", str), _field(info, "n_classes", int)
    names = _field(info, "feature_names", list)
    x, y = arrays["data_x"], arrays["data_y"]
    if task not in TASKS:
        raise SessionError(code="saved_task_unknown", task=task[:40])
    # names: one per column (points), per channel (images) or per feature of a time step
    named_axis = {2: 1, 3: 2, 4: 1}.get(x.ndim)
    if named_axis is None or y.shape != (len(x),) or len(x) < 4 or len(names) != x.shape[named_axis]:
        raise SessionError(code="saved_data_inconsistent", x_shape=x.shape, y_shape=y.shape, names=len(names))
    if task == "classification":
        if not np.issubdtype(y.dtype, np.integer) or not 2 <= n_classes <= MAX_CLASSES or y.min() < 0 \
                or y.max() >= n_classes:
            raise SessionError(code="saved_labels_mismatch")
    return Dataset(x.astype(float), y if task == "classification" else y.astype(float), task, n_classes,
                   tuple(str(n) for n in names))


def _largest_value(name: str) -> float:
    """The largest magnitude array ``name`` of a trainable run holds: data and weights are
    bounded so a forward pass cannot overflow; second moments are squares of gradients."""
    if name.startswith("data"):
        return MAX_ABS_VALUE
    return MAX_WEIGHT ** 2 if name in SECOND_MOMENTS else MAX_WEIGHT


def restore(experiment: Experiment, state: dict, arrays: dict[str, np.ndarray]) -> None:
    """Put a captured state into a freshly built experiment of the same configuration."""
    t, net = experiment.trainer, experiment.network
    n_train = len(t.x_train)
    expected = {"theta": net.theta.shape, "initial_theta": net.theta.shape, "previous_theta": net.theta.shape,
                "order": (n_train,), **{f"optimizer_{k}": v.shape for k, v in t.optimizer.state.items()}}
    for name, shape in expected.items():
        if name not in arrays:
            raise SessionError(code="array_missing", name=name)
        if arrays[name].shape != shape:
            raise SessionError(code="array_shape", name=name, shape=arrays[name].shape, expected=shape)
    optimizer = _field(state, "optimizer", dict)
    if _field(optimizer, "name", str) != t.optimizer.name:
        raise SessionError(code="optimizer_state_mismatch", saved=optimizer["name"][:40], chosen=t.optimizer.name)
    order = arrays["order"]
    if not np.array_equal(np.sort(order), np.arange(n_train)):
        raise SessionError(code="order_not_permutation")
    step_count, epoch, cursor = (_field(state, k, int) for k in ("step_count", "epoch", "cursor"))
    optimizer_t = _field(optimizer, "t", int)
    if not 0 <= min(step_count, epoch, cursor, optimizer_t) <= max(step_count, epoch, optimizer_t) <= MAX_COUNTER \
            or cursor >= n_train:
        raise SessionError(code="counters_out_of_range")
    for name, history in (("step_history", t.step_history), ("eval_history", t.eval_history)):
        rows = arrays.get(name, np.empty((0, history.width)))
        if rows.ndim != 2 or rows.shape[1] != history.width:
            raise SessionError(code="array_shape", name=name, shape=rows.shape, expected=f"(rows, {history.width})")
    try:
        t.rng.bit_generator.state = state["shuffle_rng"]
    except (KeyError, TypeError, ValueError, OverflowError) as exc:
        raise SessionError(code="random_state_invalid", detail=str(exc)[:200]) from None
    net.theta[...] = arrays["theta"]
    experiment.initial_theta[...] = arrays["initial_theta"]
    t.previous_theta[...] = arrays["previous_theta"]
    t.optimizer.load_state_dict({"t": optimizer_t,
                                 **{k: arrays[f"optimizer_{k}"] for k in t.optimizer.state}})
    t.set_position(step_count, epoch, cursor, order)
    t.step_history.load(arrays.get("step_history", np.empty((0, t.step_history.width))))
    t.eval_history.load(arrays.get("eval_history", np.empty((0, t.eval_history.width))))


def _field(mapping: dict, key: str, kind: type):
    value = mapping.get(key) if isinstance(mapping, dict) else None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise SessionError(code="state_field_missing", key=key, kind=kind.__name__)
    return value
