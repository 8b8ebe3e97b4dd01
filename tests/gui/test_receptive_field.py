"""Hovering a feature-map cell outlines the window it came from in every earlier layer."""
from PySide6.QtCore import QPointF

from .conftest import wait_snapshot
from .test_shaped_runs import CNN


def test_hovering_a_pooled_cell_outlines_its_field_in_the_conv_maps_and_the_input(qtbot, make_window):
    window = make_window(CNN)  # 8×8 input → conv 3×3 "same" → 4 maps of 8×8 → max pool 2 → 4×4
    window.docks["feature_maps"].raise_()
    view = window.feature_maps
    qtbot.waitUntil(view.isVisible)
    view.show_snapshot(wait_snapshot(qtbot, window, lambda s: s.sample is not None))
    plot = view.plots[2]  # pool1: 4 maps of 4×4, two to a row

    def hover() -> bool:  # the second map, cell (1, 2), once the raised dock has its final layout
        view.graphics.scene().sigMouseMoved.emit(plot.vb.mapViewToScene(QPointF(5 + 2.5, 1.5)))
        return bool(view.fields)
    qtbot.waitUntil(hover)
    assert view.fields == [(1, 5, 3, 7), (2, 4, 4, 6), (1, 2, 2, 3)]
    input_frame = view.outlines[0][0]
    assert input_frame.isVisible() and input_frame.rect().getRect() == (3, 1, 4, 4)
    conv_frames = view.outlines[1]  # the same window on every conv map (8×8, two to a row)
    assert [f.rect().getRect() for f in conv_frames] == [(4, 2, 2, 2), (13, 2, 2, 2), (4, 11, 2, 2), (13, 11, 2, 2)]
    view.graphics.scene().sigMouseMoved.emit(QPointF(-50, -50))
    assert not input_frame.isVisible()
