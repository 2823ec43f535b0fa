"""Stock-taking results and other adjustments at the store's warehouse (Ctrl+F4).

One row per adjustment since the chosen day: time, article number and name, the signed
change, whether it was stock-taking (only Ongoing's inventory webhook tells; "not known" when
no event said), the cause and the comment. Ctrl+S writes them as CSV for the bookkeeping into
the folder given, and says where (and, with events.mark_reported, how many were marked
reported in Ongoing).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path

from app.domain.errors import TillsideError
from app.qt import Qt, QtCore, QtGui, QtWidgets
from app.services.stock_taking import Adjustment
from app.services.tasks import TaskRegistry
from app.ui.dialog_size import fitted_columns, useful_size
from app.ui.i18n import Rendered, format_datetime, format_quantity, shown
from app.ui.incoming_dialog import as_date

Loader = Callable[[date], Awaitable[list[Adjustment]]]
Exporter = Callable[[list[Adjustment], Path], Awaitable[int]]  # how many marked reported
TIME, ARTICLE, NAME, CHANGE, COUNT, CAUSE, COMMENT = range(7)
DAYS_SHOWN = 7


class StockTakingDialog(QtWidgets.QDialog):
    def __init__(
        self,
        load: Loader,
        export: Exporter,
        folder: Path,
        warehouse_name: str,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stockTakingDialog")
        self._load, self._export, self._folder = load, export, folder
        self._warehouse_name = warehouse_name
        self._tasks = TaskRegistry()
        self.finished.connect(lambda _: self._tasks.cancel("refresh"))
        self._adjustments: list[Adjustment] = []
        self._message: Rendered = lambda: ""
        layout = QtWidgets.QVBoxLayout(self)
        row = QtWidgets.QHBoxLayout()
        self.since = QtWidgets.QDateEdit(QtCore.QDate.currentDate().addDays(-DAYS_SHOWN), self)
        self.since.setObjectName("stockTakingSince")
        self.since.setCalendarPopup(True)
        self.caption = QtWidgets.QLabel(self)
        self.caption.setBuddy(self.since)
        row.addWidget(self.caption)
        row.addWidget(self.since)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QtWidgets.QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.tree = QtWidgets.QTreeWidget(self)
        self.tree.setObjectName("stockTakingTree")
        self.tree.setColumnCount(7)
        self.tree.setRootIsDecorated(False)
        fitted_columns(self.tree, NAME)
        layout.addWidget(self.tree)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close, self)
        self.export_button = buttons.addButton("", QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        save = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+S"), self)  # untranslated: key
        save.activated.connect(self.export)
        self.retranslate()
        self.resize(useful_size(self, parent))
        self.since.dateChanged.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        name = self._warehouse_name
        self.setWindowTitle(
            self.tr("Stock-taking and adjustments — {warehouse}").format(warehouse=name)
        )
        self.caption.setText(self.tr("&Since:"))
        self.since.setAccessibleName(self.tr("Adjustments since"))
        self.since.setLocale(QtCore.QLocale())
        self.since.setDisplayFormat(
            QtCore.QLocale().dateFormat(QtCore.QLocale.FormatType.ShortFormat)
        )
        self.export_button.setText(self.tr("Export CSV (Ctrl+S)"))
        self.tree.setAccessibleName(self.tr("Stock adjustments"))
        self.tree.setHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Article"),
                self.tr("Name"),
                self.tr("Change"),
                self.tr("Stock-taking"),
                self.tr("Cause"),
                self.tr("Comment"),
            ]
        )
        self.tree.headerItem().setTextAlignment(CHANGE, Qt.AlignmentFlag.AlignRight)
        self.message.setText(self._message())
        self._render()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def adjustments(self) -> list[Adjustment]:
        return list(self._adjustments)

    def refresh(self) -> None:
        self._tasks.start("refresh", self._refresh())

    def export(self) -> None:
        if not self._tasks.running("export"):
            self._tasks.start("export", self._write())

    def _say(self, render: Rendered) -> None:
        self._message = render
        self.message.setText(render())

    async def _refresh(self) -> None:
        self._say(lambda: self.tr("Asking Ongoing…"))
        try:
            self._adjustments = await self._load(as_date(self.since.date()))
        except TillsideError as error:
            text = error.text
            self._say(lambda: "⚠ " + shown(text))
            return
        self._render()
        count = len(self._adjustments)
        unknown = any(a.stock_taking is None for a in self._adjustments)

        def said() -> str:
            text = self.tr("{count} adjustments.").format(count=format_quantity(count))
            if unknown:  # only Ongoing's inventory webhook says which were stock-taking
                text += " " + self.tr(
                    "Stock-taking is told apart only where the store's webhook receiver "
                    "passed Ongoing's event on (events.receiver_url)."
                )
            return text

        self._say(said)

    async def _write(self) -> None:
        day = as_date(self.since.date()).isoformat()
        path = self._folder / f"stock-adjustments-{day}.csv"  # untranslated: a file name
        try:
            marked = await self._export(self.adjustments(), path)
        except OSError as error:
            problem = error.strerror or type(error).__name__
            self._say(
                lambda: self.tr("⚠ Not saved: {file} cannot be written ({problem}).").format(
                    file=str(path), problem=problem
                )
            )
            return
        except TillsideError as error:
            text = error.text
            self._say(lambda: self.tr("Saved {file}; ").format(file=str(path)) + shown(text))
            return
        count = len(self._adjustments)
        saved = self.tr("✔ {count} adjustments saved to {file}.")
        if marked:
            saved += " " + self.tr("{marked} marked reported in Ongoing.")
        self._say(
            lambda: saved.format(
                count=format_quantity(count), file=str(path), marked=format_quantity(marked)
            )
        )

    def _render(self) -> None:
        self.tree.clear()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        verdict = {True: self.tr("✔ yes"), False: self.tr("no"), None: self.tr("not known")}
        for a in self._adjustments:
            change = format_quantity(a.change)
            item = QtWidgets.QTreeWidgetItem(
                [
                    format_datetime(a.at.astimezone()) if a.at else "",
                    a.article_number,
                    a.name,
                    ("+" + change) if a.change > 0 else change,  # untranslated: a sign
                    verdict[a.stock_taking],
                    a.cause,
                    a.comment,
                ]
            )
            item.setTextAlignment(CHANGE, right)
            self.tree.addTopLevelItem(item)
