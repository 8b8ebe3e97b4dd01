"""Presentation mode, the presenter's keys and the shortcuts dialog, driven as a teacher would:
the toolbar button, F5, and the keys."""
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QTableWidget, QToolButton

import pyqtgraph as pg

from playground.app import build_parser
from playground.gui import palette
from playground.gui.presentation import DEFAULT_SCALE, SECONDARY_DOCKS
from playground.gui.shortcuts_dialog import ShortcutsDialog, shortcut_rows

from .conftest import by_name, wait_snapshot


def window_look(window) -> dict:
    """What leaving presentation mode must put back exactly."""
    app = QApplication.instance()
    return {"state": bytes(window.saveState()), "geometry": window.geometry(), "font": app.font().pointSizeF(),
            "palette": app.palette().color(QPalette.Window).name(),
            "visible": {k: d.isVisible() for k, d in window.docks.items()},
            "widget font": window.toolbar.counters.font().pointSizeF()}


@pytest.fixture
def presenting(qtbot, window):
    yield window
    window.presentation.set_active(False)  # never leave the big font to the next test


def test_toggle_scales_everything_and_leaving_restores_the_layout_exactly(qtbot, presenting):
    window = presenting
    wait_snapshot(qtbot, window, lambda s: True)
    qtbot.wait(50)
    before = window_look(window)
    axis = window.loss_plot.loss_plot.getAxis("left")
    own_text = axis.textPen().color().name(), axis.textPen().style()
    legend = window.loss_plot.loss_plot.legend
    legend_height = legend.boundingRect().height()
    qtbot.mouseClick(by_name(window.toolbar, "Presentation mode", QToolButton), Qt.LeftButton)
    assert window.presentation.active
    assert QApplication.font().pointSizeF() == pytest.approx(before["font"] * DEFAULT_SCALE)
    qtbot.waitUntil(lambda: window.toolbar.counters.font().pointSizeF() > before["widget font"])
    assert all(not window.docks[k].isVisible() for k in SECONDARY_DOCKS)
    assert window.docks["output"].isVisible() and window.docks["weights"].isVisible()
    assert palette.LINE_SCALE == DEFAULT_SCALE and palette.POSITIVE == palette.PROJECTOR_POSITIVE
    assert axis.style["tickFont"].pointSizeF() == pytest.approx(before["font"] * DEFAULT_SCALE)
    curve = window.loss_plot.train_curve.curve
    assert curve.opts["pen"].widthF() == pytest.approx(DEFAULT_SCALE)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key_F5)
    assert not window.presentation.active
    qtbot.waitUntil(lambda: window_look(window) == before)
    assert palette.LINE_SCALE == 1 and palette.POSITIVE == palette.SCREEN_POSITIVE
    assert axis.style["tickFont"] is None and curve.opts["pen"].widthF() == pytest.approx(1)
    assert (axis.textPen().color().name(), axis.textPen().style()) == own_text  # not "no pen": numbers drawn
    assert legend.boundingRect().height() == pytest.approx(legend_height, abs=1)  # its rows not left spread out


def test_the_diagram_draws_its_links_again_wider(qtbot, presenting):
    window = presenting
    wait_snapshot(qtbot, window, lambda s: True)
    window.editor.grab()
    renders = window.editor.links.renders
    window.presentation.set_active(True)
    window.editor.grab()
    assert window.editor.links.renders == renders + 1


def test_scale_is_chosen_in_the_view_menu_remembered_and_zoomed(qtbot, presenting, tmp_path):
    window = presenting
    window.presentation.set_active(True)
    base = window.presentation._before["font"].pointSizeF()
    window.presentation.scale_actions[2.0].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base * 2.0)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key_Minus, Qt.ControlModifier)
    assert window.presentation.scale == 1.6
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.6)
    qtbot.keyClick(window, Qt.Key_Plus, Qt.ControlModifier)
    assert window.presentation.scale == 2.0
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    assert float(settings.value("presentation/scale")) == 2.0


def test_focus_is_framed_while_presenting(qtbot, presenting):
    window = presenting
    window.presentation.set_active(True)
    window.activateWindow()
    field = window.toolbar.speed
    field.setFocus()
    ring = window.presentation._ring
    qtbot.waitUntil(lambda: ring.widget() is field and ring.isVisible())
    assert ring.geometry().contains(field.geometry())  # around the field, in its parent


def test_full_screen_is_a_separate_action_and_leaving_restores_the_window(qtbot, presenting):
    window = presenting
    window.presentation.set_active(True)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key_F11)
    assert window.windowState() & Qt.WindowFullScreen
    window.presentation.set_active(False)
    assert not window.windowState() & Qt.WindowFullScreen
    assert not window.presentation.full_screen_action.isChecked()


def test_command_line_starts_in_presentation_mode():
    assert build_parser().parse_args(["--presentation"]).presentation
    assert not build_parser().parse_args([]).presentation


def test_keys_change_speed(qtbot, window):
    window.activateWindow()
    combo = window.toolbar.speed
    combo.setCurrentIndex(2)
    with qtbot.waitSignal(window.toolbar.speed_changed) as faster:
        qtbot.keyClick(window, Qt.Key_Up, Qt.ControlModifier)
    assert combo.currentIndex() == 1 and faster.args == [float(combo.itemData(1))]
    with qtbot.waitSignal(window.toolbar.speed_changed) as slower:
        qtbot.keyClick(window, Qt.Key_Down, Qt.ControlModifier)
        assert combo.currentIndex() == 2
    assert slower.args == [float(combo.itemData(2))]


def test_keys_bring_the_next_and_previous_view_forward(qtbot, window):
    window.activateWindow()
    shown = window.keys.shown_view_docks()
    tabbed = window.docks["predictions"]
    in_front = lambda: not tabbed.visibleRegion().isEmpty()
    assert not in_front()  # behind the weights
    for _ in range(shown.index(tabbed) + 1):
        qtbot.keyClick(window, Qt.Key_PageDown, Qt.ControlModifier)
    qtbot.waitUntil(in_front)
    qtbot.keyClick(window, Qt.Key_PageUp, Qt.ControlModifier)
    qtbot.keyClick(window, Qt.Key_PageUp, Qt.ControlModifier)
    qtbot.keyClick(window, Qt.Key_PageUp, Qt.ControlModifier)  # histograms, gradients, the weights
    qtbot.waitUntil(lambda: not in_front())
    assert not window.docks["weights"].visibleRegion().isEmpty()


def test_scenario_keys_reach_a_scenario_or_say_there_is_none(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key_PageDown)
    assert window.statusBar().currentMessage() == "No scenario is open"
    from playground.scenario_catalog import session_path
    assert window.files.open(session_path("zero_init"), confirmed=True)
    panel = window.scenario_panel
    qtbot.waitUntil(lambda: panel.scenario is not None, timeout=10000)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key_PageDown)
    assert panel.step == 1
    qtbot.keyClick(window, Qt.Key_PageUp)
    assert panel.step == 0
    qtbot.keyClick(window, Qt.Key_PageUp)
    assert window.statusBar().currentMessage() == "The scenario has no further step that way"


@pytest.mark.parametrize("key", [Qt.Key_F1, Qt.Key_Question])
def test_f1_and_question_mark_open_the_shortcuts_dialog(qtbot, window, key):
    window.activateWindow()
    qtbot.keyClick(window, key)
    shown = lambda: [w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog) and w.isVisible()]
    qtbot.waitUntil(lambda: bool(shown()))
    shown()[0].close()


def test_the_dialog_lists_every_actions_shortcut(qtbot, window):
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    table = by_name(dialog, "Keyboard shortcuts", QTableWidget)
    listed = {(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())}
    for action in (window.toolbar.play_action, window.toolbar.step_action, window.toolbar.epoch_action,
                   window.toolbar.reset_action, window.presentation.action, window.presentation.full_screen_action,
                   window.presentation.zoom_in_action, window.presentation.zoom_out_action,
                   window.keys.faster_action, window.keys.slower_action, window.keys.next_view_action,
                   window.keys.previous_view_action, window.keys.next_step_action, window.keys.previous_step_action):
        keys = action.shortcut().toString(QKeySequence.NativeText)
        assert any(what == action.text() and keys in shown for what, shown in listed), action.text()
    assert ("Keyboard shortcuts", "F1, ?") in listed
    assert len(listed) == len(shortcut_rows(window))


def test_plots_are_restored_when_items_were_made_while_presenting(qtbot, presenting):
    """A network built while presenting (new heatmaps) still leaves at 1×."""
    window = presenting
    window.presentation.set_active(True)
    window.run.edit({"hidden": window.controller.config.hidden[:1]}, "one layer")
    wait_snapshot(qtbot, window, lambda s: len(s.layers) == 2)
    qtbot.wait(100)
    window.presentation.set_active(False)
    for view in window.findChildren(pg.GraphicsView):
        for item in view.scene().items():
            if isinstance(item, pg.AxisItem):
                assert item.style["tickFont"] is None


def test_closing_while_presenting_saves_the_normal_layout(qtbot, make_window):
    window = make_window()
    font = QApplication.font().pointSizeF()
    window.presentation.set_active(True)
    window.files.modified = False
    window.close()
    assert not window.presentation.active and QApplication.font().pointSizeF() == font
    reopened = make_window()  # same settings file
    assert all(reopened.docks[k].isVisible() for k in SECONDARY_DOCKS)


def test_the_timeline_gives_its_height_to_the_loss_plot_while_presenting(qtbot, window):
    timeline = window.run.tools.timeline
    assert timeline.isVisible()
    window.presentation.set_active(True)
    assert not timeline.isVisible()
    window.presentation.set_active(False)
    assert timeline.isVisible()
