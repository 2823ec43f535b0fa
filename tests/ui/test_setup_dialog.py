"""First run: test the connection against the simulator, save it, password to the keyring."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.config.secrets import load_password
from app.config.settings import ConnectionSection
from app.qt import QtWidgets
from app.ui.setup_dialog import SetupDialog
from tests.helpers.qt_loop import run_on_qt_loop
from tests.helpers.unreachable import (
    UNRESOLVABLE_HOST,
    UNRESOLVABLE_URL,
    closed_port,
    untrusted_tls_url,
)
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


def test_without_a_keyring_the_connection_is_saved_and_the_dialog_says_where_the_password_goes(
    qtbot, simulator, tmp_path: Path, no_keyring
) -> None:
    path = tmp_path / "config.toml"
    dialog = SetupDialog(path, ConnectionSection(), first_run=True)
    qtbot.addWidget(dialog)
    saved: list[ConnectionSection] = []
    dialog.saved.connect(saved.append)

    async def scenario() -> None:
        fill(dialog, simulator, simulator.password)
        dialog.save_button.click()
        await until(lambda: "TILLSIDE_API_PASSWORD" in dialog.result_label.text(), timeout=30)

    run_on_qt_loop(scenario())
    shown = dialog.result_label.text()
    assert "The connection (URL, goods owner, user) is saved, the password is not" in shown
    assert simulator.password not in shown
    assert tomllib.loads(path.read_text())["connection"]["api_user"] == simulator.api_user
    assert saved == [] and dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.save_button.text() == "&Open the till"
    dialog.save_button.click()  # the till opens with the password typed, this time
    assert [s.api_user for s in saved] == [simulator.api_user]
    assert dialog.password_to_use() == simulator.password
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted


def test_a_password_from_the_environment_is_used_and_shown_as_set_by_it(
    qtbot, simulator, tmp_path: Path, memory_keyring, monkeypatch
) -> None:
    monkeypatch.setenv("TILLSIDE_API_PASSWORD", simulator.password)
    dialog = SetupDialog(tmp_path / "config.toml", ConnectionSection(), first_run=True)
    qtbot.addWidget(dialog)
    saved: list[ConnectionSection] = []
    dialog.saved.connect(saved.append)
    assert dialog.password.isReadOnly() and dialog.password.text() == ""
    assert dialog.password.placeholderText() == "set by TILLSIDE_API_PASSWORD"

    async def scenario() -> None:
        fill(dialog, simulator, "")
        dialog.save_button.click()
        await until(lambda: bool(saved), timeout=30)

    run_on_qt_loop(scenario())
    assert dialog.password_to_use() == simulator.password
    assert memory_keyring.entries == {}  # the variable stays the one place it is kept


def test_the_url_field_shows_the_whole_url(qtbot, tmp_path: Path) -> None:
    url = "https://api.ongoingsystems.se/kungsgatan-store-warehouse/api/v1/"
    dialog = SetupDialog(tmp_path / "config.toml", ConnectionSection(api_url=url))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.target
    assert field.cursorPosition() == 0  # the beginning, should it ever not fit
    inside = field.contentsRect().width() - 8  # QLineEdit's own text margins
    assert field.fontMetrics().horizontalAdvance(url) <= inside


def test_cancel_at_first_run_says_the_till_closes_and_asks_again(qtbot, tmp_path: Path) -> None:
    dialog = SetupDialog(tmp_path / "config.toml", ConnectionSection(), first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.cancel_button.click()
    assert dialog.isVisible()
    assert "cannot look up stock or send orders, so it closes" in dialog.result_label.text()
    assert dialog.cancel_button.text() == "&Close the till"
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Rejected


def test_cancel_from_the_settings_closes_at_once(qtbot, tmp_path: Path) -> None:
    dialog = SetupDialog(tmp_path / "config.toml", ConnectionSection())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.cancel_button.click()
    assert not dialog.isVisible()


CAUSES = {
    "closed port": "Nothing answers at 127.0.0.1 on port {port}",
    "unresolvable name": f"The name {UNRESOLVABLE_HOST} does not resolve",
    "untrusted certificate": "The certificate of 127.0.0.1 is not trusted by this PC",
    "wrong warehouse name": "There is no Ongoing API at {url} (error 404)",
    "wrong password": "Ongoing refused API user {user}: the user name or password is wrong",
    "foreign goods owner": "API user {user} may not use goods owner 999",
}


@contextmanager
def target_for(cause: str, simulator) -> Iterator[tuple[str, str, int, str]]:
    """The URL, password and goods owner that fail for this cause; the words expected."""
    good = simulator.base_url, simulator.password, simulator.goods_owner_id
    url, password, owner = good
    expected = CAUSES[cause]
    if cause == "closed port":
        port = closed_port()
        url, expected = f"http://127.0.0.1:{port}/demo/api/v1/", expected.format(port=port)
    elif cause == "unresolvable name":
        url = UNRESOLVABLE_URL
    elif cause == "wrong warehouse name":
        url = simulator.base_url.replace("/demo/", "/no-such-store/")
        expected = expected.format(url=url)
    elif cause == "wrong password":
        password, expected = "not-it", expected.format(user=simulator.api_user)
    elif cause == "foreign goods owner":
        owner, expected = 999, expected.format(user=simulator.api_user)
    if cause == "untrusted certificate":
        with untrusted_tls_url() as url:
            yield url, password, owner, expected
        return
    yield url, password, owner, expected


@pytest.mark.parametrize("cause", list(CAUSES))
def test_test_connection_names_the_real_cause(qtbot, simulator, tmp_path: Path, cause: str) -> None:
    dialog = SetupDialog(tmp_path / "config.toml", ConnectionSection())
    qtbot.addWidget(dialog)
    with target_for(cause, simulator) as (url, password, owner, expected):

        async def scenario() -> None:
            fill(dialog, simulator, password)
            dialog.target.setText(url)
            dialog.goods_owner.setText(str(owner))
            dialog.save_button.click()
            await until(lambda: dialog.result_label.text().startswith("⚠"), timeout=30)

        run_on_qt_loop(scenario())
    assert expected in dialog.result_label.text()
    assert "Tell IT" not in dialog.result_label.text()  # IT is reading
    assert not (tmp_path / "config.toml").exists()
