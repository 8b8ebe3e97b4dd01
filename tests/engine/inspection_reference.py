"""Independent recomputations of the math inspector's numbers, written out without the
engine's layers or optimizers (shared by the engine and the window tests)."""
import numpy as np

from playground.engine import Config, Experiment, LayerConfig


def small_config(optimizer, **settings) -> Config:
    """2 inputs → 3 tanh → 1 sigmoid, MSE, batches of 8: small enough to write out by hand."""
    return Config(dataset="xor", n_samples=40, hidden=[LayerConfig(3, "tanh")], loss="mse",
                  optimizer=optimizer, learning_rate=0.05, batch_size=8, **settings)


def trained(optimizer, steps=7, **settings) -> Experiment:
    """A small run after ``steps`` updates (mid-epoch, with optimizer state that is not zero)."""
    exp = Experiment(small_config(optimizer, **settings))
    for _ in range(steps):
        exp.trainer.step()
    return exp


def by_hand(exp, samples):
    """Forward and backward of x → tanh(x W1 + b1) → sigmoid(h W2 + b2), MSE averaged over
    the batch, written out without the engine's layers."""
    t = exp.trainer
    x, y = t.x_train[samples], t.y_train[samples]
    (W1, b1), (W2, b2) = [(l.params["W"], l.params["b"]) for l in exp.network.layers]
    h = np.tanh(x @ W1 + b1)
    out = 1 / (1 + np.exp(-(h @ W2 + b2)))
    delta2 = 2 * (out - y) / len(x) * out * (1 - out)
    delta1 = delta2 @ W2.T * (1 - h ** 2)
    return {"x": x, "h": h, "delta1": delta1, "delta2": delta2,
            "gW1": x.T @ delta1, "gW2": h.T @ delta2, "gb1": delta1.sum(0)}


def expected_step(name, g, state, hyper, lr, t):
    """The published rules, one parameter at a time."""
    if name == "sgd":
        return -lr * g, {}
    if name == "momentum":
        v = hyper["momentum"] * state["velocity"] - lr * g
        return v, {"velocity": v}
    b1, b2, eps = hyper["beta1"], hyper["beta2"], hyper["epsilon"]
    m = b1 * state["m"] + (1 - b1) * g
    v = b2 * state["v"] + (1 - b2) * g * g
    m_hat, v_hat = m / (1 - b1 ** t), v / (1 - b2 ** t)
    return -lr * m_hat / (np.sqrt(v_hat) + eps), {"m": m, "v": v, "m_hat": m_hat, "v_hat": v_hat}
