"""An article as the till sells it, and why one may not be sold any more.

Pure data, shared by the catalogue in memory, the catalogue on disk and the window, so the
three agree on what an article is.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum


class Withdrawal(Enum):
    """Why Ongoing no longer has an article for sale.

    Ongoing's API deletes no article: the goods owner sets it inactive (`isActive` false) or
    obsolete (`storageProperties.isObsolete`), which changes its data, so the change filter
    brings it. One deleted in the WMS itself is simply missing from a full load: `REMOVED`.
    """

    INACTIVE = "inactive"
    OBSOLETE = "obsolete"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class CatalogueArticle:
    """An article as the till sells it. `price` is Ongoing's `customerPrice` when usable (see
    app/domain/money.py): in the store's currency, as Ongoing states none for it.
    `withdrawn`: why it may not be sold any more (None: it may)."""

    system_id: int
    number: str
    name: str
    price: Decimal | None
    barcodes: tuple[str, ...]
    withdrawn: Withdrawal | None = None
