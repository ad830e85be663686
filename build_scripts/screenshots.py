"""Renders every page of the app to PNG (offscreen) into docs/screenshots/.

Walks the real flow in practice mode with generated pictures, so the images show what
a person sees: at 1024x600 (a small laptop), then in a dark palette (``dark-*``), with
text at 200% (``large-text-*``), and in Arabic (right to left, ``ar-*``) and Spanish
(``es-*``). Run from the repository root:

    QT_QPA_PLATFORM=offscreen python build_scripts/screenshots.py          # all of them
    QT_QPA_PLATFORM=offscreen python build_scripts/screenshots.py ar es    # these languages only
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402
from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def wait(app: QApplication, condition, timeout: float = 120.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        app.processEvents()
        time.sleep(0.02)
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the app")


def picture(path: Path, seed: int) -> None:
    import numpy as np

    rng = np.random.default_rng(seed)
    low = rng.integers(0, 255, (6, 8, 3), dtype=np.uint8)
    Image.fromarray(low).resize((640, 480), Image.Resampling.BICUBIC).save(path, quality=90)


def dark_palette():  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#3a3a3a"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        (QPalette.ColorRole.Highlight, "#3d7cc9"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.ToolTipBase, "#4a4000"),
        (QPalette.ColorRole.ToolTipText, "#fff4c2"),
        (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
    ):
        p.setColor(role, QColor(colour))
    return p


#: Languages shown besides English (catalogue codes, as in gui/i18n.py): one right to left.
LANGUAGES = ("ar", "es")


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    from takeitdown_desktop.gui.app import install_translators
    from takeitdown_desktop.gui.privacy import seal_qt_settings

    seal_qt_settings()
    translations = install_translators(app, "en")
    languages = sys.argv[1:]
    if languages:
        for code in languages:
            translations.use(code)
            render(app, f"{code}-")
        print(f"wrote screenshots in {', '.join(languages)} to {OUT.relative_to(ROOT)}")
        return
    normal_font, normal_palette = app.font(), app.palette()
    render(app, "")
    app.setPalette(dark_palette())
    render(app, "dark-")
    app.setPalette(normal_palette)
    large = app.font()
    large.setPointSizeF(normal_font.pointSizeF() * 2)
    app.setFont(large)
    render(app, "large-text-")
    app.setFont(normal_font)
    for code in LANGUAGES:
        translations.use(code)
        render(app, f"{code}-")
    translations.use("en")
    print(f"wrote {len(list(OUT.glob('*.png')))} screenshots to {OUT.relative_to(ROOT)}")


def render(app: QApplication, prefix: str) -> None:
    from takeitdown_desktop.core.batch import BatchHasher
    from takeitdown_desktop.gui.app import app_icon, resources_dir
    from takeitdown_desktop.gui.i18n import tr
    from takeitdown_desktop.gui.main_window import AppContext, MainWindow
    from takeitdown_desktop.gui.service import Services
    from takeitdown_desktop.gui.settings import AppSettings

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings.from_file(str(Path(tmp) / "settings.ini"))
        ctx = AppContext(settings=settings, services=Services(settings, resources_dir()), pool=QThreadPool(), fingerprint_pool=QThreadPool(), hasher=BatchHasher())
        window = MainWindow(ctx, app_icon())
        window.resize(1024, 600)
        window.show()
        window.activateWindow()

        def shot(name: str) -> None:
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(OUT / f"{prefix}{name}.png"))

        shot("1-welcome")
        window.welcome.start_button.click()
        window.who.under18.setChecked(True)
        shot("2-who")
        window.who.next_button.click()
        photos = []
        for i in range(3):
            p = Path(tmp) / f"photo-{i + 1}.jpg"
            picture(p, i)
            photos.append(str(p))
        bad = Path(tmp) / "notes.pdf"
        bad.write_bytes(b"%PDF-1.4 not a photo")
        video = ROOT / "tests" / "data" / "videos" / "h264-30fps-bframes.mp4"
        window.files_page.add_paths([*photos, str(video), str(bad)])
        wait(app, lambda: not window.files.busy() and all(e.thumbnail is not None for e in window.files.entries()[:4]))
        shot("3-add-files")
        window.files_page.next_button.click()
        window.review.consent.setChecked(True)
        shot("4-review")
        window.review.send_button.click()
        wait(app, lambda: window.current_page() is window.done)
        shot("5-done")
        case, pin = window.done.case_label.text(), window.done.pin_label.text()
        # Check a copy, from the done page: a sent photo, re-compressed as a website would.
        copy = Path(tmp) / "found-online.jpg"
        Image.open(photos[0]).save(copy, quality=60)
        window.done.check_copy_button.click()
        window.copy_check.set_copy(str(copy))
        window.copy_check.check_button.click()
        checking = window.copy_check.verdict.text()
        wait(app, lambda: window.copy_check.verdict.text() not in ("", checking))
        shot("8-check-copy")
        window.start_over()  # a practice case: no question
        window.welcome.check_button.click()
        window.check.case_field.setText(case)
        window.check.pin_field.setText(pin)
        window.check.check_button.click()
        wait(app, lambda: window.check.result.text() not in ("", tr("Checking…")))
        shot("6-check-case")
        window.show_page(window.welcome)
        window.welcome.settings_button.click()
        shot("7-settings")
        window.close()


if __name__ == "__main__":
    main()
