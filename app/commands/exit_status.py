"""Every exit status of `tillside`, declared once: the commands return them, the README and
`tillside --help` list them, and a test keeps the three in step.

IT's scripts branch on these, so a number keeps its meaning across every sub-command.
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0  # for `slip`: the PDF is written
    WAITING = 1  # orders wait in the outbox; for `lookup`, some codes were not found
    USAGE = 2  # bad options, settings or input: the message names each
    UNAVAILABLE = 3  # Ongoing could not be reached, or failed: nothing was sent
    NO_STOCK = 4  # the warehouse cannot supply the items: nothing was sent
    STORAGE = 5  # this PC's disk is full, read-only or held by another program: nothing stored
    DAMAGED = 6  # a damaged file was set aside and what it held recovered: IT reads the message
    REFUSED = 7  # Ongoing refused the API user, password or goods owner: nothing was sent
    NOT_RETURNABLE = 8  # `return`/`cancel`: the order cannot be returned or cancelled now
    UNEXPECTED = 70  # a fault of Tillside itself: the details are in the log
    INTERRUPTED = 130  # stopped with Ctrl+C
    OUTPUT_CLOSED = 141  # whoever read the output stopped reading (e.g. `| head -1`)


MEANINGS: dict[ExitStatus, str] = {
    ExitStatus.OK: "done (for `order`: Ongoing confirmed the order, every part of a split; "
    "`return`: Ongoing confirmed the return order; `cancel`: the order is cancelled; "
    "`outbox`: nothing waits; `slip`: the PDF is written)",
    ExitStatus.WAITING: "orders or returns wait in the outbox (`order`, `return`, `outbox`); "
    "some codes were not found (`lookup`); a check failed (`self-test`)",
    ExitStatus.USAGE: "bad options, settings or input; the message names each (`slip`: no "
    "such order or checkout on this PC)",
    ExitStatus.UNAVAILABLE: "Ongoing could not be reached, or failed or refused the request; "
    "nothing sent (the message names the cause: host and port, name, certificate, URL path)",
    ExitStatus.NO_STOCK: "the warehouse cannot supply the items (with `--split`: nor a split "
    "across warehouses); nothing sent",
    ExitStatus.STORAGE: "this PC's disk is full, its data folder read-only, or a file held by "
    "another program; nothing stored, nothing sent (`slip`: no PDF written)",
    ExitStatus.DAMAGED: "a damaged outbox (`outbox`, `slip`) or settings file (`settings`) was "
    "kept under a dated name and what it held recovered; the message says what IT does next",
    ExitStatus.REFUSED: "Ongoing refused the login: a wrong API user or password, or a goods "
    "owner that is not the user's; nothing sent",
    ExitStatus.NOT_RETURNABLE: "`return`: the order cannot be returned (not picked yet: "
    "cancel it instead; or nothing left to return); `cancel`: the warehouse has started on "
    "it; nothing sent",
    ExitStatus.UNEXPECTED: "a fault of Tillside itself; the message names the log file",
    ExitStatus.INTERRUPTED: "stopped with Ctrl+C",
    ExitStatus.OUTPUT_CLOSED: "the output was piped into a command that stopped reading",
}


def epilog() -> str:
    """The table for `tillside --help`."""
    rows = [f"  {int(status):>3}  {MEANINGS[status]}" for status in ExitStatus]
    return "Exit statuses:\n" + "\n".join(rows)
