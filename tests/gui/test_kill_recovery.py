"""Killed with -9 while playing, the app loses at most one autosave interval of work (issue 13).

A real process: the app's own entry point, with a throwaway settings folder (QSettings follows
XDG_CONFIG_HOME, and the recovery file sits beside the settings file)."""
import os
import signal
import subprocess
import sys
import time

from playground.engine.session import load_session
from playground.gui.session_files import RECOVERY_NAME

INTERVAL_MS = 1000

CHILD = f"""
import sys, time
if __name__ == "__main__":
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from playground import app as entry
    from playground.gui.main_window import MainWindow
    qapp = QApplication(sys.argv[:1])
    state = {{"playing": False}}

    def report():
        window = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow))
        c = window.controller
        if not state["playing"]:
            window.files.autosave_timer.setInterval({INTERVAL_MS})
            if c.latest is None:
                return
            c.play()
            state["playing"] = True
        print(time.time(), c.latest.step, c._client.process.pid, flush=True)

    timer = QTimer()
    timer.timeout.connect(report)
    timer.start(50)
    sys.exit(entry.main([]))
"""


def recovered(path) -> tuple[float, int] | None:
    """(modification time, step count) of the recovery file, None before the first autosave."""
    try:
        return os.stat(path).st_mtime_ns, load_session(path).state["step_count"]
    except Exception:  # not written yet (it is replaced whole, never half-written)
        return None


def test_a_killed_app_keeps_the_last_autosave_not_the_first(tmp_path):
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    recovery = tmp_path / "NeuralPlayground" / RECOVERY_NAME
    # The app reports to a file, not a pipe: its engine process inherits the descriptor, and a
    # pipe it keeps open would leave a reader waiting for an end that never comes.
    log = tmp_path / "progress.txt"
    with open(log, "w") as out:
        child = subprocess.Popen([sys.executable, "-c", CHILD], env=env, stdout=out, stderr=subprocess.DEVNULL)

    def progress() -> list[tuple[float, int, int]]:
        """(time, step, engine pid) as the app reported them."""
        rows = [line.split() for line in log.read_text().splitlines()]
        return [(float(t), int(s), int(p)) for t, s, p in (r for r in rows if len(r) == 3)]
    try:
        autosaves, deadline = [], time.time() + 20
        while len(autosaves) < 2 and time.time() < deadline and child.poll() is None:
            seen = recovered(recovery)
            if seen and (not autosaves or seen[0] != autosaves[-1][0]):
                autosaves.append(seen)
            time.sleep(0.05)
        assert len(autosaves) >= 2, f"autosaves seen: {autosaves}; the app reported {progress()[-1:]}"
        time.sleep(INTERVAL_MS / 2000)  # half-way to the next autosave: that half is lost
        killed_at = time.time()
        child.send_signal(signal.SIGKILL)
        child.wait(5)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    reported = progress()
    assert reported, "the app never reported its progress"

    final = recovered(recovery)
    assert final is not None, "the recovery file is gone or unreadable after the kill"
    step = load_session(str(recovery)).state["step_count"]
    assert step >= autosaves[1][1] > autosaves[0][1] > 0  # written again, not stuck at the first
    # at most one interval (and the time a background save takes) of work lost
    before = [s for t, s, _ in reported if t <= killed_at - INTERVAL_MS / 1000 - 1.0]
    assert before and step >= before[-1], (step, before[-1:])
    # the engine saves where it is, which may be past the last snapshot the GUI reported (at most
    # what it trains, at the reported speed, between that report and the kill, plus a second)
    (t0, s0, _), (t1, s1, _) = reported[0], reported[-1]
    speed = (s1 - s0) / max(t1 - t0, 1e-3)
    assert 0 < step <= s1 + speed * (killed_at - t1 + 1.0) + 1, (step, s1, speed)
    engine = reported[-1][2]  # the engine process notices its GUI is gone and ends
    deadline = time.time() + 5
    while os.path.exists(f"/proc/{engine}") and time.time() < deadline:
        time.sleep(0.05)
    if os.path.exists(f"/proc/{engine}"):
        with open(f"/proc/{engine}/status") as f:
            state = next(line for line in f if line.startswith("State:"))
        assert "Z" in state, f"the engine process {engine} outlived its GUI: {state}"
