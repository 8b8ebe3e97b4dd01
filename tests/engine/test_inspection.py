"""The math inspector's numbers against an independent recomputation and against the update
the trainer then really makes."""
import numpy as np
import pytest

from playground.engine import Config, EngineError, Experiment, LayerConfig
from playground.engine.inspection import InspectTarget, inspect
from tests.engine.inspection_reference import by_hand, expected_step, trained


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
@pytest.mark.parametrize("layer,param,cell", [(0, "W", (1, 2)), (1, "W", (2, 0)), (0, "b", (1,))])
def test_every_number_matches_a_recomputation_and_the_real_update(optimizer, layer, param, cell):
    exp = trained(optimizer)
    net, t = exp.network, exp.trainer
    shape = net.layers[layer].params[param].shape
    theta_before, steps_before = net.theta.copy(), t.step_count
    grad_before = net.grad.copy()
    state = {k: v[net.slots[layer][param][0] + np.ravel_multi_index(cell, shape)]
             for k, v in t.optimizer.state.items()}
    found = inspect(exp, InspectTarget(layer, param, int(np.ravel_multi_index(cell, shape))))
    # the run is untouched
    np.testing.assert_array_equal(net.theta, theta_before)
    np.testing.assert_array_equal(net.grad, grad_before)
    assert t.step_count == steps_before and found.step == steps_before and found.index == cell

    g = found.gradient
    hand = by_hand(exp, g.samples)
    assert g.batch == 8
    key = {"W": f"gW{layer + 1}", "b": f"gb{layer + 1}"}[param]
    assert g.grad == pytest.approx(hand[key][cell], rel=1e-12, abs=1e-15)
    assert g.data == g.grad and g.penalty == 0 and g.clip == 1
    j = cell[-1]
    deltas = hand[f"delta{layer + 1}"][:, j]
    inputs = np.ones(8) if param == "b" else (hand["x"] if layer == 0 else hand["h"])[:, cell[0]]
    np.testing.assert_allclose(g.deltas, deltas, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(g.inputs, inputs, rtol=1e-12)
    assert np.sum(g.inputs * g.deltas) == pytest.approx(g.grad, rel=1e-12, abs=1e-15)

    u = found.update
    hyper = {**t.optimizer.hyperparameters()}
    step, after = expected_step(optimizer, g.grad, state, hyper, 0.05, steps_before + 1)
    assert u.delta == pytest.approx(step, rel=1e-9, abs=1e-15)
    assert u.t == steps_before + 1 and u.learning_rate == 0.05
    assert u.before == pytest.approx(state, rel=1e-12)
    for name, value in after.items():
        assert {**u.after, **u.corrected}[name] == pytest.approx(value, rel=1e-12, abs=1e-18)

    f = found.forward  # the equation for the batch's first sample
    sample = int(g.samples[0])
    x = t.x_train[sample]
    (W1, b1), (W2, b2) = [(l.params["W"], l.params["b"]) for l in net.layers]
    h = np.tanh(x @ W1 + b1)
    below, W, b = (x, W1, b1) if layer == 0 else (h, W2, b2)
    assert f.sample == sample and f.neuron == j
    np.testing.assert_allclose(f.inputs, below, rtol=1e-12)
    np.testing.assert_array_equal(f.weights, W[:, j])
    assert f.z == pytest.approx(below @ W[:, j] + b[j], rel=1e-12)
    assert f.a == pytest.approx(np.tanh(f.z) if layer == 0 else 1 / (1 + np.exp(-f.z)), rel=1e-12)

    t.step()  # the update it announced is the one that happens
    position = net.slots[layer][param][0] + np.ravel_multi_index(cell, shape)
    assert net.theta[position] - theta_before[position] == pytest.approx(u.delta, rel=1e-12, abs=1e-18)
    assert net.grad[position] == pytest.approx(g.grad, rel=1e-12, abs=1e-18)


@pytest.mark.parametrize("regularizer,term", [("l2", lambda w, lam: lam * w), ("l1", lambda w, lam: lam * np.sign(w))])
def test_penalty_and_clipping_terms(regularizer, term):
    exp = trained("sgd", regularizer=regularizer, regularization_rate=0.01, clip_norm=0.05)
    w = exp.network.layers[0].params["W"][0, 1]
    found = inspect(exp, InspectTarget(0, "W", 1))
    g = found.gradient
    assert g.penalty == pytest.approx(term(w, 0.01), rel=1e-12)
    assert g.clip < 1  # this clip norm is small enough to act
    assert g.grad == pytest.approx(g.clip * (g.data + g.penalty), rel=1e-12)
    assert found.update.delta == pytest.approx(-0.05 * g.grad, rel=1e-12)
    bias = inspect(exp, InspectTarget(0, "b", 1)).gradient
    assert bias.penalty == 0  # biases are never penalised


def test_a_new_epoch_batch_is_announced_without_drawing_it():
    exp = trained("sgd")
    t = exp.trainer
    while t.cursor != 0:
        t.step()
    found = inspect(exp, InspectTarget(1, "W", 0))
    before = exp.network.theta.copy()
    t.step()
    np.testing.assert_array_equal(t.order[:8], found.gradient.samples)
    assert exp.network.theta[exp.network.slots[1]["W"][0]] - before[exp.network.slots[1]["W"][0]] == \
        pytest.approx(found.update.delta, rel=1e-12)


@pytest.mark.parametrize("hidden,param,index", [(LayerConfig.conv(2, 3), "W", (0, 0, 1, 2)),
                                               (LayerConfig.rnn(4), "W_hh", (1, 1))], ids=["conv", "rnn"])
def test_kernel_and_recurrent_weights_have_a_gradient_and_a_step_but_no_sum(hidden, param, index):
    """Their gradients also sum over positions or time steps: shown whole, not as x·δ terms."""
    dataset = "bars" if hidden.kind == "conv2d" else "sine"
    config = Config(dataset=dataset, n_samples=60, hidden=[hidden], optimizer="adam", batch_size=6,
                    loss="cross_entropy" if hidden.kind == "conv2d" else "mse")
    exp = Experiment(config)
    exp.trainer.step()
    shown_before = dict(vars(exp.network.layers[0]))  # what the views read: ‖∂L/∂h_t‖, caches
    found = inspect(exp, InspectTarget(0, param, 5))
    assert all(vars(exp.network.layers[0])[k] is v for k, v in shown_before.items())
    assert found.forward is None and found.gradient.inputs is None and found.index == index
    before = exp.network.theta.copy()
    exp.trainer.step()
    offset = exp.network.slots[0][param][0] + 5
    assert exp.network.theta[offset] - before[offset] == pytest.approx(found.update.delta, rel=1e-12)
    assert exp.network.grad[offset] == pytest.approx(found.gradient.grad, rel=1e-12)


def test_a_parameter_that_is_not_there_is_a_clear_error():
    exp = trained("sgd")
    with pytest.raises(EngineError) as caught:
        inspect(exp, InspectTarget(1, "W", 99))
    assert caught.value.code == "no_such_parameter"
