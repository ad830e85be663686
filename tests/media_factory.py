"""Bad and awkward files, made on the spot for the bad-input tests."""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path

from PIL import Image

from tests.helpers import synthetic_rgb


def good_jpeg(path: Path, seed: int = 1, size: tuple[int, int] = (240, 320)) -> Path:
    Image.fromarray(synthetic_rgb(*size, seed=seed)).save(path, format="JPEG", quality=90)
    return path


def truncated_jpeg(path: Path) -> Path:
    buf = io.BytesIO()
    Image.fromarray(synthetic_rgb(400, 500, seed=2)).save(buf, format="JPEG", quality=90)
    path.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    return path


def png_bomb(path: Path, width: int = 100_000, height: int = 100_000) -> Path:
    """A tiny PNG whose header claims an enormous image."""
    buf = io.BytesIO()
    Image.new("L", (8, 8)).save(buf, format="PNG")
    data = bytearray(buf.getvalue())
    ihdr = data.index(b"IHDR")
    data[ihdr + 4 : ihdr + 12] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[ihdr : ihdr + 17])) & 0xFFFFFFFF
    data[ihdr + 17 : ihdr + 21] = struct.pack(">I", crc)
    path.write_bytes(bytes(data))
    return path


def wav(path: Path) -> Path:
    samples = b"\x00\x00" * 800
    header = b"RIFF" + struct.pack("<I", 36 + len(samples)) + b"WAVEfmt "
    header += struct.pack("<IHHIIHH", 16, 1, 1, 8000, 16000, 2, 16) + b"data" + struct.pack("<I", len(samples))
    path.write_bytes(header + samples)
    return path


def bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (path, expected error code)."""
    folder.mkdir(parents=True, exist_ok=True)
    made: dict[str, tuple[Path, str]] = {}

    empty = folder / "empty.jpg"
    empty.write_bytes(b"")
    made["empty"] = (empty, "empty")
    made["truncated"] = (truncated_jpeg(folder / "truncated.jpg"), "damaged")
    rnd = folder / "random.jpg"
    rnd.write_bytes(os.urandom(4096))
    made["random bytes"] = (rnd, "unsupported")
    html = folder / "page.jpg"
    html.write_text("<!doctype html><html><body>not a photo</body></html>")
    made["html named .jpg"] = (html, "unsupported")
    svg = folder / "drawing.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>')
    made["svg"] = (svg, "unsupported")
    made["decompression bomb"] = (png_bomb(folder / "bomb.png"), "too_large")
    made["sound"] = (wav(folder / "voice.wav"), "unsupported")
    fake_header = folder / "header-only.png"
    fake_header.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    made["png signature only"] = (fake_header, "damaged")
    dangling = folder / "gone.jpg"
    os.symlink(folder / "does-not-exist.jpg", dangling)
    made["dangling symlink"] = (dangling, "not_found")
    return made


def float_rgb_tiff(path: Path, width: int = 16, height: int = 8) -> Path:
    """An intact TIFF of 32-bit float RGB samples, as HDR and scientific tools save them."""
    pixels = struct.pack(f"<{width * height * 3}f", *[(i % 97) / 97.0 for i in range(width * height * 3)])
    entries = [
        (256, 3, 1, width),  # ImageWidth
        (257, 3, 1, height),  # ImageLength
        (258, 3, 3, 0),  # BitsPerSample: 32,32,32 (value at an offset)
        (259, 3, 1, 1),  # Compression: none
        (262, 3, 1, 2),  # Photometric: RGB
        (273, 4, 1, 0),  # StripOffsets
        (277, 3, 1, 3),  # SamplesPerPixel
        (278, 3, 1, height),  # RowsPerStrip
        (279, 4, 1, len(pixels)),  # StripByteCounts
        (339, 3, 3, 0),  # SampleFormat: float,float,float (value at an offset)
    ]
    ifd_at = 8
    ifd_size = 2 + 12 * len(entries) + 4
    bits_at = ifd_at + ifd_size
    formats_at = bits_at + 6
    data_at = formats_at + 6
    ifd = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        if tag == 258:
            value = bits_at
        elif tag == 339:
            value = formats_at
        elif tag == 273:
            value = data_at
        if kind == 3 and count == 1:
            ifd += struct.pack("<HHIHH", tag, kind, count, value, 0)
        else:
            ifd += struct.pack("<HHII", tag, kind, count, value)
    ifd += struct.pack("<I", 0)
    body = b"II*\x00" + struct.pack("<I", ifd_at) + ifd + struct.pack("<3H", 32, 32, 32) + struct.pack("<3H", 3, 3, 3)
    path.write_bytes(body + pixels)
    return path


def mjpeg_clip(path: Path, frames: int, *, fps: int = 30, width: int = 640, height: int = 480, seed: int = 1) -> Path:
    """A long, cheap-to-make video: a picture sliding sideways, in MJPEG, made with FFmpeg."""
    import av
    import numpy as np

    base = synthetic_rgb(height, width, seed=seed)
    with av.open(str(path), "w", format="avi") as out:
        stream = out.add_stream("mjpeg", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuvj420p"
        for i in range(frames):
            frame = av.VideoFrame.from_ndarray(np.roll(base, i * 3, axis=1), format="rgb24")
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    return path


def set_mov_rotation(source: Path, target: Path, degrees_clockwise: int = 90) -> Path:
    """Write a display matrix into an MP4/MOV track header, as phones do (FFmpeg 5.1 cannot
    set one while muxing)."""
    data = bytearray(source.read_bytes())
    i = data.index(b"tkhd")
    version = data[i + 4]
    offset = i + 4 + 4 + (8 + 8 + 4 + 4 + 8 if version == 1 else 4 + 4 + 4 + 4 + 4) + 8 + 2 + 2 + 2 + 2
    one = 0x10000
    matrices = {90: (0, one, 0, -one, 0, 0), 180: (-one, 0, 0, 0, -one, 0), 270: (0, -one, 0, one, 0, 0)}
    a, b, u, c, d, v = matrices[degrees_clockwise]
    data[offset : offset + 36] = struct.pack(">9i", a, b, u, c, d, v, 0, 0, 0x40000000)
    target.write_bytes(bytes(data))
    return target


#: name -> ffmpeg arguments after the input, for phone-style and awkward videos. Sizes,
#: sources and encoder settings differ from the committed clips and the benchmarks'.
PHONE_CORPUS: dict[str, tuple[str, list[str]]] = {
    "h264-bt709-limited.mp4": ("testsrc2=size=352x288:rate=30:duration=3", [
        "-vf", "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p", "-c:v", "libx264", "-crf", "28",
        "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv"]),
    "h264-bt709-full.mp4": ("testsrc2=size=352x288:rate=30:duration=3", [
        "-vf", "scale=out_color_matrix=bt709:out_range=pc,format=yuv420p", "-c:v", "libx264", "-crf", "28",
        "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "pc"]),
    "hevc-bt709-limited.mp4": ("mandelbrot=size=320x240:rate=30", [
        "-t", "3", "-vf", "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p", "-c:v", "libx265",
        "-x265-params", "log-level=error", "-crf", "30", "-tag:v", "hvc1",
        "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv"]),
    "hevc-bt709-full.mp4": ("testsrc2=size=320x240:rate=30:duration=3", [
        "-vf", "scale=out_color_matrix=bt709:out_range=pc,format=yuv420p", "-c:v", "libx265",
        "-x265-params", "log-level=error", "-crf", "30", "-tag:v", "hvc1",
        "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "pc"]),
    "hevc-hlg-10bit.mov": ("testsrc2=size=352x288:rate=30:duration=3", [
        "-vf", "scale=out_color_matrix=bt2020:out_range=tv,format=yuv420p10le", "-c:v", "libx265",
        "-x265-params", "log-level=error:colorprim=bt2020:transfer=arib-std-b67:colormatrix=bt2020nc",
        "-crf", "30", "-tag:v", "hvc1", "-colorspace", "bt2020nc", "-color_primaries", "bt2020",
        "-color_trc", "arib-std-b67"]),
    "h264-10bit.mp4": ("smptehdbars=size=320x180:rate=25:duration=3", [
        "-vf", "format=yuv420p10le", "-c:v", "libx264", "-crf", "26", "-colorspace", "bt709"]),
    "mpeg2-interlaced.ts": ("testsrc2=size=720x576:rate=25:duration=3", [
        "-vf", "format=yuv420p", "-c:v", "mpeg2video", "-flags", "+ilme+ildct", "-top", "1", "-b:v", "3M",
        "-f", "mpegts"]),
    "h264-interlaced.mts": ("testsrc2=size=720x480:rate=30000/1001:duration=3", [
        "-vf", "format=yuv420p", "-c:v", "libx264", "-flags", "+ilme+ildct", "-x264-params", "interlaced=1:tff=1",
        "-crf", "28", "-f", "mpegts"]),
    "av1.mp4": ("testsrc2=size=352x288:rate=24:duration=3", [
        "-vf", "format=yuv420p", "-c:v", "libaom-av1", "-cpu-used", "8", "-crf", "45", "-b:v", "0"]),
    "vp9.webm": ("mandelbrot=size=320x240:rate=25", ["-t", "3", "-vf", "format=yuv420p", "-c:v", "libvpx-vp9", "-b:v", "200k"]),
    "hevc.mkv": ("testsrc2=size=256x144:rate=50:duration=3", [
        "-vf", "format=yuv420p", "-c:v", "libx265", "-x265-params", "log-level=error", "-crf", "32"]),
    "variable-rate.mp4": ("testsrc2=size=320x240:rate=30:duration=4", [
        "-vf", "setpts='if(lt(N,40),N,40+(N-40)*2)/30/TB'", "-fps_mode", "vfr", "-c:v", "libx264", "-crf", "28",
        "-pix_fmt", "yuv420p"]),
    "animated.gif": ("testsrc2=size=200x150:rate=10:duration=3", []),
    # Odd sizes take swscale's general scaler (as 10-bit does), where FFmpeg 8 changed
    # its chroma rule: odd width and height at 10 bits, odd height at 8 bits, full range.
    "vp9-10bit-odd.webm": ("mandelbrot=size=321x241:rate=25", [
        "-t", "3", "-vf", "format=yuv420p10le", "-c:v", "libvpx-vp9", "-profile:v", "2", "-b:v", "300k"]),
    "vp9-odd.webm": ("mandelbrot=size=318x239:rate=25", [
        "-t", "3", "-vf", "format=yuv420p", "-c:v", "libvpx-vp9", "-b:v", "200k"]),
    "mjpeg-odd.avi": ("cellauto=size=175x97:rate=10", [
        "-t", "3", "-vf", "format=yuvj420p", "-c:v", "mjpeg", "-q:v", "5"]),
}


#: Encoders the corpora below ask FFmpeg's command line for (Debian's ffmpeg has them all).
CORPUS_ENCODERS = ("libx264", "libx265", "libaom-av1", "libvpx-vp9", "mpeg2video", "mjpeg", "gif", "flac", "libopus", "aac")


def missing_encoders(ffmpeg: str) -> list[str]:
    import subprocess

    listed = subprocess.run([ffmpeg, "-hide_banner", "-encoders"], capture_output=True, text=True).stdout
    names = {line.split()[1] for line in listed.splitlines() if len(line.split()) > 1}
    return [name for name in CORPUS_ENCODERS if name not in names]


def ffmpeg_make(ffmpeg: str, args: list[str]) -> None:
    import subprocess

    subprocess.run([ffmpeg, "-hide_banner", "-loglevel", "error", "-y", *args], check=True)


def phone_corpus(folder: Path, ffmpeg: str) -> dict[str, Path]:
    """Make the corpus with FFmpeg's own command line; returns name -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}
    for name, (source, args) in PHONE_CORPUS.items():
        target = folder / name
        ffmpeg_make(ffmpeg, ["-f", "lavfi", "-i", source, *args, str(target)])
        made[name] = target
    # iPhone-style: HDR, and shown turned a quarter.
    made["hevc-hlg-10bit-rotated.mov"] = set_mov_rotation(
        made.pop("hevc-hlg-10bit.mov"), folder / "hevc-hlg-10bit-rotated.mov"
    )
    # An edit list: cut between key frames and copied, the way phone editors trim.
    cut = folder / "edit-list.mp4"
    ffmpeg_make(ffmpeg, ["-ss", "0.7", "-i", str(made["h264-bt709-limited.mp4"]), "-c", "copy", str(cut)])
    made["edit-list.mp4"] = cut
    made["transparent.gif"] = transparent_gif(folder / "transparent.gif")
    made["animated.webp"] = animated_webp(folder / "animated.webp")
    for name, codec in (("sound-only.mkv", "flac"), ("sound-only.webm", "libopus"), ("sound-only.ts", "aac")):
        ffmpeg_make(ffmpeg, ["-f", "lavfi", "-i", "sine=frequency=330:duration=1", "-c:a", codec, str(folder / name)])
        made[name] = folder / name
    return made


#: H.264 with other frame structures than the phone corpus, for the decoder's frame
#: skipping (core/video.py): long runs of B-frames, B-frames others use and none do,
#: open GOPs, no B-frames, intra refresh, 24 fps, and MPEG-TS and Matroska around them.
SKIPPING_CORPUS: dict[str, tuple[str, list[str]]] = {
    "bframes16-open-gop.mp4": ("testsrc2=size=320x240:rate=30:duration=6", [
        "-vf", "format=yuv420p", "-c:v", "libx264", "-bf", "16", "-x264-params", "b-pyramid=strict:open-gop=1:keyint=40"]),
    "flat-bframes.mkv": ("mandelbrot=size=320x240:rate=25", [
        "-t", "6", "-vf", "format=yuv420p", "-c:v", "libx264", "-bf", "3", "-x264-params", "b-pyramid=none:keyint=25"]),
    "open-gop.ts": ("testsrc2=size=320x240:rate=30:duration=6", [
        "-vf", "format=yuv420p", "-c:v", "libx264", "-bf", "5", "-x264-params", "open-gop=1:keyint=30", "-f", "mpegts"]),
    "no-bframes.mp4": ("testsrc2=size=320x240:rate=30:duration=4", [
        "-vf", "format=yuv420p", "-c:v", "libx264", "-bf", "0"]),
    "intra-refresh.mp4": ("testsrc2=size=320x240:rate=30:duration=4", [
        "-vf", "format=yuv420p", "-c:v", "libx264", "-x264-params", "intra-refresh=1:keyint=30"]),
    "weighted-24fps.mov": ("testsrc2=size=320x240:rate=24:duration=6", [
        "-vf", "format=yuv420p", "-c:v", "libx264", "-bf", "3", "-x264-params", "weightb=1:b-adapt=2"]),
}


def skipping_corpus(folder: Path, ffmpeg: str) -> dict[str, Path]:
    """SKIPPING_CORPUS, and copies of it cut or retimed the way editors and broken
    muxers leave files: cut between key frames (an edit list; a transport stream that
    starts inside a GOP), and B-frames given swapped or repeated times."""
    folder.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}
    for name, (source, args) in SKIPPING_CORPUS.items():
        made[name] = folder / name
        ffmpeg_make(ffmpeg, ["-f", "lavfi", "-i", source, *args, str(made[name])])
    derived = {
        "cut-open-gop.mp4": ["-ss", "1.3", "-i", str(made["bframes16-open-gop.mp4"]), "-c", "copy"],
        "cut-inside-gop.ts": ["-ss", "2.1", "-i", str(made["open-gop.ts"]), "-c", "copy", "-f", "mpegts"],
        "swapped-times.mkv": ["-i", str(made["flat-bframes.mkv"]), "-c", "copy", "-bsf:v",
                              r"setts=pts=if(eq(mod(N\,8)\,3)\,PTS+DURATION\,if(eq(mod(N\,8)\,4)\,PTS-DURATION\,PTS))"],
        "repeated-times.mkv": ["-i", str(made["flat-bframes.mkv"]), "-c", "copy", "-bsf:v",
                               r"setts=pts=if(eq(mod(N\,8)\,3)\,PREV_OUTPTS\,PTS)"],
    }
    for name, args in derived.items():
        made[name] = folder / name
        ffmpeg_make(ffmpeg, [*args, str(made[name])])
    return made


def transparent_gif(path: Path, frames: int = 30) -> Path:
    """An animated GIF whose transparent disc moves across a changing picture."""
    import numpy as np

    yy, xx = np.mgrid[0:150, 0:200]
    images = []
    for i in range(frames):
        rgb = np.zeros((150, 200, 3), np.uint8)
        rgb[..., 0] = (xx * 255 // 200 + i * 8) % 256
        rgb[..., 1] = yy * 255 // 150
        rgb[..., 2] = ((xx // 16 + yy // 16 + i) % 2) * 200
        paletted = Image.fromarray(rgb).convert("P", palette=Image.Palette.ADAPTIVE, colors=255)
        index = np.array(paletted)
        index[(xx - 40 - i * 4) ** 2 + (yy - 75) ** 2 < 35**2] = 255
        frame = Image.fromarray(index, "P")
        frame.putpalette(paletted.getpalette()[: 255 * 3] + [0, 0, 0])
        frame.info["transparency"] = 255
        images.append(frame)
    images[0].save(path, save_all=True, append_images=images[1:], duration=100, loop=0, transparency=255, disposal=2)
    return path


def animated_webp(path: Path, frames: int = 36) -> Path:
    """An animated WebP (lossy), frames of different durations."""
    images = [Image.fromarray(synthetic_rgb(120, 160, seed=i)) for i in range(frames)]
    durations = [40 if i % 3 else 120 for i in range(frames)]
    images[0].save(path, save_all=True, append_images=images[1:], duration=durations, loop=0, quality=70)
    return path


#: H.264 whose packet times cannot be trusted to give the order frames are shown in, or
#: that vPDQ reads though few players would: B-frames in AVI (times in decoding order),
#: bare Annex B streams and files remuxed from either, Blu-ray's M2TS, a transport stream
#: whose clock wraps round, and B-frames at 2.5 and 5 frames a second. Content, sizes and
#: encoder settings differ from the other corpora's.
TIMING_CORPUS: dict[str, tuple[str, list[str]]] = {
    "flat-bframes.avi": ("testsrc2=size=304x224:rate=25:duration=8", [
        "-c:v", "libx264", "-preset", "veryfast", "-threads", "1", "-pix_fmt", "yuv420p", "-bf", "3", "-g", "50",
        "-x264-params", "b-pyramid=none:b-adapt=0:scenecut=0"]),
    "pyramid-bframes.avi": ("mandelbrot=size=288x208:rate=30", [
        "-t", "6", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-bf", "4", "-x264-params", "b-pyramid=normal"]),
    "annexb.264": ("testsrc2=size=272x192:rate=24:duration=6", [
        "-c:v", "libx264", "-pix_fmt", "yuv420p", "-bf", "2", "-f", "h264"]),
    "bluray.m2ts": ("testsrc2=size=320x180:rate=30000/1001:duration=6", [
        "-c:v", "libx264", "-pix_fmt", "yuv420p", "-bf", "3", "-f", "mpegts", "-mpegts_m2ts_mode", "1"]),
    # The 33-bit clock of MPEG-TS runs out at 95443.7 s and starts again from 0.
    "clock-wraps.ts": ("testsrc2=size=320x240:rate=25:duration=10", [
        "-c:v", "libx264", "-pix_fmt", "yuv420p", "-bf", "3", "-output_ts_offset", "95438", "-f", "mpegts"]),
    "rate-2.5.mp4": ("testsrc2=size=320x240:rate=2.5:duration=24", [
        "-c:v", "libx264", "-pix_fmt", "yuv420p", "-bf", "3"]),
    "rate-5.mov": ("mandelbrot=size=256x192:rate=5", ["-t", "18", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-bf", "3"]),
    "rate-2.5.ts": ("testsrc2=size=320x240:rate=2.5:duration=24", [
        "-c:v", "libx264", "-pix_fmt", "yuv420p", "-bf", "2", "-f", "mpegts"]),
}


def timing_corpus(folder: Path, ffmpeg: str) -> dict[str, Path]:
    """TIMING_CORPUS, with copies remuxed (``-c copy``) the way converters pass such
    streams on: AVI and bare streams into MP4, MOV and Matroska, and packets holding
    only an access unit delimiter or SEI, between frames and at the end."""
    folder.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}
    for name, (source, args) in TIMING_CORPUS.items():
        made[name] = folder / name
        ffmpeg_make(ffmpeg, ["-f", "lavfi", "-i", source, *args, str(made[name])])
    made["annexb.h264"] = folder / "annexb.h264"
    ffmpeg_make(ffmpeg, ["-i", str(made["flat-bframes.avi"]), "-c", "copy", "-f", "h264", str(made["annexb.h264"])])
    remuxes = {
        "from-avi.mp4": ["-i", str(made["flat-bframes.avi"])],
        "from-avi.mov": ["-i", str(made["pyramid-bframes.avi"])],
        "from-avi.mkv": ["-fflags", "+genpts", "-i", str(made["flat-bframes.avi"])],
        "from-raw.mp4": ["-i", str(made["annexb.264"])],
        "from-raw.mov": ["-i", str(made["annexb.h264"])],
    }
    for name, args in remuxes.items():
        made[name] = folder / name
        ffmpeg_make(ffmpeg, [*args, "-c", "copy", str(made[name])])
    made["delimiters-only.mkv"] = packets_without_pictures(made["rate-2.5.mp4"], folder / "delimiters-only.mkv")
    return made


def packets_without_pictures(source: Path, target: Path) -> Path:
    """A copy of an H.264 file with a packet holding only an access unit delimiter after
    every fifth frame, and one holding only SEI at the end: no frame comes of them."""
    import av

    aud = b"\x00\x00\x00\x02\x09\xf0"  # nal_unit_type 9, then any primary_pic_type
    sei = b"\x00\x00\x00\x05\x06\x05\x01\x00\x80"  # a user-data-unregistered SEI, cut to nothing
    with av.open(str(source)) as src, av.open(str(target), "w") as out:
        stream_in = src.streams.video[0]
        stream = out.add_stream_from_template(stream_in)
        last = None
        for n, packet in enumerate(src.demux(stream_in)):
            if packet.size == 0:
                continue
            packet.stream = stream
            out.mux(packet)
            last = packet
            if n % 5 == 4 and packet.pts is not None:
                extra = av.Packet(aud)
                extra.pts = extra.dts = None
                extra.time_base = packet.time_base
                extra.stream = stream
                extra.dts = packet.dts + 1 if packet.dts is not None else None
                extra.pts = max(packet.pts, packet.dts or 0) + 1
                out.mux(extra)
        assert last is not None and last.pts is not None
        tail = av.Packet(sei)
        tail.time_base = last.time_base
        tail.stream = stream
        tail.dts = (last.dts or 0) + 2
        tail.pts = tail.dts + 100
        out.mux(tail)
    return target


def damaged_corpus(folder: Path, intact: dict[str, Path]) -> dict[str, Path]:
    """Copies of intact H.264 files with bytes overwritten in the middle (seeded), or
    cut short as an interrupted copy or download leaves them."""
    import random

    folder.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}
    for source_name, seed in (("flat-bframes.mkv", 1), ("weighted-24fps.mov", 2), ("open-gop.ts", 3), ("from-avi.mp4", 4), ("hevc.mkv", 5)):
        data = bytearray(intact[source_name].read_bytes())
        rng = random.Random(seed)
        for _ in range(3):
            at = rng.randrange(len(data) // 5, len(data) - 600)
            for offset in range(at, at + 512, rng.randrange(7, 40)):
                data[offset] = rng.randrange(256)
        name = f"spoilt-{source_name}"
        (folder / name).write_bytes(bytes(data))
        made[name] = folder / name
    for source_name, share in (("open-gop.ts", 0.61), ("flat-bframes.mkv", 0.73), ("bluray.m2ts", 0.87), ("hevc.mkv", 0.66)):
        data = intact[source_name].read_bytes()
        name = f"cut-short-{source_name}"
        (folder / name).write_bytes(data[: int(len(data) * share)])
        made[name] = folder / name
    return made
