"""The Neural Playground engine: plain NumPy, no Qt.  Usable from scripts and notebooks.

See ``docs/python-api.md`` for a walk through these names.
"""
from .config import Config, LayerConfig, default_loss
from .errors import ConfigError, DataError, DivergenceError, EngineError, SessionError
from .experiment import Experiment
from .session import load_session, save_session
from .snapshots import Snapshot

__all__ = ["Config", "LayerConfig", "default_loss", "Experiment", "Snapshot", "save_session", "load_session",
           "EngineError", "ConfigError", "SessionError", "DataError", "DivergenceError"]
