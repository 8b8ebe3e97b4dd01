import numpy as np
import pytest

from playground.engine.datasets import DATASETS, FEATURES, generate, make_features, split
from playground.engine.errors import ConfigError


@pytest.mark.parametrize("name", DATASETS)
def test_each_data_set_is_seeded_and_shaped(name):
    a = generate(name, 200, 0.1, np.random.default_rng(3))
    b = generate(name, 200, 0.1, np.random.default_rng(3))
    assert np.array_equal(a.x, b.x) and np.array_equal(a.y, b.y)
    assert a.x.shape == (200, 2) and a.y.shape == (200,)
    assert np.all(np.abs(a.x) < 10)
    if a.task == "classification":
        assert set(np.unique(a.y)) == set(range(a.n_classes))
        assert a.targets().shape == (200, 1 if a.n_classes == 2 else a.n_classes)
    else:
        assert np.all(np.abs(a.y) <= 1)


def test_circle_without_noise_is_separated_by_radius():
    d = generate("circle", 400, 0.0, np.random.default_rng(0))
    r = np.hypot(d.x[:, 0], d.x[:, 1])
    assert np.all(r[d.y == 1] <= 2.5) and np.all(r[d.y == 0] >= 3.5)


def test_xor_without_noise_follows_the_quadrants():
    d = generate("xor", 400, 0.0, np.random.default_rng(0))
    assert np.array_equal(d.y, (d.x[:, 0] * d.x[:, 1] >= 0).astype(int))


def test_noise_flips_some_circle_labels():
    d = generate("circle", 2000, 0.5, np.random.default_rng(0))
    r = np.hypot(d.x[:, 0], d.x[:, 1])
    assert 0 < np.mean((r < 3) != (d.y == 1)) < 0.5


def test_split_keeps_every_sample_once():
    d = generate("spiral", 101, 0.0, np.random.default_rng(0))
    train, test = split(d, 0.7, np.random.default_rng(1))
    assert len(train.x) == 71 and len(test.x) == 30
    both = np.concatenate([train.x, test.x])
    assert sorted(map(tuple, both)) == sorted(map(tuple, d.x))


def test_features_are_computed_from_the_point():
    p = np.array([[2.0, -3.0]])
    got = make_features(p, list(FEATURES))
    np.testing.assert_allclose(got, [[2, -3, 4, 9, -6, np.sin(2), np.sin(-3)]])


@pytest.mark.parametrize("args", [("circle", 2, 0.1), ("circle", 100, 2.0), ("nope", 100, 0.1)])
def test_bad_arguments(args):
    with pytest.raises(ConfigError):
        generate(*args, np.random.default_rng(0))
