"""Blow-up is noticed while the numbers are still finite, and a healthy checkpoint lets
the run go back and continue with a smaller learning rate (issue 13)."""
import time

import numpy as np
import pytest

from playground.engine import Config, DivergenceError, Experiment, LayerConfig
from playground.engine.blowup import BlowUpGuard

SPIRAL = dict(dataset="spiral", hidden=[LayerConfig(8, "relu")] * 6, n_samples=200)


def train_guarded(experiment, guard, updates, check_every=10):
    for done in range(1, updates + 1):
        experiment.trainer.step()
        if done % check_every == 0:
            guard.check()


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_a_huge_learning_rate_is_stopped_as_exploding_not_run_on(optimizer):
    experiment = Experiment(Config(optimizer=optimizer, learning_rate=100.0, **SPIRAL))
    guard = BlowUpGuard(experiment)
    with pytest.raises(DivergenceError) as info:
        train_guarded(experiment, guard, 20_000)
    assert info.value.code in ("exploding_weights", "exploding_loss", "diverged_gradient", "diverged_weights")
    assert experiment.trainer.step_count < 20_000


def test_a_huge_init_scale_is_stopped_too():
    config = Config(**SPIRAL).with_init_for_all(init_scale=1000.0)
    experiment = Experiment(config)
    guard = BlowUpGuard(experiment)
    experiment.network.theta *= 1e7  # the initial norm is the reference: grow past it
    with pytest.raises(DivergenceError, match="blowing up") as info:
        guard.check()
    assert info.value.code == "exploding_weights" and info.value.values["checkpoint"] == 0


def test_going_back_with_a_smaller_learning_rate_trains():
    config = Config(dataset="reg_plane", loss="mse", optimizer="sgd", learning_rate=0.05, n_samples=100,
                    hidden=[LayerConfig(4)])
    experiment = Experiment(config)
    guard = BlowUpGuard(experiment)
    train_guarded(experiment, guard, 200)
    healthy = guard.checkpoint_step
    assert healthy >= 150
    experiment.set_hyperparameters(learning_rate=100.0)
    with pytest.raises(DivergenceError):
        train_guarded(experiment, guard, 5000, check_every=1)
    experiment.set_hyperparameters(learning_rate=0.01)
    assert guard.rewind() == healthy == experiment.trainer.step_count
    assert np.max(np.abs(experiment.network.theta)) < 100
    assert experiment.trainer.step_history.view()[-1, 0] == healthy
    before = experiment.trainer.evaluate(record=False)["train_loss"]
    train_guarded(experiment, guard, 300)
    after = experiment.trainer.evaluate(record=False)["train_loss"]
    assert np.isfinite(after) and after <= before


def test_with_a_share_the_loss_probe_takes_a_bounded_part_of_the_time_and_the_norm_is_still_watched():
    """The engine loop checks after every 5 ms of training: at 12×64 a probe every 50 updates
    was a tenth of the time.  With ``share`` the probe waits; the cheap norm check does not."""
    experiment = Experiment(Config(**SPIRAL))
    guard = BlowUpGuard(experiment, share=0.02)
    probes = []

    def slow_probe(probe=guard._loss):
        probes.append(experiment.trainer.step_count)
        time.sleep(0.002)  # a probe costing 2 ms may come every 100 ms
        return probe()
    guard._loss = slow_probe
    started = time.perf_counter()
    while time.perf_counter() - started < 0.25:
        train_guarded(experiment, guard, 50, check_every=50)
    assert 1 <= len(probes) <= 4 and experiment.trainer.step_count > 50 * len(probes)
    experiment.network.theta *= 1e7
    with pytest.raises(DivergenceError):
        guard.check()
