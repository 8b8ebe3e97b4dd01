"""Turn a panel's edit (field → value) into a new Config, including the whole-network
shortcuts the panels offer (one initializer or scale for every layer)."""
from __future__ import annotations

from ..engine import Config


def config_with(config: Config, changes: dict) -> Config:
    new = config.copy()
    for key, value in changes.items():
        if key in ("init", "init_scale"):
            new = new.with_init_for_all(**{key: value})
        else:
            setattr(new, key, value)
    return new
