"""The order form's warehouses: the list, best first, a note on the chosen one, and the
split view under them (order_split_choice.py).

Warehouses come ranked as on the stock grid: those that can supply the whole basket first,
then the store's preference. The note is drawn from state (the chosen warehouse, the one
refused on sending), never kept as rendered text, so a language switch draws it again.
Its texts keep the form's translation context ("OrderDialog"), as the split view's do.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from app.domain.stock import WarehouseInfo
from app.qt import Qt, QtCore, QtWidgets
from app.services.order_plans import WarehouseChoice
from app.ui.i18n import format_quantity
from app.ui.order_split_choice import SplitChoice, SplitPlan

translate = QtCore.QCoreApplication.translate


class WarehousePanel(QtCore.QObject):
    """Emits `changed` when another warehouse is chosen.

    Its widgets go straight into the form's layout (`add_to`), not into a widget of their
    own: Qt's box layout never shrinks a widget below the height its wrapping text asks
    for, so a panel holding the wrapped note would keep the list at full height and squeeze
    the customer fields on a short screen. Laid out in the form, the list gives first.
    """

    changed = QtCore.Signal()

    def __init__(
        self,
        choices: Sequence[WarehouseChoice],
        split: SplitPlan,
        names: Mapping[str, str],
        unknown_stock_note: Callable[[], str],
        parent: QtWidgets.QWidget,
    ) -> None:
        """`unknown_stock_note` says why a warehouse's stock is unknown and what sending does
        then (the queue's, order_queue_panel.py)."""
        super().__init__(parent)
        self._choices = list(choices)
        self._unknown_stock_note = unknown_stock_note
        self._refused: WarehouseInfo | None = None  # the last warehouse refused on sending
        self.label = QtWidgets.QLabel(parent)
        self.list = QtWidgets.QListWidget(parent)
        self.list.setObjectName("warehouseList")
        self.label.setBuddy(self.list)
        for choice in self._choices:
            item = QtWidgets.QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, choice.warehouse.code)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.currentRowChanged.connect(self._warehouse_changed)
        self.note = QtWidgets.QLabel(parent)
        self.note.setObjectName("warehouseNote")
        self.note.setWordWrap(True)
        # Splitting is offered only when no single warehouse can supply the whole basket.
        offered = split if not any(c.supplies_all and c.known for c in choices) else ()
        self.split = SplitChoice(offered, names, parent)
        self.split.toggled.connect(self.list.setDisabled)
        self.list.setDisabled(self.split.isChecked())

    def add_to(self, layout: QtWidgets.QBoxLayout) -> None:
        for widget in (self.label, self.list, self.note, self.split):
            layout.addWidget(widget)

    def retranslate(self) -> None:
        self.label.setText(
            translate("OrderDialog", "&Warehouse (✔ = can supply the whole basket):")
        )
        self.list.setAccessibleName(translate("OrderDialog", "Warehouses, best first"))
        for row, choice in enumerate(self._choices):
            self.list.item(row).setText(self._choice_text(choice))
        self.note.setAccessibleName(translate("OrderDialog", "About the chosen warehouse"))
        self.split.retranslate()
        self.render_note()

    def _choice_text(self, choice: WarehouseChoice) -> str:
        """The warehouse, how much of the basket it has, and whether it is the store's own."""
        name = translate("OrderDialog", "{name} ({code})").format(
            name=choice.warehouse.name, code=choice.warehouse.code
        )
        if not choice.known:
            have = translate("OrderDialog", "? stock not known")
        elif choice.supplies_all:
            have = translate("OrderDialog", "✔ all items")
        elif choice.lines > 1:
            have = translate("OrderDialog", "{covered} of {lines} items").format(
                covered=format_quantity(choice.covered), lines=format_quantity(choice.lines)
            )
        else:
            have = translate("OrderDialog", "✖ not enough")
        store = translate("OrderDialog", "  · this store") if choice.store else ""
        return f"{name}  {have}{store}"  # untranslated: translated parts, side by side

    def selected_choice(self) -> WarehouseChoice | None:
        row = self.list.currentRow()
        return self._choices[row] if 0 <= row < len(self._choices) else None

    def refuse(self, warehouse: WarehouseInfo) -> None:
        """Sending was refused: this warehouse cannot supply the basket. Said in the note."""
        self._refused = warehouse
        self.render_note()
        self.list.setFocus()

    def _warehouse_changed(self) -> None:
        self._refused = None
        self.render_note()
        self.changed.emit()

    def render_note(self) -> None:
        """About the chosen warehouse, or why sending was refused: from state, not stored text."""
        if self._refused is not None:
            self.note.setText(
                translate(
                    "OrderDialog",
                    "⚠ {warehouse} cannot supply the whole basket. Choose a warehouse "
                    "marked ✔, or reduce the quantities.",
                ).format(warehouse=self._refused.name)
            )
            return
        choice = self.selected_choice()
        if choice is None:
            self.note.setText(translate("OrderDialog", "Ongoing has no warehouses to choose from."))
            return
        warehouse = choice.warehouse
        parts = [", ".join(warehouse.address_lines)] if warehouse.address_lines else []
        if warehouse.opening_hours:
            parts.append(
                translate("OrderDialog", "Open: {hours}").format(hours=warehouse.opening_hours)
            )
        if not choice.known:
            parts.append(self._unknown_stock_note())
        else:
            parts += self._shortage_notes(choice)
        self.note.setText("\n".join(parts))

    def _shortage_notes(self, choice: WarehouseChoice) -> list[str]:
        """What the chosen warehouse lacks, and what the cashier can do about it."""
        notes = []
        if choice.missing:
            missing = ", ".join(
                translate("OrderDialog", "{name} (0, oversold)").format(name=n)
                if n in choice.oversold
                else n
                for n in choice.missing
            )
            notes.append(
                translate("OrderDialog", "Missing here: {articles}").format(articles=missing)
            )
        if choice.supplies_all:
            return notes
        if self.split.offered:
            notes.append(
                translate(
                    "OrderDialog",
                    "⚠ This warehouse cannot supply the whole basket. Choose another one, "
                    "split the order (Alt+{key}), or reduce the quantities (Esc, then F4).",
                ).format(key=self.split.key())
            )
        else:
            notes.append(
                translate(
                    "OrderDialog",
                    "⚠ This warehouse cannot supply the whole basket. Choose another one, "
                    "or reduce the quantities (Esc, then F4).",
                )
            )
        return notes
