"""Python's cycle collector runs only in the GUI thread.

Left automatic, it runs in whichever thread happens to allocate: the CSV reader's thread or
the engine client's reader thread.  When it then frees an unreachable Qt object there, the
object's destructor waits for a lock the GUI thread holds while that thread waits for the
GIL: the window freezes for good (seen: a CSV import hung the app in ~1 run of 20).  So
automatic collection is switched off and a GUI-thread timer collects instead (pyqtgraph's
GarbageCollector, made for this); reference counting still frees everything else at once.
"""
from __future__ import annotations

from pyqtgraph.util.garbage_collector import GarbageCollector

INTERVAL_SECONDS = 0.5
_collector: GarbageCollector | None = None


def collect_in_gui_thread() -> None:
    """Install the GUI-thread collector once per process (call with a QApplication)."""
    global _collector
    if _collector is None:
        _collector = GarbageCollector(interval=INTERVAL_SECONDS)
