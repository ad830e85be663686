"""Take It Down desktop: fingerprint photos and videos on this computer, send only fingerprints."""

__version__ = "0.1.0"
APP_NAME = "takeitdown-desktop"
# Where the app's settings live, under the user's configuration folder. Deliberately
# plain: on a shared computer, a folder named after the app would tell whoever lists the
# folder that it was used, and so what for. Here, without Qt, because the launcher reads
# the chosen language when Qt cannot start (build_scripts/entry.py).
SETTINGS_FOLDER = "hash-helper"
SETTINGS_FILE = "settings.ini"
