"""Run Python's cyclic garbage collector on the Qt thread only.

Python collects reference cycles in whichever thread happens to allocate when a threshold
is crossed: a worker saving the basket, or an IO thread. A Qt object freed there is
destroyed in the wrong thread; its timers stay registered and the next timer pass
crashes the process. So automatic collection is switched off and a timer on the Qt thread
collects instead, as often as the thresholds would have.
"""

from __future__ import annotations

import gc

from app.qt import QtCore

CHECK_INTERVAL_MS = 500


class MainThreadCollector(QtCore.QObject):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QtCore.QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(CHECK_INTERVAL_MS)

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._threshold[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        gc.enable()
