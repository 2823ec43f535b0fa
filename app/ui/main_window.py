"""The cashier's window: a frame of panels that shows the `Till` and forwards keys to it.

Top to bottom: the banners (Ongoing away, this PC's files), the code field, the latest
notice, the stock panel (the article scanned last and its stock per warehouse), the basket
panel with the unsent orders under it, and the bar of shortcuts. The panels draw; the till
(app/services/till.py) decides, and what it tells is drawn by till_view.py. Codes come in
through scan_intake.py. What the keys do: the window's methods of app/ui/shortcuts.py's
table, most of them one line into an actions module imported when the key is first pressed
(basket_actions.py, order_actions.py, store_actions.py, settings_actions.py for settings
and the language, diagnostics_actions.py for F12, article_search.py for F2).

The window is built and painted before the till exists (the two-stage start,
app/ui/start/till.py): codes scanned meanwhile are kept and looked up once `attach(till)`
gives it one. Every text can change language while the till runs: each panel writes its
texts again in `retranslate()` from what it shows, kept as data.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from app.domain.texts import Text, translate
from app.qt import Qt, QtCore, QtWidgets
from app.services.notices import Notice, NoticeLevel
from app.ui.basket_panel import BasketPanel
from app.ui.message_bar import ConnectionBanner, NoticeLine, StorageBanner
from app.ui.scan_intake import ScanIntake
from app.ui.shortcut_bar import ShortcutBar, show_help
from app.ui.shortcuts import bind_shortcuts
from app.ui.stock_panel import StockPanel
from app.ui.till_view import TillView
from app.ui.unsent_panel import UnsentPanel

if TYPE_CHECKING:
    # The window is shown before these are imported (app/ui/start/till.py): they bring
    # asyncio, httpx, pydantic and SQLite. Methods import what they use when first used.
    from app.config.settings import Settings
    from app.domain.order_slip import OrderSlip
    from app.domain.scan_detector import ScannerTiming
    from app.services.checkout import CheckoutSession
    from app.services.orders import OrderService
    from app.services.till import Till
    from app.ui.article_search import ArticleSearch
    from app.ui.basket_actions import BasketActions
    from app.ui.diagnostics_actions import DiagnosticsActions
    from app.ui.order_actions import OrderActions
    from app.ui.scanner_filter import ScannerFilter
    from app.ui.settings_actions import SettingsActions
    from app.ui.store_actions import StoreActions


class MainWindow(QtWidgets.QMainWindow):
    catalogue_loaded = QtCore.Signal()  # at start, or once Ongoing is back

    def __init__(
        self,
        till: Till | None = None,
        *,
        title_suffix: str = "",
        scanner: ScannerFilter | None = None,
        scanner_timing: ScannerTiming | None = None,
    ) -> None:
        """The window; given a till it is attached at once, else `attach` comes later."""
        super().__init__()
        self.setObjectName("tillWindow")
        self.till: Till | None = None
        self.last_slip: OrderSlip | None = None
        self._title_suffix = title_suffix
        self._build()
        self.scans = ScanIntake(self, scanner, scanner_timing)
        self.till_view = TillView(self)
        self.retranslate()
        if till is not None:
            self.attach(till)
        else:
            self.show_notice(Notice(NoticeLevel.INFO, translate("MainWindow", "Starting…")))

    # --- the parts ---

    def _build(self) -> None:
        central = QtWidgets.QWidget(self)
        layout = QtWidgets.QVBoxLayout(central)
        self.banner = ConnectionBanner(central)
        self.storage_banner = StorageBanner(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.storage_banner)

        entry_row = QtWidgets.QHBoxLayout()
        self.entry_label = QtWidgets.QLabel(central)
        self.code_entry = QtWidgets.QLineEdit(central)
        self.code_entry.setObjectName("codeEntry")
        self.code_entry.setMaxLength(200)
        self.entry_label.setBuddy(self.code_entry)
        entry_row.addWidget(self.entry_label)
        entry_row.addWidget(self.code_entry, 1)
        layout.addLayout(entry_row)
        self.notice = NoticeLine(central)
        layout.addWidget(self.notice)

        # No Qt enum before the first paint (it makes PySide build all ~100 of them, ~30 ms,
        # see app/qt.py): enum properties are set by key name, and the parent is passed by
        # keyword, which spares PySide checking it against QSplitter(Qt.Orientation, parent).
        splitter = QtWidgets.QSplitter(parent=central)
        splitter.setProperty("orientation", "Vertical")
        self.stock_panel = StockPanel(splitter)
        self.basket_panel = BasketPanel(
            lambda number, quantity: self.basket_actions.set_quantity(number, quantity),
            lambda message: self.basket_actions.refused(message),
            splitter,
        )
        self.unsent_panel = UnsentPanel(self.basket_panel)
        self.unsent_panel.retry.connect(lambda checkout_id: self.orders_actions.retry(checkout_id))
        self.basket_panel.add_below(self.unsent_panel)
        layout.addWidget(splitter, 1)

        self.shortcut_bar = ShortcutBar(central)
        layout.addWidget(self.shortcut_bar)
        self.setCentralWidget(central)
        self.resize(1000, 720)
        # The parts tests and tools address by name.
        self.article_title = self.stock_panel.article_title
        self.stock_model, self.stock_view = self.stock_panel.model, self.stock_panel.view
        self.basket_model, self.basket_view = self.basket_panel.model, self.basket_panel.view
        self.total_label = self.basket_panel.total
        self.outbox_label, self.outbox_list = self.unsent_panel.label, self.unsent_panel.list

    # What the keys do lives in modules of their own, imported when a key is first pressed:
    # the first paint needs none of them.

    @functools.cached_property
    def basket_actions(self) -> BasketActions:
        from app.ui.basket_actions import BasketActions

        return BasketActions(self)

    @functools.cached_property
    def orders_actions(self) -> OrderActions:
        from app.ui.order_actions import OrderActions

        return OrderActions(self)

    @functools.cached_property
    def store_actions(self) -> StoreActions:
        from app.ui.store_actions import StoreActions

        return StoreActions(self)

    @functools.cached_property
    def settings_actions(self) -> SettingsActions:
        from app.ui.settings_actions import SettingsActions

        return SettingsActions(self)

    @functools.cached_property
    def article_search(self) -> ArticleSearch:
        from app.ui.article_search import ArticleSearch

        return ArticleSearch(self)

    @functools.cached_property
    def diagnostics_actions(self) -> DiagnosticsActions:
        from app.ui.diagnostics_actions import DiagnosticsActions

        return DiagnosticsActions(self)

    @property
    def session(self) -> CheckoutSession:
        assert self.till is not None, "not attached yet"  # untranslated: for developers
        return self.till.checkout

    @property
    def orders(self) -> OrderService | None:
        return self.till.orders if self.till is not None else None

    @property
    def settings(self) -> Settings | None:
        return self.till.settings if self.till is not None else None

    def retranslate(self) -> None:
        """Every text in the till's language: the static ones, then what is shown now."""
        if self._title_suffix:
            self.setWindowTitle(self.tr("Tillside — {suffix}").format(suffix=self._title_suffix))
        else:
            self.setWindowTitle("Tillside")
        self.entry_label.setText(self.tr("&Code:"))
        self.code_entry.setAccessibleName(self.tr("Barcode or article number"))
        self.code_entry.setPlaceholderText(
            self.tr("Scan, or type a barcode or article number and press Enter")
        )
        session = self.till.checkout if self.till is not None else None
        for part in (self.banner, self.storage_banner, self.notice, self.unsent_panel):
            part.retranslate()
        self.shortcut_bar.retranslate()
        self.stock_panel.retranslate()
        self.basket_panel.retranslate(session)
        if "article_search" in self.__dict__:  # made at the first F2
            self.article_search.retranslate()
        if session is not None:
            self.stock_panel.render_title(session)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- start ---

    def after_first_paint(self) -> None:
        """What the window leaves until it is on screen: the tables' models and the scanner.

        Both would make PySide build Python types before the first paint, a price paid once
        that the two-stage start moves into stage two's loading: the tables show only their
        titles until now (app/ui/table_titles.py says why), and an application-wide Python
        filter makes PySide wrap every object that gets an event, and the first of Qt's
        private classes among them (the gesture manager a table view creates) makes it
        build the types of all of QtCore, QtGui and QtWidgets (~70 ms). The two-stage start
        calls this right after the first paint; `attach` calls it in any case. Until then
        keys go to the code field, which has focus, and a code entered there is kept as a
        scan is.
        """
        if self.scans.listening:
            return
        self.stock_panel.show_model()
        self.basket_panel.show_model()
        self.scans.listen()

    @property
    def scanner(self) -> ScannerFilter:
        return self.scans.scanner

    @property
    def listening_for_scans(self) -> bool:
        return self.scans.listening

    def attach(self, till: Till) -> None:
        """Show this till: its catalogue loads, what waits is sent, orders are followed."""
        self.after_first_paint()
        self.till = till
        self.scanner.set_timing(till.settings.scanner.timing())
        self.scanner.set_known(till.checkout.knows_code)
        places = (self.code_entry, self.stock_view, self.basket_view, self.outbox_list)
        self._shortcuts = bind_shortcuts(self, places)
        till.start(self.till_view.listeners())
        self.storage_banner.show_problems(
            till.storage.problems
            + ((till.storage.orders_unavailable,) if till.storage.orders_unavailable else ())
        )
        self.till_view.render_basket()
        self.till_view.render_stock()
        self.scans.submit_waiting()  # found in Ongoing even while the catalogue loads

    def show_storage_problems(self, problems: list[Text]) -> None:
        """What went wrong with this PC's files at start-up; shown until the till restarts."""
        self.storage_banner.show_problems(tuple(problems))

    # --- scanning (scan_intake.py) ---

    def submit_code(self, text: str) -> None:
        self.scans.submit(text)

    @property
    def _scan_tasks(self) -> list[Any]:
        """Scans still being looked up (benchmarks wait for none)."""
        return self.scans.tasks

    # --- the keys (app/ui/shortcuts.py names each action) ---

    def focus_entry(self) -> None:
        self.code_entry.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_search(self) -> None:
        """F2 (article_search.py); while starting, the code field takes a typed code."""
        if self.till is None:
            self.focus_entry()
        else:
            self.article_search.open_from(self.code_entry)

    def focus_stock(self) -> None:
        self.stock_view.setFocus()

    def focus_basket(self) -> None:
        self.basket_panel.focus()

    def focus_unsent(self) -> None:
        if not self.unsent_panel.focus():
            every = translate("MainWindow", "Every order is confirmed by Ongoing.")
            self.show_notice(Notice(NoticeLevel.INFO, every))

    def show_help(self) -> None:
        show_help(self, self.dialog_closed)

    def show_diagnostics(self) -> None:
        self.diagnostics_actions.open()

    def dialog_closed(self, dialog: QtWidgets.QDialog) -> None:
        dialog.deleteLater()
        self.focus_entry()

    def refresh_stock(self) -> None:
        session = self.session
        self.session.tasks.start("stock", session.refresh_stock(session.current_article))

    def edit_quantity(self) -> None:
        self.basket_actions.edit_quantity()

    def remove_selected(self) -> None:
        if self.unsent_panel.has_focus():
            self.orders_actions.cancel_selected()
        else:
            self.basket_actions.remove_selected()

    def undo(self) -> None:
        self.basket_actions.undo()

    def clear_basket(self) -> None:
        self.basket_actions.clear()

    def open_order_form(self) -> None:
        self.orders_actions.open_form()

    def sell_over_the_counter(self) -> None:
        self.orders_actions.sell_over_the_counter()

    def print_slip(self) -> None:
        self.orders_actions.print_slip()

    def show_short_stock(self) -> None:
        self.store_actions.show_short_stock()

    def show_incoming(self) -> None:
        self.store_actions.show_incoming()

    def show_stock_taking(self) -> None:
        self.store_actions.show_stock_taking()

    def open_returns(self) -> None:
        from app.ui.return_actions import open_returns

        open_returns(self)

    def open_settings(self) -> None:
        self.settings_actions.open_settings()

    def switch_language(self) -> None:
        self.settings_actions.switch_language()

    # --- showing the till ---

    def show_notice(self, notice: Notice) -> None:
        """Show a message in the till's language; kept, to be shown again after a switch."""
        self.notice.show_notice(notice)

    # --- shutdown ---

    async def shutdown(self) -> None:
        """Stop scanning; let orders in flight finish (they are in the outbox either way)."""
        self.scans.stop()
        if self.till is not None:
            await self.till.close()
