"""Compared copies trained in lock-step: every round asks each copy for the same number of
updates and the next round waits for all of them, so their views always show the same update.

Why: left to play on their own, the copies' engines drift apart by hundreds of updates (Adam's
update costs more than SGD's), and side-by-side views then compare different moments.  Here the
slowest copy sets the pace.  The round size adapts to what the engines report they spent
training: a round asks the slowest copy for about ``ROUND_SECONDS`` of training, or for as long
as the GUI thread works on one round when that is longer (so a slow redraw does not leave the
engines idle).  The next round is sent before the views draw the last one, so the engines train
while the GUI paints.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ..engine.errors import DivergenceError

ROUND_SECONDS = 0.04  # training per round, at least: with snapshots and redraw ~20 rounds a second
MAX_GROWTH = 2.0  # the round size at most doubles (or halves) from one round to the next


class LockStep(QObject):
    reached = Signal(int)  # every copy still in step has finished the updates asked so far
    playing_changed = Signal(bool)

    def __init__(self, controllers: list, parent=None):
        super().__init__(parent)
        self.controllers = list(controllers)
        self.target = 0  # the update every copy in step is asked to reach
        self.out: set[int] = set()  # copies that diverged: they wait at their last update
        self.playing = False
        self.speed = 0.0  # updates per second; 0 = as fast as the slowest copy goes
        self.round_size = 1  # updates per round when playing flat out (adapts to the slowest copy)
        self._last_count = 0
        self._waiting = False  # a round was sent and not every copy has finished it
        self._leader = None  # the copy whose epoch the others follow, while it runs its epoch
        self._sent_at = 0.0
        self._gui_cpu = time.thread_time()  # at the end of the last round
        self._trained = [0.0] * len(self.controllers)  # each copy's training time this round
        self._pace = QTimer(self, singleShot=True)
        self._pace.timeout.connect(self._next_round)
        for index, controller in enumerate(self.controllers):
            controller.snapshot_ready.connect(lambda snapshot, k=index: self._on_controller_snapshot(k, snapshot))
            controller.problem.connect(lambda level, error, k=index: self._on_controller_problem(k, error))
            controller.built.connect(lambda info, k=index: self._on_controller_built(k, info))

    @property
    def in_step(self) -> list:
        return [c for k, c in enumerate(self.controllers) if k not in self.out]

    @property
    def aligned(self) -> bool:
        """Every copy in step has a snapshot, all of the same update: views may draw."""
        steps = {c.latest.step if c.latest is not None else None for c in self.in_step}
        return len(steps) == 1 and None not in steps

    @property
    def busy(self) -> bool:
        return self._waiting

    # -- intents -------------------------------------------------------------------------
    def step(self, count: int = 1) -> None:
        """``count`` more updates for every copy in step."""
        self.target += count
        self._last_count = count
        for controller in self.in_step:
            controller.step(count)
        self._sent(time.perf_counter())

    def epoch(self) -> None:
        """The first copy in step runs to the end of its epoch; the others then make as many
        updates (with other batch sizes their epochs end elsewhere)."""
        if not self.in_step:
            return
        self._leader = self.in_step[0]
        self._leader.step_epoch()
        self._sent(time.perf_counter())

    def play(self) -> None:
        if self.playing or not self.in_step:
            return
        self.playing = True
        self.playing_changed.emit(True)
        if not self._waiting:
            self._next_round()

    def pause(self) -> None:
        """No more rounds; the one under way finishes (its updates are already asked for)."""
        if self.playing:
            self.playing = False
            self._pace.stop()
            self.playing_changed.emit(False)

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def set_speed(self, updates_per_second: float) -> None:
        self.speed = float(updates_per_second)

    def reset(self) -> None:
        """Every copy back to its initial weights at update 0, all in step again."""
        self.pause()
        self.target, self._leader = 0, None
        self.out.clear()
        for controller in self.controllers:
            controller.reset()
        self._sent(time.perf_counter())

    # -- rounds ----------------------------------------------------------------------------
    def _sent(self, now: float) -> None:
        self._waiting, self._sent_at = True, now

    @Slot()
    def _next_round(self) -> None:
        if self.playing and not self._waiting:
            self.step(max(1, round(self.speed * ROUND_SECONDS)) if self.speed > 0 else self.round_size)

    def _on_controller_snapshot(self, index: int | None, snapshot) -> None:
        if snapshot is not None:
            self._trained[index] += snapshot.metrics.get("train_seconds", 0.0)
        if self._leader is not None:
            self._follow_leader()
        elif self._waiting and self.aligned and self.in_step[0].latest.step == self.target:
            self._round_done()

    def _follow_leader(self) -> None:
        """The leader's epoch is done once it is past the target: the others catch up."""
        leader = self._leader
        if leader.latest is None or leader.latest.step <= self.target:
            return
        count, self._leader = leader.latest.step - self.target, None
        self.target = leader.latest.step
        for controller in self.in_step:
            if controller is not leader:
                controller.step(count)
        self._on_controller_snapshot(None, None)

    def _round_done(self) -> None:
        now = time.perf_counter()
        size, trained = self.target, max(t for k, t in enumerate(self._trained) if k not in self.out)
        cpu, self._gui_cpu = time.thread_time() - self._gui_cpu, time.thread_time()
        self._waiting, self._trained = False, [0.0] * len(self.controllers)
        if self.playing and self.speed <= 0 and self._last_count == self.round_size:
            grow = max(ROUND_SECONDS, cpu) / max(trained, 1e-5)
            self.round_size = max(1, round(self.round_size * min(max(grow, 1 / MAX_GROWTH), MAX_GROWTH)))
        due_in = self._sent_at + self._last_count / self.speed - now if self.speed > 0 else 0
        if self.playing and due_in > 0:
            self._pace.start(int(1000 * due_in))
        elif self.playing:
            self._next_round()  # before the views draw this one: the engines train meanwhile
        self.reached.emit(size)

    def _on_controller_problem(self, index: int, error) -> None:
        """A copy that diverged drops out of step; the others go on."""
        if not isinstance(error, DivergenceError):
            return
        self.out.add(index)
        if self._leader is self.controllers[index]:
            self._leader = None
        if not self.in_step:
            self.pause()
        self._on_controller_snapshot(None, None)  # the others may all be there already

    def _on_controller_built(self, index: int, info) -> None:
        """A copy rebuilt behind our back (its engine restarted) is no longer in step."""
        (self.out.discard if info.step == self.target else self.out.add)(index)
