"""The store's own stock (Ctrl+F3 goods on the way in, Ctrl+F7 orders lacking stock): the
dialogs ask the till about the store's warehouse in Ongoing."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.domain.texts import translate
from app.qt import QtCore
from app.services.notices import Notice, NoticeLevel

if TYPE_CHECKING:
    from app.domain.stock import WarehouseInfo
    from app.services.incoming import IncomingOrder
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

        dialog = IncomingDialog(load, warehouse.name, self.window)
        dialog.finished.connect(lambda _: self.window.dialog_closed(dialog))
        dialog.open()
