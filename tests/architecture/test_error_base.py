"""Every error a person is told about derives from TillsideError and carries one text.

Found by walking the package, so a new error class that forgets the base fails here
rather than showing a person an English-only `str()` or nothing at all.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import app
from app.domain.errors import TillsideError

INTERNAL = {
    # Caught inside the persistence layer and turned into a StorageError or a salvage.
    "app.persistence.sqlite_files.DamagedDatabaseError",
    # The simulator's own: they become HTTP answers of the simulated Ongoing.
    "app.simulator.http.DroppedError",
    "app.simulator.state.SimulatorError",
    # Ends one connection of the webhook receiver quietly; the sender gets no text.
    "app.webhooks.receiver._ClosedError",
    # The till's events loop waits and asks the receiver again; only the log hears of it.
    "app.services.store_events.FeedError",
}
"""Errors no person ever reads, each with the reason it needs no text."""


def errors_defined_in_app() -> dict[str, type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for info in pkgutil.walk_packages(app.__path__, "app."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, BaseException)
                and value.__module__ == info.name
            ):
                found[f"{info.name}.{name}"] = value
    return found


def test_every_error_a_person_reads_derives_from_the_one_base() -> None:
    errors = errors_defined_in_app()
    assert "app.services.orders.OrderError" in errors  # the walk sees the services
    assert "app.ui.i18n.MissingCatalogueError" in errors  # and the UI
    strays = sorted(
        name
        for name, error in errors.items()
        if name not in INTERNAL and not issubclass(error, TillsideError)
    )
    assert strays == [], "derive these from app.domain.errors.TillsideError (or list why not)"


def test_the_internal_list_names_only_errors_that_exist() -> None:
    errors = errors_defined_in_app()
    assert set(errors) >= INTERNAL
    assert not any(issubclass(errors[name], TillsideError) for name in INTERNAL)
