"""F11 (the settings), Ctrl+L (the language) and the connection's setup from F11.

Store, scanner and display settings take effect at once through the till; the language
switches the whole application and is remembered in the till's own settings file.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from app.domain.text_values import filled
from app.domain.texts import translate
from app.qt import QtCore
from app.services.notices import Notice, NoticeLevel
from app.ui.i18n import LANGUAGE, UI_LANGUAGES, MissingCatalogueError

if TYPE_CHECKING:
    from app.config.settings import Settings
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class SettingsActions(QtCore.QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _say(self, notice: Notice) -> None:
        self.window.show_notice(notice)

    def open_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        till = self.window.till
        if till is None or till.user_file is None:
            here = translate("MainWindow", "Settings are not available here.")
            self._say(Notice(NoticeLevel.INFO, here))
            return
        dialog = SettingsDialog(
            till.settings,
            till.user_file,
            self.window,
            origins=till.setting_origins,
            warehouses=list(till.checkout.catalogue.warehouses.values()),
        )
        dialog.saved.connect(self.apply_settings)
        dialog.change_connection.connect(self._open_connection_setup)
        dialog.finished.connect(lambda _: self.window.dialog_closed(dialog))
        dialog.open()

    def apply_settings(self, settings: Settings) -> None:
        """Store, scanner and display settings take effect at once (the language too)."""
        till = self.window.till
        assert till is not None
        previous = till.settings.display.language
        till.apply_settings(settings)
        self.window.scanner.set_timing(settings.scanner.timing())
        self.window.stock_panel.draw(till.checkout)
        self.window.basket_panel.draw(till.checkout)  # store.currency may have changed
        self._say(Notice(NoticeLevel.INFO, translate("MainWindow", "Settings saved.")))
        if settings.display.language != previous:
            self.use_language(settings.display.language)

    def switch_language(self) -> None:
        """Ctrl+L: the next language at once, remembered for the next start.

        Only the words change: the basket, the article shown and its stock stay as they are.
        """
        code = LANGUAGE.next_code()
        if not self.use_language(code):
            return
        switched = translate("MainWindow", "Language: {language}")
        self._say(Notice(NoticeLevel.INFO, filled(switched, language=UI_LANGUAGES[code])))
        self._remember_language(code)

    def use_language(self, code: str) -> bool:
        """Switch the whole application; a missing catalogue is said, and nothing changes."""
        try:
            LANGUAGE.switch(code)
        except MissingCatalogueError as error:
            log.warning("event=language_unavailable language=%s", code)
            self._say(Notice(NoticeLevel.WARNING, error.text))
            return False
        return True

    def _remember_language(self, code: str) -> None:
        """Write `display.language` to the till's own file, as the settings dialog does."""
        from app.config.loading import SettingsError, save_user_settings

        till = self.window.till
        if till is None:
            return
        display = till.settings.display.model_copy(update={"language": code})
        till.settings = till.settings.model_copy(update={"display": display})
        if till.user_file is None:
            return
        try:
            save_user_settings(till.user_file, {"display": {"language": code}})
        except (SettingsError, OSError) as error:
            log.warning("event=language_not_saved error=%s", type(error).__name__)
            not_saved = translate(
                "MainWindow", "The language is switched but not saved for the next start: {error}"
            )
            reason = error.text if isinstance(error, SettingsError) else str(error)
            self._say(Notice(NoticeLevel.WARNING, filled(not_saved, error=reason)))

    def _open_connection_setup(self) -> None:
        from app.ui.setup_dialog import SetupDialog

        till = self.window.till
        assert till is not None and till.user_file is not None
        dialog = SetupDialog(till.user_file, till.settings.connection, self.window)
        saved = translate("MainWindow", "Connection saved. Restart Tillside to use it.")
        dialog.saved.connect(lambda _: self._say(Notice(NoticeLevel.INFO, saved)))
        dialog.finished.connect(lambda _: self.window.dialog_closed(dialog))
        dialog.open()
