"""Test configuration: deterministic, offline, and loud."""

from __future__ import annotations

import os

# Qt, when a test needs it, renders offscreen and in English.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "C.UTF-8"
os.environ["LC_ALL"] = "C.UTF-8"
