"""The return's cause, comment and destination: Ongoing's causes and warehouses to choose from.

The comment is asked for where the chosen cause requires one (Ongoing's
isReturnCommentMandatory), and the form says so beside it; the return plan refuses a
missing one with its own sentence. Where the goods go starts at the desk's default (the
store's own warehouse when Ongoing has it, else the order's) and can be changed.
"""

from __future__ import annotations

from app.domain.returns import Cause
from app.qt import QtWidgets
from app.services.return_desk import ReturnChoices

MAX_COMMENT = 200


class ReturnForm(QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("returnForm")
        self._causes: tuple[Cause, ...] = ()
        layout = QtWidgets.QFormLayout(self)
        self.cause = QtWidgets.QComboBox(self)
        self.cause.setObjectName("returnCause")
        self.cause.currentIndexChanged.connect(lambda _: self._cause_changed())
        self.comment = QtWidgets.QLineEdit(self)
        self.comment.setObjectName("returnComment")
        self.comment.setMaxLength(MAX_COMMENT)
        self.comment_needed = QtWidgets.QLabel(self)
        self.comment_needed.setObjectName("commentNeeded")
        self.comment_needed.setWordWrap(True)
        self.destination = QtWidgets.QComboBox(self)
        self.destination.setObjectName("returnDestination")
        self.cause_label = QtWidgets.QLabel(self)
        self.comment_label = QtWidgets.QLabel(self)
        self.destination_label = QtWidgets.QLabel(self)
        self.cause_label.setBuddy(self.cause)
        self.comment_label.setBuddy(self.comment)
        self.destination_label.setBuddy(self.destination)
        comment_row = QtWidgets.QVBoxLayout()
        comment_row.addWidget(self.comment)
        comment_row.addWidget(self.comment_needed)
        layout.addRow(self.cause_label, self.cause)
        layout.addRow(self.comment_label, comment_row)
        layout.addRow(self.destination_label, self.destination)
        QtWidgets.QWidget.setTabOrder(self.cause, self.comment)
        QtWidgets.QWidget.setTabOrder(self.comment, self.destination)
        self.retranslate()

    def retranslate(self) -> None:
        self.cause_label.setText(self.tr("Ca&use:"))
        self.comment_label.setText(self.tr("Co&mment:"))
        self.destination_label.setText(self.tr("&Goods go to:"))
        self.cause.setAccessibleName(self.tr("Return cause"))
        self.comment.setAccessibleName(self.tr("Comment on the return"))
        self.destination.setAccessibleName(self.tr("Warehouse the goods go to"))
        self.comment_needed.setAccessibleName(self.tr("Whether a comment is needed"))
        self._cause_changed()

    def show_choices(self, choices: ReturnChoices) -> None:
        self._causes = choices.causes
        self.cause.clear()
        for cause in choices.causes:
            self.cause.addItem(_named(cause.name, cause.code), cause.code)
        self.destination.clear()
        for place in choices.destinations:
            self.destination.addItem(_named(place.name, place.code), place.code)
        default = self.destination.findData(choices.default_code)
        self.destination.setCurrentIndex(max(default, 0))
        self._cause_changed()

    def cause_code(self) -> str:
        code = self.cause.currentData()
        return str(code) if code is not None else ""

    def destination_code(self) -> str:
        code = self.destination.currentData()
        return str(code) if code is not None else ""

    def comment_missing(self) -> bool:
        """The chosen cause needs a comment and none is typed."""
        cause = self._chosen()
        return cause is not None and cause.comment_required and not self.comment.text().strip()

    def _chosen(self) -> Cause | None:
        code = self.cause_code()
        return next((c for c in self._causes if c.code == code), None)

    def _cause_changed(self) -> None:
        cause = self._chosen()
        if cause is not None and cause.comment_required:
            self.comment_needed.setText(
                self.tr(
                    "Required: Ongoing needs a comment for “{cause}”. Say what happened."
                ).format(cause=cause.name)
            )
            self.comment.setPlaceholderText(self.tr("Required for this cause"))
        else:
            self.comment_needed.setText(self.tr("Optional for this cause."))
            self.comment.setPlaceholderText(self.tr("Optional"))


def _named(name: str, code: str) -> str:
    """Ongoing's own name for a cause or a warehouse, with its code."""
    return f"{name} ({code})"  # untranslated: Ongoing's words
