"""The command line's last lines of defence: closed pipes, Ctrl+C, unexpected errors."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.commands.exit_status import MEANINGS, ExitStatus, epilog
from app.commands.interruptible import run_interruptible

ROOT = Path(__file__).resolve().parents[1]


def env(tmp_path: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TILLSIDE_")}
    return {
        **clean,
        "TILLSIDE_DATA_DIR": str(tmp_path / "data"),
        "TILLSIDE_LOG_DIR": str(tmp_path / "logs"),
        "TILLSIDE_CONFIG": str(tmp_path / "absent.toml"),
        "TILLSIDE_MACHINE_CONFIG": str(tmp_path / "absent-machine.toml"),
        "TILLSIDE_API_USER": "WSI-DEMO",
        "TILLSIDE_API_PASSWORD": "demo-password",
    }


def test_output_piped_into_a_reader_that_stopped_ends_quietly(simulator, tmp_path: Path):
    """`tillside lookup CODE | head -1`: output into a pipe nobody reads any more."""
    article = next(a for a in simulator.state.articles() if a.barcode)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before we write
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "app.cli",
                "lookup",
                article.barcode,
                "--api-url",
                simulator.base_url,
                "--goods-owner-id",
                str(simulator.goods_owner_id),
            ],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=env(tmp_path),
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.returncode == ExitStatus.OUTPUT_CLOSED
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


def test_ctrl_c_while_waiting_for_ongoing_ends_with_a_sentence(tmp_path: Path):
    with socket.socket() as silent:  # accepts, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/demo/api/v1/"
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "app.cli",
                "lookup",
                "7350000000019",
                "--api-url",
                url,
                "--goods-owner-id",
                "1",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env(tmp_path),
        )
        connection, _ = silent.accept()  # it is waiting for the answer now
        try:
            process.send_signal(signal.SIGINT)
            _, err = process.communicate(timeout=60)
        finally:
            connection.close()
    assert process.returncode == ExitStatus.INTERRUPTED
    assert "interrupted" in err and "Traceback" not in err


def test_an_unexpected_error_gives_a_sentence_a_report_and_status_70(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    monkeypatch.setenv("TILLSIDE_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("TILLSIDE_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.setenv("TILLSIDE_MACHINE_CONFIG", str(tmp_path / "absent-machine.toml"))

    def broken(*args: object) -> int:
        raise RuntimeError("a bug of ours")

    monkeypatch.setattr("app.commands.settings.print_settings", broken)
    assert main(["settings"]) == ExitStatus.UNEXPECTED
    err = capsys.readouterr().err
    assert "unexpected error" in err and "RuntimeError" in err and "Traceback" not in err
    [report] = (tmp_path / "logs").glob("crash-*.txt")
    assert "a bug of ours" in report.read_text(encoding="utf-8")


def test_every_exit_status_is_explained_in_help_and_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for status in ExitStatus:
        assert f"  {int(status):>3}  {MEANINGS[status]}" in epilog()
        assert f"| {int(status)} |" in readme, f"exit status {int(status)} is not in the README"


def test_a_log_folder_that_cannot_be_written_is_said_once(tmp_path: Path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the log folder should be")
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "outbox"],
        capture_output=True,
        text=True,
        env={**env(tmp_path), "TILLSIDE_LOG_DIR": str(blocked / "logs")},
        timeout=60,
        check=False,
    )
    assert done.returncode == ExitStatus.OK, done.stderr
    assert done.stderr.count("cannot write the log") == 1 and "Traceback" not in done.stderr


def test_a_damaged_own_settings_file_is_named_and_settings_exits_6(tmp_path: Path):
    own = tmp_path / "config.toml"
    own.write_bytes(b"\xff\xfe\x00 not text")
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "settings"],
        capture_output=True,
        text=True,
        env={**env(tmp_path), "TILLSIDE_CONFIG": str(own)},
        timeout=60,
        check=False,
    )
    assert done.returncode == ExitStatus.DAMAGED
    kept = sorted(tmp_path.glob("config.damaged-*.toml"))
    assert len(kept) == 1 and str(kept[0]) in done.stderr
    assert "[store]" in done.stdout and "till_id = " in done.stdout  # still listed


def test_a_damaged_outbox_is_told_in_words_and_outbox_exits_6(tmp_path: Path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "outbox.sqlite").write_bytes(b"\x00garbage" * 300)
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "outbox"],
        capture_output=True,
        text=True,
        env=env(tmp_path),
        timeout=60,
        check=False,
    )
    assert done.returncode == ExitStatus.DAMAGED
    assert "The list of unsent orders on this PC was damaged" in done.stderr
    assert "outbox.damaged-" in done.stderr and "No unsent orders." in done.stdout
    assert (
        "event=storage_damaged file=outbox.sqlite"
        in (tmp_path / "logs" / "tillside.log").read_text()
    )


def test_ctrl_c_ends_a_command_whose_work_swallows_the_cancellation():
    """A library deep down may take the first cancellation for its own; Ctrl+C still ends
    the command, after the grace period, as an interruption (CI once saw a lookup hang)."""
    swallowed: list[bool] = []
    before = signal.getsignal(signal.SIGINT)

    async def stubborn() -> int:
        asyncio.get_running_loop().call_soon(signal.raise_signal, signal.SIGINT)
        for _ in range(3):
            try:
                await asyncio.sleep(30)
            except asyncio.CancelledError:
                swallowed.append(True)
        return 0

    with pytest.raises(KeyboardInterrupt):
        run_interruptible(stubborn(), grace_seconds=0.2)
    assert swallowed == [True]
    assert signal.getsignal(signal.SIGINT) is before


def test_ctrl_c_cancels_a_command_that_listens():
    cleaned_up: list[bool] = []

    async def polite() -> int:
        asyncio.get_running_loop().call_soon(signal.raise_signal, signal.SIGINT)
        try:
            await asyncio.sleep(30)
        finally:
            cleaned_up.append(True)
        return 0

    with pytest.raises(KeyboardInterrupt):
        run_interruptible(polite(), grace_seconds=30)
    assert cleaned_up == [True]


def test_a_command_that_ends_returns_its_status():
    async def done() -> int:
        return 4

    assert run_interruptible(done()) == 4
