"""Builds the typed layer snapshots of :mod:`snapshots` from a live :class:`Network`, and
the cheap activation statistics (dead ReLU units, saturated sigmoid/tanh outputs) that the
gradient advice needs.  Runs on snapshot steps only."""
from __future__ import annotations

import numpy as np

from .conv_layers import AvgPool2D, Conv2D, Flatten, MaxPool2D
from .layers import Dense
from .network import Network
from .recurrent import SimpleRNN
from .training import add_confusion
from .snapshots import (ConvSnapshot, DenseSnapshot, FlattenSnapshot, LayerSnapshot, Param, PoolSnapshot,
                        RecurrentSnapshot)

PROBE_SAMPLES = 256  # training samples the activation statistics look at
SATURATION_MARGIN = 0.01  # sigmoid within 1 % of 0 or 1, tanh within 1 % of ±1


def _params(net: Network, flats: dict, index: int, rename: dict | None = None) -> dict[str, Param]:
    """Layer ``index``'s parameters as Params built from the flat copies in ``flats``
    ({"value", "grad", "last_update", "since_init"} → flat array)."""
    views = {what: net.views(flat, index) for what, flat in flats.items()}
    rename = rename or {}
    return {rename.get(name, name): Param(rename.get(name, name), *(views[w][name] for w in
                                                                   ("value", "grad", "last_update", "since_init")))
            for name in views["value"]}


def _recurrent_radius(layer: SimpleRNN) -> float:
    with np.errstate(all="ignore"):
        return layer.spectral_radius() if np.all(np.isfinite(layer.params["W_hh"])) else float("nan")


def layer_snapshots(net: Network, flats: dict, health: dict) -> list[LayerSnapshot]:
    """One typed snapshot per layer; ``health[i]`` = (dead share, saturated share)."""
    out, weighted, unweighted = [], 0, {}
    for i, layer in enumerate(net.layers):
        base = {"index": i, "kind": layer.kind, "input_shape": tuple(layer.input_shape),
                "output_shape": tuple(layer.output_shape)}
        if isinstance(layer, (Dense, Conv2D, SimpleRNN)):
            weighted += 1
            dead, saturated = health.get(i, (float("nan"), float("nan")))
            common = dict(base, name=f"L{weighted}", activation=layer.activation_name, dead_share=dead,
                          saturated_share=saturated)
            if isinstance(layer, Conv2D):
                out.append(ConvSnapshot(**common, **_params(net, flats, i, {"W": "kernels"}), kernel=layer.kernel,
                                        stride=layer.stride, padding=layer.padding))
            elif isinstance(layer, SimpleRNN):
                out.append(RecurrentSnapshot(**common, **_params(net, flats, i),
                                             time_grad_norms=layer.grad_norms.copy(),
                                             spectral_radius=_recurrent_radius(layer)))
            else:
                out.append(DenseSnapshot(**common, **_params(net, flats, i)))
            continue
        family = "pool" if isinstance(layer, (MaxPool2D, AvgPool2D)) else "flatten"
        unweighted[family] = unweighted.get(family, 0) + 1
        name = f"{family}{unweighted[family]}"
        if family == "pool":
            out.append(PoolSnapshot(**base, name=name, mode="max" if isinstance(layer, MaxPool2D) else "avg",
                                    size=layer.size, stride=layer.stride))
        else:
            out.append(FlattenSnapshot(**base, name=name))
    return out


def _unit_axis(layer) -> int:
    return 1 if isinstance(layer, Conv2D) else -1


class EvaluationWatch:
    """A snapshot's figures taken from the forward pass that evaluates the losses (a pass of
    their own each doubled a CNN's snapshot cost): the layer health from the first training
    chunk, and with ``n_classes`` the test set's confusion counts.  Give it to
    ``Trainer.evaluate(watch=...)``; ``health`` stays None when the first chunk was too small."""

    def __init__(self, net: Network, x_train: np.ndarray, y_test: np.ndarray, n_classes: int | None = None):
        self.net, self.probe_rows, self.y_test = net, min(PROBE_SAMPLES, len(x_train)), y_test
        self.health: dict | None = None
        self.confusion = np.zeros((n_classes, n_classes), dtype=np.int64) if n_classes else None

    def __call__(self, part: str, start: int, out: np.ndarray) -> None:
        if part == "train" and start == 0 and len(out) >= self.probe_rows:
            self.health = layer_health(self.net, self.probe_rows)
        elif part == "test" and self.confusion is not None:
            add_confusion(self.confusion, self.y_test[start:start + len(out)], out)


def probe_layer_health(net: Network, x_train: np.ndarray) -> dict[int, tuple[float, float]]:
    """{layer index: (dead share, saturated share)} over the first PROBE_SAMPLES training samples
    (a forward pass of its own; :func:`layer_health` when one just ran)."""
    probe = x_train[:PROBE_SAMPLES]
    if not len(probe):
        return {}
    with np.errstate(all="ignore"):
        net.forward(probe)
    return layer_health(net, len(probe))


def layer_health(net: Network, rows: int) -> dict[int, tuple[float, float]]:
    """{layer index: (dead share, saturated share)} from the first ``rows`` samples of the
    forward pass the layers hold.

    dead share (ReLU only) = fraction of units u with a_u ≤ 0 for every probe sample (and every
    position / time step); saturated share (sigmoid, tanh) = fraction of outputs with
    σ(z) < m or σ(z) > 1 − m, or |tanh z| > 1 − m, m = SATURATION_MARGIN.  NaN where it does
    not apply."""
    stats = {}
    with np.errstate(all="ignore"):
        for i, layer in enumerate(net.layers):
            if not isinstance(layer, (Dense, Conv2D, SimpleRNN)) or i == len(net.layers) - 1:
                continue  # the output layer's saturation is confidence, not a problem
            a = (layer.h[:, 1:] if isinstance(layer, SimpleRNN) else layer.a)[:rows]
            dead = saturated = float("nan")
            if layer.activation_name == "relu":
                units = np.moveaxis(a, _unit_axis(layer), -1).reshape(-1, a.shape[_unit_axis(layer)])
                dead = float(np.mean(~np.any(units > 0, axis=0)))
            elif layer.activation_name == "sigmoid":
                saturated = float(np.mean((a < SATURATION_MARGIN) | (a > 1 - SATURATION_MARGIN)))
            elif layer.activation_name == "tanh":
                saturated = float(np.mean(np.abs(a) > 1 - SATURATION_MARGIN))
            stats[i] = (dead, saturated)
    return stats
