"""Central finite differences, the reference every analytic gradient is checked against."""
import numpy as np


def numeric_gradient(f, x: np.ndarray, h: float = 1e-6) -> np.ndarray:
    """d f / d x by central differences, perturbing ``x`` in place one entry at a time."""
    grad = np.zeros_like(x)
    flat, gflat = x.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + h
        up = f()
        flat[i] = old - h
        down = f()
        flat[i] = old
        gflat[i] = (up - down) / (2 * h)
    return grad


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), 1e-12))


def assert_network_gradients(net, x, y, loss, regularizer, tolerance: float = 1e-6) -> None:
    """The network's analytic d(loss + penalty)/dθ and d/dx match central differences."""
    def total():
        data_loss, penalty, _ = net.loss_and_gradient(x, y, loss, regularizer)
        return data_loss + penalty
    _, _, gx = net.loss_and_gradient(x, y, loss, regularizer, input_grad=True)
    analytic_theta, analytic_x = net.grad.copy(), gx.copy()
    assert relative_error(analytic_theta, numeric_gradient(total, net.theta)) < tolerance
    assert relative_error(analytic_x, numeric_gradient(total, x)) < tolerance
