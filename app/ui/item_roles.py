"""Qt's item data roles and one alignment, as the plain ints Qt defines them.

The table models compare roles on every cell of every paint and name them in default
arguments, which Python evaluates at import. Written as `Qt.ItemDataRole.DisplayRole`, that
import would make PySide build all of Qt's enums before the till's first paint (see
app/qt.py); plain ints also compare faster. The values are Qt's ABI, unchanged since Qt 4;
tests/ui/test_item_roles.py checks them against PySide.
"""

from __future__ import annotations

DISPLAY = 0  # Qt.ItemDataRole.DisplayRole
EDIT = 2  # Qt.ItemDataRole.EditRole
TOOLTIP = 3  # Qt.ItemDataRole.ToolTipRole
FONT = 6  # Qt.ItemDataRole.FontRole
ALIGNMENT = 7  # Qt.ItemDataRole.TextAlignmentRole
BACKGROUND = 8  # Qt.ItemDataRole.BackgroundRole
FOREGROUND = 9  # Qt.ItemDataRole.ForegroundRole

RIGHT_ALIGNED = 0x0002 | 0x0080  # Qt.AlignmentFlag.AlignRight | AlignVCenter, for figures
