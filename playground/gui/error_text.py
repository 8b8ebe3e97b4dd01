"""Engine errors worded for the window, in the user's language.

The engine raises errors with a ``code`` and ``values`` (see ``playground.engine.errors``);
here each code has a sentence that Qt Linguist can translate (context "EngineError").
An error without a known code shows its English message.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from ..engine import EngineError

# code → sentence to translate; {names} are the error's values.
WORDINGS: dict[str, str] = {
    "unknown_name": QT_TRANSLATE_NOOP("EngineError", "Unknown {what} “{name}”. Choose one of: {choices}."),
    "not_one_of": QT_TRANSLATE_NOOP("EngineError", "The {what} must be one of {choices}, not “{value}”."),
    "unknown_keys": QT_TRANSLATE_NOOP("EngineError", "Unknown {what} settings: {keys}."),
    "wrong_type": QT_TRANSLATE_NOOP("EngineError", "The setting “{name}” must be {expected}, not {got}."),
    "not_an_object": QT_TRANSLATE_NOOP("EngineError", "The file is damaged: {what} must be a JSON object."),
    "out_of_range": QT_TRANSLATE_NOOP("EngineError", "The {what} must be from {low:g} to {high:g}; {value} is "
                                      "outside."),
    "neurons_out_of_range": QT_TRANSLATE_NOOP("EngineError", "A dense layer has 1 to {most} neurons, not {value}."),
    "filters_out_of_range": QT_TRANSLATE_NOOP("EngineError", "A convolution has 1 to {most} filters, not {value}."),
    "hidden_units_out_of_range": QT_TRANSLATE_NOOP("EngineError", "A recurrent layer has 1 to {most} hidden units, "
                                                   "not {value}."),
    "kernel_out_of_range": QT_TRANSLATE_NOOP("EngineError", "Kernels and windows are 1 to {most} wide, not {value}."),
    "stride_out_of_range": QT_TRANSLATE_NOOP("EngineError", "The stride is 1 to {most}, not {value}."),
    "bptt_out_of_range": QT_TRANSLATE_NOOP("EngineError", "Backpropagation through time can be cut to 0 (all) to "
                                           "{most} steps, not {value}."),
    "samples_out_of_range": QT_TRANSLATE_NOOP("EngineError", "Choose 4 to {most:,} samples, not {value}."),
    "too_many_layers": QT_TRANSLATE_NOOP("EngineError", "A network has at most {most} hidden layers, not {value}."),
    "batch_size_out_of_range": QT_TRANSLATE_NOOP("EngineError", "The batch size is 0 (full batch) to {most:,}, "
                                                 "not {value}."),
    "seed_out_of_range": QT_TRANSLATE_NOOP("EngineError", "The {what} is a whole number from 0 to 2⁶³-1, not "
                                           "{value}."),
    "sequence_length_out_of_range": QT_TRANSLATE_NOOP("EngineError", "A sequence has 2 to {most} time steps, not "
                                                      "{value}."),
    "delay_out_of_range": QT_TRANSLATE_NOOP("EngineError", "The echo looks back 0 to {most} steps (less than the "
                                            "sequence), not {value}."),
    "too_many_digits": QT_TRANSLATE_NOOP("EngineError", "The digits set has only {most:,} images."),
    "too_many_values": QT_TRANSLATE_NOOP("EngineError", "{samples:,} samples make {count:,} values; at most "
                                         "{most:,} fit."),
    "no_features": QT_TRANSLATE_NOOP("EngineError", "Choose at least one input feature."),
    "no_layers": QT_TRANSLATE_NOOP("EngineError", "A network needs at least one layer."),
    "too_many_parameters": QT_TRANSLATE_NOOP("EngineError", "This network has {count:,} parameters; the app "
                                             "handles at most {most:,}."),
    "loss_needs_output": QT_TRANSLATE_NOOP("EngineError", "{loss} needs a {needed} output layer, not {actual}."),
    "layer_does_not_fit": QT_TRANSLATE_NOOP("EngineError", "Layer {position} ({kind}) does not fit its input of "
                                            "shape {shape}: {reason}"),
    "kernel_does_not_fit": QT_TRANSLATE_NOOP("EngineError", "A {kernel}×{kernel} kernel is wider than an input of "
                                             "{size} pixels; use “same” padding or a smaller kernel."),
    "needs_images": QT_TRANSLATE_NOOP("EngineError", "This layer ({layer}) needs images as its input."),
    "needs_sequences": QT_TRANSLATE_NOOP("EngineError", "A recurrent layer needs sequences as its input; below "
                                         "another recurrent layer, that one must return its whole sequence."),
    "batch_too_large": QT_TRANSLATE_NOOP("EngineError", "One update on {batch:,} samples would need about "
                                         "{gib:,.1f} GiB; use batches of at most {most:,} samples, or a smaller "
                                         "network."),
    "diverged_gradient": QT_TRANSLATE_NOOP("EngineError", "Update {step}: the gradient became {value}. The weights "
                                           "were kept at their last finite values. Try a lower learning rate, a "
                                           "smaller initialization scale, or gradient clipping."),
    "diverged_weights": QT_TRANSLATE_NOOP("EngineError", "Update {step}: a weight became infinite. The weights were "
                                          "kept at their last finite values. Try a lower learning rate, a smaller "
                                          "initialization scale, or gradient clipping."),
    "csv_empty": QT_TRANSLATE_NOOP("EngineError", "The file is empty."),
    "csv_too_few_rows": QT_TRANSLATE_NOOP("EngineError", "The file has {count} data row(s); at least 4 are "
                                          "needed."),
    "csv_too_many_rows": QT_TRANSLATE_NOOP("EngineError", "The file has more than {most:,} data rows, the most a "
                                           "data set may hold."),
    "csv_malformed": QT_TRANSLATE_NOOP("EngineError", "Line {line}: the CSV file is malformed ({reason}). A quote "
                                       "may be left open, or a field may be far too long."),
    "csv_bad_rows": QT_TRANSLATE_NOOP("EngineError", "{count} problem(s) in the CSV file:\n{details}"),
    "paint_needs_classes": QT_TRANSLATE_NOOP("EngineError", "Painting adds points of a class to the plane: choose "
                                             "a classification problem. Regression data and images or sequences "
                                             "cannot be painted."),
    "paint_too_few_points": QT_TRANSLATE_NOOP("EngineError", "A data set keeps at least {least} points: paint new "
                                              "ones before erasing these."),
    "file_too_large": QT_TRANSLATE_NOOP("EngineError", "{file} is {megabytes:.0f} MB; at most {most} MB can be "
                                        "imported."),
    "not_utf8": QT_TRANSLATE_NOOP("EngineError", "{file} is not a UTF-8 text file."),
    "cannot_read": QT_TRANSLATE_NOOP("EngineError", "Cannot read {file}: {reason}"),
    "not_a_session": QT_TRANSLATE_NOOP("EngineError", "This is not a Neural Playground session."),
    "not_live": QT_TRANSLATE_NOOP("EngineError", "The setting “{key}” cannot change while training; it needs a "
                                  "new network."),
    "no_answer": QT_TRANSLATE_NOOP("EngineError", "The training engine did not answer in time."),
    "exploding_weights": QT_TRANSLATE_NOOP("EngineError", "Update {step}: the weights grew {ratio:.0e} times larger "
                                           "than at the start, so training is blowing up, most likely because the "
                                           "learning rate (or the initialization scale) is too large. Training was "
                                           "paused. Go back to update {checkpoint} and continue with a smaller "
                                           "learning rate, or reset."),
    "exploding_loss": QT_TRANSLATE_NOOP("EngineError", "Update {step}: the training loss rose to {loss:.3g}, far "
                                        "above the {initial:.3g} it started from, so training is blowing up, most "
                                        "likely because the learning rate is too large. Training was paused. Go "
                                        "back to update {checkpoint} and continue with a smaller learning rate, or "
                                        "reset."),
    "no_checkpoint": QT_TRANSLATE_NOOP("EngineError", "There is no earlier healthy state of this run to go back to."),
    "no_such_parameter": QT_TRANSLATE_NOOP("EngineError", "This weight is no longer in the network (it was rebuilt); "
                                           "click it again."),
    "no_such_neuron": QT_TRANSLATE_NOOP("EngineError", "Hidden layer {layer} has no dense neuron {neuron} to switch "
                                        "off."),
    "no_such_layer": QT_TRANSLATE_NOOP("EngineError", "There is no layer {layer} to freeze."),
    "no_branch": QT_TRANSLATE_NOOP("EngineError", "There is no other branch of this run to go back to (a new "
                                   "network starts a new history)."),
    "replay_cancelled": QT_TRANSLATE_NOOP("EngineError", "Going back was cancelled; the run stays where it was."),
    "compare_copies": QT_TRANSLATE_NOOP("EngineError", "A comparison runs 2 to {most} copies, not {value}."),
    "compare_vary": QT_TRANSLATE_NOOP("EngineError", "Vary one of {settings}, written SETTING=VALUE,VALUE; "
                                      "“{text}” is not that."),
    "compare_value": QT_TRANSLATE_NOOP("EngineError", "The values “{values}” of {setting} must be of type {kind}."),
    "engine_restarted": QT_TRANSLATE_NOOP("EngineError", "The training engine stopped unexpectedly and was "
                                          "restarted. The network was rebuilt from its last settings (new weights, "
                                          "step 0); training since the last save or autosave is lost."),
    "internal_error": QT_TRANSLATE_NOOP("EngineError", "Internal error in the training engine ({kind}: {detail}). "
                                        "The run goes on as it was."),
    "shaped_session": QT_TRANSLATE_NOOP("EngineError", "It holds a network for images or sequences, and the "
                                        "window draws dense networks on 2-D points so far. From a terminal, "
                                        "`python main.py train {path} --save {path}` continues it and "
                                        "`python main.py info {path}` describes it."),
    "newer_session": QT_TRANSLATE_NOOP("EngineError", "This session was made by a newer Neural Playground (format "
                                       "{version}; this one reads up to {supported}). Please update the app."),
    "session_damaged": QT_TRANSLATE_NOOP("EngineError", "The file is damaged ({kind}: {detail})."),
    "timeline_invalid": QT_TRANSLATE_NOOP("EngineError", "The session opened, but its timeline (earlier updates and "
                                          "branches) was left out: it does not fit the run ({reason})."),
    "settings_invalid": QT_TRANSLATE_NOOP("EngineError", "The saved settings are invalid: {reason}"),
    "settings_unbuildable": QT_TRANSLATE_NOOP("EngineError", "The saved settings cannot be built: {reason}"),
    "session_unusable": QT_TRANSLATE_NOOP("EngineError", "The session cannot be used: {reason}"),
    "wrong_members": QT_TRANSLATE_NOOP("EngineError", "This is not a Neural Playground session: missing {missing}; unexpected {unexpected}."),
    "member_twice": QT_TRANSLATE_NOOP("EngineError", "This is not a Neural Playground session: {name} appears twice."),
    "member_too_large": QT_TRANSLATE_NOOP("EngineError", "{name} would take {size:,} bytes when unpacked (at most {most:,}); the file was not opened."),
    "member_compressed": QT_TRANSLATE_NOOP("EngineError", "{name} is compressed {ratio:,}:1, which no real session is; the file was not opened."),
    "not_json": QT_TRANSLATE_NOOP("EngineError", "{name} is not valid JSON ({detail})."),
    "unknown_format": QT_TRANSLATE_NOOP("EngineError", "This is not a Neural Playground session (unknown format name)."),
    "bad_format_version": QT_TRANSLATE_NOOP("EngineError", "The session's format version {version} is invalid."),
    "saved_data_shape": QT_TRANSLATE_NOOP("EngineError", "The saved data has shape {shape}, but the “{dataset}” data set holds {expected}."),
    "unexpected_array": QT_TRANSLATE_NOOP("EngineError", "The file holds an unexpected array “{name}”."),
    "array_type": QT_TRANSLATE_NOOP("EngineError", "The array “{name}” has type {dtype}, which a session never holds."),
    "array_too_many_values": QT_TRANSLATE_NOOP("EngineError", "The array “{name}” declares {count:,} values; these settings allow at most {most:,}."),
    "array_larger_than_file": QT_TRANSLATE_NOOP("EngineError", "The array “{name}” declares shape {shape}, more than its {size:,} bytes hold."),
    "array_truncated": QT_TRANSLATE_NOOP("EngineError", "The array “{name}” is truncated."),
    "array_missing": QT_TRANSLATE_NOOP("EngineError", "The session has no “{name}” array."),
    "array_not_finite": QT_TRANSLATE_NOOP("EngineError", "The array “{name}” holds NaN or infinite values."),
    "array_values_too_large": QT_TRANSLATE_NOOP("EngineError", "The array “{name}” holds values above {most:g}, which cannot train."),
    "array_negative_squares": QT_TRANSLATE_NOOP("EngineError", "The array “{name}” holds negative sums of squares, which no optimizer makes."),
    "saved_task_unknown": QT_TRANSLATE_NOOP("EngineError", "The saved data has an unknown task “{task}”."),
    "saved_data_inconsistent": QT_TRANSLATE_NOOP("EngineError", "The saved data has inconsistent shapes: inputs {x_shape}, targets {y_shape}, {names} feature names."),
    "saved_labels_mismatch": QT_TRANSLATE_NOOP("EngineError", "The saved class labels do not match the number of classes."),
    "array_shape": QT_TRANSLATE_NOOP("EngineError", "The array “{name}” has shape {shape}, but this network needs {expected}."),
    "optimizer_state_mismatch": QT_TRANSLATE_NOOP("EngineError", "The saved optimizer state is for “{saved}”, but the settings say “{chosen}”."),
    "order_not_permutation": QT_TRANSLATE_NOOP("EngineError", "The saved sample order is not a permutation of the training set."),
    "counters_out_of_range": QT_TRANSLATE_NOOP("EngineError", "The saved update and epoch counters are out of range."),
    "random_state_invalid": QT_TRANSLATE_NOOP("EngineError", "The saved random generator state is invalid ({detail})."),
    "state_field_missing": QT_TRANSLATE_NOOP("EngineError", "The session's “{key}” is missing or not a {kind}."),
    "scenario_not_object": QT_TRANSLATE_NOOP("EngineError", "The session's scenario must be a JSON object."),
    "scenario_unknown_keys": QT_TRANSLATE_NOOP("EngineError", "The session's scenario has unknown keys: {keys}."),
    "scenario_not_list": QT_TRANSLATE_NOOP("EngineError", "The scenario's {what} must be a list."),
    "scenario_text": QT_TRANSLATE_NOOP("EngineError", "The scenario's {what} must be a text of at most {most:,} "
                                                      "characters."),
    "scenario_too_many_steps": QT_TRANSLATE_NOOP("EngineError", "A scenario has at most {most} steps, not {value}."),
    "scenario_unknown_controls": QT_TRANSLATE_NOOP("EngineError", "The scenario names settings this app does not "
                                                                  "have: {names}."),
    "cannot_write_folder": QT_TRANSLATE_NOOP("EngineError", "Cannot write in {folder}: {reason}"),
    "cannot_save": QT_TRANSLATE_NOOP("EngineError", "Could not save {path}: {reason}"),
    "conv_sizes": QT_TRANSLATE_NOOP("EngineError", "A convolution's filters, kernel size and stride must be at least 1."),
    "pool_sizes": QT_TRANSLATE_NOOP("EngineError", "A pooling layer's window and stride must be at least 1."),
    "rnn_sizes": QT_TRANSLATE_NOOP("EngineError", "A recurrent layer needs at least one unit, and a truncation of 0 (all steps) or more."),
    "cross_entropy_needs_classes": QT_TRANSLATE_NOOP("EngineError", "Cross-entropy needs classes; use mean squared error for regression."),
    "csv_needs_data": QT_TRANSLATE_NOOP("EngineError", "A CSV data set needs its data: import the file again."),
    "painted_needs_data": QT_TRANSLATE_NOOP("EngineError", "A painted data set needs its points: paint them "
                                            "again or open the session that holds them."),
    "layer_unreadable": QT_TRANSLATE_NOOP("EngineError", "Cannot read the layer “{item}”; write {syntax}."),
    "digits_unreadable": QT_TRANSLATE_NOOP("EngineError", "The bundled digits data cannot be read ({file}): {detail}"),
    "digits_count": QT_TRANSLATE_NOOP("EngineError", "The digits set has {most:,} images; choose 1 to {most:,}, not {value:,}."),
    "adding_needs_steps": QT_TRANSLATE_NOOP("EngineError", "The adding problem needs at least 2 time steps, not {value}."),
    "csv_too_few_columns": QT_TRANSLATE_NOOP("EngineError", "Line 1: the file needs at least one feature column and one label column."),
    "labels_not_whole": QT_TRANSLATE_NOOP("EngineError", "Column {column}: classification needs whole-number labels."),
    "labels_one_class": QT_TRANSLATE_NOOP("EngineError", "Column {column}: every row has the same class ({label:g}); classification needs at least two."),
    "labels_too_many_classes": QT_TRANSLATE_NOOP("EngineError", "Column {column}: {count} classes; at most {most} are supported."),
    "pytorch_no_schedule": QT_TRANSLATE_NOOP("EngineError", "The PyTorch export continues with a constant learning "
                                             "rate: choose the constant schedule (not {schedule}) before exporting."),
    "pytorch_no_ablation": QT_TRANSLATE_NOOP("EngineError", "The PyTorch export writes networks with every neuron "
                                             "on and no frozen layer: switch the neurons back on and unfreeze the "
                                             "layers first."),
    "pytorch_dense_only": QT_TRANSLATE_NOOP("EngineError", "The PyTorch export writes dense networks; this one has convolution or recurrent layers."),
    "landscape_path_too_short": QT_TRANSLATE_NOOP("EngineError", "The path so far has only {count} recorded points: train a little longer to see the directions it moved in, or use random directions."),
}

# The engine's names for what an error is about (its ``what`` value), worded for the window too.
SUBJECTS = (QT_TRANSLATE_NOOP("EngineError", "activation"),
            QT_TRANSLATE_NOOP("EngineError", "learning-rate schedule"),
            QT_TRANSLATE_NOOP("EngineError", "schedule setting"),
            QT_TRANSLATE_NOOP("EngineError", "data set"),
            QT_TRANSLATE_NOOP("EngineError", "feature"),
            QT_TRANSLATE_NOOP("EngineError", "hidden activation"),
            QT_TRANSLATE_NOOP("EngineError", "initializer"),
            QT_TRANSLATE_NOOP("EngineError", "layer kind"),
            QT_TRANSLATE_NOOP("EngineError", "loss"),
            QT_TRANSLATE_NOOP("EngineError", "optimizer setting"),
            QT_TRANSLATE_NOOP("EngineError", "optimizer"),
            QT_TRANSLATE_NOOP("EngineError", "output activation"),
            QT_TRANSLATE_NOOP("EngineError", "regularizer"),
            QT_TRANSLATE_NOOP("EngineError", "bias scale"),
            QT_TRANSLATE_NOOP("EngineError", "frequency"),
            QT_TRANSLATE_NOOP("EngineError", "gradient clipping norm"),
            QT_TRANSLATE_NOOP("EngineError", "initialization scale"),
            QT_TRANSLATE_NOOP("EngineError", "learning rate"),
            QT_TRANSLATE_NOOP("EngineError", "noise"),
            QT_TRANSLATE_NOOP("EngineError", "output initialization scale"),
            QT_TRANSLATE_NOOP("EngineError", "regularization rate"),
            QT_TRANSLATE_NOOP("EngineError", "train fraction"),
            QT_TRANSLATE_NOOP("EngineError", "configuration"),
            QT_TRANSLATE_NOOP("EngineError", "each hidden layer"),
            QT_TRANSLATE_NOOP("EngineError", "layer"),
            QT_TRANSLATE_NOOP("EngineError", "padding"),
            QT_TRANSLATE_NOOP("EngineError", "precision"),
            QT_TRANSLATE_NOOP("EngineError", "the configuration"),
            QT_TRANSLATE_NOOP("EngineError", "seed"),
            QT_TRANSLATE_NOOP("EngineError", "data seed"),
            QT_TRANSLATE_NOOP("EngineError", "momentum"),
            QT_TRANSLATE_NOOP("EngineError", "beta1"),
            QT_TRANSLATE_NOOP("EngineError", "beta2"),
            QT_TRANSLATE_NOOP("EngineError", "rho"),
            QT_TRANSLATE_NOOP("EngineError", "epsilon"))


def describe(error: BaseException) -> str:
    """The error as a sentence for the window: its code's wording, translated and filled
    with its values (a wrapped cause worded the same way); else ``str(error)``."""
    code = getattr(error, "code", "")
    if code not in WORDINGS:
        return str(error)
    values = dict(error.values)
    if values.get("what") in SUBJECTS:
        values["what"] = QCoreApplication.translate("EngineError", values["what"])
    if isinstance(error.cause, EngineError):
        values["reason"] = describe(error.cause)
    return QCoreApplication.translate("EngineError", WORDINGS[code]).format(**values)
