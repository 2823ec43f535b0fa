"""The cashier's window: scan field, stock per warehouse, basket, and a line of shortcuts.

It renders a `CheckoutSession` and forwards keys to it; it holds no checkout rules itself.
Every text it shows can change language while the till runs (Ctrl+L, or the settings): static
texts are set in `retranslate()`, and what was shown last (a notice, the offline banner, the
unsent orders) is kept as data and rendered again in the new language.
"""

from __future__ import annotations

import logging
from collections.abc import Coroutine
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.text_values import filled
from app.domain.texts import QT_TRANSLATE_NOOP, Text, translate
from app.ongoing.errors import OngoingError
from app.qt import Qt, QtCore, QtGui, QtWidgets
from app.services.notices import CheckoutListeners, ConnectionState, Notice, NoticeLevel
from app.ui.basket_table import BasketTableModel
from app.ui.confirm import ask
from app.ui.i18n import (
    LANGUAGE,
    UI_LANGUAGES,
    MissingCatalogueError,
    format_money,
    format_quantity,
    format_time,
    shown,
)
from app.ui.stock_table import StockRow, StockTableModel
from app.ui.table_titles import titles_only

if TYPE_CHECKING:
    # The window is shown before these are imported (app/ui/till_start.py): they bring
    # asyncio, httpx, pydantic and SQLite. Methods import what they use when first used.
    import asyncio

    from app.config.settings import Settings
    from app.domain.order_slip import OrderSlip
    from app.domain.scan_detector import ScannerTiming
    from app.domain.stock import WarehouseInfo
    from app.ongoing.client import OngoingClient
    from app.persistence.outbox import OutboxEntry
    from app.services.checkout import CheckoutSession
    from app.services.incoming import IncomingOrder
    from app.services.order_tracking import OrderTracker, StatusChange
    from app.services.orders import OrderPlan, OrderService
    from app.ui.order_dialog import OrderChoice, OrderDialog
    from app.ui.scanner_diagnostics import ScannerDiagnostics
    from app.ui.scanner_filter import ScannerFilter

log = logging.getLogger(__name__)

SHORTCUTS = (
    ("F1", QT_TRANSLATE_NOOP("MainWindow", "Help")),
    ("F2", QT_TRANSLATE_NOOP("MainWindow", "Type a code")),
    ("F3", QT_TRANSLATE_NOOP("MainWindow", "Stock")),
    ("F4", QT_TRANSLATE_NOOP("MainWindow", "Quantity")),
    ("F5", QT_TRANSLATE_NOOP("MainWindow", "Refresh stock")),
    ("F6", QT_TRANSLATE_NOOP("MainWindow", "Basket")),
    ("Del", QT_TRANSLATE_NOOP("MainWindow", "Remove line")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("MainWindow", "Undo")),  # untranslated: key
    ("F9", QT_TRANSLATE_NOOP("MainWindow", "Clear basket")),
    ("F10", QT_TRANSLATE_NOOP("MainWindow", "Order")),
    ("F7", QT_TRANSLATE_NOOP("MainWindow", "Unsent orders")),
    ("F8", QT_TRANSLATE_NOOP("MainWindow", "Print slip")),
    ("F11", QT_TRANSLATE_NOOP("MainWindow", "Settings")),
    ("Shift+F10", QT_TRANSLATE_NOOP("MainWindow", "Sell over the counter")),  # untranslated: key
    ("Ctrl+F7", QT_TRANSLATE_NOOP("MainWindow", "Orders lacking stock")),  # untranslated: key
    ("Ctrl+F3", QT_TRANSLATE_NOOP("MainWindow", "Goods on the way in")),  # untranslated: key
    ("F12", QT_TRANSLATE_NOOP("MainWindow", "Scanner diagnostics")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("MainWindow", "Language")),  # untranslated: key
    ("Esc", QT_TRANSLATE_NOOP("MainWindow", "Back to scanning")),
)
"""Key and what it does. Keys are Qt's portable names, shown through `QKeySequence` (Qt names
them in the till's language: "Skift+F10", hence `# untranslated: key`); labels are
translated when shown."""


ORDER_SHUTDOWN_WAIT_S = 10.0  # an order in flight gets this long to be confirmed on close
RESEND_INTERVAL_S = 30.0  # unsent orders are tried again this often


def shortcut_texts(separator: str) -> list[str]:
    """Each shortcut as key, separator, what it does: in the till's language and key names."""
    native = QtGui.QKeySequence.SequenceFormat.NativeText
    return [
        separator.join(
            (
                QtGui.QKeySequence(key).toString(native),
                QtCore.QCoreApplication.translate("MainWindow", label),
            )
        )
        for key, label in SHORTCUTS
    ]


class MainWindow(QtWidgets.QMainWindow):
    catalogue_loaded = QtCore.Signal()  # at start, or once Ongoing is back

    def __init__(
        self,
        client: OngoingClient | None = None,
        *,
        title_suffix: str = "",
        session: CheckoutSession | None = None,
        scanner: ScannerFilter | None = None,
        scanner_timing: ScannerTiming | None = None,
        orders: OrderService | None = None,
        tracker: OrderTracker | None = None,
        settings: Settings | None = None,
        user_file: Path | None = None,
    ) -> None:
        """The window; with a client it is attached at once, else `attach` comes later.

        Without a client the window is complete but idle: codes scanned or typed are kept
        and looked up once `attach` gives it a session (the till's two-stage start).
        """
        super().__init__()
        self.settings = settings
        self.user_file = user_file
        self.orders: OrderService | None = None
        self.tracker: OrderTracker | None = None
        self.last_slip: OrderSlip | None = None
        self._order_tasks: set[asyncio.Task[Any]] = set()
        self._scan_tasks: set[asyncio.Task[Any]] = set()
        self._start_task: asyncio.Future[Any] | None = None
        self._pickup_places: dict[str, str] = {}
        self._title_suffix = title_suffix
        self._attached = False
        self._codes_before_attach: list[str] = []
        # What is on screen, kept as data so a language change can render it again.
        self._last_notice: Notice | None = None
        self._connection = ConnectionState()
        self._unsent: list[OutboxEntry] = []
        self._storage_problems: list[Text] = []
        self._orders_unavailable: Text | None = None  # why F10 cannot place orders here
        self._article_shown = False
        self.setObjectName("tillWindow")
        self._scanner = scanner
        self._scanner_timing = scanner_timing
        if scanner is not None:
            scanner.scanned.connect(self.submit_code)
        self._listening_for_scans = False
        self._diagnostics: ScannerDiagnostics | None = None
        self._build()
        self.retranslate()
        if client is not None:
            self.attach(
                client,
                session=session,
                orders=orders,
                tracker=tracker,
                settings=settings,
                user_file=user_file,
            )
        else:
            self.show_notice(Notice(NoticeLevel.INFO, translate("MainWindow", "Starting…")))

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
        self._show_table_models()
        app = QtWidgets.QApplication.instance()
        assert app is not None
        app.installEventFilter(self.scanner)
        self._listening_for_scans = True

    def _show_table_models(self) -> None:
        for view, model in (
            (self.stock_view, self.stock_model),
            (self.basket_view, self.basket_model),
        ):
            titles_only = view.model()
            if titles_only is not model:
                view.setModel(model)
                titles_only.deleteLater()  # the header keeps its sections' sizes and modes

    @property
    def scanner(self) -> ScannerFilter:
        """The application-wide scanner filter; made when first needed, after the first paint."""
        if self._scanner is None:
            from app.ui.scanner_filter import ScannerFilter

            self._scanner = ScannerFilter(self._scanner_timing, parent=self)
            self._scanner.scanned.connect(self.submit_code)
        return self._scanner

    @property
    def listening_for_scans(self) -> bool:
        return self._listening_for_scans

    def attach(
        self,
        client: OngoingClient,
        *,
        session: CheckoutSession | None = None,
        orders: OrderService | None = None,
        tracker: OrderTracker | None = None,
        settings: Settings | None = None,
        user_file: Path | None = None,
    ) -> None:
        """Connect the window to Ongoing: the session, orders and tracking start now."""
        import asyncio

        from app.files.locations import basket_path
        from app.persistence.json_file import JsonFile
        from app.services.checkout import CheckoutSession

        self.after_first_paint()
        if settings is not None:
            self.settings = settings
            self.scanner.set_timing(settings.scanner.timing())
        self.user_file = user_file
        self.orders = orders
        self.tracker = tracker
        self.session = session or CheckoutSession(client, basket_file=JsonFile(basket_path()))
        self.session.listeners = CheckoutListeners(
            basket_changed=self._render_basket,
            stock_changed=self._render_stock,
            notice=self.show_notice,
            connection_changed=self._render_connection,
            catalogue_loaded=self._catalogue_loaded,
        )
        self._attached = True
        self._bind_shortcuts()
        self._render_basket()
        self._render_stock()
        self._start_task = asyncio.ensure_future(self.session.start())
        if self.orders is not None:
            self.session.tasks.start("outbox", self._resend_waiting_orders())
        if self.tracker is not None:
            self.session.tasks.start("order-status", self.tracker.run(self._order_status_changed))
        self._submit_codes_from_before()  # found in Ongoing even while the catalogue loads

    # --- layout ---

    def _build(self) -> None:
        central = QtWidgets.QWidget(self)
        layout = QtWidgets.QVBoxLayout(central)

        self.banner = QtWidgets.QLabel(central)
        self.banner.setObjectName("offlineBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel#offlineBanner { background: #fff3cd; color: #3d2f00; padding: 6px; "
            "border: 2px solid #b58100; }"
        )
        self.banner.hide()
        layout.addWidget(self.banner)

        # This PC's own files failed (a damaged outbox, a disk that refuses orders): for
        # the cashier and IT, until the till restarts.
        self.storage_banner = QtWidgets.QLabel(central)
        self.storage_banner.setObjectName("storageBanner")
        self.storage_banner.setWordWrap(True)
        self.storage_banner.setStyleSheet(
            "QLabel#storageBanner { background: #fde8e8; color: #5c0011; padding: 6px; "
            "border: 2px solid #b00020; }"
        )
        self.storage_banner.hide()
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

        self.notice = QtWidgets.QLabel(central)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)

        self.article_title = QtWidgets.QLabel(central)
        self.article_title.setObjectName("articleTitle")
        title_font = self.article_title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.article_title.setFont(title_font)
        layout.addWidget(self.article_title)

        # No Qt enum before the first paint (it makes PySide build all ~100 of them, ~30 ms,
        # see app/qt.py): enum properties are set by key name, and the parent is passed by
        # keyword, which spares PySide checking it against QSplitter(Qt.Orientation, parent).
        splitter = QtWidgets.QSplitter(parent=central)
        splitter.setProperty("orientation", "Vertical")
        self.stock_model = StockTableModel(self)
        self.stock_view = QtWidgets.QTableView(splitter)
        self.stock_view.setObjectName("stockTable")
        self.stock_view.setModel(titles_only(self.stock_model, self.stock_view))
        self.stock_view.setSelectionBehavior(
            QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows
        )
        self.stock_view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stock_view.verticalHeader().hide()
        self.stock_view.horizontalHeader().setStretchLastSection(True)

        basket_box = QtWidgets.QWidget(splitter)
        basket_layout = QtWidgets.QVBoxLayout(basket_box)
        basket_layout.setContentsMargins(0, 0, 0, 0)
        self.basket_model = BasketTableModel(self._set_quantity, self._refused, self)
        self.basket_view = QtWidgets.QTableView(basket_box)
        self.basket_view.setObjectName("basketTable")
        self.basket_view.setModel(titles_only(self.basket_model, self.basket_view))
        self.basket_view.setSelectionBehavior(
            QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows
        )
        self.basket_view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.basket_view.setEditTriggers(
            QtWidgets.QAbstractItemView.EditTrigger.EditKeyPressed
            | QtWidgets.QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.basket_view.verticalHeader().hide()
        self.basket_view.horizontalHeader().setSectionResizeMode(
            1, QtWidgets.QHeaderView.ResizeMode.Stretch
        )
        self.total_label = QtWidgets.QLabel(basket_box)
        self.total_label.setObjectName("basketTotal")
        self.total_label.setProperty("alignment", "AlignRight")
        total_font = self.total_label.font()
        total_font.setBold(True)
        self.total_label.setFont(total_font)
        basket_layout.addWidget(self.basket_view)
        basket_layout.addWidget(self.total_label)
        self.outbox_label = QtWidgets.QLabel(basket_box)
        self.outbox_list = QtWidgets.QListWidget(basket_box)
        self.outbox_list.setObjectName("outboxList")
        self.outbox_list.setMaximumHeight(110)
        self.outbox_list.itemActivated.connect(self._retry_selected_order)
        self.outbox_label.setBuddy(self.outbox_list)
        self.outbox_label.hide()
        self.outbox_list.hide()
        basket_layout.addWidget(self.outbox_label)
        basket_layout.addWidget(self.outbox_list)
        layout.addWidget(splitter, 1)

        self.shortcut_bar = QtWidgets.QLabel(central)
        self.shortcut_bar.setObjectName("shortcutBar")
        self.shortcut_bar.setWordWrap(True)
        layout.addWidget(self.shortcut_bar)

        self.setCentralWidget(central)
        self.resize(1000, 720)

    def retranslate(self) -> None:
        """Every text in the till's language: the static ones, then what is shown now."""
        if self._title_suffix:
            self.setWindowTitle(self.tr("Tillside — {suffix}").format(suffix=self._title_suffix))
        else:
            self.setWindowTitle("Tillside")
        self.banner.setAccessibleName(self.tr("Connection status"))
        self.storage_banner.setAccessibleName(self.tr("Problems with this PC's files"))
        self.entry_label.setText(self.tr("&Code:"))
        self.code_entry.setAccessibleName(self.tr("Barcode or article number"))
        self.code_entry.setPlaceholderText(
            self.tr("Scan, or type a barcode or article number and press Enter")
        )
        self.notice.setAccessibleName(self.tr("Message"))
        self.article_title.setAccessibleName(self.tr("Scanned article"))
        self.stock_view.setAccessibleName(self.tr("Stock per warehouse"))
        self.basket_view.setAccessibleName(self.tr("Basket"))
        self.total_label.setAccessibleName(self.tr("Basket total"))
        self.outbox_label.setText(self.tr("Unsent orders (F7; Enter sends again, Delete cancels):"))
        self.outbox_list.setAccessibleName(self.tr("Orders not yet confirmed by Ongoing"))
        self.shortcut_bar.setText("   ".join(shortcut_texts(" ")))
        self.shortcut_bar.setAccessibleName(self.tr("Keyboard shortcuts"))
        # What is on screen now, from the data it was made from.
        self.stock_model.retranslate()
        self.basket_model.retranslate()
        if self._attached:
            self._render_title()
            self._render_total()
        self._render_banner()
        self._render_storage_banner()
        if self._unsent:
            self._render_outbox(self._unsent)
        if self._last_notice is not None:
            self.show_notice(self._last_notice)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _bind_shortcuts(self) -> None:
        bindings = (
            (QtGui.QKeySequence("F1"), self._show_help),
            (QtGui.QKeySequence("F2"), self.focus_entry),
            (QtGui.QKeySequence("F3"), lambda: self.stock_view.setFocus()),
            (QtGui.QKeySequence("F4"), self._edit_quantity),
            (QtGui.QKeySequence("F5"), self._refresh_stock),
            (QtGui.QKeySequence("F6"), self._focus_basket),
            (QtGui.QKeySequence("Delete"), self._remove_selected),
            (QtGui.QKeySequence("Ctrl+Z"), self._undo),
            (QtGui.QKeySequence("F9"), self._clear_basket),
            (QtGui.QKeySequence("F10"), self._open_order_form),
            (QtGui.QKeySequence("F7"), self._focus_outbox),
            (QtGui.QKeySequence("F8"), self._print_slip),
            (QtGui.QKeySequence("F11"), self._open_settings),
            (QtGui.QKeySequence("Shift+F10"), self._sell_over_the_counter),
            (QtGui.QKeySequence("Ctrl+F7"), self._show_short_stock),
            (QtGui.QKeySequence("Ctrl+F3"), self._show_incoming),
            (QtGui.QKeySequence("F12"), self._show_diagnostics),
            (QtGui.QKeySequence("Ctrl+L"), self.switch_language),
            (QtGui.QKeySequence("Escape"), self.focus_entry),
        )
        self._shortcuts = []
        for sequence, slot in bindings:
            shortcut = QtGui.QShortcut(sequence, self)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

    # --- scanning ---

    def submit_code(self, text: str) -> None:
        """A complete code from the scanner or the manual field: handled without waiting."""
        if not self._attached or self._codes_before_attach:
            # Starting: kept, and looked up in order once the window is attached.
            self._codes_before_attach.append(text)
            return
        import asyncio

        task = asyncio.ensure_future(self.session.scan(text))
        self._scan_tasks.add(task)
        task.add_done_callback(self._scan_tasks.discard)

    def _manual_entry(self) -> None:
        text = self.code_entry.text()
        self.code_entry.clear()
        if text.strip():
            self.submit_code(text)

    def focus_entry(self) -> None:
        self.code_entry.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- basket actions ---

    def _selected_article(self) -> str | None:
        index = self.basket_view.currentIndex()
        line = self.basket_model.line_at(index.row()) if index.isValid() else None
        return line.article_number if line else None

    def _focus_basket(self) -> None:
        self.basket_view.setFocus()
        if not self.basket_view.currentIndex().isValid() and self.basket_model.rowCount():
            self.basket_view.setCurrentIndex(self.basket_model.index(0, 0))

    def _edit_quantity(self) -> None:
        if not self.basket_model.rowCount():
            self.show_notice(
                Notice(NoticeLevel.INFO, translate("MainWindow", "The basket is empty."))
            )
            return
        self._focus_basket()
        row = self.basket_view.currentIndex().row()
        index = self.basket_model.index(row, BasketTableModel.QUANTITY_COLUMN)
        self.basket_view.setCurrentIndex(index)
        self.basket_view.edit(index)

    def _set_quantity(self, article_number: str, quantity: int) -> None:
        self.session.set_quantity(article_number, quantity)
        QtCore.QTimer.singleShot(0, self.focus_entry)

    def _refused(self, message: Text) -> None:
        self.show_notice(Notice(NoticeLevel.WARNING, message))

    def _remove_selected(self) -> None:
        if self.outbox_list.hasFocus():
            self._cancel_selected_order()
            return
        if self.code_entry.hasFocus() and self.code_entry.text():
            self.code_entry.del_()
            return
        article = self._selected_article()
        if article is None:
            self.show_notice(
                Notice(
                    NoticeLevel.INFO, translate("MainWindow", "Select a basket line first (F6).")
                )
            )
            return
        self.session.remove(article)
        self.show_notice(
            Notice(
                NoticeLevel.INFO,
                filled(
                    translate("MainWindow", "Removed {article}. Ctrl+Z brings it back."),
                    article=article,
                ),
            )
        )

    def _undo(self) -> None:
        if self.code_entry.hasFocus() and self.code_entry.isUndoAvailable():
            self.code_entry.undo()
            return
        if not self.session.undo():
            self.show_notice(Notice(NoticeLevel.INFO, translate("MainWindow", "Nothing to undo.")))

    def _clear_basket(self) -> None:
        if not self.session.basket.lines:
            return

        def clear() -> None:
            self.session.clear()
            self.show_notice(
                Notice(
                    NoticeLevel.INFO,
                    translate("MainWindow", "Basket cleared. Ctrl+Z brings it back."),
                )
            )

        ask(
            self,
            "clearBasketDialog",
            self.tr("Clear the basket?"),
            self.tr("Remove all {count} lines from the basket?").format(
                count=format_quantity(len(self.session.basket.lines))
            ),
            clear,
            after=self.focus_entry,
        )

    def _refresh_stock(self) -> None:
        self.session.tasks.start("stock", self.session.refresh_stock(self.session.current_article))

    def _show_diagnostics(self) -> None:
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

    def _show_help(self) -> None:
        box = QtWidgets.QMessageBox(self)
        box.setObjectName("helpDialog")
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setText("\n".join(shortcut_texts("\t")))
        box.finished.connect(lambda _: self._dialog_closed(box))
        box.open()

    def _dialog_closed(self, box: QtWidgets.QDialog) -> None:
        box.deleteLater()
        self.focus_entry()

    # --- orders ---

    def _open_order_form(self) -> None:
        from app.domain.stock import split_by_warehouse
        from app.ui.order_dialog import OrderDialog

        if self.orders is None:
            self.show_notice(
                Notice(
                    NoticeLevel.WARNING,
                    self._orders_unavailable
                    or translate("MainWindow", "Ordering is not set up on this till."),
                )
            )
            return
        if not self.session.basket.lines:
            self.show_notice(
                Notice(
                    NoticeLevel.INFO, translate("MainWindow", "Scan the items for the order first.")
                )
            )
            return
        ranked = self.session.ranked_warehouses()
        split = split_by_warehouse(
            [warehouse for warehouse, _ in ranked],
            self.session.basket.quantities(),
            self.session.stock.snapshots(),
        )
        dialog = OrderDialog(
            ranked,
            backorders_allowed=self.orders.store.backorders_allowed,
            split=tuple((w, tuple(numbers)) for w, numbers in split or ()),
            parent=self,
        )
        dialog.chosen.connect(lambda choice: self._place_order(choice, dialog))
        dialog.finished.connect(lambda _: self._dialog_closed(dialog))
        dialog.open()

    def _place_order(self, choice: OrderChoice, form: OrderDialog | None = None) -> None:
        from app.services.orders import OrderPlan

        assert self.orders is not None
        lines = self.session.basket.lines
        parts = choice.split or ((choice.warehouse, tuple(ln.article_number for ln in lines)),)
        plans = [
            (
                OrderPlan(
                    tuple(line for line in lines if line.article_number in numbers),
                    choice.kind,
                    warehouse.code,
                    choice.customer,
                    receipt_number=choice.receipt,
                    language=choice.language,
                ),
                replace(choice, warehouse=warehouse, split=()),
            )
            for warehouse, numbers in parts
        ]
        self._start_order_task(self._place(plans, form))

    def _start_order_task(self, work: Coroutine[Any, Any, None]) -> None:
        """Orders in flight are kept, so closing the window can let them finish."""
        import asyncio

        task = asyncio.ensure_future(work)
        self._order_tasks.add(task)
        task.add_done_callback(self._order_tasks.discard)

    async def _place(
        self, plans: list[tuple[OrderPlan, OrderChoice]], form: OrderDialog | None
    ) -> None:
        """Store every part (the form waits for that), then send each and say how it went."""
        from app.persistence.storage_errors import StorageError
        from app.services.orders import OrderError

        assert self.orders is not None
        try:
            entries = await self.orders.prepare([plan for plan, _ in plans])
        except (OrderError, OngoingError, StorageError) as error:
            log.warning("event=order_not_placed error=%s", type(error).__name__)
            if form is not None and form.isVisible():
                form.order_refused(error.text)  # everything typed stays in the form
            else:
                nothing_sent = translate("MainWindow", "{error} Nothing was sent.")
                self.show_notice(Notice(NoticeLevel.ERROR, filled(nothing_sent, error=error.text)))
            return
        if form is not None:
            form.order_stored()
        self.session.clear()  # the items left with the order; Ctrl+Z brings them back
        for entry, (plan, choice) in zip(entries, plans, strict=True):
            self.show_notice(
                Notice(
                    NoticeLevel.INFO,
                    filled(
                        translate("MainWindow", "Sending the order to {warehouse}…"),
                        warehouse=choice.warehouse.name,
                    ),
                )
            )
            await self._send_order(entry.checkout_id, plan, choice)

    async def _send_order(self, checkout_id: str, plan: OrderPlan, choice: OrderChoice) -> None:
        from app.persistence.outbox import OutboxState
        from app.persistence.storage_errors import StorageError
        from app.ui.order_slip_print import slip_for

        assert self.orders is not None
        try:
            entry = await self.orders.send(checkout_id)
        except StorageError as error:  # stored, but the PC cannot read it back now
            self.show_notice(Notice(NoticeLevel.ERROR, error.text))
            return
        self.last_slip = slip_for(entry, plan, choice, self.orders.store.name)
        if entry.state is OutboxState.SENT:
            self.show_notice(
                Notice(
                    NoticeLevel.INFO,
                    filled(
                        translate(
                            "MainWindow",
                            "Order {order} confirmed by Ongoing (order id {order_id}). "
                            "F8 prints the slip.",
                        ),
                        order=entry.order_number,
                        order_id=entry.ongoing_order_id,
                    ),
                )
            )
            if self.tracker is not None and entry.ongoing_order_id is not None:
                self.tracker.track(entry.order_number, entry.ongoing_order_id, entry.kind)
                if entry.kind == "pickup":
                    self._pickup_places[entry.order_number] = choice.warehouse.name
        else:
            self.show_notice(
                Notice(
                    NoticeLevel.WARNING,
                    filled(
                        translate(
                            "MainWindow",
                            "Order {order} is NOT confirmed yet: {reason} "
                            "It is kept and sent again by itself (F7 shows it).",
                        ),
                        order=entry.order_number,
                        reason=entry.reason,
                    ),
                )
            )
        await self._refresh_outbox()

    def _order_status_changed(self, change: StatusChange) -> None:
        """Say once when a pickup is ready; say when an order was cancelled."""
        from app.domain.order_status import CANCELLED

        if change.kind == "pickup" and change.ready and change.order_number in self._pickup_places:
            place = self._pickup_places.pop(change.order_number)
            self.show_notice(
                Notice(
                    NoticeLevel.INFO,
                    filled(
                        translate(
                            "MainWindow", "✔ Pickup order {order} is picked and ready at {place}."
                        ),
                        order=change.order_number,
                        place=place,
                    ),
                )
            )
        elif change.status_number >= CANCELLED:
            self.show_notice(
                Notice(
                    NoticeLevel.WARNING,
                    filled(
                        translate("MainWindow", "Order {order} was cancelled."),
                        order=change.order_number,
                    ),
                )
            )
        if change.finished:
            self._pickup_places.pop(change.order_number, None)

    async def _resend_waiting_orders(self) -> None:
        assert self.orders is not None
        while True:
            if await self.orders.unsent():
                await self.orders.send_waiting()
            await self._refresh_outbox()
            await self.session.sleep(RESEND_INTERVAL_S)

    async def _refresh_outbox(self) -> None:
        if self.orders is not None:
            self._render_outbox(await self.orders.unsent())

    def _render_outbox(self, unsent: list[OutboxEntry]) -> None:
        from app.persistence.outbox import OutboxState

        self._unsent = unsent
        selected = self._selected_checkout()
        self.outbox_list.clear()
        for entry in unsent:
            if entry.state is OutboxState.ATTENTION:
                state = self.tr("needs attention")
            else:
                state = self.tr("waiting")
            reason = shown(entry.reason) if str(entry.reason) else self.tr("not sent yet")
            item = QtWidgets.QListWidgetItem(
                self.tr("{order}  {kind}  {state}: {reason}").format(
                    order=entry.order_number,
                    kind=self._kind_label(entry.kind),
                    state=state,
                    reason=reason,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, entry.checkout_id)
            self.outbox_list.addItem(item)
            if entry.checkout_id == selected:
                self.outbox_list.setCurrentItem(item)  # the same order stays selected
        self.outbox_label.setVisible(bool(unsent))
        self.outbox_list.setVisible(bool(unsent))

    def _kind_label(self, kind: str) -> str:
        """How the order goes, in the till's language (Ongoing's kind as it is if unknown)."""
        from app.domain.order_body import FulfilmentKind

        labels = {
            FulfilmentKind.PICKUP.value: self.tr("pickup"),
            FulfilmentKind.DELIVERY.value: self.tr("delivery"),
            FulfilmentKind.STORE_SALE.value: self.tr("store-sale"),
        }
        return labels.get(kind, kind)

    def _focus_outbox(self) -> None:
        if self.outbox_list.count() == 0:
            self.show_notice(
                Notice(
                    NoticeLevel.INFO,
                    translate("MainWindow", "Every order is confirmed by Ongoing."),
                )
            )
            return
        self.outbox_list.setFocus()
        if self.outbox_list.currentRow() < 0:
            self.outbox_list.setCurrentRow(0)

    def _selected_checkout(self) -> str | None:
        item = self.outbox_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _retry_selected_order(self) -> None:
        checkout_id = self._selected_checkout()
        if checkout_id is None or self.orders is None:
            return
        self._start_order_task(self._retry(checkout_id))

    async def _retry(self, checkout_id: str) -> None:
        from app.persistence.outbox import OutboxState

        assert self.orders is not None
        entry = await self.orders.send(checkout_id)
        if entry.state is OutboxState.SENT:
            confirmed = translate("MainWindow", "Order {order} confirmed (order id {order_id}).")
            text = filled(confirmed, order=entry.order_number, order_id=entry.ongoing_order_id)
            self.show_notice(Notice(NoticeLevel.INFO, text))
        else:
            still = translate("MainWindow", "{order}: still not sent: {reason}")
            text = filled(still, order=entry.order_number, reason=entry.reason)
            self.show_notice(Notice(NoticeLevel.WARNING, text))
        await self._refresh_outbox()

    def _cancel_selected_order(self) -> None:
        checkout_id = self._selected_checkout()
        if checkout_id is None or self.orders is None:
            return
        ask(
            self,
            "cancelOrderDialog",
            self.tr("Cancel the order?"),
            self.tr(
                "Cancel this order? If Ongoing has it and the warehouse has not started, "
                "it is deleted there too."
            ),
            lambda: self._start_order_task(self._cancel(checkout_id)),
        )

    async def _cancel(self, checkout_id: str) -> None:
        from app.services.orders import OrderError

        assert self.orders is not None
        try:
            entry = await self.orders.cancel(checkout_id)
        except OrderError as error:
            self.show_notice(Notice(NoticeLevel.ERROR, error.text))
            return
        cancelled = translate("MainWindow", "Order {order} cancelled.")
        self.show_notice(Notice(NoticeLevel.INFO, filled(cancelled, order=entry.order_number)))
        await self._refresh_outbox()
        self.focus_entry()

    def _print_slip(self) -> None:
        from app.ui.order_slip_print import print_slip

        if self.last_slip is None:
            self.show_notice(
                Notice(
                    NoticeLevel.INFO, translate("MainWindow", "No order placed yet on this till.")
                )
            )
            return
        print_slip(self.last_slip, self)

    # --- the store's own stock ---

    def _store_warehouse(self) -> WarehouseInfo | None:
        code = self.orders.store.store_warehouse if self.orders else None
        return next((w for w in self.session.catalogue.warehouses.values() if w.code == code), None)

    def _sell_over_the_counter(self) -> None:
        from app.domain.order_body import FulfilmentKind
        from app.ui.order_dialog import OrderChoice

        warehouse = self._store_warehouse()
        if self.orders is None or not self.orders.store.store_sale or warehouse is None:
            self.show_notice(
                Notice(
                    NoticeLevel.INFO,
                    translate(
                        "MainWindow",
                        "Sales over the counter are not set up on this till "
                        "(store.store_sale and store.store_warehouse).",
                    ),
                )
            )
            return
        if not self.session.basket.lines:
            self.show_notice(
                Notice(NoticeLevel.INFO, translate("MainWindow", "Scan the items sold first."))
            )
            return
        items = sum(line.quantity for line in self.session.basket.lines)
        choice = OrderChoice(FulfilmentKind.STORE_SALE, warehouse, None, "sv")
        ask(
            self,
            "storeSaleDialog",
            self.tr("Sell over the counter?"),
            self.tr(
                "Record the sale of {items} items from {warehouse}? Ongoing deducts them."
            ).format(items=format_quantity(items), warehouse=warehouse.name),
            lambda: self._place_order(choice),
            default_yes=True,
            after=self.focus_entry,
        )

    def _store_warehouse_or_say(self) -> WarehouseInfo | None:
        warehouse = self._store_warehouse()
        if warehouse is None:
            self.show_notice(
                Notice(
                    NoticeLevel.INFO,
                    translate("MainWindow", "No store warehouse is set (store.store_warehouse)."),
                )
            )
        return warehouse

    def _show_short_stock(self) -> None:
        from app.services.short_stock import orders_lacking_stock
        from app.ui.short_stock_dialog import ShortStockDialog

        warehouse = self._store_warehouse_or_say()
        if warehouse is None:
            return
        client = self.session.client
        dialog = ShortStockDialog(
            lambda: orders_lacking_stock(client, warehouse.code), warehouse.name, self
        )
        dialog.finished.connect(lambda _: self._dialog_closed(dialog))
        dialog.open()

    def _show_incoming(self) -> None:
        from app.services.incoming import incoming_goods
        from app.ui.incoming_dialog import IncomingDialog

        warehouse = self._store_warehouse_or_say()
        if warehouse is None:
            return
        client = self.session.client

        async def load(
            low: int | None, high: int | None, since: date | None, until: date | None
        ) -> list[IncomingOrder]:
            return await incoming_goods(
                client,
                warehouse.code,
                status_from=low,
                status_to=high,
                expected_from=since,
                expected_to=until,
            )

        dialog = IncomingDialog(load, warehouse.name, self)
        dialog.finished.connect(lambda _: self._dialog_closed(dialog))
        dialog.open()

    # --- settings ---

    def _open_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        if self.settings is None or self.user_file is None:
            self.show_notice(
                Notice(
                    NoticeLevel.INFO, translate("MainWindow", "Settings are not available here.")
                )
            )
            return
        dialog = SettingsDialog(self.settings, self.user_file, self)
        dialog.saved.connect(self._apply_settings)
        dialog.change_connection.connect(self._open_connection_setup)
        dialog.finished.connect(lambda _: self._dialog_closed(dialog))
        dialog.open()

    def _apply_settings(self, settings: Settings) -> None:
        """Store, scanner and display settings take effect at once (the language too)."""
        previous = self.settings.display.language if self.settings else LANGUAGE.code
        self.settings = settings
        self.session.preference = settings.store.preference()
        self.session.stale_after = settings.display.stale_after
        self.scanner.set_timing(settings.scanner.timing())
        if self.orders is not None:
            self.orders.use_store(settings.store)
        self._render_stock()
        self.show_notice(Notice(NoticeLevel.INFO, translate("MainWindow", "Settings saved.")))
        if settings.display.language != previous:
            self._use_language(settings.display.language)

    # --- language ---

    def switch_language(self) -> None:
        """Ctrl+L: the next language at once, remembered for the next start.

        Only the words change: the basket, the article shown and its stock stay as they are.
        """
        code = LANGUAGE.next_code()
        if not self._use_language(code):
            return
        self.show_notice(
            Notice(
                NoticeLevel.INFO,
                filled(
                    translate("MainWindow", "Language: {language}"), language=UI_LANGUAGES[code]
                ),
            )
        )
        self._remember_language(code)

    def _use_language(self, code: str) -> bool:
        """Switch the whole application; a missing catalogue is said, and nothing changes."""
        try:
            LANGUAGE.switch(code)
        except MissingCatalogueError as error:
            log.warning("event=language_unavailable language=%s", code)
            self.show_notice(Notice(NoticeLevel.WARNING, error.text))
            return False
        return True

    def _remember_language(self, code: str) -> None:
        """Write `display.language` to the till's own file, as the settings dialog does."""
        from app.config.loading import SettingsError, save_user_settings

        if self.settings is not None:
            display = self.settings.display.model_copy(update={"language": code})
            self.settings = self.settings.model_copy(update={"display": display})
        if self.user_file is None:
            return
        try:
            save_user_settings(self.user_file, {"display": {"language": code}})
        except (SettingsError, OSError) as error:
            log.warning("event=language_not_saved error=%s", type(error).__name__)
            not_saved = translate(
                "MainWindow", "The language is switched but not saved for the next start: {error}"
            )
            reason = error.text if isinstance(error, SettingsError) else str(error)
            self.show_notice(Notice(NoticeLevel.WARNING, filled(not_saved, error=reason)))

    def _open_connection_setup(self) -> None:
        from app.ui.setup_dialog import SetupDialog

        assert self.settings is not None and self.user_file is not None
        dialog = SetupDialog(self.user_file, self.settings.connection, self)
        dialog.saved.connect(
            lambda _: self.show_notice(
                Notice(
                    NoticeLevel.INFO,
                    translate("MainWindow", "Connection saved. Restart Tillside to use it."),
                )
            )
        )
        dialog.finished.connect(lambda _: self._dialog_closed(dialog))
        dialog.open()

    # --- rendering ---

    def show_notice(self, notice: Notice) -> None:
        """Show a message in the till's language; kept, to be shown again after a switch."""
        self._last_notice = notice
        prefix = {"info": "ℹ", "warning": "⚠", "error": "⛔"}[notice.level.value]
        self.notice.setText(prefix + " " + shown(notice.text))
        self.notice.setProperty("level", notice.level.value)

    def _render_basket(self) -> None:
        lines = self.session.basket.lines
        self.basket_model.set_lines(lines)
        current = self.session.current_article
        if current is not None and (row := self.basket_model.row_of(current)) >= 0:
            self.basket_view.setCurrentIndex(self.basket_model.index(row, 0))
        self._render_total()
        if current is not None and self.session.lookup_in_flight == current:
            # Its figures arrive within a round trip; painting the grid twice would only
            # delay them (and flash empty rows), so only the title changes now.
            self._render_title()
        else:
            self._render_stock()

    def _render_total(self) -> None:
        items = sum(line.quantity for line in self.session.basket.lines)
        values = {
            "items": format_quantity(items),
            "total": format_money(self.session.basket_total()),
        }
        one = items == 1
        if self.session.basket.has_unpriced_lines():
            text = (
                self.tr("{items} item   Total {total}  (it has no price)")
                if one
                else self.tr("{items} items   Total {total}  (some items have no price)")
            )
        else:
            text = (
                self.tr("{items} item   Total {total}")
                if one
                else self.tr("{items} items   Total {total}")
            )
        self.total_label.setText(text.format(**values))

    def _render_title(self) -> None:
        current = self.session.current_article
        article = self.session.catalogue.by_number(current) if current else None
        if article is not None:
            self._article_shown = True
            if article.price:
                title = self.tr("{number}  ·  {name}  ·  {price}").format(
                    number=article.number,
                    name=article.name,
                    price=format_money(article.price, article.currency or ""),
                )
            else:
                title = self.tr("{number}  ·  {name}").format(
                    number=article.number, name=article.name
                )
            self.article_title.setText(title)
        elif not self._article_shown:
            self.article_title.setText(self.tr("Scan an article to see its stock."))

    def _render_stock(self) -> None:
        snapshot = self.session.current_snapshot()
        self._render_title()
        rows = []
        for warehouse, supplies in self.session.ranked_warehouses():
            figure = snapshot.figures.get(warehouse.id) if snapshot else None
            rows.append(
                self._stock_row(warehouse, supplies, snapshot is not None, figure, snapshot)
            )
        self.stock_model.set_rows(rows)

    def _stock_row(
        self,
        warehouse: WarehouseInfo,
        supplies: bool,
        has_snapshot: bool,
        figure: Any,
        snapshot: Any,
    ) -> StockRow:
        from decimal import Decimal

        fetched_at: datetime | None = snapshot.fetched_at if snapshot else None
        return StockRow(
            name=warehouse.name,
            code=warehouse.code,
            sellable=(figure.sellable if figure else Decimal(0)) if has_snapshot else None,
            physical=(figure.physical if figure else Decimal(0)) if has_snapshot else None,
            fetched_at=fetched_at,
            stale=bool(snapshot) and self.session.is_stale(snapshot),
            supplies_basket=supplies,
        )

    def _render_connection(self, state: ConnectionState) -> None:
        self._connection = state
        self._render_banner()
        if state.online:
            self.show_notice(
                Notice(NoticeLevel.INFO, translate("MainWindow", "Ongoing answers again."))
            )
        self._render_stock()

    def _render_banner(self) -> None:
        state = self._connection
        if state.online:
            self.banner.hide()
            return
        if state.since is not None:
            text = self.tr(
                "⚠ Ongoing is not answering since {time}: {reason} "
                "Showing the last known figures; the basket is kept. Retrying by itself."
            )
        else:
            text = self.tr(
                "⚠ Ongoing is not answering: {reason} "
                "Showing the last known figures; the basket is kept. Retrying by itself."
            )
        since = format_time(state.since.astimezone()) if state.since is not None else ""
        self.banner.setText(text.format(time=since, reason=shown(state.reason)))
        self.banner.show()

    def show_storage_problems(
        self, problems: list[Text], orders_unavailable: Text | None = None
    ) -> None:
        """What went wrong with this PC's files at start-up; shown until the till restarts.

        `orders_unavailable` says why no order can be placed (F10 says it again).
        """
        self._orders_unavailable = orders_unavailable
        self._storage_problems = list(problems) + (
            [orders_unavailable] if orders_unavailable else []
        )
        self._render_storage_banner()

    def _render_storage_banner(self) -> None:
        if not self._storage_problems:
            self.storage_banner.hide()
            return
        self.storage_banner.setText("\n".join("⚠ " + shown(p) for p in self._storage_problems))
        self.storage_banner.show()

    def _catalogue_loaded(self) -> None:
        ready = translate("MainWindow", "Ready: {count} articles loaded.")
        self.show_notice(Notice(NoticeLevel.INFO, filled(ready, count=len(self.session.catalogue))))
        self._render_stock()
        self.catalogue_loaded.emit()

    def _submit_codes_from_before(self) -> None:
        """Codes scanned while the till was starting, in their order, once it is attached."""
        waiting, self._codes_before_attach = self._codes_before_attach, []
        for code in waiting:
            self.submit_code(code)

    # --- shutdown ---

    async def shutdown(self) -> None:
        """Stop scanning; let orders in flight finish (they are in the outbox either way)."""
        import asyncio

        app = QtWidgets.QApplication.instance()
        if app is not None and self._listening_for_scans:
            app.removeEventFilter(self.scanner)
            self._listening_for_scans = False
        if not self._attached:
            return
        if self._order_tasks:
            await asyncio.wait(list(self._order_tasks), timeout=ORDER_SHUTDOWN_WAIT_S)
        if self._start_task is not None:
            self._start_task.cancel()  # closed before the catalogue finished loading
            await asyncio.gather(self._start_task, return_exceptions=True)
        for task in list(self._scan_tasks):
            task.cancel()
        await asyncio.gather(*self._scan_tasks, return_exceptions=True)
        await self.session.close()
