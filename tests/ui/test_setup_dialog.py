"""First run: test the connection against the simulator, save it, password to the keyring."""

from __future__ import annotations

import tomllib
from pathlib import Path

from app.config.secrets import load_password
from app.config.settings import ConnectionSection
from app.qt import QtWidgets
from app.ui.setup_dialog import SetupDialog
from tests.helpers.qt_loop import run_on_qt_loop
from tests.helpers.waiting import until


def fill(dialog: SetupDialog, simulator, password: str) -> None:
    dialog.target.setText(simulator.base_url)
    dialog.goods_owner.setText(str(simulator.goods_owner_id))
    dialog.api_user.setText(simulator.api_user)
    dialog.password.setText(password)


def test_test_connection_reports_what_ongoing_has(qtbot, simulator, tmp_path: Path) -> None:
    dialog = SetupDialog(tmp_path / "config.toml", ConnectionSection())
    qtbot.addWidget(dialog)

    async def scenario() -> None:
        fill(dialog, simulator, simulator.password)
        dialog.test_button.click()
        await until(lambda: dialog.result_label.text().startswith("Connected"), timeout=30)

    run_on_qt_loop(scenario())
    warehouses = len(simulator.state.warehouses())
    articles = len(simulator.state.articles())
    assert dialog.result_label.text() == (
        f"Connected. Goods owner {simulator.goods_owner_id}: {warehouses} warehouses, "
        f"{articles} articles."
    )
    assert not (tmp_path / "config.toml").exists()  # testing saves nothing


def test_a_wrong_password_or_bad_value_is_explained_and_nothing_saved(
    qtbot, simulator, tmp_path: Path
) -> None:
    dialog = SetupDialog(tmp_path / "config.toml", ConnectionSection())
    qtbot.addWidget(dialog)

    async def scenario() -> None:
        fill(dialog, simulator, "wrong")
        dialog.save_button.click()
        await until(lambda: "refused" in dialog.result_label.text(), timeout=30)
        dialog.goods_owner.setText("twelve")
        dialog.test_button.click()
        await until(lambda: "whole number" in dialog.result_label.text())

    run_on_qt_loop(scenario())
    assert "wrong" not in dialog.result_label.text()
    assert not (tmp_path / "config.toml").exists()


def test_save_writes_the_connection_and_keeps_the_password_out_of_the_file(
    qtbot,
    simulator,
    tmp_path: Path,
    memory_keyring,
) -> None:
    path = tmp_path / "config.toml"
    dialog = SetupDialog(path, ConnectionSection())
    qtbot.addWidget(dialog)
    saved: list[ConnectionSection] = []
    dialog.saved.connect(saved.append)

    async def scenario() -> None:
        fill(dialog, simulator, simulator.password)
        dialog.save_button.click()
        await until(lambda: bool(saved), timeout=30)

    run_on_qt_loop(scenario())
    stored = tomllib.loads(path.read_text())["connection"]
    assert stored == {
        "api_url": simulator.base_url,
        "goods_owner_id": simulator.goods_owner_id,
        "api_user": simulator.api_user,
    }
    assert simulator.password not in path.read_text()
    assert load_password(saved[0], environ={}) == simulator.password
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
