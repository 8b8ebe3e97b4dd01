"""Every export, written from a snapshot (the window's latest, or one the command line takes
from a loaded session), so the File ▸ Export menu and `main.py export` share one
implementation: the loss history as CSV, the weights as .npz or CSV files, the network as a
NumPy script, and (from a whole experiment) the PyTorch continuation."""
from __future__ import annotations

import os

import numpy as np

from .export_pytorch import export_pytorch  # noqa: F401  (the GUI's menu takes it from here too)
from .export_script import python_script

LOSS_COLUMNS = "update,epoch,train_loss,test_loss,train_accuracy,test_accuracy"
FORMATS = ("pytorch", "numpy", "weights", "weights-csv", "loss-csv")


def weight_arrays(snapshot) -> dict[str, np.ndarray]:
    """{"W1": ..., "b1": ..., ...} for every dense layer; other kinds by layer and parameter
    name ("L1_W_xh", "L1_kernels", "L1_b", ...)."""
    arrays = {}
    for k, layer in enumerate(snapshot.weighted_layers(), 1):
        if layer.kind == "dense":
            arrays[f"W{k}"], arrays[f"b{k}"] = layer.W.value, layer.b.value
        else:
            arrays.update({f"{layer.name}_{p.name}": p.value for p in layer.params()})
    return arrays


def write_loss_csv(path: str, rows: np.ndarray) -> None:
    """Rows of (update, epoch, train loss, test loss, train accuracy, test accuracy)."""
    np.savetxt(path, rows, delimiter=",", header=LOSS_COLUMNS, comments="", fmt="%.10g")


def write_weights_npz(path: str, snapshot) -> None:
    np.savez(path, **weight_arrays(snapshot))


def write_weights_csv(folder: str, snapshot) -> None:
    for name, values in weight_arrays(snapshot).items():
        np.savetxt(os.path.join(folder, f"{name}.csv"), np.atleast_2d(values), delimiter=",", fmt="%.17g")


def numpy_script(snapshot, config, data) -> str:
    """A script that needs only NumPy and predicts with the snapshot's dense layers."""
    layers = [(layer.W.value, layer.b.value, layer.activation) for layer in snapshot.layers_of("dense")]
    features = None if config.dataset == "csv" else list(config.features)
    names = list(data.feature_names) if data is not None and features is None else list(config.features)
    return python_script(layers, features, names, f"A network trained in Neural Playground for "
                         f"{snapshot.step} updates on the {config.dataset} data")


def export_experiment(experiment, fmt: str, out: str) -> str:
    """Write ``experiment`` in format ``fmt`` (one of :data:`FORMATS`) to ``out``; what was
    written, in words.  OSError and EngineError are the caller's to report."""
    if fmt == "pytorch":
        script, npz = export_pytorch(experiment, out)
        return f"{script} and {npz}"
    snapshot = experiment.snapshot(full_history=True)
    if fmt == "numpy":
        with open(out, "w", encoding="utf-8") as handle:
            handle.write(numpy_script(snapshot, experiment.config, experiment.data))
    elif fmt == "weights":
        write_weights_npz(out, snapshot)
    elif fmt == "weights-csv":
        os.makedirs(out, exist_ok=True)
        write_weights_csv(out, snapshot)
    else:
        write_loss_csv(out, experiment.trainer.eval_history.view()[:, :6])
    return out
