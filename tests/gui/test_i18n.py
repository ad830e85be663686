"""Every string goes through tr(); every catalogue is complete, keeps every placeholder and
loads with Qt's own words beside it; the language switches at once, right to left too."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QFileDialog, QLabel, QMessageBox, QTreeView, QWidget

from takeitdown_desktop.core.case import Receipt
from takeitdown_desktop.gui.app import resources_dir
from takeitdown_desktop.gui.i18n import LANGUAGES, LRI, PDI, PSEUDO, Translations, pseudo, tr, tr_core
from tests.media_factory import good_jpeg

GUI = Path(__file__).resolve().parents[2] / "takeitdown_desktop" / "gui"
CORE = GUI.parent / "core"
LAUNCHER = GUI.parents[1] / "build_scripts" / "entry.py"
I18N = resources_dir() / "i18n"
TRANSLATED = [code for code in LANGUAGES if code != "en"]
#: Languages for which Qt ships no catalogue of its own (qtbase_xx.qm): its words (dialog
#: buttons, the file chooser) come from ours alone (qtwords_xx.ts).
NO_QT_CATALOGUE = {"hi"}
#: Qt's words that are the same in English and in a language ("Type" in French).
SAME_AS_ENGLISH = {"fr": {"Type"}, "de": {"Name"}}
#: How many plural forms each language has, as Qt counts them.
PLURAL_FORMS = {"es": 2, "fr": 2, "pt_BR": 2, "de": 2, "it": 2, "pl": 3, "ar": 6, "uk": 3, "hi": 2, "zh_CN": 1}
#: What a translation must keep exactly: placeholders, Qt's arguments, HTML tags.
PLACEHOLDER = re.compile(r"\{\w*\}|%L?\d|<[^>]+>")


def _tr_strings() -> set[str]:
    """Every string the GUI passes to tr(), and every word the core marks for translation."""
    found = set()
    for source in [*GUI.rglob("*.py"), *CORE.rglob("*.py"), LAUNCHER]:
        for node in ast.walk(ast.parse(source.read_text())):
            name = getattr(node.func, "id", None) if isinstance(node, ast.Call) else None
            if name == "tr" and node.args:  # type: ignore[union-attr]
                arg = node.args[0]  # type: ignore[union-attr]
            elif name == "QT_TRANSLATE_NOOP" and len(node.args) == 2:  # type: ignore[union-attr]
                arg = node.args[1]  # type: ignore[union-attr]
            else:
                continue
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add(arg.value)
    return found


def _forms(translation: ET.Element) -> list[str]:
    plural = [f.text or "" for f in translation.iter("numerusform")]
    return plural or [translation.text or ""]


def _lrelease() -> str:
    return str(Path(sys.executable).parent / "pyside6-lrelease")


@pytest.mark.parametrize("ts", [f"takeitdown_{code}" for code in TRANSLATED] + sorted(p.stem for p in I18N.glob("qtwords_*.ts")))
def test_lrelease_finds_nothing_unfinished(ts: str, tmp_path: Path) -> None:
    code = ts.split("_", 1)[1]
    ts = I18N / f"{ts}.ts"
    out = subprocess.run([_lrelease(), str(ts), "-qm", str(tmp_path / "x.qm")], capture_output=True, text=True, check=True)
    counts = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", out.stdout)
    assert counts is not None, out.stdout
    assert counts.group(3) == "0", f"{code}: translate the unfinished strings ({out.stdout.strip()})"
    assert "untranslated" not in out.stdout, out.stdout
    # The .qm the app loads is the one compiled from this catalogue.
    assert ts.with_suffix(".qm").read_bytes() == (tmp_path / "x.qm").read_bytes(), (
        "run build_scripts/update_translations.sh"
    )


#: Plural forms whose grammar names the number in words and writes no digits: Arabic
#: says "no file", "one file" (ملف واحد) and the dual "two files" (ملفان).
WORDED_FORMS: dict[str, tuple[int, ...]] = {"ar": (0, 1, 2)}


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_catalogue_is_complete_and_keeps_every_placeholder(code: str) -> None:
    root = ET.parse(I18N / f"takeitdown_{code}.ts").getroot()
    messages = {m.findtext("source"): m for m in root.iter("message")}
    assert _tr_strings() <= set(messages), "run build_scripts/update_translations.sh"
    for source, message in messages.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        forms = _forms(translation)
        if message.get("numerus") == "yes":
            assert len(forms) == PLURAL_FORMS[code], (code, source)
        for form, text in enumerate(forms):
            assert text.strip(), (code, source)
            assert sorted(PLACEHOLDER.findall(source or "")) == sorted(PLACEHOLDER.findall(text)), (code, source, text)
            assert (source or "").count("\n") <= text.count("\n"), (code, source)
            if message.get("numerus") == "yes":
                # A number in brackets after a word that already names it reads as
                # "one video (1)".
                assert "(%n)" not in text, (code, source, text)
                if form not in WORDED_FORMS.get(code, ()):
                    assert "%n" in text, (code, source)


def test_english_plurals(qapp: QApplication) -> None:
    assert tr("%n photo(s)", "", 1) == "1 photo"
    assert tr("%n photo(s)", "", 3) == "3 photos"
    assert tr("%n file(s) will not be sent", "", 1) == "1 file will not be sent"


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_language_loads_with_qt_words_beside_it(translations: Translations, code: str) -> None:
    locale = translations.use(code)
    assert tr("Start") != "Start"
    assert tr_core("Something went wrong. Please try again.") != "Something went wrong. Please try again."
    assert "5" in tr("%n photo(s)", "", 5)
    # Qt's own words: the buttons of its dialogs.
    cancel = QApplication.translate("QPlatformTheme", "Cancel")
    if code in NO_QT_CATALOGUE:
        assert not translations.qt_loaded
    else:
        assert translations.qt_loaded and cancel != "Cancel", code
    expected = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
    assert QApplication.layoutDirection() == expected and locale.textDirection() == expected


def test_spanish_words(translations: Translations) -> None:
    translations.use("es")
    assert tr("Start") == "Empezar"
    assert tr("Fingerprinting… {percent}%").format(percent=5) == "Creando la huella digital… 5%"
    translations.use("en")
    assert tr("Start") == "Start"


def test_polish_and_arabic_plurals(translations: Translations) -> None:
    translations.use("pl")
    assert [tr("%n photo(s)", "", n) for n in (1, 3, 5, 22)] == ["1 zdjęcie", "3 zdjęcia", "5 zdjęć", "22 zdjęcia"]
    translations.use("ar")
    assert tr("%n file(s) will not be sent", "", 3) == "لن تُرسَل 3 ملفات"
    assert tr("%n file(s) will not be sent", "", 11) == "لن يُرسَل 11 ملفًا"
    # One and two are said in words, without a digit beside them.
    assert [tr("%n video(s)", "", n) for n in (1, 2)] == ["فيديو واحد", "فيديوان"]


def test_the_system_language_is_followed(translations: Translations) -> None:
    translations.use("fr")
    # "" is the system's language: English in the tests (LANG=C).
    assert translations.use("").language() == QLocale.system().language()
    assert tr("Start") == "Start" and QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_qt_ships_a_catalogue_for_every_language_but_those_known_to_lack_one() -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    have = {code for code in TRANSLATED if (folder / f"qtbase_{code}.qm").exists()}
    assert have == set(TRANSLATED) - NO_QT_CATALOGUE


def test_pseudo_locale_is_longer_bracketed_and_keeps_placeholders(translations: Translations) -> None:
    for source in _tr_strings():
        text = pseudo(source)
        assert text.startswith("[") and text.endswith("]"), source
        assert len(text) >= len(source) * 1.3, source
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source
        assert source.count("%n") == text.count("%n"), source
    translations.use(PSEUDO)
    assert tr("Start").startswith("[") and tr("%n photo(s)", "", 2).startswith("[2 ")
    assert tr_core("It said: {reason}").endswith("]")


def test_the_language_changes_at_once_and_the_flow_stays(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.draft.choose("under18", window.ctx.services.destination("under18"))
    window.show_page(window.files_page)
    window.files_page.add_paths([str(good_jpeg(tmp_path / "a.jpg"))])
    qtbot.waitUntil(lambda: not window.files.busy(), timeout=60_000)
    window.files_page.next_button.click()
    assert window.current_page() is window.review
    window.review.consent.setChecked(True)
    window.welcome.settings_button.click()
    settings = window.settings_page
    settings.language.setCurrentIndex(settings.language.findData("de"))
    settings.save_button.click()
    QApplication.sendPostedEvents()
    # Every page speaks German now, without a restart; what was shown is still there.
    assert window.current_page() is settings and settings.title.text() == "Einstellungen"
    assert settings.message.text() == "Gespeichert."
    assert window.quick_exit_button.text() == "Schnell beenden"
    assert window.files_page.tree.topLevelItem(0).text(2) == "Fertig"
    assert window.files_page.tree.headerItem().text(2) == "Status"
    assert window.review.summary.text() == "Die Fingerabdrücke von 1 Foto werden gesendet."
    assert window.review.consent.isChecked()
    assert window.welcome.start_button.text() == "Los geht’s"
    assert window.ctx.settings.language == "de"
    # Arabic: mirrored, while the case number and PIN keep reading left to right.
    settings.language.setCurrentIndex(settings.language.findData("ar"))
    settings.save_button.click()
    QApplication.sendPostedEvents()
    assert window.isRightToLeft() and window.review.isRightToLeft()
    window.done.load("TID-ABCD-EFGH", "12345678", practice=False)
    for field in (window.done.case_label, window.done.pin_label, window.check.case_field, window.check.pin_field):
        assert field.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.draft.record(Receipt("TID-ABCD-EFGH", "12345678", "x"))
    window._to_review()
    assert f"{LRI}TID-ABCD-EFGH{PDI}" in window.review.destination.text()
    # Back to the system's language (English in the tests), at once too.
    settings.language.setCurrentIndex(0)
    settings.save_button.click()
    QApplication.sendPostedEvents()
    assert settings.title.text() == "Settings" and not window.isRightToLeft()
    assert window.files_page.tree.topLevelItem(0).text(2) == "Done"


def test_pages_reword_what_they_show(qtbot, make_window, translations: Translations) -> None:  # type: ignore[no-untyped-def]
    """Answers shown after the fact (a failure, a case's state) follow the language too."""
    window = make_window()
    window._send_failed(ConnectionError())
    window.check.show_result(lambda: tr("Checking…"))
    translations.use("fr")
    QApplication.sendPostedEvents()
    assert window.sending.message.text().startswith("Un problème est survenu. Réessayez.")
    assert window.sending.title.text() == "Les empreintes n’ont pas encore été envoyées"
    assert window.check.result.text() == "Vérification…"


def test_only_languages_this_computer_can_draw_are_offered_or_used(make_window, translations, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Hindi on a computer without a Devanagari font drew every word as boxes, Quick exit
    included, and the choice was saved. A language whose script has no font is not
    offered, and a saved one is not used (the system's language, or English, instead).
    Here German is made to need a script no test machine has a font for (Ogham)."""
    from PySide6.QtGui import QFontDatabase

    from takeitdown_desktop.gui import i18n
    from takeitdown_desktop.gui.app import drawable_language

    ogham = QFontDatabase.WritingSystem.Ogham
    assert not QFontDatabase.families(ogham)
    for code, script in i18n._SCRIPTS.items():  # the real scripts: as this computer's fonts say
        assert i18n.drawable(code) == bool(QFontDatabase.families(script))
    monkeypatch.setitem(i18n._SCRIPTS, "de", ogham)
    assert not i18n.drawable("de")
    window = make_window()
    offered = [window.settings_page.language.itemData(i) for i in range(window.settings_page.language.count())]
    assert "de" not in offered and "fr" in offered
    assert all(i18n.drawable(code) for code in offered if code)
    assert drawable_language("de") == "" and drawable_language("fr") == "fr"
    translations.use(drawable_language("de"))  # as at start-up with German saved
    assert tr("Quick exit") == "Quick exit"  # not "Schnell beenden" in boxes


def test_arabic_lines_that_begin_with_a_file_name_still_read_right_to_left(make_window, translations, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """"«a.jpg» is already in the list" and "a.jpg: reason" began with a left-to-right
    name, so Qt laid the whole line out left to right in an Arabic window."""
    from takeitdown_desktop.gui.i18n import RLM
    photo = good_jpeg(tmp_path / "a.jpg")
    broken = tmp_path / "b.jpg"
    broken.write_text("<html>not a photo</html>")
    try:
        translations.use("ar")
        window = make_window()
        window.draft.choose("under18", window.ctx.services.destination("under18"))
        window.show_page(window.files_page)
        window.files_page.add_paths([str(photo), str(broken)])
        qtbot.waitUntil(lambda: not window.files.busy(), timeout=60_000)
        window.files_page.add_paths([str(photo)])
        note = window.files_page.note.text()
        assert note.startswith(RLM) and "a.jpg" in note
        window.files_page.next_button.click()
        assert window.current_page() is window.review
        lines = window.review.skipped.text().split("\n")
        assert lines and all(line.startswith(RLM) for line in lines) and "b.jpg" in lines[0]
    finally:
        translations.use("en")
        QApplication.sendPostedEvents()
    window.files_page.add_paths([str(photo)])
    assert not window.files_page.note.text().startswith(RLM)  # left to right: no mark


def _file_chooser_words(qtbot) -> set[str]:  # type: ignore[no-untyped-def]
    """Every word Qt's file chooser shows or gives a screen reader, opening, saving and
    choosing a folder: labels, buttons, tooltips, column headers, menus, the type list."""
    words: set[str] = set()
    for accept, mode in ((QFileDialog.AcceptMode.AcceptOpen, QFileDialog.FileMode.ExistingFiles),
                         (QFileDialog.AcceptMode.AcceptSave, QFileDialog.FileMode.AnyFile),
                         (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.FileMode.Directory)):
        dialog = QFileDialog(None, "", str(Path.cwd()))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(accept)
        dialog.setFileMode(mode)
        qtbot.addWidget(dialog)
        for widget in dialog.findChildren(QWidget):
            if isinstance(widget, (QLabel, QAbstractButton)):
                words.add(widget.text())
            words |= {widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()}
            if isinstance(widget, QComboBox) and widget.objectName() == "fileTypeCombo":
                words |= {widget.itemText(i) for i in range(widget.count())}
            if isinstance(widget, QTreeView):
                model = widget.model()
                words |= {model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())}
        words |= {action.text() for action in dialog.findChildren(QAction)}
    return {word for word in words if word}


@pytest.mark.parametrize("code", TRANSLATED)
def test_qts_file_chooser_and_buttons_speak_the_language(code: str, translations: Translations, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt 6 gave the chooser's labels a mnemonic ("&Look in:"), which its catalogues do not
    translate; Hindi has no Qt catalogue at all. Not one of its words may stay English."""
    english = _file_chooser_words(qtbot)
    assert {"&Look in:", "Files of &type:", "Date Modified", "Cancel"} <= english
    translations.use(code)
    left = (_file_chooser_words(qtbot) & english) - SAME_AS_ENGLISH.get(code, set())
    assert not left, (code, sorted(left))
    if code in NO_QT_CATALOGUE:  # elsewhere Qt's catalogue has them ("&No" is Spanish too)
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, "", "", buttons.Yes | buttons.No | buttons.Ok | buttons.Cancel)
        qtbot.addWidget(box)
        assert not {button.text() for button in box.buttons()} & {"&Yes", "&No", "OK", "Cancel"}, code


def test_no_code_comment_reaches_the_translators() -> None:
    """lupdate hands a ``#:`` comment before a tr() call to translators as a note; the
    code's own comments said things like "Why sending failed, or None while sending".
    A word for translators goes in tr()'s disambiguation argument instead."""
    for ts in sorted(I18N.glob("takeitdown_*.ts")):
        assert "<extracomment>" not in ts.read_text(encoding="utf-8"), ts.name
    scanned = [*GUI.rglob("*.py"), *(f for f in CORE.rglob("*.py") if "QT_TRANSLATE_NOOP" in f.read_text())]
    for source in scanned:
        assert not re.search(r"^\s*#:", source.read_text(), re.M), f"{source.name}: use '#', not '#:'"


def test_the_two_check_buttons_are_told_apart_where_they_read_differently() -> None:
    """One "Check" served the case page ("ask the service") and Check a copy ("compare"),
    and read wrong on the latter in these languages; each now has its own message."""
    for code in ("es", "fr", "pt_BR", "de", "zh_CN"):
        root = ET.parse(I18N / f"takeitdown_{code}.ts").getroot()
        checks = {m.findtext("comment"): m.findtext("translation") for m in root.iter("message") if m.findtext("source") == "Check"}
        assert set(checks) == {"button: ask the service how the case stands", "button: compare the copy found online with the originals"}
        assert len(set(checks.values())) == 2, (code, checks)


#: Words a native-level review found wrong for "case", and where: French "dossier" is
#: also a folder, Chinese 案件 sounds criminal, Italian "pratica" is bureaucratic and
#: sits next to "prova" (practice); Ukrainian "перегляди" read as "views" for previews.
REVIEWED_AWAY = {"fr": ("case", "dossier"), "zh_CN": ("case", "案件"), "it": ("case", "pratica"), "uk": ("preview", "перегляд")}


@pytest.mark.parametrize("code", sorted(REVIEWED_AWAY))
def test_words_the_review_replaced_stay_replaced(code: str) -> None:
    concept, word = REVIEWED_AWAY[code]
    root = ET.parse(I18N / f"takeitdown_{code}.ts").getroot()
    for message in root.iter("message"):
        source = (message.findtext("source") or "").lower()
        translation = message.find("translation")
        assert translation is not None
        if concept in source:
            assert all(word not in form.lower() for form in _forms(translation)), (code, source)


def test_hindi_back_is_not_the_word_for_withdraw() -> None:
    """"Back" was वापस, beside the withdraw buttons (वापस लें)."""
    hindi = {m.findtext("source"): m.findtext("translation") for m in ET.parse(I18N / "takeitdown_hi.ts").getroot().iter("message")}
    assert "वापस" in (hindi["Withdraw"] or "") and "वापस" not in (hindi["Back"] or "")
