"""Updates/s of a small CNN on the digits and of an RNN on the sine task, what a snapshot with
one sample's feature maps or hidden states costs, and how much faster the vectorized Conv2D
forward is than the obviously-correct loop.

Run:  python benchmarks/cnn_rnn_speed.py

Window against headless (frames/s, GUI timer lateness, training share of headless), rounds
alternating the two modes in fresh processes:
      python benchmarks/gui_speed.py --case cnn --case rnn --rounds 3
"""
from __future__ import annotations

import time

from playground.blas_threads import limit_before_numpy

limit_before_numpy()  # as the engine process does: one BLAS thread

import numpy as np  # noqa: E402

from playground.engine.config import Config, LayerConfig
from playground.engine.conv_layers import Conv2D
from playground.engine.experiment import Experiment
from playground.engine.network import Network
from rates import updates_per_second

SECONDS = 3.0


def experiment(**settings) -> Experiment:
    return Experiment(Config(train_fraction=0.7, optimizer="adam", learning_rate=0.01, seed=0, **settings))


def snapshot_ms(exp: Experiment) -> float:
    """Milliseconds for a snapshot with sample 0's activations (what a live view asks for)."""
    start, runs = time.perf_counter(), 0
    while time.perf_counter() - start < 1.0:
        exp.snapshot(sample=0)
        runs += 1
    return (time.perf_counter() - start) / runs * 1e3


def rate(exp: Experiment) -> float:
    return updates_per_second(exp.trainer, SECONDS)


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
    cnn = experiment(dataset="digits", n_samples=1797, batch_size=32, loss="cross_entropy",
                     hidden=[LayerConfig.conv(8, padding="same", init="xavier_uniform"), LayerConfig.pool(2)])
    rnn = experiment(dataset="sine", n_samples=1000, noise=0.05, batch_size=16, loss="mse",
                     hidden=[LayerConfig.rnn(16)])
    print(f"CNN 1x8x8 -> conv 8@3x3 same relu -> maxpool 2 -> dense 10 softmax, digits, batch 32, Adam: "
          f"{rate(cnn):8,.0f} updates/s, snapshot with feature maps {snapshot_ms(cnn):.2f} ms")
    print(f"RNN 16 tanh over 20 steps -> dense 1, sine, batch 16, Adam:                       "
          f"{rate(rnn):8,.0f} updates/s, snapshot with hidden states {snapshot_ms(rnn):.2f} ms")
    speedup, fast = conv_speedup()
    print(f"Conv2D forward, batch 32, 8x28x28 -> 16@3x3: {fast * 1e3:.2f} ms vectorized, "
          f"{speedup:,.0f}x faster than the loop reference")


if __name__ == "__main__":
    main()
