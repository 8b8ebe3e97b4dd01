"""What a run switches to when its data changes kind (points, images, sequences): the hidden
layers that make sense for the new samples and the loss that fits the new task.

Pure functions of a :class:`Config`; the GUI sends the result as one structural edit.
"""
from __future__ import annotations

import copy

from .config import Config, LayerConfig, default_loss
from .datasets import DATASETS
from .image_sequence_data import N_DIGITS, SHAPED_DATASETS


def default_stack(data_kind: str) -> list[LayerConfig]:
    """A small network for samples of ``data_kind``: images → an 8-filter 3×3 convolution
    (same padding) and 2×2 max pooling before the dense output; sequences → a 16-unit
    recurrent layer; points → two dense layers of 4 and 2 tanh neurons."""
    if data_kind == "image":
        return [LayerConfig.conv(8, 3, padding="same"), LayerConfig.pool(2)]
    if data_kind == "sequence":
        return [LayerConfig.rnn(16)]
    return [LayerConfig(4), LayerConfig(2)]


def dataset_task(dataset: str) -> str | None:
    """"classification" or "regression" for a generated data set (None for a CSV)."""
    if dataset in SHAPED_DATASETS:
        return SHAPED_DATASETS[dataset].task
    return DATASETS[dataset].task if dataset in DATASETS else None


def fit_to_data(new: Config, old: Config) -> Config:
    """``new`` (whose data set was just chosen) made trainable: when the samples change kind
    (points ↔ images ↔ sequences) the hidden layers become :func:`default_stack`; when the
    task changes the loss becomes its default; the digits keep at most the images there are.  ``old`` is the run before the change."""
    fitted = copy.deepcopy(new)  # not Config.copy: that validates, and this may still be invalid
    kind = lambda c: "plane" if c.data_kind in ("plane", "csv") else c.data_kind
    if kind(new) != kind(old):
        fitted.hidden = default_stack(kind(new))
    task = dataset_task(new.dataset)
    if task is not None and task != dataset_task(old.dataset):
        fitted.loss = default_loss(task)
    if fitted.dataset == "digits":
        fitted.n_samples = min(fitted.n_samples, N_DIGITS)
    return fitted.fitting_ablation()
