"""Demo data for the simulator: Nordic warehouses and a home-and-hardware shop's catalogue.

`generate_state` builds any size from a seed (benchmarks use 100,000 articles); the demo
files in `resources/demo/` are the same generator's output with a fixed seed, written by
`python -m app.simulator.demo_data --write`, so the demo looks the same every time.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
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
# Shelf sizes by the kind of goods: a warehouse holds dozens of bags of coffee, a few drills.
GROCERY = (0, 6, 12, 18, 24, 36, 48, 72, 96, 144)
HOUSEHOLD = (0, 2, 3, 4, 6, 8, 10, 12, 16, 24)
BULKY = (0, 1, 1, 2, 2, 3, 4, 5, 6, 8)


@dataclass(frozen=True, slots=True)
class Product:
    """A product line of a Nordic home-and-hardware shop: ten variants, one shelf price.

    `name` has a {} for the variant; a variant may cost more or less (factor). Prices are in
    SEK, as Ongoing's customerPrice of a Swedish goods owner; `bought_in` is the supplier's
    currency (Ongoing's purcaseCurrencyCode), which the till must never show.
    """

    name: str
    price: str
    shelves: tuple[int, ...]
    bought_in: str
    variants: tuple[str | tuple[str, float], ...]


P = Product
# A table: a product to a few lines reads better than a variant to a line.
# fmt: off
# Article n is product n % 32 in variant (n // 32) % 10: the demo's 320 are all different,
# and TS-000001, TS-000002 and TS-000012 are coffee, tea and a wool throw (SPLIT_DEMO).
PRODUCTS = (
    P("Kaffe {} 450 g", "64.90", GROCERY, "SEK", ("mellanrost", "mörkrost", "ljusrost",
      ("ekologisk mellanrost", 1.15), ("ekologisk mörkrost", 1.15), ("espressorost", 1.1),
      "koffeinfritt", ("hela bönor mellanrost", 1.1), ("hela bönor mörkrost", 1.1),
      ("Fairtrade bryggmalet", 1.1))),
    P("Te {} 100 g", "39.90", GROCERY, "EUR", ("Earl Grey", "English Breakfast",
      "grönt sencha", "rooibos", "kamomill", "pepparmynta", "chai", "jasmin", "Lady Grey",
      "svart vanilj")),
    P("Knäckebröd {} 520 g", "29.90", GROCERY, "SEK", ("råg", "fullkorn", "surdeg", "havre",
      "sesam", "tunt råg", "kummin", "frukost", ("glutenfritt", 1.6), ("ekologiskt råg", 1.2))),
    P("Sylt {} 400 g", "34.90", GROCERY, "SEK", ("lingon", "blåbär", "hallon", "jordgubb",
      ("hjortron", 2.6), "krusbär", "rabarber", "svarta vinbär", "aprikos", ("fikon", 1.3))),
    P("Handduk frotté 50x70 {}", "99.90", HOUSEHOLD, "NOK", ("vit", "grå", "svart", "marinblå",
      "sand", "rosa", "grön", "gul", "röd", "ljusblå")),
    P("Ullsockor {}", "149", HOUSEHOLD, "NOK", ("grå 36-38", "grå 39-42", "grå 43-46",
      "svart 36-38", "svart 39-42", "svart 43-46", "natur 36-38", "natur 39-42", "natur 43-46",
      "röd 39-42")),
    P("Termos {}", "249", HOUSEHOLD, "EUR", ("0,5 l svart", "0,5 l vit", "0,5 l grön",
      ("0,75 l svart", 1.2), ("0,75 l röd", 1.2), ("1 l stål", 1.4), ("1 l svart", 1.4),
      ("0,35 l blå", 0.8), ("0,35 l rosa", 0.8), ("mat 0,5 l", 1.1))),
    P("Stekpanna {}", "399", BULKY, "EUR", (("24 cm", 0.85), ("26 cm", 0.92), "28 cm",
      ("30 cm", 1.1), ("gjutjärn 24 cm", 1.2), ("gjutjärn 28 cm", 1.4), ("kolstål 28 cm", 1.1),
      ("keramisk 26 cm", 0.95), ("grill 28 cm", 1.05), ("wok 30 cm", 1.15))),
    P("Kastrull {}", "349", BULKY, "EUR", (("1,5 l", 0.7), ("2 l", 0.8), "3 l", ("4 l", 1.15),
      ("5 l", 1.3), ("gjutjärn 3 l", 2.2), ("med glaslock 2 l", 0.9), ("mjölk 1 l", 0.6),
      ("sauteuse 2,5 l", 1.1), ("pasta 6 l", 1.4))),
    P("Skärbräda {}", "299", HOUSEHOLD, "SEK", (("ek liten", 0.7), ("ek stor", 1.3),
      ("bok liten", 0.6), "bok stor", ("bambu", 0.5), ("valnöt", 1.6), "ask",
      ("plast röd", 0.4), ("plast grön", 0.4), ("servering ek", 1.2))),
    P("Ljuslykta {}", "79.90", HOUSEHOLD, "DKK", ("glas klar", "glas rök", "glas grön",
      "glas blå", ("metall svart", 1.2), ("metall mässing", 1.5), ("keramik vit", 1.1),
      ("keramik grå", 1.1), ("hängande", 1.3), ("stor glas", 1.6))),
    P("Pläd ull 130x170 {}", "699", HOUSEHOLD, "NOK", ("grå", "natur", "blå", "grön", "röd",
      "senap", "rutig grå", "rutig röd", "fiskben", "mörkgrå")),
    P("Kökshandduk linne {}", "89.90", HOUSEHOLD, "DKK", ("natur", "vit", "grå", "randig blå",
      "randig röd", "rutig", "grön", "senap", "svart", "ljusblå")),
    P("Vattenflaska {}", "149", HOUSEHOLD, "EUR", ("0,5 l svart", "0,5 l vit", "0,75 l blå",
      "0,75 l grön", "0,75 l rosa", ("1 l stål", 1.3), ("1 l svart", 1.3),
      ("barn 0,35 l", 0.7), ("isolerad 0,5 l", 1.6), ("glas 0,6 l", 1.1))),
    P("Regnjacka vuxen {}", "899", BULKY, "NOK", ("S svart", "M svart", "L svart",
      "XL svart", "S gul", "M gul", "L gul", "M marin", "L marin", "XL marin")),
    P("Mössa stickad {}", "199", HOUSEHOLD, "NOK", ("grå", "svart", "marinblå", "röd",
      "grön", "senap", "natur", "rosa", "barn röd", "barn blå")),
    P("Vantar ull {}", "229", HOUSEHOLD, "NOK", ("S grå", "M grå", "L grå", "S svart",
      "M svart", "L svart", "M röd", "L röd", ("barn röd", 0.7), ("barn blå", 0.7))),
    P("Ficklampa LED {}", "179", HOUSEHOLD, "EUR", (("liten", 0.6), "mellan", ("stor", 1.5),
      ("uppladdningsbar", 1.8), ("vattentät", 1.3), ("zoom", 1.4), ("med magnet", 1.1),
      ("nyckelring", 0.3), ("arbetslampa", 2.0), ("campinglykta", 1.6))),
    P("Batterier {}", "49.90", GROCERY, "EUR", ("AA 4-pack", ("AA 8-pack", 1.8),
      ("AA 12-pack", 2.4), "AAA 4-pack", ("AAA 8-pack", 1.8), ("C 2-pack", 1.1),
      ("D 2-pack", 1.2), ("9 V", 0.9), ("CR2032 2-pack", 0.8), ("AA laddbara 4-pack", 3.0))),
    P("Förlängningssladd {}", "129", BULKY, "SEK", (("3 m", 0.8), "5 m", ("10 m", 1.5),
      "3-vägs 3 m", ("3-vägs 5 m", 1.2), ("utomhus 10 m", 2.0), ("utomhus 25 m", 3.5),
      ("med USB 2 m", 1.4), ("vit 1,5 m", 0.6), ("kabelvinda 25 m", 4.0))),
    P("Skruvdragare 18 V {}", "1495", BULKY, "EUR", ("2 batterier", ("1 batteri", 0.8),
      ("utan batteri", 0.5), ("borrhammare", 1.3), ("kompakt", 0.9), ("slagskruvdragare", 1.2),
      ("i väska", 1.1), ("med bitsats", 1.15), ("borstlös", 1.4), ("proffs", 1.8))),
    P("Bitsats {}", "199", HOUSEHOLD, "EUR", ("32 delar", ("10 delar", 0.4), ("20 delar", 0.7),
      ("45 delar", 1.3), ("60 delar", 1.6), ("100 delar", 2.2), ("torx", 0.8), ("insex", 0.8),
      ("med spärrskaft", 1.5), ("slagfast", 1.2))),
    P("Tumstock {}", "69.90", HOUSEHOLD, "SEK", ("2 m trä", "2 m gul", ("1 m", 0.6),
      ("3 m", 1.3), ("glasfiber 2 m", 1.4), ("aluminium 2 m", 1.6), ("snickare 2 m", 1.2),
      "vit 2 m", "röd 2 m", ("mini 0,5 m", 0.4))),
    P("Målartejp {}", "39.90", GROCERY, "SEK", ("25 mm", ("19 mm", 0.85), ("38 mm", 1.3),
      ("50 mm", 1.6), ("känslig 25 mm", 1.3), ("utomhus 25 mm", 1.4), ("precision 25 mm", 1.5),
      ("UV 38 mm", 1.7), ("3-pack 25 mm", 2.4), ("bred 75 mm", 2.0))),
    P("Diskborste {}", "39.90", GROCERY, "SEK", ("trä", "trä med skaft", "bambu",
      "plast grön", "plast blå", ("kokos", 1.2), ("pannborste", 1.1), ("flaskborste", 0.9),
      ("refill 2-pack", 0.8), ("grönsaksborste", 0.9))),
    P("Doftljus {} 200 g", "129", HOUSEHOLD, "DKK", ("vanilj", "lavendel", "tall", "kanel",
      "citron", "hav", "fikon", "bergamott", "ros", "tobak")),
    P("Hushållspapper {}", "44.90", GROCERY, "SEK", ("4-pack", ("8-pack", 1.8),
      ("2-pack", 0.55), ("miljömärkt 4-pack", 1.15), ("extra starkt 4-pack", 1.25),
      ("mini 6-pack", 1.1), ("maxi 2-pack", 0.9), ("ekologiskt 4-pack", 1.2),
      ("storpack 16 rullar", 3.2), ("återvunnet 4-pack", 1.05))),
    P("Kaffefilter {}", "24.90", GROCERY, "SEK", ("nr 4 100 st", ("nr 4 200 st", 1.7),
      ("nr 2 100 st", 0.9), "nr 4 blekt 80 st", "nr 4 oblekt 80 st", ("korg 100 st", 1.1),
      ("permanent nr 4", 4.5), ("nr 6 100 st", 1.2), ("1x4 40 st", 0.6), ("kanna 50 st", 0.8))),
    P("Glögg alkoholfri 75 cl {}", "49.90", GROCERY, "SEK", ("röd", "vit", "blåbär", "äpple",
      "ingefära", "original", "extra kryddig", ("ekologisk", 1.2), "lätt", "jul")),
    P("Tändstickor {}", "19.90", GROCERY, "SEK", ("10-pack", "långa", ("storpack", 1.5),
      "utomhus", "kök", ("spis 5-pack", 0.8), ("eld 3-pack", 0.7), "trä 2-pack",
      ("vindsäkra", 1.8), ("ask", 0.3))),
    P("Pannlampa {}", "349", HOUSEHOLD, "EUR", ("USB", ("batteri", 0.7), ("löpning", 1.1),
      ("barn", 0.5), ("röd LED", 0.8), ("1000 lumen", 1.8), ("vattentät", 1.2),
      ("kompakt", 0.7), ("med sensor", 1.3), ("arbete", 1.1))),
    P("Sittunderlag {}", "99.90", HOUSEHOLD, "NOK", ("grå", "blå", "röd", "grön", "svart",
      "gul", "vikbart", ("isolerat", 1.4), ("barn", 0.7), ("stort", 1.3))),
)
# fmt: on
VARIANTS_PER_PRODUCT = 10
# A basket of these three needs a split: no warehouse holds all of them, each pair shares
# some (coffee and tea: the README's screenshot marks those "✔ all items"). By warehouse
# code: (physical, allocated). The README names their barcodes.
SPLIT_DEMO: dict[int, dict[str, tuple[int, int]]] = {
    0: {"STO1": (48, 2), "GBG": (36, 0), "MMO": (24, 1), "UMEA": (12, 0)},  # coffee
    1: {"STO1": (30, 0), "GBG": (20, 2), "OSL": (24, 0), "HEL": (12, 1)},  # tea
    11: {"OSL": (4, 0), "CPH": (6, 1), "LKP": (3, 0)},  # wool throw
}
NO_PRICE_EVERY = 20  # one article in 20 has no customer price in Ongoing
ZERO_PRICE_EVERY = 40  # and one in 40 a price of 0, as a WMS shows one never filled in
HOME_COUNTS = (1, 2, 2, 3, 3, 3, 4, 6)  # most articles live in a few warehouses only
SUPPLIERS = ("Nordic Home AB", "Fjällgrossisten", "Kaffekompaniet")
# Odd and not a multiple of 5, so `k * _SCRAMBLE` is a bijection modulo 10**10: unique codes
# without a set lookup, yet they do not look sequential.
_SCRAMBLE = 7_368_787


@cache
def _check_digit_of_chunk(chunk: int) -> int:
    return int(ean.calc_check_digit(f"{chunk:04d}"))


def shelf_price(value: Decimal) -> Decimal:
    """A price as a Swedish shop writes it: 74,90 under a hundred, 439 or 1 195 above."""
    if value < 100:
        return value.to_integral_value(ROUND_FLOOR) + Decimal("0.90")
    if value < 1000:
        return (value / 10).to_integral_value(ROUND_CEILING) * 10 - 1
    return (value / 100).to_integral_value(ROUND_CEILING) * 100 - 5


@cache
def _product(index: int) -> tuple[str, Decimal, tuple[Decimal, ...], str]:
    """(name, price, shelf sizes, purchase currency) of article `index`'s product variant."""
    product = PRODUCTS[index % len(PRODUCTS)]
    variant = product.variants[(index // len(PRODUCTS)) % VARIANTS_PER_PRODUCT]
    label, factor = variant if isinstance(variant, tuple) else (variant, 1.0)
    price = shelf_price(Decimal(product.price) * Decimal(str(factor)))
    shelves = tuple(Decimal(size) for size in product.shelves)
    return product.name.format(label), price, shelves, product.bought_in


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

    Shelf prices in SEK and stock sized by the kind of goods (PRODUCTS), bought in SEK, EUR,
    NOK or DKK; SPLIT_DEMO's three articles need a split. Of every ten articles one has only
    a package barcode and an alternative one, one only an extra package code, one an
    alternative code, one a pallet code; one in 20 has no price, one in 40 a price of zero.
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
    by_code = {w.code: w.id for w in warehouses}
    small = [Decimal(n) for n in range(3)]
    for index in range(n_articles):
        kind = index % 10
        number = f"TS-{index + 1:06d}"
        name, listed, shelf_sizes, bought_in = _product(index)
        price: Decimal | None = listed
        if index % NO_PRICE_EVERY == NO_PRICE_EVERY - 1:
            price = None
        elif index % ZERO_PRICE_EVERY == 9:  # never one of the unpriced (19, 39...)
            price = Decimal("0.00")
        articles.append(
            SimArticle(
                system_id=1000 + index * 3,  # ids are sparse in a real tenant, not 1, 2, 3
                article_number=number,
                name=name,
                barcode=None if kind == 7 else new_code(),
                package_barcode=new_code() if kind in (3, 7) else None,
                alternative_barcodes=(new_code(),) if kind in (5, 7) else (),
                pallet_barcode=new_code() if kind == 1 else None,
                price=price,
                currency=bought_in,
                updated_at=base_time + timedelta(minutes=index),
            )
        )
        split = SPLIT_DEMO.get(index, {})
        if split and all(code in by_code for code in split):
            for code, (on_shelf, taken) in split.items():
                stock[(number, by_code[code])] = SimStock(Decimal(on_shelf), Decimal(taken))
            continue
        if index % 17 == 4 or not ids:
            continue  # sold out everywhere: no stock anywhere
        homes = shuffles[int(uniform() * len(shuffles))]
        count = min(len(ids), HOME_COUNTS[int(uniform() * len(HOME_COUNTS))])
        for warehouse_id in homes[:count]:
            physical = shelf_sizes[int(uniform() * len(shelf_sizes))]
            allocated = small[int(uniform() * 3)] if physical else small[0]
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
                "purcaseCurrencyCode": a.currency,  # sic: Ongoing's spelling; the supplier's
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
            currency=a.get("purcaseCurrencyCode") or "SEK",
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
