"""The root of every error a person is told about: it carries one translatable text.

A refused quantity, a setting typed wrong, a full disk, Ongoing being away: whatever layer
raises it, the error holds exactly one `Text` (app.domain.texts) saying what happened and
what to do. The UI shows `error.text` in the person's language; `str(error)` is its
English, for the command line, logs and tests. Subclasses keep their facts (a status code,
a path, a problem kind) as attributes of their own, never as a second message.
"""

from __future__ import annotations

from app.domain.texts import Text, as_text


class TillsideError(Exception):
    """An error with one message for a person: `text`, translated where it is shown.

    A plain string is taken as an untranslated text (words from outside, or messages only
    ever shown in English, such as the command line's).
    """

    text: Text

    def __init__(self, text: Text | str) -> None:
        self.text = as_text(text)
        super().__init__(str(self.text))

    def __str__(self) -> str:
        return str(self.text)  # the text may be worded afresh after raising (see app.ongoing)
