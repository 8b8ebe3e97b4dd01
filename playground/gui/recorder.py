"""Recording a view while it trains, for slides: an animated GIF, or numbered PNG files.

A frame is grabbed after each snapshot the view has drawn (on the next turn of the event loop,
once it painted), at most ``MAX_FRAMES`` of them, so memory stays bounded however long the
recording runs: PNG frames go straight to disk; GIF frames are kept scaled to at most
``GIF_WIDTH`` pixels and in 256 colours, and written when the recording stops.
"""
from __future__ import annotations

import os

from PIL import Image
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

MAX_FRAMES = 300
GIF_WIDTH = 720
GIF_FRAME_MS = 100  # 10 frames per second when played back


def to_pil(image: QImage) -> Image.Image:
    """A QImage as a Pillow RGB image (copied)."""
    rgb = image.convertToFormat(QImage.Format_RGB888)
    return Image.frombuffer("RGB", (rgb.width(), rgb.height()), bytes(rgb.constBits()), "raw", "RGB",
                            rgb.bytesPerLine(), 1).copy()


class ViewRecorder(QObject):
    """Grabs ``widget`` after every snapshot of ``controller`` until :meth:`stop`."""

    frames_changed = Signal(int)
    finished = Signal(str)  # what was written, or "" when nothing was

    def __init__(self, widget: QWidget, controller, path: str, parent=None):
        super().__init__(parent)
        self.widget, self.controller, self.path = widget, controller, path
        self.as_gif = path.lower().endswith(".gif")
        self.frames: list[Image.Image] = []
        self.count = 0
        if not self.as_gif:
            os.makedirs(path, exist_ok=True)
        controller.snapshot_ready.connect(self._on_controller_snapshot_ready)

    def _on_controller_snapshot_ready(self, _snapshot) -> None:
        QTimer.singleShot(0, self._grab)  # after the views drew this snapshot

    def _grab(self) -> None:
        if self.count >= MAX_FRAMES or not self.widget.isVisible():
            return
        image = self.widget.grab().toImage()
        if self.as_gif:
            if image.width() > GIF_WIDTH:
                image = image.scaledToWidth(GIF_WIDTH, Qt.SmoothTransformation)
            self.frames.append(to_pil(image).convert("P", palette=Image.ADAPTIVE))
        else:
            image.save(os.path.join(self.path, f"frame_{self.count + 1:04d}.png"))
        self.count += 1
        self.frames_changed.emit(self.count)
        if self.count == MAX_FRAMES:
            self.stop()

    def stop(self) -> str:
        """End the recording and write the GIF; what was written ("" for no frame).  An
        OSError from writing is the caller's to report."""
        try:
            self.controller.snapshot_ready.disconnect(self._on_controller_snapshot_ready)
        except RuntimeError:
            return ""  # stopped already (at MAX_FRAMES)
        written = ""
        if self.as_gif and self.frames:
            self.frames[0].save(self.path, save_all=True, append_images=self.frames[1:], duration=GIF_FRAME_MS,
                                loop=0, optimize=False)
            written = self.path
        elif self.count:
            written = os.path.join(self.path, "frame_0001.png")
        self.frames = []
        self.finished.emit(written)
        return written


class RecordingIndicator(QWidget):
    """The status bar's "● Recording Weights: 37 frames [Stop]" while a recording runs."""

    def __init__(self, recorder: ViewRecorder, view_name: str, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Recording"))
        self.stop_button = QPushButton(self.tr("Stop recording"))
        self.stop_button.setAccessibleName(self.tr("Stop recording"))
        self.stop_button.setToolTip(self.tr("Stop and write the recording"))
        layout.addWidget(self.label)
        layout.addWidget(self.stop_button)
        self.view_name = view_name
        recorder.frames_changed.connect(self._show)
        self._show(0)

    def _show(self, count: int) -> None:
        self.label.setText(self.tr("● Recording {view}: {n} of at most {most} frames")
                           .format(view=self.view_name, n=count, most=MAX_FRAMES))
