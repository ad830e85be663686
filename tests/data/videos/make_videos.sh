#!/usr/bin/env bash
# How the small fixture clips here were made (Debian's ffmpeg 5.1, lavfi test sources).
# Users never need ffmpeg: the app decodes with OpenCV. Expected hashes in
# expected.json come from Meta's vpdq (python package `vpdq`, built against FFmpeg):
#   python make_expected.py
set -euo pipefail
cd "$(dirname "$0")"
F="ffmpeg -hide_banner -loglevel error -y"
$F -f lavfi -i "testsrc2=size=320x240:rate=30:duration=4" -c:v libx264 -preset medium -crf 30 -bf 3 -pix_fmt yuv420p -movflags +faststart h264-30fps-bframes.mp4
$F -f lavfi -i "testsrc2=size=320x240:rate=30000/1001:duration=4" -c:v libx264 -preset medium -crf 30 -bf 3 -pix_fmt yuv420p -movflags +faststart h264-29.97fps.mp4
$F -f lavfi -i "testsrc2=size=320x240:rate=25:duration=3" -c:v libx265 -x265-params log-level=error -crf 32 -tag:v hvc1 -pix_fmt yuv420p hevc-25fps.mp4
$F -f lavfi -i "testsrc2=size=320x240:rate=24:duration=3" -c:v libvpx-vp9 -b:v 150k -pix_fmt yuv420p vp9-24fps.webm
$F -f lavfi -i "testsrc2=size=320x240:rate=15:duration=3" -c:v mjpeg -q:v 16 -pix_fmt yuvj420p mjpeg-15fps.avi
$F -f lavfi -i "testsrc2=size=320x240:rate=30:duration=0.5" -c:v libx264 -crf 30 -pix_fmt yuv420p half-second.mp4
$F -f lavfi -i "sine=frequency=440:duration=1" -c:a aac -b:a 32k sound-only.m4a
$F -f lavfi -i "sine=frequency=440:duration=1" -c:a aac -b:a 32k -f mp4 sound-only-mp4.mp4
# A phone-style clip: frames stored landscape, shown rotated 90 degrees clockwise. This
# ffmpeg cannot set the display matrix while muxing, so write it into the track header.
tmp=$(mktemp --suffix=.mov)
$F -f lavfi -i "testsrc2=size=320x240:rate=30:duration=3" -c:v libx264 -crf 30 -bf 2 -pix_fmt yuv420p -f mov "$tmp"
python3 - "$tmp" rotated-phone.mov <<'PY'
import struct, sys
data = bytearray(open(sys.argv[1], "rb").read())
i = data.index(b"tkhd")
version = data[i + 4]
offset = i + 4 + 4 + (8 + 8 + 4 + 4 + 8 if version == 1 else 4 + 4 + 4 + 4 + 4) + 8 + 2 + 2 + 2 + 2
data[offset : offset + 36] = struct.pack(">9i", 0, 0x10000, 0, -0x10000, 0, 0, 240 << 16, 0, 0x40000000)
open(sys.argv[2], "wb").write(bytes(data))
PY
rm -f "$tmp"
