"""What the till says, drawn in the window's panels: the listeners `Till.start` is given.

The till decides (app/services/till.py) and tells through `TillListeners`; this turns each
call into what the cashier sees: the basket and the stock grid, notices, the connection
banner, a failed scan (its own colour and icon, a short sound), the unsent orders.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from app.domain.text_values import filled
from app.domain.texts import translate
from app.qt import QtWidgets
from app.services.notices import ConnectionState, Notice, NoticeLevel, ScanFailure, TillListeners

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class TillView:
    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def listeners(self) -> TillListeners:
        window = self._window
        return TillListeners(
            basket_changed=self.render_basket,
            stock_changed=self.render_stock,
            notice=window.show_notice,
            connection_changed=self._render_connection,
            catalogue_loaded=self._catalogue_loaded,
            scan_failed=self._scan_failed,
            scan_accepted=lambda _: window.notice.clear_scan_notice(),
            unsent_changed=self._unsent_changed,
        )

    def render_basket(self) -> None:
        window = self._window
        window.notice.clear_scan_notice()  # a basket action: the failed scan is old news
        session = window.session
        if not session.lines and "orders_actions" in window.__dict__:
            window.orders_actions.basket_emptied()  # a form's draft was that customer's
        window.basket_panel.draw(session)
        if (
            session.current_article is not None
            and session.lookup_in_flight == session.current_article
        ):
            # Its figures arrive within a round trip; painting the grid twice would only
            # delay them (and flash empty rows), so only the title changes now.
            window.stock_panel.render_title(session)
        else:
            self.render_stock()

    def render_stock(self) -> None:
        self._window.stock_panel.draw(self._window.session)

    def _unsent_changed(self, unsent: list[Any]) -> None:
        self._window.unsent_panel.draw(unsent)
        if "orders_actions" in self._window.__dict__:  # made once an order was placed
            self._window.orders_actions.unsent_changed()

    def _scan_failed(self, failure: ScanFailure) -> None:
        """Unmistakable: its own colour and icon, a short sound, and the header says it."""
        self._window.notice.show_notice(Notice(NoticeLevel.ERROR, failure.text), about_a_scan=True)
        self._window.stock_panel.show_failed_scan(failure)
        QtWidgets.QApplication.beep()
        log.info("event=scan_failed_shown not_found=%s", failure.not_found)

    def _render_connection(self, state: ConnectionState) -> None:
        self._window.banner.show_state(state)
        if state.online:
            back = translate("MainWindow", "Ongoing answers again.")
            self._window.show_notice(Notice(NoticeLevel.INFO, back))
        self.render_stock()

    def _catalogue_loaded(self) -> None:
        ready = translate("MainWindow", "Ready: {count} articles loaded.")
        count = self._window.session.catalogue_size
        self._window.show_notice(Notice(NoticeLevel.INFO, filled(ready, count=count)))
        self.render_stock()
        self._window.catalogue_loaded.emit()
