"""Convolutional and recurrent networks built from a Config: layers, data, snapshots, files."""
import numpy as np
import pytest

from playground.engine import ConfigError
from playground.engine.config import Config, LayerConfig
from playground.engine.experiment import Experiment
from playground.engine.optimizers import OPTIMIZERS
from playground.engine.session import load_session, save_session
from playground.engine.snapshots import ConvSnapshot, PoolSnapshot, RecurrentSnapshot

from .gradcheck import assert_network_gradients


def cnn_config(**changes) -> Config:
    settings = dict(dataset="crosses_squares", n_samples=200, hidden=[LayerConfig.conv(3, padding="same"),
                    LayerConfig.pool(2), LayerConfig(5, "tanh")], optimizer="adam", learning_rate=0.01, batch_size=16)
    return Config(**{**settings, **changes})


def rnn_config(**changes) -> Config:
    settings = dict(dataset="echo", n_samples=100, sequence_length=8, delay=2,
                    hidden=[LayerConfig.rnn(4, return_sequences=True, bptt=3), LayerConfig.rnn(3)],
                    optimizer="rmsprop", learning_rate=0.01, clip_norm=1.0)
    return Config(**{**settings, **changes})


def trained(config: Config, updates: int) -> Experiment:
    experiment = Experiment(config)
    for _ in range(updates):
        experiment.trainer.step()
    return experiment


def kinds(experiment: Experiment) -> list[str]:
    return [layer.kind for layer in experiment.network.layers]


def test_a_flatten_is_added_where_a_dense_layer_meets_an_image_or_a_sequence():
    assert kinds(Experiment(cnn_config())) == ["conv2d", "maxpool2d", "flatten", "dense", "dense"]
    assert kinds(Experiment(rnn_config())) == ["simple_rnn", "simple_rnn", "dense"]
    many = rnn_config(hidden=[LayerConfig.rnn(4, return_sequences=True)])
    assert kinds(Experiment(many)) == ["simple_rnn", "flatten", "dense"]
    assert Experiment(cnn_config()).network.layers[0].params["W"].shape == (3, 1, 3, 3)


@pytest.mark.parametrize("config, words", [
    (rnn_config(dataset="sine", hidden=[LayerConfig.conv(4)], loss="mse"),
     r"layer 1 \(conv2d\) does not fit its input of shape 8×1"),
    (rnn_config(hidden=[LayerConfig.rnn(4), LayerConfig.rnn(4)]), "must return its whole sequence"),
    (cnn_config(hidden=[LayerConfig.conv(4, 9)]), "9×9 kernel does not fit"),
    (cnn_config(hidden=[LayerConfig.rnn(4)]), "needs sequences"),
])
def test_layers_that_do_not_fit_their_input_say_which_and_why(config, words):
    with pytest.raises(ConfigError, match=words):
        Experiment(config)


@pytest.mark.parametrize("changes, words", [
    (dict(dataset="digits", n_samples=1798), "1,797 images"),
    (dict(dataset="echo", sequence_length=10, delay=10), "delay must be 0 to 9"),
    (dict(dataset="sine", sequence_length=1), "2 to 1000 time steps"),
    (dict(dataset="sine", n_samples=600_000), "at most 10,000,000"),
    (dict(hidden=[LayerConfig(kind="lstm")]), "unknown layer kind 'lstm'"),
    (dict(hidden=[LayerConfig.conv(300)]), "a convolution layer needs 1 to 256 filters"),
    (dict(hidden=[LayerConfig.conv(3, stride=9)]), "stride must be 1 to 8"),
    (dict(hidden=[LayerConfig.conv(3, padding="full")]), "padding must be one of valid, same"),
    (dict(hidden=[LayerConfig.rnn(3, bptt=-1)]), "truncated backpropagation"),
])
def test_impossible_settings_are_refused_with_a_message(changes, words):
    with pytest.raises(ConfigError, match=words):
        cnn_config(**changes).validate()


def test_every_layer_setting_survives_the_dictionary_round_trip_and_types_are_checked():
    config = rnn_config()
    assert Config.from_dict(config.to_dict()) == config
    data = config.to_dict()
    data["hidden"][0]["return_sequences"] = 1
    with pytest.raises(ConfigError, match="return_sequences"):
        Config.from_dict(data)


@pytest.mark.parametrize("config", [
    cnn_config(noise=0.1),  # noise keeps ReLU inputs off their kink at 0, where no derivative exists
    rnn_config(hidden=[LayerConfig.rnn(4, return_sequences=True), LayerConfig.rnn(3)]),  # full BPTT: the true gradient
])
def test_the_built_networks_gradients_match_finite_differences(config):
    config.regularizer, config.regularization_rate = "l2", 0.01
    experiment = Experiment(config)
    t = experiment.trainer
    x, y = t.x_train[:3].copy(), t.y_train[:3]
    assert_network_gradients(experiment.network, x, y, t.loss, t.regularizer)


@pytest.mark.parametrize("optimizer", sorted(OPTIMIZERS))
@pytest.mark.parametrize("make", [cnn_config, rnn_config])
def test_every_optimizer_with_a_penalty_lowers_the_training_loss(make, optimizer):
    rate = {"sgd": 0.3, "momentum": 0.05, "nesterov": 0.05, "adagrad": 0.05}.get(optimizer, 0.01)
    experiment = Experiment(make(optimizer=optimizer, learning_rate=rate, regularizer="elastic",
                                 regularization_rate=1e-4))
    before = experiment.trainer.evaluate(record=False)["train_loss"]
    for _ in range(100):
        experiment.trainer.step()
    assert experiment.trainer.evaluate(record=False)["train_loss"] < 0.8 * before


def test_a_snapshot_holds_the_kernels_and_the_chosen_images_feature_maps():
    experiment = trained(cnn_config(), 5)
    snap = experiment.snapshot(sample=7)
    conv = snap.layers[0]
    assert isinstance(conv, ConvSnapshot) and conv.kind == "conv2d" and conv.kernels.value.shape == (3, 1, 3, 3)
    assert conv.input_shape == (1, 8, 8) and conv.output_shape == (3, 8, 8)
    assert (conv.kernel, conv.stride, conv.padding) == (3, 1, "same")
    pool = snap.layers_of("pool")[0]
    assert isinstance(pool, PoolSnapshot) and (pool.mode, pool.size, pool.stride) == ("max", 2, 2)
    assert [layer.name for layer in snap.weighted_layers()] == ["L1", "L2", "L3"]  # pooling and flatten take no number
    assert [layer.name for layer in snap.layers_of("dense")] == ["L2", "L3"]
    assert snap.step_rows.n_layers == 3 and snap.step_rows.grad_sq.shape == (5, 3)
    sample = snap.sample
    image = experiment.train_data.x[7]
    assert np.array_equal(sample.point, image) and sample.columns[0].shape == (1, 8, 8)
    # feature map f = relu(kernel f ⋆ the zero-padded image + bias f), computed directly
    padded = np.pad(image[0], 1)
    kernels, bias = conv.kernels.value, conv.b.value
    direct = np.array([[[np.sum(padded[r:r + 3, c:c + 3] * kernels[f, 0]) + bias[f] for c in range(8)]
                        for r in range(8)] for f in range(3)])
    np.testing.assert_allclose(sample.columns[1], np.maximum(direct, 0), atol=1e-12)
    assert sample.columns[2].shape == (3, 4, 4)  # after 2×2 max pooling


def test_a_snapshot_holds_the_hidden_states_and_how_the_gradient_fades_through_time():
    experiment = trained(rnn_config(), 5)
    snap = experiment.snapshot(sample=4)
    first = snap.layers[0]
    assert isinstance(first, RecurrentSnapshot)
    w_xh, w_hh, b = (first.W_xh.value, first.W_hh.value, first.b.value)
    h, states = np.zeros(4), []
    for x_t in experiment.train_data.x[4]:
        h = np.tanh(x_t @ w_xh + h @ w_hh + b)
        states.append(h)
    hidden = snap.sample.hidden_states
    np.testing.assert_allclose(hidden[0], states, atol=1e-12)
    assert hidden[1].shape == (8, 3) and set(hidden) == {0, 1}
    assert first.spectral_radius == pytest.approx(np.abs(np.linalg.eigvals(w_hh)).max())
    norms = snap.layers[1].time_grad_norms
    assert norms.shape == (8,) and np.all(norms > 0)
    assert not hasattr(snap.layers[2], "time_grad_norms")  # the dense output layer has no time
    assert [layer.weights()[0].name for layer in snap.weighted_layers()] == ["W_xh", "W_xh", "W"]


def test_a_cnn_built_from_settings_learns_crosses_from_squares():
    experiment = trained(cnn_config(n_samples=600, hidden=[LayerConfig.conv(4), LayerConfig.pool(2)]), 400)
    assert experiment.trainer.evaluate()["test_accuracy"] >= 0.9


@pytest.mark.parametrize("make", [cnn_config, rnn_config])
def test_saving_and_opening_continues_bit_for_bit(make, tmp_path):
    kept, saved = Experiment(make()), Experiment(make())
    for _ in range(20):
        kept.trainer.step()
        saved.trainer.step()
    save_session(str(tmp_path / "run.nnplay"), saved)
    opened = load_session(str(tmp_path / "run.nnplay")).experiment()
    assert opened.config == kept.config and np.array_equal(opened.data.x, kept.data.x)
    for _ in range(20):
        kept.trainer.step()
        opened.trainer.step()
    assert np.array_equal(opened.network.theta, kept.network.theta)
    moments = kept.trainer.optimizer.state
    assert moments and all(np.array_equal(opened.trainer.optimizer.state[k], v) for k, v in moments.items())
