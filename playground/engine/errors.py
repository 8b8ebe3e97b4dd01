"""Typed errors the engine raises, so callers (GUI, CLI, loader) can show a clear message.

Every error raised on purpose carries a ``code`` (a short stable string from
:data:`MESSAGES`) and ``values`` (the numbers and names involved).  ``str(error)`` is the
English sentence ``MESSAGES[code].format(**values)``, which the CLI prints; the GUI words
the code itself (``playground.gui.error_text.describe``) so it can be translated.
"""
from __future__ import annotations

_DIVERGENCE_ADVICE = ("The weights were kept at their last finite values. Try a lower learning "
                      "rate, a smaller initialization scale, or gradient clipping.")

# code → English sentence; {names} are filled from the error's values.
MESSAGES: dict[str, str] = {
    # names and choices
    "unknown_name": "unknown {what} {name!r}; choose one of: {choices}",
    "not_one_of": "{what} must be one of {choices}, not {value!r}",
    "unknown_keys": "unknown {what} keys: {keys}",
    "wrong_type": "{name!r} must be {expected}, not {got}",
    "not_an_object": "{what} must be a JSON object",
    # numbers out of range
    "out_of_range": "{what} must be a number from {low:g} to {high:g}, not {value!r}",
    "neurons_out_of_range": "a dense layer needs 1 to {most} neurons, not {value}",
    "filters_out_of_range": "a convolution layer needs 1 to {most} filters, not {value}",
    "hidden_units_out_of_range": "a recurrent layer needs 1 to {most} hidden units, not {value}",
    "kernel_out_of_range": "kernel and window sizes must be 1 to {most}, not {value}",
    "stride_out_of_range": "the stride must be 1 to {most}, not {value}",
    "bptt_out_of_range": "truncated backpropagation takes 0 (all steps) to {most} steps, not {value}",
    "samples_out_of_range": "number of samples must be 4 to {most:,}, not {value}",
    "too_many_layers": "at most {most} hidden layers, not {value}",
    "batch_size_out_of_range": "batch size must be 0 (full batch) to {most:,}, not {value}",
    "seed_out_of_range": "the {what} must be a whole number from 0 to 2⁶³-1, not {value}",
    "sequence_length_out_of_range": "a sequence needs 2 to {most} time steps, not {value}",
    "delay_out_of_range": "the echo's delay must be 0 to {most} steps (shorter than the sequence), not {value}",
    "too_many_digits": "the digits set has {most:,} images; choose at most that many samples",
    "too_many_values": "{samples:,} samples of this data set are {count:,} values; at most {most:,} fit",
    "no_features": "choose at least one input feature",
    # building the network
    "no_layers": "a network needs at least one layer",
    "too_many_parameters": "{count:,} parameters is more than this app handles ({most:,})",
    "loss_needs_output": "{loss} needs a {needed} output layer, not {actual}",
    "layer_does_not_fit": "layer {position} ({kind}) does not fit its input of shape {shape}: {reason}",
    "kernel_does_not_fit": "a {kernel}×{kernel} kernel does not fit an input {size} pixels wide without padding",
    "needs_images": "{layer} needs images (channels × height × width) as its input",
    "needs_sequences": ("a recurrent layer needs sequences (time steps × features) as its input; "
                        "below another recurrent layer, that one must return its whole sequence"),
    "not_live": "{key!r} cannot be changed while training; rebuild instead",
    "batch_too_large": ("one update on {batch:,} samples would need about {gib:,.1f} GiB for this network's "
                        "activations; use batches of at most {most:,} samples, or a smaller network"),
    # training
    "diverged_gradient": "Update {step}: the gradient became {value}. " + _DIVERGENCE_ADVICE,
    "diverged_weights": "Update {step}: the update made a weight infinite. " + _DIVERGENCE_ADVICE,
    "exploding_weights": ("Update {step}: the weights grew {ratio:.0e} times larger than at the start, so training "
                          "is blowing up, most likely because the learning rate (or the initialization scale) is too "
                          "large. Training was paused. Go back to update {checkpoint} and continue with a smaller "
                          "learning rate, or reset."),
    "exploding_loss": ("Update {step}: the training loss rose to {loss:.3g}, far above the {initial:.3g} it started "
                       "from, so training is blowing up, most likely because the learning rate is too large. "
                       "Training was paused. Go back to update {checkpoint} and continue with a smaller learning "
                       "rate, or reset."),
    "no_checkpoint": "there is no earlier healthy state of this run to go back to",
    "no_such_parameter": "layer {layer} has no parameter {param}[{index}] (the network changed?)",
    "no_such_neuron": "hidden layer {layer} has no dense neuron {neuron} to switch off",
    "no_such_layer": "there is no layer {layer} to freeze",
    "no_branch": "there is no other branch of this run to go back to",
    "replay_cancelled": "going back was cancelled; the run stays where it was",
    # comparisons
    "compare_copies": "a comparison runs 2 to {most} copies, not {value}",
    "compare_vary": "--vary must look like SETTING=VALUE,VALUE,… with SETTING one of {settings}, not {text!r}",
    "compare_value": "the values {values!r} of {setting} must be of type {kind}",
    # files
    # building (checked again where a layer is made)
    "conv_sizes": "filters, kernel size and stride must be at least 1",
    "pool_sizes": "pool size and stride must be at least 1",
    "rnn_sizes": "an RNN needs at least one unit and a truncation length of 0 (full) or more",
    "cross_entropy_needs_classes": "cross-entropy needs classes; use mean squared error for regression",
    "csv_needs_data": "a CSV data set needs its data",
    "painted_needs_data": "a painted data set needs its points",
    "layer_unreadable": "cannot read the layer {item!r}; write {syntax}",
    "digits_unreadable": "the bundled digits data cannot be read ({file}): {detail}",
    "digits_count": "the digits set has {most:,} images; choose 1 to {most:,}, not {value:,}",
    "adding_needs_steps": "the adding problem needs at least 2 time steps, not {value}",
    "csv_too_few_columns": "line 1: need at least one feature column and one label column",
    "labels_not_whole": "column {column}: classification needs whole-number labels",
    "labels_one_class": "column {column}: every row has the same class ({label:g}); classification needs at least two",
    "labels_too_many_classes": "column {column}: {count} classes, at most {most} are supported",
    "pytorch_no_schedule": ("the PyTorch export continues with a constant learning rate; choose the constant "
                            "schedule (not {schedule}) before exporting"),
    "pytorch_no_ablation": "the PyTorch export writes networks with every neuron on and no frozen layer",
    "pytorch_dense_only": "the PyTorch export writes dense networks; this one has convolution or recurrent layers",
    "landscape_path_too_short": "the path so far has {count} recorded points; train a little longer to see its main directions",
    "csv_empty": "the file is empty",
    "csv_too_few_rows": "the file has {count} data row(s); at least 4 are needed",
    "csv_too_many_rows": "the file has more than {most:,} data rows, the most a data set may hold",
    "csv_malformed": "line {line}: the CSV file is malformed ({reason})",
    "csv_bad_rows": "{count} problem(s) in the CSV file:\n{details}",
    "paint_needs_classes": ("painting adds points of a class to points of the plane; choose a classification "
                            "problem (regression and image or sequence data cannot be painted)"),
    "paint_too_few_points": "a data set keeps at least {least} points; paint new ones before erasing these",
    "file_too_large": "{file} is {megabytes:.0f} MB; at most {most} MB can be imported",
    "not_utf8": "{file} is not a UTF-8 text file",
    "cannot_read": "cannot read {file}: {reason}",
    "not_a_session": "this is not a Neural Playground session (not a zip archive)",
    # session files
    "session_damaged": "the file is damaged ({kind}: {detail})",
    "timeline_invalid": "the session opened, but its timeline was left out because it does not fit the run ({reason})",
    "settings_invalid": "the saved settings are invalid: {reason}",
    "settings_unbuildable": "the saved settings cannot be built: {reason}",
    "session_unusable": "the session cannot be used: {reason}",
    "wrong_members": "not a Neural Playground session: missing {missing}; unexpected {unexpected}",
    "member_twice": "not a Neural Playground session: {name} appears twice",
    "member_too_large": "{name} would unpack to {size:,} bytes (limit {most:,}); refusing",
    "member_compressed": "{name} is compressed {ratio:,}:1, which no real session is; refusing",
    "not_json": "{name} is not valid JSON ({detail})",
    "unknown_format": "not a Neural Playground session (unknown format name)",
    "bad_format_version": "the session's format version {version} is invalid",
    "saved_data_shape": "the saved data has shape {shape}, but the {dataset!r} data set holds {expected}",
    "unexpected_array": "arrays.npz holds an unexpected member {name!r}",
    "array_type": "array {name!r} has type {dtype}, which a session never holds",
    "array_too_many_values": "array {name!r} declares {count:,} values; these settings allow at most {most:,}",
    "array_larger_than_file": "array {name!r} declares shape {shape}, more than its {size:,} bytes",
    "array_truncated": "array {name!r} is truncated",
    "array_missing": "the session has no {name!r} array",
    "array_not_finite": "array {name!r} holds NaN or infinite values",
    "array_values_too_large": "array {name!r} holds values above {most:g}, which cannot train",
    "array_negative_squares": "array {name!r} holds negative sums of squares, which no optimizer makes",
    "saved_task_unknown": "unknown task {task!r} in the saved data",
    "saved_data_inconsistent": "the saved data has inconsistent shapes: x {x_shape}, y {y_shape}, {names} feature names",
    "saved_labels_mismatch": "the saved class labels do not match the number of classes",
    "array_shape": "array {name!r} has shape {shape}, but this network needs {expected}",
    "optimizer_state_mismatch": "the optimizer state is for {saved!r}, the settings say {chosen!r}",
    "order_not_permutation": "the saved sample order is not a permutation of the training set",
    "counters_out_of_range": "the saved counters are out of range",
    "random_state_invalid": "the saved random generator state is invalid ({detail})",
    "state_field_missing": "the session's {key!r} is missing or not a {kind}",
    "scenario_not_object": "the session's scenario must be a JSON object",
    "scenario_unknown_keys": "the session's scenario has unknown keys: {keys}",
    "scenario_not_list": "the scenario's {what} must be a list",
    "scenario_text": "the scenario's {what} must be a text of at most {most:,} characters",
    "scenario_too_many_steps": "a scenario has at most {most} steps, not {value}",
    "scenario_unknown_controls": "the scenario names settings this app does not have: {names}",
    "cannot_write_folder": "cannot write in {folder}: {reason}",
    "cannot_save": "could not save {path}: {reason}",
    "no_answer": "the training engine did not answer in time",
    "engine_restarted": ("The training engine stopped unexpectedly and was restarted: the network was rebuilt "
                         "from its last settings (new weights, step 0). Unsaved training since the last save "
                         "or autosave is lost."),
    "internal_error": "Internal error in the training engine ({kind}: {detail})",
    "shaped_session": ("It holds a network for images or sequences, and the window draws dense networks on 2-D "
                       "points so far. From a terminal, `python main.py train {path} --save {path}` continues it "
                       "and `python main.py info {path}` describes it."),
    "newer_session": ("this session was made by a newer version of Neural Playground (format {version}; "
                      "this version reads up to {supported}). Please update the app."),
}


class EngineError(Exception):
    """Base class of every error the engine raises on purpose.

    Parameters
    ----------
    message : str, optional
        The English sentence, for an error without a code; else built from ``code``.
    code : str, optional
        A key of :data:`MESSAGES`; "" for an error that has only a message.
    cause : EngineError, optional
        The error this one explains further (e.g. why a layer does not fit).
    **values
        The numbers and names the sentence names.
    """

    def __init__(self, message: str = "", *, code: str = "", cause: EngineError | None = None, **values):
        self.code = code
        self.values = values
        self.cause = cause
        super().__init__(message or MESSAGES[code].format(**values))


class ConfigError(EngineError, ValueError):
    """A configuration the engine cannot build (unknown name, absurd size, bad pairing)."""


class DivergenceError(EngineError, FloatingPointError):
    """An update produced NaN or inf; the parameters were left at their last finite values."""

    def __init__(self, message: str = "", step: int = 0, **kwargs):
        super().__init__(message, step=step, **kwargs)
        self.step = step


class DataError(EngineError, ValueError):
    """Input data that cannot be used (e.g. a malformed CSV); the message names where."""


class SessionError(EngineError, ValueError):
    """A session file that cannot be opened or written; the message says why, for a person."""
