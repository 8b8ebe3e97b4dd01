"""The GUI's single entry point to one run: turns intents into engine requests and keeps a
read-only mirror of what the engine confirmed.

It lives in the GUI thread; the engine runs in its own process (see :mod:`engine_process`)
and alone builds, validates and holds the run.  ``info`` (a :class:`RunInfo`) changes only
when the engine answers a request, and every answer, a refusal too, emits
``config_changed``, so panels that follow it always show what runs and put a refused edit
back by themselves.  No widget keeps a copy of the settings.
"""
from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Callable

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal, Slot

from ..engine import Config, SessionError
from ..engine.errors import EngineError
from ..engine.datasets import Dataset
from ..engine.run_info import RunInfo
from .engine_client import EngineClient

OPEN_TIMEOUT_MS = 60_000
Done = Callable[[bool, object], None]  # (accepted, RunInfo/Config or the EngineError)


class TrainingController(QObject):
    snapshot_ready = Signal(object)  # Snapshot of the current generation
    playing_changed = Signal(bool)
    built = Signal(object)  # RunInfo of a new network (edit, reset, open): views start afresh
    config_changed = Signal(object)  # RunInfo after every answer, refusals included
    message = Signal(str, str)  # level ("info", "warning", "error"), text
    problem = Signal(str, object)  # level, the EngineError (or DivergenceError) for the GUI to word
    saved = Signal(str, object)  # path, SessionError (None when the file was written)
    landscape_progress = Signal(float)  # fraction of the asked-for loss landscape computed
    replay_progress = Signal(float)  # fraction of a long move on the timeline replayed; 1.0 once answered
    branched = Signal(int)  # training went on from a looked-back update (undoable: switch_branch)
    scenario_changed = Signal(object)  # the open session's Scenario, or None

    def __init__(self, config: Config | None = None, data: Dataset | None = None, parent=None):
        super().__init__(parent)
        self.info: RunInfo | None = None  # None until the engine built the first run
        self.generation = 0  # the engine's, of the run ``info`` describes
        self.playing = False
        self.latest = None
        # The open session's scenario (text, hidden and locked settings): set by opening a file or
        # by set_scenario, kept across edits and resets, saved with the session.
        self.scenario = None
        self.snapshots_received = 0
        self._requests = itertools.count(1)
        self._pending: dict[int, Done | None] = {}
        # What each unanswered build or live change will make of the settings, in order: an
        # edit made before the engine answered the last one builds on it, not on stale settings.
        self._expected: dict[int, Callable[[Config], Config]] = {}
        self._quiet: set[int] = set()  # requests whose caller words a refusal itself
        self._continuing = False  # a "continue from here" is on its way
        self._replaying: int | None = None  # the move on the timeline whose updates the engine replays
        self._client = EngineClient(parent=self)
        c = self._client
        c.built.connect(self._on_client_built)
        c.changed.connect(self._on_client_changed)
        c.refused.connect(self._on_client_refused)
        c.inspected.connect(self._on_client_inspected)
        c.snapshot_ready.connect(self._on_client_snapshot_ready)
        c.playing_changed.connect(self._on_client_playing_changed)
        c.diverged.connect(self._on_client_diverged)
        c.failed.connect(self._on_client_failed)
        c.lost.connect(self._on_client_lost)
        c.saved.connect(self.saved)
        c.landscape_progress.connect(self._on_client_landscape_progress)
        c.replay_progress.connect(self._on_client_replay_progress)
        c.landscape_ready.connect(self._on_client_landscape_ready)
        c.path_ready.connect(self._on_client_path_ready)
        self._request("build", config or Config(), data, done=self._on_first_build)

    # -- the mirror (read-only) ------------------------------------------------------------
    @property
    def config(self) -> Config | None:
        return self.info.config if self.info else None

    @property
    def expected_config(self) -> Config | None:
        """The settings once the engine has taken every request sent so far (if it takes
        them): what a new edit applies to."""
        config = self.config
        for change in self._expected.values():
            config = change(config) if config is not None else None
        return config

    @property
    def data(self) -> Dataset | None:
        """The user's CSV data of the running network, else None (generated sets are redrawn)."""
        return self.info.csv_data if self.info else None

    @property
    def plane(self):
        return self.info.plane if self.info else None

    @property
    def looking_back(self) -> bool:
        """True while the run shows an earlier update and its latest state waits."""
        timeline = self.info.timeline if self.info else None
        return bool(timeline and timeline.looking_back and not self._continuing)

    # -- intents -------------------------------------------------------------------------
    def step(self, count: int = 1) -> None:
        self.continue_from_here()
        self._client.send("step", count)

    def step_epoch(self) -> None:
        self.continue_from_here()
        self._client.send("epoch", None)

    def play(self) -> None:
        self.continue_from_here()
        self._client.send("play", None)

    def pause(self) -> None:
        self._client.send("pause", None)

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def set_speed(self, updates_per_second: float) -> None:
        self._client.send("speed", updates_per_second)

    def set_grid_size(self, size: int) -> None:
        self._client.send("grid_size", size)

    def set_visible_views(self, names) -> None:
        """Tell the engine which views are visible ("output", "thumbnails", "neuron_planes" for
        a hovered neuron drawn large, "activations", "predictions"): it computes the plane grid,
        its hidden neurons' planes, a sample's activations and the confusion matrix only for those."""
        self._client.send("views", frozenset(names))

    def set_sample(self, index: int | None) -> None:
        """Let snapshots carry this training sample's activations (None: none)."""
        self._client.send("sample", index)

    def set_hyperparameters(self, done: Done | None = None, **values) -> int:
        """Ask for a live change (weights, optimizer state and counters stay); the mirror
        follows the engine's answer.  Looking back, the run continues from there."""
        self.continue_from_here()
        request = self._request("set", dict(values), done=done)
        self._expected[request] = lambda config: config.with_changes(values)
        return request

    def edit_weight(self, layer: int, name: str, index: tuple, value: float) -> None:
        self.pause()
        self.continue_from_here()
        self._client.send("edit_weight", (layer, name, index, float(value)))

    def inspect(self, target, done: Done) -> int:
        """Ask the engine for one parameter's next update (an ``InspectTarget``); ``done``
        gets the Inspection, or the EngineError when the engine refuses (worded by the caller)."""
        request = self._request("inspect", target, done=done)
        self._quiet.add(request)
        return request

    def rebuild(self, config: Config, data: Dataset | None = None, done: Done | None = None) -> int:
        """Ask for a new network from ``config`` (and a CSV's ``data``; None keeps the running
        CSV data when ``config`` still uses it).  On a refusal the old run goes on."""
        def announce(accepted: bool, value) -> None:
            if accepted:
                self.message.emit("info", self.tr("Rebuilt the network: new weights, step 0."))
            if done is not None:
                done(accepted, value)
        request = self._request("build", config, data, done=announce)
        self._expected[request] = lambda _: config
        return request

    def compute_landscape(self, resolution: int, extent: float, directions: str, done: Done, **options) -> int:
        """Ask for a loss landscape around the weights now (or, with ``paths=`` of compared runs,
        on their shared plane; ``budget=`` seconds lowers the resolution to fit); ``done(True,
        Landscape)``, or ``done(True, None)`` when it was cancelled, or ``done(False, error)``."""
        request = self._request("landscape", resolution, extent, directions, *([options] if options else []), done=done)
        self._quiet.add(request)  # the landscape view words a refusal itself
        return request

    def recorded_path(self, done: Done) -> int:
        """Ask for the weights recorded along training (a thinned sample from the initial
        weights to the weights now, (k, n)): ``done(True, array)``."""
        request = self._request("path", done=done)
        self._quiet.add(request)
        return request

    def cancel_landscape(self) -> None:
        self._client.send("landscape_cancel", None)

    def rewind(self, done: Done | None = None) -> int:
        """Go back to the engine's last healthy checkpoint after a blow-up (weights,
        optimizer, counters), keeping the current settings; refused when there is none."""
        return self._request("rewind", done=done)

    def seek(self, step: int, done: Done | None = None) -> int:
        """Show the run as it was after update ``step`` (the latest state waits; seeking to
        it brings it back exactly)."""
        return self._request("seek", int(step), done=done)

    def cancel_replay(self) -> None:
        """Stop a long move on the timeline: the run stays where it was (the move is refused,
        without an error message: the user asked)."""
        if self._replaying is not None:
            self._quiet.add(self._replaying)
            self._client.send("replay_cancel", None)

    def continue_from_here(self) -> int | None:
        """Train on from the update looked back at (the later history becomes the other
        branch and ``branched`` is emitted); None when not looking back."""
        if not self.looking_back:
            return None
        step = self.info.timeline.step

        def done(accepted: bool, _) -> None:
            self._continuing = False
            if accepted:
                self.branched.emit(step)
        self._continuing = True  # asked once, however many steps follow before the answer
        return self._request("continue", done=done)

    def switch_branch(self, done: Done | None = None) -> int:
        """Swap the running branch with the other one (undo and redo of "continue from here")."""
        return self._request("switch", done=done)

    def reset(self, done: Done | None = None) -> int:
        """New weights from the seed (same seed, same weights), step 0, same settings."""
        return self.rebuild(self.config, done=done)

    # -- sessions --------------------------------------------------------------------------
    def open_session(self, path: str, timeout_ms: int = OPEN_TIMEOUT_MS) -> RunInfo:
        """Have the engine load, check and continue a session file, and wait for it (the
        window keeps painting meanwhile).  Raises :class:`SessionError` when the file cannot
        be used; the open session then goes on untouched.  ``info.session`` holds the file's
        view choices, creation time, warning and scenario (also in ``scenario``)."""
        answer = []
        loop = QEventLoop()

        def done(accepted: bool, value) -> None:
            answer.append((accepted, value))
            loop.quit()
        self._quiet.add(self._request("open", path, True, done=done))  # CNN and RNN sessions too
        QTimer.singleShot(timeout_ms, loop.quit)
        if not answer:
            loop.exec()
        if not answer:
            raise SessionError(code="no_answer")
        accepted, value = answer[0]
        if not accepted:
            raise value if isinstance(value, SessionError) else SessionError(code="session_unusable", reason=str(value), cause=value)
        warning = value.session.get("warning", "")
        self.message.emit("warning" if warning else "info", warning or self.tr("Opened {path}").format(path=path))
        if value.session.get("timeline_dropped") is not None:
            self.problem.emit("warning", value.session["timeline_dropped"])
        return value

    def set_scenario(self, scenario) -> None:
        """Make the open session a scenario (``Scenario``), or an ordinary one (None)."""
        self.scenario = scenario
        self.scenario_changed.emit(scenario)

    def save_session(self, path: str, views: dict | None = None, created: str | None = None,
                     timeout_ms: int = 30000) -> SessionError | None:
        """Save the running session (the engine process writes it, atomically) and wait for
        the result: None on success, else the :class:`SessionError` saying why."""
        result = []
        loop = QEventLoop()

        def done(saved_path: str, error) -> None:
            if saved_path == path and not result:
                result.append(error)
                loop.quit()
        self.saved.connect(done)
        self._client.send("save", (path, views or {}, created, self.scenario))
        QTimer.singleShot(timeout_ms, loop.quit)
        if not result:
            loop.exec()
        self.saved.disconnect(done)
        return result[0] if result else SessionError(code="no_answer")

    def save_in_background(self, path: str, views: dict | None = None) -> None:
        """Save without waiting (autosave); the outcome arrives through ``saved``."""
        self._client.send("save", (path, views or {}, None, self.scenario))

    def shutdown(self) -> None:
        """Stop training, the engine process and the reader thread; safe to call twice."""
        self._client.stop()

    def is_running(self) -> bool:
        return self._client.is_running()

    # -- requests and answers ----------------------------------------------------------------
    def _request(self, name: str, *payload, done: Done | None = None) -> int:
        request = next(self._requests)
        self._pending[request] = done
        self._client.send(name, (request, *payload))
        return request

    def _answer(self, request: int, accepted: bool, value) -> None:
        self._quiet.discard(request)
        if request == self._replaying:
            self._replaying = None
            self.replay_progress.emit(1.0)
        self._expected.pop(request, None)
        done = self._pending.pop(request, None)
        if done is not None:
            done(accepted, value)

    def _on_first_build(self, accepted: bool, value) -> None:
        """Settings from the command line that the engine refuses: start from the defaults."""
        if not accepted:
            self._request("build", Config(), None)

    @Slot(int, int, object)
    def _on_client_built(self, request: int, generation: int, info: RunInfo) -> None:
        self.info, self.generation, self.latest = info, generation, None
        if "scenario" in info.session:  # an opened file: its scenario, or none
            self.set_scenario(info.session["scenario"])
        self.built.emit(info)
        self.config_changed.emit(info)
        self._answer(request, True, info)

    @Slot(int, object)
    def _on_client_changed(self, request: int, config: Config) -> None:
        self.info = replace(self.info, config=config)
        self.config_changed.emit(self.info)
        self._answer(request, True, config)

    @Slot(int, object)
    def _on_client_inspected(self, request: int, inspection) -> None:
        self._answer(request, True, inspection)

    @Slot(int, object)
    def _on_client_refused(self, request: int, error) -> None:
        if request not in self._quiet:
            self.problem.emit("error", error)
        if self.info is not None:
            self.config_changed.emit(self.info)  # panels put the refused edit back
        self._answer(request, False, error)

    @Slot(int, object)
    def _on_client_snapshot_ready(self, generation: int, snapshot) -> None:
        if generation == self.generation:
            if snapshot.grid_kept:  # the engine did not send the grid again
                snapshot.grid, snapshot.grid_kept = self.latest.grid if self.latest is not None else None, False
            self.latest = snapshot
            self.snapshots_received += 1
            self.snapshot_ready.emit(snapshot)
        self._client.acknowledge()

    @Slot(bool)
    def _on_client_playing_changed(self, playing: bool) -> None:
        self.playing = playing
        self.playing_changed.emit(playing)

    @Slot(object)
    def _on_client_diverged(self, error) -> None:
        self.problem.emit("warning", error)

    @Slot(object)
    def _on_client_failed(self, error) -> None:
        self.problem.emit("error", error)

    @Slot(int, float)
    def _on_client_landscape_progress(self, request: int, fraction: float) -> None:
        if request in self._pending:
            self.landscape_progress.emit(fraction)

    @Slot(int, float)
    def _on_client_replay_progress(self, request: int, fraction: float) -> None:
        if request in self._pending:
            self._replaying = request
            self.replay_progress.emit(fraction)

    @Slot(int, object)
    def _on_client_landscape_ready(self, request: int, landscape) -> None:
        self._answer(request, True, landscape)

    @Slot(int, object)
    def _on_client_path_ready(self, request: int, path) -> None:
        self._answer(request, True, path)

    @Slot()
    def _on_client_lost(self) -> None:
        """Start a new engine and rebuild the last confirmed run in it (the mirror), so the
        window goes on without a restart; requests the dead engine never answered fail."""
        for request in list(self._pending):
            self._answer(request, False, EngineError(code="engine_restarted"))
        self._client.restart()
        if self.info is None:
            self._request("build", Config(), None, done=self._on_first_build)
        else:
            self._request("build", self.info.config, self.info.csv_data)
        self.problem.emit("error", EngineError(code="engine_restarted"))
