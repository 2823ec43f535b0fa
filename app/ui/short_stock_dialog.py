"""Orders at the store's warehouse that lack stock (Ctrl+F7), refreshed by itself."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from app.ongoing.errors import OngoingError
from app.qt import QtCore, QtWidgets
from app.services.short_stock import ShortOrder

REFRESH_MS = 60_000


class ShortStockDialog(QtWidgets.QDialog):
    def __init__(
        self,
        load: Callable[[], Awaitable[list[ShortOrder]]],
        warehouse_name: str,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortStockDialog")
        self.setWindowTitle(f"Orders lacking stock — {warehouse_name}")
        self.setAccessibleName(f"Orders lacking stock at {warehouse_name}")
        self._load = load
        layout = QtWidgets.QVBoxLayout(self)
        self.status = QtWidgets.QLabel("Asking Ongoing…", self)
        self.status.setAccessibleName("List status")
        self.list = QtWidgets.QListWidget(self)
        self.list.setObjectName("shortStockList")
        self.list.setAccessibleName("Orders lacking stock, with what is missing")
        layout.addWidget(self.status)
        layout.addWidget(self.list)
        close = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._task: asyncio.Task[None] | None = None
        self._timer = QtCore.QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        self.finished.connect(lambda _: self._timer.stop())
        self.refresh()

    def refresh(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self._refresh())

    async def _refresh(self) -> None:
        try:
            orders = await self._load()
        except OngoingError as error:
            self.status.setText(f"⚠ {error} The list below may be old.")
            return
        self.list.clear()
        for order in orders:
            missing = "; ".join(
                f"{line.article_number} {line.article_name} × {line.ordered.normalize():f} "
                f"({line.pickability})"
                for line in order.missing
            )
            self.list.addItem(f"{order.order_number} [{order.status_text}]: {missing}")
        now = QtCore.QTime.currentTime().toString("HH:mm")
        count = len(orders)
        self.status.setText(
            f"{count} order{'s' if count != 1 else ''} lacking stock (as of {now}; "
            "refreshes every minute)."
            if count
            else f"No orders lack stock (as of {now})."
        )
