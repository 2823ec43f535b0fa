"""The till tells the cashier and IT, in one banner, what happened to this PC's own files."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from app.config.settings import Settings
from app.qt import Qt
from app.simulator import SimulatorThread
from app.ui.main_window import MainWindow
from app.ui.start.till import attach_and_serve
from tests.helpers.qt_loop import run_on_qt_loop
from tests.helpers.simulator import connection_to
from tests.helpers.storage import filled_outbox, spoil_page_holding
from tests.helpers.till import activated
from tests.helpers.waiting import until


@contextlib.asynccontextmanager
async def serving(window: MainWindow, simulator: SimulatorThread) -> AsyncIterator[None]:
    """Stage two of the till, attached to `window`, while the block runs; closed after it."""
    closed = asyncio.Event()
    served = asyncio.ensure_future(
        attach_and_serve(window, connection_to(simulator), Settings(), None, closed, False)
    )
    try:
        yield
    finally:
        closed.set()
        await served


def serve_until(
    window: MainWindow, simulator: SimulatorThread, condition: Callable[[], bool]
) -> None:
    """Stage two of the till on the real loop, until `condition` holds; then closed."""

    async def scenario() -> None:
        async with serving(window, simulator):
            await until(condition, timeout=20)

    run_on_qt_loop(scenario())


def test_a_damaged_outbox_and_basket_are_named_in_one_banner_with_what_was_recovered(
    qtbot, simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TILLSIDE_DATA_DIR", str(tmp_path))
    filled_outbox(tmp_path / "outbox.sqlite", orders=40, sent_every=3)
    spoil_page_holding(tmp_path / "outbox.sqlite", b"ROW020" * 10)
    (tmp_path / "basket.json").write_bytes(b'{"lines": [{"articl')
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()

    serve_until(window, simulator, window.storage_banner.isVisible)

    text = window.storage_banner.text()
    kept = sorted(tmp_path.glob("outbox.damaged-*.sqlite"))
    assert len(kept) == 1 and str(kept[0]) in text
    assert "The list of unsent orders on this PC was damaged" in text
    assert "will be sent" in text and "could not be read" in text
    assert "saved basket on this PC was damaged" in text
    assert len(sorted(tmp_path.glob("basket.damaged-*.json"))) == 1


def test_an_outbox_that_cannot_be_opened_leaves_stock_working_and_f10_says_why(
    qtbot, simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TILLSIDE_DATA_DIR", str(tmp_path))
    (tmp_path / "outbox.sqlite").mkdir()  # a folder where the file should be: cannot open
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()

    async def scenario() -> None:
        async with serving(window, simulator):
            await until(window.storage_banner.isVisible, timeout=20)
            await until(lambda: window.session.catalogue.loaded_at is not None, timeout=20)
            await activated(window)
            qtbot.keyClick(window, Qt.Key.Key_F10)
            await until(lambda: "Orders cannot be placed" in window.notice.text())

    run_on_qt_loop(scenario())
    assert "Orders cannot be placed on this till" in window.storage_banner.text()
    assert "still shows stock" in window.storage_banner.text()
    assert window.orders is None


def test_the_banner_follows_a_language_switch(qtbot) -> None:
    from app.files.damaged import DamagedFile
    from app.services.storage_notices import damage_notice
    from app.ui.i18n import LANGUAGE

    window = MainWindow()
    qtbot.addWidget(window)
    damage = DamagedFile("outbox.sqlite", Path("outbox.damaged-20261204-101500.sqlite"), 5, 0, 3)
    window.show_storage_problems([damage_notice(damage)])
    assert "3 orders were recovered and will be sent" in window.storage_banner.text()
    LANGUAGE.switch("sv")
    try:
        qtbot.waitUntil(lambda: "3 beställningar räddades" in window.storage_banner.text())
        assert "outbox.damaged-20261204-101500.sqlite" in window.storage_banner.text()
    finally:
        LANGUAGE.switch("en")
        qtbot.waitUntil(lambda: "3 orders were recovered" in window.storage_banner.text())
