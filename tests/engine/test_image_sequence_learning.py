"""Seeded CNN and RNN runs reach stated results in bounded time."""
import numpy as np

from playground.engine.config import Config, LayerConfig
from playground.engine.conv_layers import Conv2D, Flatten, MaxPool2D
from playground.engine.datasets import split
from playground.engine.experiment import Experiment
from playground.engine.image_sequence_data import bars, delayed_echo, digits, sine
from playground.engine.layers import Dense
from playground.engine.losses import get_loss
from playground.engine.network import Network
from playground.engine.optimizers import make_optimizer
from playground.engine.recurrent import SimpleRNN
from playground.engine.regularizers import make_regularizer
from playground.engine.training import Trainer


def fit(layers, data, loss, updates, lr=0.01, batch=32, seed=0, clip=0.0):
    rng = np.random.default_rng(seed)
    train, test = split(data, 0.7, rng)
    net = Network(layers, data.x.shape[1:])
    net.initialize(rng)
    trainer = Trainer(net, get_loss(loss), make_regularizer("none"),
                      make_optimizer("adam", net.theta.size, net.dtype, learning_rate=lr),
                      (train.x, train.targets()), (test.x, test.targets()), batch, rng,
                      data.task == "classification", clip)
    for _ in range(updates):
        trainer.step()
    return net, trainer.evaluate()


def test_a_small_cnn_reads_the_digits():
    layers = [Conv2D(8, 3, padding="same", activation="relu", init="he_normal"), MaxPool2D(2), Flatten(),
              Dense(10, "softmax")]
    _, metrics = fit(layers, digits(), "cross_entropy", 600)
    assert metrics["test_accuracy"] >= 0.90


def orientation(kernel: np.ndarray) -> float:
    """log of (energy of differences across rows) / (across columns): > 0 for a horizontal
    edge detector, < 0 for a vertical one."""
    across_rows = np.abs(np.diff(kernel, axis=0)).sum()
    across_columns = np.abs(np.diff(kernel, axis=1)).sum()
    return float(np.log(across_rows / across_columns))


def test_bar_kernels_become_oriented_edge_detectors():
    data = bars(600, 0.2, np.random.default_rng(1))
    conv = Conv2D(4, 3, activation="relu", init="he_normal")
    _, metrics = fit([conv, MaxPool2D(6), Flatten(), Dense(1, "sigmoid")], data, "bce", 800)
    assert metrics["test_accuracy"] >= 0.95
    scores = [orientation(k[0]) for k in conv.params["W"]]
    assert max(scores) > 0.4 and min(scores) < -0.4, scores  # both orientations, clearly


def test_an_rnn_predicts_the_next_sine_value():
    data = sine(400, 20, 0.05, 0.05, np.random.default_rng(2))
    _, metrics = fit([SimpleRNN(16, "tanh"), Dense(1, "linear")], data, "mse", 800, clip=1.0)
    assert metrics["test_loss"] < 0.01


def test_a_short_memory_is_learned_and_a_long_one_is_not_in_the_same_budget():
    """Plain RNN, 40 steps: the bit 2 steps back is learned, the bit 30 steps back stays at
    chance: its gradient has to cross 30 tanh steps and fades on the way."""
    def accuracy(delay):
        data = delayed_echo(600, 40, delay, np.random.default_rng(3))
        return fit([SimpleRNN(8, "tanh"), Dense(1, "sigmoid")], data, "bce", 500, clip=1.0)[1]["test_accuracy"]
    short, long = accuracy(2), accuracy(30)
    assert short >= 0.95 and long < 0.65, (short, long)


def test_the_adding_problem_is_solved_over_10_steps_and_not_over_60_in_the_same_budget():
    """Predicting the mean scores 1/6 ≈ 0.167: over 10 steps the RNN does far better, over 60
    it is no better than the mean."""
    def test_loss(length):
        experiment = Experiment(Config(dataset="adding", n_samples=1000, sequence_length=length, loss="mse",
                                       hidden=[LayerConfig.rnn(16)], optimizer="adam", learning_rate=0.01,
                                       batch_size=32, clip_norm=1.0, seed=0))
        for _ in range(800):
            experiment.trainer.step()
        return experiment.trainer.evaluate(record=False)["test_loss"]
    short, long = test_loss(10), test_loss(60)
    assert short < 0.05 and long > 0.12, (short, long)
