"""The plain role numbers the table models use are Qt's own."""

from __future__ import annotations

import pytest

from app.qt import Qt
from app.ui import item_roles

ROLES = [
    (item_roles.DISPLAY, Qt.ItemDataRole.DisplayRole),
    (item_roles.EDIT, Qt.ItemDataRole.EditRole),
    (item_roles.TOOLTIP, Qt.ItemDataRole.ToolTipRole),
    (item_roles.FONT, Qt.ItemDataRole.FontRole),
    (item_roles.ALIGNMENT, Qt.ItemDataRole.TextAlignmentRole),
    (item_roles.BACKGROUND, Qt.ItemDataRole.BackgroundRole),
    (item_roles.FOREGROUND, Qt.ItemDataRole.ForegroundRole),
]


@pytest.mark.parametrize(("ours", "qts"), ROLES, ids=[role.name for _, role in ROLES])
def test_each_role_number_is_qts(ours: int, qts: Qt.ItemDataRole) -> None:
    assert ours == qts.value


def test_figures_are_aligned_right_and_centred_vertically() -> None:
    ours = Qt.AlignmentFlag(item_roles.RIGHT_ALIGNED)
    assert ours == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
