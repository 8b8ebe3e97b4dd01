"""The Neural Playground engine: plain NumPy, no Qt.  Usable from scripts and notebooks."""
from .config import Config, LayerConfig
from .errors import ConfigError, DataError, DivergenceError, EngineError, SessionError
from .experiment import Experiment
from .snapshots import Snapshot

__all__ = ["Config", "LayerConfig", "Experiment", "Snapshot", "EngineError", "ConfigError", "SessionError",
           "DataError", "DivergenceError"]
