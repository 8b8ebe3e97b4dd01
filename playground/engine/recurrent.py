"""SimpleRNN (Elman): one pair of weight matrices shared by every time step.

Inputs are (batch, time, features).  The layer keeps what a view needs after each update:
the hidden state at every step, the norm of dL/dh_t at every step (how the gradient fades
or grows on its way back through time), and the spectral radius of W_hh.
"""
from __future__ import annotations

import numpy as np

from .errors import ConfigError
from .layers import Layer, ParamSpec


class SimpleRNN(Layer):
    """h_t = f(x_t W_xh + h_{t-1} W_hh + b), h_0 = 0; W_xh (D, H), W_hh (H, H), b (H,).

    Output: h_T (many-to-one) or every h_t (many-to-many, ``return_sequences``).
    Backpropagation through time, with g_t = dL/dh_t and δ_t = f'(z_t) ⊙ g_t::

        g_t = (dL/dh_t from the output) + δ_{t+1} W_hhᵀ
        dL/dW_xh = Σ_t x_tᵀ δ_t,  dL/dW_hh = Σ_t h_{t-1}ᵀ δ_t,  dL/db = Σ_t δ_t,  dL/dx_t = δ_t W_xhᵀ

    ``bptt`` = k > 0 truncates: the recurrent term δ_{t+1} W_hhᵀ is cut every k steps,
    counted from the end (Williams and Peng's TBPTT(k, k)); 0 backpropagates through all.
    """

    kind = "simple_rnn"

    def __init__(self, units: int, activation: str = "tanh", return_sequences: bool = False, bptt: int = 0,
                 **init):
        super().__init__(activation, **init)
        if units < 1 or bptt < 0:
            raise ConfigError(code="rnn_sizes")
        self.units, self.return_sequences, self.bptt = int(units), bool(return_sequences), int(bptt)

    def build(self, input_shape):
        if len(input_shape) != 2:
            raise ConfigError(code="needs_sequences")
        self.input_shape = tuple(input_shape)
        steps = input_shape[0]
        self.grad_norms = np.zeros(steps)  # until the first backward pass
        self.output_shape = (steps, self.units) if self.return_sequences else (self.units,)
        return self.output_shape

    def param_specs(self):
        d, h = self.input_shape[1], self.units
        return [ParamSpec("W_xh", (d, h), "weight", d, h), ParamSpec("W_hh", (h, h), "weight", h, h),
                ParamSpec("b", (h,), "bias", d, h)]

    def values_per_sample(self):
        steps = self.input_shape[0]
        return (2 * steps + 1) * self.units  # every step's z and h

    def forward(self, x):
        batch, steps, _ = x.shape
        self.x = x
        xw = x @ self.params["W_xh"] + self.params["b"]  # every step's input term in one product
        self.h = np.zeros((batch, steps + 1, self.units), dtype=xw.dtype)  # h[:, 0] = h_0 = 0
        self.zs = np.empty_like(xw)
        w_hh = self.params["W_hh"]
        for t in range(steps):
            self.zs[:, t] = xw[:, t] + self.h[:, t] @ w_hh
            self.h[:, t + 1] = self.activation.forward(self.zs[:, t])
        self.z, self.a = (self.zs, self.h[:, 1:]) if self.return_sequences else (self.zs[:, -1], self.h[:, -1])
        return self.a

    def backward(self, grad, preactivation=False):
        steps = self.x.shape[1]
        for name in ("W_xh", "W_hh", "b"):
            self.grads[name][...] = 0
        dx = np.zeros_like(self.x) if self.need_input_grad else None
        self.grad_norms = np.zeros(steps)
        recurrent = np.zeros_like(self.h[:, 0])
        for t in reversed(range(steps)):
            if self.bptt and (steps - 1 - t) % self.bptt == 0 and t != steps - 1:
                recurrent = np.zeros_like(recurrent)  # the truncation boundary
            from_output = grad[:, t] if self.return_sequences else (grad if t == steps - 1 else 0)
            last_fused = preactivation and (self.return_sequences or t == steps - 1)
            if last_fused:
                delta = from_output + self.activation.backward(self.zs[:, t], self.h[:, t + 1], recurrent)
            else:
                g = recurrent + from_output
                self.grad_norms[t] = float(np.linalg.norm(g))
                delta = self.activation.backward(self.zs[:, t], self.h[:, t + 1], g)
            self.grads["W_xh"] += self.x[:, t].T @ delta
            self.grads["W_hh"] += self.h[:, t].T @ delta
            self.grads["b"] += delta.sum(axis=0)
            if dx is not None:
                dx[:, t] = delta @ self.params["W_xh"].T
            recurrent = delta @ self.params["W_hh"].T
        return dx

    @property
    def hidden_states(self) -> np.ndarray:
        """h_1 … h_T of the last forward pass, (batch, time, units)."""
        return self.h[:, 1:]

    def spectral_radius(self) -> float:
        """max |eigenvalue| of W_hh: above 1 the recurrence tends to amplify, below to fade."""
        return float(np.abs(np.linalg.eigvals(self.params["W_hh"])).max())

    def config(self):
        return {**super().config(), "units": self.units, "return_sequences": self.return_sequences,
                "bptt": self.bptt}
