"""The shipped scenarios: one declarative table of settings and texts.

``scripts/make_scenarios.py`` writes each as a session file under ``resources/scenarios/``;
the tests in ``tests/engine/test_scenarios.py`` open those files and measure the effect each
text claims.  The texts are English originals marked for Qt's translation tools (context
``"Scenario"``): the window shows them through ``QCoreApplication.translate``.  No Qt here:
the marker below is the plain function lupdate looks for by name.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .engine import Config, LayerConfig
from .engine.scenario import Scenario
from .engine.session import EXTENSION

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "scenarios"
ALL_FEATURES = ["x1", "x2", "x1_sq", "x2_sq", "x1_x2", "sin_x1", "sin_x2"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark ``text`` for translation; the window translates it where it is shown."""
    return text


@dataclass(frozen=True)
class ShippedScenario:
    key: str  # the file's name without extension
    title: str
    summary: str  # one line, for lists
    steps: tuple  # what to watch, what to change, why it happens
    config: Config
    hidden: tuple = ()
    locked: tuple = ()

    @property
    def path(self) -> Path:
        return FOLDER / f"{self.key}{EXTENSION}"

    def scenario(self) -> Scenario:
        return Scenario(self.title, self.steps, frozenset(self.hidden), frozenset(self.locked), self.summary)


def _dense(units: int, activation: str, init: str = "xavier_uniform", scale: float = 1.0, layers: int = 1) -> list:
    return [LayerConfig(units, activation, init, scale) for _ in range(layers)]


SCENARIOS = (
    ShippedScenario(
        "zero_init", QT_TRANSLATE_NOOP("Scenario", "Zero initialization: symmetry never breaks"),
        QT_TRANSLATE_NOOP("Scenario", "Every weight starts at 0: the hidden neurons stay identical forever."),
        (QT_TRANSLATE_NOOP("Scenario", "What to watch: press Play and look at the weight heatmaps. Within a "
                                       "layer every column (one neuron's incoming weights) is the same colour as "
                                       "the others, and the neurons in the diagram all draw the same picture."),
         QT_TRANSLATE_NOOP("Scenario", "What to change: set Initialization to Xavier uniform and press Reset. "
                                       "The columns differ from the start, and within 600 updates the network "
                                       "classifies every XOR point correctly."),
         QT_TRANSLATE_NOOP("Scenario", "Why: neurons that start equal compute the same output and receive the "
                                       "same gradient, so every update keeps them equal. The network behaves "
                                       "as if each layer had one neuron. Random initial weights break this "
                                       "symmetry.")),
        Config(dataset="xor", n_samples=200, hidden=_dense(4, "sigmoid", "zeros", layers=2), output_init="zeros",
               learning_rate=1.0), hidden=("dtype",)),
    ShippedScenario(
        "init_too_large", QT_TRANSLATE_NOOP("Scenario", "Initial weights too large: saturated sigmoids"),
        QT_TRANSLATE_NOOP("Scenario", "Weights six times too large push sigmoid neurons into their flat ends."),
        (QT_TRANSLATE_NOOP("Scenario", "What to watch: before training, the hidden neurons' pictures are two "
                                       "flat colours with a hard edge between them, and the loss starts far "
                                       "above 0.69 (a coin toss): the network is confidently wrong."),
         QT_TRANSLATE_NOOP("Scenario", "What to change: set Init scale back to 1 (plain Xavier) and press "
                                       "Reset. The pictures become soft gradients and the starting loss is "
                                       "near 0.69."),
         QT_TRANSLATE_NOOP("Scenario", "Why: a large weighted sum z lands where the sigmoid is flat, at 0 or 1. "
                                       "Its slope σ'(z) is then nearly 0, and the chain rule multiplies every "
                                       "gradient through that neuron by it: a saturated neuron barely learns. "
                                       "Xavier scales the weights to the number of inputs so that z stays "
                                       "moderate.")),
        Config(dataset="circle", n_samples=200, hidden=_dense(8, "sigmoid", scale=6.0, layers=2),
               output_init_scale=6.0, learning_rate=0.3)),
    ShippedScenario(
        "init_too_small", QT_TRANSLATE_NOOP("Scenario", "Initial weights too small: vanishing gradients"),
        QT_TRANSLATE_NOOP("Scenario", "Tiny initial weights: the first layer's gradient all but vanishes."),
        (QT_TRANSLATE_NOOP("Scenario", "What to watch: press Play. The loss stays at about 0.69 for a long "
                                       "time, and the Gradients view shows the first layer's gradient hundreds "
                                       "of times smaller than the last layer's."),
         QT_TRANSLATE_NOOP("Scenario", "What to change: set Init scale to 1 (plain Xavier) and press Reset, "
                                       "then Play: within a thousand updates the loss falls below 0.2."),
         QT_TRANSLATE_NOOP("Scenario", "Why: backpropagation multiplies the gradient by each layer's weights on "
                                       "its way back. With weights near 0 every layer shrinks it, so the first "
                                       "layers hardly move. Xavier keeps the signal's size about the same from "
                                       "layer to layer.")),
        Config(dataset="circle", n_samples=200, hidden=_dense(8, "sigmoid", scale=0.1, layers=2),
               output_init_scale=0.1, learning_rate=0.3)),
    ShippedScenario(
        "relu_he_deep", QT_TRANSLATE_NOOP("Scenario", "ReLU with He initialization on a deep network"),
        QT_TRANSLATE_NOOP("Scenario", "Six ReLU layers keep their signal with He initialization, lose it with "
                                      "Xavier."),
        (QT_TRANSLATE_NOOP("Scenario", "What to watch: the six hidden layers all show clear pictures, and "
                                       "training brings the loss down quickly."),
         QT_TRANSLATE_NOOP("Scenario", "What to change: set Initialization to Xavier normal and press Reset. "
                                       "Each layer's outputs are smaller than the one before, the last layers' "
                                       "pictures fade, and training starts more slowly."),
         QT_TRANSLATE_NOOP("Scenario", "Why: ReLU sets half of its inputs to zero, which halves the signal's "
                                       "variance at every layer. He initialization draws weights with variance "
                                       "2/n_in instead of Xavier's 2/(n_in + n_out), which makes up for that "
                                       "half.")),
        Config(dataset="circle", n_samples=200, hidden=_dense(16, "relu", "he_normal", layers=6),
               output_init="he_normal", learning_rate=0.01)),
    ShippedScenario(
        "dead_relu", QT_TRANSLATE_NOOP("Scenario", "Dead ReLUs after a too-large step"),
        QT_TRANSLATE_NOOP("Scenario", "A learning rate of 3 kills ReLU neurons; they never come back."),
        (QT_TRANSLATE_NOOP("Scenario", "What to watch: step 20 times (→). Several hidden neurons turn into a "
                                       "flat picture: they output 0 for every point."),
         QT_TRANSLATE_NOOP("Scenario", "What to change: set the learning rate to 0.01 and play on. The dead "
                                       "neurons stay dead; press Reset to start again with the small rate, and "
                                       "they live."),
         QT_TRANSLATE_NOOP("Scenario", "Why: a huge update pushes a neuron's bias and weights so that z < 0 for "
                                       "every input. ReLU's slope there is 0, so no gradient ever reaches those "
                                       "weights again. Leaky ReLU keeps a small slope for z < 0.")),
        Config(dataset="circle", n_samples=200, hidden=_dense(8, "relu", "he_normal", layers=2), learning_rate=3.0)),
    ShippedScenario(
        "learning_rate_too_high", QT_TRANSLATE_NOOP("Scenario", "Learning rate too high: divergence"),
        QT_TRANSLATE_NOOP("Scenario", "At rate 3 the loss explodes; the guard stops training and offers to go "
                                      "back."),
        (QT_TRANSLATE_NOOP("Scenario", "What to watch: press Play. Within about 50 updates the loss shoots "
                                       "up, the weights grow huge, and training pauses with a message."),
         QT_TRANSLATE_NOOP("Scenario", "What to change: set the learning rate to 0.01, then press "
                                       "\"Go back to update …\" in the message: the weights return to the "
                                       "last healthy checkpoint and training continues calmly."),
         QT_TRANSLATE_NOOP("Scenario", "Why: each update moves the weights by the rate times the gradient. When "
                                       "that step is larger than the valley it should go down into, it lands "
                                       "higher on the other side, where the gradient is larger still: every "
                                       "step overshoots more.")),
        Config(dataset="reg_plane", n_samples=200, loss="mse", hidden=_dense(4, "relu", "he_normal", layers=2),
               learning_rate=3.0)),
    ShippedScenario(
        "learning_rate_too_low", QT_TRANSLATE_NOOP("Scenario", "Learning rate too low: crawling"),
        QT_TRANSLATE_NOOP("Scenario", "At rate 0.00001 hundreds of updates change almost nothing."),
        (QT_TRANSLATE_NOOP("Scenario", "What to watch: press Play. The loss curve is flat and the weight "
                                       "heatmap does not change colour."),
         QT_TRANSLATE_NOOP("Scenario", "What to change: set the learning rate to 0.03 while it plays. The loss "
                                       "starts falling at once: the weights and the optimizer keep their "
                                       "state."),
         QT_TRANSLATE_NOOP("Scenario", "Why: the update is the rate times the gradient. The gradient points the "
                                       "right way, but a tiny rate makes each step so short that training would "
                                       "need millions of updates.")),
        Config(dataset="circle", n_samples=200, learning_rate=0.00001)),
    ShippedScenario(
        "batch_size", QT_TRANSLATE_NOOP("Scenario", "Full batch, one sample, mini-batch"),
        QT_TRANSLATE_NOOP("Scenario", "One sample per update gives a noisy loss; the full batch a smooth one."),
        (QT_TRANSLATE_NOOP("Scenario", "What to watch: press Play. Each update uses one sample (SGD): the loss "
                                       "curve zigzags, and often goes up."),
         QT_TRANSLATE_NOOP("Scenario", "What to change: choose Batch: Full batch and press Reset: the curve "
                                       "falls smoothly, never up. Then choose Mini-batch of 10: a little noise, "
                                       "while each update reads only 10 samples instead of all 100."),
         QT_TRANSLATE_NOOP("Scenario", "Why: the gradient of one sample is a noisy estimate of the gradient of "
                                       "the whole training set; averaging over a batch reduces the noise. The "
                                       "full batch follows the true gradient, at the cost of reading every "
                                       "sample for each update.")),
        Config(dataset="circle", n_samples=200, batch_size=1)),
    ShippedScenario(
        "optimizers", QT_TRANSLATE_NOOP("Scenario", "Momentum and Adam against plain SGD"),
        QT_TRANSLATE_NOOP("Scenario", "Same data, same initial weights: momentum and Adam learn the spiral far "
                                      "faster."),
        (QT_TRANSLATE_NOOP("Scenario", "What to watch: press Play with plain SGD and note the loss after 300 "
                                       "updates (the toolbar shows the update count)."),
         QT_TRANSLATE_NOOP("Scenario", "What to change: choose Momentum, press Reset (same seed: the same "
                                       "initial weights) and play 300 updates; then Adam. Compare the three "
                                       "losses."),
         QT_TRANSLATE_NOOP("Scenario", "Why: momentum adds up past gradients, so it speeds along directions "
                                       "that stay the same and damps zigzags. Adam also divides each weight's "
                                       "step by a running size of its gradient, so weights with small "
                                       "gradients still move.")),
        Config(dataset="spiral", n_samples=200, features=["x1", "x2", "sin_x1", "sin_x2"],
               hidden=_dense(8, "tanh", layers=2), learning_rate=0.03), locked=("learning_rate", "seed")),
    ShippedScenario(
        "overfitting", QT_TRANSLATE_NOOP("Scenario", "Overfitting, and L2 against it"),
        QT_TRANSLATE_NOOP("Scenario", "A large network memorizes 30 noisy points; L2 makes it generalize."),
        (QT_TRANSLATE_NOOP("Scenario", "What to watch: press Play. The training loss goes to almost 0 while the "
                                       "test loss climbs above 1, and the output bends around single noisy "
                                       "points (the test points show how badly that generalizes)."),
         QT_TRANSLATE_NOOP("Scenario", "What to change: choose Regularization L2 with rate 0.01 and press Reset. "
                                       "The boundary becomes smoother, the weights stay a few times smaller, "
                                       "and the test loss ends far lower."),
         QT_TRANSLATE_NOOP("Scenario", "Why: with many more weights than points, the network can fit the noise "
                                       "too. L2 adds λ/2·Σw² to the loss, so each update also shrinks every "
                                       "weight a little: only weights that help on many points stay large.")),
        Config(dataset="circle", n_samples=60, noise=0.5, features=ALL_FEATURES, hidden=_dense(16, "tanh", layers=2),
               optimizer="adam", learning_rate=0.03)),
    ShippedScenario(
        "l1_sparsity", QT_TRANSLATE_NOOP("Scenario", "L1 drives weights to exactly zero"),
        QT_TRANSLATE_NOOP("Scenario", "With L1, many weights become exactly 0: the heatmap shows them as 0.00."),
        (QT_TRANSLATE_NOOP("Scenario", "What to watch: press Play and look at the first weight matrix. One "
                                       "cell after the other turns pale and reads 0.00 (exactly 0), least of "
                                       "all in the rows of X₁² and X₂², the inputs a circle needs. A weight of "
                                       "0 draws no link in the diagram."),
         QT_TRANSLATE_NOOP("Scenario", "What to change: choose L2 instead and press Reset: weights shrink but "
                                       "none reaches 0. Back on L1, raise the rate to 0.1 and Reset: the "
                                       "training loss ends about three times higher, as the penalty now "
                                       "fights the fit."),
         QT_TRANSLATE_NOOP("Scenario", "Why: L1 adds λ·Σ|w|, whose gradient λ·sign(w) pulls every weight toward "
                                       "0 by the same amount, however small it is. A weight whose data gradient "
                                       "is weaker than λ ends at 0 (when an update would carry it across 0, it "
                                       "stops there). L2's pull, λ·w, fades as w shrinks.")),
        Config(dataset="circle", n_samples=200, features=ALL_FEATURES, hidden=_dense(8, "tanh"),
               regularizer="l1", regularization_rate=0.03)),
    ShippedScenario(
        "weight_matrix_3x2", QT_TRANSLATE_NOOP("Scenario", "Three inputs, two neurons: a 3×2 weight matrix"),
        QT_TRANSLATE_NOOP("Scenario", "Three inputs feed two neurons: the first weight matrix is exactly 3×2."),
        (QT_TRANSLATE_NOOP("Scenario", "What to watch: the first heatmap has 3 rows, one per input (X₁², X₂², "
                                       "X₁X₂), and 2 columns, one per neuron. Hover a cell: w[i→j] is the "
                                       "weight from input i to neuron j."),
         QT_TRANSLATE_NOOP("Scenario", "What to change: click a neuron in the diagram to see z = Σ wᵢxᵢ + b "
                                       "with today's numbers. Add a third neuron: the matrix becomes 3×3; "
                                       "untick an input: 2×2."),
         QT_TRANSLATE_NOOP("Scenario", "Why: a layer computes z = x·W + b for a row x of n_in inputs, so W "
                                       "needs one row per input and one column per neuron: n_in × n_out. "
                                       "Column j holds everything neuron j listens to.")),
        Config(dataset="circle", n_samples=200, features=["x1_sq", "x2_sq", "x1_x2"], hidden=_dense(2, "tanh")),
        locked=("features",)),
    ShippedScenario(
        "cnn_edges", QT_TRANSLATE_NOOP("Scenario", "A CNN learns edge detectors on bars"),
        QT_TRANSLATE_NOOP("Scenario", "On horizontal and vertical bars, 3×3 kernels become oriented edge "
                                      "detectors."),
        (QT_TRANSLATE_NOOP("Scenario", "What to watch: press Play and look at the Kernels view. The random 3×3 "
                                       "kernels turn into stripes: rows or columns of one sign beside rows or "
                                       "columns of the other."),
         QT_TRANSLATE_NOOP("Scenario", "What to change: open Feature maps and pick images of both kinds: most "
                                       "kernels light up at least twice as strongly on one bar direction as "
                                       "on the other."),
         QT_TRANSLATE_NOOP("Scenario", "Why: the same 9 weights slide over every position of the image, so a "
                                       "kernel learns one local pattern wherever it occurs. Telling a "
                                       "horizontal bar from a vertical one needs exactly one thing: the "
                                       "direction of its edges.")),
        Config(dataset="bars", n_samples=200, noise=0.1, hidden=[LayerConfig.conv(4, kernel=3), LayerConfig.pool(2)],
               optimizer="adam", learning_rate=0.01, batch_size=16)),
    ShippedScenario(
        "rnn_memory", QT_TRANSLATE_NOOP("Scenario", "An RNN's memory and the vanishing gradient through time"),
        QT_TRANSLATE_NOOP("Scenario", "Repeating the bit from 2 steps back is easy; from 12 steps back much "
                                      "harder."),
        (QT_TRANSLATE_NOOP("Scenario", "What to watch: open Through time. The gradient ‖∂L/∂h_t‖ is largest at "
                                       "the last step and fades quickly going back in time. Press Play: the "
                                       "echo of the bit 2 steps back is learned within 300 updates."),
         QT_TRANSLATE_NOOP("Scenario", "What to change: set the echo delay to 12 and play 300 updates: the "
                                       "accuracy stays lower, because the answer lies 12 steps back, where "
                                       "little gradient arrives."),
         QT_TRANSLATE_NOOP("Scenario", "Why: going back one step multiplies the gradient by W_hh and by the "
                                       "tanh slope; when those shrink it, the factors compound, so the "
                                       "gradient from far-back steps vanishes and the network learns to "
                                       "remember them only slowly.")),
        Config(dataset="echo", n_samples=300, sequence_length=16, delay=2, loss="cross_entropy",
               hidden=[LayerConfig.rnn(8)], optimizer="adam", learning_rate=0.01, clip_norm=1.0, batch_size=16)),
)


def session_path(name: str) -> str:
    """``name`` itself, or the file of the shipped scenario called ``name`` when no such
    file exists (so ``main.py --open zero_init`` works from any folder)."""
    keys = {s.key: s for s in SCENARIOS}
    return str(keys[name].path) if name in keys and not Path(name).exists() else name


def is_shipped(path: str) -> bool:
    """True for a file of the shipped scenarios' folder (opened as a template, never overwritten)."""
    return Path(path).resolve().parent == FOLDER


def shipped(key: str) -> ShippedScenario:
    """The shipped scenario called ``key`` (KeyError when there is none)."""
    return {s.key: s for s in SCENARIOS}[key]
