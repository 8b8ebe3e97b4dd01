"""The timeline in the window (issue 16): a long move back shows a progress dialog with
Cancel (the engine reports its replay's progress; Cancel asks it to stop, and its refusal
closes the dialog without an error message: the user asked; the engine's side, the run
staying where it was, is tested in tests/controller/test_engine_loop.py), and an opened
session's timeline goes back as before it was saved."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QSlider

from playground.engine import Config
from playground.engine.errors import EngineError

from .conftest import by_name, wait_snapshot
from .test_experiment_tools import CONFIG, trained_window, weights_after


def test_a_long_replay_shows_progress_and_cancel_closes_it_quietly(make_window, qtbot, monkeypatch):
    window = trained_window(make_window, qtbot, updates=200)
    controller, client = window.controller, window.controller._client
    sent = []
    monkeypatch.setattr(client, "send", lambda name, argument=None: sent.append(name))
    slider = by_name(window, "Timeline", QSlider)
    slider.setValue(50)  # the engine never hears it: its answers are played below
    request = max(controller._pending)
    client.replay_progress.emit(request, 0.1)
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]  # not before half a second
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)), timeout=3000)
    dialog = by_name(window, "Timeline replay progress", QProgressDialog)
    client.replay_progress.emit(request, 0.4)
    assert dialog.value() == 40 and dialog.toolTip()
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == dialog.tr("Cancel"))
    qtbot.mouseClick(cancel, Qt.LeftButton)
    assert sent[-1] == "replay_cancel"
    client.refused.emit(request, EngineError(code="replay_cancelled"))
    assert not dialog.isVisible() and not window.run.message_bar.isVisible()
    assert not [d for d in window.findChildren(QProgressDialog) if d.accessibleName()]
    assert slider.value() == 200  # the handle is back where the run is


def test_a_short_move_back_shows_no_dialog(make_window, qtbot):
    window = trained_window(make_window, qtbot, updates=200)
    by_name(window, "Timeline", QSlider).setValue(120)
    wait_snapshot(qtbot, window, lambda s: s.step == 120)
    qtbot.wait(700)
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]


def test_after_opening_a_saved_session_the_timeline_goes_back_as_before(make_window, qtbot, tmp_path):
    window = trained_window(make_window, qtbot, updates=300)
    path = str(tmp_path / "run.nnplay")
    assert window.controller.save_session(path) is None
    window.controller.reset()
    wait_snapshot(qtbot, window, lambda s: s.step == 0)
    assert window.files.open(path, confirmed=True)
    slider = by_name(window, "Timeline", QSlider)
    qtbot.waitUntil(lambda: (slider.minimum(), slider.maximum()) == (0, 300))
    slider.setValue(120)
    snapshot = wait_snapshot(qtbot, window, lambda s: s.step == 120)
    assert (snapshot.layers[0].W.value == weights_after(Config(**CONFIG), 120)).all()
