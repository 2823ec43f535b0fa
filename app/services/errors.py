"""The errors the window catches from the services, each carrying the cashier's `text`.

The window never imports the client's or the files' own modules; it catches these.
"""

from __future__ import annotations

from app.ongoing.errors import OngoingError
from app.persistence.storage_errors import StorageError
from app.services.orders import OrderError

ASKING_FAILED = (OngoingError,)
"""Asking Ongoing failed (away, refused, nonsense); nothing changed anywhere."""

REFUSALS = (OrderError, OngoingError, StorageError)
"""Why an order was not stored (so nothing was sent)."""
