"""A scenario: a session file plus a short text for the class and which settings the
teacher hides or locks (as the TensorFlow Playground's hide-parameters).

Stored as the optional ``"scenario"`` object of a session's ``state.json``; files without it
are ordinary sessions, and apps that predate it ignore it.  The texts are stored as written:
the window passes them through Qt's translation (context ``"Scenario"``), so the shipped
scenarios' English texts show translated and a teacher's own texts show as typed.
"""
from __future__ import annotations

from dataclasses import dataclass

from .errors import SessionError

# The settings a scenario can hide or lock, by the names the panels use for them.
CONTROLS = ("problem", "dataset", "import_csv", "samples", "time_steps", "delay", "noise", "train_fraction",
            "regenerate", "features", "loss", "output_activation", "optimizer", "learning_rate", "optimizer_settings",
            "clip_norm", "batch", "regularizer", "regularization_rate", "init", "init_scale", "seed", "dtype")
MAX_TEXT = 20_000  # characters of one text: pages, not a novel
MAX_STEPS = 50


@dataclass(frozen=True)
class Scenario:
    """``steps`` are the text's pages, shown one at a time (next / previous)."""

    title: str
    steps: tuple = ()
    hidden: frozenset = frozenset()
    locked: frozenset = frozenset()
    summary: str = ""  # one line, for lists

    def to_dict(self) -> dict:
        return {"title": self.title, "summary": self.summary, "steps": list(self.steps),
                "hidden": sorted(self.hidden), "locked": sorted(self.locked)}

    @classmethod
    def from_dict(cls, data) -> "Scenario":
        """Check a file's scenario object; anything unexpected is a :class:`SessionError`."""
        if not isinstance(data, dict):
            raise SessionError(code="scenario_not_object")
        unknown = set(data) - {"title", "summary", "steps", "hidden", "locked"}
        if unknown:
            raise SessionError(code="scenario_unknown_keys", keys=", ".join(sorted(unknown)))
        title, summary = _text(data.get("title", ""), "title"), _text(data.get("summary", ""), "summary")
        steps = _list(data.get("steps", []), "steps")
        if len(steps) > MAX_STEPS:
            raise SessionError(code="scenario_too_many_steps", most=MAX_STEPS, value=len(steps))
        for step in steps:
            _text(step, "step")
        controls = {}
        for key in ("hidden", "locked"):
            names = _list(data.get(key, []), key)
            strange = [str(n)[:40] for n in names if n not in CONTROLS]
            if strange:
                raise SessionError(code="scenario_unknown_controls", names=", ".join(strange[:5]))
            controls[key] = frozenset(names)
        return cls(title, tuple(steps), controls["hidden"], controls["locked"], summary)


def _text(value, what: str) -> str:
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise SessionError(code="scenario_text", what=what, most=MAX_TEXT)
    return value


def _list(value, what: str) -> list:
    if not isinstance(value, list):
        raise SessionError(code="scenario_not_list", what=what)
    return value
