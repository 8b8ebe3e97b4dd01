"""Choosing a data set of another kind switches to layers and a loss that fit it."""
from playground.engine import Config
from playground.engine.default_stacks import default_stack, fit_to_data
from playground.engine.experiment import Experiment
from playground.engine.layer_text import parse_layers


def test_images_get_a_small_cnn_and_cross_entropy():
    old = Config(dataset="spiral", n_samples=3000, loss="cross_entropy")
    new = fit_to_data(old.with_changes({"dataset": "digits"}), old)
    assert [h.kind for h in new.hidden] == ["conv2d", "maxpool2d"] and new.hidden[0].padding == "same"
    assert new.loss == "cross_entropy" and new.n_samples == 1797
    Experiment(new)  # it builds


def test_sequences_get_an_rnn_and_the_task_decides_the_loss():
    old = Config()
    sine = fit_to_data(old.with_changes({"dataset": "sine"}), old)
    assert [h.kind for h in sine.hidden] == ["simple_rnn"] and sine.loss == "mse"
    sine.hidden = parse_layers("rnn5")  # the user's own stack stays within the same kind of data
    echo = fit_to_data(sine.with_changes({"dataset": "echo"}), sine)
    assert echo.hidden == sine.hidden and echo.loss == "cross_entropy"
    back = fit_to_data(echo.with_changes({"dataset": "circle"}), echo)
    assert back.hidden == default_stack("plane") and not back.shaped
    Experiment(echo), Experiment(back)


def test_a_plane_data_set_keeps_the_users_dense_layers():
    old = Config(hidden=parse_layers("7,3"))
    new = fit_to_data(old.with_changes({"dataset": "xor"}), old)
    assert new.hidden == old.hidden and new.loss == old.loss
