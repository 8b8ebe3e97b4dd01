"""Rewind and branch (issue 16): going back to update N reproduces the run bit for bit, the
checkpoints stay bounded, and "continue from here" keeps the other branch to switch back to."""
import numpy as np
import pytest

from playground.engine import Config, DivergenceError, Experiment, LayerConfig
from playground.engine.timeline import Timeline

SMALL = dict(dataset="spiral", n_samples=120, hidden=[LayerConfig(6), LayerConfig(4)])


def state(experiment):
    """Everything the next updates depend on, copied."""
    t = experiment.trainer
    return (experiment.network.theta.copy(), {k: v.copy() for k, v in t.optimizer.state_dict().items()},
            t.step_count, t.epoch, t.cursor, t.order.copy(), t.rng.bit_generator.state)


def assert_same(a, b):
    assert np.array_equal(a[0], b[0])  # bit for bit, not close
    assert a[1].keys() == b[1].keys() and all(np.array_equal(a[1][k], b[1][k]) for k in a[1])
    assert a[2:5] == b[2:5] and np.array_equal(a[5], b[5]) and a[6] == b[6]


def train(experiment, timeline, updates, chunk=7):
    """Train in uneven chunks, as the engine loop does, keeping checkpoints between them."""
    seen = {}
    for done in range(updates):
        experiment.trainer.step()
        seen[experiment.trainer.step_count] = state(experiment)
        if done % chunk == 0:
            timeline.trained()
    return seen


@pytest.mark.parametrize("optimizer, batch_size", [("sgd", 10), ("adam", 16), ("momentum", 1)])
def test_rewinding_to_any_update_and_replaying_reproduces_the_run_bit_for_bit(optimizer, batch_size):
    experiment = Experiment(Config(optimizer=optimizer, batch_size=batch_size, learning_rate=0.01, **SMALL))
    timeline = Timeline(experiment, every=20)
    seen = train(experiment, timeline, 130)
    timeline.change("set_hyperparameters", learning_rate=0.05)  # changes between updates are replayed too
    timeline.change("edit_weight", 0, "W", (0, 1), 0.5)
    seen.update(train(experiment, timeline, 170))
    head = state(experiment)
    for step in (0, 1, 19, 20, 77, 130, 131, 299):
        assert timeline.seek(step) == step
        if step not in (0, 130):  # at 130: as it was after that update's changes, so not seen[130]
            assert_same(state(experiment), seen[step])
        experiment.trainer.step()  # and training on from there makes the same next update
        assert_same(state(experiment), seen[step + 1])
        assert experiment.config.learning_rate == (0.05 if step >= 130 else 0.01)
    assert timeline.seek(10 ** 6) == 300  # dragged to the end: the latest state, exactly
    assert_same(state(experiment), head)
    assert timeline.future is None


def test_checkpoints_stay_bounded_and_spread_geometrically_over_a_long_run():
    experiment = Experiment(Config(dataset="xor", n_samples=100, hidden=[LayerConfig(4)], batch_size=10))
    timeline = Timeline(experiment, every=50, most=24)
    for _ in range(20_000):
        experiment.trainer.step()
        timeline.trained()
    steps = [c.step for c in timeline.checkpoints]
    assert len(steps) <= 24 and timeline.nbytes <= 24 * timeline.checkpoints[0].nbytes
    assert steps[0] == 0 and steps[-1] == 20_000 and steps == sorted(steps)
    gaps = np.diff(steps)
    assert gaps[-1] <= 100 and gaps[0] > 10 * gaps[-1]  # recent ones close together, old ones far apart
    budget = Timeline(experiment, budget=5 * timeline.checkpoints[0].nbytes)
    for _ in range(500):
        experiment.trainer.step()
        budget.trained()
    assert len(budget.checkpoints) <= 5


def test_continue_from_here_keeps_the_other_branch_to_switch_back_to():
    experiment = Experiment(Config(optimizer="adam", **SMALL))
    timeline = Timeline(experiment, every=20)
    train(experiment, timeline, 100)
    original = state(experiment)
    timeline.seek(40)
    assert len(timeline.branch_rows()) == 0 or timeline.branch_rows()[0, 0] >= 40
    assert timeline.continue_here()
    timeline.change("set_hyperparameters", learning_rate=0.001)
    train(experiment, timeline, 30)
    branch = state(experiment)
    assert branch[2] == 70 and all(c.step <= 70 for c in timeline.checkpoints)
    assert timeline.switch()  # undo: the first branch, exactly as it was
    assert_same(state(experiment), original)
    assert experiment.config.learning_rate == Config().learning_rate
    assert timeline.other.fork == 40
    assert timeline.switch()  # redo
    assert_same(state(experiment), branch)
    assert experiment.config.learning_rate == 0.001


def test_going_back_with_todays_settings_keeps_the_optimizer_state():
    experiment = Experiment(Config(optimizer="adam", **SMALL))
    timeline = Timeline(experiment, every=20)
    seen = train(experiment, timeline, 60)
    experiment.set_hyperparameters(learning_rate=0.5)  # what the user chose after a blow-up
    timeline.seek(40, keep_settings=True)
    assert experiment.config.learning_rate == 0.5 and timeline.future is None
    assert np.array_equal(experiment.trainer.optimizer.state["m"], seen[40][1]["m"])


def test_reset_gives_the_same_initial_weights_unless_the_seed_changes():
    config = Config(**SMALL)
    first, again = Experiment(config), Experiment(config.copy())
    assert np.array_equal(first.network.theta, again.network.theta)
    other = Experiment(config.with_changes({"seed": config.seed + 1}))
    assert not np.array_equal(first.network.theta, other.network.theta)


def test_after_a_divergence_the_run_goes_back_and_continues_with_a_gentler_rate():
    experiment = Experiment(Config(dataset="reg_plane", loss="mse", n_samples=100, hidden=[LayerConfig(4)],
                                   learning_rate=0.05))
    timeline = Timeline(experiment, every=10)
    train(experiment, timeline, 100)
    timeline.change("set_hyperparameters", learning_rate=1e4)
    with pytest.raises(DivergenceError):
        train(experiment, timeline, 1000)
    experiment.set_hyperparameters(learning_rate=0.01)
    timeline.seek(90, keep_settings=True)  # what the message bar's "go back" does
    assert experiment.trainer.step_count == 90 and experiment.config.learning_rate == 0.01
    assert timeline.other is not None and timeline.other.step > 100  # the blow-up stays as the other branch
    train(experiment, timeline, 50)
    assert np.all(np.isfinite(experiment.network.theta))


def test_a_replay_in_pieces_reproduces_the_run_and_cancelling_leaves_it_where_it_was():
    experiment = Experiment(Config(optimizer="adam", **SMALL))
    timeline = Timeline(experiment, every=10 ** 6)  # one checkpoint: every move back replays from update 0
    seen = train(experiment, timeline, 300)
    head = state(experiment)
    replay = timeline.replay(250)
    assert not replay.advance(0) and 0 < replay.fraction < 1  # a piece: some updates, not all
    while not replay.advance(0):
        pass
    assert_same(state(experiment), seen[250])
    assert replay.fraction == 1
    replay = timeline.replay(100)  # from a look back: cancelling returns to that update
    assert not replay.advance(0)
    replay.cancel()
    assert_same(state(experiment), seen[250])
    assert timeline.future.step == 300 and timeline.info().looking_back
    timeline.seek(300)
    replay = timeline.replay(10)  # from the latest update: cancelling returns to it, not looking back
    replay.advance(0)
    replay.cancel()
    assert_same(state(experiment), head)
    assert timeline.future is None
