"""Hidden layers written as short text, for the command line and for scripts:
``"8,8"`` is two dense layers; ``"conv8x3same,maxpool2,16"`` a small CNN; ``"rnn16seq,rnn8"``
two stacked recurrent layers (the first returns its whole sequence).
"""
from __future__ import annotations

import re

from .config import LayerConfig
from .errors import ConfigError

SYNTAX = ("N (dense), convFxK[sS][same] (F filters of K×K, stride S), maxpoolP, avgpoolP, flatten, "
          "rnnN[seq] (seq: return every time step)")
_PATTERNS = [
    (re.compile(r"(\d+)"), lambda m, s: LayerConfig(int(m[1]), **s["dense"])),
    (re.compile(r"conv(\d+)(?:x(\d+))?(?:s(\d+))?(same|valid)?"),
     lambda m, s: LayerConfig.conv(int(m[1]), int(m[2] or 3), stride=int(m[3] or 1), padding=m[4] or "valid",
                                   **s["conv2d"])),
    (re.compile(r"(max|avg)pool(\d+)"), lambda m, s: LayerConfig.pool(int(m[2]), f"{m[1]}pool2d")),
    (re.compile(r"flatten"), lambda m, s: LayerConfig(kind="flatten")),
    (re.compile(r"rnn(\d+)(seq)?"), lambda m, s: LayerConfig.rnn(int(m[1]), return_sequences=bool(m[2]),
                                                                 **s["simple_rnn"])),
]


def parse_layers(text: str, activation: str | None = None, init: str | None = None, init_scale: float = 1.0,
                 bptt: int = 0) -> list[LayerConfig]:
    """The layers ``text`` describes, comma-separated.  ``activation`` and ``init`` apply to
    every weighted layer; left out, each kind takes its usual choice (tanh and Xavier for
    dense and recurrent layers, ReLU and He for convolutions)."""
    chosen = {k: v for k, v in (("activation", activation), ("init", init)) if v}
    settings = {"dense": {"activation": "tanh", **chosen, "init_scale": init_scale},
                "conv2d": {**chosen, "init_scale": init_scale},
                "simple_rnn": {"activation": "tanh", **chosen, "init_scale": init_scale, "bptt": bptt}}
    layers = []
    for item in (part.strip().lower() for part in text.split(",")):
        if not item:
            continue
        for pattern, build in _PATTERNS:
            match = pattern.fullmatch(item)
            if match:
                layers.append(build(match, settings))
                break
        else:
            raise ConfigError(code="layer_unreadable", item=str(item)[:40], syntax=SYNTAX)
    for layer in layers:
        layer.validate()
    return layers
