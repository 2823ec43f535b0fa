"""User-visible texts made below the UI, kept translatable without importing Qt.

Layers under `app.ui` must not import Qt, yet their messages (a scan problem, Ongoing being
away, a refused order) reach the cashier. They return a `Text`: the English source, the
translation context and the values for its `{placeholders}`. The UI translates the source
with Qt's translator and fills in the values when it shows the text (`app.ui.i18n.shown`);
`str(text)` is the English version for logs, the command line and tests.

`translate(context, source)` builds one; `filled(text, name=value)` (app.domain.text_values)
adds the values. Qt's `lupdate` picks up every call named `translate` whose arguments are
two literal strings, so these texts land in `resources/translations/*.ts` with the UI's
own; it silently skips a call with keyword arguments, which is why values are given apart.
Use named placeholders only (`{count}`, never `{}`), so a translation may put them in any
order; a test checks every translation keeps exactly the source's placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

_NO_VALUES: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Text:
    """An English source text with its context and values, translated where it is shown."""

    context: str
    source: str
    values: Mapping[str, Any] = field(default_factory=lambda: _NO_VALUES)

    def render(self, template: str) -> str:
        """Fill the values into `template` (the source or a translation of it).

        Values that are themselves `Text` are given as they are; `shown` in the UI
        translates them first.
        """
        return template.format_map(self.values)

    def __str__(self) -> str:
        return self.render(self.source)


def translate(context: str, source: str, /) -> Text:
    """Mark `source` for translation in `context`; the UI translates it when shown."""
    return Text(context, source)


def as_text(value: Text | str) -> Text:
    """A plain string (Ongoing's own words, a value typed by someone) as an untranslated Text."""
    if isinstance(value, Text):
        return value
    return Text("", "{text}", MappingProxyType({"text": value}))


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark a plain string (a setting's help text, a column title) for lupdate; returns it as is.

    For strings that must stay `str` where they are declared; the UI translates them with
    `QCoreApplication.translate(context, source)` when shown.
    """
    return source
