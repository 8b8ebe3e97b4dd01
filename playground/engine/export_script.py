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


# -- convolutional and recurrent networks ------------------------------------------------
SHAPED_HELPERS = {
    "conv2d": ('def conv2d(x, K, b, stride, pads):',
               '    """z[n, f] = Σ_c K[f, c] ⋆ x[n, c] + b[f] (cross-correlation), x zero-padded by pads."""',
               '    top, bottom, left, right = pads',
               '    x = np.pad(x, ((0, 0), (0, 0), (top, bottom), (left, right)))',
               '    f, c, k, _ = K.shape',
               '    ho, wo = (x.shape[2] - k) // stride + 1, (x.shape[3] - k) // stride + 1',
               '    windows = np.stack([x[:, :, i:i + stride * (ho - 1) + 1:stride, j:j + stride * (wo - 1) + 1:stride]',
               '                        for i in range(k) for j in range(k)], axis=-1)  # (n, c, ho, wo, k·k)',
               '    columns = windows.transpose(0, 2, 3, 1, 4).reshape(len(x) * ho * wo, -1)',
               '    z = columns @ K.reshape(f, -1).T + b',
               '    return z.reshape(len(x), ho, wo, f).transpose(0, 3, 1, 2)'),
    "pool": ('def pool(x, size, stride, reduce):',
             '    """reduce (np.max or np.mean) over each size×size window, moved by stride."""',
             '    ho, wo = (x.shape[2] - size) // stride + 1, (x.shape[3] - size) // stride + 1',
             '    windows = np.stack([x[:, :, i:i + stride * (ho - 1) + 1:stride, j:j + stride * (wo - 1) + 1:stride]',
             '                        for i in range(size) for j in range(size)], axis=-1)',
             '    return reduce(windows, axis=-1)'),
    "simple_rnn": ('def rnn(x, W_xh, W_hh, b, f, every_step):',
                   '    """h_t = f(x_t W_xh + b + h_(t-1) W_hh), h_0 = 0; every h_t, or the last."""',
                   '    xw = x @ W_xh + b',
                   '    h, hs = np.zeros((len(x), W_hh.shape[0])), []',
                   '    for t in range(x.shape[1]):',
                   '        h = f(xw[:, t] + h @ W_hh)',
                   '        hs.append(h)',
                   '    return np.stack(hs, axis=1) if every_step else h'),
}


def _shaped_lines(k: int, layer) -> tuple[list[str], list[str]]:
    """(constants, lines of predict) for one layer snapshot: dense, conv2d, pooling, flatten or
    simple_rnn; ``a`` holds the values between layers."""
    from .conv_geometry import Window  # the layers' own padding rule
    kind = layer.kind
    if kind == "flatten":
        return [], ["    a = a.reshape(len(a), -1)"]
    if kind in ("maxpool2d", "avgpool2d"):
        reduce = "np.max" if kind == "maxpool2d" else "np.mean"
        return [], [f"    a = pool(a, {layer.size}, {layer.stride}, {reduce})"]
    code = ACTIVATIONS[layer.activation].code
    if kind == "dense":
        return ([f"W{k} = {_array(layer.W.value)}", f"b{k} = {_array(layer.b.value)}"],
                [f"    z = a @ W{k} + b{k}", f"    a = {code}"])
    if kind == "conv2d":
        window, (_, h, w), (_, ho, wo) = Window.of_layer(layer), layer.input_shape, layer.output_shape
        pads = (window.top, max((ho - 1) * window.stride + window.k - h - window.top, 0),
                window.left, max((wo - 1) * window.stride + window.k - w - window.left, 0))
        return ([f"K{k} = {_array(layer.kernels.value)}", f"b{k} = {_array(layer.b.value)}"],
                [f"    z = conv2d(a, K{k}, b{k}, {layer.stride}, {pads})", f"    a = {code}"])
    every_step = len(layer.output_shape) == 2
    return ([f"W_xh{k} = {_array(layer.W_xh.value)}", f"W_hh{k} = {_array(layer.W_hh.value)}",
             f"b{k} = {_array(layer.b.value)}"],
            [f"    a = rnn(a, W_xh{k}, W_hh{k}, b{k}, lambda z: {code}, {every_step})"])


def shaped_script(layers: list, title: str = "") -> str:
    """Source of a script defining ``predict(x)`` for a network of image or sequence layers
    (typed layer snapshots, in order): x of shape (n, channels, height, width) or (n, time
    steps, features), as the data set gives them."""
    input_shape = tuple(layers[0].input_shape)
    what = "images" if len(input_shape) == 3 else "sequences"
    lines = ['"""' + (title or "A network trained in Neural Playground") + '.', "",
             f"Needs only NumPy.  predict(x) takes {what}, x of shape (n, {', '.join(map(str, input_shape))}),",
             "and returns the network's outputs.", '"""', "import numpy as np", ""]
    body, helpers = [], []
    for k, layer in enumerate(layers, 1):
        constants, code = _shaped_lines(k, layer)
        lines += constants
        body += code
        family = "pool" if layer.kind in ("maxpool2d", "avgpool2d") else layer.kind
        helpers += [SHAPED_HELPERS[family]] if family in SHAPED_HELPERS and SHAPED_HELPERS[family] not in helpers else []
        activation = getattr(layer, "activation", None)
        helper = ACTIVATIONS[activation].code_helper if activation else ()
        helpers += [helper] if helper and helper not in helpers else []
    lines += ["", ""]
    for helper in helpers:
        lines += [*helper, "", ""]
    lines += ["def predict(x):", "    a = np.asarray(x, dtype=float)", *body, "    return a", "", "",
              'if __name__ == "__main__":', f"    print(predict(np.zeros((1, {', '.join(map(str, input_shape))}))))", ""]
    return "\n".join(lines)
