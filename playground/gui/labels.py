"""Human names for the engine's registry keys, in one place for every widget."""
from ..engine.activations import ACTIVATIONS
from ..engine.datasets import DATASETS, FEATURES
from ..engine.initializers import INITIALIZER_LABELS
from ..engine.optimizers import OPTIMIZERS
from ..engine.regularizers import REGULARIZERS

ACTIVATION_LABELS = {k: a.label for k, a in ACTIVATIONS.items()}
DATASET_LABELS = {k: g.label for k, g in DATASETS.items()}
FEATURE_LABELS = {k: label for k, (label, _) in FEATURES.items()}
OPTIMIZER_LABELS = {k: cls.label for k, cls in OPTIMIZERS.items()}
REGULARIZER_LABELS = {k: cls.label for k, cls in REGULARIZERS.items()}
INIT_LABELS = INITIALIZER_LABELS

HYPER_LABELS = {
    "momentum": ("Momentum μ", "Fraction of the previous step kept in the velocity (0.9 is usual)."),
    "beta1": ("β₁", "Decay of Adam's running mean of gradients (0.9 is usual)."),
    "beta2": ("β₂", "Decay of Adam's running mean of squared gradients (0.999 is usual)."),
    "rho": ("ρ", "Decay of RMSProp's running mean of squared gradients (0.9 is usual)."),
    "epsilon": ("ε", "Added to the denominator so a tiny gradient history cannot divide by zero."),
}
