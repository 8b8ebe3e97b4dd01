"""Compared copies: they start from identical weights and see identical batches, so a changed
setting is the only thing that sets a copy apart."""
import numpy as np
import pytest

from playground.engine import Config, ConfigError, Experiment, LayerConfig
from playground.engine.compare import differing_settings, make_variants, parse_vary, race, run_label

BASE = Config(dataset="spiral", hidden=[LayerConfig(6), LayerConfig(5)], batch_size=8, seed=7)


def trained(config, updates):
    """The experiment after ``updates`` updates, and the input batch of each update."""
    exp = Experiment(config)
    batches, next_batch = [], exp.trainer._next_batch

    def recording():
        batch = next_batch()
        batches.append(batch[0].copy())
        return batch
    exp.trainer._next_batch = recording
    for _ in range(updates):
        exp.trainer.step()
    return exp, batches


def test_copies_start_bit_identical_whatever_setting_differs():
    for setting, value in (("optimizer", "adam"), ("learning_rate", 0.3), ("batch_size", 3),
                           ("activation", "relu"), ("regularizer", "l2"), ("schedule", "cosine")):
        first, other = (Experiment(c) for c in make_variants(BASE, [{}, {setting: value}]))
        assert np.array_equal(first.network.theta, other.network.theta), setting


def test_identical_copies_stay_bit_identical():
    (a, batches_a), (b, batches_b) = (trained(c, 200) for c in make_variants(BASE, [{}, {}]))
    assert np.array_equal(a.network.theta, b.network.theta)
    assert all(np.array_equal(x, y) for x, y in zip(batches_a, batches_b))


def test_another_optimizer_changes_the_updates_only():
    """Same initial weights and the same batches in the same order; the optimizer's state
    (and so the weights) differ."""
    sgd, adam = make_variants(BASE, [{"optimizer": "sgd"}, {"optimizer": "adam"}])
    (a, batches_a), (b, batches_b) = trained(sgd, 120), trained(adam, 120)
    assert np.array_equal(a.initial_theta, b.initial_theta)
    assert len(batches_a) == len(batches_b) == 120
    assert all(np.array_equal(x, y) for x, y in zip(batches_a, batches_b))
    assert not np.array_equal(a.network.theta, b.network.theta)
    assert a.trainer.optimizer.state == {} and set(b.trainer.optimizer.state) == {"m", "v"}


def test_another_batch_size_keeps_the_sample_order():
    small, large = make_variants(BASE, [{"batch_size": 5}, {"batch_size": 25}])
    a, b = Experiment(small), Experiment(large)
    a.trainer.run_epoch()
    b.trainer.run_epoch()
    assert np.array_equal(a.trainer.order, b.trainer.order)


def test_only_the_initialization_changes_the_initial_weights():
    xavier, he = (Experiment(c) for c in make_variants(BASE, [{"init": "xavier_uniform"}, {"init": "he_normal"}]))
    assert not np.array_equal(xavier.network.theta, he.network.theta)


def test_the_differing_settings_are_named():
    configs = make_variants(BASE, [{"optimizer": "sgd"}, {"optimizer": "adam", "learning_rate": 0.01}])
    names = differing_settings(configs)
    assert names == ["optimizer", "learning_rate"]
    assert run_label(configs[1], names) == "optimizer adam, learning_rate 0.01"


@pytest.mark.parametrize("text, expected", [("optimizer=sgd,adam", ("optimizer", ["sgd", "adam"])),
                                            ("lr=0.1, 0.01", ("learning_rate", [0.1, 0.01])),
                                            ("batch-size=1,10", ("batch_size", [1, 10]))])
def test_vary_is_parsed_with_typed_values(text, expected):
    assert parse_vary(text) == expected


@pytest.mark.parametrize("text, code", [("colour=red,blue", "compare_vary"), ("optimizer", "compare_vary"),
                                        ("lr=0.1,fast", "compare_value"), ("batch_size=1.5,2", "compare_value")])
def test_bad_vary_text_is_a_config_error_with_a_code(text, code):
    with pytest.raises(ConfigError) as info:
        parse_vary(text)
    assert info.value.code == code


def test_bad_copies_are_refused():
    with pytest.raises(ConfigError) as info:
        make_variants(BASE, [{"optimizer": "adam"}])
    assert info.value.code == "compare_copies"
    with pytest.raises(ConfigError):
        make_variants(BASE, [{"optimizer": "adam"}, {"optimizer": "newton"}])


def test_a_race_records_each_copy_and_when_it_reached_a_target():
    results = race(make_variants(BASE, [{"optimizer": "sgd"}, {"optimizer": "adam", "learning_rate": 0.05}]), 200, 20)
    assert [r.label for r in results] == ["optimizer sgd, learning_rate 0.03", "optimizer adam, learning_rate 0.05"]
    assert results[0].train_loss[0] == results[1].train_loss[0]  # the same start
    assert list(results[0].steps) == list(range(0, 201, 20))
    loss = results[1].train_loss
    target = float(loss[5])
    assert results[1].reached(target) == int(results[1].steps[np.flatnonzero(loss <= target)[0]])
    assert results[1].reached(-1.0) is None


def test_race_records_each_copy_s_path_from_the_shared_start():
    configs = make_variants(Config(dataset="xor", hidden=[LayerConfig(4)], n_samples=100),
                            [{"optimizer": "sgd"}, {"optimizer": "adam"}])
    a, b = race(configs, 50, every=10)
    assert np.array_equal(a.path[0], b.path[0])  # identical initial weights
    assert not np.array_equal(a.path[-1], b.path[-1]) and len(a.path) == len(b.path) > 10
