"""Soak: open the real window (offscreen), show every view, play as fast as possible for N
minutes, and print the resident memory (VmRSS) of the GUI process and of the engine process
every minute and at the end, with the updates done so far.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python3 scripts/soak.py --minutes 15

The last line sums it up: start and end RSS of both processes and their growth per hour
(measured from the end of the first minute, after imports and the first snapshots settled).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` in MB, from /proc/PID/status (nan when it is gone)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=15.0)
    parser.add_argument("--every", type=float, default=60.0, help="seconds between reports")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from playground.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    settings = QSettings(os.path.join(tempfile.mkdtemp(prefix="soak-"), "s.ini"), QSettings.IniFormat)
    window = MainWindow(settings=settings)
    window.resize(1600, 1000)
    window.show()
    for dock in window.docks.values():
        dock.show()
        dock.raise_()
    mode = window.run.editor.neuron_mode
    if mode.findData("plane") >= 0:  # outputs over the plane in the diagram too: the heaviest view
        mode.setCurrentIndex(mode.findData("plane"))
    controller = window.controller
    rows: list[tuple[float, float, float, int]] = []
    started = [0.0]

    def report() -> None:
        elapsed = time.perf_counter() - started[0]
        gui, engine = rss_mb(os.getpid()), rss_mb(controller._client.process.pid)
        step = controller.latest.step if controller.latest is not None else 0
        rows.append((elapsed, gui, engine, step))
        print(f"{elapsed / 60:6.1f} min  GUI {gui:7.1f} MB  engine {engine:7.1f} MB  updates {step:,}"
              f"  snapshots {controller.snapshots_received:,}", flush=True)

    def finish() -> None:
        ticker.stop()  # or a last tick may land after the engine process ended
        report()
        controller.pause()
        window.files.modified = False  # a throwaway run: nothing to ask about
        window.close()
        app.quit()

    def start() -> None:
        if controller.latest is None:
            QTimer.singleShot(100, start)
            return
        started[0] = time.perf_counter()
        print(f"views shown: {sorted(k for k, d in window.docks.items() if d.isVisible())}, "
              f"engine computes for {sorted(window.run.visible_views())}", flush=True)
        report()
        controller.play()
        ticker.start(int(args.every * 1000))
        QTimer.singleShot(int(args.minutes * 60_000), finish)

    ticker = QTimer()
    ticker.timeout.connect(report)
    QTimer.singleShot(0, start)
    app.exec()
    ticker.stop()
    summarize(rows)
    return 0


def summarize(rows) -> None:
    if len(rows) < 3:
        return
    base = rows[1]  # after the first minute: imports, caches and the first snapshots settled
    end = rows[-1]
    hours = (end[0] - base[0]) / 3600
    print(f"start GUI {rows[0][1]:.1f} MB, engine {rows[0][2]:.1f} MB; after 1 min GUI {base[1]:.1f} MB, "
          f"engine {base[2]:.1f} MB; end GUI {end[1]:.1f} MB, engine {end[2]:.1f} MB; "
          f"growth after the first minute: GUI {(end[1] - base[1]) / hours:+.1f} MB/h, "
          f"engine {(end[2] - base[2]) / hours:+.1f} MB/h; {end[3]:,} updates in {end[0] / 60:.1f} min")


if __name__ == "__main__":
    sys.exit(main())
