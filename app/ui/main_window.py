"""The cashier's window: scan field, stock per warehouse, basket, and a line of shortcuts.

It renders a `CheckoutSession` and forwards keys to it; it holds no checkout rules itself.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import Any

from app.domain.scan_detector import ScannerTiming
from app.domain.stock import WarehouseInfo
from app.ongoing.client import OngoingClient
from app.qt import Qt, QtCore, QtGui, QtWidgets
from app.services.checkout import (
    CheckoutListeners,
    CheckoutSession,
    ConnectionState,
    Notice,
    NoticeLevel,
)
from app.store.json_file import JsonFile
from app.store.paths import data_dir
from app.ui.basket_table import BasketTableModel, format_money
from app.ui.scanner_diagnostics import ScannerDiagnostics
from app.ui.scanner_filter import ScannerFilter
from app.ui.stock_table import StockRow, StockTableModel

log = logging.getLogger(__name__)

SHORTCUTS = (
    ("F1", "Help"),
    ("F2", "Type a code"),
    ("F3", "Stock"),
    ("F4", "Quantity"),
    ("F5", "Refresh stock"),
    ("F6", "Basket"),
    ("Del", "Remove line"),
    ("Ctrl+Z", "Undo"),
    ("F9", "Clear basket"),
    ("F12", "Scanner diagnostics"),
    ("Esc", "Back to scanning"),
)


class MainWindow(QtWidgets.QMainWindow):
    def __init__(
        self,
        client: OngoingClient,
        *,
        title_suffix: str = "",
        session: CheckoutSession | None = None,
        scanner: ScannerFilter | None = None,
        scanner_timing: ScannerTiming | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle("Tillside" + (f" — {title_suffix}" if title_suffix else ""))
        self.setObjectName("tillWindow")
        self.session = session or CheckoutSession(
            client, basket_file=JsonFile(data_dir() / "basket.json")
        )
        self.session.listeners = CheckoutListeners(
            basket_changed=self._render_basket,
            stock_changed=self._render_stock,
            notice=self.show_notice,
            connection_changed=self._render_connection,
            catalogue_loaded=self._catalogue_loaded,
        )
        self._scan_tasks: set[asyncio.Task[Any]] = set()
        self.scanner = scanner or ScannerFilter(scanner_timing, parent=self)
        self.scanner.scanned.connect(self.submit_code)
        app = QtWidgets.QApplication.instance()
        assert app is not None
        app.installEventFilter(self.scanner)
        self._diagnostics: ScannerDiagnostics | None = None
        self._build()
        self._bind_shortcuts()
        self._render_basket()
        self._render_stock()
        self._start_task = asyncio.ensure_future(self.session.start())

    # --- layout ---

    def _build(self) -> None:
        central = QtWidgets.QWidget(self)
        layout = QtWidgets.QVBoxLayout(central)

        self.banner = QtWidgets.QLabel(central)
        self.banner.setObjectName("offlineBanner")
        self.banner.setAccessibleName("Connection status")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel#offlineBanner { background: #fff3cd; color: #3d2f00; padding: 6px; "
            "border: 2px solid #b58100; }"
        )
        self.banner.hide()
        layout.addWidget(self.banner)

        entry_row = QtWidgets.QHBoxLayout()
        entry_label = QtWidgets.QLabel("&Code:", central)
        self.code_entry = QtWidgets.QLineEdit(central)
        self.code_entry.setObjectName("codeEntry")
        self.code_entry.setAccessibleName("Barcode or article number")
        self.code_entry.setPlaceholderText(
            "Scan, or type a barcode or article number and press Enter"
        )
        self.code_entry.setMaxLength(200)
        self.code_entry.returnPressed.connect(self._manual_entry)
        entry_label.setBuddy(self.code_entry)
        entry_row.addWidget(entry_label)
        entry_row.addWidget(self.code_entry, 1)
        layout.addLayout(entry_row)

        self.notice = QtWidgets.QLabel(central)
        self.notice.setObjectName("notice")
        self.notice.setAccessibleName("Message")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)

        self.article_title = QtWidgets.QLabel("Scan an article to see its stock.", central)
        self.article_title.setObjectName("articleTitle")
        self.article_title.setAccessibleName("Scanned article")
        title_font = self.article_title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.article_title.setFont(title_font)
        layout.addWidget(self.article_title)

        splitter = QtWidgets.QSplitter(Qt.Orientation.Vertical, central)
        self.stock_model = StockTableModel(self)
        self.stock_view = QtWidgets.QTableView(splitter)
        self.stock_view.setObjectName("stockTable")
        self.stock_view.setAccessibleName("Stock per warehouse")
        self.stock_view.setModel(self.stock_model)
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
        self.basket_view.setAccessibleName("Basket")
        self.basket_view.setModel(self.basket_model)
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
        self.total_label.setAccessibleName("Basket total")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        total_font = self.total_label.font()
        total_font.setBold(True)
        self.total_label.setFont(total_font)
        basket_layout.addWidget(self.basket_view)
        basket_layout.addWidget(self.total_label)
        layout.addWidget(splitter, 1)

        self.shortcut_bar = QtWidgets.QLabel(
            "   ".join(f"{key} {label}" for key, label in SHORTCUTS), central
        )
        self.shortcut_bar.setObjectName("shortcutBar")
        self.shortcut_bar.setAccessibleName("Keyboard shortcuts")
        self.shortcut_bar.setWordWrap(True)
        layout.addWidget(self.shortcut_bar)

        self.setCentralWidget(central)
        self.resize(1000, 720)

    def _bind_shortcuts(self) -> None:
        bindings = (
            ("F1", self._show_help),
            ("F2", self.focus_entry),
            ("F3", lambda: self.stock_view.setFocus()),
            ("F4", self._edit_quantity),
            ("F5", self._refresh_stock),
            ("F6", self._focus_basket),
            ("Delete", self._remove_selected),
            ("Ctrl+Z", self._undo),
            ("F9", self._clear_basket),
            ("F12", self._show_diagnostics),
            ("Escape", self.focus_entry),
        )
        self._shortcuts = []
        for key, slot in bindings:
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(key), self)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

    # --- scanning ---

    def submit_code(self, text: str) -> None:
        """A complete code from the scanner or the manual field: handled without waiting."""
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
            self.show_notice(Notice(NoticeLevel.INFO, "The basket is empty."))
            return
        self._focus_basket()
        row = self.basket_view.currentIndex().row()
        index = self.basket_model.index(row, BasketTableModel.QUANTITY_COLUMN)
        self.basket_view.setCurrentIndex(index)
        self.basket_view.edit(index)

    def _set_quantity(self, article_number: str, quantity: int) -> None:
        self.session.set_quantity(article_number, quantity)
        QtCore.QTimer.singleShot(0, self.focus_entry)

    def _refused(self, message: str) -> None:
        self.show_notice(Notice(NoticeLevel.WARNING, message))

    def _remove_selected(self) -> None:
        if self.code_entry.hasFocus() and self.code_entry.text():
            self.code_entry.del_()
            return
        article = self._selected_article()
        if article is None:
            self.show_notice(Notice(NoticeLevel.INFO, "Select a basket line first (F6)."))
            return
        self.session.remove(article)
        self.show_notice(Notice(NoticeLevel.INFO, f"Removed {article}. Ctrl+Z brings it back."))

    def _undo(self) -> None:
        if self.code_entry.hasFocus() and self.code_entry.isUndoAvailable():
            self.code_entry.undo()
            return
        if not self.session.undo():
            self.show_notice(Notice(NoticeLevel.INFO, "Nothing to undo."))

    def _clear_basket(self) -> None:
        if not self.session.basket.lines:
            return
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question,
            "Clear the basket?",
            f"Remove all {len(self.session.basket.lines)} lines from the basket?",
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("clearBasketDialog")
        box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._clear_confirmed(result, box))
        box.open()

    def _clear_confirmed(self, result: int, box: QtWidgets.QMessageBox) -> None:
        if box.standardButton(box.clickedButton()) == QtWidgets.QMessageBox.StandardButton.Yes:
            self.session.clear()
            self.show_notice(Notice(NoticeLevel.INFO, "Basket cleared. Ctrl+Z brings it back."))
        box.deleteLater()
        self.focus_entry()

    def _refresh_stock(self) -> None:
        self.session.tasks.start("stock", self.session.refresh_stock(self.session.current_article))

    def _show_diagnostics(self) -> None:
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
        box.setWindowTitle("Keyboard shortcuts")
        box.setText("\n".join(f"{key}\t{label}" for key, label in SHORTCUTS))
        box.finished.connect(lambda _: self._dialog_closed(box))
        box.open()

    def _dialog_closed(self, box: QtWidgets.QDialog) -> None:
        box.deleteLater()
        self.focus_entry()

    # --- rendering ---

    def show_notice(self, notice: Notice) -> None:
        prefix = {"info": "ℹ", "warning": "⚠", "error": "⛔"}[notice.level.value]
        self.notice.setText(f"{prefix} {notice.text}")
        self.notice.setProperty("level", notice.level.value)

    def _render_basket(self) -> None:
        lines = self.session.basket.lines
        self.basket_model.set_lines(lines)
        current = self.session.current_article
        if current is not None and (row := self.basket_model.row_of(current)) >= 0:
            self.basket_view.setCurrentIndex(self.basket_model.index(row, 0))
        total = format_money(self.session.basket_total())
        note = "  (some items have no price)" if self.session.basket.has_unpriced_lines() else ""
        items = sum(line.quantity for line in lines)
        self.total_label.setText(f"{items} items   Total {total}{note}")
        if current is not None and self.session.lookup_in_flight == current:
            # Its figures arrive within a round trip; painting the grid twice would only
            # delay them (and flash empty rows), so only the title changes now.
            self._render_title()
        else:
            self._render_stock()

    def _render_title(self) -> None:
        current = self.session.current_article
        article = self.session.catalogue.by_number(current) if current else None
        if article is not None:
            price = f"  ·  {format_money(article.price, article.currency)}" if article.price else ""
            self.article_title.setText(f"{article.number}  ·  {article.name}{price}")

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
        if state.online:
            self.banner.hide()
            self.show_notice(Notice(NoticeLevel.INFO, "Ongoing answers again."))
        else:
            since = f" since {state.since.astimezone():%H:%M:%S}" if state.since else ""
            self.banner.setText(
                f"⚠ Ongoing is not answering{since}: {state.reason} "
                "Showing the last known figures; the basket is kept. Retrying by itself."
            )
            self.banner.show()
        self._render_stock()

    def _catalogue_loaded(self) -> None:
        count = len(self.session.catalogue)
        self.show_notice(Notice(NoticeLevel.INFO, f"Ready: {count} articles loaded."))
        self._render_stock()

    # --- shutdown ---

    async def shutdown(self) -> None:
        app = QtWidgets.QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)
        for task in list(self._scan_tasks):
            task.cancel()
        await asyncio.gather(*self._scan_tasks, return_exceptions=True)
        await self.session.close()
