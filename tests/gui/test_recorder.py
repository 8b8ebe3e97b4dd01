"""File ▸ Export ▸ Record a view: a frame per update shown, as an animated GIF or PNG files;
Stop writes it; the recording never grows past its bound."""
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

import playground.gui.recorder as recorder_module
from .conftest import by_name, wait_snapshot


def _export_menu(window):
    return next(m for m in window.findChildren(type(window.recent_menu)) if m.title() == "Export")


def test_a_gif_gets_one_frame_per_update_shown_and_stop_writes_it(qtbot, window, tmp_path):
    window.resize(1280, 900)  # the weights in full view: each update changes the picture (a GIF merges equal frames)
    menu = _export_menu(window)
    path = str(tmp_path / "weights.gif")
    recorder = menu.start_recording(window.docks["weights"].widget(), "Weights", path)
    for step in (1, 2, 3, 4):
        window.controller.step()
        wait_snapshot(qtbot, window, lambda s, step=step: s.step == step)
        qtbot.waitUntil(lambda step=step: recorder.count >= step)
    assert "Recording Weights: 4 of" in by_name(window, "Recording").text()
    qtbot.mouseClick(by_name(window, "Stop recording", QPushButton), Qt.LeftButton)
    with Image.open(path) as gif:
        assert gif.n_frames == 4 and gif.width <= recorder_module.GIF_WIDTH
    assert menu.recording is None and "Recorded" in window.statusBar().currentMessage()


def test_png_frames_go_to_a_folder_and_stop_at_the_bound(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(recorder_module, "MAX_FRAMES", 2)
    menu = _export_menu(window)
    recorder = menu.start_recording(window.docks["progress"].widget(), "Loss", str(tmp_path / "frames"))
    for step in (1, 2, 3):
        window.controller.step()
        wait_snapshot(qtbot, window, lambda s, step=step: s.step == step)
    qtbot.waitUntil(lambda: menu.recording is None)
    assert recorder.count == 2
    assert sorted(p.name for p in (tmp_path / "frames").iterdir()) == ["frame_0001.png", "frame_0002.png"]
