"""What the till tells the cashier: the line of the latest notice, and the banners above.

The notice line shows the last message (info, warning, error) in the till's language; the
connection banner says since when Ongoing is not answering; the storage banner says which
of this PC's files failed at start, for the cashier and IT. Each keeps what it shows as
data (a `Text`, a state), so a language switch writes it anew.
"""

from __future__ import annotations

from app.domain.texts import Text
from app.qt import QtWidgets
from app.services.notices import ConnectionState, Notice
from app.ui.i18n import format_time, shown

_PREFIX = {"info": "ℹ", "warning": "⚠", "error": "✖"}  # symbols the till's fonts all draw
# A warning and an error each have their own colour and icon, so a failed scan is
# unmistakable beside a good one; the words say it too. Set as a whole style sheet per
# level: re-polishing after a property change would have PySide build every Qt enum
# (~30 ms) when the first notice is shown, before the first paint.
_STYLES = {
    "info": "",
    "warning": "QLabel{background:#fff3cd;color:#3d2f00;padding:4px}",  # untranslated: css
    "error": "QLabel{background:#b00020;color:#fff;padding:6px;font:bold}",  # untranslated: css
}


class NoticeLine(QtWidgets.QLabel):
    """The latest notice; `level` (a property) gives it its colour, and a test its meaning."""

    def __init__(self, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setWordWrap(True)
        self.last: Notice | None = None
        self.about_a_scan = False  # the next scan's result replaces it

    def show_notice(self, notice: Notice, *, about_a_scan: bool = False) -> None:
        self.last = notice
        self.about_a_scan = about_a_scan
        self.setText(_PREFIX[notice.level.value] + " " + shown(notice.text))
        self.setProperty("level", notice.level.value)
        self.setStyleSheet(_STYLES[notice.level.value])

    def clear_scan_notice(self) -> None:
        """A good scan or a basket change: what was said about the last scan is old news."""
        if self.about_a_scan:
            self.last = None
            self.about_a_scan = False
            self.clear()
            self.setProperty("level", "")
            self.setStyleSheet("")

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Message"))
        if self.last is not None:
            self.show_notice(self.last, about_a_scan=self.about_a_scan)


class ConnectionBanner(QtWidgets.QLabel):
    """Shown while Ongoing is not answering: since when, why, and that the till goes on."""

    def __init__(self, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#offlineBanner { background: #fff3cd; color: #3d2f00; padding: 6px; "
            "border: 2px solid #b58100; }"
        )
        self.hide()
        self.state = ConnectionState()

    def show_state(self, state: ConnectionState) -> None:
        self.state = state
        if state.online:
            self.hide()
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
        self.setText(text.format(time=since, reason=shown(state.reason)))
        self.show()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Connection status"))
        self.show_state(self.state)


class StorageBanner(QtWidgets.QLabel):
    """This PC's own files failed (a damaged outbox, a disk that refuses orders): shown
    for the cashier and IT until the till restarts."""

    def __init__(self, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("storageBanner")
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#storageBanner { background: #fde8e8; color: #5c0011; padding: 6px; "
            "border: 2px solid #b00020; }"
        )
        self.hide()
        self.problems: tuple[Text, ...] = ()

    def show_problems(self, problems: tuple[Text, ...]) -> None:
        self.problems = problems
        if not problems:
            self.hide()
            return
        self.setText("\n".join("⚠ " + shown(problem) for problem in problems))
        self.show()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Problems with this PC's files"))
        self.show_problems(self.problems)
