"""The layer editor shows the shapes between layers from the configuration alone (the engine's
own layer-building code), before any run or snapshot exists."""
from playground.engine import Config
from playground.engine.layer_text import parse_layers
from playground.gui.layer_stack_editor import LayerStackEditor


def test_shapes_are_shown_before_any_snapshot(qtbot):
    editor = LayerStackEditor()
    qtbot.addWidget(editor)
    editor.set_config(Config(dataset="digits", n_samples=100, hidden=parse_layers("conv8x3same,maxpool2,16")))
    assert editor.shapes_label.text() == "Shapes: 8×8×1 → 8×8×8 → 4×4×8 → 16 → 10"
    assert [row["shape"].text() for row in editor._row_widgets] == ["8×8×8", "4×4×8", "16"]
    editor.set_config(Config(dataset="digits", n_samples=100, hidden=parse_layers("conv8x9")))  # does not fit
    assert editor.shapes_label.text() == "Shapes: —"
