"""Allocate order numbers from one outbox and print each as soon as it is taken.

`python -m tests.persistence.allocate_numbers OUTBOX COUNT [PREFIX TILL]`: the parallel-process
test and the crash bench run several of these at once on one outbox (and kill some).
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.domain.order_number import OrderNumberFormat
from app.persistence.outbox import Outbox


def main(argv: list[str]) -> int:
    path, count = Path(argv[0]), int(argv[1])
    numbers = OrderNumberFormat.of(*(argv[2:4] or ("TS", "1")))
    with Outbox(path) as outbox:
        for _ in range(count):
            print(outbox.allocate_number(numbers), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
