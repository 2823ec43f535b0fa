"""Every user-visible string is translatable, translated into Swedish, and keeps its placeholders.

Four nets, each catching what the others cannot:
- the committed `.ts` files hold every string the code marks (lupdate is run afresh into a
  scratch file and compared), so a new message cannot ship untranslated;
- Swedish translates every message, Norwegian, Danish and Finnish every customer-facing one;
- a translation has exactly its source's placeholders (`{name}`, `%n`) and keeps a mnemonic;
- no string literal in `app/ui` that reads like words reaches the screen without `tr()`.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator

import pytest

from tests.helpers.catalogues import ROOT, Message, committed, read_ts, tool

CUSTOMER_FACING_CONTEXTS = ("OrderSlip", "ReturnSlip")
"""Texts a customer reads: complete in every slip language, not only the till's."""


def placeholders(text: str) -> set[str]:
    names = {f"{{{field}}}" for _, field, _, _ in string.Formatter().parse(text) if field}
    return names | set(re.findall(r"%(?:n|L?\d)", text))


def has_mnemonic(text: str) -> bool:
    return bool(re.search(r"&(?!&)\w", text))


@pytest.fixture(scope="module")
def current_ts(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """What lupdate finds in the code today."""
    scratch = tmp_path_factory.mktemp("lupdate") / "tillside_sv.ts"
    tool.extract(scratch, quiet=True)
    return read_ts(scratch)


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_every_marked_string_is_in_the_catalogue(language: str, current_ts: list[Message]) -> None:
    assert current_ts, "lupdate found no translatable strings at all"
    known = {(m.context, m.source) for m in committed(language)}
    missing = sorted(
        f"{m.context}: {m.source!r}" for m in current_ts if (m.context, m.source) not in known
    )
    assert not missing, (
        f"{len(missing)} strings are not in tillside_{language}.ts; run `make translations-update` "
        "and translate them:\n" + "\n".join(missing[:40])
    )


def test_swedish_translates_every_message() -> None:
    untranslated = [f"{m.context}: {m.source!r}" for m in committed("sv") if not m.finished]
    assert not untranslated, f"{len(untranslated)} untranslated:\n" + "\n".join(untranslated[:40])


@pytest.mark.parametrize("language", ["nb", "da", "fi"])
def test_customer_facing_texts_are_translated(language: str) -> None:
    messages = [m for m in committed(language) if m.context in CUSTOMER_FACING_CONTEXTS]
    assert len(messages) >= 20, "the slip's texts are missing from the catalogue"
    untranslated = [f"{m.context}: {m.source!r}" for m in messages if not m.finished]
    assert not untranslated, "\n".join(untranslated)


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_translations_keep_placeholders_and_mnemonics(language: str) -> None:
    wrong = []
    for m in committed(language):
        if not m.finished:
            continue
        forms = m.translation.split("\n") if m.numerus else [m.translation]
        for form in forms:
            if placeholders(form) - {"%n"} != placeholders(m.source) - {"%n"}:
                wrong.append(f"{m.source!r} -> {form!r}: placeholders differ")
            if has_mnemonic(m.source) and not has_mnemonic(form):
                wrong.append(f"{m.source!r} -> {form!r}: the &-shortcut letter is gone")
    assert not wrong, "\n".join(wrong)


def test_placeholder_check_sees_dropped_and_added_values() -> None:
    assert placeholders("Order {number} for {name}") == {"{number}", "{name}"}
    assert placeholders("Beställning {number}") != placeholders("Order {number} for {name}")
    assert placeholders("%n artiklar") == {"%n"}
    assert has_mnemonic("&Kod:") and not has_mnemonic("Kod && mer")


# --- string literals in the UI that skip tr() ----------------------------------------------

TRANSLATING_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
NOT_SHOWN_CALLS = {
    "print",  # the command line and stderr: for IT
    "setObjectName",
    "setProperty",
    "property",
    "setStyleSheet",
    "getLogger",
    "QKeySequence",
    "debug",
    "info",
    "warning",
    "error",
    "exception",
    "critical",
    "startswith",
    "endswith",
    "QLocale",
    "toString",
    "setDesktopFileName",
    "setApplicationName",
    "resource_path",
    "strftime",
    "QShortcut",
    "join",
    "split",
    "replace",
    "findChild",
    "findChildren",
}
WORDS = re.compile(r"[A-Za-zÅÄÖåäö]{2,}")
IDENTIFIER_LIKE = re.compile(
    r"^[a-z0-9_.:\-/]+$"  # keys, file names, dotted names
    r"|^[A-Z][A-Za-z]+$|^[a-z]+[A-Z][A-Za-z0-9]*$"  # Qt class names, object names
    r"|^[A-Z0-9_]+$"  # environment variables and constants
    r"|^#[0-9a-fA-F]{3,8}$"  # colours
)
EXEMPT = "# untranslated:"
"""A line ending in `# untranslated: <why>` is for IT or the log, not the cashier."""
UI_FILES_NOT_SHOWN = {"i18n.py", "main_thread_gc.py"}


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def untranslated_literals(source: str) -> Iterator[tuple[int, str]]:
    tree = ast.parse(source)
    lines = source.splitlines()
    parents: dict[ast.AST, ast.AST] = {}
    for parent in ast.walk(tree):
        for child in ast.iter_child_nodes(parent):
            parents[child] = parent
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant | ast.JoinedStr) or id(node) in docstrings:
            continue
        text = node.value if isinstance(node, ast.Constant) else ast.unparse(node)
        if not isinstance(text, str) or not WORDS.search(text) or IDENTIFIER_LIKE.match(text):
            continue
        if isinstance(parents.get(node), ast.JoinedStr):
            continue  # judged as part of its f-string
        end = getattr(node, "end_lineno", node.lineno) or node.lineno
        if any(EXEMPT in lines[number - 1] for number in range(node.lineno, end + 1)):
            continue
        ancestor = parents.get(node)
        shown = True
        while ancestor is not None:
            if isinstance(ancestor, ast.Call) and _call_name(ancestor) in (
                TRANSLATING_CALLS | NOT_SHOWN_CALLS
            ):
                shown = False
                break
            if isinstance(ancestor, ast.Compare | ast.Subscript):
                shown = False  # compared or used as a key, not displayed
                break
            ancestor = parents.get(ancestor)
        if shown:
            yield node.lineno, text


def test_no_user_visible_literal_skips_translation() -> None:
    found = []
    for path in sorted((ROOT / "app" / "ui").glob("*.py")):
        if path.name in UI_FILES_NOT_SHOWN:
            continue
        for line, text in untranslated_literals(path.read_text(encoding="utf-8")):
            found.append(f"{path.relative_to(ROOT)}:{line}: {text[:70]!r}")
    assert not found, f"{len(found)} strings reach the screen without tr():\n" + "\n".join(found)


def test_literal_check_finds_a_bare_label() -> None:
    code = (
        'label.setText("Scan an article")\n'
        'label.setText(self.tr("Scan an article"))\n'
        'label.setObjectName("articleTitle")\n'
        'log.info("event=scan_accepted code=%s", code)\n'
        'report.write("Python version")  # untranslated: for IT\n'
    )
    assert [line for line, _ in untranslated_literals(code)] == [1]
