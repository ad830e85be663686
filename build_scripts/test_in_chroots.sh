#!/usr/bin/env bash
# Tries the AppImage and the unpacked archive on minimal Debian 12, Ubuntu 22.04 and
# Ubuntu 24.04 that have only the libraries a stock desktop has, as root:
#   bash build_scripts/test_in_chroots.sh [SUITE...]     (default: bookworm jammy noble)
# after `python build_scripts/build.py`. Each system is made with debootstrap (kept in
# /tmp/takeitdown-chroot-SUITE for the next run), given a desktop's libraries but not
# libxcb-cursor0, which stock Ubuntu lacks and the two builds carry; then, on an X display
# (Xvfb on this machine, shared into the chroot):
# - the AppImage runs its --self-test (unpacked by its runtime: a chroot has no FUSE);
# - the archive's "Take It Down.desktop" is started as GNOME's `gio launch` starts it,
#   from its folder, and must paint its window.
# The .deb has its own script: build_scripts/test_in_debian12.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
appimage=$(realpath dist/takeitdown-desktop-*-x86_64.AppImage)
tarball=$(realpath dist/takeitdown-desktop-*-linux-x86_64.tar.zst)
suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=(bookworm jammy noble)

# What every desktop of these installs that the builds link (the .deb's Depends, less
# libxcb-cursor0), GLib's gio, and zstd to unpack the archive. Ubuntu 24.04 renamed
# some for 64-bit time ("t64").
desktop=(libgl1 libegl1 libfontconfig1 fonts-dejavu-core libfreetype6 libdbus-1-3 libxkbcommon-x11-0 libxcb-icccm4
    libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0
    libxcb-xkb1 libx11-xcb1 libxcb-glx0 libwayland-client0 libwayland-cursor0 libwayland-egl1 libsqlite3-0 libffi8
    libbz2-1.0 libuuid1 libglib2.0-bin zstd)
renamed_t64=(libssl3t64 libreadline8t64 libglib2.0-0t64)
renamed_not=(libssl3 libreadline8 libglib2.0-0)

command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null
command -v Xvfb >/dev/null || apt-get install -y -qq xvfb >/dev/null
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
mounted=()
cleanup() {
    kill "$xvfb_pid" 2>/dev/null || true
    for m in "${mounted[@]}"; do umount -R "$m" 2>/dev/null || true; done
}
trap cleanup EXIT
sleep 2

for suite in "${suites[@]}"; do
    root=/tmp/takeitdown-chroot-$suite
    if [ ! -x "$root/usr/bin/apt-get" ]; then
        echo "== making a minimal $suite"
        if [ "$suite" = bookworm ]; then
            debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >/dev/null
        else
            # Debian has no Ubuntu keyring to check the first download with; the system
            # made carries Ubuntu's, which checks everything apt installs after.
            debootstrap --variant=minbase --no-check-gpg --components=main,universe "$suite" "$root" \
                http://archive.ubuntu.com/ubuntu /usr/share/debootstrap/scripts/gutsy >/dev/null
        fi
    fi
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    mkdir -p "$root/tmp/.X11-unix"
    mount -t proc proc "$root/proc" && mounted+=("$root/proc")
    mount --rbind /dev "$root/dev" && mounted+=("$root/dev")
    mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix" && mounted+=("$root/tmp/.X11-unix")
    in_root() { chroot "$root" env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
    in_root apt-get update -qq
    if [ "$suite" = noble ]; then extra=("${renamed_t64[@]}"); else extra=("${renamed_not[@]}"); fi
    in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${desktop[@]}" "${extra[@]}" >/dev/null
    if in_root sh -c 'ldconfig -p | grep -q libxcb-cursor'; then
        echo "$suite: libxcb-cursor is installed; this run would not show the builds carry it" >&2
        exit 1
    fi

    echo "== $suite: the AppImage on an X display ($display)"
    cp "$appimage" "$root/tmp/app.AppImage"
    in_root env DISPLAY="$display" QT_QPA_PLATFORM=xcb APPIMAGE_EXTRACT_AND_RUN=1 TMPDIR=/tmp /tmp/app.AppImage --self-test

    echo "== $suite: the archive's desktop entry, as gio launch starts it"
    rm -rf "$root/tmp/unpacked" && mkdir -p "$root/tmp/unpacked"
    zstd -dc "$tarball" | tar -x -C "$root/tmp/unpacked"
    folder=$(ls "$root/tmp/unpacked")
    rm -f "$root/tmp/launched.txt"
    in_root sh -c "cd '/tmp/unpacked/$folder' && DISPLAY=$display QT_QPA_PLATFORM=xcb TAKEITDOWN_REPORT_FIRST_PAINT=quit \
        gio launch 'Take It Down.desktop' > /tmp/launched.txt 2>&1"
    for _ in $(seq 60); do grep -q first-paint "$root/tmp/launched.txt" && break; sleep 1; done
    grep -q first-paint "$root/tmp/launched.txt" || { cat "$root/tmp/launched.txt"; exit 1; }
    echo "$suite: the window was painted"

    for m in "${mounted[@]}"; do umount -R "$m" 2>/dev/null || true; done
    mounted=()
done
echo "the AppImage and the archive open their window on: ${suites[*]}"
