"""What a checkout session told the cashier, kept for the test to read."""

from __future__ import annotations

from app.services.checkout import CheckoutListeners, Notice
from app.services.notices import ScanFailure


class Recorder:
    """The session's listeners: every notice, failed scan and change of the connection."""

    def __init__(self) -> None:
        self.notices: list[Notice] = []
        self.failures: list[ScanFailure] = []
        self.accepted: list[str] = []
        self.connection: list[bool] = []

    def listeners(self) -> CheckoutListeners:
        return CheckoutListeners(
            notice=self.notices.append,
            scan_failed=self.failures.append,
            scan_accepted=self.accepted.append,
            connection_changed=lambda state: self.connection.append(state.online),
        )

    def texts(self) -> list[str]:
        """What the cashier read: the notices, and why each failed scan failed."""
        return [str(notice.text) for notice in self.notices] + [
            str(failure.text) for failure in self.failures
        ]
