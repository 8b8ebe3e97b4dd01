"""Scenarios in the window: the menu opens one and shows its text step by step; hidden and
locked settings follow the open scenario; Save as Scenario round-trips them."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QFormLayout, QLineEdit, QPlainTextEdit, QPushButton

from playground.engine.scenario import Scenario
from playground.scenario_catalog import shipped

from .conftest import answer_next_dialog, by_name


def open_from_menu(qtbot, window, key: str) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and a.menu().objectName() == "scenarios")
    action = next(a for a in menu.actions() if a.objectName() == f"scenario_{key}")
    action.trigger()
    qtbot.waitUntil(lambda: window.controller.scenario == shipped(key).scenario())
    qtbot.waitUntil(lambda: window.controller.latest is not None and window.controller.config == shipped(key).config)


def row_shown(window, name: str) -> bool:
    """Whether the form row of the setting called ``name`` is shown (its section may be folded)."""
    widget = by_name(window.training_panel, name)
    form = next(f for f in window.training_panel.findChildren(QFormLayout) if f.indexOf(widget) >= 0)
    return form.isRowVisible(widget)


def test_the_menu_opens_a_scenario_and_shows_its_text_step_by_step(qtbot, window):
    assert not window.docks["scenario"].isVisible()
    open_from_menu(qtbot, window, "zero_init")
    item, panel = shipped("zero_init"), window.scenario_panel
    assert window.docks["scenario"].isVisible()
    assert panel.title.text() == item.title and panel.text.toPlainText() == item.steps[0]
    assert panel.position.text() == "Step 1 of 3"
    qtbot.mouseClick(by_name(window, "Next step", QPushButton), Qt.LeftButton)
    qtbot.mouseClick(by_name(window, "Next step", QPushButton), Qt.LeftButton)
    assert panel.text.toPlainText() == item.steps[2] and not panel.next_button.isEnabled()
    assert not panel.next_step() and panel.previous_step()  # what keyboard actions call
    assert panel.text.toPlainText() == item.steps[1]
    for dock in window.docks.values():  # the text fits beside the views at 1280×800
        assert not dock.isVisible() or (dock.width() > 0 and dock.height() > 0)


def test_hidden_and_locked_settings_follow_the_scenario_and_the_teacher_can_show_them(qtbot, window):
    assert row_shown(window, "Precision")
    open_from_menu(qtbot, window, "zero_init")  # hides Precision
    assert not row_shown(window, "Precision")
    open_from_menu(qtbot, window, "optimizers")  # locks learning rate and seed
    assert row_shown(window, "Precision")
    assert not by_name(window, "Learning rate").isEnabled() and not by_name(window, "Seed").isEnabled()
    assert not by_name(window, "New random seed").isEnabled()
    reveal = by_name(window, "Show hidden and locked settings", QCheckBox)
    qtbot.mouseClick(reveal, Qt.LeftButton)
    assert by_name(window, "Learning rate").isEnabled() and by_name(window, "Seed").isEnabled()
    qtbot.mouseClick(reveal, Qt.LeftButton)
    assert not by_name(window, "Learning rate").isEnabled()
    window.controller.set_hyperparameters(learning_rate=0.1)  # a change: the restrictions stay
    qtbot.waitUntil(lambda: window.controller.config.learning_rate == 0.1)
    assert not by_name(window, "Learning rate").isEnabled()
    window.files.new(window.controller.config)  # an ordinary session again
    qtbot.waitUntil(lambda: window.controller.scenario is None)
    assert by_name(window, "Learning rate").isEnabled() and not window.docks["scenario"].isVisible()


def test_save_as_scenario_round_trip(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "my lesson.nnplay"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))

    def fill(dialog):
        by_name(dialog, "Scenario title", QLineEdit).setText("Watch the rate")
        by_name(dialog, "Scenario text", QPlainTextEdit).setPlainText("Look here.\n---\nNow change it.")
        by_name(dialog, "Hide Noise", QCheckBox).setChecked(True)
        by_name(dialog, "Lock Optimizer", QCheckBox).setChecked(True)
        dialog.accept()
    answer_next_dialog(None, then=fill)
    file_menu = window.menuBar().actions()[0].menu()
    next(a for a in file_menu.actions() if a.text() == "Save as Scenario…").trigger()
    assert path.exists()
    expected = Scenario("Watch the rate", ("Look here.", "Now change it."), frozenset({"noise"}),
                        frozenset({"optimizer"}))
    assert window.controller.scenario == expected
    window.files.new(window.controller.config)
    qtbot.waitUntil(lambda: window.controller.scenario is None)
    assert by_name(window, "Optimizer").isEnabled()

    assert window.files.open(str(path))
    assert window.controller.scenario == expected
    assert window.scenario_panel.text.toPlainText() == "Look here."
    assert not by_name(window, "Optimizer").isEnabled()
    assert not by_name(window.data_panel, "Noise").isVisibleTo(window.data_panel)


def test_save_as_scenario_needs_a_title(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x.nnplay"), ""))
    said = []

    def press_save_without_title(dialog):
        save = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Save")
        save.click()
        said.append(by_name(dialog, "Problem with the scenario").text())
        dialog.reject()
    answer_next_dialog(None, then=press_save_without_title)
    assert not window.files.save_as_scenario()
    assert said == ["Give the scenario a title."] and not (tmp_path / "x.nnplay").exists()


def test_the_echo_delay_has_a_control_where_the_echo_is_chosen(qtbot, window):
    delay = by_name(window.data_panel, "Echo delay")
    assert not delay.isVisibleTo(window.data_panel)
    open_from_menu(qtbot, window, "rnn_memory")  # "set the echo delay to 12"
    assert delay.isVisibleTo(window.data_panel) and delay.value() == 2
    delay.setValue(12)
    qtbot.waitUntil(lambda: window.controller.config.delay == 12)
    delay.setValue(16)  # as long as the sequence: refused, and the control shows what runs
    qtbot.waitUntil(lambda: delay.value() == 12)


def test_a_shipped_scenario_opens_as_a_template_that_save_never_overwrites(qtbot, window, tmp_path, monkeypatch):
    original = shipped("batch_size").path.read_bytes()
    open_from_menu(qtbot, window, "batch_size")
    assert window.files.path is None
    copy = tmp_path / "my batch lesson.nnplay"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    assert window.files.save()
    assert shipped("batch_size").path.read_bytes() == original
    assert window.files.path == str(copy)
    assert window.files.open(str(copy)) and window.controller.scenario == shipped("batch_size").scenario()


def test_an_open_scenario_still_fits_a_1280_pixel_screen(qtbot, window):
    from playground.scenario_catalog import session_path
    window.resize(1280, 800)
    assert window.files.open(session_path("zero_init"), confirmed=True)
    dock = window.docks["scenario"]
    qtbot.waitUntil(dock.isVisible, timeout=10000)
    qtbot.wait(50)
    assert window.minimumSizeHint().width() <= 1280 and window.width() <= 1280
    assert not dock.visibleRegion().isEmpty()  # brought to the front of its tab group


def test_save_as_scenario_needs_a_title_and_a_text_not_only_spaces(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x.nnplay"), ""))
    said = []

    def press_save_without_text(dialog):
        save = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Save")
        for title, text in (("   ", "Look here."), ("Watch the rate", "   \n---\n  ")):
            by_name(dialog, "Scenario title", QLineEdit).setText(title)
            by_name(dialog, "Scenario text", QPlainTextEdit).setPlainText(text)
            save.click()
            said.append(by_name(dialog, "Problem with the scenario").text())
        dialog.reject()
    answer_next_dialog(None, then=press_save_without_text)
    assert not window.files.save_as_scenario()
    assert said == ["Give the scenario a title.", "Write the scenario's text: what to watch, what to change, and why."]
    assert not (tmp_path / "x.nnplay").exists()
