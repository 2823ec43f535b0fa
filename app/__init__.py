"""Tillside: a checkout assistant for stores whose stock lives in Ongoing WMS."""

from __future__ import annotations

from functools import cache


@cache
def _installed_version() -> str:
    # importlib.metadata costs ~50 ms at start-up, so it is read on first use, not on import.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("tillside")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0"


def __getattr__(name: str) -> str:
    """`app.__version__`, read lazily (PEP 562)."""
    if name == "__version__":
        return _installed_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
