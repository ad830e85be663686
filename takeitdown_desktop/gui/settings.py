"""All of the app's stored preferences, behind one class.

Nothing here identifies the person or their files: only service addresses and the
language. Tests point the class at a temporary INI file, so a developer's or a user's
real settings are never read or written by the suite.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass

from PySide6.QtCore import QSettings

from takeitdown_desktop import APP_NAME, SETTINGS_FILE, SETTINGS_FOLDER

# The organisation Qt files anything of its own under: as plain as the settings folder.
ORGANIZATION = SETTINGS_FOLDER


def _config_dir(name: str) -> str:
    from platformdirs import user_config_dir

    return user_config_dir(name, appauthor=False, roaming=True)


def default_file() -> str:
    """The settings file in the user's configuration folder (it exists only once the
    person has saved a setting)."""
    return os.path.join(_config_dir(SETTINGS_FOLDER), SETTINGS_FILE)


def _earlier_file() -> str:
    """Where earlier versions kept the settings: a folder named after the app."""
    return os.path.join(_config_dir(APP_NAME), f"{APP_NAME}.ini")


def move_earlier_settings() -> None:
    """Move settings from the app-named folder of earlier versions to the plain one, and
    remove that folder, so the app's name is no longer in the configuration folder.

    A file already in the new place wins (the earlier one is then only removed). Any
    failure leaves things as they were: settings are a convenience, never a reason not
    to start."""
    earlier, current = _earlier_file(), default_file()
    if not os.path.isfile(earlier):
        return
    try:
        if not os.path.exists(current):
            os.makedirs(os.path.dirname(current), mode=0o700, exist_ok=True)
            shutil.copyfile(earlier, current)
            os.chmod(current, 0o600)
        os.remove(earlier)
        os.rmdir(os.path.dirname(earlier))  # only if nothing else is in it
    except OSError:
        pass


@dataclass(frozen=True)
class _Key:
    name: str
    default: str


class AppSettings:
    """Typed access to stored settings; every key is declared once, here."""

    ENDPOINT_PREFIX = "endpoints/"
    LANGUAGE = _Key("ui/language", "")  # "" = follow the system

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def from_app(cls) -> AppSettings:
        move_earlier_settings()
        return cls.from_file(default_file())

    @classmethod
    def from_file(cls, path: str) -> AppSettings:
        return cls(QSettings(path, QSettings.Format.IniFormat))

    def _get(self, key: _Key) -> str:
        value = self._store.value(key.name, key.default)
        return value if isinstance(value, str) else key.default

    def endpoint(self, program: str) -> str | None:
        """The person's own choice of service address for ``program``, if any."""
        value = self._store.value(self.ENDPOINT_PREFIX + program, "")
        return value if isinstance(value, str) and value else None

    def set_endpoint(self, program: str, url: str | None) -> bool:
        """Store (or with None, forget) an address; True when that changed anything.

        Nothing is written when nothing changed: the file's mere existence says the app
        was used on this computer."""
        if (url or None) == self.endpoint(program):
            return False
        if url:
            self._store.setValue(self.ENDPOINT_PREFIX + program, url)
        else:
            self._store.remove(self.ENDPOINT_PREFIX + program)
        self._store.sync()
        return True

    def endpoint_overrides(self) -> dict[str, str]:
        self._store.beginGroup(self.ENDPOINT_PREFIX.rstrip("/"))
        try:
            keys = self._store.childKeys()
        finally:
            self._store.endGroup()
        return {k: v for k in keys if (v := self.endpoint(k))}

    @property
    def language(self) -> str:
        return self._get(self.LANGUAGE)

    def set_language(self, code: str) -> bool:
        """True when the language changed (and was written)."""
        if code == self.language:
            return False
        if code == self.LANGUAGE.default:
            self._store.remove(self.LANGUAGE.name)
        else:
            self._store.setValue(self.LANGUAGE.name, code)
        self._store.sync()
        return True

    def file_name(self) -> str:
        return self._store.fileName()
