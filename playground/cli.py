"""Headless commands: train a configuration or a saved session, and describe a session.

Errors are one line on stderr and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import argparse
import sys
import time

from .blas_threads import limit_before_numpy

limit_before_numpy()  # before the engine imports NumPy: one BLAS thread (see blas_threads)

from .engine import Config, DivergenceError, EngineError, Experiment, LayerConfig, default_loss
from .engine.blowup import CHECKPOINT_EVERY, BlowUpGuard
from .engine.session import load_session, save_session
from .engine.activations import HIDDEN_ACTIVATIONS
from .engine.datasets import DATASETS, FEATURES
from .engine.image_sequence_data import SHAPED_DATASETS
from .engine.initializers import INITIALIZERS
from .engine.layer_text import SYNTAX, parse_layers
from .engine.optimizers import OPTIMIZERS
from .engine.regularizers import REGULARIZERS


class _Given(argparse.Action):
    """Stores the value and notes that the option was given (``args.given``), so a saved
    session can tell an override from a default."""

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)
        namespace.given = getattr(namespace, "given", frozenset()) | {self.dest}


# Options that change a saved session's settings without rebuilding it → Config field.
SESSION_OVERRIDES = {"lr": "learning_rate", "batch_size": "batch_size", "reg_rate": "regularization_rate",
                     "clip": "clip_norm"}
RUN_OPTIONS = ("save", "updates", "report_every")  # about this run, not the network


def add_train_arguments(parser: argparse.ArgumentParser) -> None:
    d = Config()
    parser.set_defaults(given=frozenset())
    parser.add_argument("session", nargs="?", metavar="SESSION",
                        help="continue this saved session (.nnplay); of the options below, only --lr, --batch-size, "
                        "--reg-rate and --clip apply to it")
    _add_options(lambda *names, **kw: parser.add_argument(*names, action=_Given, **kw), d)


def _add_options(option, d: Config) -> None:
    option("--save", metavar="OUT", help="save the trained session to OUT (.nnplay)")
    option("--dataset", default=d.dataset, choices=[*DATASETS, *SHAPED_DATASETS])
    option("--samples", type=int, default=d.n_samples)
    option("--noise", type=float, default=d.noise, help="0 to 0.5 (default %(default)s)")
    option("--features", default=",".join(d.features), help=f"comma-separated, from {', '.join(FEATURES)}")
    option("--sequence-length", type=int, default=d.sequence_length, help="time steps (sine, echo, adding)")
    option("--frequency", type=float, default=d.frequency, help="cycles per step (sine)")
    option("--delay", type=int, default=d.delay, help="how many steps back the echo looks")
    option("--layers", default="4,2",
                        help=f"hidden layers, comma-separated, e.g. 8,8 or conv8,maxpool2 or rnn16: {SYNTAX}")
    option("--activation", default=None, choices=HIDDEN_ACTIVATIONS,
                        help="of every hidden layer (default: tanh; ReLU for convolutions)")
    option("--init", default=None, choices=list(INITIALIZERS),
                        help="of every layer (default: Xavier; He for convolutions)")
    option("--init-scale", type=float, default=1.0)
    option("--bptt", type=int, default=0, help="truncate backpropagation through time (0 = all steps)")
    option("--clip", type=float, default=0.0, help="clip the gradient's global norm (0 = off)")
    option("--loss", default=None, choices=["mse", "cross_entropy"], help="default: by task")
    option("--optimizer", default=d.optimizer, choices=list(OPTIMIZERS))
    option("--lr", type=float, default=d.learning_rate, help="learning rate")
    option("--batch-size", type=int, default=d.batch_size, help="0 = full batch, 1 = SGD")
    option("--regularizer", default="none", choices=list(REGULARIZERS))
    option("--reg-rate", type=float, default=0.0)
    option("--seed", type=int, default=d.seed)
    option("--updates", type=int, default=1000, help="number of updates (default %(default)s)")
    option("--report-every", type=int, default=0, help="progress line every N updates (default: 10 lines)")


def config_from_args(args) -> Config:
    hidden = parse_layers(args.layers, args.activation, args.init, args.init_scale, args.bptt)
    task = {**DATASETS, **SHAPED_DATASETS}[args.dataset].task
    loss = args.loss or default_loss(task)
    return Config(dataset=args.dataset, n_samples=args.samples, noise=args.noise,
                  features=[f.strip() for f in args.features.split(",") if f.strip()],
                  sequence_length=args.sequence_length, frequency=args.frequency, delay=args.delay,
                  hidden=hidden, output_init=args.init or Config.output_init, output_init_scale=args.init_scale,
                  loss=loss, optimizer=args.optimizer, learning_rate=args.lr, batch_size=args.batch_size,
                  regularizer=args.regularizer, regularization_rate=args.reg_rate, clip_norm=args.clip,
                  seed=args.seed)


def _number(value: float) -> str:
    """Five decimals, or scientific notation once a diverging loss grows huge."""
    return f"{value:.5f}" if abs(value) < 1e6 else f"{value:.3e}"


def format_metrics(m: dict) -> str:
    text = (f"update {m['step']:>8,}  epoch {m['epoch']:>6,}  train loss {_number(m['train_loss'])}  "
            f"test loss {_number(m['test_loss'])}")
    if m["train_accuracy"] == m["train_accuracy"]:  # not NaN: classification
        text += f"  train acc {m['train_accuracy']:.1%}  test acc {m['test_accuracy']:.1%}"
    return text


def run_train(args) -> int:
    try:
        if args.updates < 0:
            raise EngineError("--updates must be 0 or more")
        experiment = _saved_with_overrides(args) if args.session else Experiment(config_from_args(args))
    except EngineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    status = train(experiment, args.updates, args.report_every)
    if args.save:
        try:
            save_session(args.save, experiment)
        except EngineError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"saved {args.save}")
    return status


def _saved_with_overrides(args) -> Experiment:
    """The saved session, with the options that can change it applied (and said so); an
    option that would need a new network is refused rather than silently ignored."""
    given = set(getattr(args, "given", ())) - set(RUN_OPTIONS)
    refused = sorted(given - set(SESSION_OVERRIDES))
    if refused:
        names = ", ".join("--" + name.replace("_", "-") for name in refused)
        raise EngineError(f"{names} cannot change a saved session (its network is already built); only "
                          "--lr, --batch-size, --reg-rate and --clip can")
    experiment = load_session(args.session).experiment()
    values = {SESSION_OVERRIDES[name]: getattr(args, name) for name in sorted(given)}
    if values:
        experiment.set_hyperparameters(**values)
        print("overriding the saved session: " + ", ".join(f"{k.replace('_', ' ')} {v:g}" for k, v in values.items()))
    return experiment


def run_info(args) -> int:
    try:
        session = load_session(args.session)
        experiment = session.experiment()
    except EngineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    c, m, net, t = session.config, session.manifest, experiment.network, experiment.trainer
    inputs = ", ".join(c.features) if c.data_kind == "plane" else ", ".join(experiment.data.feature_names)
    print(f"session:    {args.session} (format {m.get('format_version')}, saved by {m.get('app_version')}, "
          f"modified {m.get('modified')})")
    print(f"data:       {c.dataset}, {len(experiment.data.x)} samples ({len(experiment.train_data.x)} train), "
          f"{experiment.data.task}, inputs {inputs} ({_shape(net.input_shape)} per sample)")
    print(f"network:    {' → '.join(_layer_text(layer) for layer in net.layers)}, {net.theta.size:,} parameters")
    print(f"training:   {c.loss} loss, {c.optimizer} lr {c.learning_rate:g}, batch {c.batch_size or 'full'}, "
          f"{c.regularizer} regularization {c.regularization_rate:g}")
    print("state:      " + format_metrics(t.evaluate(record=False)))
    if session.warning():
        print(f"warning:    {session.warning()}")
    return 0


def run_export(args) -> int:
    from .engine.exports import FORMATS, export_experiment
    if args.format not in FORMATS:
        print(f"error: --format must be one of {', '.join(FORMATS)}, not {args.format!r}", file=sys.stderr)
        return 2
    try:
        written = export_experiment(load_session(args.session).experiment(), args.format, args.out)
    except EngineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"wrote {written}")
    return 0


def _shape(shape: tuple) -> str:
    return "×".join(map(str, shape))


def _layer_text(layer) -> str:
    """e.g. "dense 5 tanh", "conv2d 4@3×3 relu → 4×6×6", "maxpool2d 2 → 4×3×3"."""
    settings = layer.config()
    size = settings.get("units", settings.get("filters", settings.get("size", "")))
    if "kernel" in settings:
        size = f"{size}@{settings['kernel']}×{settings['kernel']}"
    activation = f" {layer.activation_name}" if "units" in settings or "filters" in settings else ""
    shape = f" → {_shape(layer.output_shape)}" if len(layer.output_shape) > 1 else ""
    return f"{layer.kind} {size}{activation}{shape}".replace("  ", " ").strip()


def train(experiment: Experiment, updates: int, report_every: int = 0) -> int:
    """Train ``updates`` updates with progress lines; 0 on success, 3 on divergence."""
    every = report_every or max(updates // 10, 1)
    trainer, start = experiment.trainer, time.perf_counter()
    print(format_metrics(trainer.evaluate(record=False)))
    guard = BlowUpGuard(experiment)
    try:
        for done in range(1, updates + 1):
            trainer.step()
            if done % CHECKPOINT_EVERY == 0:
                guard.check()  # finite but exploding: stop rather than run on at chance
            if done % every == 0 or done == updates:
                print(format_metrics(trainer.evaluate()), flush=True)
    except DivergenceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    elapsed = time.perf_counter() - start
    print(f"done: {updates:,} updates in {elapsed:.2f} s ({updates / max(elapsed, 1e-9):,.0f} updates/s)")
    return 0
