"""Sessions in the window: save, change, open again; the unsaved-changes prompt; bad files."""
import numpy as np
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from playground.engine import Config, LayerConfig

from .conftest import CANCEL, DISCARD, SAVE, answer_next_dialog, read_next_dialog, wait_snapshot


def test_save_change_and_open_again_restores_weights_settings_and_views(qtbot, window, tmp_path, monkeypatch):
    path = str(tmp_path / "lesson.nnplay")
    window.controller.step(50)
    saved = wait_snapshot(qtbot, window, lambda s: s.step == 50)
    window.heatmaps.show_combo.setCurrentIndex(window.heatmaps.show_combo.findData("since_init"))
    window.output_view.test_check.setChecked(True)
    assert window.isWindowModified()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (path, ""))
    qtbot.keyClick(window, Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert window.windowTitle().startswith("lesson.nnplay")

    window.editor.add_layer()  # change everything
    window.heatmaps.show_combo.setCurrentIndex(0)
    window.output_view.test_check.setChecked(False)
    wait_snapshot(qtbot, window, lambda s: len(s.layers) == 4)
    assert window.isWindowModified()

    answer_next_dialog(DISCARD)
    assert window.files.open(path)
    opened = wait_snapshot(qtbot, window, lambda s: len(s.layers) == 3 and s.step == 50)
    for a, b in zip(saved.layers, opened.layers):
        np.testing.assert_array_equal(a.W.value, b.W.value)
    assert window.editor.layers_label.text() == "2 hidden layers"
    assert window.heatmaps.show_combo.currentData() == "since_init" and window.output_view.test_check.isChecked()
    assert not window.isWindowModified()
    assert window.files.recent()[0] == path


def test_cancel_in_the_unsaved_prompt_keeps_the_window_open(qtbot, window):
    window.controller.step(3)
    wait_snapshot(qtbot, window, lambda s: s.step == 3)
    assert window.files.modified
    answer_next_dialog(CANCEL)
    window.close()
    assert window.isVisible() and window.controller.is_running()


def test_save_in_the_unsaved_prompt_saves_before_new(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "kept.nnplay"
    window.controller.step(3)
    wait_snapshot(qtbot, window, lambda s: s.step == 3)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    answer_next_dialog(SAVE)
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    assert path.exists()
    wait_snapshot(qtbot, window, lambda s: s.step == 0)
    assert window.windowTitle().startswith("Untitled") and not window.files.modified


def test_an_invalid_file_shows_a_message_box_and_keeps_the_session(qtbot, window, tmp_path):
    bad = tmp_path / "broken.nnplay"
    bad.write_bytes(b"PK\x03\x04 definitely not a session")
    window.controller.step(7)
    before = wait_snapshot(qtbot, window, lambda s: s.step == 7)
    window.files.modified = False
    texts = read_next_dialog()
    assert not window.files.open(str(bad))
    assert "broken.nnplay was not opened" in texts[0] and "current session is unchanged" in texts[0]
    qtbot.wait(100)
    assert window.controller.latest is before


def test_dropping_a_session_file_opens_it(qtbot, make_window, tmp_path):
    window = make_window(Config(hidden=[LayerConfig(3)]))
    path = str(tmp_path / "d.nnplay")
    assert window.controller.save_session(path) is None
    window.editor.add_layer()
    wait_snapshot(qtbot, window, lambda s: len(s.layers) == 3)
    window.files.modified = False
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(path)])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    assert QApplication.sendEvent(window, enter) and enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(window, drop)
    wait_snapshot(qtbot, window, lambda s: len(s.layers) == 2)
    assert window.windowTitle().startswith("d.nnplay")


def test_autosave_writes_a_recovery_file_that_the_next_start_offers(qtbot, make_window):
    window = make_window()
    window.controller.step(12)
    wait_snapshot(qtbot, window, lambda s: s.step == 12)
    window.files.autosave()
    recovery = window.files.recovery_path()
    qtbot.waitUntil(lambda: __import__("os").path.exists(recovery), timeout=5000)
    second = make_window()
    answer_next_dialog(QMessageBox.Yes)
    assert second.files.offer_recovery()
    wait_snapshot(qtbot, second, lambda s: s.step == 12)
    assert second.files.modified


def test_file_export_writes_loss_weights_and_a_working_script(qtbot, window, tmp_path, monkeypatch):
    import subprocess
    import sys
    window.controller.step(20)
    snapshot = wait_snapshot(qtbot, window, lambda s: s.step == 20)
    qtbot.waitUntil(lambda: window.loss_plot.history.n >= 2)
    menu = next(m for m in window.findChildren(type(window.recent_menu)) if m.title() == "Export")
    answers = iter([str(tmp_path / "loss.csv"), str(tmp_path / "w.npz"), str(tmp_path / "net.py"),
                    str(tmp_path / "continued.py")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(answers), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    for action in menu.actions():
        if not action.text().startswith("Record"):  # asks which view: tests/gui/test_recorder.py
            action.trigger()
    loss = np.loadtxt(tmp_path / "loss.csv", delimiter=",", skiprows=1, ndmin=2)
    np.testing.assert_allclose(loss, window.loss_plot.history.view(), rtol=1e-9)
    weights = np.load(tmp_path / "w.npz")
    assert sorted(weights.files) == ["W1", "W2", "W3", "b1", "b2", "b3"]
    np.testing.assert_array_equal(weights["W2"], snapshot.layers[1].W.value)
    np.testing.assert_array_equal(np.loadtxt(tmp_path / "W1.csv", delimiter=","), snapshot.layers[0].W.value)
    out = subprocess.run([sys.executable, str(tmp_path / "net.py")], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("[[")
    with np.load(tmp_path / "continued.npz") as continued:  # the PyTorch continuation's state
        np.testing.assert_array_equal(continued["W1"], snapshot.layers[0].W.value)
        assert int(continued["optimizer_t"]) == 20
    assert "class Network(torch.nn.Module)" in (tmp_path / "continued.py").read_text()


def test_file_dialogs_start_in_the_home_folder_then_where_the_last_file_was(qtbot, window, tmp_path, monkeypatch):
    """Wave 1 started the Save dialog in the parent of the home folder."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert window.files.folder() == str(tmp_path / "home")
    path = str(tmp_path / "work" / "s.nnplay")
    (tmp_path / "work").mkdir()
    assert window.files.write(path)
    assert window.files.folder() == str(tmp_path / "work")


def recovered_step(path) -> int:
    from playground.engine.session import load_session
    try:
        return load_session(path).state["step_count"]
    except Exception:  # not written yet, or being replaced
        return -1


def test_every_autosave_interval_with_new_work_writes_again(qtbot, make_window):
    # issue 13: the flag that said "autosaved" was only cleared when the session turned
    # from clean to modified, so only the first autosave was ever written
    window = make_window()
    window.files.autosave_timer.setInterval(100)
    recovery = window.files.recovery_path()
    window.controller.step(12)
    qtbot.waitUntil(lambda: recovered_step(recovery) == 12, timeout=5000)
    window.controller.step(8)
    qtbot.waitUntil(lambda: recovered_step(recovery) == 20, timeout=5000)


def test_the_start_removes_temporaries_of_a_save_killed_last_time(qtbot, make_window, tmp_path):
    import subprocess
    import sys
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    stale = tmp_path / f".saving-{child.pid}-abc.nnplay"
    stale.write_bytes(b"half")
    window = make_window()
    assert __import__("os").path.dirname(window.files.recovery_path()) == str(tmp_path)
    assert not stale.exists()
