"""Name → object look-up shared by every registry, so an unknown name always reads the same."""
from __future__ import annotations

from typing import Mapping, TypeVar

from .errors import ConfigError

T = TypeVar("T")


def lookup(table: Mapping[str, T], name: str, what: str) -> T:
    try:
        return table[name]
    except (KeyError, TypeError):
        raise ConfigError(f"unknown {what} {name!r}; choose one of: {', '.join(table)}") from None
