"""The gallery strip: click a training image (or sequence) and the views follow it."""
import numpy as np
from PySide6.QtCore import QPointF

from playground.engine.run_info import GALLERY_SIZE

from .conftest import wait_snapshot
from .test_shaped_runs import CNN, RNN


def _click(view, x: float, y: float) -> None:
    class Click:  # what pyqtgraph's scene hands its click slots
        def __init__(self, pos):
            self._pos = pos

        def scenePos(self):
            return self._pos
    view.graphics.scene().sigMouseClicked.emit(Click(view.plot.vb.mapViewToScene(QPointF(x, y))))


def test_clicking_the_fourth_image_makes_every_view_follow_it(qtbot, make_window):
    window = make_window(CNN)
    gallery = window.run.gallery
    qtbot.waitUntil(gallery.isVisible)
    assert gallery.shape == (GALLERY_SIZE, 8, 8)
    _click(gallery, 3 * 9 + 4, 4)  # 8 pixels and a one-pixel gap per image
    assert gallery.chosen == 3 and window.feature_maps.sample.value() == 3
    window.docks["feature_maps"].raise_()
    snap = wait_snapshot(qtbot, window, lambda s: s.sample is not None and s.sample.index == 3)
    np.testing.assert_array_equal(snap.sample.point[0], gallery.image.image[:, 27:35])


def test_sequences_are_strips_and_a_dense_run_has_no_gallery(qtbot, make_window):
    window = make_window(RNN)
    gallery = window.run.gallery
    qtbot.waitUntil(gallery.isVisible)
    assert gallery.shape == (GALLERY_SIZE, 1, RNN.sequence_length - 1)
    _click(gallery, 2 * (RNN.sequence_length + 3) + 4, 0.5)  # the third little curve
    assert gallery.chosen == 2 and window.through_time.sample.value() == 2
    window.files.new(window.controller.config.__class__())
    qtbot.waitUntil(lambda: not window.controller.config.shaped)
    qtbot.waitUntil(lambda: not gallery.isVisible())
