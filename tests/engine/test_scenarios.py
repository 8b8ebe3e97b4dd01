"""Each shipped scenario opens from its file and shows the effect its text claims, measured."""
from __future__ import annotations

import numpy as np
import pytest

from playground.engine import DivergenceError, Experiment, LayerConfig
from playground.engine.blowup import CHECKPOINT_EVERY, BlowUpGuard
from playground.engine.session import load_session
from playground.scenario_catalog import SCENARIOS, shipped


def opened(key: str) -> Experiment:
    """The shipped file's run, as the window would open it."""
    return load_session(str(shipped(key).path)).experiment()


def changed(key: str, **changes) -> Experiment:
    """The scenario after "what to change" and a Reset: same seeds, other settings."""
    return Experiment(shipped(key).config.with_changes(changes))


def train(experiment: Experiment, updates: int) -> Experiment:
    for _ in range(updates):
        experiment.trainer.step()
    return experiment


def weights(experiment: Experiment, layer: int = 0) -> np.ndarray:
    net = experiment.network
    return net.layers[net.weighted_layers[layer]].params["W"]


def metrics(experiment: Experiment) -> dict:
    return experiment.trainer.evaluate(record=False)


def hidden_outputs(experiment: Experiment) -> list[np.ndarray]:
    return experiment.network.forward_all(experiment.trainer.x_train)[:-1]


@pytest.mark.parametrize("item", SCENARIOS, ids=lambda s: s.key)
def test_each_file_is_its_table_entry(item):
    """The committed files are what scripts/make_scenarios.py makes of the table, at step 0."""
    session = load_session(str(item.path))
    assert session.config == item.config
    assert session.scenario == item.scenario()
    assert session.state["step_count"] == 0 and len(session.scenario.steps) == 3
    assert item.path.stat().st_size < 150_000


def test_zero_init_hidden_neurons_stay_identical():
    run = train(opened("zero_init"), 300)
    for layer in (0, 1):
        w = weights(run, layer)
        assert np.ptp(w, axis=1).max() == 0  # every column (neuron) equal to the others, exactly
        assert np.abs(w).max() > 0  # although the weights did move
    assert metrics(run)["train_accuracy"] < 0.65
    xavier = train(changed("zero_init", init="xavier_uniform"), 600)
    assert np.ptp(weights(xavier), axis=1).max() > 0.1 and metrics(xavier)["train_accuracy"] == 1


def _saturated(experiment: Experiment) -> float:
    a = np.concatenate([out.ravel() for out in hidden_outputs(experiment)])
    return float(np.mean((a < 0.02) | (a > 0.98)))


def test_init_too_large_saturates_sigmoids():
    run, xavier = opened("init_too_large"), changed("init_too_large", init_scale=1.0)
    assert _saturated(run) > 0.3 and _saturated(xavier) < 0.01
    assert metrics(run)["train_loss"] > 1.2 > 0.75 > metrics(xavier)["train_loss"]  # confidently wrong


def test_init_too_small_vanishing_gradients_and_crawling():
    run, xavier = opened("init_too_small"), changed("init_too_small", init_scale=1.0)
    small, usual = (train(e, 1).trainer.last_gradient_stats()[0] for e in (run, xavier))
    assert small[0] < small[-1] / 100  # the first layer's gradient, against the last layer's
    assert small[0] < usual[0] / 50
    train(run, 999), train(xavier, 999)
    assert metrics(run)["train_loss"] > 0.69 and metrics(xavier)["train_loss"] < 0.2


def test_relu_with_he_keeps_the_signal_through_six_layers():
    he, xavier = opened("relu_he_deep"), changed("relu_he_deep", init="xavier_normal")
    spread = [[out.std() for out in hidden_outputs(e)] for e in (he, xavier)]
    assert 0.5 < spread[0][-1] / spread[0][0] < 2
    assert spread[1][-1] / spread[1][0] < 0.3
    assert metrics(train(he, 300))["train_loss"] < metrics(train(xavier, 300))["train_loss"] - 0.1


def _dead(experiment: Experiment) -> np.ndarray:
    return np.concatenate([(out <= 0).all(axis=0) for out in hidden_outputs(experiment)])


def test_dead_relus_after_a_too_large_step_never_recover():
    run = opened("dead_relu")
    assert not _dead(run).any()
    dead = _dead(train(run, 20))
    assert dead.mean() >= 0.25
    run.set_hyperparameters(learning_rate=0.01)
    assert (_dead(train(run, 500)) >= dead).all()  # every dead neuron is still dead
    assert not _dead(train(changed("dead_relu", learning_rate=0.01), 520)).any()


def test_learning_rate_too_high_diverges_is_caught_and_going_back_recovers():
    run = opened("learning_rate_too_high")
    guard = BlowUpGuard(run)
    with pytest.raises(DivergenceError):
        for done in range(1, 501):
            run.trainer.step()
            if done % CHECKPOINT_EVERY == 0:
                guard.check()
    assert run.trainer.step_count <= 2 * CHECKPOINT_EVERY  # "within about 50 updates"
    start = metrics(Experiment(shipped("learning_rate_too_high").config))["train_loss"]
    assert metrics(run)["train_loss"] > 100 * start
    run.set_hyperparameters(learning_rate=0.01)
    guard.rewind()
    assert metrics(train(run, 300))["train_loss"] < start / 5


def test_learning_rate_too_low_crawls():
    run, usual = opened("learning_rate_too_low"), changed("learning_rate_too_low", learning_rate=0.03)
    start = metrics(run)["train_loss"]
    assert start - metrics(train(run, 300))["train_loss"] < 0.001 * start
    assert start - metrics(train(usual, 300))["train_loss"] > 0.04  # 70 times as much


def _share_of_updates_raising_the_loss(experiment: Experiment, updates: int = 200) -> float:
    losses = [metrics(experiment)["train_loss"]]
    for _ in range(updates):
        experiment.trainer.step()
        losses.append(metrics(experiment)["train_loss"])
    return float(np.mean(np.diff(losses) > 0))


def test_one_sample_is_noisy_the_full_batch_smooth_a_mini_batch_between():
    sgd = _share_of_updates_raising_the_loss(opened("batch_size"))
    full = _share_of_updates_raising_the_loss(changed("batch_size", batch_size=0))
    mini = _share_of_updates_raising_the_loss(changed("batch_size", batch_size=10))
    assert full == 0 < mini < sgd and sgd > 0.25


def test_momentum_and_adam_beat_sgd_from_the_same_weights():
    runs = [opened("optimizers"), changed("optimizers", optimizer="momentum"), changed("optimizers", optimizer="adam")]
    assert all((r.network.theta == runs[0].network.theta).all() for r in runs)  # the same initial weights
    sgd, momentum, adam = (metrics(train(r, 300))["train_loss"] for r in runs)
    assert adam < momentum < sgd / 2


def test_overfitting_and_l2_against_it():
    free_run = train(opened("overfitting"), 1500)
    l2_run = train(changed("overfitting", regularizer="l2", regularization_rate=0.01), 1500)
    free, l2 = metrics(free_run), metrics(l2_run)
    assert free["train_loss"] < 0.01 and free["test_loss"] > 1.0  # memorized the noise
    assert l2["test_loss"] < free["test_loss"] / 3
    assert l2["test_accuracy"] > free["test_accuracy"]
    norms = [np.linalg.norm(e.network.theta[:e.network.n_weights]) for e in (free_run, l2_run)]
    assert norms[1] < norms[0] / 3


def test_l1_drives_weights_to_exactly_zero_and_l2_does_not():
    l1 = train(opened("l1_sparsity"), 1000)
    zeros = weights(l1) == 0
    assert zeros.mean() > 0.3 and metrics(l1)["train_accuracy"] > 0.95
    squares = [shipped("l1_sparsity").config.features.index(f) for f in ("x1_sq", "x2_sq")]
    assert zeros[squares].mean() < np.delete(zeros, squares, axis=0).mean() / 2  # what a circle needs stays
    l2 = train(changed("l1_sparsity", regularizer="l2"), 1000)
    assert not (weights(l2) == 0).any()
    strong = train(changed("l1_sparsity", regularization_rate=0.1), 1000)
    assert metrics(strong)["train_loss"] > 2.5 * metrics(l1)["train_loss"]


def test_l1_stops_a_weight_that_an_update_carries_across_zero_at_zero():
    from playground.engine.regularizers import make_regularizer
    before, after = np.array([0.5, -0.01, 0.02, 0.0]), np.array([0.4, 0.03, -0.01, 0.2])
    make_regularizer("l1", 0.1).after_update(before, after)
    assert after.tolist() == [0.4, 0.0, 0.0, 0.2]
    kept = np.array([0.4, 0.03, -0.01, 0.2])
    make_regularizer("l2", 0.1).after_update(before, kept)
    assert kept.tolist() == [0.4, 0.03, -0.01, 0.2]


def test_three_inputs_two_neurons_make_a_3x2_matrix():
    run = train(opened("weight_matrix_3x2"), 300)
    w, b = weights(run), run.network.layers[0].params["b"]
    assert w.shape == (3, 2)
    x = run.trainer.x_train[:5]
    run.network.forward(x)
    assert np.allclose(run.network.layers[0].z, x @ w + b)  # row i = input i, column j = neuron j
    assert metrics(run)["test_accuracy"] > 0.95
    assert weights(changed("weight_matrix_3x2", hidden=[LayerConfig(3, "tanh")])).shape == (3, 3)  # a third neuron
    assert weights(changed("weight_matrix_3x2", features=["x1_sq", "x2_sq"])).shape == (2, 2)  # one input less


def _orientation(kernels: np.ndarray) -> np.ndarray:
    """Per kernel, 1 for pure stripes (rows or columns constant), near 0 for no direction."""
    k = kernels[:, 0]
    across_rows, across_columns = k.mean(axis=2).var(axis=1), k.mean(axis=1).var(axis=1)
    return np.abs(across_rows - across_columns) / (across_rows + across_columns)


def test_cnn_kernels_become_oriented_edge_detectors_on_bars():
    run = opened("cnn_edges")
    before = _orientation(run.network.layers[0].params["W"].copy())
    after = _orientation(train(run, 300).network.layers[0].params["W"])
    assert before.mean() < 0.8 and after.min() > 0.9
    assert metrics(run)["test_accuracy"] > 0.95
    maps = run.network.forward_all(run.trainer.x_train)[0]  # (images, kernels, height, width)
    response = maps.reshape(*maps.shape[:2], -1).mean(axis=2)
    horizontal, vertical = (response[run.train_data.y == c].mean(axis=0) for c in (0, 1))
    assert (np.maximum(horizontal, vertical) > 2 * np.minimum(horizontal, vertical)).sum() >= 3  # most of 4


def test_rnn_gradient_fades_back_in_time_and_far_memory_is_harder():
    run = train(opened("rnn_memory"), 1)
    norms = run.network.layers[0].grad_norms
    assert norms[-13] < 0.02 * norms[-1]  # 12 steps back: under 2 % of the gradient arrives
    near = metrics(train(run, 299))["test_accuracy"]
    far = metrics(train(changed("rnn_memory", delay=12), 300))["test_accuracy"]
    assert near > 0.98 and far < near - 0.05


def test_every_text_is_marked_for_the_translation_tools():
    """pyside6-lupdate finds a text only as a literal QT_TRANSLATE_NOOP("Scenario", …) in the source."""
    import ast
    from pathlib import Path
    import playground.scenario_catalog as catalog
    marked = {node.args[1].value for node in ast.walk(ast.parse(Path(catalog.__file__).read_text(encoding="utf-8")))
              if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
              and node.args[0].value == "Scenario"}
    for item in SCENARIOS:
        assert {item.title, item.summary, *item.steps} <= marked, item.key
