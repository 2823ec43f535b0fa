"""The cashier's window: a frame of panels that shows the `Till` and forwards keys to it.

Top to bottom: the banners (Ongoing away, this PC's files), the code field, the latest
notice, the stock panel (the article scanned last and its stock per warehouse), the basket
panel with the unsent orders under it, and the bar of shortcuts. The panels draw; the till
(app/services/till.py) decides. Orders, the store's own stock, settings and the language
are actions of their own (order_actions.py, store_actions.py, settings_actions.py).

The window is built and painted before the till exists (the two-stage start,
app/ui/start/till.py): codes scanned meanwhile are kept and looked up once `attach(till)`
gives it one. Every text can change language while the till runs: each panel writes its
texts again in `retranslate()` from what it shows, kept as data.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING, Any

from app.domain.text_values import filled
from app.domain.texts import Text, translate
from app.qt import Qt, QtCore, QtWidgets
from app.services.notices import (
    ConnectionState,
    Notice,
    NoticeLevel,
    ScanFailure,
    TillListeners,
)
from app.services.task_groups import SCANS
from app.ui.basket_panel import BasketPanel
from app.ui.message_bar import ConnectionBanner, NoticeLine, StorageBanner
from app.ui.shortcuts import bind_shortcuts, shortcut_bar_text, shortcut_texts
from app.ui.stock_panel import StockPanel
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
    from app.ui.order_actions import OrderActions
    from app.ui.scanner_diagnostics import ScannerDiagnostics
    from app.ui.scanner_filter import ScannerFilter
    from app.ui.settings_actions import SettingsActions
    from app.ui.store_actions import StoreActions

log = logging.getLogger(__name__)


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
        self._codes_before_attach: list[str] = []
        self._scanner = scanner
        self._scanner_timing = scanner_timing
        if scanner is not None:
            scanner.scanned.connect(self._scanned)
        self._listening_for_scans = False
        self._diagnostics: ScannerDiagnostics | None = None
        self._build()
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
        self.code_entry.returnPressed.connect(self._manual_entry)
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

        self.shortcut_bar = QtWidgets.QLabel(central)
        self.shortcut_bar.setObjectName("shortcutBar")
        self.shortcut_bar.setWordWrap(True)
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
        self.shortcut_bar.setText(shortcut_bar_text(shortcut_texts(" ")))
        self.shortcut_bar.setAccessibleName(self.tr("Keyboard shortcuts"))
        session = self.till.checkout if self.till is not None else None
        for part in (self.banner, self.storage_banner, self.notice, self.unsent_panel):
            part.retranslate()
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
        if self._listening_for_scans:
            return
        self.stock_panel.show_model()
        self.basket_panel.show_model()
        app = QtWidgets.QApplication.instance()
        assert app is not None
        self.scanner.welcome_scans_in(self.code_entry)  # its job is codes, typed or scanned
        app.installEventFilter(self.scanner)
        self._listening_for_scans = True

    @property
    def scanner(self) -> ScannerFilter:
        """The application-wide scanner filter; made when first needed, after the first paint."""
        if self._scanner is None:
            from app.ui.scanner_filter import ScannerFilter

            self._scanner = ScannerFilter(self._scanner_timing, parent=self)
            self._scanner.scanned.connect(self._scanned)
        return self._scanner

    @property
    def listening_for_scans(self) -> bool:
        return self._listening_for_scans

    def attach(self, till: Till) -> None:
        """Show this till: its catalogue loads, what waits is sent, orders are followed."""
        self.after_first_paint()
        self.till = till
        self.scanner.set_timing(till.settings.scanner.timing())
        self.scanner.set_known(till.checkout.knows_code)
        places = (self.code_entry, self.stock_view, self.basket_view, self.outbox_list)
        self._shortcuts = bind_shortcuts(self, places)
        till.start(
            TillListeners(
                basket_changed=self._render_basket,
                stock_changed=self._render_stock,
                notice=self.show_notice,
                connection_changed=self._render_connection,
                catalogue_loaded=self._catalogue_loaded,
                scan_failed=self._scan_failed,
                scan_accepted=lambda _: self.notice.clear_scan_notice(),
                unsent_changed=self._unsent_changed,
            )
        )
        self.storage_banner.show_problems(
            till.storage.problems
            + ((till.storage.orders_unavailable,) if till.storage.orders_unavailable else ())
        )
        self._render_basket()
        self._render_stock()
        self._submit_codes_from_before()  # found in Ongoing even while the catalogue loads

    def show_storage_problems(self, problems: list[Text]) -> None:
        """What went wrong with this PC's files at start-up; shown until the till restarts."""
        self.storage_banner.show_problems(tuple(problems))

    # --- scanning ---

    def _scanned(self, text: str) -> None:
        """A scan: the basket's, unless IT is testing the scanner in F12, which shows it."""
        if self._diagnostics is not None:
            log.info("event=scan_kept_in_diagnostics")
            return
        self.submit_code(text)

    def submit_code(self, text: str) -> None:
        """A complete code from the scanner or the manual field: handled without waiting."""
        if self.till is None or self._codes_before_attach:
            # Starting: kept, and looked up in order once the window is attached.
            self._codes_before_attach.append(text)
            return
        self.till.tasks.spawn(SCANS, self.till.checkout.scan(text))

    @property
    def _scan_tasks(self) -> list[Any]:
        """Scans still being looked up (benchmarks wait for none)."""
        return self.till.tasks.group(SCANS) if self.till is not None else []

    def _manual_entry(self) -> None:
        text = self.code_entry.text()
        self.code_entry.clear()
        if text.strip():
            self.submit_code(text)

    def _submit_codes_from_before(self) -> None:
        """Codes scanned while the till was starting, in their order, once it is attached."""
        waiting, self._codes_before_attach = self._codes_before_attach, []
        for code in waiting:
            self.submit_code(code)

    # --- the keys (app/ui/shortcuts.py names each action) ---

    def focus_entry(self) -> None:
        self.code_entry.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_search(self) -> None:
        """F2: find an article by name or number; what the code field held is taken along."""
        if self.till is None:  # starting: the code field takes a typed code meanwhile
            self.focus_entry()
            return
        typed = self.code_entry.text()
        self.code_entry.clear()
        self.article_search.open(typed)

    def take_article(self, article_number: str) -> None:
        """An article picked in the search: into the basket as if it had been scanned."""
        if self.till is not None:
            self.till.tasks.spawn(SCANS, self.till.checkout.take(article_number))

    def focus_stock(self) -> None:
        self.stock_view.setFocus()

    def focus_basket(self) -> None:
        self.basket_panel.focus()

    def focus_unsent(self) -> None:
        if not self.unsent_panel.focus():
            every = translate("MainWindow", "Every order is confirmed by Ongoing.")
            self.show_notice(Notice(NoticeLevel.INFO, every))

    def show_help(self) -> None:
        box = QtWidgets.QMessageBox(self)
        box.setObjectName("helpDialog")
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setText("\n".join(shortcut_texts("\t")))
        box.finished.connect(lambda _: self.dialog_closed(box))
        box.open()

    def show_diagnostics(self) -> None:
        from app.ui.scanner_diagnostics import ScannerDiagnostics

        if self._diagnostics is None:
            self._diagnostics = ScannerDiagnostics(self.scanner, self)
            self._diagnostics.finished.connect(self._diagnostics_closed)
        self._diagnostics.open()

    def _diagnostics_closed(self) -> None:
        if self._diagnostics is not None:
            self._diagnostics.deleteLater()
            self._diagnostics = None
        self.focus_entry()

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

    def _unsent_changed(self, unsent: list[Any]) -> None:
        self.unsent_panel.draw(unsent)
        if "orders_actions" in self.__dict__:  # made once an order was placed
            self.orders_actions.unsent_changed()

    def _scan_failed(self, failure: ScanFailure) -> None:
        """Unmistakable: its own colour and icon, a short sound, and the header says it."""
        self.notice.show_notice(Notice(NoticeLevel.ERROR, failure.text), about_a_scan=True)
        self.stock_panel.show_failed_scan(failure)
        QtWidgets.QApplication.beep()
        log.info("event=scan_failed_shown not_found=%s", failure.not_found)

    def _render_basket(self) -> None:
        self.notice.clear_scan_notice()  # a basket action: the failed scan is old news
        session = self.session
        if not session.lines and "orders_actions" in self.__dict__:
            self.orders_actions.basket_emptied()  # a form's draft was that customer's
        self.basket_panel.draw(session)
        if (
            session.current_article is not None
            and session.lookup_in_flight == session.current_article
        ):
            # Its figures arrive within a round trip; painting the grid twice would only
            # delay them (and flash empty rows), so only the title changes now.
            self.stock_panel.render_title(session)
        else:
            self._render_stock()

    def _render_stock(self) -> None:
        self.stock_panel.draw(self.session)

    def _render_connection(self, state: ConnectionState) -> None:
        self.banner.show_state(state)
        if state.online:
            back = translate("MainWindow", "Ongoing answers again.")
            self.show_notice(Notice(NoticeLevel.INFO, back))
        self._render_stock()

    def _catalogue_loaded(self) -> None:
        ready = translate("MainWindow", "Ready: {count} articles loaded.")
        count = self.session.catalogue_size
        self.show_notice(Notice(NoticeLevel.INFO, filled(ready, count=count)))
        self._render_stock()
        self.catalogue_loaded.emit()

    # --- shutdown ---

    async def shutdown(self) -> None:
        """Stop scanning; let orders in flight finish (they are in the outbox either way)."""
        app = QtWidgets.QApplication.instance()
        if app is not None and self._listening_for_scans:
            app.removeEventFilter(self.scanner)
            self._listening_for_scans = False
        if self.till is not None:
            await self.till.close()
