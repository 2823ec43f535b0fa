"""F7 shows a waiting return as a return, with the order it gives back."""

from __future__ import annotations

from datetime import UTC, datetime

from app.domain.texts import as_text
from app.persistence.outbox import OutboxEntry, OutboxState
from app.qt import QtWidgets
from app.ui.unsent_panel import UnsentPanel

MOMENT = datetime(2026, 12, 4, 13, 3, tzinfo=UTC)


def entry(number: str, kind: str, slip: dict[str, object]) -> OutboxEntry:
    return OutboxEntry(
        number.lower(),
        number,
        kind,
        {},
        OutboxState.WAITING,
        None,
        as_text("Ongoing cannot be reached."),
        1,
        MOMENT,
        MOMENT,
        slip=slip,
    )


def test_a_waiting_return_is_listed_as_a_return_for_its_order(qapp: object) -> None:
    parent = QtWidgets.QWidget()
    panel = UnsentPanel(parent)
    panel.retranslate()
    panel.draw(
        [
            entry("RTT3-A1", "return", {"orderNumber": "TT3-A0"}),
            entry("TT3-B2", "pickup", {"warehouse": {"name": "Göteborg"}}),
            entry("RTT3-C3", "return", {}),  # a row without its facts still shows
        ]
    )
    lines = [panel.list.item(row).text() for row in range(panel.list.count())]
    assert lines == [
        "Return RTT3-A1 for order TT3-A0  waiting: Ongoing cannot be reached.",
        "TT3-B2  pickup  waiting: Ongoing cannot be reached.",
        "RTT3-C3  return  waiting: Ongoing cannot be reached.",
    ]
    parent.deleteLater()
