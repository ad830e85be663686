"""Take It Down desktop: fingerprint photos and videos on this computer, send only fingerprints."""

__version__ = "0.1.0"
APP_NAME = "takeitdown-desktop"
