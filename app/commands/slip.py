"""`tillside slip NUMBER_OR_CHECKOUT_ID --output FILE.pdf`: the slip of a checkout again.

A return number (`R...`) gives the return's slip instead: its lines, cause, where the goods
go, the refund, and whether Ongoing has confirmed it or the warehouse received it.

For a reprint (the customer lost theirs, the printer jammed): every part of the checkout that
one of its order numbers or its checkout id names, found in this PC's outbox, laid out as
the till prints it (`--paper`, else `display.slip_paper`) and written as a PDF. What the
outbox still holds is what it prints: the customer's name and address leave the outbox once
Ongoing confirmed the order (the PC keeps no more customer data than it needs), so a copy
made after that says so instead of printing them.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

from app.commands.exit_status import ExitStatus
from app.commands.order import open_outbox
from app.config.settings import Settings
from app.domain.order_slip import OrderSlip, SlipPaper
from app.persistence.outbox import OutboxEntry
from app.persistence.storage_errors import StorageError, StorageProblem, problem_of
from app.services.return_slips import return_slip
from app.services.returns import RETURN_KIND
from app.services.slips import reprint_slip

log = logging.getLogger(__name__)


def run_slip_command(
    key: str, output: Path, paper: SlipPaper | None, settings: Settings
) -> ExitStatus:
    """Find the checkout, write its slip; say what happened and return the exit status."""
    outbox = open_outbox("slip")
    if isinstance(outbox, int):
        return ExitStatus(outbox)
    try:
        parts = outbox.checkout_parts(key)
    except StorageError as error:
        log.error("event=slip_not_written problem=%s", error.problem.value)
        print(f"tillside slip: {error}", file=sys.stderr)
        return ExitStatus.STORAGE
    finally:
        outbox.close()
    damaged = outbox.damage is not None
    if not parts:
        log.warning("event=slip_not_found")
        print(
            f"tillside slip: no order, checkout or return {key!r} in this PC's outbox. Give an "
            "order or return number from the slip or the till, or the checkout id `tillside "
            "order` printed; only orders and returns made on this PC are there.",
            file=sys.stderr,
        )
        return ExitStatus.DAMAGED if damaged else ExitStatus.USAGE
    chosen = paper or SlipPaper(settings.display.slip_paper)
    if parts[0].kind == RETURN_KIND:
        return _return_slip(parts[0], output, chosen, settings, damaged)
    slip = reprint_slip(parts, settings.store.name)
    status = _write(_pdf(slip, chosen), output)
    if status is not ExitStatus.OK:
        return status
    log.info(
        "event=slip_written checkout=%s parts=%d paper=%s customer_kept=%s",
        slip.checkout_id,
        len(slip.parts),
        chosen.value,
        slip.customer_details_kept,
    )
    numbers = ", ".join(slip.order_numbers)
    print(
        f"Wrote the slip of checkout {slip.checkout_id} ({len(slip.parts)} "
        f"order{'s' if len(slip.parts) != 1 else ''}: {numbers}) to {output}, "
        f"on {chosen.value} paper."
    )
    if not slip.customer_details_kept:
        print(
            "This PC no longer holds the customer's name and address (they leave the outbox "
            "once Ongoing confirmed the order), so the copy leaves them out and says so."
        )
    return ExitStatus.DAMAGED if damaged else ExitStatus.OK


def _return_slip(
    entry: OutboxEntry, output: Path, paper: SlipPaper, settings: Settings, damaged: bool
) -> ExitStatus:
    """A return's slip again, as the till printed it, with what is known of it now."""
    slip = return_slip(entry, settings.store, reprint=True)
    _qt_ready()
    from app.ui.return_slip_print import return_slip_pdf

    status = _write(return_slip_pdf(slip, paper), output)
    if status is not ExitStatus.OK:
        return status
    log.info(
        "event=slip_written return_number=%s state=%s paper=%s",
        slip.return_number,
        slip.state.value,
        paper.value,
    )
    print(
        f"Wrote the slip of return {slip.return_number} (order {slip.order_number or '?'}, "
        f"{slip.state.value}) to {output}, on {paper.value} paper."
    )
    return ExitStatus.DAMAGED if damaged else ExitStatus.OK


def _qt_ready() -> None:
    """The till's own printing code runs on Qt's headless platform."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.qt import QtWidgets

    _ = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])


def _pdf(slip: OrderSlip, paper: SlipPaper) -> bytes:
    """The PDF, made by the till's own printing code, on Qt's headless platform."""
    _qt_ready()
    from app.ui.order_slip_print import slip_pdf

    return slip_pdf(slip, paper)


def _write(data: bytes, output: Path) -> ExitStatus:
    """Write the whole file or nothing: a full disk never leaves half a PDF behind."""
    folder = output.parent if str(output.parent) else Path(".")
    if output.is_dir():
        log.warning("event=slip_not_written problem=is_a_folder")
        print(f"tillside slip: {output} is a folder; give a file name.", file=sys.stderr)
        return ExitStatus.USAGE
    if not folder.is_dir():
        log.warning("event=slip_not_written problem=no_folder")
        print(
            f"tillside slip: the folder {folder} does not exist; give another --output.",
            file=sys.stderr,
        )
        return ExitStatus.USAGE
    temporary: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(
            dir=folder, prefix=f".{output.name}.", suffix=".part", delete=False
        ) as file:
            temporary = Path(file.name)
            file.write(data)
        os.replace(temporary, output)
    except OSError as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        problem = problem_of(error)
        log.error("event=slip_not_written problem=%s", problem.value)
        print(f"tillside slip: {_why_not_written(problem, output, error)}", file=sys.stderr)
        return ExitStatus.STORAGE
    return ExitStatus.OK


def _why_not_written(problem: StorageProblem, output: Path, error: OSError) -> str:
    if problem is StorageProblem.FULL:
        return f"the disk holding {output} is full; free some space and run it again."
    if problem is StorageProblem.READ_ONLY:
        return (
            f"{output.parent} cannot be written to (read-only, or no permission); "
            "give another --output."
        )
    return f"{output} could not be written ({error.strerror or error}); tell IT."
