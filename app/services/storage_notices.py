"""What the cashier and IT are told when this PC's own files failed the till.

A damaged file was set aside and salvaged (`DamagedFile`), or the outbox cannot be used at
all (`StorageError`): one banner line each, saying what happened to the orders and where
IT finds the damaged file. The window shows these texts; it does not word them.
"""

from __future__ import annotations

from app.domain.text_values import filled
from app.domain.texts import Text, translate
from app.files.damaged import DamagedFile
from app.files.locations import BASKET_FILE, OUTBOX_FILE
from app.persistence.storage_errors import StorageError


def damage_notice(damage: DamagedFile) -> Text:
    kept = str(damage.kept_as)
    if damage.name == OUTBOX_FILE:
        if damage.unreadable is None:
            text = translate(
                "Storage",
                "The list of unsent orders on this PC was damaged and could not be read; a new "
                "one was started. IT: the damaged file is kept as {kept}; compare it with the "
                "orders in Ongoing.",
            )
        elif damage.unreadable:
            text = translate(
                "Storage",
                "The list of unsent orders on this PC was damaged: {unsent} orders were "
                "recovered and will be sent; {unreadable} could not be read. IT: the damaged "
                "file is kept as {kept}; compare it with the orders in Ongoing.",
            )
        else:
            text = translate(
                "Storage",
                "The list of unsent orders on this PC was damaged: {unsent} orders were "
                "recovered and will be sent; nothing was lost. IT: the damaged file is kept "
                "as {kept}.",
            )
        return filled(text, unsent=damage.unsent, unreadable=damage.unreadable or 0, kept=kept)
    if damage.name == BASKET_FILE:
        text = translate(
            "Storage",
            "The saved basket on this PC was damaged, so the till started with an empty "
            "basket. IT: the damaged file is kept as {kept}.",
        )
        return filled(text, kept=kept)
    text = translate(
        "Storage",
        "The till's settings file was damaged, so the till started with IT's settings and "
        "the defaults. IT: the damaged file is kept as {kept}.",
    )
    return filled(text, kept=kept)


def orders_unavailable_notice(error: StorageError) -> Text:
    """The outbox cannot be opened: stock shows, but no order can be placed until fixed."""
    return filled(
        translate(
            "Storage",
            "Orders cannot be placed on this till: {problem} The till still shows stock.",
        ),
        problem=error.text,
    )
