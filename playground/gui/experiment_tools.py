"""Wiring of a run unit's experiment tools (issue 16): the timeline under the loss plot with
"continue from here" (undoable) and a progress dialog with Cancel for long replays, and switching neurons off and freezing layers from the
network diagram (live settings, undoable).  Kept here so the run unit only attaches them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand

from ..controller.training_controller import TrainingController
from .replay_progress import ReplayProgress
from .timeline_bar import BranchOverlay, TimelineBar


class BranchCommand(QUndoCommand):
    """"Continue from here": undo puts the branch it set aside back (the new one is set aside
    in turn), redo swaps again; the engine keeps both."""

    def __init__(self, controller: TrainingController, step: int):
        super().__init__(QCoreApplication.translate("ExperimentTools", "Continue from update {step}").format(
            step=step))
        self.controller = controller
        self._done = True  # pushed after the engine branched

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.controller.switch_branch()

    def undo(self) -> None:
        self.controller.switch_branch()


class SettingCommand(QUndoCommand):
    """A live setting changed from the diagram (a neuron off, a layer frozen): weights stay."""

    def __init__(self, controller: TrainingController, before: dict, after: dict, text: str):
        super().__init__(text)
        self.controller, self.before, self.after = controller, before, after
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.controller.set_hyperparameters(**self.after)

    def undo(self) -> None:
        self.controller.set_hyperparameters(**self.before)


class ExperimentTools(QObject):
    def __init__(self, unit):
        super().__init__(unit)
        self.unit = unit
        c = self.controller = unit.controller
        self.timeline = TimelineBar(c.seek)
        unit.loss_plot.layout().insertWidget(1, self.timeline)
        self.overlay = BranchOverlay(unit.loss_plot)
        self.replay_progress = ReplayProgress(c, unit.loss_plot)
        self.timeline.continue_requested.connect(c.continue_from_here)
        c.built.connect(self._on_controller_built)
        c.snapshot_ready.connect(self._on_controller_snapshot)
        c.branched.connect(self._on_controller_branched)
        unit.editor.neuron_switch_requested.connect(self.switch_neuron)
        unit.editor.layer_freeze_requested.connect(self.freeze_layer)

    def _on_controller_built(self, info) -> None:
        self.timeline.set_info(info.timeline)
        self.overlay.set_branch(info.timeline, info.step)

    def _on_controller_snapshot(self, snapshot) -> None:
        self.timeline.follow(snapshot.step)

    def _on_controller_branched(self, step: int) -> None:
        self.unit.undo_stack.push(BranchCommand(self.controller, step))
        self.unit.files.mark_modified()

    def switch_neuron(self, position: int, neuron: int) -> None:
        """Switch a hidden neuron off, or back on (a live setting: weights stay)."""
        before = [list(p) for p in self.controller.expected_config.ablated]
        pair = [position, neuron]
        after = [p for p in before if p != pair] if pair in before else sorted(before + [pair])
        text = (self.tr("Switch neuron {neuron} of hidden layer {layer} on") if pair in before
                else self.tr("Switch neuron {neuron} of hidden layer {layer} off"))
        self._change({"ablated": before}, {"ablated": after}, text.format(neuron=neuron + 1, layer=position + 1))

    def freeze_layer(self, position: int) -> None:
        """Freeze a layer (its parameters stop changing), or let it learn again."""
        before = list(self.controller.expected_config.frozen)
        after = [p for p in before if p != position] if position in before else sorted(before + [position])
        text = self.tr("Unfreeze layer {layer}") if position in before else self.tr("Freeze layer {layer}")
        self._change({"frozen": before}, {"frozen": after}, text.format(layer=position + 1))

    def _change(self, before: dict, after: dict, text: str) -> None:
        def done(accepted: bool, _) -> None:
            if accepted:
                self.unit.undo_stack.push(SettingCommand(self.controller, before, after, text))
                self.unit.files.mark_modified()
        self.controller.set_hyperparameters(done=done, **after)
