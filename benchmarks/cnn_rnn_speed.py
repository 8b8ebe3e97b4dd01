"""Updates/s of a small CNN on the digits and of an RNN on the sine task, and how much faster
the vectorized Conv2D forward is than the obviously-correct loop.

Run:  python benchmarks/cnn_rnn_speed.py
"""
from __future__ import annotations

import time

import numpy as np

from playground.engine.conv_layers import Conv2D, Flatten, MaxPool2D
from playground.engine.datasets import split
from playground.engine.image_sequence_data import digits, sine
from playground.engine.layers import Dense
from playground.engine.losses import get_loss
from playground.engine.network import Network
from playground.engine.optimizers import make_optimizer
from playground.engine.recurrent import SimpleRNN
from playground.engine.regularizers import make_regularizer
from playground.engine.training import Trainer

SECONDS = 3.0


def trainer_for(layers, data, loss, batch):
    rng = np.random.default_rng(0)
    train, test = split(data, 0.7, rng)
    net = Network(layers, data.x.shape[1:])
    net.initialize(rng)
    return Trainer(net, get_loss(loss), make_regularizer("none"),
                   make_optimizer("adam", net.theta.size, net.dtype, learning_rate=0.01),
                   (train.x, train.targets()), (test.x, test.targets()), batch, rng,
                   data.task == "classification")


def rate(trainer) -> float:
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < SECONDS:
        for _ in range(20):
            trainer.step()
        n += 20
    return n / (time.perf_counter() - start)


def conv_by_loops(x, w, b):
    batch, _, h, width = x.shape
    f, _, k, _ = w.shape
    out = np.zeros((batch, f, h - k + 1, width - k + 1))
    for n in range(batch):
        for o in range(f):
            for i in range(h - k + 1):
                for j in range(width - k + 1):
                    out[n, o, i, j] = (x[n, :, i:i + k, j:j + k] * w[o]).sum() + b[o]
    return out


def conv_speedup(batch=32, channels=8, size=28, filters=16, k=3) -> tuple[float, float]:
    rng = np.random.default_rng(0)
    layer = Conv2D(filters, k, activation="linear")
    net = Network([layer], (channels, size, size))
    net.initialize(rng)
    x = rng.normal(size=(batch, channels, size, size))
    start = time.perf_counter()
    reference = conv_by_loops(x, layer.params["W"], layer.params["b"])
    loop = time.perf_counter() - start
    start, runs = time.perf_counter(), 0
    while time.perf_counter() - start < 1.0:
        result = net.forward(x)
        runs += 1
    fast = (time.perf_counter() - start) / runs
    assert np.allclose(result, reference)
    return loop / fast, fast


def main() -> None:
    cnn = trainer_for([Conv2D(8, 3, padding="same", activation="relu"), MaxPool2D(2), Flatten(),
                       Dense(10, "softmax")], digits(), "cross_entropy", 32)
    rnn = trainer_for([SimpleRNN(16, "tanh"), Dense(1, "linear")],
                      sine(1000, 20, 0.05, 0.05, np.random.default_rng(0)), "mse", 16)
    print(f"CNN 1x8x8 -> conv 8@3x3 same relu -> maxpool 2 -> dense 10 softmax, digits, batch 32, Adam: "
          f"{rate(cnn):8,.0f} updates/s")
    print(f"RNN 16 tanh over 20 steps -> dense 1, sine, batch 16, Adam:                       "
          f"{rate(rnn):8,.0f} updates/s")
    speedup, fast = conv_speedup()
    print(f"Conv2D forward, batch 32, 8x28x28 -> 16@3x3: {fast * 1e3:.2f} ms vectorized, "
          f"{speedup:,.0f}x faster than the loop reference")


if __name__ == "__main__":
    main()
