"""Test configuration: deterministic, offline, loud, and away from the tester's own files.

HOME and the XDG folders point into a temporary folder for the whole run, before Qt is
loaded: nothing the suite does (Qt's own settings, file dialogs, the app's settings) can
read or write the real user's configuration.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

_HOME = tempfile.mkdtemp(prefix="takeitdown-test-home-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
os.environ["HOME"] = _HOME
for _name, _sub in (
    ("XDG_CONFIG_HOME", ".config"),
    ("XDG_DATA_HOME", ".local/share"),
    ("XDG_CACHE_HOME", ".cache"),
    ("XDG_STATE_HOME", ".local/state"),
    ("XDG_RUNTIME_DIR", "runtime"),
):
    os.makedirs(os.path.join(_HOME, _sub), mode=0o700, exist_ok=True)
    os.environ[_name] = os.path.join(_HOME, _sub)
os.environ.pop("XDG_CURRENT_DESKTOP", None)  # the platform's own dialogs are never wanted

# Qt, when a test needs it, renders offscreen and in English.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "C.UTF-8"
os.environ["LC_ALL"] = "C.UTF-8"

TEST_HOME = _HOME
