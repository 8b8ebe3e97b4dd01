"""A trained dense network as a standalone PyTorch script plus an ``.npz`` of its state, so a
student can continue the very same training outside the playground: same weights, loss,
regularization, optimizer state (moments, step count) and batch order (the shuffling
generator's state).  The script's text is ``pytorch_script.tmpl`` (its @MARKERS@ filled in); the numbers go to the .npz.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .activations import LEAKY_SLOPE
from .errors import ConfigError
from .experiment import Experiment

TEMPLATE = Path(__file__).with_name("pytorch_script.tmpl")
DEFAULT_UPDATES = 20  # what running the script without arguments continues for


def pytorch_state(experiment: Experiment) -> tuple[dict, dict[str, np.ndarray]]:
    """(settings for the script, arrays for its .npz); refused for non-dense networks."""
    net, trainer, config = experiment.network, experiment.trainer, experiment.config
    if any(layer.kind != "dense" for layer in net.layers):
        raise ConfigError(code="pytorch_dense_only")
    optimizer = trainer.optimizer
    arrays: dict[str, np.ndarray] = {}
    for k, index in enumerate(range(len(net.layers)), 1):
        views = net.views(net.theta, index)
        arrays[f"W{k}"], arrays[f"b{k}"] = views["W"].copy(), views["b"].copy()
    order = [(i, "W") for i in range(len(net.layers))] + [(i, "b") for i in range(len(net.layers))]
    for name, flat in optimizer.state.items():
        for position, (index, param) in enumerate(order):
            arrays[f"{name}_{position}"] = net.views(flat, index)[param].copy()
    arrays.update(optimizer_t=np.array(optimizer.t), x_train=trainer.x_train, y_train=trainer.y_train,
                  order=np.asarray(trainer.order), cursor=np.array(trainer.cursor),
                  rng_state=np.array(json.dumps(trainer.rng.bit_generator.state)))
    settings = {
        "step": trainer.step_count, "dtype": net.dtype.name, "leaky_slope": LEAKY_SLOPE,
        "activations": [layer.activation_name for layer in net.layers],
        "loss": trainer.loss.name, "regularizer": trainer.regularizer.name,
        "regularization_rate": trainer.regularizer.rate, "clip_norm": trainer.clip_norm,
        "batch_size": trainer.batch_size, "optimizer": optimizer.name,
        "optimizer_hyper": optimizer.hyperparameters(), "optimizer_state": list(optimizer.state),
        "dataset": config.dataset,
    }
    return settings, arrays


def pytorch_script(settings: dict, npz_name: str, script_name: str) -> str:
    title = (f"A {' → '.join(str(a) for a in settings['activations'])} network on the {settings['dataset']} "
             "data, continued in PyTorch")
    fills = {"@TITLE@": title, "@STEP@": str(settings["step"]), "@UPDATES@": str(DEFAULT_UPDATES),
             "@SCRIPT_NAME@": script_name, "@NPZ_NAME@": npz_name, "@NPZ_NAME_REPR@": repr(npz_name),
             "@SETTINGS_REPR@": repr(json.dumps(settings))}
    source = TEMPLATE.read_text(encoding="utf-8")
    for marker, text in fills.items():
        source = source.replace(marker, text)
    return source


def export_pytorch(experiment: Experiment, script_path: str | Path) -> tuple[Path, Path]:
    """Write ``script_path`` and its ``.npz`` beside it (same stem); both paths.  An export,
    not a session: plain writes (an interrupted one is simply made again)."""
    script_path = Path(script_path)
    npz_path = script_path.with_suffix(".npz")
    settings, arrays = pytorch_state(experiment)

    np.savez(npz_path, **arrays)  # an OSError is the caller's to word
    script_path.write_text(pytorch_script(settings, npz_path.name, script_path.name), encoding="utf-8")
    return script_path, npz_path
