import numpy as np
import pytest

from playground.engine import Config, ConfigError, DivergenceError, Experiment, LayerConfig
from playground.engine.diagnosis import diagnose


def train(config: Config, updates: int) -> Experiment:
    exp = Experiment(config)
    for _ in range(updates):
        exp.trainer.step()
    return exp


@pytest.mark.parametrize("config,updates,target", [
    (Config(dataset="circle"), 3000, 0.95),
    (Config(dataset="xor", hidden=[LayerConfig(8)], optimizer="adam", learning_rate=0.01), 3000, 0.95),
    (Config(dataset="spiral", hidden=[LayerConfig(8)] * 3, optimizer="adam", learning_rate=0.01), 8000, 0.90),
    (Config(dataset="spiral3", hidden=[LayerConfig(12)] * 3, optimizer="adam", learning_rate=0.01), 5000, 0.85),
])
def test_seeded_runs_reach_their_accuracy(config, updates, target):
    assert train(config, updates).trainer.evaluate()["test_accuracy"] >= target


def test_regression_loss_falls():
    exp = Experiment(Config(dataset="reg_plane", loss="mse", learning_rate=0.01))
    before = exp.trainer.evaluate()["test_loss"]
    for _ in range(1000):
        exp.trainer.step()
    assert exp.trainer.evaluate()["test_loss"] < 0.1 * before


def test_zero_initialization_keeps_hidden_neurons_identical():
    """The symmetry problem: with equal weights, every neuron of a layer gets the same
    gradient, so they stay copies of each other however long training runs."""
    config = Config(hidden=[LayerConfig(5, init="zeros"), LayerConfig(3, init="constant", init_scale=0.3)],
                    output_init="constant", output_init_scale=0.5)
    exp = train(config, 200)
    w1, w2 = exp.network.layers[0].params["W"], exp.network.layers[1].params["W"]
    assert np.allclose(w1, w1[:, :1]) and np.allclose(w2, w2[:, :1])
    assert np.allclose(w2, w2[:1, :])
    assert not np.allclose(exp.network.theta, exp.initial_theta)  # it did train


def test_same_seed_same_weights_after_100_updates():
    config = Config(dataset="spiral", optimizer="adam", batch_size=7, noise=0.2)
    a, b = train(config, 100), train(config.copy(), 100)
    assert np.array_equal(a.network.theta, b.network.theta)
    c = train(Config(dataset="spiral", optimizer="adam", batch_size=7, noise=0.2, seed=2), 100)
    assert not np.array_equal(a.network.theta, c.network.theta)


@pytest.mark.parametrize("batch_size,updates_per_epoch", [(0, 1), (1, 250), (10, 25), (40, 7)])
def test_epoch_length_follows_the_batch_size(batch_size, updates_per_epoch):
    exp = Experiment(Config(batch_size=batch_size))  # 250 training samples
    assert exp.trainer.run_epoch() == updates_per_epoch
    assert exp.trainer.epoch == 1 and exp.trainer.step_count == updates_per_epoch


def test_sgd_reshuffles_every_epoch():
    exp = Experiment(Config(batch_size=1))
    exp.trainer.run_epoch()
    first = exp.trainer.order.copy()
    exp.trainer.run_epoch()
    assert sorted(first) == list(range(250)) and not np.array_equal(first, exp.trainer.order)


def test_changing_rates_keeps_weights_and_state():
    exp = train(Config(optimizer="momentum"), 20)
    theta, velocity = exp.network.theta.copy(), exp.trainer.optimizer.state["velocity"].copy()
    exp.set_hyperparameters(learning_rate=0.001, regularization_rate=0.01, momentum=0.5)
    assert np.array_equal(exp.network.theta, theta)
    assert np.array_equal(exp.trainer.optimizer.state["velocity"], velocity)
    assert exp.trainer.step_count == 20 and exp.trainer.optimizer.momentum == 0.5
    with pytest.raises(ConfigError):
        exp.set_hyperparameters(dataset="xor")


def test_penalty_is_reported_apart_from_the_data_loss():
    exp = Experiment(Config(regularizer="l2", regularization_rate=0.1))
    metrics = exp.trainer.evaluate()
    w = exp.network.theta[:exp.network.n_weights]
    assert metrics["penalty"] == pytest.approx(0.05 * np.dot(w, w))


def test_divergence_keeps_the_last_finite_weights():
    exp = Experiment(Config(loss="mse", learning_rate=1e6, hidden=[LayerConfig(8, "relu")] * 3,
                            dataset="reg_plane"))
    with pytest.raises(DivergenceError) as info:
        for _ in range(100):
            exp.trainer.step()
            last = exp.network.theta.copy()
    assert np.all(np.isfinite(exp.network.theta))
    assert np.array_equal(exp.network.theta, last)
    assert "learning rate" in str(info.value) and info.value.step == exp.trainer.step_count + 1


def test_gradient_health_is_recorded_per_layer_per_update():
    exp = train(Config(hidden=[LayerConfig(8, "sigmoid")] * 6), 30)
    rows = exp.trainer.step_history.view()
    assert rows.shape == (30, 1 + 3 * 7)
    norms, ratios = exp.trainer.last_gradient_stats()
    assert norms.shape == ratios.shape == (7,) and np.all(norms > 0) and np.all(ratios > 0)
    assert norms[0] < norms[-1]  # sigmoid stacks shrink the gradient toward the input


def test_gradient_clipping_bounds_the_step():
    exp = Experiment(Config(optimizer="sgd", learning_rate=1.0, clip_norm=1e-3))
    before = exp.network.theta.copy()
    exp.trainer.step()
    assert np.linalg.norm(exp.network.theta - before) <= 1e-3 * (1 + 1e-9)


def test_snapshot_is_a_copy_and_carries_new_history_only():
    exp = train(Config(), 5)
    snap = exp.snapshot(grid_size=20)
    w = snap.layers[0].W.value
    assert w.shape == (2, 4)  # rows = inputs, columns = outputs
    assert np.array_equal(w, exp.network.layers[0].params["W"])
    exp.trainer.step()
    assert not np.array_equal(w, exp.network.layers[0].params["W"])
    assert len(snap.step_rows) == 5 and len(exp.snapshot().step_rows) == 1
    assert [g.shape for g in snap.grid] == [(20, 20, 2), (20, 20, 4), (20, 20, 2), (20, 20, 1)]


def test_grid_evaluation_matches_pointwise_prediction():
    exp = train(Config(features=["x1", "x2", "x1_sq", "sin_x2"], hidden=[LayerConfig(3)]), 50)
    grid = exp.evaluate_grid(7)
    points = exp.grid_points(7)
    out = exp.network.predict(exp.inputs(points))
    np.testing.assert_allclose(grid[-1].reshape(-1, 1), out)
    assert points[0, 1] == 6.0 and points[-1, 1] == -6.0  # row 0 is the top of the plane


def test_float32_trains():
    exp = train(Config(dtype="float32"), 3000)
    assert exp.network.theta.dtype == np.float32 and exp.trainer.evaluate()["test_accuracy"] > 0.9


@pytest.mark.parametrize("change", [
    {"dataset": "nope"}, {"hidden": [LayerConfig(0)]}, {"hidden": [LayerConfig(4, "swish")]},
    {"learning_rate": -1.0}, {"n_samples": 10**9}, {"features": []}, {"optimizer": "lbfgs"},
    {"hidden": [LayerConfig(4)] * 40}, {"dataset": "reg_plane", "loss": "cross_entropy"},
])
def test_bad_configurations_raise_config_error(change):
    with pytest.raises(ConfigError):
        Experiment(Config(**change))


def test_switching_optimizer_and_regularizer_keeps_the_weights():
    exp = train(Config(), 10)
    theta = exp.network.theta.copy()
    exp.set_hyperparameters(optimizer="adam", regularizer="l1", regularization_rate=0.01)
    assert np.array_equal(exp.network.theta, theta) and exp.trainer.step_count == 10
    assert exp.trainer.optimizer.name == "adam" and exp.trainer.regularizer.name == "l1"
    exp.trainer.step()
    assert exp.trainer.optimizer.t == 1


def test_snapshot_carries_the_last_update_and_the_change_since_start():
    exp = Experiment(Config(optimizer="sgd", learning_rate=0.3, regularizer="none"))
    start = exp.snapshot().layers[0]
    assert not start.W.last_update.any() and not start.W.since_init.any()
    exp.trainer.step()
    exp.trainer.step()
    layer = exp.snapshot().layers[0]
    np.testing.assert_allclose(layer.W.last_update, -0.3 * layer.W.grad)
    np.testing.assert_allclose(layer.W.value - layer.W.since_init, exp.initial_theta[:8].reshape(2, 4))


def test_plane_data_is_the_split_and_absent_off_the_plane():
    exp = Experiment(Config(n_samples=200, train_fraction=0.7))
    plane = exp.plane_data()
    assert len(plane.train.x) == 140 and len(plane.test.x) == 60
    assert plane.extent == ((-6.0, -6.0), (6.0, 6.0))


def diagnosis_after(config: Config, steps: int):
    exp = Experiment(config)
    for _ in range(steps):
        exp.trainer.step()
    return diagnose(exp.snapshot())


def test_a_deep_sigmoid_stack_is_diagnosed_as_vanishing():
    deep = [LayerConfig(4, "sigmoid", init="normal", init_scale=0.3)] * 8
    found = diagnosis_after(Config(hidden=deep), 3)
    assert found.code == "vanishing" and found.layers[0] == "L1"


def test_a_large_learning_rate_is_blamed_not_the_activation():
    # lr 10 with tanh: the hidden layers saturate and their gradients fade, but the cause is the step size
    for steps in (1, 5, 60):
        found = diagnosis_after(Config(learning_rate=10.0), steps)
        assert found is not None and found.cause == "learning_rate", (steps, found)
        assert found.code != "vanishing"


def test_dead_relu_units_are_reported_while_they_stay_dead():
    config = Config(hidden=[LayerConfig(4, "relu", init_scale=5.0), LayerConfig(2, "relu", init_scale=5.0)])
    for steps in (1, 2, 10):
        found = diagnosis_after(config, steps)
        assert found.code == "dead_relu" and found.layers == ("L2",) and found.share == 0.5


def test_not_finite_weights_get_one_finding_not_two():
    exp = Experiment(Config())
    exp.trainer.step()
    exp.network.layers[0].params["W"][0, 0] = np.nan
    found = diagnose(exp.snapshot())
    assert (found.code, found.cause, found.layers) == ("not_finite", "learning_rate", ("L1",))


def test_the_probe_counts_dead_units_and_saturated_outputs():
    exp = Experiment(Config(hidden=[LayerConfig(3, "relu"), LayerConfig(2, "tanh")]))
    exp.network.layers[0].params["W"][:, 0] = 0.0
    exp.network.layers[0].params["b"][0] = -1.0  # unit 1 of L1 never fires
    exp.network.layers[1].params["W"][...] = 1e3  # L2 saturates wherever L1 is active
    layers = exp.snapshot().weighted_layers()
    assert layers[0].dead_share == pytest.approx(1 / 3) and np.isnan(layers[0].saturated_share)
    assert layers[1].saturated_share > 0.9 and np.isnan(layers[1].dead_share)
    assert np.isnan(layers[2].saturated_share)  # the output layer: confidence, not a problem


def test_zero_weights_have_no_update_ratio_instead_of_an_infinite_one():
    exp = train(Config(hidden=[LayerConfig(3, init="zeros")], output_init="zeros"), 1)
    _, ratios = exp.trainer.last_gradient_stats()
    assert np.isnan(ratios).all()


def test_a_sample_flows_through_the_network_in_the_snapshot():
    exp = train(Config(hidden=[LayerConfig(3)]), 5)
    sample = exp.snapshot(sample=4).sample
    x = exp.trainer.x_train[4:5]
    assert sample.index == 4 and np.array_equal(sample.columns[0], x[0])
    assert [c.shape for c in sample.columns] == [(2,), (3,), (1,)]
    np.testing.assert_allclose(sample.columns[-1], exp.network.predict(x)[0])
    assert exp.snapshot(sample=10**6).sample.index == len(exp.train_data.x) - 1


def test_evaluation_in_chunks_gives_the_same_metrics_as_in_one_piece(monkeypatch):
    from playground.engine import training
    exp = Experiment(Config(dataset="spiral3", n_samples=300, loss="cross_entropy"))
    for _ in range(50):
        exp.trainer.step()
    whole = exp.trainer.evaluate(record=False)
    monkeypatch.setattr(training, "EVAL_CHUNK_VALUES", 7 * exp.network.values_per_sample())  # chunks of 7 rows
    chunked = exp.trainer.evaluate(record=False)
    assert chunked == pytest.approx(whole, rel=1e-12)
    assert whole["train_accuracy"] * 150 == pytest.approx(round(whole["train_accuracy"] * 150))


def test_a_batch_too_large_for_memory_is_refused_with_the_largest_that_fits():
    huge = Config(n_samples=1_000_000, hidden=[LayerConfig(1024)] * 16, batch_size=0)
    with pytest.raises(ConfigError, match=r"GiB for this network's activations; use batches of at most 4,095"):
        Experiment(huge)
    exp = Experiment(Config(n_samples=400_000, hidden=[LayerConfig(1024)], batch_size=10))
    with pytest.raises(ConfigError, match="use batches of at most"):
        exp.set_hyperparameters(batch_size=0)
    assert exp.config.batch_size == exp.trainer.batch_size == 10  # the old batch size stays
