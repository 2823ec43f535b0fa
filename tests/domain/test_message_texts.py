"""Messages made below the UI are translatable `Text`s whose `str()` is today's English.

And lupdate must see every one of them: it silently skips a `translate(...)` call with
keyword arguments, so a message written that way would never reach the catalogues.
"""

from __future__ import annotations

import ast
import subprocess
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from app.config.loading import SettingsError, validate
from app.domain.barcodes import ProblemReason, ScanProblem, parse_scan
from app.domain.basket import QuantityError, parse_quantity
from app.domain.customer import FieldError, validate_customer
from app.domain.stock import WarehouseInfo
from app.domain.texts import Text
from app.ongoing.errors import OrderLockedError, RateLimitedError, StatusError
from app.ongoing.settings import ConnectionSettings, ConnectionSettingsError
from app.services.ongoing_words import describe
from app.services.orders import NotEnoughStockError, OrderError, Shortage
from tests.helpers import packaging_scripts

ROOT = Path(__file__).resolve().parents[2]


def test_a_scan_problem_is_a_text_in_context_scan() -> None:
    problem = parse_scan("7312345678905")
    assert isinstance(problem, ScanProblem)
    assert problem.reason is ProblemReason.WRONG_CHECK_DIGIT
    assert isinstance(problem.text, Text)
    assert (problem.text.context, problem.text.source) == (
        "Scan",
        "Check digit wrong: {code} should end in {digit}. Scan again or type the code.",
    )
    assert dict(problem.text.values) == {"code": "7312345678905", "digit": "9"}
    english = "Check digit wrong: 7312345678905 should end in 9. Scan again or type the code."
    assert problem.message == str(problem.text) == english


def test_a_keyboard_layout_name_goes_in_as_its_own_text() -> None:
    problem = parse_scan("à&é\"'(-è_ç")
    assert isinstance(problem, ScanProblem)
    layout = problem.text.values["layout"]
    assert layout == Text("Scan", "French AZERTY")
    assert "typed with a French AZERTY keyboard layout" in problem.message


def test_a_customer_field_problem_has_its_text_and_english_message() -> None:
    problems = validate_customer({"name": "Anna", "country": "SE", "postcode": "1"}, pickup=True)
    assert isinstance(problems, list)
    by_field: dict[str, FieldError] = {p.field: p for p in problems}
    postcode = by_field["postcode"].text
    assert (postcode.context, postcode.source) == ("Customer", "A {country} postcode is {shape}.")
    assert postcode.values["shape"] == Text("Customer", "five digits, like 114 55")
    assert by_field["postcode"].message == "A SE postcode is five digits, like 114 55."


def test_ongoing_errors_carry_ongoings_own_words_as_a_value() -> None:
    error = StatusError(400, "The value 'x' is not valid for goodsOwnerId.")
    error.text = describe(error)  # as the till's client words it
    assert error.text.context == "Ongoing"
    assert error.text.values == {
        "status": 400,
        "message": "The value 'x' is not valid for goodsOwnerId",
    }
    assert (
        str(error)
        == str(error.text)
        == (
            "Ongoing refused the request (error 400): The value 'x' is not valid for "
            "goodsOwnerId. Check the details or tell IT."
        )
    )

    busy = RateLimitedError(12.0)
    busy.text = describe(busy)
    assert busy.text.values["wait"] == Text("Ongoing", "{seconds} s", {"seconds": 12})
    assert str(busy) == "Ongoing is busy. Try again in 12 s."

    locked = OrderLockedError(400, "Order has started work")
    locked.text = describe(locked)
    assert locked.text.source.startswith("The warehouse has already started on this order")
    assert str(locked) == str(locked.text)


def test_order_errors_nest_texts_and_keep_their_english() -> None:
    shortage = NotEnoughStockError(
        WarehouseInfo(1, "C", "Central"),
        [Shortage("A1", Decimal(3), Decimal(-1)), Shortage("B2", Decimal(2), Decimal("1.5"))],
    )
    assert (shortage.text.context, shortage.text.source) == (
        "Orders",
        "{warehouse} cannot supply everything: {items}.",
    )
    assert str(shortage) == (
        "Central cannot supply everything: A1 (wanted 3, sellable 0), B2 (wanted 2, sellable 1.5)."
    )
    wrapped = OrderError(describe(OrderLockedError(400, "is locked")))
    assert wrapped.text.context == "Ongoing"
    assert str(OrderError("plain")) == "plain"


def test_a_settings_error_shows_the_settings_help_text_in_context_setting() -> None:
    with pytest.raises(SettingsError) as caught:
        validate({"store": {"till_id": "!!!!!"}}, {"store.till_id": "environment"})
    error = caught.value
    assert isinstance(error.text, Text)
    assert str(error) == str(error.text)
    assert str(error).startswith("Some settings are not valid:\n- store.till_id = '!!!!!'")
    help_texts = [value for value in _nested(error.text) if value.context == "Setting"]
    assert help_texts == [
        Text("Setting", "This till's id within the store (1-4 letters or digits).")
    ]


def test_our_own_validator_reasons_are_translatable_too() -> None:
    with pytest.raises(SettingsError) as caught:
        validate({"scanner": {"terminators": ["space"]}})
    sources = {text.source for text in _nested(caught.value.text)}
    assert "unknown terminator {key}; use enter, tab or lf" in sources
    assert "unknown terminator 'space'; use enter, tab or lf" in str(caught.value)


def test_quantity_and_connection_problems_are_texts() -> None:
    with pytest.raises(QuantityError) as quantity:
        parse_quantity("0")
    assert quantity.value.text.values == {"most": 9999}
    assert str(quantity.value) == "Quantity must be between 1 and 9999."
    with pytest.raises(ConnectionSettingsError) as connection:
        ConnectionSettings.from_target("mystore", 0, "user", "password")
    assert isinstance(connection.value, ValueError)  # callers catch ValueError, as before
    assert connection.value.text == Text(
        "Settings", "The goods owner id must be a positive number."
    )


def _nested(text: Text) -> list[Text]:
    found = [text]
    for value in text.values.values():
        if isinstance(value, Text):
            found += _nested(value)
    return found


# --- lupdate sees every message -------------------------------------------------------


def _below_the_ui() -> list[Path]:
    skipped = {"ui", "simulator"}
    return sorted(
        path
        for path in (ROOT / "app").rglob("*.py")
        if not skipped & set(path.relative_to(ROOT / "app").parts)
        and path.name != "texts.py"  # defines translate(); calls it with no literals
    )


def _marked_in_code(paths: list[Path]) -> set[tuple[str, str]]:
    marked: set[tuple[str, str]] = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in {"translate", "QT_TRANSLATE_NOOP"}:
                continue
            literals = [
                a.value
                for a in node.args[:2]
                if isinstance(a, ast.Constant) and isinstance(a.value, str)
            ]
            if len(literals) == 2:
                marked.add((literals[0], literals[1]))
    return marked


def test_lupdate_finds_every_message_marked_below_the_ui(tmp_path: Path) -> None:
    """`translate("C", "text {x}", x=1)` is invisible to lupdate: use `filled(...)`."""
    tool = packaging_scripts.load("translations")

    paths = _below_the_ui()
    target = tmp_path / "check.ts"
    command = [str(tool.qt_tool("lupdate")), "-silent", "-locations", "none", *map(str, paths)]
    subprocess.run([*command, "-ts", str(target)], check=True, cwd=ROOT)
    found = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(target).getroot().iter("context")
        for message in context.iter("message")
    }
    marked = _marked_in_code(paths)
    assert marked, "no translate() call found below the UI"
    missing = sorted(marked - found)
    assert not missing, "lupdate does not see (keyword arguments in translate()?):\n" + "\n".join(
        f"{context}: {source!r}" for context, source in missing
    )
