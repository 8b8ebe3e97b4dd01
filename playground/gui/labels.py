"""Human names for the engine's registry keys and the drawn neurons, in one place for every
widget."""
import numpy as np

from ..engine.activations import ACTIVATIONS
from ..engine.datasets import DATASETS, FEATURES
from ..engine.hyperparameters import HYPERPARAMETERS
from ..engine.initializers import INITIALIZER_LABELS
from ..engine.optimizers import OPTIMIZERS
from ..engine.regularizers import REGULARIZERS

ACTIVATION_LABELS = {k: a.label for k, a in ACTIVATIONS.items()}
DATASET_LABELS = {k: g.label for k, g in DATASETS.items()}
FEATURE_LABELS = {k: f.label for k, f in FEATURES.items()}
OPTIMIZER_LABELS = {k: cls.label for k, cls in OPTIMIZERS.items()}
REGULARIZER_LABELS = {k: cls.label for k, cls in REGULARIZERS.items()}
INIT_LABELS = INITIALIZER_LABELS

HYPER_LABELS = {k: (h.label, h.tooltip) for k, h in HYPERPARAMETERS.items()}

MAX_FORMULA_TERMS = 6
ACTIVATION_FORMULAS = {k: a.formula for k, a in ACTIVATIONS.items()}


def neuron_name(column: int, index: int, sizes: list[int], input_labels: list[str]) -> str:
    """"X₁" for inputs, "h2.3" for neuron 3 of hidden layer 2, "out" (or "out2") at the end."""
    if column == 0:
        return input_labels[index] if index < len(input_labels) else f"x{index + 1}"
    if column == len(sizes) - 1:
        return "out" if sizes[-1] == 1 else f"out{index + 1}"
    return f"h{column}.{index + 1}"


def neuron_formula(column: int, index: int, sizes: list[int], input_labels: list[str],
                   weights: np.ndarray, bias: np.ndarray, activation: str) -> str:
    """The selected neuron's sum with today's numbers: "h1.2: z = 0.42·X₁ − 1.30·X₂ + 0.10, a = tanh(z)"."""
    name = neuron_name(column, index, sizes, input_labels)
    terms = []
    for i, w in enumerate(weights[:, index]):
        source = neuron_name(column - 1, i, sizes, input_labels)
        terms.append(f"{'−' if w < 0 else '+'} {abs(w):.2f}·{source}")
    if len(terms) > MAX_FORMULA_TERMS:
        terms = terms[:MAX_FORMULA_TERMS] + [f"+ … ({len(terms) - MAX_FORMULA_TERMS} more)"]
    b = float(bias[index])
    body = " ".join(terms + [f"{'−' if b < 0 else '+'} {abs(b):.2f}"])
    body = body[2:] if body.startswith("+ ") else "−" + body[2:]
    return f"{name}:  z = {body},   {ACTIVATION_FORMULAS[activation]}"
