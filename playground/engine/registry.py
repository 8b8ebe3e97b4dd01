"""Name → object look-up shared by every registry, so an unknown name always reads the same."""
from __future__ import annotations

from typing import Mapping, TypeVar

from .errors import ConfigError

T = TypeVar("T")


def lookup(table: Mapping[str, T], name: str, what: str) -> T:
    """``table[name]``; any other name is a ConfigError with code "unknown_name"."""
    try:
        return table[name]
    except (KeyError, TypeError):
        raise ConfigError(code="unknown_name", what=what, name=name, choices=", ".join(table)) from None
