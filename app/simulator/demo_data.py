"""Demo data for the simulator: Nordic warehouses and a catalogue with uneven stock.

`generate_state` builds any size from a seed (benchmarks use 100,000 articles); the demo
files in `resources/demo/` are the same generator's output with a fixed seed, written by
`python -m app.simulator.demo_data --write`, so the demo looks the same every time.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from stdnum import ean

from app.resources import resource_path
from app.simulator.state import SimArticle, SimPurchaseOrder, SimStock, SimWarehouse, WmsState

DEMO_SEED = 2026
DEMO_ARTICLES = 320

WAREHOUSES = (
    ("STO1", "Stockholm City", "Drottninggatan 53", "111 21", "Stockholm", "SE"),
    ("GBG", "Göteborg Hisingen", "Lundbystrand 12", "417 55", "Göteborg", "SE"),
    ("MMO", "Malmö Hamn", "Hamngatan 4", "211 22", "Malmö", "SE"),
    ("UPS", "Uppsala Boländerna", "Bolandsgatan 15", "753 23", "Uppsala", "SE"),
    ("UME", "Umeå Västerslätt", "Formvägen 7", "906 21", "Umeå", "SE"),
    ("OSL", "Oslo Alnabru", "Strømsveien 245", "0668", "Oslo", "NO"),
    ("CPH", "København Køge Bugt", "Ølby Centervej 9", "4600", "Køge", "DK"),
    ("HEL", "Helsinki Vantaa", "Tikkurilantie 42", "01300", "Vantaa", "FI"),
    ("LKP", "Linköping Tornby", "Roxtorpsgatan 10", "582 78", "Linköping", "SE"),
    ("SDL", "Sundsvall Birsta", "Birstavägen 3", "863 37", "Sundsvall", "SE"),
    ("BGO", "Bergen Kokstad", "Kokstadvegen 30", "5257", "Kokstad", "NO"),
    ("TKU", "Turku Skanssi", "Skanssinkatu 10", "20730", "Turku", "FI"),
)
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


def make_ean13(rng: random.Random) -> str:
    body = f"73{rng.randrange(10**10):010d}"
    return body + ean.calc_check_digit(body)


def generate_state(n_warehouses: int, n_articles: int, seed: int = 1) -> WmsState:
    """A reproducible state; stock is uneven on purpose (sold out, negative, concentrated)."""
    rng = random.Random(seed)
    warehouses = [
        SimWarehouse(
            id=index + 1,
            code=spec[0] if index < len(WAREHOUSES) else f"W{index + 1}",
            name=spec[1] if index < len(WAREHOUSES) else f"Warehouse {index + 1}",
            address1=spec[2],
            post_code=spec[3],
            city=spec[4],
            country_code=spec[5],
            opening_hours=HOURS[index % len(HOURS)],
        )
        for index, spec in ((i, WAREHOUSES[i % len(WAREHOUSES)]) for i in range(n_warehouses))
    ]
    used: set[str] = set()
    articles: list[SimArticle] = []
    stock: dict[tuple[str, int], SimStock] = {}
    base_time = datetime(2026, 1, 1, tzinfo=UTC)
    for index in range(n_articles):
        codes: list[str] = []
        while len(codes) < 3:
            code = make_ean13(rng)
            if code not in used:
                used.add(code)
                codes.append(code)
        kind = index % 10
        number = f"TS-{index + 1:06d}"
        product = PRODUCTS[index % len(PRODUCTS)]
        variant = VARIANTS[(index // len(PRODUCTS)) % len(VARIANTS)]
        article = SimArticle(
            system_id=1000 + index * 3,  # ids are sparse in a real tenant, not 1, 2, 3
            article_number=number,
            name=f"{product} {variant}".strip(),
            barcode=None if kind == 7 else codes[0],
            package_barcode=codes[1] if kind in (3, 7) else None,
            alternative_barcodes=(codes[2],) if kind in (5, 7) else (),
            price=None if kind == 9 else Decimal(rng.randrange(1900, 149900)) / 100,
            updated_at=base_time + timedelta(minutes=index),
        )
        articles.append(article)
        if index % 17 == 4:
            continue  # sold out everywhere
        homes = rng.sample(warehouses, k=min(len(warehouses), rng.choice((1, 2, 3, 3, 4, 6))))
        for warehouse in homes:
            physical = Decimal(rng.choice((0, 1, 2, 3, 5, 8, 12, 20, 40, 120)))
            allocated = Decimal(rng.randrange(0, 3))
            if index % 13 == 6:
                allocated = physical + Decimal(2)  # oversold: negative sellable
            stock[(number, warehouse.id)] = SimStock(physical, allocated)
    purchase_orders = [
        SimPurchaseOrder(
            purchase_order_id=500 + i,
            number=f"PO-{2026_0000 + i}",
            warehouse_id=warehouses[i % len(warehouses)].id,
            status=(200, 300, 400, 500)[i % 4],
            in_date=base_time + timedelta(days=320 + i),
            status_changed_at=base_time + timedelta(days=300 + i),
            supplier=("Nordic Home AB", "Fjällgrossisten", "Kaffekompaniet")[i % 3],
            lines=[
                (
                    articles[(i * 7 + j) % len(articles)].article_number,
                    Decimal(10 * (j + 1)),
                    Decimal((0, 5 * (j + 1), 10 * (j + 1), 10 * (j + 1))[i % 4]),
                )
                for j in range(1 + i % 3)
            ],
        )
        for i in range(30 if articles else 0)
    ]
    return WmsState(warehouses, articles, stock, purchase_orders)


def state_to_json(state: WmsState) -> dict[str, Any]:
    stock = []
    for article in state.articles():
        for warehouse in state.warehouses():
            figures = state.stock(article.article_number, warehouse.id)
            if figures.physical or figures.allocated:
                stock.append(
                    [
                        article.article_number,
                        warehouse.id,
                        str(figures.physical),
                        str(figures.allocated),
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
            price=None if a["customerPrice"] is None else Decimal(a["customerPrice"]),
            updated_at=datetime.fromisoformat(a["updated"]),
        )
        for a in data["articles"]
    ]
    stock = {
        (number, warehouse_id): SimStock(Decimal(physical), Decimal(allocated))
        for number, warehouse_id, physical, allocated in data["stock"]
    }
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


def demo_file() -> Any:
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
