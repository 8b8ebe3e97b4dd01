"""Where the GUI thread's time goes while a run plays in the window: CPU per frame of every
view's ``take``/``redraw`` and of every event the event loop delivers (a plot's paint arrives
as its scene's queued call), with mean, p99 and max per call, and the GUI thread's CPU between
two ticks of a 10 ms timer (the timer's lateness is what ``gui_speed.py``'s p99 measures: a
saturated GUI thread does not serve it for many frames).

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_turns.py --case rnn [--front feature_maps] [--profile]

CPU time (``time.thread_time``), not wall-clock: less sensitive to a shared machine, but the
harness itself costs a little per event.  One process; run it on two checkouts by changing
directory (``PYTHONPATH=CHECKOUT``) for before/after figures.
"""
from __future__ import annotations

import argparse
import collections
import cProfile
import os
import pstats
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gui_speed_round import LAYERS, SHAPED, make_config  # noqa: E402

RECORDED: dict[str, list[float]] = collections.defaultdict(list)  # what → ms per call
SINCE_TICK: list[tuple[str, float]] = []  # the events delivered since the timer's last tick


def scene_owner(scene) -> str:
    """The view class a pyqtgraph scene belongs to (its first widget ancestor of our own)."""
    widget = scene.views()[0] if scene.views() else None
    while widget is not None and not type(widget).__module__.startswith("playground"):
        widget = widget.parentWidget()
    return type(widget).__name__ if widget is not None else "?"


def measure(case: str, seconds: float, front: str | None, profile_what: str | None) -> None:
    from PySide6.QtCore import QEvent, QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    import numpy as np

    profiler, measuring = cProfile.Profile(), [False]

    class TimedApplication(QApplication):
        depth = 0

        def notify(self, receiver, event):
            TimedApplication.depth += 1
            start = time.thread_time()
            name = type(receiver).__name__
            if name == "GraphicsScene":
                name += f"[{scene_owner(receiver)}]"
            profiled = TimedApplication.depth == 1 and measuring[0] and profile_what and profile_what in name
            if profiled:
                profiler.enable()
            try:
                return super().notify(receiver, event)
            finally:
                TimedApplication.depth -= 1
                if profiled:
                    profiler.disable()
                if TimedApplication.depth == 0 and measuring[0]:
                    ms = 1000 * (time.thread_time() - start)
                    key = f"{name}:{event.type().name}" if ms > 2 or event.type() == QEvent.Paint else \
                        f"small {name.split('[')[0]}:{event.type().name}"
                    RECORDED[key].append(ms)
                    SINCE_TICK.append((key, round(ms, 1)))

    app = TimedApplication([])
    from playground.gui.main_window import MainWindow
    window = MainWindow(make_config(case), settings=QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"),
                                                               QSettings.IniFormat))
    window.resize(1600, 1000)
    window.show()
    run = window.runs[0]
    for name, entry in run.frames.entries.items():
        for method in ("take", "redraw"):
            original = getattr(entry.view, method)

            def timed(*args, _original=original, _key=f"view {name}.{method}"):
                start = time.thread_time()
                result = _original(*args)
                if measuring[0]:
                    RECORDED[_key].append(1000 * (time.thread_time() - start))
                return result
            setattr(entry.view, method, timed)
    give_up = time.perf_counter() + 30
    while window.controller.latest is None and time.perf_counter() < give_up:
        app.processEvents()
        time.sleep(0.01)
    if front:
        window.docks[front].raise_()
    window.controller.play()
    settle = time.perf_counter()
    while time.perf_counter() - settle < 1.0:
        app.processEvents()
        time.sleep(0.001)

    ticks, last = [], [time.thread_time(), time.perf_counter()]

    def on_tick() -> None:
        now = [time.thread_time(), time.perf_counter()]
        ticks.append((1000 * (now[0] - last[0]), 1000 * (now[1] - last[1]) - 10, list(SINCE_TICK)))
        SINCE_TICK.clear()
        last[:] = now
    tick, stop = QTimer(interval=10), QTimer(singleShot=True)
    tick.timeout.connect(on_tick)
    stop.timeout.connect(lambda: app.exit(0))
    c = window.controller
    measuring[0] = True
    step0, frames0, cpu0, wall0 = c.latest.step, c.snapshots_received, time.thread_time(), time.perf_counter()
    tick.start()
    stop.start(int(1000 * seconds))
    app.exec()
    measuring[0] = False
    elapsed, frames = time.perf_counter() - wall0, max(c.snapshots_received - frames0, 1)
    print(f"{case}: {frames / elapsed:.1f} frames/s, {(c.latest.step - step0) / elapsed:,.0f} updates/s, "
          f"GUI thread {1000 * (time.thread_time() - cpu0) / frames:.1f} ms CPU per frame; "
          f"engine asked for {sorted(run.visible_views())}")
    for key, values in sorted(RECORDED.items(), key=lambda kv: -sum(kv[1]))[:22]:
        v = np.array(values)
        print(f"  {key:58s} {len(v):5d} calls  {v.sum() / frames:6.2f} ms/frame  mean {v.mean():6.2f}  "
              f"p99 {np.percentile(v, 99):6.2f}  max {v.max():6.2f}")
    cpu = np.array([t[0] for t in ticks[1:]] or [0.0])
    late = np.array([t[1] for t in ticks[1:]] or [0.0])
    print(f"10 ms timer: GUI CPU between ticks p99 {np.percentile(cpu, 99):.0f} ms (max {cpu.max():.0f}), "
          f"lateness p99 {np.percentile(late, 99):.0f} ms; the longest gaps:")
    for cpu_ms, late_ms, events in sorted(ticks[1:], key=lambda t: -t[0])[:3]:
        print(f"  {cpu_ms:.0f} ms CPU, {len(events)} events, largest {sorted(events, key=lambda e: -e[1])[:4]}")
    if profile_what:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    window.files.modified = False
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case", choices=[*LAYERS, *SHAPED], default="rnn")
    parser.add_argument("--seconds", type=float, default=6.0)
    parser.add_argument("--front", help="dock to bring to the front first (e.g. feature_maps, predictions)")
    parser.add_argument("--profile", metavar="RECEIVER", help="cProfile the events of receivers whose name "
                                                               "contains this (e.g. ThroughTimeView, EngineClient)")
    args = parser.parse_args()
    measure(args.case, args.seconds, args.front, args.profile)


if __name__ == "__main__":
    main()
