"""A trained network as a standalone Python script that needs only NumPy, so a student can
take it into their own code.  The weights are written with ``repr`` (shortest exact round
trip), so the script predicts exactly what the app predicts.
"""
from __future__ import annotations

import numpy as np

from .activations import ACTIVATIONS
from .datasets import FEATURES

def _array(values: np.ndarray) -> str:
    return f"np.array({np.asarray(values, dtype=float).tolist()!r})"


def python_script(layers: list[tuple[np.ndarray, np.ndarray, str]], features: list[str] | None,
                  input_names: list[str], title: str = "") -> str:
    """Source of a script defining ``predict(x)``; ``layers`` are (W, b, activation) with W of
    shape (n_in, n_out); ``features`` are the plane features, or None for raw inputs."""
    lines = ['"""' + (title or "A network trained in Neural Playground") + '.',
             "", "Needs only NumPy.  predict(x) takes x of shape (n, "
             + ("2): points (X1, X2)" if features else f"{len(input_names)}): columns {', '.join(input_names)}")
             + " and returns the network's outputs.", '"""', "import numpy as np", ""]
    for k, (w, b, _) in enumerate(layers, 1):
        lines += [f"W{k} = {_array(w)}  # {w.shape[0]} inputs x {w.shape[1]} outputs", f"b{k} = {_array(b)}"]
    lines += ["", "", "def features(p):"]
    if features:
        lines.append("    p = np.asarray(p, dtype=float)")
        lines.append(f"    return np.column_stack([{', '.join(FEATURES[f].code for f in features)}])")
    else:
        lines.append("    return np.asarray(p, dtype=float)")
    lines += ["", ""]
    for name in dict.fromkeys(act for *_, act in layers):  # each helper once, in layer order
        helper = ACTIVATIONS[name].code_helper
        lines += [*helper, "", ""] if helper else []
    lines += ["def predict(x):", "    a = features(x)"]
    for k, (_, _, activation) in enumerate(layers, 1):
        lines += [f"    z = a @ W{k} + b{k}", f"    a = {ACTIVATIONS[activation].code}"]
    lines += ["    return a", "", "", 'if __name__ == "__main__":',
              f"    print(predict(np.zeros((1, {2 if features else len(input_names)}))))", ""]
    return "\n".join(lines)
