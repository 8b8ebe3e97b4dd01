"""Human names for the engine's registry keys and the drawn neurons, in one place for every
widget, worded through Qt's translation system (context "Labels").

The engine's registries hold English display names.  The tables below keep those English
texts and translate each one *when it is read*, never at import: a translator installed at
start-up (after this module was imported) still applies.  They are read-only mappings, so
``ACTIVATION_LABELS[key]``, ``.items()``, ``.get()`` and ``in`` work as they did with dicts.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

import numpy as np
from PySide6.QtCore import QCoreApplication

from ..engine.activations import ACTIVATIONS
from ..engine.config import LOSS_CHOICES
from ..engine.datasets import DATASETS, FEATURES
from ..engine.hyperparameters import HYPERPARAMETERS
from ..engine.image_sequence_data import SHAPED_DATASETS
from ..engine.initializers import INITIALIZER_LABELS
from ..engine.optimizers import OPTIMIZERS
from ..engine.regularizers import REGULARIZERS
from ..engine.schedules import SCHEDULE_PARAMETERS, SCHEDULES

CONTEXT = "Labels"


def translate(text: str) -> str:
    """``text`` (an English display name from the engine) in the user's language."""
    return QCoreApplication.translate(CONTEXT, text)


class TranslatedLabels(Mapping):
    """key → English text, read as key → translated text.  ``word`` turns the stored value
    into what callers see (default: translate a string)."""

    def __init__(self, english: Mapping, word: Callable = translate):
        self.english = dict(english)
        self._word = word

    def __getitem__(self, key):
        return self._word(self.english[key])

    def __iter__(self) -> Iterator:
        return iter(self.english)

    def __len__(self) -> int:
        return len(self.english)

    def __repr__(self) -> str:
        return f"TranslatedLabels({dict(self)!r})"


ACTIVATION_LABELS = TranslatedLabels({k: a.label for k, a in ACTIVATIONS.items()})
DATASET_LABELS = TranslatedLabels({k: g.label for k, g in DATASETS.items()})
SHAPED_LABELS = TranslatedLabels({k: s.label for k, s in SHAPED_DATASETS.items()})
FEATURE_LABELS = TranslatedLabels({k: f.label for k, f in FEATURES.items()})
OPTIMIZER_LABELS = TranslatedLabels({k: cls.label for k, cls in OPTIMIZERS.items()})
REGULARIZER_LABELS = TranslatedLabels({k: cls.label for k, cls in REGULARIZERS.items()})
INIT_LABELS = TranslatedLabels(INITIALIZER_LABELS)
LOSS_LABELS = TranslatedLabels(LOSS_CHOICES)
# key → (label, tooltip), both translated
HYPER_LABELS = TranslatedLabels({k: (h.label, h.tooltip) for k, h in HYPERPARAMETERS.items()},
                                word=lambda pair: tuple(translate(text) for text in pair))
SCHEDULE_LABELS = TranslatedLabels({k: label for k, (label, _, _) in SCHEDULES.items()})
SCHEDULE_PARAMETER_LABELS = TranslatedLabels({k: (h.label, h.tooltip) for k, h in SCHEDULE_PARAMETERS.items()},
                                             word=lambda pair: tuple(translate(text) for text in pair))

MAX_FORMULA_TERMS = 6
ACTIVATION_FORMULAS = TranslatedLabels({k: a.formula for k, a in ACTIVATIONS.items()})


def neuron_name(column: int, index: int, sizes: list[int], input_labels: list[str]) -> str:
    """"X₁" for inputs, "h2.3" for neuron 3 of hidden layer 2, "out" (or "out2") at the end."""
    if column == 0:
        return input_labels[index] if index < len(input_labels) else f"x{index + 1}"
    if column == len(sizes) - 1:
        if sizes[-1] == 1:
            return QCoreApplication.translate("Labels", "out")
        return QCoreApplication.translate("Labels", "out{n}").format(n=index + 1)
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
        more = QCoreApplication.translate("Labels", "+ … ({count} more)").format(count=len(terms) - MAX_FORMULA_TERMS)
        terms = terms[:MAX_FORMULA_TERMS] + [more]
    b = float(bias[index])
    body = " ".join(terms + [f"{'−' if b < 0 else '+'} {abs(b):.2f}"])
    body = body[2:] if body.startswith("+ ") else "−" + body[2:]
    return QCoreApplication.translate("Labels", "{name}:  z = {sum},   {activation}").format(
        name=name, sum=body, activation=ACTIVATION_FORMULAS[activation])
