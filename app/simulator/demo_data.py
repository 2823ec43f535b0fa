"""Demo data for the simulator: Nordic warehouses and a catalogue with uneven stock.

`generate_state` builds any size from a seed (benchmarks use 100,000 articles); the demo
files in `resources/demo/` are the same generator's output with a fixed seed, written by
`python -m app.simulator.demo_data --write`, so the demo looks the same every time.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from stdnum import ean

from app.domain.purchase_order_status import DEFLECTION, INBOUND, NOTIFIED, RECEIVED
from app.resources import resource_path
from app.simulator.state import SimArticle, SimPurchaseOrder, SimStock, SimWarehouse, WmsState

DEMO_SEED = 2026
DEMO_ARTICLES = 320

# The first eight are the demo tenant; bigger generated states reuse the list with new codes.
WAREHOUSES = (
    ("STO1", "Stockholm City", "Drottninggatan 53", "111 21", "Stockholm", "SE"),
    ("GBG", "Göteborg Hisingen", "Lundbystrand 12", "417 55", "Göteborg", "SE"),
    ("MMO", "Malmö Hamn", "Hamngatan 4", "211 22", "Malmö", "SE"),
    ("OSL", "Oslo Alnabru", "Strømsveien 245", "0668", "Oslo", "NO"),
    ("CPH", "København Køge Bugt", "Ølby Centervej 9", "4600", "Køge", "DK"),
    ("HEL", "Helsinki Vantaa", "Tikkurilantie 42", "01300", "Vantaa", "FI"),
    ("UMEA", "Umeå Västerslätt", "Formvägen 7", "906 21", "Umeå", "SE"),
    ("LKP", "Linköping Tornby", "Roxtorpsgatan 10", "582 78", "Linköping", "SE"),
    ("UPS", "Uppsala Boländerna", "Bolandsgatan 15", "753 23", "Uppsala", "SE"),
    ("SDL", "Sundsvall Birsta", "Birstavägen 3", "863 37", "Sundsvall", "SE"),
    ("BGO", "Bergen Kokstad", "Kokstadvegen 30", "5257", "Kokstad", "NO"),
    ("TKU", "Turku Skanssi", "Skanssinkatu 10", "20730", "Turku", "FI"),
)
# Opening hours go to the warehouse address's addressFreeText1 (see routes.warehouse_json).
HOURS = ("Mon–Fri 08–18, Sat 10–15", "Mon–Fri 07–19, Sat–Sun 10–16", "Mon–Fri 09–17")
PRODUCTS = (
    "Kaffe mellanrost 450 g",
    "Te Earl Grey 100 g",
    "Knäckebröd råg 520 g",
    "Lingonsylt 400 g",
    "Handduk frotté 50x70",
    "Ullsockor 39-42",
    "Termos 0,5 l",
    "Stekpanna 28 cm",
    "Kastrull 3 l",
    "Skärbräda ek",
    "Ljuslykta glas",
    "Pläd ull 130x170",
    "Kökshandduk linne",
    "Vattenflaska 0,75 l",
    "Regnjacka vuxen M",
    "Mössa stickad",
    "Vantar ull",
    "Ficklampa LED",
    "Batteri AA 4-pack",
    "Förlängningssladd 5 m",
    "Skruvdragare 18 V",
    "Bitsats 32 delar",
    "Tumstock 2 m",
    "Målartejp 25 mm",
)
VARIANTS = ("svart", "vit", "grå", "blå", "grön", "röd", "natur", "stor", "liten", "")
SHELF_SIZES = (0, 1, 2, 3, 5, 8, 12, 20, 40, 120)
HOME_COUNTS = (1, 2, 2, 3, 3, 3, 4, 6)  # most articles live in a few warehouses only
SUPPLIERS = ("Nordic Home AB", "Fjällgrossisten", "Kaffekompaniet")
# Odd and not a multiple of 5, so `k * _SCRAMBLE` is a bijection modulo 10**10: unique codes
# without a set lookup, yet they do not look sequential.
_SCRAMBLE = 7_368_787


@cache
def _check_digit_of_chunk(chunk: int) -> int:
    return int(ean.calc_check_digit(f"{chunk:04d}"))


def ean13(body: str) -> str:
    """`body` (12 digits) with its check digit, from `stdnum.ean` on 4-digit chunks.

    The EAN sum is linear and every chunk has an even length, so the check digit of the
    whole is the sum of the chunks' check digits modulo 10; caching the 10,000 possible
    chunks makes 100,000 articles cheap.
    """
    digit = sum(_check_digit_of_chunk(int(body[i : i + 4])) for i in (0, 4, 8)) % 10
    return body + str(digit)


def make_ean13(rng: random.Random) -> str:
    """A random GS1 Sweden (73x) code, for tests that want one more."""
    return ean13(f"73{rng.randrange(10**10):010d}")


def generate_state(n_warehouses: int, n_articles: int, seed: int = 1) -> WmsState:
    """A reproducible state; stock is uneven on purpose (sold out, negative, concentrated).

    Of every ten articles one has only a package barcode and an alternative one, one only
    an extra package code, one an alternative code, one a pallet code; one has no price.
    The collector is paused while building: it only slows down a burst of small objects.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _generate(n_warehouses, n_articles, seed)
    finally:
        if collecting:
            gc.enable()


def _generate(n_warehouses: int, n_articles: int, seed: int) -> WmsState:
    rng = random.Random(seed)
    uniform = rng.random
    warehouses = [
        SimWarehouse(
            id=index + 1,
            code=spec[0] if index < len(WAREHOUSES) else f"{spec[0]}{index // len(WAREHOUSES)}",
            name=spec[1] if index < len(WAREHOUSES) else f"{spec[1]} {index // len(WAREHOUSES)}",
            address1=spec[2],
            post_code=spec[3],
            city=spec[4],
            country_code=spec[5],
            opening_hours=HOURS[index % len(HOURS)],
        )
        for index, spec in ((i, WAREHOUSES[i % len(WAREHOUSES)]) for i in range(n_warehouses))
    ]
    ids = [w.id for w in warehouses]
    shuffles = [rng.sample(ids, k=len(ids)) for _ in range(64)] if ids else [[]]
    code_offset = rng.randrange(10**10)
    next_code = 0

    def new_code() -> str:
        nonlocal next_code
        next_code += 1
        return ean13(f"73{(next_code * _SCRAMBLE + code_offset) % 10**10:010d}")

    articles: list[SimArticle] = []
    stock: dict[tuple[str, int], SimStock] = {}
    base_time = datetime(2026, 1, 1, tzinfo=UTC)
    shelf_sizes = [Decimal(size) for size in SHELF_SIZES]
    small = [Decimal(n) for n in range(3)]
    for index in range(n_articles):
        kind = index % 10
        number = f"TS-{index + 1:06d}"
        product = PRODUCTS[index % len(PRODUCTS)]
        variant = VARIANTS[(index // len(PRODUCTS)) % len(VARIANTS)]
        articles.append(
            SimArticle(
                system_id=1000 + index * 3,  # ids are sparse in a real tenant, not 1, 2, 3
                article_number=number,
                name=f"{product} {variant}".strip(),
                barcode=None if kind == 7 else new_code(),
                package_barcode=new_code() if kind in (3, 7) else None,
                alternative_barcodes=(new_code(),) if kind in (5, 7) else (),
                pallet_barcode=new_code() if kind == 1 else None,
                price=None if kind == 9 else Decimal(int(1900 + uniform() * 148000)) / 100,
                updated_at=base_time + timedelta(minutes=index),
            )
        )
        if index % 17 == 4 or not ids:
            continue  # sold out everywhere: no stock anywhere
        homes = shuffles[int(uniform() * len(shuffles))]
        count = min(len(ids), HOME_COUNTS[int(uniform() * len(HOME_COUNTS))])
        for warehouse_id in homes[:count]:
            physical = shelf_sizes[int(uniform() * len(shelf_sizes))]
            allocated = small[int(uniform() * 3)]
            locked = small[0]
            if index % 13 == 6:
                allocated = physical + 2  # oversold: negative sellable
            elif index % 23 == 11 and physical:
                locked = small[1]  # a damaged item held back
            stock[(number, warehouse_id)] = SimStock(physical, allocated, locked)
    return WmsState(warehouses, articles, stock, _purchase_orders(warehouses, articles, base_time))


def _purchase_orders(
    warehouses: list[SimWarehouse], articles: list[SimArticle], base_time: datetime
) -> list[SimPurchaseOrder]:
    """Deliveries on the way: advised only, arriving (partly received), deviating, received."""
    if not articles or not warehouses:
        return []
    orders = []
    for i in range(30):
        status = (NOTIFIED, INBOUND, DEFLECTION, RECEIVED)[i % 4]
        lines = []
        for j in range(1 + i % 3):
            advised = Decimal(10 * (j + 1))
            received = {
                NOTIFIED: Decimal(0),
                INBOUND: Decimal(5 * (j + 1)),
                DEFLECTION: advised - 2,
            }.get(status, advised)
            lines.append((articles[(i * 7 + j) % len(articles)].article_number, advised, received))
        orders.append(
            SimPurchaseOrder(
                purchase_order_id=500 + i,
                number=f"PO-{2026_0000 + i}",
                warehouse_id=warehouses[i % min(4, len(warehouses))].id,
                status=status,
                in_date=base_time + timedelta(days=320 + i),
                status_changed_at=base_time + timedelta(days=300 + i),
                supplier=SUPPLIERS[i % len(SUPPLIERS)],
                lines=lines,
            )
        )
    return orders


def state_to_json(state: WmsState) -> dict[str, Any]:
    """The committed demo format: compact, stable order, decimals as strings."""
    state_keys = state.stock_keys()
    stock = []
    for article in state.articles():
        for warehouse in state.warehouses():
            figures = state.stock(article.article_number, warehouse.id)
            if (article.article_number, warehouse.id) in state_keys:
                stock.append(
                    [
                        article.article_number,
                        warehouse.id,
                        str(figures.physical),
                        str(figures.allocated),
                        str(figures.locked),
                    ]
                )
    return {
        "warehouses": [
            {
                "id": w.id,
                "code": w.code,
                "name": w.name,
                "address1": w.address1,
                "postCode": w.post_code,
                "city": w.city,
                "countryCode": w.country_code,
                "openingHours": w.opening_hours,
            }
            for w in state.warehouses()
        ],
        "articles": [
            {
                "articleSystemId": a.system_id,
                "articleNumber": a.article_number,
                "articleName": a.name,
                "barCode": a.barcode,
                "barCodePackage": a.package_barcode,
                "alternativeBarCodes": list(a.alternative_barcodes),
                "barCodePallet": a.pallet_barcode,
                "customerPrice": None if a.price is None else str(a.price),
                "updated": a.updated_at.isoformat(),
            }
            for a in state.articles()
        ],
        "stock": stock,
        "purchaseOrders": [
            {
                "id": p.purchase_order_id,
                "number": p.number,
                "warehouseId": p.warehouse_id,
                "status": p.status,
                "inDate": p.in_date.isoformat(),
                "statusChanged": p.status_changed_at.isoformat(),
                "supplier": p.supplier,
                "lines": [[n, str(a), str(r)] for n, a, r in p.lines],
            }
            for p in state.purchase_orders()
        ],
    }


def state_from_json(data: dict[str, Any]) -> WmsState:
    warehouses = [
        SimWarehouse(
            w["id"],
            w["code"],
            w["name"],
            w["address1"],
            w["postCode"],
            w["city"],
            w["countryCode"],
            w.get("openingHours", ""),
        )
        for w in data["warehouses"]
    ]
    articles = [
        SimArticle(
            system_id=a["articleSystemId"],
            article_number=a["articleNumber"],
            name=a["articleName"],
            barcode=a["barCode"],
            package_barcode=a["barCodePackage"],
            alternative_barcodes=tuple(a["alternativeBarCodes"]),
            pallet_barcode=a.get("barCodePallet"),
            price=None if a["customerPrice"] is None else Decimal(a["customerPrice"]),
            updated_at=datetime.fromisoformat(a["updated"]),
        )
        for a in data["articles"]
    ]
    stock = {(row[0], row[1]): SimStock(*(Decimal(x) for x in row[2:])) for row in data["stock"]}
    purchase_orders = [
        SimPurchaseOrder(
            p["id"],
            p["number"],
            p["warehouseId"],
            p["status"],
            datetime.fromisoformat(p["inDate"]),
            datetime.fromisoformat(p["statusChanged"]),
            p["supplier"],
            [(n, Decimal(a), Decimal(r)) for n, a, r in p["lines"]],
        )
        for p in data["purchaseOrders"]
    ]
    return WmsState(warehouses, articles, stock, purchase_orders)


def demo_file() -> Path:
    return resource_path("demo", "tenant.json")


def load_demo_state() -> WmsState:
    """The committed demo tenant; a fresh, independent state on every call."""
    return state_from_json(json.loads(demo_file().read_text(encoding="utf-8")))


def main() -> None:
    parser = argparse.ArgumentParser(description="Write the demo tenant for the simulator.")
    parser.add_argument("--write", action="store_true", help="write resources/demo/tenant.json")
    args = parser.parse_args()
    data = state_to_json(generate_state(8, DEMO_ARTICLES, DEMO_SEED))
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if args.write:
        demo_file().parent.mkdir(parents=True, exist_ok=True)
        demo_file().write_text(text + "\n", encoding="utf-8")
    else:
        print(text)


if __name__ == "__main__":
    main()
