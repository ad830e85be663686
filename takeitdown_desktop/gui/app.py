"""Start-up: the application object, language, icon, crash handler and the window."""

from __future__ import annotations

import gc
import logging
import os
import signal
import sys
import threading
import types
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from takeitdown_desktop import APP_NAME, __version__
from takeitdown_desktop.gui.i18n import Translations, tr
from takeitdown_desktop.gui.settings import ORGANIZATION

log = logging.getLogger(__name__)


def resources_dir() -> Path:
    """Where icons, translations and endpoints.json live, from source or frozen."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (64, 256, 512):
        path = resources_dir() / "icons" / f"app-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    return icon


def drawable_language(language: str) -> str:
    """``language`` ("" for the system's), or what to use instead where this computer has
    no font for its script (Hindi, Chinese on a bare Linux), which would show every word
    as boxes, Quick exit included: the system's language, else English. The saved choice
    is left as it is, for a computer that gains the font. Needs a QGuiApplication."""
    from takeitdown_desktop.gui.i18n import catalogue_for, drawable, locale_for

    if language and not drawable(language):
        language = ""
    if not language and not drawable(catalogue_for(locale_for("")) or "en"):
        language = "en"
    return language


def install_translators(app: QApplication, language: str) -> Translations:
    """Load our strings and Qt's own (dialog buttons) for ``language`` or the system's
    (or what ``drawable_language`` puts in its place)."""
    translations = Translations(app, resources_dir() / "i18n")
    translations.use(drawable_language(language))
    return translations


def install_crash_handler() -> None:
    """A calm message instead of a vanishing window; nothing identifying is written."""

    def show(exc_type: type[BaseException]) -> None:
        # Only the kind of error is logged: messages and tracebacks can contain file names.
        log.error("unexpected error: %s", exc_type.__name__)
        if QApplication.instance() is None:
            return
        QMessageBox.critical(
            None,
            tr("Something went wrong"),
            tr(
                "Something went wrong inside the app. Your photos and videos have not been sent "
                "anywhere. You can close the app and open it again."
            ),
        )

    def hook(exc_type: type[BaseException], exc: BaseException, tb: types.TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        show(exc_type)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        exc_type = args.exc_type
        # Show it from the GUI thread.
        QTimer.singleShot(0, lambda: show(exc_type))

    sys.excepthook = hook
    threading.excepthook = thread_hook


def build_window(translations: Translations | None = None) -> object:
    from takeitdown_desktop.gui.main_window import AppContext, MainWindow
    from takeitdown_desktop.gui.service import Services
    from takeitdown_desktop.gui.settings import AppSettings

    settings = AppSettings.from_app()
    ctx = AppContext(
        settings=settings,
        services=Services(settings, resources_dir()),
        pool=QThreadPool.globalInstance(),
        translations=translations,
    )
    return MainWindow(ctx, app_icon())


class _FirstPaint(QObject):
    """Reports when the window is first painted, for benchmarks/bench_gui.py."""

    def __init__(self, quit_after: bool) -> None:
        super().__init__()
        self.quit_after = quit_after
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            # Printed after the paint completes, so the time covers the whole first frame.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        sys.stdout.write("first-paint\n")
        sys.stdout.flush()
        if self.quit_after:
            QApplication.quit()


def main(files: Sequence[str] = ()) -> int:
    from takeitdown_desktop.gui.privacy import seal_qt_settings

    # Before anything of Qt's can read or write its own settings (the file dialog's
    # history): see privacy.py.
    seal_qt_settings()
    # Qt's own dialogs everywhere: the platform's keep lists of recently used files.
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName("Take It Down")
    QApplication.setApplicationVersion(__version__)
    QApplication.setOrganizationName(ORGANIZATION)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setWindowIcon(app_icon())
    from takeitdown_desktop.gui.settings import AppSettings

    translations = install_translators(app, AppSettings.from_app().language)
    install_crash_handler()
    window = build_window(translations)
    probe = None
    if os.environ.get("TAKEITDOWN_REPORT_FIRST_PAINT"):
        probe = _FirstPaint(os.environ["TAKEITDOWN_REPORT_FIRST_PAINT"] == "quit")
        app.installEventFilter(probe)  # the first widget painted, wherever it is
    window.show()  # type: ignore[attr-defined]
    if files:
        window.open_files(list(files))  # type: ignore[attr-defined]
    app.aboutToQuit.connect(window.shutdown)  # type: ignore[attr-defined]
    window.quit_requested.connect(lambda: app.exit(0))  # type: ignore[attr-defined]
    # Quit cleanly on SIGTERM/SIGINT (logging out, Ctrl+C), without asking anything:
    # exit() rather than quit(), which would ask the window first. Python only sees
    # signals between bytecodes, so a timer lets it look now and then.
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: app.exit(0))
    ticker = QTimer(interval=250)
    ticker.timeout.connect(lambda: None)
    ticker.start()
    # Everything made while starting (Qt's wrappers, modules, translations) lives as long
    # as the app: set it aside from the cycle collector, whose full passes otherwise walk
    # it all again and again, and stall the window for tens of milliseconds mid-work.
    QTimer.singleShot(0, gc.freeze)
    code = app.exec()
    if window.quick_exiting:  # type: ignore[attr-defined]
        # The work was stopped and the worker processes ended; leave now rather than wait
        # for threads still finishing a frame. Nothing is left to write.
        sys.stdout.flush()
        os._exit(0)
    return code
