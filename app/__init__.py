"""Tillside: a checkout assistant for stores whose stock lives in Ongoing WMS."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("tillside")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
