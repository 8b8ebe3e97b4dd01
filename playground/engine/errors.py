"""Typed errors the engine raises, so callers (GUI, CLI, loader) can show a clear message."""


class EngineError(Exception):
    """Base class of every error the engine raises on purpose."""


class ConfigError(EngineError, ValueError):
    """A configuration the engine cannot build (unknown name, absurd size, bad pairing)."""


class DivergenceError(EngineError, FloatingPointError):
    """An update produced NaN or inf; the parameters were left at their last finite values."""

    def __init__(self, message: str, step: int):
        super().__init__(message)
        self.step = step


class DataError(EngineError, ValueError):
    """Input data that cannot be used (e.g. a malformed CSV); the message names where."""


class SessionError(EngineError, ValueError):
    """A session file that cannot be opened or written; the message says why, for a person."""
