"""The GUI side's frame budget: after each snapshot, redraw only the views that are due.

Each view registers once with how often it may be redrawn at most (``interval`` seconds; 0 =
every frame).  A view has ``take(snapshot) -> bool`` (keep the snapshot's data, cheaply; say
whether anything it shows changed) and ``redraw()``.  :meth:`FrameScheduler.take` gives each
view the snapshot and *marks* those whose data changed; :meth:`FrameScheduler.run`
then redraws, in registration order (cheap every-frame views first), each marked view that
is visible and due, one slow view per event-loop turn, and stops starting slow views once the
frame's time budget is spent: they wait for the next frame.  A hidden view (its dock closed or tabbed behind another) stays
marked and does no work until it is shown.  When snapshots stop (pause), a timer finishes the
redraws that were left waiting.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
import numpy as np
from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

FRAME_BUDGET = 0.020  # seconds of redraws per snapshot before slow views wait for the next one


@dataclass
class _Entry:
    view: QWidget  # with take(snapshot) -> bool and redraw()
    interval: float  # seconds between redraws at least (0: every frame)
    dirty: bool = False
    last: float = float("-inf")  # when last redrawn (time.monotonic)
    redraws: int = 0


def shown_on_screen(widget: QWidget) -> bool:
    """Visible and not covered: a dock tabbed behind another or scrolled away has an empty
    visible region."""
    if isinstance(widget, QAbstractScrollArea):  # its viewport covers it: its own region is empty
        widget = widget.viewport()
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


class FrameScheduler(QObject):
    def __init__(self, parent: QObject | None = None, budget: float = FRAME_BUDGET):
        super().__init__(parent)
        self.budget = budget
        self.entries: dict[str, _Entry] = {}
        self.clock = time.monotonic
        self._later = QTimer(self, singleShot=True)  # redraws left waiting when no snapshot comes
        self._later.timeout.connect(self.run)

    def register(self, name: str, view: QWidget, interval: float = 0.0) -> None:
        self.entries[name] = _Entry(view, interval)

    def take(self, snapshot) -> None:
        """A new snapshot: every view keeps its data (hidden ones too: a curve's history must
        not have holes); those it changed are redrawn when due."""
        for entry in self.entries.values():
            if entry.view.take(snapshot):
                entry.dirty = True
        self.run()

    def mark(self, name: str) -> None:
        """The view's data changed: redraw it when it is due and shown."""
        self.entries[name].dirty = True

    def redraws(self, name: str) -> int:
        return self.entries[name].redraws

    @Slot()
    def run(self) -> None:
        """Redraw the marked, shown, due views: every-frame views all at once, then one slow
        view per event-loop turn (the others follow at once in the next turns), so clicks,
        keys and timers wait at most one slow view."""
        start = now = self.clock()
        wait = None  # seconds until the earliest marked, shown view is due
        slow_done = False
        for entry in self.entries.values():
            if not entry.dirty or not shown_on_screen(entry.view):
                continue
            due = entry.last + entry.interval - now
            if due > 0 or (entry.interval and (slow_done or now - start > self.budget)):
                wait = min(max(due, 0.0), wait if wait is not None else float("inf"))
                continue
            entry.view.redraw()
            entry.dirty, entry.last, entry.redraws = False, now, entry.redraws + 1
            slow_done = slow_done or entry.interval > 0
            now = self.clock()
        if wait is not None:
            self._later.start(int(1000 * wait))


def same_parameters(old, new) -> bool:
    """Whether two snapshots hold the same parameters (values and last updates), so views of
    the weights have nothing new to draw."""
    if old is None or new is None or old.structure() != new.structure():
        return False
    pairs = zip(old.weighted_layers(), new.weighted_layers())
    return all(np.array_equal(p.value, q.value) and np.array_equal(p.last_update, q.last_update)
               for a, b in pairs for p, q in zip(a.params(), b.params()))


def same_arrays(old: list | None, new: list | None) -> bool:
    """Whether two lists of arrays (a snapshot's grids, or a sample's columns) are equal."""
    if old is new:  # a grid the engine kept
        return True
    if old is None or new is None or len(old) != len(new):
        return old is new
    return all(a.shape == b.shape and np.array_equal(a, b) for a, b in zip(old, new))


def same_sample(old, new) -> bool:
    """Whether two snapshots follow the same sample with the same values (or both none)."""
    if old is None or new is None:
        return old is new
    return old.index == new.index and same_arrays(old.columns, new.columns)
