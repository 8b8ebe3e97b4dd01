"""Points painted by hand: adding, erasing, and a run built on them keeps its features,
its fixed plane and its points across save and open."""
import numpy as np
import pytest

from playground.engine import Config
from playground.engine.datasets import PAINTED, Dataset
from playground.engine.errors import ConfigError, DataError
from playground.engine.experiment import GRID_EXTENT, Experiment
from playground.engine.painting import MIN_POINTS, erased, joined, painted
from playground.engine.session import load_session, save_session


def two_classes(n=10) -> Dataset:
    x = np.column_stack([np.linspace(-5, 5, n), np.zeros(n)])
    return Dataset(x, (x[:, 0] > 0).astype(int), "classification", 2)


def test_painting_adds_points_of_the_class_and_a_new_class_grows_the_count():
    data = painted(two_classes(), [[1, 2], [3, 4]], 1)
    assert len(data.x) == 12 and data.x[-2:].tolist() == [[1, 2], [3, 4]] and data.y[-2:].tolist() == [1, 1]
    assert data.n_classes == 2
    assert painted(data, [0, 0], 2).n_classes == 3


def test_erasing_removes_only_the_points_within_the_radius():
    data = two_classes(11)  # x = -5, -4, …, 5
    kept = erased(data, [[0.2, 0]], 1.0)
    assert sorted(kept.x[:, 0].tolist()) == [-5, -4, -3, -2, -1, 2, 3, 4, 5]
    with pytest.raises(DataError) as error:
        erased(data, [[0, 0]], 100)
    assert error.value.code == "paint_too_few_points" and error.value.values["least"] == MIN_POINTS


def test_regression_data_cannot_be_painted():
    data = Dataset(np.zeros((5, 2)), np.zeros(5), "regression")
    with pytest.raises(DataError) as error:
        painted(data, [0, 0], 0)
    assert error.value.code == "paint_needs_classes"


def test_joined_puts_a_split_back_together():
    data = two_classes()
    both = joined(Dataset(data.x[:4], data.y[:4], "classification", 2), Dataset(data.x[4:], data.y[4:], "classification", 2))
    np.testing.assert_array_equal(both.x, data.x)


def test_a_painted_run_uses_the_features_and_the_fixed_plane_and_needs_its_data():
    config = Config(dataset=PAINTED, n_samples=10, features=["x1", "x2", "x1_sq"])
    assert config.given_data and config.data_kind == "plane"
    experiment = Experiment(config.copy(), painted(two_classes(), [[4, 4]], 0))
    assert experiment.network.layers[0].params["W"].shape[0] == 3
    assert experiment.plane_extent() == ((-GRID_EXTENT, -GRID_EXTENT), (GRID_EXTENT, GRID_EXTENT))
    with pytest.raises(ConfigError):
        Experiment(config.copy())


def test_leaving_a_drawing_for_a_generated_set_gives_it_its_own_size():
    config = Config(dataset=PAINTED, n_samples=13)
    assert config.with_changes({"dataset": "spiral"}).n_samples == Config.n_samples
    assert config.with_changes({"learning_rate": 0.1}).n_samples == 13


def test_painted_points_survive_save_and_open(tmp_path):
    data = painted(two_classes(), [[1.5, -2.5]], 1)
    experiment = Experiment(Config(dataset=PAINTED, n_samples=len(data.x)), data)
    for _ in range(5):
        experiment.trainer.step()
    path = str(tmp_path / "drawing.nnplay")
    save_session(path, experiment)
    opened = load_session(path).experiment()
    assert opened.config.dataset == PAINTED
    np.testing.assert_array_equal(opened.data.x, data.x)
    np.testing.assert_array_equal(opened.data.y, data.y)
