"""The GUI side of the training engine: starts the engine process, sends it commands, and
turns its events into Qt signals.

A small reader thread blocks on the event pipe and re-emits each event as a queued signal,
so the GUI thread never waits on the pipe; it only ever holds the latest snapshot, because
the engine sends the next one only after :meth:`acknowledge`.
"""
from __future__ import annotations

import multiprocessing

try:
    import fcntl
except ImportError:  # Windows: pipes keep their default size
    fcntl = None

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..blas_threads import child_environment
from .engine_process import run_engine

STOP_SECONDS = 3.0
# A little above the 30 frames/s the views aim for: the GUI's acknowledgement paces the
# engine anyway, and a 30 Hz cap plus jitter would land just under 30.
MAX_FPS = 40.0
# The event pipe holds a whole snapshot (a small net's is ~0.9 MB, most of it the plane grid):
# with Linux's 64 KiB pipe the engine's send waited for the GUI's reader thread to drain it a
# dozen times, each time until that thread got the GIL from a painting GUI thread: 1.5-2 ms
# of every snapshot, 5-10 % of the training time.  Linux caps it (fs/pipe-max-size, 1 MiB).
EVENT_PIPE_BYTES = 1 << 20


def widen(connection) -> None:
    """Make ``connection``'s pipe EVENT_PIPE_BYTES large where the system allows it."""
    if fcntl is None or not hasattr(fcntl, "F_SETPIPE_SZ"):
        return
    try:
        fcntl.fcntl(connection.fileno(), fcntl.F_SETPIPE_SZ, EVENT_PIPE_BYTES)
    except OSError:  # above the system's limit: the default pipe still works, only slower
        pass


class _EventReader(QThread):
    received = Signal(object)

    def __init__(self, events):
        super().__init__()
        self.setObjectName("training-events")
        self.events = events

    def run(self) -> None:
        while True:
            try:
                event = self.events.recv()
            except (EOFError, OSError):
                self.received.emit(("closed",))
                return
            self.received.emit(event)


class EngineClient(QObject):
    """The GUI process's handle on one engine process (a client, not a worker: the work
    happens over there)."""

    built = Signal(int, int, object)  # request, generation, RunInfo
    changed = Signal(int, object)  # request, Config
    refused = Signal(int, object)  # request, EngineError
    inspected = Signal(int, object)  # request, Inspection
    snapshot_ready = Signal(int, object)  # generation, Snapshot
    playing_changed = Signal(bool)
    diverged = Signal(object)  # DivergenceError
    failed = Signal(object)  # EngineError
    lost = Signal()  # the engine process is gone
    saved = Signal(str, object)  # path, SessionError (None when saved)
    blas_reported = Signal(object)  # {"variables", "pools"}: the engine's BLAS thread limit
    landscape_progress = Signal(int, float)  # request, fraction done
    replay_progress = Signal(int, float)  # request, fraction of a long move on the timeline done
    landscape_ready = Signal(int, object)  # request, Landscape (None: cancelled)
    path_ready = Signal(int, object)  # request, the weights recorded along training (k, n)

    def __init__(self, max_fps: float = MAX_FPS, parent=None):
        super().__init__(parent)
        self._max_fps = max_fps
        self._stopping = False
        self._start()

    def _start(self) -> None:
        """Start an engine process and the thread that reads its events."""
        context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt threads
        commands_in, self._commands = context.Pipe(duplex=False)
        events, events_out = context.Pipe(duplex=False)
        widen(events)
        self.process = context.Process(target=run_engine, args=(commands_in, events_out, self._max_fps),
                                       name="training-engine", daemon=True)
        with child_environment():  # one BLAS thread over there: the GUI keeps the other core busy
            self.process.start()
        commands_in.close()
        events_out.close()
        self._lost = False
        self.reader = _EventReader(events)
        self.reader.received.connect(self._on_reader_received)
        self.reader.start()

    def restart(self) -> None:
        """Replace an engine process that died by a fresh one (which holds no run yet)."""
        if self._stopping:
            return
        if self.process.is_alive():
            self.process.kill()
        self.process.join(STOP_SECONDS)
        self._commands.close()
        self.reader.wait()
        self._start()

    def _emit_lost(self) -> None:
        """``lost`` once per process, whether a send or the reader noticed first."""
        if not self._lost and not self._stopping:
            self._lost = True
            self.playing_changed.emit(False)
            self.lost.emit()

    def send(self, name: str, argument=None) -> None:
        try:
            self._commands.send((name, argument))
        except (BrokenPipeError, OSError):
            self._emit_lost()

    def acknowledge(self) -> None:
        """The GUI took the last snapshot: the engine may send the next."""
        self.send("ack")

    def stop(self) -> None:
        """Stop the engine process and the reader thread; safe to call twice."""
        if self._stopping:
            return
        self._stopping = True
        if self.process.is_alive():
            self.send("stop")
            self.process.join(STOP_SECONDS)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(STOP_SECONDS)
        self._commands.close()
        self.reader.wait()

    def is_running(self) -> bool:
        return self.reader.isRunning() or self.process.is_alive()

    @Slot(object)
    def _on_reader_received(self, event: tuple) -> None:
        kind = event[0]
        if kind == "built":
            self.built.emit(event[1], event[2], event[3])
        elif kind == "changed":
            self.changed.emit(event[1], event[2])
        elif kind == "refused":
            self.refused.emit(event[1], event[2])
        elif kind == "inspected":
            self.inspected.emit(event[1], event[2])
        elif kind == "path":
            self.path_ready.emit(event[1], event[2])
        elif kind == "snapshot":
            self.snapshot_ready.emit(event[1], event[2])
        elif kind == "playing":
            self.playing_changed.emit(event[1])
        elif kind == "diverged":
            self.diverged.emit(event[1])
        elif kind == "failed":
            self.failed.emit(event[1])
        elif kind == "saved":
            self.saved.emit(event[1], event[2])
        elif kind == "replay_progress":
            self.replay_progress.emit(event[1], event[2])
        elif kind == "landscape_progress":
            self.landscape_progress.emit(event[1], event[2])
        elif kind == "landscape":
            self.landscape_ready.emit(event[1], event[2])
        elif kind == "blas":
            self.blas_reported.emit(event[1])
        elif kind == "closed" and self.sender() is self.reader:
            self._emit_lost()
