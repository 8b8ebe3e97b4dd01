"""Pay for what is shown: gradient-health sums of a big net are recorded on a sample of
updates and on every snapshot's update, not on all of them; small nets keep every update."""
import numpy as np
import pytest

from playground.engine import Config, Experiment, LayerConfig
from playground.engine.activations import ACTIVATIONS
from playground.engine.training import RECORD_WEIGHTS_PER_UPDATE


def big_experiment():
    return Experiment(Config(dataset="spiral", hidden=[LayerConfig(64, "tanh") for _ in range(4)]))


def test_a_big_net_records_gradient_health_on_a_sample_of_updates():
    exp = big_experiment()
    t = exp.trainer
    assert exp.network.n_weights > RECORD_WEIGHTS_PER_UPDATE and t.record_every > 1
    for _ in range(3 * t.record_every):
        t.step()
    steps = t.step_history.view()[:, 0]
    assert list(steps) == [t.record_every, 2 * t.record_every, 3 * t.record_every]


def test_a_snapshot_always_carries_its_own_updates_gradient_health():
    exp = big_experiment()
    t = exp.trainer
    for _ in range(t.record_every + 1):  # the last update is not one of the sampled ones
        t.step()
    snap = exp.snapshot()
    assert snap.step_rows.step[-1] == t.step_count
    assert np.all(snap.grad_norms > 0)
    again = exp.snapshot()  # nothing new: nothing recorded twice
    assert len(again.step_rows) == 0


def test_a_small_net_records_every_update():
    exp = Experiment(Config())
    for _ in range(7):
        exp.trainer.step()
    assert exp.trainer.record_every == 1
    assert list(exp.trainer.step_history.view()[:, 0]) == list(range(1, 8))


def test_a_big_nets_grid_is_bounded_and_keeps_inputs_and_outputs_at_full_resolution():
    from playground.engine.experiment import HIDDEN_GRID_VALUES
    exp = Experiment(Config(dataset="spiral", hidden=[LayerConfig(64, "tanh") for _ in range(12)]))
    grid = exp.snapshot(64).grid
    assert grid[0].shape == (64, 64, 2) and grid[-1].shape == (64, 64, 1)
    hidden = grid[1:-1]
    assert sum(g.size for g in hidden) <= HIDDEN_GRID_VALUES
    full = exp.evaluate_grid(64)[1]
    stride = 64 // hidden[0].shape[0] + (64 % hidden[0].shape[0] > 0)
    assert np.allclose(hidden[0], full[::stride, ::stride], atol=1e-6)  # the same values, thinned


def test_a_small_nets_grid_keeps_its_output_full_and_its_neurons_at_thumbnail_size():
    from playground.engine.experiment import THUMBNAIL_GRID_SIDE
    exp = Experiment(Config())
    grid = exp.snapshot(64).grid
    assert grid[0].shape[:2] == grid[-1].shape[:2] == (64, 64)
    assert all(g.shape[:2] == (THUMBNAIL_GRID_SIDE, THUMBNAIL_GRID_SIDE) for g in grid[1:-1])
    full = exp.evaluate_grid(64)
    assert np.allclose(grid[1], full[1][::2, ::2], atol=1e-6) and np.allclose(grid[-1], full[-1], atol=1e-6)
    large = exp.snapshot(64, neuron_side=None).grid  # a hovered neuron, drawn as large as the output
    assert all(g.shape[:2] == (64, 64) for g in large)


def test_a_grid_for_the_output_alone_leaves_the_hidden_neurons_out():
    """A compared copy draws only the network's output: 0.8 MB of hidden planes per snapshot
    were read and thrown away, three times per round."""
    exp = Experiment(Config())
    grid = exp.snapshot(64, neuron_side=0).grid
    assert grid[0].shape == (64, 64, 2) and grid[-1].shape == (64, 64, 1)
    assert [g.shape for g in grid[1:-1]] == [(0, 0, layer.units) for layer in exp.config.hidden]
    again = exp.snapshot(64, reuse_grid=True).grid  # asked to reuse, but the kept one lacks neurons
    assert all(g.shape[:2] == (32, 32) for g in again[1:-1])


@pytest.mark.parametrize("activation", sorted(set(ACTIVATIONS) - {"softmax"}))  # an output layer's only
def test_the_plane_for_pictures_is_computed_in_float32_and_the_weights_stay_bound(activation):
    """float32 draws the plane 2.5× faster than float64; every activation keeps it float32 (an
    upcast would silently cost the float64 time), and training still moves the real weights."""
    exp = Experiment(Config(hidden=[LayerConfig(5, activation), LayerConfig(3, activation)]))
    exact = exp.evaluate_grid(16)
    fast = exp.evaluate_grid(16, np.float32)
    assert all(g.dtype == np.float32 for g in fast)
    assert all(np.allclose(f, e, atol=1e-5) for f, e in zip(fast, exact))
    layer = exp.network.layers[0]
    assert layer.params["W"].dtype == np.float64 and np.shares_memory(layer.params["W"], exp.network.theta)
