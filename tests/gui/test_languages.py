"""The window in Simplified Chinese: no English left in any widget, menu, tooltip or dialog,
no translated text cut off at 1280×800, and the Language menu's choice remembered and applied
at the next start (`--lang` overriding it for one start)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QWidget

from playground.app import main
from playground.engine import Config
from playground.engine.errors import ConfigError
from playground.engine.layer_text import parse_layers
from playground.gui.error_text import describe
from playground.gui.language import SETTING, install_language, start_language
from playground.gui.language_menu import LanguageMenu

from .conftest import answer_next_dialog, by_name, wait_snapshot
from .visible_text import all_texts, english_left, english_words

CONFIGS = {"dense": Config(),
           "cnn": Config(dataset="digits", n_samples=300, hidden=parse_layers("conv4x3same,maxpool2")),
           "rnn": Config(dataset="sine", n_samples=200, sequence_length=12, hidden=parse_layers("rnn6"), loss="mse")}
SMALL = (1280, 800)


@pytest.fixture
def chinese(qapp):
    assert install_language("zh_CN")
    yield
    install_language("en")


def trained_window(qtbot, make_window, config):
    window = make_window(config)
    window.controller.step(3)
    wait_snapshot(qtbot, window, lambda s: s.step == 3)
    return window


def dialog_texts(qtbot, open_dialog) -> tuple[list, list]:
    """Open a modal dialog, read it (all its texts, and those still English), close it."""
    seen = []

    def read(dialog):
        seen.append((list(all_texts(dialog)), english_left(dialog)))
        dialog.reject()
    answer_next_dialog(None, then=read)
    open_dialog()
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0]


@pytest.mark.parametrize("kind", CONFIGS)
def test_no_english_is_left_in_the_window(qtbot, make_window, chinese, kind):
    window = trained_window(qtbot, make_window, CONFIGS[kind])
    assert "文件(&F)" in [a.text() for a in window.menuBar().actions()]
    assert english_left(window) == []


def test_qt_own_dialogs_and_ours_are_chinese(qtbot, make_window, chinese):
    window = make_window()
    about = next(a for m in window.menuBar().findChildren(type(window.recent_menu)) for a in m.actions()
                 if a.text() == "关于")
    texts, english = dialog_texts(qtbot, about.trigger)
    assert any("亲手搭建神经网络" in t for t in texts) and english == []
    window.files.modified = True
    texts, english = dialog_texts(qtbot, window.files.confirm_discard)
    assert {"保存", "取消"} <= set(texts) and english == [], texts  # Qt's own buttons, from qtbase_zh_CN.qm
    window.files.modified = False
    dialog = QFileDialog(window, "打开会话")
    dialog.setOption(QFileDialog.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    # Qt's file dialog, worded by qtbase_zh_CN.qm (which leaves "Look in:" and "Files of type:" English)
    assert {"打开(&O)", "取消", "文件名称(&N)：", "新建文件夹"} <= set(all_texts(dialog))


def test_an_engine_error_is_worded_in_chinese_with_its_subject(chinese):
    error = ConfigError(code="out_of_range", what="learning rate", low=0, high=1e6, value=-1)
    assert describe(error) == "学习率必须在 0 到 1e+06 之间；-1 超出了范围。"


def test_a_typed_bad_number_is_refused_in_chinese(qtbot, make_window, chinese):
    window = make_window()
    rate = by_name(window.training_panel, "学习率")
    rate.lineEdit().selectAll()
    qtbot.keyClicks(rate.lineEdit(), "-5")
    qtbot.keyClick(rate.lineEdit(), Qt.Key_Return)
    qtbot.waitUntil(lambda: "-5" in window.message_bar.label.text())
    assert window.message_bar.label.text() == "“-5”不是 0 到 1000 之间的数。"


@pytest.mark.parametrize("kind", CONFIGS)
def test_translated_labels_and_buttons_are_not_cut_off_at_1280x800(qtbot, make_window, chinese, kind):
    window = trained_window(qtbot, make_window, CONFIGS[kind])
    window.resize(*SMALL)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == SMALL)
    qtbot.wait(50)
    cut = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisible() or not widget.text() or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        if widget.sizeHint().width() > widget.width():
            cut.append(f"{type(widget).__name__} {widget.text()!r}: needs {widget.sizeHint().width()} px, "
                       f"has {widget.width()}")
    assert cut == []


def click_menu_entry(qtbot, menu, text) -> None:
    """Open ``menu`` and click its entry ``text`` as a user would."""
    menu.popup(menu.parentWidget().mapToGlobal(menu.parentWidget().rect().center()))
    qtbot.waitUntil(menu.isVisible)
    action = next(a for a in menu.actions() if a.text() == text)
    qtbot.mouseClick(menu, Qt.LeftButton, pos=menu.actionGeometry(action).center())


def test_the_language_chosen_in_the_menu_is_remembered_and_applied_at_the_next_start(qtbot, make_window):
    window = make_window()
    menu = window.findChild(LanguageMenu)
    assert menu.title() == "&Language" and menu.choices["en"].isChecked()
    said = []
    answer_next_dialog(None, then=lambda box: (said.append(box.text()), box.accept()))
    click_menu_entry(qtbot, menu, "简体中文")
    qtbot.waitUntil(lambda: bool(said))
    assert "简体中文" in said[0] and "next time it starts" in said[0]
    assert window.settings.value(SETTING) == "zh_CN" and menu.choices["zh_CN"].isChecked()
    try:
        assert start_language(None, window.settings) == "zh_CN"  # what the app does at start
        again = make_window()
        assert again.findChild(LanguageMenu).title() == "语言 Language(&L)"
        assert again.findChild(LanguageMenu).choices["zh_CN"].isChecked()
        assert start_language("en", window.settings) == "en"  # --lang wins for one start
        assert window.settings.value(SETTING) == "zh_CN"
    finally:
        install_language("en")


def test_choosing_the_language_already_shown_asks_nothing(qtbot, make_window):
    window = make_window()
    menu = window.findChild(LanguageMenu)
    click_menu_entry(qtbot, menu, "English")
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert QApplication.activeModalWidget() is None and window.settings.value(SETTING) == "en"


def test_an_unknown_language_on_the_command_line_is_one_clear_line(capsys):
    assert main(["--lang", "fr"]) == 2
    assert capsys.readouterr().err == "error: --lang must be one of en, zh_CN, not 'fr'\n"


def menu_texts(menu) -> list[str]:
    """Entries, submenus and the labels of the forms inside them (tooltips aside)."""
    texts = [menu.title()]
    for action in menu.actions():
        texts.append(action.text())
        if action.menu() is not None:
            texts += menu_texts(action.menu())
    for widget in menu.findChildren(QWidget):
        texts += [getattr(widget, attr)() for attr in ("text", "title") if hasattr(widget, attr)]
    return [t for t in texts if t]


def test_the_plots_right_click_menus_are_chinese(qtbot, make_window, chinese):
    """pyqtgraph's own menus (View All, axis ranges, Plot Options) take their texts from our catalog."""
    window = make_window()
    plot = window.loss_plot.loss_plot
    texts = menu_texts(plot.getViewBox().menu) + menu_texts(plot.ctrlMenu)
    assert {"显示全部", "鼠标模式", "X 轴", "绘图选项", "网格", "显示 X 网格"} <= set(texts)
    assert [t for t in texts if english_words(t)] == []


def test_presenting_in_chinese_at_1280_keeps_the_losses_in_sight(qtbot, make_window, chinese):
    """At 1.6× the toolbar cannot hold every text: Qt moves the last widgets into its "»"
    menu.  The losses and the accuracy are two labels, so the losses stay on the toolbar."""
    window = trained_window(qtbot, make_window, CONFIGS["dense"])
    window.resize(*SMALL)
    window.presentation.set_active(True)
    try:
        qtbot.waitUntil(lambda: window.toolbar.losses.text().strip().startswith("损失"))
        qtbot.wait(100)  # the toolbar lays its widgets out
        assert window.toolbar.losses.isVisible()
        assert window.toolbar.rect().contains(window.toolbar.losses.geometry())
    finally:
        window.presentation.set_active(False)
