"""Learning-rate schedules: each kind's rates by hand, the trainer using them, validation,
live changes, and session files (old files without a schedule train at a constant rate)."""
import json
import math
import zipfile

import numpy as np
import pytest

from playground.engine import Config, ConfigError, Experiment
from playground.engine.schedules import SCHEDULES, Schedule, learning_rates
from playground.engine.session import load_session, save_session

BASE = 0.1


@pytest.mark.parametrize("name, params, expected", [
    ("constant", {}, [0.1, 0.1, 0.1, 0.1]),
    # ×0.5 every 2 updates: t = 0, 1 → 0.1; 2, 3 → 0.05; 4 → 0.025
    ("step", {"decay_every": 2, "decay_factor": 0.5}, [0.1, 0.1, 0.05, 0.05, 0.025]),
    # 0.5^(t/2): t = 1 → 0.1/√2
    ("exponential", {"decay_every": 2, "decay_factor": 0.5}, [0.1, 0.1 / math.sqrt(2), 0.05, 0.05 / math.sqrt(2)]),
    # T = 4, m = 0.2: t = 2 → 0.2 + 0.8·½ = 0.6; t ≥ 4 → 0.2
    ("cosine", {"cycle_updates": 4, "final_fraction": 0.2},
     [0.1, 0.1 * (0.2 + 0.8 * (1 + math.cos(math.pi / 4)) / 2), 0.06, 0.1 * (0.2 + 0.8 * (1 + math.cos(3 * math.pi / 4)) / 2),
      0.02, 0.02]),
    # w = 4: (t + 1)/4 up to 1
    ("warmup", {"warmup_updates": 4}, [0.025, 0.05, 0.075, 0.1, 0.1]),
])
def test_each_schedule_gives_the_rates_worked_out_by_hand(name, params, expected):
    t = np.arange(len(expected))
    assert np.allclose(learning_rates(BASE, name, params, t), expected, rtol=1e-12)
    assert [Schedule(BASE, name, params).rate(int(k)) for k in t] == pytest.approx(expected, rel=1e-12)


def test_the_registry_has_the_five_kinds():
    assert set(SCHEDULES) == {"constant", "step", "exponential", "cosine", "warmup"}


def test_the_trainer_uses_the_scheduled_rate_of_each_update():
    exp = Experiment(Config(schedule="step", schedule_params={"decay_every": 3, "decay_factor": 0.1}))
    rates = []
    for _ in range(7):
        exp.trainer.step()
        rates.append(exp.trainer.optimizer.learning_rate)
    assert rates == pytest.approx([0.03] * 3 + [0.003] * 3 + [0.0003])


def test_an_sgd_update_moves_the_weights_by_the_scheduled_rate():
    """θ₁ - θ₀ = -η(0) g: a warm-up over 10 updates makes the first step a tenth of a constant run's."""
    constant, warm = (Experiment(Config(optimizer="sgd", batch_size=0, **kw))
                      for kw in ({}, {"schedule": "warmup", "schedule_params": {"warmup_updates": 10}}))
    start = constant.network.theta.copy()
    for exp in (constant, warm):
        exp.trainer.step()
    assert np.allclose(warm.network.theta - start, (constant.network.theta - start) / 10, rtol=1e-9, atol=1e-15)


def test_a_constant_schedule_is_bit_identical_to_no_schedule():
    scheduled, plain = Experiment(Config()), Experiment(Config())
    plain.trainer.schedule = None
    for _ in range(50):
        scheduled.trainer.step()
        plain.trainer.step()
    assert np.array_equal(scheduled.network.theta, plain.network.theta)


@pytest.mark.parametrize("changes", [{"schedule": "linear"}, {"schedule_params": {"decay_factor": 2.0}},
                                     {"schedule_params": {"decay_every": 0}}, {"schedule_params": {"bogus": 1.0}}])
def test_bad_schedules_are_refused_with_a_config_error(changes):
    with pytest.raises(ConfigError):
        Config(**changes).validate()


def test_the_schedule_changes_live_keeping_the_weights():
    exp = Experiment(Config())
    for _ in range(5):
        exp.trainer.step()
    theta = exp.network.theta.copy()
    exp.set_hyperparameters(schedule="cosine", cycle_updates=10, final_fraction=0.5)
    assert np.array_equal(exp.network.theta, theta)
    assert exp.config.schedule == "cosine" and exp.config.schedule_params == {"cycle_updates": 10, "final_fraction": 0.5}
    exp.trainer.step()  # update 6 uses η(5) = 0.03 · (0.5 + 0.5 · (1 + cos(π/2))/2)
    assert exp.trainer.optimizer.learning_rate == pytest.approx(0.03 * 0.75)
    with pytest.raises(ConfigError):
        exp.set_hyperparameters(decay_factor=5.0)
    assert exp.config.schedule_params == {"cycle_updates": 10, "final_fraction": 0.5}


def test_a_saved_schedule_continues_exactly(tmp_path):
    config = Config(schedule="exponential", schedule_params={"decay_every": 20, "decay_factor": 0.3})
    exp = Experiment(config)
    for _ in range(30):
        exp.trainer.step()
    save_session(str(tmp_path / "s.nnplay"), exp)
    loaded = load_session(str(tmp_path / "s.nnplay")).experiment()
    assert loaded.config.schedule == "exponential"
    for _ in range(30):
        exp.trainer.step()
        loaded.trainer.step()
    assert np.array_equal(loaded.network.theta, exp.network.theta)


def test_a_file_saved_before_schedules_opens_with_a_constant_rate(tmp_path):
    path, old = tmp_path / "new.nnplay", tmp_path / "old.nnplay"
    save_session(str(path), Experiment(Config(schedule="cosine")))
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(old, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "config.json":
                config = json.loads(data)
                del config["schedule"], config["schedule_params"]
                data = json.dumps(config).encode()
            dst.writestr(name, data)
    assert load_session(str(old)).config.schedule == "constant"
