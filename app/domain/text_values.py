"""Values for a `Text`'s placeholders, given apart from the `translate` call lupdate reads.

Qt's lupdate (6.x) extracts `translate("Context", "source")` only when every argument is
positional: `translate("Scan", "Unknown code {code}", code=x)` is skipped without a warning,
and its text never reaches the catalogues. So messages with values are written
`filled(translate("Scan", "Unknown code {code}"), code=x)`; tests/domain/test_message_texts.py
checks lupdate finds every call below the UI.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from app.domain.texts import Text


def filled(text: Text, /, **values: Any) -> Text:
    """`text` with values for its `{placeholders}` (a value may itself be a Text)."""
    return Text(text.context, text.source, MappingProxyType({**text.values, **values}))


def joined(separator: str, texts: list[Text]) -> Text:
    """Texts one after another (a list, lines): each is translated where it is shown."""
    names = [f"part{index}" for index in range(len(texts))]
    template = separator.join(f"{{{name}}}" for name in names)
    return Text("", template, MappingProxyType(dict(zip(names, texts, strict=True))))
