"""What a built run is, as the engine confirms it: the one description a GUI mirrors.

The engine process builds and validates every run; a GUI keeps no settings of its own but
this, replaced whenever the engine answers a build, an open or a live change.  So the
widgets, the controller and the engine can never disagree about what is running.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .config import Config
from .datasets import Dataset
from .experiment import Experiment, PlaneData
from .timeline import TimelineInfo


GALLERY_SIZE = 24


@dataclass(frozen=True)
class RunInfo:
    """A built run's settings and the facts of its data.

    ``input_names`` are feature keys (``"x1"``, ``"x1_sq"``…) for the 2-D sets and the
    column names of a CSV file; ``csv_data`` is the user's data (a CSV's rows or points painted
    by hand), which a rebuild or an undo needs again (generated sets are redrawn from their seed
    instead).  ``session`` holds what an opened file adds: its view choices, creation time, a
    warning and its scenario; ``timeline`` what the timeline control shows."""

    config: Config
    task: str
    n_classes: int
    input_names: tuple
    plane: PlaneData | None
    csv_data: Dataset | None
    step: int
    session: dict = field(default_factory=dict)
    timeline: TimelineInfo | None = None  # the updates one can go back to (see engine.timeline)
    gallery: Dataset | None = None  # the first GALLERY_SIZE training images or sequences, to pick from

    @classmethod
    def of(cls, experiment: Experiment, session: dict | None = None,
           timeline: TimelineInfo | None = None) -> "RunInfo":
        c, data = experiment.config, experiment.data
        names = tuple(c.features) if c.data_kind == "plane" else tuple(data.feature_names)
        return cls(c.copy(), data.task, int(data.n_classes), names, experiment.plane_data(),
                   data if c.given_data else None, experiment.trainer.step_count, session or {},
                   timeline, _gallery(experiment) if c.shaped else None)


def _gallery(experiment: Experiment) -> Dataset:
    """A copy of the first training samples, raw as the data set made them (no scaling)."""
    train = experiment.train_data
    return Dataset(train.x[:GALLERY_SIZE].copy(), train.y[:GALLERY_SIZE].copy(), train.task, train.n_classes)
