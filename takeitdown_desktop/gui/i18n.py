"""Translation of the GUI's words, and the choice of language.

Every user-visible string goes through :func:`tr`. ``pyside6-lupdate`` collects calls
to a plain ``tr()`` into the empty context, so that is the context looked up here too;
words that come from the core (marked there with ``QT_TRANSLATE_NOOP("core", …)``) are
looked up with :func:`tr_core`. build_scripts/update_translations.sh refreshes
resources/i18n/.

:class:`Translations` installs one language at a time, ours and Qt's own, and can switch
while the app runs: Qt then sends every widget a ``LanguageChange`` event, on which each
page words itself again (``Page.retranslate``).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

# The languages the app speaks, by catalogue code, each named in its own words (the
# Settings list shows them so, whatever the current language). English is the source.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "pt_BR": "Português (Brasil)",
    "de": "Deutsch",
    "it": "Italiano",
    "pl": "Polski",
    "ar": "العربية",
    "uk": "Українська",
    "hi": "हिन्दी",
    "zh_CN": "简体中文",
}

# The script each language needs beyond Latin. Without a font for it, every word
# (Quick exit included) is drawn as empty boxes.
_SCRIPTS: dict[str, QFontDatabase.WritingSystem] = {
    "ar": QFontDatabase.WritingSystem.Arabic,
    "uk": QFontDatabase.WritingSystem.Cyrillic,
    "hi": QFontDatabase.WritingSystem.Devanagari,
    "zh_CN": QFontDatabase.WritingSystem.SimplifiedChinese,
}


def drawable(code: str) -> bool:
    """Whether this computer has a font that draws ``code``'s script (needs a QGuiApplication)."""
    script = _SCRIPTS.get(code)
    return script is None or bool(QFontDatabase.families(script))


# Right-to-left mark: a line that starts with a file name (left to right) would be laid
# out left to right in an Arabic window; this mark makes it start right to left.
RLM = "\u200f"


def line_start(text: str) -> str:
    """``text`` as a line that begins in the window's direction (see RLM)."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication) and app.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return RLM + text
    return text


# Not offered in Settings: every string about 40% longer and bracketed, so that tests
# (and a developer) see at once a string that is not translated or a layout that clips.
PSEUDO = "pseudo"

# Left-to-right isolate … pop directional isolate: a case number or PIN inside a
# right-to-left sentence keeps its own order ("TID-AB12" must not read "AB12-TID").
LRI, PDI = "\u2066", "\u2069"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text``; with ``n``, choose the plural form (``%n`` is the number)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def tr_core(text: str) -> str:
    return QCoreApplication.translate("core", text)


def ltr(text: str) -> str:
    """``text`` (a case number, a PIN, an address) isolated as left to right, so that it
    reads the same inside a right-to-left sentence."""
    return f"{LRI}{text}{PDI}" if text else text


def qt_translations_dir() -> str:
    """Where Qt's own catalogues (qtbase_xx.qm) are: PySide6's folder, also when frozen."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def locale_for(code: str) -> QLocale:
    """The locale of a catalogue code; "" follows the system."""
    if code == PSEUDO:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(code) if code else QLocale.system()


def catalogue_for(locale: QLocale) -> str | None:
    """The code of our catalogue that serves ``locale`` (Portuguese from Portugal reads
    the Brazilian one better than English), or None for English and the unknown."""
    for name in locale.uiLanguages():
        name = name.replace("-", "_")
        if name in LANGUAGES:
            return name
        language = name.split("_")[0]
        for code in LANGUAGES:
            if code.split("_")[0] == language:
                return code
    return None


# -- the pseudo-locale ---------------------------------------------------------------------

# What a pseudo-translation leaves as it is: placeholders, plural and Qt arguments,
# HTML tags, entities, and the accelerator letter after "&".
_KEEP = re.compile(r"\{\w*\}|%n|%L?\d|<[^>]*>|&\w+;|&.|\s")
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵ×ýžÀɃÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴ×ÝŽ",
)


def pseudo(text: str) -> str:
    """``text`` accented, about 40% longer and in brackets, placeholders kept exactly.

    The padding is words ("~~~~") rather than one long run, so that it wraps as a real
    translation would."""
    if not text.strip():
        return text
    out: list[str] = []
    last = 0
    for match in _KEEP.finditer(text):
        out.append(text[last : match.start()].translate(_ACCENTED))
        out.append(match.group())
        last = match.end()
    out.append(text[last:].translate(_ACCENTED))
    extra = max(2, round(len(text) * 0.4))
    padding = " ".join("~" * min(5, extra - i) for i in range(0, extra, 6))
    return "[" + "".join(out) + " " + padding + "]"


class PseudoTranslator(QTranslator):
    """Translates every string of every context (Qt's own included) into :func:`pseudo`."""

    def translate(  # noqa: D102 - Qt API
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API; an empty translator is skipped
        return False


# -- switching -----------------------------------------------------------------------------


class Translations:
    """The catalogues in use: ours, English plural forms beneath them, and Qt's own.

    ``use()`` replaces them all at once; Qt then tells every widget (``LanguageChange``).
    """

    def __init__(self, app: QCoreApplication, folder: Path) -> None:
        self._app = app
        self._folder = str(folder)
        self._installed: list[QTranslator] = []
        self.code = ""
        self.qt_loaded = False

    def use(self, code: str) -> QLocale:
        """Switch to the catalogue ``code`` ("" follows the system); returns its locale."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        locale = locale_for(code)
        # Before the translators: widgets re-word themselves (numbers included) on the
        # LanguageChange that installing them sends.
        QLocale.setDefault(locale)
        direction = Qt.LayoutDirection.LeftToRight if code == PSEUDO else locale.textDirection()
        if isinstance(self._app, QGuiApplication):
            # Set explicitly: Qt would otherwise guess it from its own catalogue, and
            # there is none for some languages (Hindi).
            self._app.setLayoutDirection(direction)
        # English plural forms ("1 photo", "2 photos") come from a catalogue too.
        # Installed first, it is consulted last: a string the chosen language lacks
        # still reads well.
        self._install(self._load("takeitdown_en", self._folder))
        if code == PSEUDO:
            self._install(PseudoTranslator(self._app))
            self.qt_loaded = False
        else:
            ours = catalogue_for(locale)
            if ours is not None and ours != "en":
                self._install(self._load(f"takeitdown_{ours}", self._folder))
            qt = self._load_qt(ours)
            self.qt_loaded = qt is not None
            self._install(qt)
            # Installed last, consulted first: Qt's words its own catalogue lacks (the
            # file chooser's "&Look in:" since Qt 6 added the "&"; all of them in Hindi).
            if ours is not None and ours != "en":
                self._install(self._load(f"qtwords_{ours}", self._folder))
        self.code = code
        return locale

    def installed(self) -> list[QTranslator]:
        return list(self._installed)

    def clear(self) -> None:
        """Remove ours and Qt's catalogues: back to the source text, left to right."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.code = ""
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        if isinstance(self._app, QGuiApplication):
            self._app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def _load(self, name: str, folder: str) -> QTranslator | None:
        translator = QTranslator(self._app)
        return translator if translator.load(name, folder) else None

    def _load_qt(self, ours: str | None) -> QTranslator | None:
        """Qt's own words (dialog buttons, the file chooser) in the language of ours:
        qtbase_pt_BR for pt_BR, qtbase_de for de. None where Qt has no catalogue."""
        if ours is None or ours == "en":
            return None
        # load() falls back from qtbase_pt_BR to qtbase_pt by itself.
        return self._load(f"qtbase_{ours}", qt_translations_dir())

    def _install(self, translator: QTranslator | None) -> None:
        if translator is not None:
            self._app.installTranslator(translator)
            self._installed.append(translator)
