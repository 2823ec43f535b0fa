"""The store's own stock (Ctrl+F3 goods on the way in, Ctrl+F7 orders lacking stock): the
dialogs ask the till about the store's warehouse in Ongoing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.texts import translate
from app.qt import QtCore, QtWidgets
from app.services.notices import Notice, NoticeLevel

if TYPE_CHECKING:
    from app.domain.stock import WarehouseInfo
    from app.domain.webhook_events import StoreEvent
    from app.services.incoming import IncomingOrder
    from app.services.stock_taking import Adjustment
    from app.services.till import Till
    from app.ui.main_window import MainWindow


class StoreActions(QtCore.QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _store_warehouse(self) -> tuple[Till, WarehouseInfo] | None:
        """The till and its store's warehouse, or None after saying there is none."""
        till = self.window.till
        warehouse = till.store_warehouse() if till is not None else None
        if till is None or warehouse is None:
            none = translate("MainWindow", "No store warehouse is set (store.store_warehouse).")
            self.window.show_notice(Notice(NoticeLevel.INFO, none))
            return None
        return till, warehouse

    def show_short_stock(self) -> None:
        from app.ui.short_stock_dialog import ShortStockDialog

        found = self._store_warehouse()
        if found is None:
            return
        till, warehouse = found
        dialog = ShortStockDialog(
            lambda: till.orders_lacking_stock(warehouse), warehouse.name, self.window
        )
        dialog.finished.connect(lambda _: self.window.dialog_closed(dialog))
        dialog.open()

    def show_incoming(self) -> None:
        from app.ui.incoming_dialog import IncomingDialog

        found = self._store_warehouse()
        if found is None:
            return
        till, warehouse = found

        async def load(
            low: int | None, high: int | None, since: date | None, until: date | None
        ) -> list[IncomingOrder]:
            return await till.incoming_goods(warehouse, low, high, since, until)

        dialog = IncomingDialog(
            load, warehouse.name, self.window, received=lambda: till.received_today(warehouse)
        )
        if dialog.received is not None:
            self._follow_events(till, dialog, dialog.received.refresh)
        dialog.finished.connect(lambda _: self.window.dialog_closed(dialog))
        dialog.open()

    def show_stock_taking(self) -> None:
        from app.ui.stock_taking_dialog import StockTakingDialog

        found = self._store_warehouse()
        if found is None:
            return
        till, warehouse = found

        async def load(since: date) -> list[Adjustment]:
            return await till.stock_adjustments(warehouse, since)

        folder = QtCore.QStandardPaths.writableLocation(
            QtCore.QStandardPaths.StandardLocation.DocumentsLocation
        )
        dialog = StockTakingDialog(
            load, till.export_adjustments, Path(folder or Path.home()), warehouse.name, self.window
        )
        self._follow_events(till, dialog, dialog.refresh)
        dialog.finished.connect(lambda _: self.window.dialog_closed(dialog))
        dialog.open()

    @staticmethod
    def _follow_events(
        till: Till, dialog: QtWidgets.QDialog, refresh: Callable[[], object]
    ) -> None:
        """While the dialog is open, a batch of store events asks Ongoing again."""
        events = till.events
        if events is None:
            return

        def heard(_: list[StoreEvent]) -> None:
            refresh()

        def closed() -> None:
            if heard in events.watchers:
                events.watchers.remove(heard)

        events.watchers.append(heard)
        dialog.finished.connect(lambda _: closed())
