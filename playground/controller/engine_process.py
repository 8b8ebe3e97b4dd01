"""The training engine's own process: runs an :class:`Experiment` flat out or step by step.

Why a process and not a thread: a small network's update is dozens of tiny NumPy calls, all
holding Python's GIL.  A training thread starved the GUI thread (measured: 5 frames/s and
700 ms stalls with all views open); in its own process the engine has its own interpreter
and the GUI keeps its own.  This module imports no Qt.

It is the one owner of a run: it builds and validates every configuration, opens session
files, and answers each request that changes the run with what now runs, so the GUI only
mirrors what this process confirmed.

Protocol (tuples through two one-way pipes): commands ``(name, argument)`` in (among them
``("views", names)``: which views are visible, so snapshots carry only what they show); events out:
``("built", request, generation, RunInfo)`` after a build, an open, or a move on the timeline
(``("seek", (request, update))``, ``("continue", (request,))``, ``("switch", (request,))``), ``("changed", request,
Config)`` after a live change, ``("refused", request, EngineError)`` when a request was
refused (the run is then unchanged), ``("snapshot", generation, Snapshot)``,
``("inspected", request, Inspection)`` (answer to ``("inspect", (request, InspectTarget))``: one
parameter's next update, for the math inspector), ``("playing", bool)``, ``("diverged",
DivergenceError)``, ``("failed", EngineError)``, ``("saved", path, SessionError or None)``,
``("replay_progress", request, fraction)`` while a move on the timeline replays updates (it goes on
between commands, and ``"replay_cancel"`` puts the run back where it was: the move is then refused
with ``replay_cancelled``), ``("landscape_progress", request, fraction)`` and ``("landscape", request, Landscape or None)``
(None: cancelled by a new run, an edit, or ``"landscape_cancel"``) for a ``("landscape",
(request, resolution, extent, directions[, options]))`` computed between training chunks
(options: ``paths`` of compared runs for one shared plane, a time ``budget``), ``("path",
request, array)`` (answer to ``("path", (request,))``: the weights recorded along training),
``("blas", {"variables", "pools"})`` (the BLAS
thread limit in force here, asked with ``"blas"``): errors travel as objects with a code and values, for
the GUI to word.  Snapshots are "latest only": a new one is sent after the GUI
acknowledged the previous one (command ``"ack"``) and at most ``max_fps`` times a second,
so the GUI's queue can never fill up.  The pipes carry pickles between our own two
processes only; files on disk never do.
"""
from __future__ import annotations

import time
from multiprocessing.connection import Connection

from ..blas_threads import blas_threads_in_force
from ..engine import DivergenceError, EngineError, Experiment, SessionError
from ..engine.blowup import BlowUpGuard
from ..engine.experiment import THUMBNAIL_GRID_SIDE
from ..engine.landscape import LandscapeJob, PathRecorder
from ..engine.inspection import inspect
from ..engine.run_info import RunInfo
from ..engine.timeline import Replay, Timeline
from ..engine.session import load_session, save_session

# What a snapshot can carry beyond parameters and history, by the view that shows it: the
# plane grid (Output view, the diagram's neuron thumbnails), one sample's activations (the
# diagram following a sample) and the test set's confusion matrix (the Predictions view).  The GUI says which are visible (command "views"): the grid of a
# 12×512 net is most of a snapshot's cost, so nobody pays for it when nothing shows it.
GRID_VIEWS = frozenset({"output", "thumbnails"})
SHOWN_BY_DEFAULT = frozenset({"output", "thumbnails", "activations"})
# While playing, the grid is recomputed only after GRID_TIME_FACTOR times what the last one took
# (other snapshots keep it, without sending it again): a 12×64 grid costs ~50 ms, which every
# 25 ms left no time to train; at 9× the grid takes at most a tenth of the engine's time.
GRID_TIME_FACTOR = 9.0
# While playing, making and sending the other snapshots takes at most this share of the
# engine's time: a big network's snapshot (5-10 ms at 12×64) then comes less often, instead
# of halving the training speed; a small one's still comes at max_fps.
PUBLISH_SHARE = 0.15
# While playing, the losses (two passes over the data) are evaluated again only after
# EVALUATION_TIME_FACTOR times what the last evaluation took: at most a twentieth of the
# engine's time (a small net's still every snapshot; a CNN's about ten times a second).
EVALUATION_TIME_FACTOR = 20.0
# The blow-up guard's loss probe and checkpoint take at most this share of the engine's time
# (every 50 updates they were a tenth of a 12×64 net's training, 3 % of a small one's).
GUARD_SHARE = 0.01
CHUNK_SECONDS = 0.005  # commands (and the GUI's acknowledgement) wait at most one chunk
LANDSCAPE_SECONDS = 0.05  # a loss landscape is computed in pieces this long, between chunks
REPLAY_SECONDS = 0.05  # a long move back on the timeline replays in pieces this long, between commands
# Commands that leave the run alone: they do not wait for a replay under way to finish.
BESIDE_A_REPLAY = frozenset({"ack", "views", "sample", "grid_size", "speed", "blas", "stop", "replay_cancel"})


def internal_error(exc: Exception) -> EngineError:
    """An unexpected exception as an error the GUI can show (the loop itself goes on)."""
    return EngineError(code="internal_error", kind=type(exc).__name__, detail=str(exc))


class EngineLoop:
    def __init__(self, commands: Connection, events: Connection, max_fps: float = 30.0):
        self.commands, self.events = commands, events
        self.min_interval = self.interval = 1.0 / max_fps  # the shortest, and the current, time between snapshots
        self.experiment: Experiment | None = None
        self.generation = 0
        self.grid_size = 0
        self.sample: int | None = None  # training sample whose activations snapshots carry
        self.shown = SHOWN_BY_DEFAULT  # views visible in the GUI (see GRID_VIEWS)
        self.speed = 0.0  # updates per second; 0 = as fast as possible
        self.playing = self.running = False
        self.gui_ready = True
        self.dirty = self.full_history = True
        self.last_publish = self.next_grid = self.next_evaluation = 0.0
        self._sent_grid = None  # the last grid sent: a snapshot that keeps it does not send it again
        self.train_seconds = 0.0  # spent training since the last snapshot (it tells the GUI)
        self._handlers = {
            "step": self._step, "epoch": self._epoch, "play": self._play, "pause": self._pause,
            "set": self._set, "speed": self._set_speed, "build": self._build, "open": self._open, "ack": self._ack,
            "edit_weight": self._edit_weight, "grid_size": self._set_grid_size, "stop": self._stop,
            "save": self._save, "sample": self._set_sample, "blas": self._report_blas,
            "views": self._set_views, "rewind": self._rewind, "inspect": self._inspect,
            "landscape": self._start_landscape, "landscape_cancel": self._cancel_landscape,
            "path": self._send_path,
            "seek": self._seek, "continue": self._continue, "switch": self._switch,
            "replay_cancel": self._cancel_replay,
        }
        self.landscape: tuple[int, LandscapeJob] | None = None  # (request, job) being computed
        self.path: PathRecorder | None = None  # the weights along training, for the landscape
        self.guard: BlowUpGuard | None = None
        self.timeline: Timeline | None = None
        self.replay: tuple[int, Replay] | None = None  # (request, job) of a move on the timeline under way

    def run(self) -> None:
        self.running = True
        while self.running:
            if self.commands.poll(self._wait_time()):
                try:
                    name, argument = self.commands.recv()
                except EOFError:  # the GUI process is gone
                    return
                self._handle(name, argument)
                continue  # drain queued commands before training on
            if self.replay is not None:
                self._advance_replay()
                continue  # no snapshots of the updates on the way
            if self.playing:
                self._train(self._chunk)
            self._advance_landscape()
            self._maybe_publish()

    def _wait_time(self) -> float | None:
        """How long to block for a command: not at all while playing, until the next
        publishing slot when a snapshot is due, else until a command comes."""
        if self.playing or self.landscape is not None or self.replay is not None:
            return 0
        if self.dirty and self.gui_ready:
            return max(self.last_publish + self.min_interval - time.perf_counter(), 0)
        return None

    def _handle(self, name: str, argument) -> None:
        try:
            if self.replay is not None and name in ("build", "open"):
                self._cancel_replay(None)  # the run is replaced anyway
            elif self.replay is not None and name not in BESIDE_A_REPLAY:
                self._finish_replay()  # the run must be where the move goes before it changes again
            if name not in BESIDE_A_REPLAY:  # it may change the run: the next snapshot shows it in full
                self.next_evaluation = self.next_grid = 0.0
            self._handlers[name](argument)
        except EngineError as exc:
            self.events.send(("failed", exc))
        except Exception as exc:  # keep the engine alive; the GUI shows the message
            self.events.send(("failed", internal_error(exc)))

    # -- commands ------------------------------------------------------------------------
    def _train(self, run) -> None:
        self._continue_here()
        started = time.perf_counter()
        try:
            run()
            self._record_path()
            self.timeline.trained()
            self.guard.check()
        except DivergenceError as exc:
            self._pause(None)
            self.events.send(("diverged", exc))
        self.dirty = True
        self.train_seconds += time.perf_counter() - started

    def _step(self, count) -> None:
        trainer = self.experiment.trainer
        self._train(lambda: [(trainer.step(), self._record_path()) for _ in range(int(count or 1))])

    def _epoch(self, _) -> None:
        self._train(self.experiment.trainer.run_epoch)

    def _play(self, _) -> None:
        if not self.playing:
            self.playing = True
            self._play_started, self._played = time.perf_counter(), 0
            self.events.send(("playing", True))

    def _pause(self, _) -> None:
        if self.playing:
            self.playing = False
            self.dirty = True  # one more snapshot, with a fresh grid for the paused weights
            self.events.send(("playing", False))

    def _set(self, argument) -> None:
        """A live change (learning rate, optimizer…): weights and counters stay."""
        request, values = argument
        try:
            self._continue_here()
            self.timeline.change("set_hyperparameters", **values)  # after a look back: continues from there
        except EngineError as exc:
            self.events.send(("refused", request, exc))
            return
        except Exception as exc:  # no run yet, or a bug: every request gets an answer
            self.events.send(("refused", request, internal_error(exc)))
            return
        self.dirty = True
        self._cancel_landscape(None)  # its loss was measured under the old settings
        self.events.send(("changed", request, self.experiment.config.copy()))

    def _set_speed(self, speed) -> None:
        self.speed = float(speed)
        self._play_started, self._played = time.perf_counter(), 0

    def _set_grid_size(self, size) -> None:
        self.grid_size, self.dirty = int(size), True

    def _set_views(self, names) -> None:
        """The views now visible; a view that appears gets a snapshot with its data at once."""
        shown = frozenset(names)
        self.dirty = self.dirty or bool(shown - self.shown)
        self.shown = shown

    def _set_sample(self, index) -> None:
        self.sample, self.dirty = (None if index is None else int(index)), True

    def _build(self, argument) -> None:
        """A new run from settings (an edit, a reset, New).  ``data`` is given data (a CSV's,
        painted points), or None: generate it, or keep the running data when the settings still use it."""
        request, config, data = argument
        if data is None and config.given_data and self.experiment is not None:
            data = self.experiment.data if self.experiment.config.dataset == config.dataset else None
        self._swap(request, lambda: Experiment(config, data))

    def _open(self, argument) -> None:
        """A session file: read, check and build it here, so the GUI never does."""
        request, path, allow_shaped = argument

        def build():
            session = load_session(path, dense_only=not allow_shaped)
            experiment = session.experiment()
            timeline, dropped = session.timeline(experiment)
            return experiment, {"views": session.views, "created": session.manifest.get("created"),
                                "warning": session.warning(), "scenario": session.scenario,
                                "timeline_dropped": dropped}, timeline
        self._swap(request, build)

    def _swap(self, request, build) -> None:
        """Run ``build``; on success the new experiment replaces the old and the GUI hears
        what runs now, else it hears why and the old run goes on untouched."""
        try:
            built = build()
        except EngineError as exc:
            self.events.send(("refused", request, exc))
            return
        except Exception as exc:  # MemoryError or a bug: still an answer, and the old run goes on
            self.events.send(("refused", request, internal_error(exc)))
            return
        experiment, session, timeline = built if isinstance(built, tuple) else (built, None, None)
        self._pause(None)
        self._cancel_landscape(None)
        self.experiment, self.generation = experiment, self.generation + 1
        self.path = PathRecorder(experiment.network.theta.size)
        self._record_path()  # the start: where compared runs' paths meet
        self.guard = BlowUpGuard(experiment, share=GUARD_SHARE)
        self.timeline = timeline or Timeline(experiment)
        self._announce(request, session)

    def _announce(self, request, session=None) -> None:
        """Tell the GUI a (new, rewound or branched) run is in place: views start afresh."""
        self.dirty = self.full_history = self.gui_ready = True
        info = RunInfo.of(self.experiment, session, self.timeline.info())
        self.events.send(("built", request, self.generation, info))

    def _moved(self, request) -> None:
        """The run moved on its timeline: a new generation, so views drop what they showed
        (and a landscape of the weights it left is no longer wanted)."""
        self._cancel_landscape(None)
        self.guard.forget_after(self.experiment.trainer.step_count)
        self.generation += 1
        self._announce(request)

    def _rewind(self, argument) -> None:
        """Go back to the last healthy checkpoint (after a blow-up) with today's settings;
        what came after it stays as the other branch."""
        (request,) = argument
        if self.guard is None or self.guard.checkpoint is None:
            self.events.send(("refused", request, EngineError(code="no_checkpoint")))
            return
        self._pause(None)
        self._start_replay(request, self.timeline.replay(self.guard.checkpoint_step, keep_settings=True))

    def _seek(self, argument) -> None:
        """Show the run as it was after an update (the latest state waits: dragging to the
        end brings it back exactly)."""
        request, step = argument
        self._pause(None)
        self._start_replay(request, self.timeline.replay(step))

    def _start_replay(self, request, job) -> None:
        """The nearest checkpoint is in place; the updates after it are replayed between
        commands (see :meth:`_advance_replay`), so a Cancel can stop a long one."""
        self.replay = (request, job)

    def _advance_replay(self) -> None:
        request, job = self.replay
        if job.advance(REPLAY_SECONDS):
            self.replay = None
            self._moved(request)
        else:
            self.events.send(("replay_progress", request, job.fraction))

    def _finish_replay(self) -> None:
        request, job = self.replay
        job.advance(float("inf"))
        self.replay = None
        self._moved(request)

    def _cancel_replay(self, _) -> None:
        """Stop the move under way: the run stays where it was, and the move is refused."""
        if self.replay is not None:
            request, job = self.replay
            self.replay = None
            job.cancel()
            self.dirty = True
            self.events.send(("refused", request, EngineError(code="replay_cancelled")))

    def _continue(self, argument) -> None:
        """Train on from the update looked back at: the later history becomes the other branch."""
        (request,) = argument
        self.timeline.continue_here()
        self._moved(request)

    def _continue_here(self) -> None:
        """Training, a change or a weight typed in while looking back continues from there."""
        if self.timeline.continue_here():
            self._moved(None)

    def _switch(self, argument) -> None:
        """Undo or redo a "continue from here": swap with the other branch."""
        (request,) = argument
        self._pause(None)
        if not self.timeline.switch():
            self.events.send(("refused", request, EngineError(code="no_branch")))
            return
        self._moved(request)

    def _inspect(self, argument) -> None:
        """One parameter's numbers for the next update (the followed sample's forward sum)."""
        request, target = argument
        try:
            self.events.send(("inspected", request, inspect(self.experiment, target, self.sample)))
        except EngineError as exc:
            self.events.send(("refused", request, exc))
        except Exception as exc:  # no run yet, or a bug: every request gets an answer
            self.events.send(("refused", request, internal_error(exc)))

    def _save(self, argument) -> None:
        path, views, created, scenario = argument
        try:
            # a scenario is a starting point: it leaves the way there behind
            save_session(path, self.experiment, views, created, scenario, None if scenario else self.timeline)
        except SessionError as exc:
            self.events.send(("saved", path, exc))
            return
        self.events.send(("saved", path, None))

    def _report_blas(self, _) -> None:
        self.events.send(("blas", blas_threads_in_force()))

    def _ack(self, _) -> None:
        self.gui_ready = True

    def _edit_weight(self, argument) -> None:
        self._continue_here()
        self.timeline.change("edit_weight", *argument)
        self.dirty = True

    def _record_path(self) -> None:
        """Offer the weights to the landscape's path (it keeps a thinning, bounded sample)."""
        self.path.record(self.experiment.network.theta, self.experiment.trainer.step_count)

    def _send_path(self, argument) -> None:
        (request,) = argument
        try:
            path = self.path.ending_at(self.experiment.network.theta, self.experiment.trainer.step_count)
        except Exception as exc:  # no run yet, or a bug: every request gets an answer
            self.events.send(("refused", request, internal_error(exc)))
            return
        self.events.send(("path", request, path))

    def _start_landscape(self, argument) -> None:
        request, resolution, extent, directions, *options = argument
        self._cancel_landscape(None)  # one at a time: the newest asked for
        try:
            job = LandscapeJob(self.experiment, resolution, extent, directions, self.path, **(options or [{}])[0])
        except EngineError as exc:
            self.events.send(("refused", request, exc))
            return
        self.landscape = (request, job)

    def _cancel_landscape(self, _) -> None:
        if self.landscape is not None:
            self.events.send(("landscape", self.landscape[0], None))
            self.landscape = None

    def _advance_landscape(self) -> None:
        if self.landscape is None:
            return
        request, job = self.landscape
        try:
            job.advance(LANDSCAPE_SECONDS)
        except Exception as exc:  # a bug must not leave the GUI waiting
            self.landscape = None
            self.events.send(("refused", request, internal_error(exc)))
            return
        if job.done:
            self.landscape = None
            self.events.send(("landscape", request, job.result()))
        else:
            self.events.send(("landscape_progress", request, job.fraction))

    def _stop(self, _) -> None:
        self.running = self.playing = False

    # -- playing and publishing --------------------------------------------------------
    def _chunk(self) -> None:
        trainer, start = self.experiment.trainer, time.perf_counter()
        due = int(self.speed * (start - self._play_started)) - self._played if self.speed > 0 else 1 << 30
        if due <= 0:
            time.sleep(min(1 / self.speed, CHUNK_SECONDS))
        while due > 0 and time.perf_counter() - start < CHUNK_SECONDS:
            trainer.step()
            self._record_path()
            self._played += 1
            due -= 1

    def _neuron_side(self) -> int | None:
        """Hidden neurons' planes only for a view that draws them: all their values for one
        drawn large (the Output view showing a hovered neuron), a thumbnail's worth for the
        diagram, none for the Output view alone (a compared copy's)."""
        if "neuron_planes" in self.shown:
            return None
        return THUMBNAIL_GRID_SIDE if "thumbnails" in self.shown else 0

    def _maybe_publish(self) -> None:
        now = time.perf_counter()
        interval = self.interval if self.playing else self.min_interval  # a step shows at once
        if self.experiment is None or not (self.dirty and self.gui_ready) or now - self.last_publish < interval:
            return
        cpu = time.thread_time()  # not the wall clock: a send waiting for the GUI to read costs no training
        grid_size = self.grid_size if self.shown & GRID_VIEWS else 0
        sample = self.sample if "activations" in self.shown else None
        reuse = self.playing and not self.full_history and now < self.next_grid
        old_results = self.playing and not self.full_history and now < self.next_evaluation
        snapshot = self.experiment.snapshot(grid_size, full_history=self.full_history, sample=sample,
                                            reuse_grid=reuse, confusion="predictions" in self.shown,
                                            reuse_evaluation=old_results,
                                            neuron_side=self._neuron_side())
        grid_seconds = 0.0
        if not old_results:
            self.next_evaluation = now + EVALUATION_TIME_FACTOR * self.experiment.evaluation_seconds
        if snapshot.grid is None:
            self._sent_grid = None  # the receiver holds none now
        elif snapshot.grid is self._sent_grid:
            snapshot.grid, snapshot.grid_kept = None, True  # the receiver holds it: most of a big net's bytes
        else:  # made afresh (also when asked to reuse one made otherwise)
            grid_seconds, self._sent_grid = self.experiment.grid_seconds, snapshot.grid
            self.next_grid = now + GRID_TIME_FACTOR * grid_seconds
        snapshot.metrics["train_seconds"], self.train_seconds = self.train_seconds, 0.0
        self.gui_ready = self.dirty = self.full_history = False
        self.last_publish = now
        self.events.send(("snapshot", self.generation, snapshot))
        cost = time.thread_time() - cpu - grid_seconds - (0 if old_results else self.experiment.evaluation_seconds)
        self.interval = max(self.min_interval, cost / PUBLISH_SHARE)


def run_engine(commands: Connection, events: Connection, max_fps: float) -> None:
    """Entry point of the engine process."""
    try:
        EngineLoop(commands, events, max_fps).run()
    except (BrokenPipeError, EOFError, KeyboardInterrupt):
        pass  # the GUI went away: nothing left to report to
