#!/usr/bin/env bash
# Installs what the benchmarks compare against, outside the project's own environment:
# FFmpeg (its command line makes the test clip; its development libraries let Meta's
# vpdq build) and a separate virtual environment with Meta's `vpdq` package.
# The app and its tests never need any of this.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v ffmpeg >/dev/null || ! pkg-config --exists libavcodec libavformat libswscale 2>/dev/null; then
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    $sudo_cmd apt-get install -y -qq ffmpeg pkg-config libavcodec-dev libavformat-dev libswscale-dev libavutil-dev libavfilter-dev libavdevice-dev
fi
python3 -m venv out/reference-venv
out/reference-venv/bin/pip install -q numpy vpdq
out/reference-venv/bin/python -c "import vpdq; print('vpdq ready')"
