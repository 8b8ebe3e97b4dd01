"""A user's own data from CSV: numeric feature columns and one label column.

Every bad row is reported by line and column in one :class:`DataError`, so a user can fix
the file in one pass.  The label column is the one named label/y/class/target, else the
last one.  Integer labels with few distinct values mean classification, else regression.

A caller that reads in the background passes ``progress``: it is called every
``PROGRESS_ROWS`` rows with the fraction done (0…1) and stops the import by returning False
(:class:`ImportCancelled` is raised).
"""
from __future__ import annotations

import csv
import io
import math
from pathlib import Path
from typing import Callable

import numpy as np

from .datasets import MAX_ABS_VALUE, MAX_SAMPLES, Dataset
from .errors import DataError

MAX_BYTES = 50 * 1024 * 1024
MAX_CLASSES = 20
MAX_REPORTED = 25
LABEL_NAMES = ("label", "y", "class", "target")
PROGRESS_ROWS = 5000  # rows between calls of a progress callback

Progress = Callable[[float], bool]  # fraction done → False to stop


class ImportCancelled(Exception):
    """The progress callback asked to stop; nothing was imported."""


def _report(progress: Progress | None, fraction: float) -> None:
    if progress is not None and progress(min(max(fraction, 0.0), 1.0)) is False:
        raise ImportCancelled()


def _shortened(text: str, most: int = 30) -> str:
    """A cell or name quoted for a message: a 100,000-character field shows its start and '…'."""
    return f"“{text}”" if len(text) <= most else f"“{text[:most]}…”"


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _parse_rows(rows, first_line, width, names, problems, progress=None):
    """Rows of numbers; reading was the first half of the work, this is the second."""
    values = []
    for line_no, row in enumerate(rows, start=first_line):
        if progress is not None and line_no % PROGRESS_ROWS == 0:
            _report(progress, 0.5 + 0.5 * (line_no - first_line) / max(len(rows), 1))
        if not any(cell.strip() for cell in row):
            continue  # blank line
        if len(row) != width:
            problems.append(f"line {line_no}: {len(row)} columns, expected {width}")
            continue
        parsed = []
        for col, cell in enumerate(row):
            where = f"line {line_no}, column {col + 1} ({names[col]})"
            text = cell.strip()
            number = _number(text)
            if text == "":
                problems.append(f"{where}: missing value")
            elif number is None:
                problems.append(f"{where}: {_shortened(text)} is not a number")
            elif math.isnan(number):
                problems.append(f"{where}: NaN is not allowed")
            elif math.isinf(number):
                problems.append(f"{where}: infinite value")
            elif abs(number) > MAX_ABS_VALUE:
                problems.append(f"{where}: {_shortened(text)} is too large (at most {MAX_ABS_VALUE:g} in size)")
            parsed.append(number)
        values.append(parsed)
    return values


def _read_rows(text: str, progress: Progress | None = None) -> list[list[str]]:
    """The CSV's rows, counted while reading: a file with more rows than a data set may
    hold is refused at row MAX_SAMPLES + 2, not after parsing millions; a malformed file
    (a field over the csv module's limit, a quote never closed) is a :class:`DataError`."""
    reader = csv.reader(io.StringIO(text), strict=True)
    rows = []
    lines = max(text.count("\n"), 1) if progress is not None else 1
    try:
        for row in reader:
            rows.append(row)
            if progress is not None and len(rows) % PROGRESS_ROWS == 0:
                _report(progress, 0.5 * reader.line_num / lines)
            if len(rows) > MAX_SAMPLES + 1:  # + 1 for a header line
                raise DataError(code="csv_too_many_rows", most=MAX_SAMPLES)
    except csv.Error as exc:
        raise DataError(code="csv_malformed", line=reader.line_num, reason=str(exc)) from None
    return rows


def parse_csv(text: str, task: str | None = None, progress: Progress | None = None) -> Dataset:
    """Parse CSV text into a :class:`Dataset` whose points are the feature columns."""
    rows = _read_rows(text, progress)
    while rows and not any(c.strip() for c in rows[0]):
        rows.pop(0)
    if not rows:
        raise DataError(code="csv_empty")
    header = [c.strip() for c in rows[0]]
    has_header = any(_number(c) is None for c in header)
    width = len(header)
    if width < 2:
        raise DataError(code="csv_too_few_columns")
    names = header if has_header else [f"x{i + 1}" for i in range(width - 1)] + ["label"]
    body = rows[1:] if has_header else rows
    problems: list[str] = []
    values = _parse_rows(body, 2 if has_header else 1, width, names, problems, progress)
    if problems:
        shown = "\n".join(problems[:MAX_REPORTED])
        more = f"\n… and {len(problems) - MAX_REPORTED} more" if len(problems) > MAX_REPORTED else ""
        raise DataError(code="csv_bad_rows", count=len(problems), details=shown + more)
    if len(values) < 4:
        raise DataError(code="csv_too_few_rows", count=len(values))
    table = np.array(values, dtype=float)
    lowered = [n.lower() for n in names]
    label_col = next((lowered.index(n) for n in LABEL_NAMES if n in lowered), width - 1)
    labels = table[:, label_col]
    x = np.delete(table, label_col, axis=1)
    features = tuple(n for i, n in enumerate(names) if i != label_col)
    return _make_dataset(x, labels, features, task, names[label_col])


def _make_dataset(x, labels, features, task, label_name) -> Dataset:
    integral = bool(np.all(labels == np.round(labels)))
    classes = np.unique(labels)
    if task is None:
        task = "classification" if integral and len(classes) <= MAX_CLASSES else "regression"
    if task == "regression":
        return Dataset(x, labels, "regression", 0, features)
    if not integral:
        raise DataError(code="labels_not_whole", column=_shortened(label_name))
    if len(classes) < 2:
        raise DataError(code="labels_one_class", column=_shortened(label_name), label=float(classes[0]))
    if len(classes) > MAX_CLASSES:
        raise DataError(code="labels_too_many_classes", column=_shortened(label_name), count=len(classes), most=MAX_CLASSES)
    return Dataset(x, np.searchsorted(classes, labels), "classification", len(classes), features)


def load_csv(path: str | Path, task: str | None = None, progress: Progress | None = None) -> Dataset:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DataError(code="file_too_large", file=path.name, megabytes=size / 1e6, most=MAX_BYTES // 2**20)
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise DataError(code="not_utf8", file=path.name) from None
    except OSError as exc:
        raise DataError(code="cannot_read", file=path.name, reason=str(exc.strerror or exc)) from None
    return parse_csv(text, task, progress)
