"""Only the views that can show something for the run: a dense network on points has no
kernels, feature maps or time steps, so those docks close (their ten tabs squeezed every
title unreadable at 1280 px, "W…", "Ke…") and open again when the run becomes a CNN or RNN.

A dock is opened or closed only when what the run can show changes, so a view the user
closed stays closed across resets and edits that keep the kind of network.
"""
from __future__ import annotations

from typing import Callable

from ..engine import Config


def _has_layer(kind: str) -> Callable[[Config], bool]:
    return lambda config: any(layer.kind == kind for layer in config.hidden)


# dock key → whether a run of these settings gives that view anything to show
SHOWS_SOMETHING: dict[str, Callable[[Config], bool]] = {
    "kernels": _has_layer("conv2d"), "step_through": _has_layer("conv2d"),
    "feature_maps": lambda config: config.data_kind == "image",
    "through_time": _has_layer("simple_rnn"), "unrolled": _has_layer("simple_rnn"),
}


def follow_the_run(controller, docks: dict) -> None:
    """Open or close ``docks`` (key → QDockWidget) as the run's layer kinds and data change."""
    fitted: dict[str, bool] = {}

    def on_built(info) -> None:
        for key, shows in SHOWS_SOMETHING.items():
            fits = shows(info.config)
            if fitted.get(key) != fits:
                fitted[key] = fits
                docks[key].setVisible(fits)
    controller.built.connect(on_built)
