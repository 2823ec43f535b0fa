"""What a checkout session told the cashier, kept for the test to read."""

from __future__ import annotations

from app.services.checkout import CheckoutListeners, Notice


class Recorder:
    """The session's listeners: every notice, and every change of the connection state."""

    def __init__(self) -> None:
        self.notices: list[Notice] = []
        self.connection: list[bool] = []

    def listeners(self) -> CheckoutListeners:
        return CheckoutListeners(
            notice=self.notices.append,
            connection_changed=lambda state: self.connection.append(state.online),
        )

    def texts(self) -> list[str]:
        """The notices as the cashier read them."""
        return [str(notice.text) for notice in self.notices]
