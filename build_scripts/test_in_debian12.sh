#!/usr/bin/env bash
# Tries the Linux installers on a clean, minimal Debian 12 (bookworm), as root:
#   bash build_scripts/test_in_debian12.sh [CHROOT_DIR]
# after `python build_scripts/build.py`. The .deb is installed with apt, which brings only
# the libraries it declares; then the installed app, the unpacked .tar.zst and the
# AppImage each run their --self-test, offscreen and on an X display (Xvfb on this machine, shared into the
# chroot), where the self-test fingerprints a photo and a video, opens and withdraws a
# practice case and paints the window through Qt's xcb platform.
set -euo pipefail
cd "$(dirname "$0")/.."
root=${1:-/tmp/takeitdown-debian12}
deb=$(ls dist/takeitdown-desktop_*_amd64.deb)
tarball=$(ls dist/takeitdown-desktop-*-linux-x86_64.tar.zst)
appimage=$(ls dist/takeitdown-desktop-*-x86_64.AppImage)

if [ ! -x "$root/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >/dev/null
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
mounts=(proc sys dev tmp/.X11-unix)
mkdir -p "$root/tmp/.X11-unix"
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --rbind /dev "$root/dev"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
xvfb_pid=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    for m in "${mounts[@]}"; do umount -R "$root/$m" 2>/dev/null || true; done
}
trap cleanup EXIT

in_root() { chroot "$root" env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

echo "== installing $(basename "$deb") with apt"
cp "$deb" "$root/tmp/app.deb"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/app.deb >/dev/null
in_root dpkg -s takeitdown-desktop | grep -E '^(Status|Version)'
test -f "$root/usr/share/applications/org.takeitdown_desktop.TakeItDown.desktop"

echo "== installed app, offscreen"
in_root env QT_QPA_PLATFORM=offscreen takeitdown-desktop --self-test

echo "== unpacked archive, offscreen (not installed: run from the folder)"
rm -rf "$root/tmp/unpacked" && mkdir -p "$root/tmp/unpacked"
zstd -dc "$tarball" | tar -x -C "$root/tmp/unpacked"
folder=$(ls "$root/tmp/unpacked")
in_root env QT_QPA_PLATFORM=offscreen "/tmp/unpacked/$folder/takeitdown-desktop" --self-test

echo "== AppImage, offscreen (unpacked by its runtime: a chroot has no fusermount3)"
cp "$appimage" "$root/tmp/app.AppImage"
in_root env QT_QPA_PLATFORM=offscreen APPIMAGE_EXTRACT_AND_RUN=1 TMPDIR=/tmp /tmp/app.AppImage --self-test

if command -v Xvfb >/dev/null; then
    display=:$((90 + RANDOM % 100))
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 2
    echo "== installed app on an X display ($display)"
    in_root env DISPLAY="$display" QT_QPA_PLATFORM=xcb takeitdown-desktop --self-test
    echo "== unpacked archive on an X display"
    in_root env DISPLAY="$display" QT_QPA_PLATFORM=xcb "/tmp/unpacked/$folder/takeitdown-desktop" --self-test
    echo "== AppImage on an X display"
    in_root env DISPLAY="$display" QT_QPA_PLATFORM=xcb APPIMAGE_EXTRACT_AND_RUN=1 TMPDIR=/tmp /tmp/app.AppImage --self-test
fi
echo "Debian 12: the .deb installs and the three builds pass their self-test"
