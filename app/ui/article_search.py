"""F2: find an article by hand when its label will not scan.

A panel under the code field with its own search field: the list follows every key, Up and
Down (and Page Up, Page Down) move in it while the typing stays in the field, Enter takes
the highlighted article into the basket as a scan would, Esc closes. The catalogue answers
(`CheckoutSession.find_articles`, a few milliseconds on 100,000 articles, no request), so
it runs on the Qt thread as the cashier types.

Why a panel of its own and not a list under the code field: the code field is where the
focus rests after every scan, and a scanner's keys land there whenever the scanner filter
does not take them (while the till starts, or from a scanner slower than the settings say).
If that field listed names, its Enter could take a name's match instead of the code
scanned. The code field keeps meaning "this code"; the search opens only on F2, and even
there a barcode is looked up as scanned (`ArticleMatches.chosen`), and scans recognised by
the filter go to the basket whatever is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.qt import Qt, QtCore, QtGui, QtWidgets
from app.ui.i18n import format_money, format_quantity

if TYPE_CHECKING:
    from app.services.catalogue import ArticleMatches, CatalogueArticle
    from app.ui.main_window import MainWindow

SHOWN_AT_MOST = 50
WIDEST = 820  # px: name, number and price read on one line without the eyes travelling
_MOVES = {
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_PageUp: -10,
    Qt.Key.Key_PageDown: 10,
}


class ArticleSearch(QtWidgets.QFrame):
    """The search panel; it lies over the window's panels, under the code field."""

    def __init__(self, window: MainWindow) -> None:
        central = window.centralWidget()
        assert central is not None
        super().__init__(central)
        self.main = window
        self.central = central
        self.setObjectName("articleSearch")
        self.setFrameShape(QtWidgets.QFrame.Shape.Box)  # a clear edge over the panels below
        self.setAutoFillBackground(True)
        layout = QtWidgets.QVBoxLayout(self)
        row = QtWidgets.QHBoxLayout()
        self.label = QtWidgets.QLabel(self)
        self.field = QtWidgets.QLineEdit(self)
        self.field.setObjectName("articleSearchField")
        self.field.setMaxLength(200)
        self.field.setClearButtonEnabled(True)
        self.label.setBuddy(self.field)
        row.addWidget(self.label)
        row.addWidget(self.field, 1)
        layout.addLayout(row)
        self.list = QtWidgets.QTreeWidget(self)
        self.list.setObjectName("articleSearchList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setColumnCount(3)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the typing stays in the field
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(lambda item, _column: self._take(self._row_of(item)))
        layout.addWidget(self.list, 1)
        self.hint = QtWidgets.QLabel(self)
        self.hint.setObjectName("articleSearchHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.matches: ArticleMatches | None = None
        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(lambda: self._take(self.list.currentIndex().row()))
        self.field.installEventFilter(self)
        central.installEventFilter(self)  # follows the window's size
        app = QtWidgets.QApplication.instance()
        assert isinstance(app, QtWidgets.QApplication)
        app.focusChanged.connect(self._focus_changed)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Find:"))
        self.field.setPlaceholderText(self.tr("Words of the name, an article number or a barcode"))
        self.field.setAccessibleName(self.tr("Find an article by name, article number or barcode"))
        self.list.setHeaderLabels([self.tr("Article"), self.tr("Article number"), self.tr("Price")])
        self.list.setAccessibleName(self.tr("Articles found"))
        self.hint.setAccessibleName(self.tr("What the search found"))
        self._search(self.field.text())

    # --- open and close ---

    def open_from(self, entry: QtWidgets.QLineEdit) -> None:
        """F2: what the code field held is taken along (a name typed there, say)."""
        typed = entry.text()
        entry.clear()
        self.open(typed)

    def open(self, typed: str = "") -> None:
        """Show under the code field, with `typed` (what the code field held) or else what
        was searched last, selected so that typing replaces it."""
        if typed:
            self.field.setText(typed)
        self._place()
        self.show()
        self.raise_()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self._search(self.field.text())

    def close_search(self) -> None:
        if self.isVisible():
            self.hide()
            self.main.focus_entry()

    def _place(self) -> None:
        """Under the code field, as wide as a row reads at a glance, as tall as the list
        (at most two thirds of what is below the field)."""
        entry = self.main.code_entry
        top_left = entry.mapTo(self.central, QtCore.QPoint(0, entry.height() + 2))
        width = min(entry.width(), WIDEST)
        room = (self.central.height() - top_left.y()) * 2 // 3
        rows = max(self.list.topLevelItemCount(), 3)
        listed = self.list.header().sizeHint().height() + rows * self._row_height()
        self.list.setFixedHeight(listed + 2 * self.list.frameWidth())
        height = min(room, self.sizeHint().height())
        if height < self.sizeHint().height():  # more rows than room: the list scrolls
            self.list.setMinimumHeight(0)
            self.list.setMaximumHeight(16777215)
        self.setGeometry(top_left.x(), top_left.y(), width, height)

    def _row_height(self) -> int:
        """Rows taller than a plain list's, as the till's tables are: read at a glance."""
        return self.list.fontMetrics().height() * 17 // 10

    def _focus_changed(self, _old: QtWidgets.QWidget | None, new: QtWidgets.QWidget | None) -> None:
        """The cashier went elsewhere (F3, F6, a click): the search is done with."""
        if self.isVisible() and new is not None and not self.isAncestorOf(new):
            self.hide()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if watched is self.field and event.type() == QtCore.QEvent.Type.KeyPress:
            assert isinstance(event, QtGui.QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.close_search()
                return True
            step = _MOVES.get(Qt.Key(event.key()))
            if step is not None and self.list.topLevelItemCount():
                self._move(step)
                return True
        elif event.type() == QtCore.QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    # --- the list ---

    def _search(self, text: str) -> None:
        if self.main.till is None:
            return
        session = self.main.session
        self.matches = session.find_articles(text, SHOWN_AT_MOST) if text.strip() else None
        self.list.clear()
        articles = self.matches.articles if self.matches is not None else ()
        self.list.addTopLevelItems([self._item(article) for article in articles])
        if articles:
            self._highlight(0)
        if self.isVisible():
            self._place()
        self.hint.setText(self._hint_text(text))

    def _item(self, article: CatalogueArticle) -> QtWidgets.QTreeWidgetItem:
        currency = self.main.session.currency
        price = (
            format_money(article.price, currency)
            if article.price is not None
            else self.tr("no price")
        )
        item = QtWidgets.QTreeWidgetItem([article.name, article.number, price])
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setSizeHint(0, QtCore.QSize(0, self._row_height()))
        return item

    def _hint_text(self, text: str) -> str:
        loading = ""
        session = self.main.session
        if session.catalogue.loaded_at is None:
            so_far = self.tr("The articles are still loading ({count} so far).")
            loading = " " + so_far.format(count=format_quantity(session.catalogue_size))
        found = self.matches
        if found is None:
            return (
                self.tr(
                    "Type words of the name in any order, the start of an article number, "
                    "or a barcode."
                )
                + loading
            )
        keys = self.tr("Up and Down choose, Enter puts it in the basket, Esc closes.")
        if not found.articles:
            nothing = self.tr("Nothing here matches “{text}”: Enter asks Ongoing for it as a code.")
            return nothing.format(text=text.strip()) + loading
        if found.total > len(found.articles):
            many = self.tr("The first {shown} of {total} articles: type more to narrow it down.")
            count = many.format(shown=len(found.articles), total=format_quantity(found.total))
        elif found.total == 1:
            count = self.tr("1 article.")
        else:
            count = self.tr("{total} articles.").format(total=format_quantity(found.total))
        return " ".join((count, keys)) + loading

    def _move(self, step: int) -> None:
        count = self.list.topLevelItemCount()
        self._highlight(max(0, min(count - 1, self.list.currentIndex().row() + step)))

    def _highlight(self, row: int) -> None:
        item = self.list.topLevelItem(row)
        if item is not None:
            self.list.setCurrentItem(item)

    def _row_of(self, item: QtWidgets.QTreeWidgetItem) -> int:
        return self.list.indexOfTopLevelItem(item)

    def _take(self, row: int) -> None:
        """Enter: the highlighted article into the basket, or the text looked up as a code."""
        found = self.matches
        if found is None:
            return
        chosen = found.chosen(row if row >= 0 else None)
        if chosen is None:
            return
        self.field.clear()
        self.close_search()
        if isinstance(chosen, str):
            self.main.scans.submit(chosen)
        else:
            self.main.scans.take_article(chosen.number)
