"""Run Python's cyclic garbage collector on the Qt thread only.

Python collects reference cycles in whichever thread happens to allocate when a threshold
is crossed: a worker saving the basket, or an IO thread. A Qt object freed there is
destroyed in the wrong thread; its timers stay registered and the next timer pass
crashes the process. So automatic collection is switched off and a timer on the Qt thread
collects instead, as often as the thresholds would have.

A full collection walks every object the till holds, and at a store with 100,000 articles
that took 100-250 ms on the Qt thread: a scan waited that long. The catalogue, once loaded,
lives as long as the till, so `set_aside_long_lived` moves it (and all else alive by then)
out of every later collection; while it loads (`expect_long_lived`), a full collection
that falls due sets aside what has grown old instead of walking it.
"""

from __future__ import annotations

import gc
import logging

from app.qt import QtCore

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 500


class MainThreadCollector(QtCore.QObject):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        self._expecting_long_lived = False
        gc.disable()
        self._timer = QtCore.QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(CHECK_INTERVAL_MS)

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._threshold[generation]:
                if generation == 2 and self._expecting_long_lived:
                    self._set_aside()
                else:
                    gc.collect(generation)
                return

    def expect_long_lived(self) -> None:
        """Something that lives as long as the till is being built (the catalogue): until
        `set_aside_long_lived`, a full collection that falls due sets aside instead (with
        Ongoing away that can last; each set-aside keeps the few garbage cycles it finds)."""
        self._expecting_long_lived = True
        log.info("event=long_lived_expected")

    def set_aside_long_lived(self) -> None:
        """What is alive now stays alive (the catalogue just loaded): leave it out of every
        later collection (`gc.freeze`), so full ones walk only what came after.

        The young generations are collected first, which is quick; cyclic garbage already
        in the old one is kept for good, but a full collection to find it would be the very
        pause this avoids, and with a load of 100,000 articles it kept 29 and 107 objects
        in two runs, a few kilobytes (`make bench-scan`).
        """
        self._expecting_long_lived = False
        self._set_aside()
        log.info("event=long_lived_set_aside objects=%d", gc.get_freeze_count())

    def _set_aside(self) -> None:
        gc.collect(1)
        gc.freeze()
        gc.collect(2)  # walks nothing now (all was set aside); starts the old count anew

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        gc.enable()
