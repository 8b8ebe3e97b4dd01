"""The math inspector's page: an engine :class:`Inspection` worded as rich text, each line
the formula in symbols, then with today's numbers, then its value (numbers to
``DIGITS`` significant digits).  Indices are shown from 1, as the diagram names neurons."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ..engine.inspection import Inspection
from .labels import ACTIVATION_FORMULAS, OPTIMIZER_LABELS, REGULARIZER_LABELS

DIGITS = 6
MAX_TERMS = 6  # terms of the forward sum written out


def num(value: float) -> str:
    """A number as every line of the page writes it."""
    return f"{value:.{DIGITS}g}"


def _signed(value: float) -> str:
    return f"({num(value)})" if value < 0 else num(value)


def _line(symbols: str, numbers: str, result: float) -> str:
    """The formula on one line, today's numbers and the result below it (a narrow dock
    keeps each readable)."""
    return (f"<p style='margin: 2px 0 6px 0'>{escape(symbols)}<br>&nbsp;&nbsp;&nbsp;= {escape(numbers)}"
            f" = <b>{num(result)}</b></p>")


def page(inspection: Inspection, label: str) -> str:
    """The whole page for one parameter: forward sum, gradient, update."""
    i = inspection
    title = QCoreApplication.translate("MathInspector", "{name}, before update {step}").format(name=label, step=i.step + 1)
    parts = [f"<h3>{escape(title)}</h3>"]
    if i.forward is not None:
        parts.append(forward_section(i))
    parts += [gradient_section(i), update_section(i)]
    return "".join(parts)


def forward_section(i: Inspection) -> str:
    f = i.forward
    j = f.neuron + 1
    terms = [f"{_signed(w)}·{_signed(x)}" for w, x in zip(f.weights[:MAX_TERMS], f.inputs[:MAX_TERMS])]
    if len(f.weights) > MAX_TERMS:
        terms.append(QCoreApplication.translate("MathInspector", "… ({count} more)").format(count=len(f.weights) - MAX_TERMS))
    heading = QCoreApplication.translate("MathInspector", "Forward pass of neuron {j} for training sample {sample}").format(j=j, sample=f.sample + 1)
    rows = [_line(f"z{j} = Σᵢ wᵢ{j}·xᵢ + b{j}", " + ".join(terms + [_signed(f.bias)]), f.z),
            _line(ACTIVATION_FORMULAS[f.activation].replace("z", f"z{j}", 1).replace("a", f"a{j}", 1),
                  f"f({num(f.z)})", f.a)]
    return f"<h4>{escape(heading)}</h4>" + "".join(rows)


def gradient_section(i: Inspection) -> str:
    g = i.gradient
    heading = QCoreApplication.translate("MathInspector", "Gradient on the next batch ({count} samples)").format(count=g.batch)
    rows = []
    if g.deltas is not None:
        products = [f"{_signed(x)}·{_signed(d)}" for x, d in zip(g.inputs, g.deltas)]
        if g.batch > len(products):
            products.append(QCoreApplication.translate("MathInspector", "… ({count} more)").format(count=g.batch - len(products)))
        source = "1" if i.target.param == "b" else "xᵢ"
        rows.append(_line(f"∂L/∂w = Σ_b {source}⁽ᵇ⁾·δ⁽ᵇ⁾", " + ".join(products), g.data))
        note = QCoreApplication.translate("MathInspector", "δ = ∂L/∂z of this neuron for each sample; it already holds the loss's 1/B, so the sum is "
                  "the batch's average.")
    else:
        rows.append(_line("∂L/∂w", QCoreApplication.translate("MathInspector", "sum over the batch and every position or time step"), g.data))
        note = ""
    if g.regularizer != "none" and g.penalty:
        rows.append(_line(QCoreApplication.translate("MathInspector", "penalty term ({name}, λ = {rate})").format(
            name=REGULARIZER_LABELS[g.regularizer], rate=num(g.rate)), "∂R/∂w", g.penalty))
    if g.clip != 1:
        rows.append(_line(QCoreApplication.translate("MathInspector", "clipped: × c/‖g‖"), f"({num(g.data + g.penalty)})·{num(g.clip)}", g.grad))
    rows.append(_line("g", QCoreApplication.translate("MathInspector", "what the optimizer receives"), g.grad))
    return f"<h4>{escape(heading)}</h4>" + "".join(rows) + (f"<p><i>{escape(note)}</i></p>" if note else "")


def update_section(i: Inspection) -> str:
    u, g = i.update, i.gradient.grad
    heading = QCoreApplication.translate("MathInspector", "Step of {optimizer}, update {t}").format(optimizer=OPTIMIZER_LABELS[u.optimizer], t=u.t)
    rows = UPDATE_LINES[u.optimizer](u, g)
    rows.append(_line("w ← w + Δw", f"{num(u.value)} + {_signed(u.delta)}", u.new_value))
    return f"<h4><a name='update'></a>{escape(heading)}</h4>" + "".join(rows)


def _sgd(u, g):
    return [_line("Δw = −η·g", f"−{num(u.learning_rate)}·{_signed(g)}", u.delta)]


def _momentum(u, g):
    mu = u.hyper["momentum"]
    return [_line("v ← μ·v − η·g", f"{num(mu)}·{_signed(u.before['velocity'])} − {num(u.learning_rate)}·{_signed(g)}",
                  u.after["velocity"]),
            _line("Δw = v", num(u.after["velocity"]), u.delta)]


def _nesterov(u, g):
    mu, v0, v1 = u.hyper["momentum"], u.before["velocity"], u.after["velocity"]
    return [_line("v′ ← μ·v − η·g", f"{num(mu)}·{_signed(v0)} − {num(u.learning_rate)}·{_signed(g)}", v1),
            _line("Δw = −μ·v + (1 + μ)·v′", f"−{num(mu)}·{_signed(v0)} + {num(1 + mu)}·{_signed(v1)}", u.delta)]


def _adaptive(symbol, state, decay=None):
    def lines(u, g):
        acc0, acc1 = u.before[state], u.after[state]
        if decay is None:
            first = _line(f"{symbol} ← {symbol} + g²", f"{num(acc0)} + {_signed(g)}²", acc1)
        else:
            r = u.hyper[decay]
            first = _line(f"{symbol} ← ρ·{symbol} + (1 − ρ)·g²", f"{num(r)}·{num(acc0)} + {num(1 - r)}·{_signed(g)}²",
                          acc1)
        return [first, _line(f"Δw = −η·g / (√{symbol} + ε)",
                             f"−{num(u.learning_rate)}·{_signed(g)} / (√{num(acc1)} + {num(u.hyper['epsilon'])})",
                             u.delta)]
    return lines


def _adam(u, g):
    b1, b2, eps = u.hyper["beta1"], u.hyper["beta2"], u.hyper["epsilon"]
    m, v, m_hat, v_hat = u.after["m"], u.after["v"], u.corrected["m_hat"], u.corrected["v_hat"]
    return [_line("m ← β₁·m + (1 − β₁)·g", f"{num(b1)}·{_signed(u.before['m'])} + {num(1 - b1)}·{_signed(g)}", m),
            _line("v ← β₂·v + (1 − β₂)·g²", f"{num(b2)}·{num(u.before['v'])} + {num(1 - b2)}·{_signed(g)}²", v),
            _line("m_hat = m / (1 − β₁ᵗ)", f"{_signed(m)} / (1 − {num(b1)}^{u.t})", m_hat),
            _line("v_hat = v / (1 − β₂ᵗ)", f"{num(v)} / (1 − {num(b2)}^{u.t})", v_hat),
            _line("Δw = −η·m_hat / (√v_hat + ε)", f"−{num(u.learning_rate)}·{_signed(m_hat)} / (√{num(v_hat)} + {num(eps)})",
                  u.delta)]


UPDATE_LINES = {"sgd": _sgd, "momentum": _momentum, "nesterov": _nesterov,
                "adagrad": _adaptive("G", "sum_sq"), "rmsprop": _adaptive("s", "mean_sq", "rho"), "adam": _adam}
