"""The order form's split view: one order per warehouse, offered when no warehouse can
supply the whole basket (checked then, as the way that works), naming which articles go
from where.

Its texts keep the form's translation context ("OrderDialog"): a translator picks the
form's Alt keys together, and they must stay unique within the form.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.domain.stock import WarehouseInfo
from app.qt import QtCore, QtWidgets

translate = QtCore.QCoreApplication.translate

SplitPlan = tuple[tuple[WarehouseInfo, tuple[str, ...]], ...]
_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(label: str) -> str:
    """The Alt key of a label (`Split into one or&der` -> `D`), or "" if it has none."""
    found = _MNEMONIC.search(label.replace("&&", ""))
    return found.group(1).upper() if found else ""


class SplitChoice(QtWidgets.QCheckBox):
    """Hidden when there is nothing to split; `plan()` is the split when it is checked."""

    def __init__(
        self, split: SplitPlan, names: Mapping[str, str], parent: QtWidgets.QWidget
    ) -> None:
        """`split` per warehouse, the article numbers it sends; `names` name those articles."""
        super().__init__(parent)
        self._split = split
        self._names = dict(names)
        self.setObjectName("splitChoice")
        self.setVisible(bool(split))
        self.setChecked(bool(split))  # offered first when it is needed

    @property
    def offered(self) -> bool:
        return bool(self._split)

    def plan(self) -> SplitPlan:
        """The orders to send, one per warehouse; () when the cashier does not split."""
        return self._split if self.isChecked() else ()

    def key(self) -> str:
        """Its Alt key in the till's language, for the note that points to it."""
        return mnemonic(self.text())

    def retranslate(self) -> None:
        self.setAccessibleName(translate("OrderDialog", "Split into one order per warehouse"))
        parts = "; ".join(
            f"{w.name}: {', '.join(self._names.get(n, n) for n in numbers)}"
            for w, numbers in self._split
        )
        self.setText(
            translate("OrderDialog", "Split into one or&der per warehouse — {parts}").format(
                parts=parts
            )
        )
