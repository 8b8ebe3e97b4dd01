"""Training updates per second: the engine against a minimal hand-written NumPy loop.

The hand-written loop does the same math (forward, backward, optimizer update on shuffled
batches) inline, with no classes, no metrics and no safety checks; the engine additionally
records per-layer gradient norms and update ratios and checks for NaN/inf at every update.
Run:  python benchmarks/engine_speed.py [--seconds S]
"""
from __future__ import annotations

import argparse
import platform
import time

from playground.blas_threads import limit_before_numpy

limit_before_numpy()  # as the engine process does: one BLAS thread

import numpy as np  # noqa: E402

from playground.engine.experiment import Experiment
from playground.engine.config import Config, LayerConfig
from playground.engine.layers import Dense
from playground.engine.losses import get_loss
from playground.engine.network import Network
from playground.engine.optimizers import make_optimizer
from playground.engine.regularizers import make_regularizer
from playground.engine.training import Trainer

ACT = {"tanh": (np.tanh, lambda a: 1 - a * a), "relu": (lambda z: np.maximum(z, 0), lambda a: a > 0)}


def timed(fn, seconds: float) -> float:
    """Calls of fn per second over about ``seconds``."""
    n, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for _ in range(10):
            fn()
        n += 10
    return n / elapsed


def rates(fns, seconds: float, rounds: int = 5) -> list[float]:
    """Median calls/s of each function, timed in alternation so that load on the machine
    hits every contender alike."""
    for fn in fns:
        fn()
    runs = [[timed(fn, seconds / rounds) for fn in fns] for _ in range(rounds)]
    return [float(np.median(col)) for col in zip(*runs)]


def hand_written(sizes, act, out, optimizer, x, y, batch, lr, dtype):
    """Returns a closure doing one update, written as plainly as a student would."""
    rng = np.random.default_rng(0)
    Ws = [rng.normal(0, np.sqrt(1 / a), (a, b)).astype(dtype) for a, b in zip(sizes, sizes[1:])]
    bs = [np.zeros(b, dtype) for b in sizes[1:]]
    params = Ws + bs
    ms = [np.zeros_like(p) for p in params]
    vs = [np.zeros_like(p) for p in params]
    f, df = ACT[act]
    state = {"pos": len(x), "t": 0, "xs": x, "ys": y}

    def update():
        if state["pos"] >= len(x):
            perm = rng.permutation(len(x))
            state["xs"], state["ys"], state["pos"] = x[perm], y[perm], 0
        p = state["pos"]
        xb, yb = state["xs"][p:p + batch], state["ys"][p:p + batch]
        state["pos"] = p + batch
        acts = [xb]
        for W, b in zip(Ws[:-1], bs[:-1]):
            acts.append(f(acts[-1] @ W + b))
        z = acts[-1] @ Ws[-1] + bs[-1]
        if out == "softmax":
            e = np.exp(z - z.max(axis=1, keepdims=True))
            a = e / e.sum(axis=1, keepdims=True)
        else:
            a = 0.5 * (1 + np.tanh(0.5 * z))
        g = (a - yb) / len(yb)
        gW, gb = [None] * len(Ws), [None] * len(Ws)
        for i in range(len(Ws) - 1, -1, -1):
            gW[i] = acts[i].T @ g
            gb[i] = g.sum(axis=0)
            if i:
                g = (g @ Ws[i].T) * df(acts[i])
        grads = gW + gb
        state["t"] += 1
        for p_, g_, m, v in zip(params, grads, ms, vs):
            if optimizer == "sgd":
                p_ -= lr * g_
            else:
                m *= 0.9
                m += 0.1 * g_
                v *= 0.999
                v += 0.001 * g_ * g_
                p_ -= lr / (1 - 0.9 ** state["t"]) * m / (np.sqrt(v / (1 - 0.999 ** state["t"])) + 1e-8)

    return update


def engine(sizes, act, out, optimizer, x, y, batch, lr, dtype):
    layers = [Dense(n, act, init="xavier_normal") for n in sizes[1:-1]] + [Dense(sizes[-1], out)]
    net = Network(layers, (sizes[0],), dtype=dtype)
    net.initialize(np.random.default_rng(0))
    loss = get_loss("cross_entropy" if out == "softmax" else "bce")
    opt = make_optimizer(optimizer, net.theta.size, dtype, learning_rate=lr)
    trainer = Trainer(net, loss, make_regularizer("none"), opt, (x, y), (x[:10], y[:10]),
                      batch, np.random.default_rng(1), True)
    return trainer.step


def data(n_in, n_out, n, dtype):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(n, n_in)).astype(dtype)
    labels = rng.integers(0, max(n_out, 2), n)
    y = (labels[:, None] % 2).astype(dtype) if n_out == 1 else np.eye(n_out, dtype=dtype)[labels]
    return x, y


CASES = [
    ("TF default 2-4-2-1 tanh, batch 10, SGD", [2, 4, 2, 1], "tanh", "sigmoid", "sgd", 10, 250, np.float64),
    ("TF default 2-4-2-1 tanh, batch 10, Adam", [2, 4, 2, 1], "tanh", "sigmoid", "adam", 10, 250, np.float64),
    ("deep narrow 2-8x6-1 tanh, batch 10, Adam", [2] + [8] * 6 + [1], "tanh", "sigmoid", "adam", 10, 250, np.float64),
    ("784-128-10 ReLU softmax, batch 64, Adam, float64", [784, 128, 10], "relu", "softmax", "adam", 64, 2048, np.float64),
    ("784-128-10 ReLU softmax, batch 64, Adam, float32", [784, 128, 10], "relu", "softmax", "adam", 64, 2048, np.float32),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="timing per measurement")
    args = parser.parse_args()
    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}, NumPy {np.__version__}")
    print(f"{'network':52} {'engine/s':>10} {'hand/s':>10} {'ratio':>6}")
    for name, sizes, act, out, opt, batch, n, dtype in CASES:
        x, y = data(sizes[0], sizes[-1], n, dtype)
        lr = 0.01
        e, h = rates([engine(sizes, act, out, opt, x, y, batch, lr, dtype),
                      hand_written(sizes, act, out, opt, x, y, batch, lr, dtype)], 2 * args.seconds)
        print(f"{name:52} {e:10,.0f} {h:10,.0f} {e / h:6.2f}")
    exp = Experiment(Config(dataset="spiral", hidden=[LayerConfig(8)] * 6))
    per_s, = rates([lambda: exp.evaluate_grid(100)], args.seconds)
    print(f"100x100 grid, all neurons' outputs (2-8x6-1): {1000 / per_s:.2f} ms per evaluation")


if __name__ == "__main__":
    main()
