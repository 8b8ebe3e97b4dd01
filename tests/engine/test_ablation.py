"""Switching neurons off and freezing layers (issue 16): a switched-off neuron's outgoing
weights contribute nothing, forward and backward; a frozen layer does not move."""
import numpy as np
import pytest

from playground.engine import Config, ConfigError, Experiment, LayerConfig
from playground.engine.losses import get_loss
from playground.engine.regularizers import make_regularizer
from playground.engine.session import load_session, save_session

from .gradcheck import assert_network_gradients

NET = dict(dataset="circle", n_samples=80, hidden=[LayerConfig(5, "tanh"), LayerConfig(3, "relu")])


def test_a_switched_off_neuron_is_a_network_with_its_outgoing_weights_zeroed():
    ablated = Experiment(Config(ablated=[[0, 2], [1, 0]], **NET))
    zeroed = Experiment(Config(**NET))
    x = ablated.trainer.x_train
    for position, neuron in ((0, 2), (1, 0)):
        nxt = zeroed.network.layers[zeroed.position_layers[position + 1]]
        nxt.params["W"][neuron, :] = 0
    assert np.allclose(ablated.network.forward(x), zeroed.network.forward(x), rtol=0, atol=1e-15)
    assert not np.allclose(ablated.network.forward(x), Experiment(Config(**NET)).network.forward(x))


def test_gradients_of_a_network_with_switched_off_neurons_match_finite_differences():
    experiment = Experiment(Config(ablated=[[0, 1], [0, 4]], loss="mse", **NET))
    x, y = experiment.trainer.x_train[:6].copy(), experiment.trainer.y_train[:6]
    assert_network_gradients(experiment.network, x, y, get_loss("mse"), make_regularizer("l2", 0.01), 1e-5)
    experiment.network.gradient(x, y, get_loss("mse"), make_regularizer("none", 0.0))
    layer = experiment.network.layers[0]
    assert not np.any(layer.grads["W"][:, [1, 4]])  # nothing flows into a neuron that is off


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_a_frozen_layer_stays_while_the_others_learn(optimizer):
    experiment = Experiment(Config(optimizer=optimizer, frozen=[0], **NET))
    net = experiment.network
    before = [dict((k, v.copy()) for k, v in net.layers[i].params.items()) for i in experiment.position_layers]
    for _ in range(50):
        experiment.trainer.step()
    for position, index in enumerate(experiment.position_layers):
        moved = [not np.array_equal(before[position][k], v) for k, v in net.layers[index].params.items()]
        assert not any(moved) if position == 0 else all(moved)


def test_switching_off_and_freezing_are_live_and_saved(tmp_path):
    experiment = Experiment(Config(**NET))
    x = experiment.trainer.x_train
    loss_before = experiment.trainer.evaluate(record=False)["train_loss"]
    experiment.set_hyperparameters(ablated=[[0, 0], [0, 1], [0, 2]], frozen=[2])
    assert experiment.trainer.evaluate(record=False)["train_loss"] != loss_before
    assert np.all(experiment.network.forward_all(x)[0][:, :3] == 0)
    with pytest.raises(ConfigError):
        experiment.set_hyperparameters(ablated=[[0, 9]])
    path = str(tmp_path / "ablated.nnplay")
    save_session(path, experiment)
    again = load_session(path).experiment()
    assert again.config.ablated == [[0, 0], [0, 1], [0, 2]] and again.config.frozen == [2]
    assert np.array_equal(again.network.forward(x), experiment.network.forward(x))


def test_removing_a_layer_forgets_its_switched_off_neurons():
    config = Config(ablated=[[1, 2]], frozen=[2], **NET)
    smaller = config.with_changes({"hidden": [LayerConfig(5, "tanh")]})
    assert smaller.ablated == [] and smaller.frozen == []
    assert Config.from_dict({k: v for k, v in Config().to_dict().items() if k not in ("ablated", "frozen")}).ablated == []


def test_the_numpy_export_of_an_ablated_network_predicts_what_it_does_and_pytorch_says_why_not(tmp_path):
    from playground.engine.export_pytorch import export_pytorch
    from playground.engine.exports import numpy_script

    from .test_export_script import run_script
    experiment = Experiment(Config(ablated=[[0, 1], [1, 2]], **NET))
    for _ in range(20):
        experiment.trainer.step()
    points = np.random.default_rng(0).uniform(-6, 6, (40, 2))
    source = numpy_script(experiment.snapshot(), experiment.config, None)
    np.testing.assert_array_equal(run_script(source, tmp_path, points),
                                  experiment.network.predict(experiment.inputs(points)))
    with pytest.raises(ConfigError) as info:
        export_pytorch(experiment, tmp_path / "ablated.py")
    assert info.value.code == "pytorch_no_ablation"
