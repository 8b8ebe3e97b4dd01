"""Every control a user can operate has an accessible name and a tooltip, and every visible
text goes through Qt's translation system when the widget is built (not at import, and not
glued together from translated pieces)."""
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QGroupBox, QLabel, QLineEdit,
                               QSlider, QToolButton, QWidget)

from playground.engine import Config
from playground.gui.data_panel import DataPanel
from playground.gui.labels import (ACTIVATION_LABELS, DATASET_LABELS, FEATURE_LABELS, HYPER_LABELS, INIT_LABELS,
                                   OPTIMIZER_LABELS, REGULARIZER_LABELS, neuron_name)
from playground.gui.message_bar import MessageBar
from playground.gui.network_editor import NetworkEditor
from playground.gui.view_export import export_actions
from playground.gui.views.gradient_health import GradientHealthView
from playground.gui.views.loss_plot import LossPlot
from playground.gui.views.weight_histograms import WeightHistogramView

CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox, QSlider, QLineEdit)
SYMBOLS = {"+", "−", "✕"}  # drawn symbols, not words: their accessible names say what they do


def build(qtbot, kind):
    widget = kind()
    qtbot.addWidget(widget)
    if kind is DataPanel:
        widget.set_config(Config(), "classification")
    elif kind is NetworkEditor:
        widget.set_config(Config(), ["X₁", "X₂"])
    return widget


def controls(widget: QWidget) -> list[QWidget]:
    """The operable children; the line edit inside a spin box or combo box is part of it."""
    found = [w for kind in CONTROLS for w in widget.findChildren(kind)]
    return [w for w in found if not (isinstance(w, QLineEdit) and isinstance(w.parent(), (QAbstractSpinBox, QComboBox)))]


WIDGETS = [DataPanel, NetworkEditor, LossPlot, GradientHealthView, WeightHistogramView, MessageBar]


@pytest.mark.parametrize("kind", WIDGETS, ids=lambda k: k.__name__)
def test_every_control_has_an_accessible_name_and_a_tooltip(qtbot, kind):
    widget = build(qtbot, kind)
    found = controls(widget)
    assert found or kind in (GradientHealthView, WeightHistogramView)
    unnamed = [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}" for w in found if not w.accessibleName()]
    untipped = [f"{type(w).__name__} {w.accessibleName()!r}" for w in found if not w.toolTip()]
    assert not unnamed, f"no accessible name: {unnamed}"
    assert not untipped, f"no tooltip: {untipped}"


def test_named_controls_as_a_screen_reader_finds_them(qtbot):
    panel, editor, loss, bar = (build(qtbot, k) for k in (DataPanel, NetworkEditor, LossPlot, MessageBar))
    names = {w.accessibleName() for w in controls(panel)}
    assert {"Data set", "Samples", "Noise", "Training share", "Regenerate data", "Import CSV…"} <= names
    assert set(FEATURE_LABELS.values()) <= names
    names = {w.accessibleName() for w in controls(editor)}
    hidden = len(Config().hidden)
    assert hidden >= 1
    assert {"Add a hidden layer", "Remove the last hidden layer", "Neurons show",
            f"Add a neuron to hidden layer {hidden}", f"Remove a neuron from hidden layer {hidden}",
            f"Activation of hidden layer {hidden}"} <= names
    assert {w.accessibleName() for w in controls(loss)} == {"Log scale", "X axis"}
    assert [w.accessibleName() for w in controls(bar)] == ["Go back to a healthy update", "Dismiss message"]
    assert editor.accessibleName() == "Network diagram" and loss.graphics.accessibleName() == "Loss plot"
    health, histograms = build(qtbot, GradientHealthView), build(qtbot, WeightHistogramView)
    assert health.graphics.accessibleName() == "Gradient health plot"
    assert histograms.accessibleName() == "Weight histograms"


class Bracketing(QTranslator):
    """Wraps every text it is asked for in «…», so an untranslated text stands out."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»"

    def isEmpty(self):
        return False


@pytest.fixture
def bracketing(qapp):
    translator = Bracketing()
    assert QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def wrapped(text: str) -> bool:
    return text.startswith("«") and text.endswith("»")


def visible_texts(widget: QWidget) -> list[str]:
    """Texts shown by labels, buttons, combo entries and group titles (symbols left out)."""
    texts = [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)]
    texts += [w.title() for w in widget.findChildren(QGroupBox)]
    texts += [c.itemText(i) for c in widget.findChildren(QComboBox) for i in range(c.count())]
    for button in widget.findChildren(QToolButton):
        if button.menu() is not None:
            texts += [a.text() for a in button.menu().actions() if not a.isSeparator()]
            texts += [a.text() for m in button.menu().findChildren(type(button.menu())) for a in m.actions()]
    return [t for t in texts if t and t not in SYMBOLS]


@pytest.mark.parametrize("kind", [DataPanel, NetworkEditor, LossPlot], ids=lambda k: k.__name__)
def test_a_translator_installed_at_start_up_words_every_visible_text(qtbot, bracketing, kind):
    widget = build(qtbot, kind)
    texts = visible_texts(widget)
    assert len(texts) >= 3
    assert not [t for t in texts if not wrapped(t)], "not translated"


def test_a_translator_words_tooltips_titles_and_axis_labels(qtbot, bracketing):
    loss, health, histograms, bar = (build(qtbot, k) for k in (LossPlot, GradientHealthView, WeightHistogramView,
                                                                MessageBar))
    assert wrapped(loss.loss_plot.getAxis("left").labelText)
    assert wrapped(loss._x_axis().labelText)
    assert wrapped(loss.toolTip()) and wrapped(loss.graphics.accessibleName())
    assert wrapped(health.norm_plot.titleLabel.text) and wrapped(health.toolTip())
    assert wrapped(histograms.toolTip()) and wrapped(histograms.accessibleName())
    assert all(wrapped(w.accessibleName()) and wrapped(w.toolTip()) for w in controls(bar))
    assert [wrapped(a.text()) for a in export_actions(loss, "loss")] == [True, True]


def test_the_label_tables_translate_when_read_not_at_import(bracketing):
    for table in (ACTIVATION_LABELS, DATASET_LABELS, FEATURE_LABELS, INIT_LABELS, OPTIMIZER_LABELS,
                  REGULARIZER_LABELS):
        assert table and all(wrapped(text) for text in table.values())
        key = next(iter(table))
        assert wrapped(table[key]) and table.get(key) == table[key] and key in table
    assert all(wrapped(label) and wrapped(tip) for label, tip in HYPER_LABELS.values())
    assert neuron_name(2, 0, [2, 3, 1], ["X₁", "X₂"]) == "«out»"


def test_without_a_translator_the_tables_read_as_english():
    assert ACTIVATION_LABELS["relu"] == "ReLU" and dict(INIT_LABELS)["he_normal"] == "He normal"
    assert HYPER_LABELS["beta1"][0] == "β₁"
    assert neuron_name(2, 1, [2, 3, 2], ["X₁", "X₂"]) == "out2"


def test_edit_descriptions_for_the_undo_stack_are_translated(qtbot, bracketing):
    editor, panel = build(qtbot, NetworkEditor), build(qtbot, DataPanel)
    whats = []
    editor.edit_requested.connect(lambda _, what: whats.append(what))
    panel.structural_change.connect(lambda _, what: whats.append(what))
    qtbot.mouseClick(editor.add_layer_button, Qt.LeftButton)
    editor.change_units(0, +1)
    editor.set_layer(0, activation="tanh", init="he_normal")
    panel.samples.setValue(panel.samples.value() + 100)
    assert len(whats) == 4 and all(wrapped(w) for w in whats), whats
    assert "«tanh»" in whats[2].lower() and "«he normal»" in whats[2].lower()


def test_every_control_of_the_main_window_has_a_name_and_a_tooltip(window):
    """What a screen reader reads, and what tests find widgets by: every control the user can
    operate in the assembled window (Qt's own overflow and tab-scroll buttons aside)."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QSlider, QTabBar
    unnamed = []
    for kind in (QAbstractButton, QComboBox, QAbstractSpinBox, QSlider, QLineEdit):
        for control in window.findChildren(kind):
            inner = isinstance(control, QLineEdit) and isinstance(control.parent(), (QAbstractSpinBox, QComboBox))
            qt_own = control.objectName().startswith("qt_") or isinstance(control.parent(), QTabBar)  # scroll arrows
            if inner or qt_own:
                continue
            if not control.accessibleName() or not control.toolTip():
                unnamed.append(f"{type(control).__name__} {control.accessibleName()!r} {control.toolTip()[:30]!r}")
    assert unnamed == []
