# Run-time hook of the frozen app, in place of PyInstaller's PySide6 hook: it only tells Qt
# where its plugins are, without importing Qt, so the command line and the fingerprinting
# workers start without loading QtCore and ICU. PySide6 makes its own qt.conf on import.
import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6") if sys.platform.startswith("win") else os.path.join(sys._MEIPASS, "PySide6", "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
del _qt
