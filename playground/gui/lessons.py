"""Every lesson the app teaches, in one place: title, a short explanation, the formula in the
engine's own conventions, the control or view it is about, and the scenario that shows it.

Formulas of registry entries (activations, initializers, losses, optimizers, penalties) are
read from the registries themselves, so a lesson cannot drift from the code; a registry entry
without an explanation here fails a test.  Texts are English, marked for translation with
QT_TRANSLATE_NOOP (context "Lessons") and translated when read.

Conventions (those of the engine): a dense layer computes z = x·W + b with W of shape
n_in × n_out (row i = input i, column j = neuron j), a = f(z); B samples per batch; the loss
is averaged over the batch; η is the learning rate (α in some books); g = ∂L/∂w.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from ..engine.activations import ACTIVATIONS
from ..engine.initializers import INITIALIZER_FORMULAS, INITIALIZER_LABELS
from ..engine.losses import LOSSES
from ..engine.optimizers import OPTIMIZERS
from ..engine.regularizers import REGULARIZERS

CONTEXT = "Lessons"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Lesson:
    """One concept.  ``show``: accessible names of the widgets it is about, tried in order
    ("show me" highlights the first one the window has); ``scenario``: the id of a shipped
    scenario that demonstrates it, or ""."""

    key: str
    topic: str
    title: str
    text: str
    formula: str
    show: tuple = ()
    scenario: str = ""

    def translated_title(self) -> str:
        """Registry lessons are titled with the registry's display name (context "Labels")."""
        return QCoreApplication.translate("Labels", self.title) if ":" in self.key else tr(self.title)

    def translated_text(self) -> str:
        return tr(self.text)


TOPICS = {
    "network": QT_TRANSLATE_NOOP("Lessons", "The network"),
    "learning": QT_TRANSLATE_NOOP("Lessons", "How it learns"),
    "activation": QT_TRANSLATE_NOOP("Lessons", "Activations"),
    "initializer": QT_TRANSLATE_NOOP("Lessons", "Initialization"),
    "loss": QT_TRANSLATE_NOOP("Lessons", "Losses"),
    "batch": QT_TRANSLATE_NOOP("Lessons", "Batches"),
    "optimizer": QT_TRANSLATE_NOOP("Lessons", "Optimizers"),
    "regularizer": QT_TRANSLATE_NOOP("Lessons", "Regularization"),
    "shaped": QT_TRANSLATE_NOOP("Lessons", "Images and sequences"),
}

_CONCEPTS = (
    Lesson("weight_matrix", "network", QT_TRANSLATE_NOOP("Lessons", "The weight matrix"), QT_TRANSLATE_NOOP(
        "Lessons", "Every link between two neurons carries one number, its weight. The links from one column of "
                   "neurons to the next form a table: one <b>row for each input</b> and one <b>column for each "
                   "neuron it feeds</b>. So 3 inputs feeding 2 neurons make a 3×2 matrix, and entry w<sub>ij</sub> "
                   "is the strength of the link from input i to neuron j. A positive weight (blue) passes the "
                   "signal on, a negative one (orange, dashed) turns it around, a weight near zero ignores it."),
        "z = x·W + b,   W: n_in × n_out,   z_j = Σ_i x_i w_ij + b_j", ("Weight matrices", "Network diagram"),
        "weight_matrix_3x2"),
    Lesson("forward_pass", "network", QT_TRANSLATE_NOOP("Lessons", "The forward pass"), QT_TRANSLATE_NOOP(
        "Lessons", "A prediction flows from left to right. Each neuron adds up its inputs, each multiplied by the "
                   "weight of its link, adds its bias, and passes the sum z through its activation function f. "
                   "The results are the inputs of the next column. Click a neuron in the diagram to see its sum "
                   "with today's numbers."),
        "a⁽⁰⁾ = x;   z⁽ˡ⁾ = a⁽ˡ⁻¹⁾·W⁽ˡ⁾ + b⁽ˡ⁾;   a⁽ˡ⁾ = f(z⁽ˡ⁾)", ("Network diagram",)),
    Lesson("gradient_descent", "learning", QT_TRANSLATE_NOOP("Lessons", "Gradient descent: the sign matters"),
           QT_TRANSLATE_NOOP(
        "Lessons", "The gradient ∂L/∂w says how much the loss grows when w grows a little. To make the loss "
                   "smaller, every weight takes a small step <b>against</b> its gradient: w ← w − η ∂L/∂w. For the "
                   "mean squared error the gradient of one output is (2/B) Σ (a − y) f′(z) x: when the output a "
                   "is too large, the gradient is positive and the weight goes down. Written with (y − a) instead, "
                   "the same formula needs a minus sign in front; forgetting it makes training climb the loss."),
        "∂L/∂w_ij = (2/B) Σ_b (a_bj − y_bj) f′(z_bj) x_bi;   w ← w − η ∂L/∂w", ("Learning rate",),
        "learning_rate_too_high"),
    Lesson("learning_rate", "learning", QT_TRANSLATE_NOOP("Lessons", "The learning rate"), QT_TRANSLATE_NOOP(
        "Lessons", "η scales every step. Too small and the loss crawls down for thousands of updates; too large "
                   "and the steps overshoot the valley, the loss jumps up and the weights can blow up to "
                   "infinity (the app then pauses and offers to go back to a healthy update)."),
        "Δw = −η g", ("Learning rate",), "learning_rate_too_low"),
    Lesson("backpropagation", "learning", QT_TRANSLATE_NOOP("Lessons", "Backpropagation"), QT_TRANSLATE_NOOP(
        "Lessons", "The chain rule, applied from the output back to the input. δ = ∂L/∂z is computed once for the "
                   "output layer, then handed back one layer at a time through the transposed weights and "
                   "multiplied by each layer's f′(z). A weight's gradient is then the product of the signal "
                   "that entered its link and the δ of the neuron it feeds, summed over the batch. The "
                   "Gradients view shows how large these gradients are in every layer."),
        "δ⁽ᴸ⁾ = ∂L/∂z⁽ᴸ⁾;   δ⁽ˡ⁾ = (δ⁽ˡ⁺¹⁾·W⁽ˡ⁺¹⁾ᵀ) ⊙ f′(z⁽ˡ⁾);   ∂L/∂W⁽ˡ⁾ = a⁽ˡ⁻¹⁾ᵀ·δ⁽ˡ⁾;   ∂L/∂b⁽ˡ⁾ = Σ_b δ⁽ˡ⁾",
        ("Gradient health plot",)),
    Lesson("vanishing", "learning", QT_TRANSLATE_NOOP("Lessons", "Vanishing and exploding gradients"),
           QT_TRANSLATE_NOOP(
        "Lessons", "Each layer multiplies the gradient on its way back by its weights and by f′(z). Many factors "
                   "below 1 (a saturated sigmoid has f′ ≤ 0.25) make the first layers' gradients vanish, so they "
                   "stop learning; many factors above 1 make them explode. A good initialization keeps the "
                   "factors near 1; gradient clipping caps the total size of a step."),
        "‖g‖ > c  ⇒  g ← g · c / ‖g‖", ("Gradient health plot", "Gradient clipping"), "init_too_small"),
    Lesson("inspector", "learning", QT_TRANSLATE_NOOP("Lessons", "Reading the math inspector"), QT_TRANSLATE_NOOP(
        "Lessons", "Click a neuron or a link in the diagram, a cell of a weight matrix or a kernel cell: the math "
                   "inspector shows that weight's forward sum for one sample, its gradient as the chain rule "
                   "builds it, and the step the next update will take with the current optimizer. Press Step and "
                   "the weight changes by exactly that Δw."),
        "g = Σ_b x_bi δ_bj (+ penalty);   w_new = w + Δw", ("Math inspector",)),
)

# One original explanation per registry entry: a test fails when an entry has none.
ACTIVATION_TEXTS = {
    "linear": QT_TRANSLATE_NOOP("Lessons", "Passes z through unchanged. A network of linear layers is still one "
                                           "linear map, however deep: it can only draw straight boundaries."),
    "relu": QT_TRANSLATE_NOOP("Lessons", "Keeps positive sums and sets negative ones to zero. Cheap, and its slope "
                                         "of 1 does not shrink gradients; but a neuron whose sum stays negative for "
                                         "every sample gets no gradient at all and stays dead."),
    "leaky_relu": QT_TRANSLATE_NOOP("Lessons", "Like ReLU, but negative sums keep a small slope, so a neuron that "
                                               "went negative still receives a little gradient and can come back."),
    "sigmoid": QT_TRANSLATE_NOOP("Lessons", "Squashes any sum into (0, 1), which reads as a probability. For large "
                                            "|z| it saturates: its slope is at most 0.25 and nearly 0 far out, which "
                                            "makes gradients vanish in deep stacks."),
    "tanh": QT_TRANSLATE_NOOP("Lessons", "Squashes the sum into (−1, 1), centred on 0, which often trains faster "
                                         "than the sigmoid; it saturates too for large |z|."),
    "softmax": QT_TRANSLATE_NOOP("Lessons", "Turns the output layer's sums into probabilities over the classes: "
                                            "all positive, adding up to 1. Used with the cross-entropy loss."),
}
INITIALIZER_TEXTS = {
    "zeros": QT_TRANSLATE_NOOP("Lessons", "Every weight starts at 0. All neurons of a layer then compute the same "
                                          "thing and receive the same gradient, so they stay identical forever: "
                                          "the symmetry never breaks."),
    "constant": QT_TRANSLATE_NOOP("Lessons", "Every weight starts at the same value s: the same symmetry problem "
                                             "as zeros, and large s saturates the neurons at once."),
    "uniform": QT_TRANSLATE_NOOP("Lessons", "Random values in a fixed interval, whatever the layer's size: wide "
                                            "layers then add up many terms and their sums grow too large."),
    "normal": QT_TRANSLATE_NOOP("Lessons", "Random values from a bell curve of fixed width, whatever the layer's "
                                           "size: the same weakness as the fixed uniform rule."),
    "xavier_uniform": QT_TRANSLATE_NOOP("Lessons", "Glorot and Bengio's rule: the spread shrinks with the number of "
                                                   "inputs and outputs, so signals keep about the same size forward "
                                                   "and backward. Suits tanh and sigmoid."),
    "xavier_normal": QT_TRANSLATE_NOOP("Lessons", "Xavier's variance 2/(n_in + n_out) drawn from a bell curve "
                                                  "instead of an interval."),
    "he_uniform": QT_TRANSLATE_NOOP("Lessons", "He's rule doubles the variance to 2/n_in because ReLU silences half "
                                               "of its inputs; it keeps deep ReLU networks' signals from fading."),
    "he_normal": QT_TRANSLATE_NOOP("Lessons", "He's variance 2/n_in drawn from a bell curve."),
}
LOSS_TEXTS = {
    "mse": QT_TRANSLATE_NOOP("Lessons", "The mean of the squared differences between output and target. A miss "
                                        "twice as large costs four times as much. The usual loss for regression."),
    "bce": QT_TRANSLATE_NOOP("Lessons", "For two classes with one sigmoid output: small when the output gives "
                                        "the true class a high probability, very large when it is confidently "
                                        "wrong. Combined with the sigmoid its gradient is simply (a − y)/B."),
    "cross_entropy": QT_TRANSLATE_NOOP("Lessons", "For several classes with a softmax output: minus the log of the "
                                                  "probability given to the true class. Its gradient is (a − y)/B "
                                                  "too."),
}
OPTIMIZER_TEXTS = {
    "sgd": QT_TRANSLATE_NOOP("Lessons", "Plain gradient descent: a step against the gradient of this batch, of "
                                        "size η times the gradient."),
    "momentum": QT_TRANSLATE_NOOP("Lessons", "Keeps a velocity: a running sum of past steps that decays by μ each "
                                             "update. Steps in a steady direction build up speed; steps that "
                                             "zig-zag cancel out."),
    "nesterov": QT_TRANSLATE_NOOP("Lessons", "Momentum that looks ahead: the gradient is taken where the velocity "
                                             "is about to carry the weights, which brakes earlier before a "
                                             "valley's wall."),
    "adagrad": QT_TRANSLATE_NOOP("Lessons", "Divides each weight's step by the root of the sum of all its squared "
                                            "gradients so far: rarely moved weights take larger steps. The sum only "
                                            "grows, so steps shrink for ever."),
    "rmsprop": QT_TRANSLATE_NOOP("Lessons", "Like AdaGrad, but with a decaying mean of squared gradients, so steps "
                                            "adapt to the recent past and do not shrink to nothing."),
    "adam": QT_TRANSLATE_NOOP("Lessons", "Momentum and RMSProp together: m is a running mean of gradients, v of "
                                         "squared gradients. Both start at 0, so early values are too small; "
                                         "dividing by 1 − βᵗ corrects that. Each weight's step is then about η "
                                         "in size, whatever the scale of its gradient."),
}
REGULARIZER_TEXTS = {
    "none": QT_TRANSLATE_NOOP("Lessons", "No penalty: the network may fit the training points as closely as it can, "
                                         "noise included. A large network on few noisy points overfits: the "
                                         "training loss keeps falling while the test loss rises."),
    "l1": QT_TRANSLATE_NOOP("Lessons", "Adds λ Σ|w| to the loss. Its pull toward 0 has the same size for every "
                                       "weight, so small, useless weights are driven to exactly zero: the weight "
                                       "matrix becomes sparse."),
    "l2": QT_TRANSLATE_NOOP("Lessons", "Adds (λ/2) Σ w² to the loss (weight decay). Its pull is proportional to the "
                                       "weight: large weights shrink fast, small ones slowly, and few reach exactly "
                                       "zero. Smoother boundaries, less overfitting."),
    "elastic": QT_TRANSLATE_NOOP("Lessons", "Half L1 and half L2: some sparsity and some smooth shrinking."),
}

_BATCHES = (
    Lesson("full_batch", "batch", QT_TRANSLATE_NOOP("Lessons", "Batch gradient descent"), QT_TRANSLATE_NOOP(
        "Lessons", "Every update uses all B training samples: the exact gradient of the training loss. The loss "
                   "falls smoothly, but each update costs a pass over all the data."),
        "g = (1/B) Σ_{b=1..B} ∂L_b/∂w,   B = all samples", ("Batch",), "batch_size"),
    Lesson("sgd_one_sample", "batch", QT_TRANSLATE_NOOP("Lessons", "Stochastic gradient descent"), QT_TRANSLATE_NOOP(
        "Lessons", "Every update uses one sample, drawn in a new random order each epoch. Updates are cheap and "
                   "many, but the loss curve is noisy because one sample's gradient only roughly points the "
                   "right way."),
        "g = ∂L_b/∂w,   B = 1", ("Batch",), "batch_size"),
    Lesson("mini_batch", "batch", QT_TRANSLATE_NOOP("Lessons", "Mini-batch gradient descent"), QT_TRANSLATE_NOOP(
        "Lessons", "The usual compromise: each update averages the gradient over a small batch (here 10 by default), "
                   "less noisy than one sample and far cheaper than all of them."),
        "g = (1/B) Σ_{b in batch} ∂L_b/∂w", ("Batch size", "Batch"), "batch_size"),
)

_SHAPED = (
    Lesson("cnn_kernels", "shaped", QT_TRANSLATE_NOOP("Lessons", "Convolution kernels"), QT_TRANSLATE_NOOP(
        "Lessons", "A convolution layer learns a few small k×k kernels instead of one weight per pixel. Each kernel "
                   "slides over the whole image and gives one feature map; the same few weights are reused at "
                   "every position, so an edge detector learned in one corner works everywhere."),
        "z[f, r, c] = Σ_ch Σ_u Σ_v K[f, ch, u, v] · x[ch, r·s + u, c·s + v] + b[f]",
        ("Convolution kernels", "Problem"), "cnn_edges"),
    Lesson("rnn_sharing", "shaped", QT_TRANSLATE_NOOP("Lessons", "Recurrent networks share their weights"),
           QT_TRANSLATE_NOOP(
        "Lessons", "A recurrent layer reads a sequence one step at a time and keeps a hidden state h. The same "
                   "matrices W_xh (input to hidden) and W_hh (hidden to hidden) are used at every time step, so "
                   "their gradient is a sum over all steps. Going back in time the gradient is multiplied by W_hh "
                   "again and again: it fades when W_hh's spectral radius is below 1 and can explode above."),
        "h_t = f(x_t·W_xh + h_{t−1}·W_hh + b);   ∂L/∂W_hh = Σ_t h_{t−1}ᵀ·δ_t",
        ("Through time", "Problem"), "rnn_memory"),
)

# Where a registry's lessons point and which scenario (if any) each entry demonstrates.
_SHOW = {"activation": ("Network diagram", "Output activation"), "initializer": ("Initialization",),
         "loss": ("Loss",), "optimizer": ("Optimizer",), "regularizer": ("Regularization",)}
_SCENARIOS = {("initializer", "zeros"): "zero_init", ("initializer", "xavier_uniform"): "init_too_large",
              ("initializer", "he_normal"): "relu_he_deep", ("activation", "relu"): "dead_relu",
              ("activation", "sigmoid"): "init_too_small", ("optimizer", "momentum"): "optimizers",
              ("optimizer", "adam"): "optimizers", ("regularizer", "none"): "overfitting",
              ("regularizer", "l2"): "overfitting", ("regularizer", "l1"): "l1_sparsity"}


def _registry_lessons(topic: str, texts: dict, titles: dict, formulas: dict) -> list[Lesson]:
    return [Lesson(f"{topic}:{key}", topic, titles[key], text, formulas[key], _SHOW[topic],
                   _SCENARIOS.get((topic, key), "")) for key, text in texts.items()]


def all_lessons() -> list[Lesson]:
    """Every lesson, in reading order."""
    acts = {k: f"{a.formula},   {a.derivative}" for k, a in ACTIVATIONS.items()}
    return [*_CONCEPTS,
            *_registry_lessons("activation", ACTIVATION_TEXTS, {k: a.label for k, a in ACTIVATIONS.items()}, acts),
            *_registry_lessons("initializer", INITIALIZER_TEXTS, INITIALIZER_LABELS, INITIALIZER_FORMULAS),
            *_registry_lessons("loss", LOSS_TEXTS, {k: l.label for k, l in LOSSES.items()},
                               {k: l.formula for k, l in LOSSES.items()}),
            *_BATCHES,
            *_registry_lessons("optimizer", OPTIMIZER_TEXTS, {k: o.label for k, o in OPTIMIZERS.items()},
                               {k: o.rule for k, o in OPTIMIZERS.items()}),
            *_registry_lessons("regularizer", REGULARIZER_TEXTS, {k: r.label for k, r in REGULARIZERS.items()},
                               {k: r.formula for k, r in REGULARIZERS.items()}),
            *_SHAPED]

