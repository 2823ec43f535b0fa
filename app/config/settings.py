"""Every setting of a till, declared once: key, type, default and help text.

Sections mirror what IT thinks about: the Ongoing connection, the store, the scanner, the
display. pydantic validates each value; an invalid one is reported with its key, the value
given and what is allowed (see `app.config.loading`). The API password is not a setting:
it lives in the operating system's keyring (or an environment variable for automation).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import timedelta
from typing import Annotated, Literal, cast

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic.fields import FieldInfo

from app.domain.errors import TillsideError
from app.domain.money import DEFAULT_CURRENCY, is_currency_code
from app.domain.scan_detector import ScannerTiming
from app.domain.stock import WarehousePreference
from app.domain.text_values import filled
from app.domain.texts import QT_TRANSLATE_NOOP, translate

CODE_PATTERN = r"^[A-Za-z0-9_.-]{1,50}$"
# A setting whose value is one of a set says so in its metadata (`choices`): the values with
# their labels (translatable, context "Setting"), or where the set comes from at the till.
LANGUAGES = "languages"  # the languages the till speaks
WAREHOUSES = "warehouses"  # Ongoing's warehouses
Code = Annotated[str, Field(pattern=CODE_PATTERN)]


class SettingValueError(TillsideError, ValueError):
    """A value our own validators refuse; `text` is the reason.

    pydantic wraps it in its ValidationError; `app.config.loading` takes the Text back out.
    """


class Section(BaseModel):
    """A settings section: unknown keys are errors, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)


class ConnectionSection(Section):
    api_url: str = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Ongoing API URL"),
        default="",
        description=QT_TRANSLATE_NOOP(
            "Setting", "Ongoing API URL (https://...) or just the warehouse name."
        ),
    )
    goods_owner_id: int = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Goods owner id"),
        default=0,
        ge=0,
        description=QT_TRANSLATE_NOOP("Setting", "Ongoing goods owner id."),
    )
    api_user: str = Field(
        title=QT_TRANSLATE_NOOP("Setting", "API user"),
        default="",
        max_length=200,
        description=QT_TRANSLATE_NOOP("Setting", "Ongoing API user name."),
    )

    @property
    def is_complete(self) -> bool:
        return bool(self.api_url and self.goods_owner_id and self.api_user)


class StoreSection(Section):
    name: str = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Store name"),
        default="",
        max_length=100,
        description=QT_TRANSLATE_NOOP("Setting", "Store name, printed on slips."),
    )
    till_id: str = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Till id"),
        default="1",
        pattern=r"^[A-Za-z0-9]{1,4}$",
        description=QT_TRANSLATE_NOOP(
            "Setting", "This till's id within the store (1-4 letters or digits)."
        ),
    )
    order_prefix: str = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Order number prefix"),
        default="TS",
        pattern=r"^[A-Za-z][A-Za-z0-9]{0,5}$",
        description=QT_TRANSLATE_NOOP(
            "Setting", "Store prefix of order numbers (a letter, then up to 5 letters or digits)."
        ),
    )
    preferred_warehouses: tuple[Code, ...] = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Preferred warehouses"),
        default=(),
        description=QT_TRANSLATE_NOOP(
            "Setting", "Warehouse codes in the store's order of preference, nearest first."
        ),
    )
    warehouse_distances_km: dict[Code, float] = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Distances to warehouses (km)"),
        default_factory=dict,
        description=QT_TRANSLATE_NOOP(
            "Setting", "Distance from the store to each warehouse code, in km."
        ),
    )
    pickup_way_of_delivery: Code = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Way of delivery: pickup"),
        default="PICKUP",
        description=QT_TRANSLATE_NOOP("Setting", "Ongoing way-of-delivery code for pickup orders."),
    )
    delivery_way_of_delivery: Code = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Way of delivery: home delivery"),
        default="HOME",
        description=QT_TRANSLATE_NOOP("Setting", "Ongoing way-of-delivery code for home delivery."),
    )
    store_sale_way_of_delivery: Code = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Way of delivery: sale over the counter"),
        default="STORESALE",
        description=QT_TRANSLATE_NOOP(
            "Setting", "Ongoing way-of-delivery code for sales over the counter."
        ),
    )
    store_warehouse: Code | None = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Store's own warehouse"),
        json_schema_extra={"choices": WAREHOUSES},
        default=None,
        description=QT_TRANSLATE_NOOP(
            "Setting", "Code of the store's own warehouse in Ongoing, if it has one."
        ),
    )
    store_sale: bool = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Sells over the counter"),
        default=False,
        description=QT_TRANSLATE_NOOP(
            "Setting",
            "This till sells over the counter (Shift+F10) from store.store_warehouse; "
            "sales deduct stock in Ongoing.",
        ),
    )
    backorders_allowed: bool = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Backorders allowed"),
        default=False,
        description=QT_TRANSLATE_NOOP(
            "Setting", "Allow orders a warehouse cannot fully supply now."
        ),
    )
    refund_when: Literal["now", "received"] = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Refund returns"),
        json_schema_extra={
            "choices": {
                "now": QT_TRANSLATE_NOOP("Setting", "at the counter, now"),
                "received": QT_TRANSLATE_NOOP("Setting", "when the warehouse has received them"),
            }
        },
        default="received",
        description=QT_TRANSLATE_NOOP(
            "Setting",
            "When the cashier refunds a return in the store's own POS: now, or once the "
            "warehouse has received the goods.",
        ),
    )
    currency: str = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Currency"),
        default=DEFAULT_CURRENCY,
        description=QT_TRANSLATE_NOOP(
            "Setting",
            "Currency the store sells in (ISO 4217 code: SEK, NOK, DKK, EUR...); "
            "Ongoing's customer prices are read in it.",
        ),
    )

    def preference(self) -> WarehousePreference:
        return WarehousePreference(self.preferred_warehouses, dict(self.warehouse_distances_km))

    @field_validator("currency")
    @classmethod
    def _currency_is_iso_4217(cls, value: str) -> str:
        code = value.strip().upper()
        if not is_currency_code(code):
            raise SettingValueError(
                filled(
                    translate(
                        "Settings",
                        "{code} is not an ISO 4217 currency; use a code such as SEK, NOK, "
                        "DKK or EUR",
                    ),
                    code=repr(value),
                )
            )
        return code

    @field_validator("warehouse_distances_km")
    @classmethod
    def _distances_are_not_negative(cls, value: dict[str, float]) -> dict[str, float]:
        for code, km in value.items():
            if km < 0:
                raise SettingValueError(
                    filled(
                        translate("Settings", "the distance to {code} must not be negative"),
                        code=code,
                    )
                )
        return value


class ScannerSection(Section):
    max_interkey_ms: float = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Longest gap between scan keys (ms)"),
        default=80.0,
        gt=5,
        le=500,
        description=QT_TRANSLATE_NOOP(
            "Setting", "Longest gap between two keys of one scan, in ms (people type slower)."
        ),
    )
    min_length: int = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Shortest scan"),
        default=4,
        ge=1,
        le=50,
        description=QT_TRANSLATE_NOOP("Setting", "Shortest code taken as a scan."),
    )
    terminators: tuple[str, ...] = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Keys that end a scan"),
        json_schema_extra={
            "choices": {
                "enter": QT_TRANSLATE_NOOP("Setting", "Enter"),
                "tab": QT_TRANSLATE_NOOP("Setting", "Tab"),
                "lf": QT_TRANSLATE_NOOP("Setting", "Line feed (LF)"),
            }
        },
        default=("enter", "tab", "lf"),
        min_length=1,
        description=QT_TRANSLATE_NOOP("Setting", "Keys that end a scan: any of enter, tab, lf."),
    )

    @field_validator("terminators")
    @classmethod
    def _known_terminators(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [key for key in value if key.lower() not in TERMINATOR_CHARS]
        if unknown:
            raise SettingValueError(
                filled(
                    translate("Settings", "unknown terminator {key}; use enter, tab or lf"),
                    key=repr(unknown[0]),
                )
            )
        return tuple(key.lower() for key in value)

    @property
    def terminator_chars(self) -> frozenset[str]:
        return frozenset(TERMINATOR_CHARS[key] for key in self.terminators)

    def timing(self) -> ScannerTiming:
        return ScannerTiming(self.max_interkey_ms, self.min_length, self.terminator_chars)


TERMINATOR_CHARS = {"enter": "\r", "tab": "\t", "lf": "\n"}


class DisplaySection(Section):
    language: str = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Language"),
        json_schema_extra={"choices": LANGUAGES},
        default="en",
        pattern=r"^(en|sv)$",
        description=QT_TRANSLATE_NOOP("Setting", "Language of the till: en or sv."),
    )
    stale_stock_seconds: int = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Stock is old after (seconds)"),
        default=120,
        ge=5,
        le=86_400,
        description=QT_TRANSLATE_NOOP(
            "Setting", "Stock figures older than this many seconds are marked old."
        ),
    )

    slip_paper: Literal["80mm", "a4"] = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Slip paper"),
        json_schema_extra={
            "choices": {
                "80mm": QT_TRANSLATE_NOOP("Setting", "80 mm receipt roll"),
                "a4": QT_TRANSLATE_NOOP("Setting", "A4 page"),
            }
        },
        default="80mm",
        description=QT_TRANSLATE_NOOP(
            "Setting", "Paper of the order slip: 80mm (a receipt roll) or a4 (a page)."
        ),
    )

    @property
    def stale_after(self) -> timedelta:
        return timedelta(seconds=self.stale_stock_seconds)


class EventsSection(Section):
    """How the till hears of goods received and stock-taking (set by IT, not in F11)."""

    receiver_url: str = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Webhook receiver"),
        default="",
        pattern=r"^(https?://\S+)?$",
        description=QT_TRANSLATE_NOOP(
            "Setting",
            "Address of the store's `tillside webhooks` (http://host:port); its token in "
            "TILLSIDE_WEBHOOK_TOKEN. Empty: the till asks Ongoing every events.poll_seconds.",
        ),
    )
    poll_seconds: int = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Polling interval (s)"),
        default=60,
        ge=30,
        le=3600,
        description=QT_TRANSLATE_NOOP(
            "Setting",
            "Without a receiver: seconds between two questions to Ongoing about goods "
            "received and stock adjustments (two calls each time).",
        ),
    )
    mark_reported: bool = Field(
        title=QT_TRANSLATE_NOOP("Setting", "Mark adjustments reported"),
        default=False,
        description=QT_TRANSLATE_NOOP(
            "Setting",
            "Mark exported stock adjustments as reported in Ongoing; that flag is shared "
            "with every other system of the goods owner.",
        ),
    )


class Settings(Section):
    connection: ConnectionSection = ConnectionSection()
    store: StoreSection = StoreSection()
    scanner: ScannerSection = ScannerSection()
    display: DisplaySection = DisplaySection()
    events: EventsSection = EventsSection()


def declared_fields() -> list[tuple[str, str, FieldInfo]]:
    """(section, key, field) for every setting, in declaration order."""
    rows = []
    for section_name, section_field in Settings.model_fields.items():
        section_type = section_field.annotation
        assert isinstance(section_type, type) and issubclass(section_type, Section)
        rows += [(section_name, key, field) for key, field in section_type.model_fields.items()]
    return rows


def setting_title(field: FieldInfo) -> str:
    """The setting's label, in English (translate it with context "Setting")."""
    return field.title or ""


def setting_choices(field: FieldInfo) -> Mapping[str, str] | str | None:
    """The values a setting takes with their labels; LANGUAGES or WAREHOUSES for the sets
    the till knows; None for a free value."""
    extra = field.json_schema_extra
    choices = extra.get("choices") if isinstance(extra, dict) else None
    if isinstance(choices, str | dict):
        return cast(Mapping[str, str] | str, choices)
    return None


def describe_settings() -> list[tuple[str, str, str]]:
    """(key, default, help) for every setting: the README table and `tillside settings`."""
    return [
        (
            f"{section}.{key}",
            _shown_default(field.get_default(call_default_factory=True)),
            field.description or "",
        )
        for section, key, field in declared_fields()
    ]


def _shown_default(value: object) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(repr(item).replace("'", '"') for item in value) + "]"
    if isinstance(value, bool):
        return str(value).lower()
    if value is None or value == {}:
        return "(none)"
    if isinstance(value, str):
        return f'"{value}"'
    return re.sub(r"\.0$", "", str(value))
